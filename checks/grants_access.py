"""GRANT-012: sensitive columns readable by PUBLIC, by more login roles than the policy allows, or by roles it
does not allow. The readers come from the access matrix (auditor.analysis.access_matrix), the report section
an access review reads; this check judges them against the policy's reader limits. Readers through an
owner-rights view or a materialized view count beside the direct ones: they read the same values."""
from __future__ import annotations

from typing import Any, Iterator

from auditor.analysis.access_matrix import column_readers, disallowed, disallowed_roles, list_ids, view_readers
from auditor.analysis.context import Context
from auditor.checks._common import ident
from auditor.checks._dbgaps import per_database
from auditor.model.names import column_object
from auditor.model.results import Outcome, Severity

_EVIDENCE = 10


def _evidence_memo(ctx: Context) -> dict[tuple[int, tuple[str, ...]], list[str]]:
    return {}


@per_database
def sensitive_column_readers(ctx: Context) -> Iterator[Outcome]:
    """Sensitive columns readable by PUBLIC, by more login roles than the policy allows, or by roles it does not."""
    limit = ctx.thresholds.max_sensitive_readers
    ids = ctx.derive(list_ids)
    memo = ctx.derive(_evidence_memo)
    fixes: dict[tuple[str, str, str, bool], str] = {}
    passed = 0
    for cr in column_readers(ctx):
        rel, col, rs = cr.rel, cr.column, cr.readers
        vr = view_readers(ctx, cr)
        counted = rs.counted() + len(vr.roles)
        bad = disallowed(ctx, cr) + disallowed_roles(ctx, cr.categories, list(vr.roles))
        public = cr.public or bool(vr.public_views)
        over = counted > limit
        if cr.speculative or not (public or over or bad):
            passed += 1     # free text is listed in the matrix for review; it fails only once values show PII
            continue
        obj = column_object(rel.database, rel.schema, rel.name, col.name)
        what = f"{rel.schema}.{rel.name}.{col.name} ({', '.join(cr.categories)})"
        through = f" (through {', '.join(vr.public_views)})" if not cr.public and vr.public_views else ""
        if public:
            msg = f"sensitive column {what} is readable by PUBLIC{through}: every login role ({counted}) can select it"
        elif over:
            msg = f"sensitive column {what} is readable by {counted} login roles, more than the {limit} the policy allows"
        else:
            msg = f"sensitive column {what} is readable by {', '.join(bad)}, not allowed for {', '.join(cr.categories)}"
        if vr.roles:
            msg += f"; {len(vr.roles)} of them only through views"
        key = (id(rs), tuple(bad))
        readers = memo.get(key) if not vr.roles else None
        if readers is None:
            listed = bad or [*rs.counted_roles(), *vr.roles]
            readers = [f"{r}: {'; '.join(rs[r].via) if r in rs else 'through ' + ', '.join(vr.roles[r])}"
                       for r in listed[:_EVIDENCE]]
            if not vr.roles:
                memo[key] = readers
        fkey = (rel.database, rel.schema, rel.name, cr.public)
        fix = fixes.get(fkey)
        if fix is None:
            tbl = ident(rel.schema, rel.name)
            fix = fixes[fkey] = (f"REVOKE SELECT ON TABLE {tbl} FROM PUBLIC;\n" if cr.public else "") + \
                f"REVOKE SELECT ON TABLE {tbl} FROM /* roles without a need */;\n" \
                f"GRANT SELECT (/* non-sensitive columns */) ON TABLE {tbl} TO /* those roles */;"
        if vr.roles or vr.public_views:
            views = sorted({v for vs in vr.roles.values() for v in vs} | set(vr.public_views))
            fix += "\n-- also the views that read it with their owner's rights (or make a view security_invoker):\n" + \
                "\n".join(f"-- {v}: REVOKE SELECT ... FROM /* roles without a need */;" for v in views)
        evidence: dict[str, Any] = dict(
            categories=list(cr.categories), public=public, reader_count=counted, limit=limit, readers=readers,
            disallowed=bad, access_matrix_list=ids[id(rs)], routes={f"{k}:{g}" if g else k: n for k, g, n in rs.routes()})
        if vr.roles or vr.public_views:
            evidence.update(view_readers=len(vr.roles), public_views=list(vr.public_views))
        yield Outcome.fail(obj, msg, severity=Severity.CRITICAL if public else None, fix=fix, **evidence)
    if passed:
        yield Outcome.passes(passed)
