"""Round 18, fitted to `s_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 18"), with the figures without them: a Hungarian party
registry's words (names, the mother's name, address, birth date, tax and identity-card numbers, bank account, union
membership, voting intention, previous party); a Ghent home-nursing practice's Dutch words (vital signs, aids, wound
type and dressing, the route of administration, the prescriber, the key safe's code, the national numbers by their
Belgian names); a Colombian flower grower's (`NOMBRES`, the tetanus vaccine, the payroll account); the Irish PPSN by
name. terms.py registers them, lexicon.py the vital signs and a clinical event's columns.
"""
from __future__ import annotations

PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("vezeteknev", "keresztnev", "teljes nev", "anyja neve", "adomanyozo neve",
                                "lakos nev", "elnok nev", "nombres"),
    ("person_name", "weak"): ("nev", "voorschrijver"),
    ("person_name", "context"): ("naam",),
    ("postal_address", "strong"): ("lakcim", "iranyitoszam", "utca hazszam"),
    ("birth_date", "strong"): ("szuletesi datum",),
    ("national_id", "strong"): ("adoazonosito jel", "szemelyi igazolvany", "rijksregisternummer", "eid kaartnummer",
                                "ppsn"),
    ("bank_account", "strong"): ("bankszamlaszam", "cuenta nomina"),
    ("secret_token", "strong"): ("sleutelkluis code",),
    ("health", "strong"): ("hulpmiddelen", "wondtype", "verband", "toedieningswijze", "vacuna tetano"),
}
# A clinical event's generic columns (lexicon.py): a home-nursing visit's service, an occupational exam's verdict,
# a PrEP prescription's regimen.
CLINICAL_GENERIC = frozenset({"prestatie", "concepto", "regimen"})
# Vital signs (lexicon.py: clinical columns and vital signs): pulse, temperature, blood sugar, oxygen saturation.
VITALS = frozenset({"pols", "temperatuur", "glycemie", "saturatie"})
SPECIAL: dict[str, tuple[str, ...]] = {
    "trade_union": ("szakszervezeti tag",),
    "political_opinion": ("szavazasi szandek", "korabbi part"),
}
