"""The second blind corpus (tests/corpus/blind2.py): well formed, and it loads with its foreign keys.

It is never measured here: the maintainer measures the tuned classifier on it once."""
from __future__ import annotations

import re
from collections import Counter

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.generate import BLIND2, labels, load


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
    with pg15.fresh_database("blind2") as db, db.connect() as conn:
        load(conn, BLIND2)
        conn.commit()
        cols = conn.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema LIKE 'c\\_%'").fetchone()
        fks = conn.execute("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
                           "WHERE c.contype = 'f' AND n.nspname LIKE 'c\\_%'").fetchone()
        empty = [t.name for t in BLIND2 if conn.execute(f'SELECT count(*) FROM "{t.schema}"."{t.name}"').fetchone()[0]
                 != t.rows]
    assert cols[0] == len(labels(BLIND2))
    assert fks[0] >= 60
    assert not empty
