"""The SQL that creates pgcomply's least-privilege auditing role (`pgcomply role-sql`). Printed, never run."""
from __future__ import annotations

from typing import Sequence

from psycopg import sql

from auditor.model.policy import DEFAULT_AUDITOR_ROLE


def role_sql(role: str = DEFAULT_AUDITOR_ROLE, *, databases: Sequence[str] = ("postgres",), sampling: bool = True) -> str:
    """A reviewable script: no superuser, only predefined monitoring roles and one function grant."""
    r = sql.Identifier(role).as_string()
    lines = [
        "-- pgcomply auditing role: read-only, no superuser. Review, then run as a superuser.",
        f"CREATE ROLE {r} LOGIN;",
        f"-- set its password interactively so it never sits in a script or shell history:  \\password {r}",
        "",
        "-- pg_monitor: superuser-only settings (ssl_ciphers, ssl_min_protocol_version, shared_preload_libraries, ...),",
        "-- other sessions' TLS status and client addresses (it includes pg_read_all_settings and pg_read_all_stats).",
        f"GRANT pg_monitor TO {r};",
    ]
    if sampling:
        lines += [
            "-- pg_read_all_data (PostgreSQL 14+): sample column values to find personal data (only counts and masked",
            "-- examples leave the server's memory) and see which hash kind each role's password uses (never the hash).",
            "-- It does not bypass row-level security: tables whose policies apply to this role are not sampled (pgcomply\n"
            "-- never runs a policy) and are reported not_assessable. Leave it out and run with --no-sample for a\n"
            "-- metadata-only audit.",
            f"GRANT pg_read_all_data TO {r};",
        ]
    lines += ["", "-- pg_hba.conf rules: EXECUTE is granted per database; grant it where pgcomply connects first."]
    for db in databases:
        lines.append(f"\\connect {sql.Identifier(db).as_string()}")
        lines.append(f"GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO {r};")
    lines += ["", "-- Allow it to connect over TLS only, e.g. in pg_hba.conf:",
              f"--   hostssl  all  {r}  <auditor address>/32  scram-sha-256"]
    return "\n".join(lines) + "\n"
