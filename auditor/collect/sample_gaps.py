"""The gaps a sample leaves: why a table was not read, from the error class and SQLSTATE only (a server message can
quote a value), bounded per database so that 10,000 refused tables make one gap, not 10,000."""
from __future__ import annotations

from typing import Sequence

from auditor.collect import faults
from auditor.model.gaps import RLS_MISSING, database_gap_item, sample_gap_item
from auditor.model.snapshot import Gap, Relation

MAX_TABLE_GAPS = 25          # per database; beyond that one summary gap names the count
READ_ALL = "pg_read_all_data"


def why(exc: BaseException, phase: str = "sampling this table") -> tuple[str, str]:
    """(missing, detail) for a failed sample, from the error class and SQLSTATE only: server messages may quote
    values. A lost connection or an unexpected error is a fault (see is_fault), a denial or timeout is not."""
    f = faults.classify(exc)
    if f.kind == faults.DENIED:
        return "", f"permission denied (SQLSTATE {f.state})"
    if f.kind == faults.TIMEOUT:
        return "a larger thresholds.sample_timeout_ms", f"sampling query timed out (SQLSTATE {f.state})"
    if f.kind == faults.LOCKED:
        return "the table free of ACCESS EXCLUSIVE locks", f"table locked (SQLSTATE {f.state})"
    return f.missing, f.detail(phase)


def is_fault(exc: BaseException) -> bool:
    return faults.classify(exc).kind in (faults.LOST, faults.UNEXPECTED)


def failure_gaps(database: str, total: int, failed: Sequence[tuple[Relation, BaseException]]) -> list[Gap]:
    """Tables whose sample raised (denials excluded): a lost connection is one gap for the database, whatever
    the number of tables it cost; other errors are one gap per table, or one per kind beyond MAX_TABLE_GAPS."""
    lost: list[tuple[str, str | None]] = []
    kinds: dict[tuple[str, str, bool], list[Relation]] = {}
    for rel, exc in failed:
        f = faults.classify(exc)
        if f.kind == faults.LOST:
            lost.append((rel.schema + "." + rel.name, f.state))
        else:
            missing, detail = why(exc)
            kinds.setdefault((missing or f"CONNECT on database {database}", detail, is_fault(exc)), []).append(rel)
    out = []
    if lost:
        lost.sort()
        states = sorted({s for _, s in lost if s})
        said = f" (SQLSTATE {', '.join(states)})" if states else " (no SQLSTATE)"
        out.append(Gap(database_gap_item(database), faults.Fault(faults.LOST).missing,
                       f"connection lost while sampling database {database}{said}: {len(lost)} of {total} tables "
                       f"not sampled, e.g. {', '.join(n for n, _ in lost[:5])}", True))
    for (missing, detail, fault), rels in kinds.items():
        rels.sort(key=lambda r: (r.schema, r.name))
        if len(rels) <= MAX_TABLE_GAPS:
            out.extend(Gap(sample_gap_item(r), missing, detail, fault) for r in rels)
        else:
            shown = ", ".join(r.schema + "." + r.name for r in rels[:5])
            out.append(Gap(database_gap_item(database), missing,
                           f"{len(rels)} tables not sampled: {detail}, e.g. {shown}", fault))
    return out


def rls_gap(rel: Relation) -> Gap:
    return Gap(sample_gap_item(rel), RLS_MISSING,
               "values not sampled: row-level security applies to the auditing role, and pgcomply does not run "
               "the policies of the audited database")


def denied_gaps(database: str, rels: Sequence[Relation], denied: Sequence[str]) -> list[Gap]:
    """Tables the auditing role may not read: one gap each, or one for the database beyond MAX_TABLE_GAPS."""
    if len(denied) <= MAX_TABLE_GAPS:
        by_name = {r.schema + "." + r.name: r for r in rels}
        return [Gap(sample_gap_item(by_name[d]), f"SELECT on {d} (or {READ_ALL})",
                    "values not sampled: the auditing role may not read this table") for d in denied]
    shown = ", ".join(denied[:5])
    return [Gap(database_gap_item(database), f"SELECT on {len(denied)} tables (or {READ_ALL})",
                f"values not sampled in {len(denied)} tables the auditing role may not read, e.g. {shown}")]
