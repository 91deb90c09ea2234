"""A deterministic score and per-framework compliance (the formula is explained in docs/scoring.md).

Score: every assessed check weighs by its effective severity (critical 10, high 6, medium 3, low 1,
info 0) and counts as passed (no failing object; waived failures were accepted by someone named) or
failed. Checks that could not be assessed (not_assessable, error) are unknowns, so the score is a range:
`low` counts each of them as a critical failure (the worst it could be), `high` as a pass. The graded
score (`value`, `grade`) is the low end, so fewer privileges, a lock or a timeout can never raise it.
score = 100 x passed weight / weight, rounded half up, never 100 while something fails or is unknown.
A failing critical check (or an unknown one, at the low end) caps the letter grade at D.
not_applicable checks (nothing to examine) are left out of everything.
The same sums with every waived finding counted as failing give the score without waivers, which
every report shows beside the score, so accepted risk is never hidden in a good number.

Compliance: a framework requirement takes the worst status of the checks that ran and map to it
(fail > error > not_assessable > waived > pass > not_applicable); percent = requirements passing (or waived) /
requirements with a check that ran and had something to examine. A requirement no check maps to is "manual";
one whose checks were not selected is "not_run"; one whose checks all had nothing to examine is
"not_applicable"; none of these counts.

Both accept Check/Finding objects or their report dicts, so a report can be rescored from report.json.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from auditor.engine.frameworks import coverage_text
from auditor.model.results import AREAS, Severity, Status

WEIGHTS = {Severity.CRITICAL: 10, Severity.HIGH: 6, Severity.MEDIUM: 3, Severity.LOW: 1, Severity.INFO: 0}
GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F"))
CRITICAL_CAP = "D"                   # the best grade while a critical check fails
CHECK_STATUS_ORDER = ("fail", "error", "not_assessable", "waived", "pass", "not_applicable")   # worst first
REQUIREMENT_STATUSES = ("pass", "waived", "fail", "error", "not_assessable", "not_applicable", "not_run", "manual")
UNKNOWN = ("not_assessable", "error")  # checks that ran but could not judge: a range, graded on its low end
UNKNOWN_SEVERITY = Severity.CRITICAL   # what an unknown check may hide, at the low end


def _get(obj: Any, name: str) -> Any:
    return obj[name] if type(obj) is dict else getattr(obj, name)   # report dicts or Finding/Check objects


def _check_id(f: Any) -> str:
    return _get(f, "check_id")


@dataclass(frozen=True)
class Score:
    value: int | None                    # the graded score: the low end of the range; None when nothing was assessed
    grade: str
    passed_checks: int
    failed_checks: int
    not_assessable_checks: int
    error_checks: int
    areas: Mapping[str, int | None] = field(default_factory=dict)
    waived_checks: int = 0               # counted in passed_checks too
    uncapped_grade: str = "-"
    cap_reason: str | None = None        # why the grade is lower than the value says
    waived_findings: int = 0             # failing findings a live waiver accepted
    without_waivers: Mapping[str, Any] = field(default_factory=dict)   # value, grade, failed_checks if none applied
    high: int | None = None              # the score if every unknown (not assessable / error) check passed
    high_grade: str = "-"
    not_applicable_checks: int = 0       # nothing to examine: in no sum

    @property
    def unknown_checks(self) -> int:
        return self.not_assessable_checks + self.error_checks

    def to_dict(self) -> dict:
        return {"value": self.value, "grade": self.grade, "passed_checks": self.passed_checks,
                "range": {"low": self.value, "high": self.high, "low_grade": self.grade, "high_grade": self.high_grade,
                          "unknown_checks": self.unknown_checks, "graded_on": "low"},
                "not_applicable_checks": self.not_applicable_checks,
                "failed_checks": self.failed_checks, "not_assessable_checks": self.not_assessable_checks,
                "error_checks": self.error_checks, "waived_checks": self.waived_checks,
                "waived_findings": self.waived_findings, "without_waivers": dict(self.without_waivers),
                "areas": dict(self.areas), "uncapped_grade": self.uncapped_grade, "cap_reason": self.cap_reason,
                "weights": {s.value: w for s, w in WEIGHTS.items()},
                "grades": [[floor, g] for floor, g in GRADES]}


def grade(value: int | None) -> str:
    if value is None:
        return "-"
    return next(g for floor, g in GRADES if value >= floor)


def check_status(findings: Iterable[Any]) -> str:
    """A check's overall status: fail > error > not_assessable > waived > pass."""
    statuses = {_get(f, "status") for f in findings}
    return next((s for s in CHECK_STATUS_ORDER if s in statuses), Status.PASS.value)


def effective_severity(check: Any, findings: Sequence[Any]) -> Severity:
    """The severity a check weighs with: the worst failing (or waived) object's, else its findings' (policy overrides
    included), else the catalogue's."""
    bad = {_get(f, "severity") for f in findings if _get(f, "status") in ("fail", "waived")}
    if bad:     # distinct values first: one Enum call per severity, not per finding (30,000 in a big audit)
        return max((Severity(s) for s in bad), key=lambda s: s.rank)
    if findings:
        return Severity(_get(findings[0], "severity"))
    return Severity(_get(check, "severity"))


def percent(won: int, total: int, *, complete: bool) -> int | None:
    """100 x won / total rounded half up (exact integer arithmetic); 100 only when complete, 0 only when nothing won."""
    if not total:
        return None
    value = (200 * won + total) // (2 * total)
    if value == 100 and not complete:
        return 99
    if value == 0 and won:
        return 1
    return value


def group_findings(findings: Iterable[Any]) -> dict[str, list[Any]]:
    per_check: dict[str, list[Any]] = defaultdict(list)
    for f in findings:
        per_check[_check_id(f)].append(f)
    return per_check


@dataclass
class _Tally:
    value: int | None
    grade: str
    uncapped: str
    cap_reason: str | None
    counts: dict[str, int]
    areas: dict[str, int | None]
    high: int | None = None
    high_grade: str = "-"


def _tally(checks: Sequence[Any], per_check: Mapping[str, list[Any]], waivers_apply: bool) -> _Tally:
    """The score range over `checks`; with waivers_apply=False a waived check weighs as the failure it was.

    Low end: an unknown check (not_assessable, error), and a failing check with objects it could not judge,
    weighs as a critical failure; high end: unknown checks pass. The grade is the low end's."""
    counts: dict[str, int] = defaultdict(int)
    total = won = unknown = 0                      # unknown: weight the high end wins and the low end loses
    area_total: dict[str, int] = defaultdict(int)
    area_won: dict[str, int] = defaultdict(int)
    area_failed: set[str] = set()
    critical_fails = unknown_checks = 0
    for check in checks:
        rows = per_check.get(_get(check, "id"), [])
        status = check_status(rows)
        if status == "waived" and not waivers_apply:
            status = "fail"
        counts[status] += 1
        area = _get(check, "area")
        if status in UNKNOWN:
            w = WEIGHTS[UNKNOWN_SEVERITY]
            unknown += w
            unknown_checks += 1
            area_total[area] += w
            area_failed.add(area)
            continue
        if status not in ("pass", "waived", "fail"):
            continue                               # not_applicable: nothing to examine, in no sum
        sev = effective_severity(check, rows)
        if status == "fail" and any(_get(f, "status") in UNKNOWN for f in rows):
            sev = UNKNOWN_SEVERITY                 # the objects it could not judge might fail worse
        w = WEIGHTS[sev]
        total += w
        area_total[area] += w
        if status == "fail":
            area_failed.add(area)
            critical_fails += sev == Severity.CRITICAL
        else:
            won += w
            area_won[area] += w
    value = high = None                            # nothing assessed: no score at all, not a range of 0-100
    if total:
        value = percent(won, total + unknown, complete=not counts["fail"] and not unknown_checks)
        high = percent(won + unknown, total + unknown, complete=not counts["fail"])
    areas = {a: percent(area_won[a], area_total[a], complete=a not in area_failed) for a in AREAS if a in area_total}
    uncapped = grade(value)
    final, reason = uncapped, None
    if (critical_fails or unknown_checks) and value is not None and uncapped < CRITICAL_CAP:
        final = CRITICAL_CAP
        why = []
        if critical_fails:
            why.append(f"{critical_fails} critical check{'s' if critical_fails != 1 else ''} "
                       f"fail{'s' if critical_fails == 1 else ''}")
        if unknown_checks:
            why.append(f"{unknown_checks} check{'s' if unknown_checks != 1 else ''} could not be assessed and "
                       f"might hide a critical failure")
        reason = " and ".join(why) + f": the grade is capped at {CRITICAL_CAP}"
    high_grade = grade(high)
    if critical_fails and high is not None and high_grade < CRITICAL_CAP:
        high_grade = CRITICAL_CAP
    return _Tally(value, final, uncapped, reason, counts, areas, high, high_grade)


def compute_score(checks: Iterable[Any], findings: Iterable[Any]) -> Score:
    """The score as the waivers leave it, and beside it the score as if no waiver applied."""
    checks = list(checks)
    findings = list(findings)
    per_check = group_findings(findings)
    t = _tally(checks, per_check, waivers_apply=True)
    raw = _tally(checks, per_check, waivers_apply=False)
    counts = t.counts
    return Score(t.value, t.grade, counts["pass"] + counts["waived"], counts["fail"], counts["not_assessable"],
                 counts["error"], t.areas, waived_checks=counts["waived"], uncapped_grade=t.uncapped,
                 cap_reason=t.cap_reason,
                 waived_findings=sum(1 for f in findings if _get(f, "status") == "waived"),
                 without_waivers={"value": raw.value, "grade": raw.grade, "failed_checks": raw.counts["fail"]},
                 high=t.high, high_grade=t.high_grade, not_applicable_checks=counts["not_applicable"])


def _requirement_status(statuses: Sequence[str]) -> str:
    return next(s for s in CHECK_STATUS_ORDER if s in statuses)


def compliance(frameworks: Iterable[Any], checks: Iterable[Any], statuses: Mapping[str, str],
               catalogue_refs: Mapping[str, set[str]] | None = None) -> list[dict[str, Any]]:
    """Per framework: each requirement's status from the checks that ran and map to it, and the percent passing.

    `statuses` is check id -> check_status; `catalogue_refs` maps "fw:req" to every catalogue check id that
    references it (to tell requirements whose checks were not selected from truly manual ones).
    """
    checks = list(checks)
    out = []
    for fw in frameworks:
        mapped: dict[str, list[str]] = defaultdict(list)
        for c in checks:
            for req_id in _get(c, "references").get(fw.id, ()):
                mapped[req_id].append(_get(c, "id"))
        reqs = []
        counts = {s: 0 for s in REQUIREMENT_STATUSES}
        for req in fw.requirements:
            ids = sorted(mapped.get(req.id, ()))
            if ids:
                status = _requirement_status([statuses[i] for i in ids])
            elif catalogue_refs and catalogue_refs.get(f"{fw.id}:{req.id}"):
                status = "not_run"
            else:
                status = "manual"
            counts[status] += 1
            reqs.append({"id": req.id, "title": req.title, "status": status, "checks": ids,
                         "failing_checks": [i for i in ids if statuses[i] == "fail"]})
        assessed = sum(counts[s] for s in ("pass", "waived", "fail", "error", "not_assessable"))   # not_applicable: out
        passing = counts["pass"] + counts["waived"]
        entry = {"id": fw.id, "name": fw.name, "version": fw.version, "edition": getattr(fw, "edition", ""),
                 "counts": counts, "mapped": assessed, "percent": percent(passing, assessed, complete=passing == assessed),
                 "requirements": reqs}
        entry["summary"] = coverage_text(entry)     # the percentage always travels with its denominator
        out.append(entry)
    return out
