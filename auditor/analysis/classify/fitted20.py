"""Round 20, fitted to `v_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 20"), with the figures without them: a Lithuanian
social-assistance system's words (first name, surname, birth date, declared and actual address, payee, the
provider's contact person, ethnicity, disability and work-capacity levels, special needs, assistive aids,
addictions, criminal record); a Mexican shelter's Spanish ones (mother tongue, Indigenous people, political
persecution, the lawyer, who attended); a Zurich payroll's German (a doctor's certificate, an accident's course);
ERPNext's custom NRIC field; Mautic's Croatian custom fields (birth date, OIB, dietary notes) and an e-mail's
tracking hash. terms.py registers them.
"""
from __future__ import annotations

PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("vardas", "pavarde", "vardas pavarde", "gavejas", "kont asmuo", "abogado",
                                "atendido por"),
    ("birth_date", "strong"): ("gim data", "datum rodjenja"),
    ("postal_address", "strong"): ("deklar adresas", "faktinis adresas"),
    ("national_id", "strong"): ("custom nric", "nric", "oib"),
    ("secret_token", "strong"): ("tracking hash",),
    ("health", "strong"): ("neg lygis", "darbingumo lygis", "spec poreikiai", "pagalbos priem", "priklausomybes",
                           "prehrambene napomene", "arztzeugnis", "hergang"),
}
SPECIAL: dict[str, tuple[str, ...]] = {
    "ethnic_origin": ("tautybe", "lengua materna", "pueblo indigena"),
    "political_opinion": ("persecucion politica",),
    "criminal_record": ("teistumas",),
}
