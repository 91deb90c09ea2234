"""Round 13: the value column of a key-value (attribute) table, read by the table's shape.

Applications that let users add fields keep one attribute per row: a key or a field reference beside one value
column (WordPress's `wp_usermeta`, Keycloak's `user_attribute`, a help desk's form answers, a tracker's attribute
values, a shop's generic attributes). A person's phone or name then fills only the rows of its key, a fifth or a
tenth of the column, never the most of it that a column's verdict by values needs. The table's shape says that the
rows are of different kinds, so a smaller share of values of one personal category is enough (decide.attribute_values).
"""
from __future__ import annotations

from auditor.analysis.classify import names
from auditor.analysis.classify.column_memo import by_identity
from auditor.model.snapshot import Column

_VALUE = frozenset("value val wert valor valeur waarde wartosc configvalue propertyvalue".split())
_KEY = frozenset("key name field attribute attr property prop configkey option setting".split())
_PREFIX = _KEY | {"meta", "config", "data"}          # `meta_value`, `attribute_value`; not `long_value`, `value_compact`
_KEYED = ("attribute", "field", "property")         # glued into a reference: `trackedentityattributeid`
_TEXT = frozenset({"text", "character varying", "varchar", "character", "bpchar", "json", "jsonb"})


@by_identity
def value_columns(columns: tuple[Column, ...]) -> frozenset[str]:
    """The table's one text column named for a value (`value`, `meta_value`, `configvalue`), when another column
    names the attribute it holds (`meta_key`, `name`, `field_id`, `trackedentityattributeid`); otherwise none."""
    values = [c.name for c in columns if _is_text(c) and (toks := names.tokens(c.name)) and toks[-1] in _VALUE and (
        _PREFIX.issuperset(toks[:-1]))]
    if len(values) != 1:
        return frozenset()      # none, or several: not one value per row (its variants, `long_value`, do not count)
    keyed = any(c.name != values[0] and (not _KEY.isdisjoint(toks := names.tokens(c.name)) or any(
        k in t for t in toks for k in _KEYED)) for c in columns)
    return frozenset(values) if keyed else frozenset()


def _is_text(col: Column) -> bool:
    t = (col.base_type or col.type).split("(")[0].strip()
    return t in _TEXT
