"""Round 48's words (docs/classifier.md, "Round 48"): a token in French (`jeton`); the Moroccan and Malagasy
identity card (CIN), in a table of people; ICD-10 by its French name (CIM-10); a guarantor, an escort and who
validated a record, in French; a spouse in Malagasy, in a table of people; a PIN code and a work phone in Swedish;
contact numbers; an accident at work; an observation and a note (French, Swedish); caregivers' and mediators' tables as tables of people.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning). The Swedish
`född` (born) and the Malagasy `foko` (ethnic group) are in data/world_b.toml (`[sv]`) and data/world_a.toml
(`[mg]`), not here.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # French `jeton`: a token (an API or session token; `token`, `token api` are known).
    ("secret_token", STRONG, ("jeton", "jeton api", "jeton acces", "jeton session")),
    # The Carte d'Identité Nationale (CIN) of Morocco, Madagascar and Tunisia: only in a table of people (Italian
    # banking's CIN is a check letter of a bank account), as a three-letter world word counts (world_terms.py).
    ("national_id", CONTEXT, ("cin", "numero cin", "num cin")),
    # CIM-10, the French name of ICD-10 (`icd10`, `code icd` are known), and CIM-11.
    ("health", STRONG, ("cim10", "cim 10", "code cim", "code cim10", "cim11", "cim 11")),
    # French `garant`, `garante` (a guarantor; `guarantor` is known), `accompagnant`, `accompagnante` (a person
    # accompanying a patient or a traveller; `accompagnateur` is known), and `validé par`, `validée par` (validated
    # by; `validated by` is known): a person, named by the role; weak, as those.
    ("person_name", WEAK, ("garant", "garante", "accompagnant", "accompagnante", "valide par", "validee par")),
    # Swedish `pinkod`: a PIN code (`pin kod`, `pin code` are known).
    ("credentials", STRONG, ("pinkod", "pinkoden")),
    # Swedish `tjänstetelefon`, `tjänstemobil`: a work phone (`work phone` is known).
    ("phone", STRONG, ("tjanstetelefon", "tjanstemobil")),
    # The plural of a known phrase (`contact number`; `phone numbers` and `mobile numbers` are known).
    ("phone", STRONG, ("contact numbers",)),
    # An accident at work (an occupational injury: English, French `accident du travail`, Swedish `arbetsolycka`,
    # `arbetsskada`), a person's health as a sick leave records it.
    ("health", STRONG, ("work accident", "workplace accident", "occupational accident", "accident du travail",
                        "accident travail", "arbetsolycka", "arbetsskada")),
    # French `observation(s)` (a remark; `remarques` is known) and Swedish `anteckning(ar)` (a note; `anmärkning` is
    # known): what someone wrote, as `note` and `remarks`. A weather station's `observation` is the sky's: its values
    # do not confirm free text when sampled, but by name alone it is read (as `remarks` would be). Only in a table of
    # people or of health was tried: no labelled `observation` stands in a table known as either.
    ("free_text_may_contain_pii", STRONG, ("observation", "observations", "anteckning", "anteckningar")),
)
# Malagasy `vady`: a spouse (`spouse` is known, weak), alone and in a table of people only (SHORT_PERSON, as Uzbek
# `ism`): Czech `vady` are defects, and Malagasy names the owner last (`cin_vady` is the spouse's identity card).
SHORT_PERSON = {"vady": "person_name"}
# A caregiver (French `soignant`) and a mediator (French `médiateur`): a table of people (`soignant.nom`).
PERSON_TABLES = frozenset(("soignant", "soignants", "mediateur", "mediateurs"))
# A guarantor and an escort named by the role (vocab.ROLE_WORDS): `nom_garant`, `garant_nom` (French names the owner
# of a name before or after it, as `gerant_nom`, `nom_gerant` are read), a person's name even in a loan's table.
ROLE_WORDS = ("garant", "garante", "accompagnant", "accompagnante")
