"""A deterministic score: each assessed check weighs by severity and counts as passed or failed.

score = 100 x (weight of checks with no failing object) / (weight of assessed checks)
A check is assessed when it produced a pass or a fail (waived fails count as passed: the risk was
accepted by someone named). not_assessable and error checks are left out of both sums and counted
apart, so missing privileges never raise a score.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .results import AREAS, Check, Finding, Severity, Status

WEIGHTS = {Severity.CRITICAL: 10, Severity.HIGH: 6, Severity.MEDIUM: 3, Severity.LOW: 1, Severity.INFO: 0}
GRADES = ((90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F"))


@dataclass(frozen=True)
class Score:
    value: int | None                    # None when nothing could be assessed
    grade: str
    passed_checks: int
    failed_checks: int
    not_assessable_checks: int
    error_checks: int
    areas: Mapping[str, int | None] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"value": self.value, "grade": self.grade, "passed_checks": self.passed_checks,
                "failed_checks": self.failed_checks, "not_assessable_checks": self.not_assessable_checks,
                "error_checks": self.error_checks, "areas": dict(self.areas)}


def grade(value: int | None) -> str:
    if value is None:
        return "-"
    return next(g for floor, g in GRADES if value >= floor)


def check_status(findings: Iterable[Finding]) -> str:
    """A check's overall status: fail > error > not_assessable > pass/waived."""
    statuses = {f.status for f in findings}
    for s in (Status.FAIL, Status.ERROR, Status.NOT_ASSESSABLE):
        if s.value in statuses:
            return s.value
    return Status.PASS.value


def _ratio(passed: float, total: float) -> int | None:
    return round(100 * passed / total) if total else None


def compute_score(checks: Iterable[Check], findings: Iterable[Finding]) -> Score:
    per_check: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        per_check[f.check_id].append(f)
    counts = defaultdict(int)
    total = won = 0.0
    area_total: dict[str, float] = defaultdict(float)
    area_won: dict[str, float] = defaultdict(float)
    for check in checks:
        status = check_status(per_check.get(check.id, ()))
        counts[status] += 1
        if status not in (Status.PASS.value, Status.FAIL.value):
            continue
        w = WEIGHTS[check.severity]
        total += w
        area_total[check.area] += w
        if status == Status.PASS.value:
            won += w
            area_won[check.area] += w
    value = _ratio(won, total)
    areas = {a: _ratio(area_won[a], area_total[a]) for a in AREAS if a in area_total}
    return Score(value, grade(value), counts[Status.PASS.value], counts[Status.FAIL.value],
                 counts[Status.NOT_ASSESSABLE.value], counts[Status.ERROR.value], areas)
