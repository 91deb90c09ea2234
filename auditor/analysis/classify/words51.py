"""Round 51's words (docs/classifier.md, "Round 51"): Northern Sámi `poastanummir` (a postcode, abbreviated
`poastanr`), read as Norwegian `postnummer` and `postnr` are, in a table of people only.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning). The Upper
Sorbian, Northern Sámi and Romansh words for the core concepts (a name, a birth date, a phone, an e-mail, a password,
a disease, religion, tables of people) are in data/world_b.toml (`[hsb]`, `[se]`, `[rm]`), not here.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, Vocab

VOCAB: Vocab = (
    # Northern Sámi `poastanummir` (a postcode; `poasta`, the post, is not read), as Norwegian `postnummer`, `postnr`
    # (terms.py, CONTEXT): a postcode is an address's part in a table of people.
    ("postal_address", CONTEXT, ("poastanummir", "poastanr")),
)
