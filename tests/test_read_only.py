"""Read-only proof: with every statement logged, pgcomply's sessions issued no write, DDL or lock statement,
and the tables it read show no tuples written."""
from __future__ import annotations

import re

from auditor.model.policy import Policy

from .helpers import audit

FORBIDDEN = re.compile(
    r"^\s*(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|GRANT|REVOKE|TRUNCATE|COMMENT|SECURITY|REINDEX|VACUUM|"
    r"CLUSTER|LOCK|REFRESH|CALL|DO|IMPORT|LISTEN|NOTIFY|PREPARE TRANSACTION|COPY\s+\S+\s+FROM)\b"
    r"|\bFOR\s+(UPDATE|SHARE|NO KEY UPDATE|KEY SHARE)\b|\b(nextval|setval|pg_terminate_backend|pg_cancel_backend|"
    r"pg_reload_conf|lo_import|lo_export|pg_file_write|dblink_exec)\s*\(", re.I)


_LOGGED = re.compile(r"^pgcomply\|[^|]*\|.*?(?:statement|execute [^:]*): (.*)$")


def _pgcomply_statements(log: str) -> list[str]:
    """Statements logged for application_name=pgcomply, continuation lines (tab-indented) joined."""
    out: list[list[str]] = []
    for line in log.splitlines():
        if line.startswith("\t") and out and out[-1]:
            out[-1].append(line.strip())
        elif m := _LOGGED.match(line):
            out.append([m[1]])
        elif out and out[-1]:
            out.append([])   # another process's line ends the statement
    return [" ".join(p for p in parts if p).strip() for parts in out if parts]


def test_audit_sends_no_write_or_ddl(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, conf={"log_statement": "all", "log_line_prefix": "%a|%u|"})
    try:
        c.execute("CREATE DATABASE ro_app")
        c.execute("CREATE TABLE customers (id int, email text, tenant_id int);"
                  "INSERT INTO customers SELECT g, 'user' || g || '@example.com', g % 3 FROM generate_series(1, 300) g;"
                  "ANALYZE", dbname="ro_app")
        before = c.execute("SELECT n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables WHERE relname = 'customers'",
                           dbname="ro_app")
        result = audit(c.dsn("postgres"), policy=Policy())       # sampling on: the most intrusive mode
        assert result.findings
        statements = _pgcomply_statements(c.log_text())
        assert any("pg_catalog.pg_attribute" in s for s in statements), "the catalog queries should be logged"
        bad = [s for s in statements if FORBIDDEN.search(s)]
        assert bad == []
        c.execute("SELECT pg_stat_force_next_flush()", dbname="ro_app")
        after = c.execute("SELECT n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables WHERE relname = 'customers'",
                          dbname="ro_app")
        assert after == before
    finally:
        c.stop()
