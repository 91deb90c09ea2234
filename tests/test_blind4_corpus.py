"""The fourth blind corpus part (g_*, tests/corpus/blind4.py): well-formed labels, its size, and that it loads with
its foreign keys into a real cluster. It is not measured here (see docs/blind4-corpus.md)."""
from __future__ import annotations

import pytest

from auditor.analysis.sensitivity import CATEGORIES
from tests.corpus.generate import BLIND4, labels
from tests.helpers import load_corpus


def test_keys_unique_and_labels_known():
    keys = [(t.schema, t.name, c.name) for t in BLIND4 for c in t.cols]
    assert len(keys) == len(set(keys))
    assert {(t.schema, t.name) for t in BLIND4}.__len__() == len(BLIND4)
    assert set(labels(BLIND4).values()) <= set(CATEGORIES) | {"none"}


def test_size_and_schemas():
    assert len(labels(BLIND4)) >= 500
    schemas = {t.schema for t in BLIND4}
    assert len(schemas) >= 7 and all(s.startswith("g_") for s in schemas)
    assert all(80 <= t.rows <= 150 or t.rows <= 20 for t in BLIND4)


@pytest.fixture
def blind4_db(pg15):
    with pg15.fresh_database("blind4") as db:
        yield db


def test_loads_with_foreign_keys(blind4_db):
    got = load_corpus(blind4_db, BLIND4, "g_")
    assert got.tables == len(BLIND4)
    assert got.foreign_keys == sum(len(t.extra) for t in BLIND4)
    rows = blind4_db.execute('SELECT count(*) FROM g_gnuhealth.gnuhealth_patient_disease d '
                             'JOIN g_gnuhealth.gnuhealth_patient p ON p.id = d.name')[0][0]
    assert rows == 150
