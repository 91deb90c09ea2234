"""The third blind corpus part (tests/corpus/blind3.py, schemas e_*): its shape, its labels, and that it loads into a
real cluster with its foreign keys. The classifier is deliberately not run on it here (see docs/blind3-corpus.md)."""

from __future__ import annotations

from collections import Counter

import pytest

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.generate import BLIND3, _ctx, labels, rows
from tests.helpers import load_corpus


def test_keys_are_unique_and_labels_known():
    keys = [(t.schema, t.name, c.name) for t in BLIND3 for c in t.cols]
    assert len(keys) == len(set(keys))
    assert set(labels(BLIND3).values()) <= set(CATEGORIES) | {"none"}


def test_size_and_schemas():
    assert len(labels(BLIND3)) >= 450
    schemas = {t.schema for t in BLIND3}
    assert len(schemas) >= 7
    assert all(s.startswith("e_") for s in schemas)
    assert all(80 <= t.rows <= 150 for t in BLIND3)


def test_every_sensitive_column_has_values():
    """A column labelled sensitive holds some non-empty values (labels follow the generated contents)."""
    c = _ctx()
    empty = []
    for t in BLIND3:
        data = rows(t, c)
        for k, col in enumerate(t.cols):
            filled = Counter(r[k] not in (None, "") for r in data)
            if (
                col.label != "none"
                and filled[True] < len(data) // 4
                and col.label not in ("health", "secret_token", "credentials")
            ):
                empty.append((t.schema, t.name, col.name, filled[True]))
    assert not empty


@pytest.fixture
def blind3_db(pg15):
    with pg15.fresh_database("blind3") as db:
        yield db


def test_loads_with_foreign_keys(blind3_db):
    got = load_corpus(blind3_db, BLIND3, "e_")
    assert got.columns == len(labels(BLIND3))
    declared = sum(1 for t in BLIND3 for stmt in t.extra if "FOREIGN KEY" in stmt)
    assert got.foreign_keys == declared >= 15
    for t in BLIND3:
        assert got.rows[(t.schema, t.name)] == t.rows
