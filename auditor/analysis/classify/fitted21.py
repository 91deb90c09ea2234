"""Round 21, fitted to `w_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 21"), with the figures without them: a Slovak anti-doping
register's words (athlete, doping control officer and user as tables of people; first name, surname, the
chaperone, the federation's contact person, birth date, postal code, passport number, urine density, declared
medicines, the exemption's drug and justification, the lab's result, substance, concentration and T/E ratio, an
atypical blood passport, the Slovak ICD-10, a criminal-record extract and a criminal complaint, a STR profile).
terms.py registers them.
"""
from __future__ import annotations

PERSON_TABLES = frozenset({"sportovec", "sportovci", "kontrolor", "kontrolori", "pouzivatel", "pouzivatelia"})
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("meno", "priezvisko", "meno priezvisko", "sprievodca", "kontakt osoba"),
    ("birth_date", "strong"): ("dat nar",),
    ("postal_address", "strong"): ("psc",),
    ("national_id", "strong"): ("cislo pasu",),
    ("health", "strong"): ("hustota mocu", "lieky deklarovane", "liek", "zdovodnenie", "latka", "koncentracia",
                           "t e pomer", "atypicky", "mkch10"),
}
SPECIAL: dict[str, tuple[str, ...]] = {
    "criminal_record": ("vypis rt zaznam", "trestne oznamenie"),
    "genetic": ("str profil",),
}
