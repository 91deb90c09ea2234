"""Waivers: accepted findings (check + object pattern), with a reason, an approver and an expiry.

A live waiver turns a failing finding into `waived` and attaches the waiver (reason, approver,
expires, ticket) so every format can show who accepted what until when. An expired waiver leaves
the finding failing, still carrying the waiver with `expired: true`, and is listed in the notes,
as are waivers that matched nothing: stale waivers are seen instead of silently accumulating.
Waivers live only in the policy file, never in database comments an object's owner could write.

A waiver cannot erase an audit: it names exactly one check (an area, `*` or `RLS-*` is refused), and
an object pattern that matches every object (`*`, `*.*`: no letter or digit outside its wildcards)
needs that check spelled as its id, so what was accepted is plain in the file and in every report.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import re
from typing import Any, Mapping, Sequence

from auditor.model.policy import PolicyError, Waiver
from auditor.model.results import Finding, Status


_WILDCARDS = re.compile(r"\*|\?|\[!?\]?[^\]]*\]")   # fnmatch's: *, ?, [seq], [!seq]
_GLOB = re.compile(r"[*?\[]")


def matches_every_object(pattern: str) -> bool:
    """True when the pattern names nothing in particular: no letter or digit is left once its wildcards go.

    Object names always carry letters or digits (`shop.public.t`, `role:x`, `hba:3`), so a pattern made only
    of wildcards and separators (`*`, `*.*`, `?*`, `*:*`, `[a-z]*`) reaches every object of its check.
    """
    return not any(ch.isalnum() for ch in _WILDCARDS.sub("", pattern))


def scope_problem(w: Waiver, checks: Mapping[str, Any], hit: set[str] | frozenset[str] | None = None
                  ) -> tuple[str, str] | None:
    """Why a waiver reaches too far, as (policy key, message), or None.

    The check must name one check: an area or a pattern is refused even when it resolves to a single
    check today, since a later check would join it unseen. A match-all object needs the check's id.
    """
    from auditor.engine.registry import resolve
    from auditor.model.results import AREAS

    sel = w.check.strip()
    if hit is None:                   # resolve_policy passes what it resolved already
        try:
            hit = resolve([sel], checks)
        except PolicyError:
            hit = set()               # unknown: resolve_policy names it
    if sel in AREAS or _GLOB.search(sel) or len(hit) > 1:
        kind = "an area" if sel in AREAS else "a pattern" if _GLOB.search(sel) else "a shared name"
        return "check", (f"check {sel!r} is {kind} ({len(hit)} check{'s' if len(hit) != 1 else ''}): a waiver "
                         "names one check id, so no waiver accepts a whole area or the whole audit")
    if hit and matches_every_object(w.object) and sel.upper() not in hit:
        cid = next(iter(hit))
        return "object", (f"object {w.object!r} matches every object: allowed only with one check id "
                          f"(check = \"{cid}\", not {sel!r})")
    return None


def _check_ids(w: Waiver) -> frozenset[str]:
    """The check ids a waiver names (an id, name, area or id pattern), or just its text for unregistered checks."""
    from auditor.engine.registry import load_checks, resolve
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


def apply_waivers(findings: list[Finding], waivers: Sequence[Waiver], today: dt.date,
                  waiver_ids: Sequence[frozenset[str]] | None = None) -> tuple[list[Finding], list[str]]:
    """Mark failing findings a live waiver covers as waived; expired waivers leave them failing.

    The first live waiver that matches wins; an expired one is recorded on the finding only when no
    live waiver covers it. Returns the findings and one note per expired or unused waiver.
    """
    if not waivers:                   # the usual case: nothing to match 30,000 findings against
        return list(findings), []
    if waiver_ids is None:            # called without a resolved policy: resolve and guard here
        from auditor.engine.registry import load_checks
        for w in waivers:             # resolve_policy refuses these with file:line; this guards the API too
            if problem := scope_problem(w, load_checks()):
                raise PolicyError(f"waiver for {w.check} {w.object}: {problem[1]}")
    ids = list(waiver_ids) if waiver_ids is not None else [_check_ids(w) for w in waivers]
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
        if w.expires is not None and w.expired(today):
            lapsed = sum(1 for f in out if f.status == Status.FAIL.value and f.waiver and _matches(w, ids[i], f))
            notes.append(f"waiver for {w.check} {w.object} expired on {w.expires.isoformat()}"
                         + (f"; {lapsed} finding(s) fail again" if lapsed else ""))
        elif i not in used:
            notes.append(f"waiver for {w.check} {w.object} matched no failing finding")
    return out, notes
