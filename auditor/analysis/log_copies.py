"""Log tables that whole-row audit triggers fill from tables holding personal data: the targets row_images.py found
in trigger bodies at collection, joined with the classifier's verdicts."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from auditor.analysis.sensitivity import PERSONAL, sensitive_tables
from auditor.model.snapshot import Relation, RowImageWriter, TableRef

if TYPE_CHECKING:
    from auditor.analysis.context import Context


def _writers(ctx: "Context") -> dict[tuple[str, str], list[RowImageWriter]]:
    """(database, "schema.function") -> the row-image writers of that name (overloads share the trigger's name)."""
    out: dict[tuple[str, str], list[RowImageWriter]] = {}
    for w in ctx.snap.row_image_writers or ():
        out.setdefault((w.database, f"{w.schema}.{w.name}"), []).append(w)
    return out


def _resolve(ctx: "Context", database: str, fn_schema: str, ref: TableRef) -> Relation | None:
    """The log table an INSERT names: schema-qualified as written, else the function's schema, then public."""
    for schema in ((ref.schema,) if ref.schema else (fn_schema, "public")):
        rel = ctx.relation(database, schema, ref.name)
        if rel is not None and rel.kind in ("r", "p"):
            return rel
    return None


def log_copies(ctx: "Context") -> dict[tuple[str, str, str], dict[str, Any]]:
    """Log tables that whole-row audit triggers fill from tables holding personal data:
    (database, schema, table) -> {"sources": {"schema.table": [categories]}, "triggers": [...]}. The personal-data
    inventory lists these as holding copies."""
    return ctx.derive(_log_copies)


def _log_copies(ctx: "Context") -> dict[tuple[str, str, str], dict[str, Any]]:
    writers = ctx.derive(_writers)
    personal = sensitive_tables(ctx)
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for rel in ctx.snap.relations:
        cats = sorted(personal.get((rel.database, rel.schema, rel.name), frozenset()) & PERSONAL)
        if not cats:
            continue
        for t in rel.triggers:
            if t.enabled == "D":
                continue
            for w in writers.get((rel.database, t.function), ()):
                for ref in w.targets:
                    log = _resolve(ctx, rel.database, w.schema, ref)
                    if log is None or log.oid == rel.oid:
                        continue
                    entry = out.setdefault((log.database, log.schema, log.name), {"sources": {}, "triggers": []})
                    entry["sources"][f"{rel.schema}.{rel.name}"] = cats
                    entry["triggers"].append(f"{t.name} on {rel.schema}.{rel.name} ({t.function})")
    return out
