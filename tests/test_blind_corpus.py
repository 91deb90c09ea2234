"""The blind corpus part (tests/corpus/blind*.py, schemas b_*) is well formed and loads; the classifier is not run here."""
from __future__ import annotations

from collections import Counter

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.blind import blind_tables
from tests.corpus.generate import labels
from tests.helpers import load_corpus

TABLES = blind_tables()


def test_keys_unique_and_labels_known():
    keys = Counter((t.schema, t.name, c.name) for t in TABLES for c in t.cols)
    assert [k for k, n in keys.items() if n > 1] == []
    assert {c.label for t in TABLES for c in t.cols} <= set(CATEGORIES) | {"none"}
    assert all(t.schema.startswith("b_") for t in TABLES)


def test_size():
    truth = labels(TABLES)
    assert len(truth) >= 400
    assert len({t.schema for t in TABLES}) >= 6
    assert all(80 <= t.rows <= 200 for t in TABLES)
    assert sum(label != "none" for label in truth.values()) >= 100


def test_loads_with_foreign_keys(fresh_db):
    got = load_corpus(fresh_db, TABLES, "b_")
    assert got.tables == len(TABLES)
    assert got.foreign_keys == sum(stmt.count("FOREIGN KEY") for t in TABLES for stmt in t.extra)
    for t in TABLES[:3]:
        assert got.rows[(t.schema, t.name)] == t.rows
