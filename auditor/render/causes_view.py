"""Root causes and the executive summary's list of problems, as every renderer shows them.

A root cause (report key `root_causes`, built in auditor/engine/causes.py) is shown once, with each distinct
fix once; its findings keep their rows under their checks but point at it instead of repeating the SQL. The
summary list names every critical problem, then the most serious highs, and says how many it leaves out, so
no critical can drop off the first page however many there are. A problem is a root cause or, for findings
without one, a check's failing objects at one severity.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from auditor.engine.causes import cause_anchor, cause_label
from auditor.render.text import SEVERITIES, SEVERITY_RANK, join_words, plural

TOP_HIGHS = 5            # high problems listed after every critical one
EXAMPLES = 3             # objects named per non-critical problem


@dataclass
class CauseView:
    id: str
    anchor: str
    label: str
    severity: str
    count: int
    checks: list[str]
    findings: list[dict[str, Any]]          # check_id, object, severity
    fixes: list[tuple[str, str]]            # fix SQL, what it resolves ("PWD-003 hba:7; PWD-009: 7 objects")


@dataclass
class Problem:
    severity: str
    title: str
    checks: list[str]
    count: int                              # failing findings it stands for
    objects: list[str]                      # named in the summary (every one for a critical problem)
    more_objects: int
    anchor: str                             # cause-… or check-…
    cause: str                              # the root cause's id, "" for a check's findings


def _resolves(pairs: list[list[str]]) -> str:
    per: dict[str, list[str]] = defaultdict(list)
    for check_id, obj in pairs:
        per[check_id].append(obj)
    return "; ".join(f"{cid} {objs[0]}" if len(objs) == 1 else f"{cid}: {plural(len(objs), 'object')}"
                     for cid, objs in sorted(per.items()))


def cause_views(report: dict[str, Any]) -> list[CauseView]:
    return [CauseView(id=c["id"], anchor=cause_anchor(c["id"]), label=c.get("label") or cause_label(c["id"]),
                      severity=c["severity"], count=c["count"], checks=list(c["checks"]), findings=list(c["findings"]),
                      fixes=[(x["fix_sql"], _resolves(x["resolves"])) for x in c["fixes"]])
            for c in report.get("root_causes", ())]


def grouped(causes: list[CauseView]) -> dict[tuple[str, str], CauseView]:
    """(check_id, object) of every finding that belongs to a shown root cause -> that cause."""
    return {(f["check_id"], f["object"]): c for c in causes for f in c.findings}


def problems(report: dict[str, Any], causes: list[CauseView], titles: dict[str, str]) -> list[Problem]:
    """Every failing finding in exactly one problem, worst first."""
    out = [Problem(c.severity, c.label, c.checks, c.count, [], 0, c.anchor, c.id) for c in causes]
    members = grouped(causes)
    per: dict[tuple[str, str], list[str]] = defaultdict(list)
    for f in report["findings"]:
        if f["status"] == "fail" and (f["check_id"], f["object"]) not in members:
            per[(f["check_id"], f["severity"])].append(f["object"])
    for (check_id, sev), objs in per.items():
        objs.sort()
        out.append(Problem(sev, titles.get(check_id, check_id), [check_id], len(objs), objs, 0,
                           "check-" + check_id, ""))
    out.sort(key=lambda p: (-SEVERITY_RANK[p.severity], -p.count, not p.cause, p.checks[0], p.title))
    return out


def key_problems(all_problems: list[Problem]) -> tuple[list[Problem], str]:
    """Every critical problem with all its objects, then the TOP_HIGHS highs; and a sentence on the rest."""
    crit = [p for p in all_problems if p.severity == "critical"]
    highs = [p for p in all_problems if p.severity == "high"][:TOP_HIGHS]
    shown = crit + highs
    for p in highs:
        if not p.cause and len(p.objects) > EXAMPLES:
            p.more_objects, p.objects = len(p.objects) - EXAMPLES, p.objects[:EXAMPLES]
    listed = {id(p) for p in shown}
    rest = Counter()
    for p in all_problems:
        if id(p) not in listed:
            rest[p.severity] += p.count
    if not rest:
        return shown, "Every failing finding is in this list." if shown else ""
    parts = [f"{rest[s]} {s}" for s in SEVERITIES if rest.get(s)]
    return shown, (f"Not listed here: {plural(sum(rest.values()), 'more failing finding')} ({join_words(parts)}), "
                   "in the Findings chapter.")
