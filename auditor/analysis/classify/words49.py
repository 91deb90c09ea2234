"""Round 49's words (docs/classifier.md, "Round 49"): French `jeton` (a token) for a session or an API; a nickname
in French (`surnom`); the Congolese `postnom`; a guarantor in French (`garant`); Turkish `IP adresi`; a dependant's
and an emergency contact's name; a church in a table of people; a cause of death; resuscitation status abbreviated
(`resus`); blood glucose; French social security's long-term illness (ALD) and a doctor's opinion; a voter card;
Australia's Medicare and DVA file numbers; an Indian address's PIN code; a PIN code, a mobile-money number and an
e-mail (`mél`) in French; a medical insurer (not health); an organisation's `contact` named alone (a person named by
the role); firms as organisations; dependants' tables as tables of people; a full name counted as a first and a last
name beside a company (people_columns).

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables of
people and numeric health; entity_words.py the role and the organisations. Lingala words are in data/world_a.toml
(`[ln]`), not here.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # French `jeton`: a token (`token` is known); a session's, an API's, an access or a login token.
    ("secret_token", STRONG, ("jeton", "jeton session", "jeton de session", "session jeton", "jeton api", "api jeton",
                              "jeton acces", "jeton d acces", "jeton connexion", "jeton authentification")),
    # French `surnom`: a nickname (`nickname` is known).
    ("person_name", STRONG, ("surnom",)),
    # Turkish `IP adresi`: an IP address (`adresi`, an address, is Turkish and Lingala for an address).
    ("ip_address", STRONG, ("ip adresi",)),
    # The postnom: in the Democratic Republic of the Congo a person's name is a name, a postnom and a first name.
    ("person_name", STRONG, ("postnom", "post nom")),
    # French `garant`: a guarantor (`guarantor` is known); weak, so that the guarantor's phone stays a phone.
    ("person_name", WEAK, ("garant",)),
    # A dependant's name, and an emergency contact's (`emergency contact name` is known) named without `contact`.
    ("person_name", STRONG, ("dependent name", "dependant name", "emergency name")),
    # A church (a person's congregation), in a table of people only: a parish's `church` is its building.
    ("religious_belief", CONTEXT, ("church",)),
    # The cause of death (`cause of death` is known) in the other word order.
    ("health", STRONG, ("death cause",)),
    # `resus`, the usual clinical abbreviation of resuscitation (`resuscitation status` is known; `not for resus`).
    ("health", STRONG, ("resus status", "resus order", "not for resus")),
    # Blood glucose and blood sugar (glycaemia is known) and their level.
    ("health", STRONG, ("blood glucose", "blood glucose level", "blood sugar", "blood sugar level")),
    # Australia's Medicare card number (`medicare number` is known), named alone in a table of people, and the
    # Department of Veterans' Affairs file number (a veteran's number).
    ("national_id", CONTEXT, ("medicare",)),
    ("national_id", STRONG, ("dva file", "dva file number", "dva file no", "dva number")),
    # India's postal code is the PIN code (round 47: `home pin code`): a permanent, current or present address's.
    # `pincode` is split as `pin code` (a bare `pincode` stays a PIN: Dutch `pincode`).
    ("postal_address", STRONG, ("perm pin code", "permanent pin code", "current pin code", "present pin code")),
    # French `mél`, the official abbreviation of `messagerie électronique` (an e-mail address), in a table of people
    # only (Portuguese and Catalan `mel` is honey).
    ("email", CONTEXT, ("mel",)),
    # French word order: `code PIN` (a PIN code, `pin code` is known) and `numéro MoMo` (a mobile-money number).
    ("credentials", STRONG, ("code pin", "code pin hash")),
    ("phone", STRONG, ("momo numero", "numero momo")),
    # French social security: a long-term illness (`affection de longue durée`, ALD, Code de la sécurité sociale
    # L322-3) and its code; a doctor's opinion (`avis du médecin`, the `médecin-conseil`'s on a sick leave).
    ("health", STRONG, ("affection de longue duree", "affection longue duree", "code ald", "avis medecin",
                        "avis du medecin", "avis medecin conseil")),
    # A voter card (French `carte d'électeur`, `carte électorale`): the Congolese CENI card is the identity document
    # most adults hold; a French card carries the voter's national number.
    ("national_id", STRONG, ("carte electeur", "carte d electeur", "carte electorale", "numero carte electeur")),
    # A medical or health insurer is an organisation: its name is not a person's health.
    (None, STRONG, ("medical insurer", "health insurer", "medical insurer name", "health insurer name")),
)
# Blood glucose is a number about a person's health.
NUMERIC_HEALTH = frozenset(("blood glucose", "blood glucose level", "blood sugar", "blood sugar level"))
# Dependants (an employee's or an insured person's): a table of people.
PERSON_TABLES = frozenset(("dependant", "dependants", "dependent", "dependents"))
# An organisation's `contact` named alone is its contact person (a supplier's, a client firm's), as `attn`.
ROLE_ALONE = frozenset(("contact",))
# A full name is a first and a last name: two of a row's own identifiers beside a company (people_columns).
FULL_NAME = frozenset({("full", "name")})
# A firm is a company (an insurance firm, a law firm).
ORG_TABLES = frozenset(("firm", "firms"))
