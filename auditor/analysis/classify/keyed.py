"""Round 15: a serialised object's keys are column names.

Applications keep a person's birth date or tax number in a JSON metadata column (Saleor's and Spree's
`private_metadata`: `{"crm.fodselsdato": "1957-07-06"}`, `{"nif_fatura": "208159835"}`), where the column's own name
says nothing. A key the vocabulary reads as a birth date or an identity number, holding a value that fits it as a
column so named would, is read like that column. Only these two categories: an e-mail or a name inside an object
among other personal data is labelled free text (round 14's dropped rule).
"""
from __future__ import annotations

import json

from auditor.analysis.classify import names
from auditor.analysis.classify.decide import Verdict, protection_of
from auditor.analysis.classify.values import plausible
from auditor.model.snapshot import ColumnSample

PREFIX = "keyed:"       # ColumnSample.matches key: `keyed:birth_date` counts the objects holding one
_CATEGORIES = frozenset({"birth_date", "national_id"})
_FLOOR, _MIN = 0.1, 5     # as round 13's key-value rule: a tenth of the objects, five at least (an invoice's tax
# number is on some orders only)


def keyed_category(v: str) -> str | None:
    """The category a JSON object's key names and its value fits (`{"data_nascimento": "1960-06-18"}`), if any."""
    if len(v) > 2000 or v[-1] != "}":
        return None
    try:
        obj = json.loads(v)
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    for key, value in obj.items():
        if isinstance(value, str) and value and (category := _key_category(key)) and plausible(category, value):
            return category
    return None


def _key_category(key: str) -> str | None:
    hint = names.hint_for(key, "text", None, "", None)
    return hint.category if hint is not None and hint.strength == names.STRONG and (
        hint.category in _CATEGORIES) else None


def keyed_verdict(sample: ColumnSample) -> Verdict | None:
    """A column no name or value rule decided whose objects hold a birth date or an identity number under its key."""
    n = sample.non_null
    found = [(count, key[len(PREFIX):]) for key, count in sample.matches if key.startswith(PREFIX)]
    if not n or not found:
        return None
    count, category = max(found)
    if count < _MIN or count < _FLOOR * n:
        return None
    protection, _ = protection_of(sample, n)
    return Verdict(category, 0.6, (f"values:{category}={count / n:.2f}", "structure:keyed_object",
                                   f"sampled:{n}/{sample.rows}"), protection, "values", count / n)
