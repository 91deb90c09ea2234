"""The words rounds 26 onwards added (words26.py to words52.py), gathered in the order vocab.py registers them, so
that a new round adds its module here and vocab.py stays the older, shared vocabulary.

Each entry of ENTRIES is (category, strength, words, replace): `replace` registers the words over what the
vocabulary already knows (vocab._add); otherwise a known word keeps its meaning (vocab._add_new).
"""
from __future__ import annotations

from auditor.analysis.classify import (words26, words28, words29, words30, words31, words32, words33, words34, words35,
                                       words36, words37, words38, words39, words40, words41, words42,
                                       words43, words44, words45, words46, words47, words48, words49,
                                       words50, words51, words52)
from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK

Entry = tuple[str | None, str, tuple[str, ...], bool]

ENTRIES: list[Entry] = [
    # Round 26: neonatal and surveillance words, a national health id, a password in Polish and Russian.
    ("health", STRONG, tuple(words26.HEALTH_STRONG), False),
    ("health", CONTEXT, tuple(words26.HEALTH_CONTEXT), False),
    ("national_id", STRONG, tuple(words26.NATIONAL_ID), False),
    ("birth_date", STRONG, tuple(words26.BIRTH_PARTS), True),
    ("credentials", STRONG, tuple(words26.CREDENTIALS), False),
    ("postal_address", STRONG, tuple(words26.POSTAL), False),
    (None, STRONG, tuple(words26.NOT_HEALTH), True),
    ("criminal_record", STRONG, tuple(words26.CRIMINAL), False),
    # Round 28: a card's verification value, a password-reset key, who checked a record, eyesight and Kt/V.
    ("payment_card", STRONG, tuple(words28.PAYMENT_CARD), False),
    ("secret_token", STRONG, tuple(words28.SECRET_TOKEN), True),
    ("person_name", WEAK, tuple(words28.PERSON_WEAK), False),
    ("health", STRONG, (*words28.HEALTH_STRONG, *words28.LAB_ABOUT_PEOPLE), False),
    ("national_id", STRONG, tuple(words28.NATIONAL_ID), False),
    ("national_id", CONTEXT, tuple(words28.NATIONAL_ID_CONTEXT), False),
]
# Rounds 29 onwards, in the order they were written (a new round adds its module here and nowhere else in this file):
# each writes its words as strengths.Vocab, and some also name tables of people or of health, numeric health words,
# short person names and roles, gathered below from whichever rounds define them. A known word keeps its meaning
# unless the category is None (a known non-sensitive phrase) or the round overrides it (words31.OVERRIDE: `password
# hint`). What each round added is in its module's docstring.
_ROUNDS = (words29, words30, words31, words32, words33, words34, words35, words36, words37, words38, words39, words40,
           words41, words42, words43, words44, words45, words46, words47, words48, words49, words50, words51, words52)
for _cat, _strength, _words in (v for m in _ROUNDS for v in m.VOCAB):
    ENTRIES.append((_cat, _strength, tuple(_words), _cat is None or bool(words31.OVERRIDE & set(_words))))


def union(attr: str) -> frozenset[str]:
    """The words of `attr` over every round (29 onwards) that defines it."""
    return frozenset().union(*(getattr(m, attr) for m in _ROUNDS if hasattr(m, attr)))


NUMERIC_HEALTH = (words26.NUMERIC_HEALTH | words28.NUMERIC_HEALTH | frozenset(words28.LAB_ABOUT_PEOPLE)
                  | union("NUMERIC_HEALTH"))
GLUE = frozenset(words26.GLUE)
PERSON_TABLES = union("PERSON_TABLES")
HEALTH_TABLES = union("HEALTH_TABLES")
SHORT_PERSON = {k: v for m in _ROUNDS for k, v in getattr(m, "SHORT_PERSON", {}).items()}   # a later round wins
ROLE_WORDS = tuple(w for m in _ROUNDS for w in getattr(m, "ROLE_WORDS", ()))     # people named by their role (`mgr`)
IP_KEEP = set(words29.IP_KEEP)      # round 29: a login attempt's address is not vetoed as a count (`attempt_ip`)
