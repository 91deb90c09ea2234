"""Round 37's words (docs/classifier.md, "Round 37"): personal data named in Tigrinya (Latin transliteration: a
father's, grandfather's and baptismal name, a godfather and witnesses, a birth date, an identity number, a phone
number, an illness; priests as a table of people), in Turkmen (a full name, a doctor and a director by role, a
phone number in the possessive, blood pressure, an account and a card number; users as a table of people, a medical
examination as a table of health) and in Kirundi and Kinyarwanda (a birth date, a bank account, a password, a
guarantor); a key sent to confirm a registration or an address as a token; a Malaysian, Bruneian or Singaporean
identity card's number (`ic number`) in a table of people.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables
of people and of health and the short words read in a table of people only.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # Tigrinya names: `sem` (a name; read in a table of people only, SHORT_PERSON below), the father's name (`sem
    # abbo`), the grandfather's (`sem abbohago`; an Eritrean's name is his own, his father's and his grandfather's),
    # the baptismal name (`sem krstna`), the godfather (`abbo krstna`).
    ("person_name", STRONG, ("sem abbo", "sem abbohago", "sem krstna", "abbo krstna")),
    # Witnesses in Tigrinya (`mesakir`, `mesekakir`), as `witness`.
    ("person_name", WEAK, ("mesakir", "mesekakir")),
    # A date of birth in Tigrinya (`elet lidet`, `mealti lidet`).
    ("birth_date", STRONG, ("elet lidet", "mealti lidet")),
    # An identity number and card in Tigrinya (`qutsri menenet`, `wereqet menenet`).
    ("national_id", STRONG, ("qutsri menenet", "wereqet menenet")),
    # A phone in Tigrinya (`silki`, its number `qutsri silki`).
    ("phone", STRONG, ("silki", "qutsri silki")),
    # An illness in Tigrinya (`himam`).
    ("health", STRONG, ("himam",)),
    # Turkmen: the full name (`doly ady`; `ady`, the name, is a weak word), a phone in the possessive (`telefony`:
    # `öý telefony`, a home phone, `direktoryň telefony`), blood pressure (`gan basyşy`), an account number (`hasap
    # belgisi`) and a card number (`kart belgisi`).
    ("person_name", STRONG, ("doly ady",)),
    ("phone", STRONG, ("telefony",)),
    ("health", STRONG, ("gan basysy",)),
    ("bank_account", STRONG, ("hasap belgisi", "bank hasaby")),
    ("payment_card", STRONG, ("kart belgisi",)),
    # People named by role: a doctor in Turkmen (`lukman`), a director (Turkmen, Russian and Uzbek `direktor`,
    # English `director`), as `doctor`.
    ("person_name", WEAK, ("lukman", "direktor", "director")),
    # Kirundi and Kinyarwanda: the date of birth (`itariki yavutse`; `itariki yamavuko` was known), a bank account
    # (`konti ya banki`), a password (`ijambo banga`; `ijambo ryibanga` was known), a guarantor (`umwishingizi`).
    ("birth_date", STRONG, ("itariki yavutse",)),
    ("bank_account", STRONG, ("konti ya banki",)),
    ("credentials", STRONG, ("ijambo banga",)),
    ("person_name", STRONG, ("umwishingizi",)),
    # A key sent to confirm a registration or an address, as `activation key` (web2py's `registration_key`, the
    # older parts' `validation_key`, `check_key`), and a random hash kept to log in or reset.
    ("secret_token", STRONG, ("registration key", "validation key", "verification key", "random hash")),
    # The number of a Malaysian, Bruneian or Singaporean identity card (`IC`), in a table of people only.
    ("national_id", CONTEXT, ("ic number",)),
)
# Short words that are a person's name in a table of people only: Tigrinya `sem`.
SHORT_PERSON = {"sem": "person_name"}
# Tables of people: Tigrinya priests (`kahnat`, `kahin`), Turkmen users (`ulanyjy`, `ulanyjylar`).
PERSON_TABLES = frozenset("kahnat kahin ulanyjy ulanyjylar".split())
# Tables of health: Turkmen `lukman barlagy` (a medical examination; `lukman`, a doctor, the adjective medical).
HEALTH_TABLES = frozenset({"lukman"})
