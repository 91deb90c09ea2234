"""The fifth blind corpus part (schemas h_*): well-formed labels, its size, and that it loads into a real cluster
with its foreign keys. It is not measured here: benchmarks/classifier_eval.py measures it (read blind after rounds 5
and 6, tuning data since round 7: docs/classifier.md)."""
from __future__ import annotations

import pytest

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.generate import BLIND5, labels
from tests.helpers import load_corpus


def test_keys_are_unique_and_labels_known():
    keys = [(t.schema, t.name, c.name) for t in BLIND5 for c in t.cols]
    assert len(keys) == len(set(keys))
    assert {label for label in labels(BLIND5).values()} <= set(CATEGORIES) | {"none"}


def test_size_and_schemas():
    assert sum(len(t.cols) for t in BLIND5) >= 500
    schemas = {t.schema for t in BLIND5}
    assert len(schemas) >= 7 and all(s.startswith("h_") for s in schemas)
    assert all(t.rows <= 150 for t in BLIND5)
    assert sum(t.rows >= 80 for t in BLIND5) >= 0.75 * len(BLIND5)     # the rest are catalogues and staff tables


@pytest.fixture
def blind5_db(pg15):
    with pg15.fresh_database("blind5") as db:
        yield db


def test_loads_with_foreign_keys(blind5_db):
    got = load_corpus(blind5_db, BLIND5, "h_")
    assert got.foreign_keys == sum(len(t.extra) for t in BLIND5) > 30
    assert got.rows == {(t.schema, t.name): t.rows for t in BLIND5}
