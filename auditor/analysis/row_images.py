"""Trigger functions that copy whole rows: to_jsonb(NEW), row_to_json(OLD), hstore(NEW) written somewhere.

An audit trigger built this way copies every column of the watched table, personal data included, into its log
table. The collector runs this over function bodies as they arrive (like sql_secrets) and keeps only the tables
such a body INSERTs into, never the body. Read through PostgreSQL's own lexer, so comments and quoting are
understood; a body that does not lex yields nothing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pglast.parser import ParseError, scan

from auditor.analysis.sensitivity import PERSONAL, sensitive_tables
from auditor.model.snapshot import Relation, RowImageWriter, TableRef

if TYPE_CHECKING:
    from auditor.analysis.context import Context

# functions that turn a row variable into one value holding all its columns
_IMAGE_FUNCTIONS = frozenset({"to_jsonb", "to_json", "row_to_json", "hstore", "jsonb_populate_record", "row"})
_ROW_VARIABLES = frozenset({"NEW", "OLD"})


def _name(token: str) -> str:
    """An identifier as PostgreSQL folds it: quoted kept as written, bare lower-cased."""
    return token[1:-1].replace('""', '"') if token.startswith('"') else token.lower()


def row_image_targets(body: str | None) -> tuple[tuple[str | None, str], ...]:
    """Tables ((schema or None, table), as written) the body INSERTs into when it builds a row image of NEW/OLD."""
    if not body:
        return ()
    try:
        tokens = [(t.name, body[t.start:t.end + 1]) for t in scan(body) if not t.name.endswith("COMMENT")]
    except ParseError:
        return ()
    image = any(tokens[i][1].lower() in _IMAGE_FUNCTIONS and tokens[i + 1][1] == "("
                and tokens[i + 2][1].upper() in _ROW_VARIABLES
                for i in range(len(tokens) - 2))
    if not image:
        return ()
    targets: list[tuple[str | None, str]] = []
    for i in range(len(tokens) - 2):
        if tokens[i][0] == "INSERT" and tokens[i + 1][0] == "INTO":
            first = _name(tokens[i + 2][1])
            if i + 4 < len(tokens) and tokens[i + 3][1] == ".":
                targets.append((first, _name(tokens[i + 4][1])))
            else:
                targets.append((None, first))
    return tuple(dict.fromkeys(targets))


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
