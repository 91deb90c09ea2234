"""Object names an attacker can choose, from a real cluster through every format: shown exactly, never as markup."""
from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET

from psycopg import sql

from auditor.model.names import relation_object
from auditor.render import FORMATS, render
from auditor.engine.report import build_report

from .helpers import audit, failing_objects, only
from .test_render_formats import check_html, check_junit, check_sarif

NAMES = ("<script>alert(1)</script>", 'quote"d \'x\' & <b>', "ünï 名前 🦄", "pipe|`tick`", "ctl\x01char")


def test_hostile_table_names_survive_every_format(fresh_db, pg15, tmp_path):
    for n in NAMES:
        fresh_db.execute(sql.SQL("CREATE TABLE {t} (id int); GRANT SELECT ON {t} TO PUBLIC").format(t=sql.Identifier(n)))
    result = audit(pg15.dsn(), ["GRANT-001"], databases=[fresh_db.name])
    expected = {relation_object(fresh_db.name, "public", n) for n in NAMES}
    assert only(failing_objects(result), fresh_db.name) == expected
    report = build_report(result)
    for fmt in FORMATS:
        render(fmt, report, tmp_path)

    body = "".join(check_html((tmp_path / "report.html").read_text("utf-8")).text)
    for obj in expected:
        assert obj.replace("\x01", "\ufffd") in body

    sarif = json.loads((tmp_path / "report.sarif").read_text("utf-8"))
    check_sarif(sarif)
    located = {r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in sarif["runs"][0]["results"]}
    assert expected <= located                              # exact, control character included

    root = check_junit(tmp_path / "report.junit.xml", report)
    names = {c.get("name") for c in root.iter("testcase")}
    assert {f"GRANT-001 {o}".replace("\x01", "\ufffd") for o in expected} <= names

    md = (tmp_path / "report.md").read_text("utf-8")
    assert "<script>" not in md and "<b>" not in md and "\x01" not in md

    text = subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "<script>alert(1)</script>" in text
    ET.fromstring((tmp_path / "report.junit.xml").read_bytes())   # well-formed even with a control character


def test_a_superuser_audit_warns_on_stderr_and_in_the_report_a_least_privilege_one_does_not(pg15, roles, tmp_path):
    from .test_cli import run

    def audit_as(dsn: str, out: str):
        proc = run("audit", dsn, "-d", "postgres", "--select", "SSL-001,PWD-003", "--no-sample", "-o",
                   str(tmp_path / out), "--format", "json,md", "-q")
        assert proc.returncode == 0, proc.stderr
        return proc.stderr, json.loads((tmp_path / out / "report.json").read_text("utf-8"))

    text = (f"audited as superuser {pg15.superuser}: pgcomply needs no superuser; "
            "use `pgcomply role-sql` for a least-privilege role")
    stderr, report = audit_as(pg15.dsn(), "su")
    assert report["auditor"] == report["auditor"] | {"user": pg15.superuser, "is_superuser": True}
    assert [line for line in stderr.splitlines() if "warning" in line] == [f"pgcomply: warning: {text}"]
    assert report["warnings"] == [{"id": "superuser", "text": text}]
    assert "**Warning** " + text.replace("`", "\\`") in (tmp_path / "su" / "report.md").read_text("utf-8")

    roles("rr_auditor LOGIN IN ROLE pg_monitor, pg_read_all_data")
    pg15.execute("GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO rr_auditor")
    stderr, report = audit_as(pg15.dsn("postgres", user="rr_auditor"), "lp")
    assert (report["auditor"]["user"], report["auditor"]["is_superuser"]) == ("rr_auditor", False)
    assert "warning" not in stderr and report["warnings"] == []
    assert "Warning" not in (tmp_path / "lp" / "report.md").read_text("utf-8")
