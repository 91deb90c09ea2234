"""Round 19, fitted to `t_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 19"), with the figures without them: a German hearing-aid
chain's abbreviations (first and last names, birth date, street, the insured's number, the account holder, the ENT
doctor, the branch manager, the insurer's clerk, remarks; its branches and health insurers as organisations); a
Finnish probation system's (birth date, postcode, e-mail, the contact person's phone and e-mail, remarks, the
sentence's offence, section of law and sanction, gang ties, violence risk, medication, substance abuse, a mental
health diagnosis, drug and breath tests; its units as organisations); a Swedish poll panel's (the Swish number,
the union's name and confederation); OpenStreetMap's home tile; Synapse's push key. terms.py registers them,
lexicon.py the numeric health words.
"""
from __future__ import annotations

PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("vname", "nname", "kontoinh", "hno arzt", "arzt name", "fil leiter"),
    ("person_name", "weak"): ("sachb", "esimies", "yhdyshenkilo"),
    ("birth_date", "strong"): ("geb dat", "gebdat", "synt aika"),
    ("postal_address", "strong"): ("postinro",),
    ("postal_address", "context"): ("str",),
    ("national_id", "strong"): ("vers nr",),
    ("email", "strong"): ("sposti", "yhd sposti"),
    ("phone", "strong"): ("yhd puh", "swish number", "swish nummer"),
    ("free_text_may_contain_pii", "strong"): ("bemerk", "huom", "kirjaus"),
    ("geo_location", "strong"): ("home tile",),
    ("secret_token", "strong"): ("pushkey",),
    ("health", "strong"): ("laakitys", "paihdeongelma", "mt dg", "paihdetesti", "puhallus promille"),
}
NUMERIC_HEALTH = ("puhallus promille", "promille")
SPECIAL: dict[str, tuple[str, ...]] = {
    "criminal_record": ("rikosnimike", "lainkohta", "seuraamus", "jengiyhteys", "vakivaltariski"),
    "trade_union": ("union name", "union confederation"),
}
# A branch (`fil`, Filiale), a health insurer (`kk`, Krankenkasse), a probation office's unit (`yksikko`).
ORG_TABLES = frozenset({"fil", "kk", "yksikko"})
# Their people: the branch manager, the insurer's clerk (Sachbearbeiter), the unit's head (esimies).
CONTACT = frozenset({"leiter", "sachb", "esimies"})
