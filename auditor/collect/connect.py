"""Connections the way psql makes them (DSN/URI, PG* env vars, .pgpass, service files), but read-only and bounded."""
from __future__ import annotations

import os
import re
import time

import psycopg
from psycopg import conninfo

from auditor.model.policy import Thresholds
from auditor.collect.redact import CONNINFO_SECRETS

APPLICATION_NAME = "pgcomply"


class ConnectError(Exception):
    """A connection problem, explained in one line that never holds a password."""


# libpq's parse errors quote the offending part of the string, which can be the password itself
# (`invalid percent-encoded token: "p%zzsecret"`). Only these shapes are retold, in our words.
_PARSE_ERRORS = (   # (libpq's message, ours: {k} is the quoted part when it is a libpq keyword)
    (re.compile(r'missing "=" after "(?P<k>.*)" in connection info string'), 'missing "=" after {k}'),
    (re.compile(r'invalid connection option "(?P<k>.*)"'), "unknown connection option {k}"),
    (re.compile(r"unterminated quoted string"), "unterminated quoted string"),
    (re.compile(r"invalid percent-encoded token"), "invalid percent-encoding (%XX) in the URI"),
    (re.compile(r"forbidden value %00"), "percent-encoded NUL (%00) in the URI"),
    (re.compile(r'invalid URI query parameter: "(?P<k>.*)"'), "unknown URI query parameter {k}"),
    (re.compile(r"extra key/value separator"), 'extra "=" in a URI query parameter'),
    (re.compile(r"missing key/value separator"), 'missing "=" in a URI query parameter'),
    (re.compile(r'matching "\]" in IPv6 host address'), 'IPv6 address without its closing "]" in the URI'),
    (re.compile(r"IPv6 host address may not be empty"), "empty IPv6 address in the URI"),
    (re.compile(r"unexpected character .* at position (?P<n>\d+) in URI"), "unexpected character at position {n} of the URI"),
)
_KEYWORDS: frozenset[str] = frozenset()


def _keywords() -> frozenset[str]:
    """libpq's parameter names (host, sslmode, ...): the only part of a bad DSN safe to repeat."""
    global _KEYWORDS
    if not _KEYWORDS:
        _KEYWORDS = frozenset(d.keyword.decode() for d in psycopg.pq.Conninfo.get_defaults())
    return _KEYWORDS


def parse_error(message: str) -> str:
    """libpq's conninfo parse error retold without any part of the string that is not a keyword."""
    for pattern, text in _PARSE_ERRORS:
        if m := pattern.search(message):
            k, n = m.groupdict().get("k"), m.groupdict().get("n")
            shown = f'"{k}"' if k in _keywords() else "(not shown: it may be part of a password)"
            return "invalid connection string: " + text.format(k=shown, n=n)
    return "invalid connection string (details not shown: they may quote a password)"


def parse_dsn(dsn: str | None) -> dict[str, str]:
    """libpq parameters of a conninfo string or URI (empty = PG* environment), or ConnectError.
    The error never quotes the string: it may hold the password."""
    try:
        return {k: str(v) for k, v in conninfo.conninfo_to_dict(dsn or "").items()}
    except psycopg.Error as exc:
        raise ConnectError(parse_error(str(exc))) from None


def mask_dsn(dsn: str | None) -> str:
    """The DSN with any password (and other secret parameter) replaced, for display."""
    try:
        params = parse_dsn(dsn)
    except ConnectError:
        return "<invalid DSN>"
    for key in CONNINFO_SECRETS:
        if key in params:
            params[key] = "********"
    return conninfo.make_conninfo(**params) if params else "(PG* environment defaults)"


def one_line(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text.removeprefix("connection failed: ")


def session_options(t: Thresholds, statement_timeout_ms: int | None = None) -> str:
    """Server options every pgcomply session runs with: read-only by default and never waiting long.

    search_path and row_security are pinned so no object of the audited database's users can run in our
    session: startup options have source "client", which beats ALTER ROLE/DATABASE ... SET; pg_temp is named
    last so it is never searched first (as pg_dump does).
    """
    st = statement_timeout_ms if statement_timeout_ms is not None else t.statement_timeout_ms
    return (f"-c default_transaction_read_only=on -c statement_timeout={int(st)} "
            f"-c lock_timeout={int(t.lock_timeout_ms)} -c idle_in_transaction_session_timeout=60000 "
            "-c search_path=pg_catalog,pg_temp -c row_security=off")


def connect(dsn: str | None, thresholds: Thresholds, *, dbname: str | None = None,
            statement_timeout_ms: int | None = None) -> psycopg.Connection:
    """A read-only session (also `conn.read_only`, a second guard) with timeouts and application_name=pgcomply."""
    params = parse_dsn(dsn)
    if dbname is not None:
        params["dbname"] = dbname
    # the user's own options first: for the same setting the last -c wins, so ours always do
    params["options"] = (params.get("options", "") + " " + session_options(thresholds, statement_timeout_ms)).strip()
    params["application_name"] = APPLICATION_NAME
    params.setdefault("connect_timeout", str(thresholds.connect_timeout_s))
    try:
        conn = _connect_when_a_slot_frees(conninfo.make_conninfo(**params))
    except psycopg.Error as exc:   # libpq's own words help here (host, port, auth); a password never stays in them
        text = one_line(str(exc))
        for secret in (params.get("password"), os.environ.get("PGPASSWORD")):
            text = text.replace(secret, "********") if secret else text
        raise ConnectError(text or type(exc).__name__) from None
    conn.read_only = True
    return conn


# libpq's text when the server has no connection slot for us (SQLSTATE 53300): "too many connections for role" or
# "for database", "remaining connection slots are reserved", "sorry, too many clients already". faults.py reads it too.
NO_SLOT_TEXT = r"too many connections|remaining connection slots are reserved|too many clients"
_NO_SLOT = re.compile(NO_SLOT_TEXT)
_SLOT_WAITS = (0.1, 0.3, 0.9)     # seconds: 1.3 s in all, then the error stands


def _connect_when_a_slot_frees(conninfo_string: str) -> psycopg.Connection:
    """psycopg.connect, tried again briefly while the server is out of connection slots. The collector keeps
    within the role's and the databases' connection limits, but a session it has just closed still holds its slot
    until its backend has exited, so the next database's connection can be refused for a moment."""
    for wait in _SLOT_WAITS:
        try:
            return psycopg.connect(conninfo_string)
        except psycopg.OperationalError as exc:
            if not _NO_SLOT.search(str(exc)):
                raise
        time.sleep(wait)
    return psycopg.connect(conninfo_string)


_SHOWN = ("host", "hostaddr", "port", "dbname", "user", "service", "sslmode")


def display_dsn(conn: psycopg.Connection) -> str:
    """What was connected to: host, port, database, user (never the password or our session options)."""
    params = conn.info.get_parameters()
    shown = {k: params[k] for k in _SHOWN if params.get(k)}
    if shown.get("hostaddr") == shown.get("host"):
        shown.pop("hostaddr")
    return conninfo.make_conninfo(**shown)
