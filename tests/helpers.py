"""Helpers for check tests: run the real pipeline (collect + evaluate) and pick out what failed."""
from __future__ import annotations

from typing import Iterable, Sequence

from auditor.collect.collector import collect
from auditor.engine.evaluate import AuditResult, evaluate
from auditor.model.policy import Policy


def audit(dsn: str, select: Sequence[str] = (), *, policy: Policy | None = None,
          databases: Sequence[str] | None = None) -> AuditResult:
    """collect + evaluate against a live cluster, optionally only some checks."""
    policy = policy or Policy(sampling=False)
    if select:
        policy = policy.replace(select=tuple(select))
    return evaluate(collect(dsn, policy, databases=databases), policy)


def failing_objects(result: AuditResult, check_id: str | None = None) -> set[str]:
    return {f.object for f in result.findings if f.status == "fail" and check_id in (None, f.check_id)}


def findings_of(result: AuditResult, check_id: str) -> list:
    return [f for f in result.findings if f.check_id == check_id]


def statuses(result: AuditResult, check_id: str) -> set[str]:
    return {f.status for f in findings_of(result, check_id)}


def missing_privileges(result: AuditResult, check_id: str) -> set[str]:
    return {f.missing for f in findings_of(result, check_id) if f.status == "not_assessable"}


def only(objs: Iterable[str], db: str) -> set[str]:
    """Objects inside one database (tests share a cluster; other databases are not theirs)."""
    return {o for o in objs if o.split(":", 1)[-1].startswith(db + ".")}
