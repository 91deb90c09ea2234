"""What a table's column names alone hint at, per column list and table context.

Without sampled values the same columns in the same kind of table give the same hints, and a schema-per-tenant
cluster repeats one table thousands of times: the hints are worked out once per column list (memoised by the
list's identity, column_memo.py) and kind of table, so a repeated table costs two dict lookups."""
from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from auditor.analysis.classify import conventions, entity, names
from auditor.analysis.classify.column_memo import by_identity, column_names
from auditor.model.snapshot import Column

HintKey = tuple[str, str, str | None, str | None]
Hinted = tuple[tuple[int, names.NameHint, str], ...]
_HINT_KEY = attrgetter("name", "type", "base_type", "comment")


def spelled(columns: tuple[Column, ...]) -> tuple[str, ...]:
    """conventions.spelled of the list's column names: `no_mae` -> `nome_mae` where the table spells names so."""
    return conventions.spelled(column_names(columns))


@by_identity
def _seen(columns: tuple[Column, ...]) -> dict[tuple[str, str, tuple[bool, bool]], Hinted]:
    """The hints found for this column list so far, per kind of table, table name and context."""
    return {}


def hinted(kind: str, table: str, table_ctx: tuple[bool, bool], columns: tuple[Column, ...]) -> Hinted:
    """(position, hint, type class) of the columns whose names hint at a category. `table` is the table's name
    where the hints read it (entity.hint_at), else ''."""
    seen = _seen(columns)
    got = seen.get((kind, table, table_ctx))
    if got is None:
        got = seen[(kind, table, table_ctx)] = _hinted(kind, table, table_ctx, _keys(columns))
    return got


def _keys(columns: tuple[Column, ...]) -> tuple[HintKey, ...]:
    """(name as spelled, type, base type, comment) of each column: built for a list not met before, then freed
    (kept per list, 200,000 small tuples would stay alive for nothing where lists are not shared)."""
    said = spelled(columns)
    return tuple(map(_HINT_KEY, columns)) if said == column_names(columns) else tuple(
        (said[i], c.type, c.base_type, c.comment) for i, c in enumerate(columns))


@lru_cache(maxsize=16384)
def _hinted(kind: str, table: str, table_ctx: tuple[bool, bool], columns: tuple[HintKey, ...]) -> Hinted:
    """Per column list by value: lists that are equal but not shared (a snapshot read from a file) still meet here."""
    out = []
    for i, (name, type_, base, comment) in enumerate(columns):
        h, tclass = entity.hint_at(kind, table, name, type_, base, table_ctx, comment)
        if h is not None:
            out.append((i, h, tclass))
    return tuple(out)
