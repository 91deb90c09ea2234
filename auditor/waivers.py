"""Waivers: accepted findings (check + object pattern), with a reason, an approver and an expiry."""
from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
from typing import Sequence

from .policy import Waiver
from .results import Finding, Status


def _matches(w: Waiver, f: Finding) -> bool:
    return (w.check.upper() == f.check_id or w.check == f.area) and fnmatch.fnmatchcase(f.object, w.object)


def apply_waivers(findings: list[Finding], waivers: Sequence[Waiver], today: dt.date) -> tuple[list[Finding], list[str]]:
    """Mark failing findings a live waiver covers as waived; expired waivers leave them failing.

    Returns the findings and notes on waivers that expired or matched nothing, so stale
    waivers are seen instead of silently accumulating.
    """
    used: set[int] = set()
    out: list[Finding] = []
    for f in findings:
        if f.status != Status.FAIL.value:
            out.append(f)
            continue
        for i, w in enumerate(waivers):
            if _matches(w, f):
                used.add(i)
                info = {"reason": w.reason, "approver": w.approver,
                        "expires": w.expires.isoformat() if w.expires else None, "expired": w.expired(today)}
                status = Status.FAIL.value if w.expired(today) else Status.WAIVED.value
                f = dataclasses.replace(f, status=status, waiver=info)
                break
        out.append(f)
    notes = []
    for i, w in enumerate(waivers):
        if w.expired(today):
            notes.append(f"waiver for {w.check} {w.object} expired on {w.expires.isoformat()}")
        elif i not in used:
            notes.append(f"waiver for {w.check} {w.object} matched no failing finding")
    return out, notes
