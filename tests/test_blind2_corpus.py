"""The second blind corpus (tests/corpus/blind2.py): well formed, and it loads with its foreign keys.

It is never measured here: the maintainer measures the tuned classifier on it once."""
from __future__ import annotations

import re
from collections import Counter

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.generate import BLIND2, labels
from tests.helpers import load_corpus


def test_keys_are_unique_and_labels_known() -> None:
    keys = Counter((t.schema, t.name, c.name) for t in BLIND2 for c in t.cols)
    assert not [k for k, n in keys.items() if n > 1]
    assert set(labels(BLIND2).values()) <= set(CATEGORIES) | {"none"}


def test_size_and_spread() -> None:
    assert len(labels(BLIND2)) >= 450
    schemas = {t.schema for t in BLIND2}
    assert len(schemas) >= 7 and all(s.startswith("c_") for s in schemas)
    assert all(80 <= t.rows <= 150 for t in BLIND2)
    assert sum(1 for v in labels(BLIND2).values() if v != "none") >= 150


def test_foreign_keys_name_existing_columns() -> None:
    cols = {(t.schema, t.name): {c.name for c in t.cols} for t in BLIND2}
    for t in BLIND2:
        for stmt in t.extra:
            m = re.fullmatch(r"ALTER TABLE (\w+)\.(\w+) ADD FOREIGN KEY \((\w+)\) REFERENCES (\w+)\.(\w+) \((\w+)\)", stmt)
            assert m, stmt
            schema, table, column, pschema, ptable, pcolumn = m.groups()
            assert column in cols[(schema, table)] and pcolumn in cols[(pschema, ptable)], stmt


def test_loads_with_foreign_keys(pg15) -> None:
    with pg15.fresh_database("blind2") as db:
        got = load_corpus(db, BLIND2, "c_")
    assert got.columns == len(labels(BLIND2))
    assert got.foreign_keys >= 60
    assert not [t.name for t in BLIND2 if got.rows[(t.schema, t.name)] != t.rows]
