"""`pgcomply demo` end to end: a throwaway cluster, a seeded shop, an audit as a least-privilege role."""
from __future__ import annotations

import json
import subprocess
import sys


def test_demo_writes_reports_with_findings_from_several_areas(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "auditor", "demo", "-o", str(tmp_path), "--format", "json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    failing = [f for f in report["findings"] if f["status"] == "fail"]
    assert {f["area"] for f in failing} >= {"ssl", "passwords", "roles", "grants", "rls", "audit_logging"}
    assert report["target"]["current_user"] == "pgcomply_auditor" and not report["target"]["is_superuser"]
    objects = {(f["check_id"], f["object"]) for f in failing}
    assert ("ROLE-001", "role:shop_admin") in objects
    assert ("GRANT-001", "shop.public.payments") in objects
    assert ("RLS-001", "policy:shop.public.orders.orders_all") in objects
    assert ("PWD-002", "role:legacy_batch") in objects
    assert ("SSL-009", "hba:6") in objects          # host ... 0.0.0.0/0 password: cleartext password over TCP
    text = (tmp_path / "report.json").read_text()
    for secret in ("demo-app-password", "demo-admin-password", "demo-key"):
        assert secret not in text
