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
# Rounds 29 to 52 write their words as strengths.Vocab; a known word keeps its meaning unless the category is None
# (a known non-sensitive phrase) or the round overrides it (words31.OVERRIDE: `password hint`). Round 42: a
# technician's table, a login cookie, vaccination, the body mass index and glycaemia, French `religieuse`; round 43:
# Dutch `verblijfsadres` and `overtreding`, `telefoni` and `imeli`, Somali IP address and secret code, a mobile-money
# number; round 44: Tokelauan names, birth date and church, a payer, a tribe, an API key, contraindications; round 45:
# Turkish coordinates, card holder and identity number, Moldovan birth date, Russian eyesight and narcology, syphilis;
# round 46: Gagauz, Karakalpak and Turkish birth dates and names, the Moldovan IDNP, creole contacts, a reason;
# round 47: a disability's type, a medevac, a reset code and TOTP seed, a face template, a court outcome, UNHCR number;
# round 48: French `jeton`, the CIN, CIM-10, a guarantor and an escort, a Malagasy spouse, a Swedish PIN code;
# round 49: French `jeton`, `surnom` and the postnom, a church, `resus`, blood glucose, Medicare and DVA numbers;
# round 50: French key-box and alarm codes, `contact nom`, `intervenant`, Malay `poskod`, `suku`, `semakan polis`;
# round 51: Northern Sámi `poastanummir` (a postcode);
# round 52: West Frisian `kontaktpersoan`, West Frisian and Corsican postcodes.
for _cat, _strength, _words in (words29.VOCAB + words30.VOCAB + words31.VOCAB + words32.VOCAB + words33.VOCAB
                                + words34.VOCAB + words35.VOCAB + words36.VOCAB + words37.VOCAB + words38.VOCAB
                                + words39.VOCAB + words40.VOCAB + words41.VOCAB + words42.VOCAB + words43.VOCAB
                                + words44.VOCAB + words45.VOCAB + words46.VOCAB + words47.VOCAB + words48.VOCAB
                                + words49.VOCAB + words50.VOCAB + words51.VOCAB + words52.VOCAB):
    ENTRIES.append((_cat, _strength, tuple(_words), _cat is None or bool(words31.OVERRIDE & set(_words))))

NUMERIC_HEALTH = (words26.NUMERIC_HEALTH | words28.NUMERIC_HEALTH | frozenset(words28.LAB_ABOUT_PEOPLE)
                  | words29.NUMERIC_HEALTH | words33.NUMERIC_HEALTH | words36.NUMERIC_HEALTH | words38.NUMERIC_HEALTH
                  | words40.NUMERIC_HEALTH | words42.NUMERIC_HEALTH | words47.NUMERIC_HEALTH
                  | words49.NUMERIC_HEALTH)
GLUE = frozenset(words26.GLUE)
PERSON_TABLES = (words33.PERSON_TABLES | words34.PERSON_TABLES | words35.PERSON_TABLES | words36.PERSON_TABLES
                 | words37.PERSON_TABLES | words38.PERSON_TABLES | words42.PERSON_TABLES | words46.PERSON_TABLES
                 | words47.PERSON_TABLES | words48.PERSON_TABLES | words49.PERSON_TABLES)
HEALTH_TABLES = words33.HEALTH_TABLES | words36.HEALTH_TABLES | words37.HEALTH_TABLES | words46.HEALTH_TABLES
SHORT_PERSON = dict(words33.SHORT_PERSON) | words37.SHORT_PERSON | words48.SHORT_PERSON
ROLE_WORDS = (words29.ROLE_WORDS + words33.ROLE_WORDS + words46.ROLE_WORDS      # people named by their role (`mgr`);
              + words48.ROLE_WORDS)                                           # r48: a guarantor, an escort
IP_KEEP = set(words29.IP_KEEP)      # round 29: a login attempt's address is not vetoed as a count (`attempt_ip`)
