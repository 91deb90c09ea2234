"""Server errors in pgcomply's own words: a gap names the phase, the kind of failure and the SQLSTATE.

The server's message text is never kept: it can quote values, settings or names chosen by whoever owns
the audited database (a primary_conninfo raised in an error once carried a replication password into CI
logs). libpq reports no SQLSTATE for a failed connection, so for those the kind is recognised in libpq's
English text and only our own words and the SQLSTATE the server would have sent are kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import psycopg
from psycopg import errors

from auditor.collect.connect import NO_SLOT_TEXT, ConnectError

LOST, DENIED, TIMEOUT, LOCKED, UNEXPECTED = "lost", "denied", "timeout", "locked", "unexpected"

_HEADLINE = {LOST: "connection lost", DENIED: "permission denied", TIMEOUT: "query timed out or was canceled",
             LOCKED: "lock timeout"}
_MISSING = {
    LOST: "a complete read (the server went away or ended the session)",
    DENIED: "the privilege to read it",
    TIMEOUT: "a complete read (a larger thresholds.statement_timeout_ms)",
    LOCKED: "a complete read (no conflicting lock, or a larger thresholds.lock_timeout_ms)",
    UNEXPECTED: "a complete read (the server log has the full message for this SQLSTATE)",
}

# What a failed connection's libpq text says, and the SQLSTATE the server sent with it (first match wins).
_CONNECT: tuple[tuple[re.Pattern[str], str | None, str], ...] = tuple((re.compile(p), s, k) for p, s, k in (
    (r"permission denied for database", "42501", DENIED),
    (r"FATAL: +database \".*\" does not exist", "3D000", UNEXPECTED),
    (r"FATAL: +role \".*\" does not exist|no pg_hba\.conf entry|is not permitted to log in", "28000", UNEXPECTED),
    (r"password authentication failed", "28P01", UNEXPECTED),
    (NO_SLOT_TEXT, "53300", UNEXPECTED),
    (r"is not currently accepting connections", "55000", UNEXPECTED),
    (r"due to lock timeout", "55P03", LOCKED),                 # a catalog lock held while the session starts
    (r"due to statement timeout|due to user request", "57014", TIMEOUT),
    (r"the database system is (starting up|shutting down|in recovery mode|not (yet )?accepting connections)",
     "57P03", LOST),
    (r"Connection refused|could not connect|server closed the connection|timeout expired|No such file or directory"
     r"|Connection reset|could not (send|receive) data|could not translate host name|Network is unreachable",
     None, LOST),
))


@dataclass(frozen=True)
class Fault:
    kind: str                  # LOST, DENIED, TIMEOUT, LOCKED or UNEXPECTED
    state: str | None = None   # the SQLSTATE, when known
    error: str = ""            # the exception class, for an error that did not come from the server
    connecting: bool = False

    @property
    def headline(self) -> str:
        if self.kind in _HEADLINE:
            return _HEADLINE[self.kind]
        if self.error:
            return f"unexpected {self.error}"
        return "unexpected connection failure" if self.connecting and not self.state else "unexpected server error"

    @property
    def missing(self) -> str:
        return _MISSING[self.kind]

    def summary(self) -> str:
        """E.g. 'connection lost (SQLSTATE 57P01)'; no SQLSTATE is said when the error carried none."""
        if self.error:
            return self.headline
        return f"{self.headline} ({'SQLSTATE ' + self.state if self.state else 'no SQLSTATE'})"

    def detail(self, phase: str) -> str:
        """E.g. 'unexpected server error while reading the catalog of database shop (SQLSTATE 53300)'."""
        head, _, rest = self.summary().partition(" (")
        return f"{head} while {phase}" + (f" ({rest}" if rest else "")


def classify(exc: BaseException) -> Fault:
    """The kind of failure, from the exception class and SQLSTATE only (libpq's text for connect failures)."""
    if isinstance(exc, ConnectError):
        text = str(exc)
        for pattern, state, kind in _CONNECT:
            if pattern.search(text):
                return Fault(kind, state, connecting=True)
        return Fault(UNEXPECTED, None, connecting=True)
    if not isinstance(exc, psycopg.Error):
        return Fault(UNEXPECTED, None, type(exc).__name__)
    state = exc.sqlstate
    if isinstance(exc, errors.InsufficientPrivilege):
        return Fault(DENIED, state)
    if isinstance(exc, errors.QueryCanceled):
        return Fault(TIMEOUT, state)
    if isinstance(exc, errors.LockNotAvailable):
        return Fault(LOCKED, state)
    if state is None and isinstance(exc, psycopg.OperationalError):   # the socket closed, or the conn is closed
        return Fault(LOST)
    if state and (state.startswith("08") or state.startswith("57P")):   # connection exceptions, admin/crash shutdown
        return Fault(LOST, state)
    if state is None:
        return Fault(UNEXPECTED, None, type(exc).__name__)              # raised by psycopg itself, not the server
    return Fault(UNEXPECTED, state)


def is_lost(exc: BaseException) -> bool:
    return classify(exc).kind == LOST
