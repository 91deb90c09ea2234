"""Audit logging: would the server's logs show who connected, from where, and what they changed?"""
from __future__ import annotations

from typing import Iterator

from auditor.context import Context
from auditor.names import setting_object
from auditor.results import Outcome

from ._common import alter_system, as_bool, setting_or_gap


def _on_setting(ctx: Context, name: str, why: str) -> Iterator[Outcome]:
    s, gap = setting_or_gap(ctx, name)
    if gap:
        yield gap
        return
    obj = setting_object(name)
    if s is not None and as_bool(s.value):
        yield Outcome.ok(obj, f"{name} is on")
    else:
        yield Outcome.fail(obj, f"{name} is off: {why}", fix=alter_system(name, "on"), value=s.value if s else None)


def log_connections(ctx: Context) -> Iterator[Outcome]:
    """Connection attempts are the first thing an incident responder asks for."""
    yield from _on_setting(ctx, "log_connections", "successful and failed logins leave no trace in the server log")


def log_disconnections(ctx: Context) -> Iterator[Outcome]:
    """Session end and duration bound what a session could have done."""
    yield from _on_setting(ctx, "log_disconnections", "session ends and durations are not logged")


CHECKS = (log_connections, log_disconnections)
