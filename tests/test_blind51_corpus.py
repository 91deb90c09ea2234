"""The fifty-first blind corpus part (schemas ba_*): well-formed labels, its size, and that it loads into a real cluster
with its foreign keys. It is deliberately not measured here: the maintainer reads it once, after tuning."""
from __future__ import annotations

import random

import pytest

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.generate import BLIND51, labels, rows
from tests.corpus.gens import Ctx
from tests.helpers import load_corpus


def test_keys_are_unique_and_labels_known():
    keys = [(t.schema, t.name, c.name) for t in BLIND51 for c in t.cols]
    assert len(keys) == len(set(keys))
    assert {label for label in labels(BLIND51).values()} <= set(CATEGORIES) | {"none"}


def test_size_and_schemas():
    assert sum(len(t.cols) for t in BLIND51) >= 350
    schemas = {t.schema for t in BLIND51}
    assert len(schemas) >= 6 and all(s.startswith("ba_") for s in schemas)
    assert all(t.rows <= 150 for t in BLIND51)
    assert sum(t.rows >= 80 for t in BLIND51) >= 0.75 * len(BLIND51)     # the rest: roles, apps, staff, branches


def test_values_need_no_faker():
    """Every value comes from the hand-written pools: rows generate with the Faker slots of the context empty."""
    c = Ctx(None, None, None, random.Random(7), None, None)
    assert all(len(rows(t, c)) == t.rows for t in BLIND51)


@pytest.fixture
def blind51_db(pg15):
    with pg15.fresh_database("blind51") as db:
        yield db


def test_loads_with_foreign_keys(blind51_db):
    got = load_corpus(blind51_db, BLIND51, "ba_")
    assert got.foreign_keys == sum(len(t.extra) for t in BLIND51) > 30
    assert got.rows == {(t.schema, t.name): t.rows for t in BLIND51}
