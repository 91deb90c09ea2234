"""`pgcomply demo`: a throwaway cluster seeded with a small shop full of typical weaknesses, audited end to end.

The audit runs the way we recommend in production: over TCP, as a least-privilege role
(pg_monitor + pg_read_all_data + EXECUTE on pg_hba_file_rules()), never as a superuser.
"""
from __future__ import annotations

import secrets
from importlib.resources import files
from pathlib import Path
from typing import Callable, Sequence

import psycopg
from psycopg import sql

from auditor.lab.cluster import ThrowawayCluster, find_bindir, has_openssl
from auditor.workflow.pipeline import AuditRun, run_audit
from auditor.model.policy import Policy
from auditor.lab.demo import seed

AUDITOR = "pgcomply_auditor"
# The endpoint is part of the TLS findings' object names: a fixed port (when free) keeps them the same in every run,
# so a fresh demo's reports can be compared with sample_reports/.
PORT = 54329


def _sql(name: str) -> str:
    return files("auditor.lab.demo").joinpath(name).read_text("utf-8")


def _hba(tls: bool) -> str:
    ssl_type = "hostssl" if tls else "host"  # a hostssl line does not even load on a build without OpenSSL
    return f"""\
# TYPE   DATABASE  USER              ADDRESS          METHOD
local    all       postgres                           trust
host     all       {AUDITOR}  127.0.0.1/32     scram-sha-256
{ssl_type}  shop      report_ro         192.168.0.0/16   scram-sha-256
host     shop      shop_app          10.0.0.0/8       md5
host     all       legacy_batch      0.0.0.0/0        password
host     all       all               172.16.0.0/12    trust
"""


def _conf(tls: bool) -> dict[str, object]:
    conf: dict[str, object] = {"password_encryption": "md5", "log_connections": False, "log_statement": "none",
                               "log_line_prefix": "%m [%p] ",
                               # WAL archived with a plain cp: unencrypted archives (BAK-003). The target does not
                               # exist; nothing is archived before a WAL segment fills, which the demo never does.
                               "archive_mode": "on", "archive_command": "cp %p /mnt/wal_archive/%f"}
    if tls:
        conf["ssl_min_protocol_version"] = "TLSv1"
    return conf


def _load(conn: psycopg.Connection) -> None:
    for table, rows in seed.rows().items():
        cols = sql.SQL(", ").join(map(sql.Identifier, seed.COLUMNS[table]))
        stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier("public", table), cols)
        with conn.cursor().copy(stmt) as copy:
            for row in rows:
                copy.write_row(row)
    try:
        conn.execute("CREATE EXTENSION pgcrypto")
        encrypt = "pgp_sym_encrypt(%s, 'demo-key')::bytea"
    except psycopg.errors.FeatureNotSupported:
        encrypt = "decode(md5(%s) || md5(random()::text), 'hex')"   # no pgcrypto in this build: opaque bytes
    except psycopg.errors.UndefinedFile:
        encrypt = "decode(md5(%s) || md5(random()::text), 'hex')"
    try:   # an extension left at an old version (SRV-031), in public where PUBLIC may CREATE (SRV-030)
        with conn.transaction():
            conn.execute("CREATE EXTENSION hstore VERSION '1.4'")
    except psycopg.Error:
        pass   # a build without hstore 1.4: the demo simply lacks this weakness
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO public.stored_cards VALUES (%s, %s, {encrypt}, right(%s, 4))",  # noqa: S608
                        [(i, c, card, card) for i, c, card in seed.card_plaintexts()])


def seed_cluster(cluster: ThrowawayCluster) -> str:
    """Create roles, the shop database and its rows; return the auditor's one-time password."""
    password = secrets.token_urlsafe(18)
    with cluster.connect("postgres") as conn:
        conn.execute(_sql("roles.sql"))
        conn.execute("SET password_encryption = 'scram-sha-256'")
        conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(AUDITOR), sql.Literal(password)))
        conn.execute("CREATE DATABASE shop")
    with cluster.connect("shop") as conn:
        conn.execute(_sql("schema.sql"))
        _load(conn)
        conn.execute(_sql("grants.sql"))
        conn.execute("ANALYZE")
    return password


def run_demo(out_dir: Path, formats: Sequence[str], *, progress: Callable[[str], None] | None = None) -> AuditRun:
    say = progress or (lambda _m: None)
    bindir = find_bindir()
    tls = has_openssl(bindir)
    say(f"starting a throwaway PostgreSQL from {bindir}")
    cluster = ThrowawayCluster(bindir, conf=_conf(tls), hba=_hba(tls), tls=tls, prefer_port=PORT).start()
    try:
        say("seeding the demo shop")
        password = seed_cluster(cluster)
        dsn = cluster.dsn("postgres", user=AUDITOR, password=password, host="127.0.0.1")
        return run_audit(dsn, Policy(), formats, out_dir, progress=say)
    finally:
        say("removing the throwaway cluster")
        cluster.stop()
