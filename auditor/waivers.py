"""Waivers: accepted findings (check + object pattern), with a reason, an approver and an expiry.

A live waiver turns a failing finding into `waived` and attaches the waiver (reason, approver,
expires, ticket) so every format can show who accepted what until when. An expired waiver leaves
the finding failing, still carrying the waiver with `expired: true`, and is listed in the notes,
as are waivers that matched nothing: stale waivers are seen instead of silently accumulating.
Waivers live only in the policy file, never in database comments an object's owner could write.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
from typing import Sequence

from .policy import PolicyError, Waiver
from .results import Finding, Status


def _check_ids(w: Waiver) -> frozenset[str]:
    """The check ids a waiver names (an id, name, area or id pattern), or just its text for unregistered checks."""
    from .registry import load_checks, resolve
    try:
        return frozenset(resolve([w.check], load_checks()))
    except PolicyError:
        return frozenset({w.check.upper()})


def _matches(w: Waiver, ids: frozenset[str], f: Finding) -> bool:
    return (f.check_id in ids or w.check == f.area) and fnmatch.fnmatchcase(f.object, w.object)


def waiver_info(w: Waiver, today: dt.date) -> dict:
    info = {"check": w.check, "object": w.object, "reason": w.reason, "approver": w.approver,
            "expires": w.expires.isoformat() if w.expires else None, "expired": w.expired(today)}
    if w.ticket:
        info["ticket"] = w.ticket
    return info


def apply_waivers(findings: list[Finding], waivers: Sequence[Waiver], today: dt.date) -> tuple[list[Finding], list[str]]:
    """Mark failing findings a live waiver covers as waived; expired waivers leave them failing.

    The first live waiver that matches wins; an expired one is recorded on the finding only when no
    live waiver covers it. Returns the findings and one note per expired or unused waiver.
    """
    ids = [_check_ids(w) for w in waivers]
    used: set[int] = set()
    out: list[Finding] = []
    for f in findings:
        if f.status != Status.FAIL.value:
            out.append(f)
            continue
        hits = [i for i, w in enumerate(waivers) if _matches(w, ids[i], f)]
        used.update(hits)
        live = [i for i in hits if not waivers[i].expired(today)]
        if live:
            f = dataclasses.replace(f, status=Status.WAIVED.value, waiver=waiver_info(waivers[live[0]], today))
        elif hits:
            f = dataclasses.replace(f, waiver=waiver_info(waivers[hits[0]], today))
        out.append(f)
    notes = []
    for i, w in enumerate(waivers):
        if w.expired(today):
            lapsed = sum(1 for f in out if f.status == Status.FAIL.value and f.waiver and _matches(w, ids[i], f))
            notes.append(f"waiver for {w.check} {w.object} expired on {w.expires.isoformat()}"
                         + (f"; {lapsed} finding(s) fail again" if lapsed else ""))
        elif i not in used:
            notes.append(f"waiver for {w.check} {w.object} matched no failing finding")
    return out, notes
