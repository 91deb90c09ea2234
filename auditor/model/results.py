"""Checks, what they yield (Outcome) and what reports carry (Finding)."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Mapping


AREAS = ("ssl", "passwords", "roles", "grants", "rls", "sensitive_data", "audit_logging", "server", "backup")
AREA_PREFIX = {"ssl": "SSL", "passwords": "PWD", "roles": "ROLE", "grants": "GRANT", "rls": "RLS",
               "sensitive_data": "SENS", "audit_logging": "LOG", "server": "SRV", "backup": "BAK"}
AREA_TITLES = {"ssl": "SSL/TLS", "passwords": "Passwords & authentication", "roles": "Role privileges",
               "grants": "Least-privilege grants", "rls": "Row-level security",
               "sensitive_data": "Sensitive data", "audit_logging": "Audit logging",
               "server": "Server hardening", "backup": "Backups & replication"}


class Severity(str, Enum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse: critical 4 ... info 0."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.CRITICAL: 4, Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1, Severity.INFO: 0}


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    NOT_ASSESSABLE = "not_assessable"
    ERROR = "error"
    WAIVED = "waived"
    NOT_APPLICABLE = "not_applicable"    # nothing to examine (no such object, or the policy asks for nothing): not a pass


@dataclass(frozen=True, slots=True)
class Deviation:
    """A setting's actual value against the one the check expects, as Nessus shows it: a reader sees the
    gap without parsing the message ("log_connections: off, expected on"). Values are short, never secrets."""

    setting: str
    actual: str
    expected: str

    def text(self) -> str:
        return f"{self.setting}: {self.actual}, expected {self.expected}"

    def to_dict(self) -> dict[str, str]:
        return {"setting": self.setting, "actual": self.actual, "expected": self.expected}


def deviation(setting: str, actual: object, expected: str) -> Deviation:
    """A Deviation from whatever the snapshot holds: None and '' read as "not set"."""
    text = "" if actual is None else str(actual)
    return Deviation(setting, text if text.strip() else "not set", expected)


@dataclass(slots=True, eq=True)
class Outcome:
    """One object's result as a check sees it; the engine turns these into Findings.

    Not frozen, unlike the rest of the model: a big audit builds some 100,000 of them (every passing object), and
    a frozen dataclass's __init__ (one object.__setattr__ per field) costs seven times a plain one. An Outcome is
    a check's answer handed straight to the engine; nothing keeps, hashes or changes one after it is yielded."""

    status: Status
    object: str
    message: str = ""
    evidence: Mapping[str, Any] = field(default_factory=dict)
    missing: str | None = None           # not_assessable: the privilege/access that was missing
    severity: Severity | None = None     # per-object escalation/de-escalation, else the check's
    fix: str | None = None               # object-specific remediation SQL
    root_cause: str | None = None        # what several findings share ("hba:7", "preload:pgaudit"): reports group them
    accepted: bool = False               # pass: an accepted fact reported as its own finding (the auditing role)
    deviation: Deviation | None = None   # a setting finding: actual vs expected value
    count: int = 1                       # objects this outcome stands for (Outcome.passes)

    @classmethod
    def ok(cls, obj: str, message: str = "", **evidence: Any) -> "Outcome":
        return cls(Status.PASS, obj, message, evidence)

    @classmethod
    def passes(cls, count: int) -> "Outcome":
        """`count` objects examined that passed with nothing to say: the engine only counts such passes, so a check
        over 10,000 tables yields one of these instead of 10,000 Outcome.ok(obj)."""
        return cls(Status.PASS, "", "", {}, count=count)

    @classmethod
    def fail(cls, obj: str, message: str, *, severity: Severity | str | None = None,
             fix: str | None = None, root_cause: str | None = None, deviation: Deviation | None = None,
             **evidence: Any) -> "Outcome":
        return cls(Status.FAIL, obj, message, evidence, severity=Severity(severity) if severity else None, fix=fix,
                   root_cause=root_cause, deviation=deviation)

    @classmethod
    def not_applicable(cls, obj: str, message: str, **evidence: Any) -> "Outcome":
        """Nothing to examine: the object or setting the check judges does not exist, or the policy asks for nothing."""
        return cls(Status.NOT_APPLICABLE, obj, message, evidence)

    @classmethod
    def accept(cls, obj: str, message: str, **evidence: Any) -> "Outcome":
        """A pass that is reported on its own: a fact the audit accepts by design (e.g. the auditing role's reads)."""
        return cls(Status.PASS, obj, message, evidence, accepted=True)

    @classmethod
    def not_assessable(cls, obj: str, missing: str, message: str = "", **evidence: Any) -> "Outcome":
        return cls(Status.NOT_ASSESSABLE, obj, message or f"not assessable: needs {missing}", evidence, missing=missing)


_REFS_JSON: dict[int, tuple[Mapping[str, tuple[str, ...]], dict[str, list[str]]]] = {}


def _references_json(refs: Mapping[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """A check's references as JSON data, built once per check rather than once per finding (shared, never mutated)."""
    hit = _REFS_JSON.get(id(refs))
    if hit is None or hit[0] is not refs:
        hit = _REFS_JSON[id(refs)] = (refs, {k: list(v) for k, v in refs.items()})
    return hit[1]


@dataclass(frozen=True, slots=True)
class Finding:
    check_id: str
    title: str
    area: str
    severity: str
    status: str
    object: str
    message: str
    evidence: Mapping[str, Any]
    remediation: str
    references: Mapping[str, tuple[str, ...]]
    examined: int = 0                    # pass findings: how many objects were looked at
    missing: str | None = None           # not_assessable: what access was missing
    fix_sql: str | None = None
    waiver: Mapping[str, Any] | None = None   # the waiver that matched (status waived), incl. reason/approver/expires
    root_cause: str | None = None        # shared with other findings: see auditor/engine/causes.py
    deviation: Deviation | None = None   # setting findings: {"setting", "actual", "expected"}

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "check_id": self.check_id, "title": self.title, "area": self.area, "severity": self.severity,
            "status": self.status, "object": self.object, "message": self.message,
            "evidence": dict(self.evidence), "remediation": self.remediation,
            "references": _references_json(self.references),
        }
        if self.status == Status.PASS:
            d["examined"] = self.examined
        if self.missing:
            d["missing"] = self.missing
        if self.fix_sql:
            d["fix_sql"] = self.fix_sql
        if self.waiver:
            d["waiver"] = dict(self.waiver)
        if self.root_cause:
            d["root_cause"] = self.root_cause
        if self.deviation:
            d["deviation"] = self.deviation.to_dict()
        return d
