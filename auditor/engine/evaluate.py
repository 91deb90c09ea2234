"""Run the selected checks over a Snapshot and fold their outcomes into Findings.

One finding per failing (or not assessable) object; a single pass finding per check when nothing
fails. A check that raises becomes one `error` finding and the run goes on.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Mapping

from auditor.analysis.access_matrix import build_access_matrix
from auditor.analysis.classify.inventory import data_inventory
from auditor.analysis.context import Context
from auditor.model.snapshot import Snapshot
from auditor.model.policy import Policy
from auditor.engine.policyfile import resolve_policy
from auditor.engine.registry import load_checks
from auditor.model.results import AREAS, Finding, Outcome, Severity, Status
from auditor.engine.contract import Check
from auditor.engine.waivers import apply_waivers

CLUSTER_OBJECT = "cluster"
# A schema audit (`audit --schema`) judges the application's objects on a throwaway server: these areas describe
# that server (TLS, authentication and pg_hba, server settings, logging), not the user's, so they are not applicable.
SERVER_ONLY_AREAS = frozenset({"ssl", "passwords", "server", "audit_logging", "backup"})
SCHEMA_AUDIT_NA = "schema audit: describes the throwaway server, not yours"
# In a schema audit without --seed the tables are empty. Checks whose candidates come from names and sampled values
# say "nothing to examine" was judged on names, types and comments alone; a check of sampled values only would
# pass on no rows, so it is not applicable instead (never a hollow pass).
VALUE_CHECKS = frozenset({"SENS-001", "SENS-002", "SENS-003", "SENS-004"})
SAMPLED_ONLY = frozenset({"SENS-005"})
UNSEEDED_NA = ("schema audit without --seed: no column looked sensitive by name, type or comment, and the tables "
               "hold no rows to sample")
UNSEEDED_SKIP = "schema audit without --seed: this check judges sampled values only, and the tables hold no rows"


@dataclass(frozen=True)
class AuditResult:
    snapshot: Snapshot
    policy: Policy
    checks: tuple[Check, ...]
    findings: tuple[Finding, ...]
    started_at: str
    finished_at: str
    duration_s: float
    sections: Mapping[str, Any] = field(default_factory=dict)   # access_matrix, data_inventory, ...
    waiver_notes: tuple[str, ...] = ()                          # unused and expired waivers

    def by_status(self, status: Status) -> list[Finding]:
        return [f for f in self.findings if f.status == status]


_SEVERITY_VALUE: dict[Any, str] = {**{s: s.value for s in Severity}, **{s.value: s.value for s in Severity}}


def _finding(check: Check, policy: Policy, o: Outcome, *, examined: int = 0) -> Finding:
    sev = policy.severity.get(check.id) or o.severity or check.severity
    value = _SEVERITY_VALUE.get(sev) or Severity(sev).value     # the lookup spares 20,000 Enum calls; bad values raise
    return Finding(check_id=check.id, title=check.title, area=check.area, severity=value,
                   status=o.status.value, object=o.object, message=o.message, evidence=dict(o.evidence),
                   remediation=check.remediation, references=check.references, examined=examined,
                   missing=o.missing, fix_sql=o.fix, root_cause=o.root_cause,
                   deviation=o.deviation)


def _sanitize(exc: BaseException) -> str:
    """The exception class and where in a check it was raised, never its message: `int(value)` or a KeyError
    quotes data from the Snapshot (a setting, a comment) that an audited database's owner chose."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" at {tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}" if tb is not None else ""
    return f"{type(exc).__name__}{where}"


def run_check(check: Check, ctx: Context) -> list[Finding]:
    policy = ctx.policy
    try:
        outcomes = list(check.run(ctx))
    except Exception as exc:  # noqa: BLE001 - a broken check must not stop the audit
        o = Outcome(Status.ERROR, CLUSTER_OBJECT, f"the check raised {_sanitize(exc)}")
        return [_finding(check, policy, o)]
    fails, gaps, notes, passed, moot = _partition(outcomes)
    found = [_finding(check, policy, o) for o in fails + gaps]
    found += [_finding(check, policy, o, examined=1) for o in notes]
    examined = sum(o.count for o in passed)
    if examined and not fails:      # passes fold into one finding, unless a failure speaks for the check
        found.append(_finding(check, policy, _folded(passed, moot, examined), examined=examined))
    elif not (fails or gaps or notes):   # nothing was examined: not a pass (docs/scoring.md, "not_applicable")
        found += [_finding(check, policy, o) for o in moot] or \
            [_finding(check, policy, Outcome.not_applicable(CLUSTER_OBJECT, "nothing to examine"))]
    return found


# an Enum member lookup (Status.PASS) costs more than a local name
_PASS, _FAIL, _GAP, _MOOT = Status.PASS, Status.FAIL, Status.NOT_ASSESSABLE, Status.NOT_APPLICABLE


def _partition(outcomes: list[Outcome]) -> tuple[list[Outcome], ...]:
    """(fails, gaps, accepted notes, passes, not applicable) in one pass: a 10,000-table audit yields some
    70,000 passes, and five filtering passes over them cost more than a check."""
    fails: list[Outcome] = []
    gaps: list[Outcome] = []
    notes: list[Outcome] = []
    passed: list[Outcome] = []
    moot: list[Outcome] = []
    for o in outcomes:
        s = o.status
        if s == _PASS:
            (notes if o.accepted else passed).append(o)
        elif s == _FAIL:
            fails.append(o)
        elif s == _GAP:
            gaps.append(o)
        elif s == _MOOT:
            moot.append(o)
    return fails, gaps, notes, passed, moot


def _folded(passed: list[Outcome], moot: list[Outcome], n: int) -> Outcome:
    """Passes (n objects, Outcome.passes counting many) fold into one finding; objects with nothing to examine
    beside them are only counted."""
    if len(passed) == 1 and passed[0].message and not moot:
        return passed[0]
    msg = f"{n} object{'s' if n != 1 else ''} examined, none failed"
    if moot:
        msg += f" ({len(moot)} not applicable)"
    return Outcome.ok(CLUSTER_OBJECT, msg + _referrals(passed))


def _referrals(passed: list[Outcome]) -> str:
    """'; role:analyst is reported by ROLE-005': objects a check leaves to the check that owns the same fact."""
    refs = sorted((o.object, o.evidence["reported_by"]) for o in passed if o.evidence.get("reported_by"))
    if not refs:
        return ""
    shown = ", ".join(f"{obj} by {cid}" for obj, cid in refs[:5])
    return f"; reported elsewhere: {shown}" + (f" and {len(refs) - 5} more" if len(refs) > 5 else "")


_AREA_ORDER = {a: i for i, a in enumerate(AREAS)}


def _sort_key(f: Finding) -> tuple:
    return (_AREA_ORDER[f.area], f.check_id, f.status != "fail", f.object)


def evaluate(snap: Snapshot, policy: Policy | None = None, *, checks: Iterable[Check] | None = None,
             progress: Callable[[Check], None] | None = None, today: dt.date | None = None) -> AuditResult:
    policy = policy or Policy()
    if checks is not None:            # hand-picked checks (tests, tools) run as given
        chosen = tuple(checks)
    else:
        registry = load_checks()
        policy = resolve_policy(policy, registry)       # a no-op when the CLI resolved it already
        assert policy.resolved is not None
        chosen = tuple(c for c in registry.values() if c.id in policy.resolved.check_ids)
    waiver_ids = policy.resolved.waiver_ids if policy.resolved is not None else None
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    ctx = Context(snap, policy)
    findings: list[Finding] = []
    schema_audit = snap.target.schema is not None
    unseeded = snap.target.schema is not None and not snap.target.schema.seeded
    for check in chosen:
        if schema_audit and check.area in SERVER_ONLY_AREAS:
            findings.append(_finding(check, policy, Outcome.not_applicable(CLUSTER_OBJECT, SCHEMA_AUDIT_NA)))
        elif unseeded and check.id in SAMPLED_ONLY:
            findings.append(_finding(check, policy, Outcome.not_applicable(CLUSTER_OBJECT, UNSEEDED_SKIP)))
        elif unseeded and check.id in VALUE_CHECKS:
            findings.extend(replace(f, message=UNSEEDED_NA) if f.status == Status.NOT_APPLICABLE else f
                            for f in run_check(check, ctx))
        else:
            findings.extend(run_check(check, ctx))
        if progress:
            progress(check)
    findings, notes = apply_waivers(findings, policy.waivers, today or started.date(), waiver_ids)
    sections = _sections(ctx, {c.area for c in chosen})
    findings.sort(key=_sort_key)
    return AuditResult(snapshot=snap, policy=policy, checks=chosen, findings=tuple(findings),
                       started_at=started.isoformat(timespec="seconds"),
                       finished_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                       duration_s=round(time.perf_counter() - t0, 3), sections=sections, waiver_notes=tuple(notes))


# The report's sections, built by the analysis layer (not by checks) for the areas that ran:
# the access review of the grants area and the personal-data inventory of the sensitive-data area.
SECTIONS: tuple[tuple[str, str, Callable[[Context], Any]], ...] = (
    ("grants", "access_matrix", build_access_matrix),
    ("sensitive_data", "data_inventory", data_inventory),
)


def _sections(ctx: Context, areas: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for area, key, build in SECTIONS:
        if area not in areas:
            continue
        try:
            out[key] = build(ctx)
        except Exception as exc:  # noqa: BLE001 - a section must not sink the report
            out[key] = {"error": _sanitize(exc)}
    return out
