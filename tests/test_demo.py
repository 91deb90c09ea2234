"""`pgcomply demo` end to end: a throwaway cluster, a seeded shop, an audit as a least-privilege role,
every report format written, and the weaknesses seeded in auditor/lab/demo/*.sql found by name."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from auditor.engine.report import read_report
from auditor.render import ALL_FILES, FILES, render
from tests.test_render_formats import check_html, check_junit, check_sarif
from tests.test_render_samples import pdf_pages

# One seeded weakness per area (and per kind of check) that the demo must report, by exact object.
EXPECTED = {
    ("SSL-002", "setting:ssl_min_protocol_version"),        # ssl_min_protocol_version = TLSv1
    ("SSL-009", "hba:6"),                                   # host ... 0.0.0.0/0 password: cleartext over TCP
    ("PWD-001", "setting:password_encryption"),             # md5
    ("PWD-002", "role:legacy_batch"),                       # md5 hash
    ("PWD-003", "hba:7"),                                   # trust from 172.16.0.0/12
    ("PWD-020", "shop.public.users.password_hash"),         # unsalted md5 hex application passwords
    ("ROLE-001", "role:shop_admin"),                        # extra superuser
    ("ROLE-002", "role:deploy"),                            # deploy -> ops -> pg_execute_server_program
    ("ROLE-005", "role:analyst"),                           # BYPASSRLS
    ("ROLE-009", "role:contractor_2019"),                   # expired VALID UNTIL, still LOGIN
    ("GRANT-001", "shop.public.payments"),                  # SELECT to PUBLIC
    ("GRANT-002", "schema:shop.public"),                    # CREATE on public to PUBLIC
    ("GRANT-006", "role:report_ro"),                        # "read-only" role that writes
    ("GRANT-008", "function:shop.public.find_customer(p_email text)"),   # SECURITY DEFINER, no search_path
    ("RLS-001", "policy:shop.public.orders.orders_all"),    # USING (true)
    ("RLS-002", "shop.public.customers"),                   # tenant_id without RLS
    ("RLS-007", "policy:shop.public.invoices.invoices_tenant"),   # current_setting() without missing_ok
    ("SENS-001", "shop.public.payments.card_number"),       # plaintext PAN
    ("SENS-002", "shop.public.customers.ssn"),              # plaintext national id
    ("SENS-002", "shop.public.clientes_es.dni"),            # Spanish column names
    ("SENS-003", "shop.public.api_keys.token"),             # plaintext API keys
    ("LOG-001", "setting:log_connections"),
    ("LOG-003", "setting:shared_preload_libraries"),        # no pgaudit
    ("LOG-011", "setting:log_min_messages@role:etl"),       # per-role override silences logging
    ("BAK-003", "setting:archive_command"),                 # archive_command = 'cp %p ...': unencrypted WAL
    ("SRV-030", "extension:shop.hstore"),                   # in public, where PUBLIC may CREATE
    ("SRV-031", "extension:shop.hstore"),                   # hstore 1.4, the package ships 1.8
}
NOT_EXPECTED = {
    ("SENS-001", "shop.public.stored_cards.card_enc"),      # encrypted with pgcrypto: protected
    ("PWD-020", "shop.public.admin_users.pwd"),             # bcrypt: strong
}


def _unzipped(path) -> str:
    """The XML inside an XLSX (a zip: its compressed bytes would hide any value)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    proc = subprocess.run([sys.executable, "-m", "auditor", "demo", "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_demo_writes_every_format(demo, tmp_path):
    out, _ = demo
    assert {p.name for p in out.iterdir()} == {"report.json", "report.html", "report.pdf", "report.sarif",
                                               "report.junit.xml", "report.md", "findings.csv", "inventory.csv",
                                               "access_matrix.csv", "report.xlsx"} == set(ALL_FILES)
    report = json.loads((out / "report.json").read_text("utf-8"))
    check_sarif(json.loads((out / "report.sarif").read_text("utf-8")))
    check_junit(out / "report.junit.xml", report)
    check_html((out / "report.html").read_text("utf-8"))
    assert pdf_pages(out / "report.pdf") >= 6
    assert f"score {report['score']['value']}/100" in (out / "report.md").read_text("utf-8")
    # the same dict renders the same bytes after a JSON round trip: sample_reports can be regenerated offline
    for fmt in ("html", "sarif", "junit", "md", "csv", "xlsx"):
        render(fmt, read_report(out / "report.json"), tmp_path)
        for name in FILES[fmt]:
            assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_demo_finds_the_seeded_weaknesses_by_name(demo):
    out, _ = demo
    report = json.loads((out / "report.json").read_text())
    assert report["target"]["current_user"] == "pgcomply_auditor" and not report["target"]["is_superuser"]
    failing = {(f["check_id"], f["object"]) for f in report["findings"] if f["status"] == "fail"}
    assert EXPECTED <= failing, sorted(EXPECTED - failing)
    assert not NOT_EXPECTED & failing
    assert not [f for f in report["findings"] if f["status"] == "error"]
    assert {"access_matrix", "data_inventory"} <= report.keys()


def test_demo_output_holds_no_secret(demo):
    out, proc = demo
    texts = [p.read_bytes() for p in out.iterdir()] + [proc.stdout.encode(), proc.stderr.encode()] + \
        [_unzipped(out / "report.xlsx").encode()]
    for secret in (b"demo-app-password", b"demo-admin-password", b"demo-key", b"demo-batch-2019"):
        assert not any(secret in t for t in texts)
    # no sampled raw value either: card numbers, e-mails, IBANs and SSNs of the seeded rows
    from auditor.lab.demo import seed
    rows = seed.rows()
    raw = [r[3] for r in rows["payments"][:40]] + [r[4] for r in rows["customers"][:40]] + \
          [r[9] for r in rows["customers"][:40]] + [r[7] for r in rows["customers"][:40]]
    plain = [p.read_text(errors="replace") for p in out.iterdir() if p.suffix not in (".pdf", ".xlsx")]
    plain.append(_unzipped(out / "report.xlsx"))
    leaked = [v for v in raw if any(v in t for t in plain)]
    assert leaked == []


def test_demo_reports_each_fact_once_and_groups_root_causes(demo):
    out, _ = demo
    report = json.loads((out / "report.json").read_text())
    failing = [f for f in report["findings"] if f["status"] == "fail"]
    # one check per fact: no object fails two checks with the same fix (analyst's BYPASSRLS is ROLE-005's alone)
    seen = {}
    for f in failing:
        if f.get("fix_sql"):
            assert (f["object"], f["fix_sql"]) not in seen, (f["check_id"], seen.get((f["object"], f["fix_sql"])))
            seen[(f["object"], f["fix_sql"])] = f["check_id"]
    assert ("ROLE-005", "role:analyst") in {(f["check_id"], f["object"]) for f in failing}
    assert "role:analyst" not in {f["object"] for f in failing if f["check_id"] == "RLS-006"}
    # the trust line 7 is one root cause of 12 failing findings; its shared fix is listed once
    causes = {c["id"]: c for c in report["root_causes"]}
    hba7 = causes["hba:7"]
    assert {(f["check_id"], f["object"]) for f in hba7["findings"]} == {
        ("PWD-003", "hba:7"), ("SSL-009", "hba:7"), ("SRV-018", "hba:7"), ("PWD-011", "role:postgres"),
        ("PWD-011", "role:shop_admin")} | {
        ("PWD-009", f"role:{r}") for r in ("analyst", "backup", "contractor_2019", "deploy", "etl", "shop_admin", "support")}
    assert hba7["severity"] == "critical" and len(hba7["fixes"]) == 4     # SRV-018: name the databases and roles
    shared = next(x for x in hba7["fixes"] if ["PWD-003", "hba:7"] in x["resolves"])
    assert len(shared["resolves"]) == 8
    assert {f["check_id"] for f in causes["preload:pgaudit"]["findings"]} == {"LOG-003", "LOG-005", "LOG-012", "LOG-013"}
    assert len({x["fix_sql"] for x in causes["preload:pgaudit"]["fixes"] if "pgaudit.log" in x["fix_sql"]}) == 1
    grouped = sum(c["count"] for c in report["root_causes"])
    assert report["summary"]["failing_causes"] == len(failing) - grouped + len(report["root_causes"])
    # every format shows the group once, with the fix once
    html = (out / "report.html").read_text()
    assert html.count("-- host all all 172.16.0.0/12 scram-sha-256") == 1 and html.count('id="cause-hba-7"') == 1
    assert "### Root causes" in (out / "report.md").read_text()
    sarif = json.loads((out / "report.sarif").read_text())
    assert {c["id"] for c in sarif["runs"][0]["properties"]["rootCauses"]} == set(causes)
    assert sum(1 for r in sarif["runs"][0]["results"] if r["properties"].get("rootCause") == "hba:7") == 12
    assert "root cause: hba:7" in (out / "report.junit.xml").read_text()


def test_demo_summary_lists_every_critical(demo):
    out, _ = demo
    from auditor.engine.report import read_report
    from auditor.render.view import build_view

    report = read_report(out / "report.json")
    v = build_view(report)
    criticals = {(f["check_id"], f["object"]) for f in report["findings"]
                 if f["status"] == "fail" and f["severity"] == "critical"}
    by_cause = {c["id"]: {(f["check_id"], f["object"]) for f in c["findings"]} for c in report["root_causes"]}
    listed = {(cid, o) for p in v.problems if not p.cause for cid in p.checks for o in p.objects}
    listed |= {m for p in v.problems if p.cause for m in by_cause[p.cause]}
    assert criticals <= listed
    assert [p.severity for p in v.problems][:2] == ["critical", "critical"]
    assert sum(p.severity == "high" for p in v.problems) == 5
    assert v.problems_more.startswith("Not listed here: ")
    listed_n = sum(p.count for p in v.problems)
    assert f"{sum(1 for f in report['findings'] if f['status'] == 'fail') - listed_n} more failing findings" in v.problems_more


def test_demo_inventory_calls_md5_a_weak_hash(demo):
    from auditor.engine.report import read_report
    from auditor.render.view import build_view

    out, _ = demo
    report = json.loads((out / "report.json").read_text())
    cols = {(t["object"], c["column"]): c for d in report["data_inventory"]["databases"] for t in d["tables"]
            for c in t["columns"]}
    assert cols[("shop.public.users", "password_hash")]["protection"] == "weak_hash"     # PWD-020 fails it
    assert cols[("shop.public.admin_users", "pwd")]["protection"] == "hashed"            # bcrypt
    (inv,) = [s.data for s in build_view(read_report(out / "report.json")).sections if s.kind == "inventory"]
    shown = {(t.object, c.name): c.protection[0] for t in inv.details for c in t.columns}
    assert shown[("shop.public.users", "password_hash")] == "Weak hash"
    assert shown[("shop.public.admin_users", "pwd")] == "Hashed"
