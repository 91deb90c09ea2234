"""Round 52's words (docs/classifier.md, "Round 52"): West Frisian `kontaktpersoan` (a contact person, as Dutch
`contactpersoon`), and the West Frisian and Corsican words for a postcode (`postkoade`, `codice pustale`), read as
Norwegian `postnr` and Sámi `poastanummir` are, in a table of people only.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning). The West
Frisian, Corsican and Sardinian words for the core concepts (a surname, a full name, a diagnosis, religion,
a trade union, a criminal record, tables of people) are in data/world_b.toml (`[fy]`, `[co]`, `[sc]`), not here.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # West Frisian `kontaktpersoan`, Dutch `contactpersoon` (lexicon.py, a person's name wherever it stands).
    ("person_name", STRONG, ("kontaktpersoan",)),
    # West Frisian `postkoade`, Corsican `codice pustale` (a postcode): an address's part in a table of people, as
    # `postnr` (terms.py, CONTEXT) and round 51's `poastanummir`.
    ("postal_address", CONTEXT, ("postkoade", "codice pustale")),
)
