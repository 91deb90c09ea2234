"""Round 25, fitted to `f_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 25"), with the figures without them: a Kazakh personnel
database's words, Russian transliterated (employees and relatives as tables of people, departments as an
organisation's; surname, given name, patronymic, full name (ФИО, `fio`), a doctor's and a head's full name, the
payee of alimony, birth date, identity card number, diagnosis and its МКБ-10 code, disability group, nationality,
criminal record, trade-union membership and dues). terms.py registers them.
"""
from __future__ import annotations

PERSON_TABLES = frozenset({"sotrudnik", "sotrudniki", "rodstvennik", "rodstvenniki"})
ORG_TABLES = frozenset({"podrazdelenie", "podrazdeleniya"})
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("familiya", "imya", "otchestvo", "fio lat", "vrach fio", "rukovoditel fio",
                                "alimenty poluchatel"),
    # `fio` alone only in a table of people: Portuguese `fio` is a wire (a cable's gauge)
    ("person_name", "context"): ("fio",),
    ("birth_date", "strong"): ("data rozhdeniya",),
    ("national_id", "strong"): ("udostoverenie nomer",),
    ("health", "strong"): ("diagnoz", "kod mkb", "invalidnost", "invalidnost gruppa"),
}
SPECIAL: dict[str, tuple[str, ...]] = {
    "ethnic_origin": ("natsionalnost",),
    "criminal_record": ("sudimost",),
    "trade_union": ("chlen profsoyuza", "profvznos"),
}
NUMERIC_SPECIAL = frozenset({"profvznos"})     # union dues deducted from pay, as a number
