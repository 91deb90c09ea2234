"""Helpers the ssl checks share (checks/ssl.py and checks/ssl_certificate.py): whether TLS can apply at all, the
probe's endpoint, and where a finding's evidence came from."""
from __future__ import annotations

from psycopg import sql

from auditor.analysis.context import Context
from auditor.model.snapshot import TlsProbe

CLUSTER = "cluster"


def _no_tls_build(ctx: Context) -> bool:
    """ssl_library is '' when PostgreSQL was built without OpenSSL (the TLS settings then mean nothing)."""
    s = ctx.setting("ssl_library")
    return s is not None and not s.value


def _no_tcp(ctx: Context) -> bool:
    s = ctx.setting("listen_addresses")
    return s is not None and not (s.value or "").strip()


def _reset(name: str) -> str:
    return sql.SQL("ALTER SYSTEM RESET {};").format(sql.Identifier(name)).as_string() + "\nSELECT pg_reload_conf();"


def _endpoint(tls: TlsProbe) -> str:
    return f"[{tls.host}]:{tls.port}" if ":" in tls.host else f"{tls.host}:{tls.port}"


def _wire(ctx: Context) -> TlsProbe | None:
    """The probe when it completed a TLS handshake, else None."""
    tls = ctx.snap.tls
    return tls if tls is not None and tls.offered and tls.protocol else None


def _source(setting: bool, wire: bool) -> str:
    return "+".join(name for name, used in (("setting", setting), ("wire", wire)) if used)
