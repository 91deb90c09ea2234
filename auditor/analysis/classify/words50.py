"""Round 50's words (docs/classifier.md, "Round 50"): the code of a key box and of an alarm in French (a secret
token, as Danish `nøglekode`, round 35); a contact person's name in French word order (`contact nom`); French
`intervenant(e)` (a worker who comes to a home, weak, as round 48's `accompagnant`); Malay `poskod` and Indonesian
`kode pos` (a postcode); Malay `suku` (a tribe, an ethnic group) in a table of people only; a Malay police check
(`semakan polis`); FHIR's `telecom` (a contact point) in a table of people; Norwegian `pårørende` (next of kin) in a table of people only, not their relationship.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning). Norwegian and
Danish words (`fdato`, `hjemadresse`, guests' tables) are in data/world_b.toml (`[no]`, `[da]`), not here.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # French `code de la boîte à clés` (a key box's code) and `code d'alarme` (the code that disarms an alarm):
    # secrets that open a home, as Danish `nøglekode`, Norwegian `nøkkelkode` and Dutch `sleutelkluis code`.
    ("secret_token", STRONG, ("code boite cles", "code boite a cles", "code de la boite a cles", "boite a cles code",
                              "code alarme", "code d alarme", "code de l alarme", "digicode")),
    # French word order: `contact nom`, `nom du contact` (`contact name` is known) is a contact person's name.
    ("person_name", STRONG, ("contact nom", "nom contact", "nom du contact", "contact prenom", "prenom contact")),
    # French `intervenant`, `intervenante`: a worker who comes in (a carer, a cleaner, a speaker), named by role.
    ("person_name", WEAK, ("intervenant", "intervenante")),
    # Malay `poskod` and Indonesian `kode pos`: a postcode (`postcode` is known).
    ("postal_address", STRONG, ("poskod", "kode pos", "kodepos")),
    # Malay and Indonesian `suku`: a tribe, an ethnic group (`suku bangsa` is known); also "a quarter", so read only in
    # a table of people.
    ("ethnic_origin", CONTEXT, ("suku",)),
    # Malay `semakan polis`: a police check (`rekod jenayah`, a criminal record, is known).
    ("criminal_record", STRONG, ("semakan polis", "semakan rekod polis")),
    # FHIR's `telecom` (a Patient's, a Practitioner's or a RelatedPerson's ContactPoint: a phone, also an e-mail), in a
    # table of people only: elsewhere `telecom` is an operator.
    ("phone", CONTEXT, ("telecom",)),
    # Norwegian `pårørende`, Danish `pårørende`: next of kin (`nærmeste pårørende` is known), in a table of people.
    ("person_name", CONTEXT, ("parorende",)),
    # ... but the next of kin's relationship to the person (a son, a spouse) is not a name.
    (None, STRONG, ("parorende relasjon", "relasjon parorende", "parorende relasjonstype")),
)
