"""The physical limit an audit is measured against: the minimal raw catalog fetch.

One `SELECT` per catalog the audit reads, naming only the columns it reads and, where the audit skips system
schemas, only user objects; run by `psql -At` with output to /dev/null (no formatting, no joins, no functions
such as format_type). Nothing an auditor could do over SQL reads less. `python_fetch` runs the same statements
from a fresh Python process with psycopg, fetching every row: the floor for any Python auditor.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence

_USER = ("(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema')")
_USER_RELS = f"(SELECT oid FROM pg_catalog.pg_class WHERE relnamespace IN {_USER})"

PER_DATABASE = [
    "SELECT oid, nspname, nspowner, nspacl FROM pg_catalog.pg_namespace",
    "SELECT oid, relname, relnamespace, relkind, relowner, relacl, relrowsecurity, relforcerowsecurity, reltuples, "
    f"relispartition, relpersistence, reloptions FROM pg_catalog.pg_class WHERE relnamespace IN {_USER}",
    "SELECT attrelid, attname, attnum, atttypid, atttypmod, attnotnull, attacl FROM pg_catalog.pg_attribute "
    f"WHERE attnum > 0 AND NOT attisdropped AND attrelid IN {_USER_RELS}",
    "SELECT objoid, classoid, objsubid, description FROM pg_catalog.pg_description "
    f"WHERE objoid IN {_USER_RELS}",
    "SELECT conrelid, conname, contype, conkey, confrelid FROM pg_catalog.pg_constraint "
    f"WHERE conrelid IN {_USER_RELS}",
    f"SELECT tgrelid, tgname, tgfoid, tgenabled FROM pg_catalog.pg_trigger WHERE tgrelid IN {_USER_RELS}",
    "SELECT polrelid, polname, polcmd, polpermissive, polroles, polqual, polwithcheck FROM pg_catalog.pg_policy",
    "SELECT oid, proname, pronamespace, proowner, prolang, prosecdef, proacl, proconfig, prosrc "
    f"FROM pg_catalog.pg_proc WHERE pronamespace IN {_USER}",
    "SELECT ev_class, ev_action FROM pg_catalog.pg_rewrite "
    f"WHERE ev_class IN (SELECT oid FROM pg_catalog.pg_class WHERE relkind IN ('v', 'm') AND relnamespace IN {_USER})",
    "SELECT defaclrole, defaclnamespace, defaclobjtype, defaclacl FROM pg_catalog.pg_default_acl",
    "SELECT extname, extowner, extnamespace, extversion FROM pg_catalog.pg_extension",
    "SELECT lanname, lanowner, lanpltrusted, lanacl FROM pg_catalog.pg_language",
]
SHARED = [   # read once per cluster
    "SELECT oid, rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, "
    "rolbypassrls, rolconnlimit, rolvaliduntil, rolpassword FROM pg_catalog.pg_authid",
    "SELECT roleid, member, admin_option FROM pg_catalog.pg_auth_members",
    "SELECT name, setting, source, sourcefile, context FROM pg_catalog.pg_settings",
    "SELECT * FROM pg_catalog.pg_hba_file_rules",
    "SELECT oid, datname, datdba, datacl, datallowconn, datistemplate, datconnlimit FROM pg_catalog.pg_database",
    "SELECT setdatabase, setrole, setconfig FROM pg_catalog.pg_db_role_setting",
]


def installed_env() -> dict[str, str]:
    """The environment of an installed tool: bytecode caching on (pip compiles .pyc at install time; a
    PYTHONDONTWRITEBYTECODE=1 shell would make every run recompile the whole package)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def statements(first: bool) -> list[str]:
    return PER_DATABASE + (SHARED if first else [])


def psql_fetch(psql: str, host: str, port: int, user: str, password: str, dbs: Sequence[str]) -> float:
    """Wall time of psql running the minimal statements in every database, output discarded."""
    env = {**os.environ, "PGPASSWORD": password}
    t0 = time.perf_counter()
    for i, db in enumerate(dbs):
        subprocess.run([psql, "-X", "-q", "-At", "-h", host, "-p", str(port), "-U", user, "-d", db,
                        "-c", ";".join(statements(i == 0))], check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0


def python_fetch(dsns: Sequence[str]) -> float:
    """Wall time of a fresh Python process that imports psycopg and fetches the same rows (the floor for us)."""
    code = ("import sys, psycopg\n"
            "from benchmarks_raw import statements\n"
            "for i, dsn in enumerate(sys.argv[1:]):\n"
            "    with psycopg.connect(dsn) as c:\n"
            "        for q in statements(i == 0):\n"
            "            c.execute(q).fetchall()\n")
    env = {**installed_env(), "PYTHONPATH": os.path.dirname(os.path.abspath(__file__))}
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code.replace("benchmarks_raw", "raw_fetch"), *dsns], check=True, env=env)
    return time.perf_counter() - t0
