"""`pgcomply demo` end to end: a throwaway cluster, a seeded shop, an audit as a least-privilege role,
every report format written, and the weaknesses seeded in auditor/lab/demo/*.sql found by name."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

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


def test_demo_writes_every_format(demo):
    out, _ = demo
    assert {p.name for p in out.iterdir()} == {"report.json", "report.html", "report.pdf", "report.sarif",
                                               "report.junit.xml", "report.md", "findings.csv", "inventory.csv",
                                               "access_matrix.csv", "report.xlsx"}


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
