"""Round 34's words (docs/classifier.md, "Round 34"): the sections of a Russian medical record (complaints,
anamnesis, objective status, recommendations) and its health words (allergies, fluorography, vaccinations, tetanus),
trade-union membership in Russian and Ukrainian, a contact person in Russian and French, a French shop's manager,
a fingerprint and an identity document in French, a SIM card's PUK, the national identity card number of South Asia
(NIC, CNIC), an emergency contact's number; subscribers (French, Russian) and staff (Russian) as tables of people,
agencies, organisations and suppliers in Russian as organisations.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning) and the tables of
people; entity_words.py the organisations; clinical_event.py and special.py the record's sections.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # Health: a Russian record's anamnesis (of life, of the illness; `allergologicheskiy anamnez`), allergies (the
    # plural of round 33's `allergiya`), fluorography (the chest X-ray of Soviet and post-Soviet screening), vaccinations
    # (`privivki`, `vaktsinatsiya`), tetanus (English, Russian `stolbnyak`, French, Spanish, Portuguese `tetanos`).
    ("health", STRONG, ("anamnez", "anamneza", "allergii", "flyuorografiya", "fluorografiya", "privivki", "privivka",
                        "vaktsinatsiya", "vakcinaciya", "tetanus", "tetanos", "stolbnyak")),
    # Trade union membership: Russian `profsoyuz` (профсоюз, of a union `profsoyuza`, `profsoyuznyy`), Ukrainian
    # `profspilka`.
    ("trade_union", STRONG, ("profsoyuz", "profsoyuza", "profsoyuznyy", "chlen profsoyuza", "profspilka")),
    # A contact person: Russian `kontaktnoe litso` (контактное лицо), French `personne de contact`, `interlocuteur`.
    ("person_name", STRONG, ("kontaktnoe litso", "kontaktnoe lico", "kontaktnoye litso", "personne contact")),
    ("person_name", WEAK, ("interlocuteur", "interlocutrice")),
    # A shop's or a branch's manager in French (`gérant`, `gérante`): a person named by role, as `skipper`.
    ("person_name", WEAK, ("gerant", "gerante")),
    # A fingerprint in French (`empreinte digitale`); `empreinte` alone (also a carbon footprint, an imprint) only in
    # a table of people.
    ("biometric", STRONG, ("empreinte digitale", "empreintes digitales", "empreinte doigt", "empreintes doigts")),
    ("biometric", CONTEXT, ("empreinte", "empreintes")),
    # An identity document in French (`pièce d'identité`) and its number; `numéro de pièce` alone (also a part
    # number) only in a table of people.
    ("national_id", STRONG, ("piece identite", "numero piece identite", "num piece identite", "no piece identite")),
    ("national_id", CONTEXT, ("numero piece", "num piece", "no piece", "number piece")),
    # The national identity card number of Sri Lanka, Pakistan (CNIC) and the Maldives (`nic` alone is a network
    # card: with a number only).
    ("national_id", STRONG, ("nic number", "nic no", "cnic", "cnic number", "cnic no")),
    # A SIM card's PIN unblocking key (PUK, 3GPP TS 31.102): a secret that unlocks a subscriber's SIM.
    ("secret_token", STRONG, ("puk", "puk code", "puk kod", "code puk")),
    # An emergency contact's phone number (`emergency number`, `emergency phone`).
    ("phone", STRONG, ("emergency number", "emergency contact number", "emergency phone number")),
    # Who issued an identity document (Russian `kem vydan`, `kem vydana`; English `issued by`, an issuing authority):
    # an authority's name, not the document's number.
    (None, STRONG, ("kem vydan", "kem vydana", "pasport kem vydan", "passport issued by", "passport issuer",
                    "issuing authority", "passport issuing authority", "id issued by")),
    # A doctor, a feldsher, a nurse named by role in Russian (as `doctor`); the attending doctor.
    ("person_name", WEAK, ("vrach", "vracha", "feldsher", "medsestra")),
    ("person_name", STRONG, ("lechashchiy vrach", "vrach napravivshiy", "napravivshiy vrach")),
    # WordPress's `user_nicename` is the URL slug of a login, no name (and no NIC: it is not glued of words).
    (None, STRONG, ("nicename",)),
)
# Tables of people: subscribers (French `abonnés`, Russian `abonenty`), staff and doctors (Russian).
PERSON_TABLES = frozenset("""abonne abonnes abonnee abonnees abonent abonenty sotrudniki rabotniki rabotnik vrachi
vrach""".split())
# The headings of a Russian medical record as a SOAP note's (lexicon.SOAP_SUBJECTIVE, SOAP_OBJECTIVE): complaints
# (`zhaloby`, жалобы) and the subjective (`subektivno`), the objective status (`obektivno`, `obektivnyy status`).
SOAP_SUBJECTIVE = frozenset({"zhaloby", "subektivno"})
SOAP_OBJECTIVE = frozenset({"obektivno", "obektivnyy"})
# The generic columns of a clinical event, health there only: recommendations (`rekomendatsii`, `rekomendacii`)
# and the record's headings above.
CLINICAL_GENERIC = SOAP_SUBJECTIVE | SOAP_OBJECTIVE | frozenset({"rekomendatsii", "rekomendacii"})
# An organisation's contact person in Russian (`telefon kontakta`, `kontaktnoe litso`, `telefon kontaktnogo litsa`)
# and French (`interlocuteur`): the columns of that person are personal data in an organisation's record.
CONTACT = frozenset({"kontakta", "kontaktnoe", "kontaktnogo", "kontaktnoye", "interlocuteur", "interlocutrice"})
# Organisations in Russian: an agency, an organisation, a company, a supplier, an institution, a branch.
ORG_TABLES = frozenset("""agentstvo agentstva organizatsiya organizatsii kompaniya kompanii postavshchik
postavshchiki uchrezhdenie uchrezhdeniya""".split())
