"""What sampling read of each table, and why a table or column has no sampled values (a gap the collector recorded,
row-level security, an empty table). Split from sensitivity.py, which reads these for every verdict."""
from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.analysis.classify import names
from auditor.model.snapshot import ColumnSample, Gap, Relation

if TYPE_CHECKING:
    from auditor.analysis.context import Context


def _samples_by_table(ctx: "Context") -> dict[tuple[str, str, str], dict[str, ColumnSample]]:
    out: dict[tuple[str, str, str], dict[str, ColumnSample]] = {}
    for s in ctx.snap.samples or ():
        out.setdefault((s.database, s.schema, s.table), {})[s.column] = s
    return out


def samples_by_table(ctx: "Context") -> dict[tuple[str, str, str], dict[str, ColumnSample]]:
    """(database, schema, table) -> column -> ColumnSample."""
    return ctx.derive(_samples_by_table)


def _gaps(ctx: "Context") -> dict[str, Gap]:
    return {g.item: g for g in ctx.snap.gaps}


def sample_gap(ctx: "Context", rel: Relation) -> Gap | None:
    """Why `rel` has no sampled values (denied, timed out, capped), if the collector recorded a reason."""
    from auditor.model.gaps import database_gap_item, sample_gap_item

    if ctx.snap.samples is None:
        return None
    gaps = ctx.derive(_gaps)
    return gaps.get(sample_gap_item(rel)) or gaps.get(database_gap_item(rel.database))


def _rls_unread(ctx: "Context") -> tuple[Relation, ...]:
    from auditor.model.gaps import RLS_MISSING, sample_gap_item

    if ctx.snap.samples is None:
        return ()
    gaps = ctx.derive(_gaps)
    return tuple(r for r in ctx.snap.relations
                 if (g := gaps.get(sample_gap_item(r))) is not None and g.missing == RLS_MISSING)


def rls_unread_tables(ctx: "Context") -> tuple[Relation, ...]:
    """Tables the sampler left unread because their RLS policies would have run as the auditing role."""
    return ctx.derive(_rls_unread)


def no_values_reason(ctx: "Context", rel: Relation, sampled: dict[str, ColumnSample] | None) -> str:
    from auditor.model.gaps import sample_gap_item

    if ctx.snap.samples is None:
        return "sampling off"
    if sampled:
        first = next(iter(sampled.values()))
        if first.rows == 0:
            # rls_filtered: only in snapshots taken before the sampler ran with row_security = off
            return "rls-filtered (0 rows visible)" if first.rls_filtered else "empty table"
        return "column not readable" if ctx.derive(_gaps).get(sample_gap_item(rel)) else "column not sampled"
    return "table not sampled (see gaps)" if sample_gap(ctx, rel) else "table not sampled"


def empty_throughout(sample: ColumnSample | None, hint: names.NameHint | None, bound: int) -> bool:
    """Round 16: the sample read the whole table (a plain LIMIT returned fewer rows than the bound) and the column held
    no value in any row: a name alone then reports no one's data (a payment's empty CVV message, a customer's unused
    fax). A secret, a credential or an e-mail stays reported: an account's workflows fill them (a reset, a pending
    address change, Devise's `unconfirmed_email`), so they are empty most of the time."""
    return sample is not None and sample.non_null == 0 and 0 < sample.rows < bound and sample.method == "limit" and (
        hint is not None and hint.category not in _KEPT_EMPTY)


_KEPT_EMPTY = frozenset({"secret_token", "credentials", "email"})
