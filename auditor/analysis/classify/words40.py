"""Round 40's words (docs/classifier.md, "Round 40"): an injury (Spanish `lesion`, Italian `lesioni`) as
health; oxygen saturation (`spo2`) as health, also as a number; GEDCOM's name tags (`givn`, `surn`) as a person's
name, but not their Soundex codes.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning).
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, Vocab

VOCAB: Vocab = (
    # An injury: Spanish `lesión` (`lesion`; the plural `lesiones` was known), Italian `lesioni`, the plural of `lesione`
    # (known).
    ("health", STRONG, ("lesion", "lesioni")),
    # Peripheral oxygen saturation (SpO2), a standard vital sign.
    ("health", STRONG, ("spo2", "spo 2", "oxygen saturation")),
    # GEDCOM (the genealogy data standard) tags a given name GIVN and a surname SURN.
    ("person_name", STRONG, ("givn", "surn")),
    # A Soundex code of a given name or a surname (webtrees' `n_soundex_surn_std`) is a phonetic key, not the name.
    (None, STRONG, ("soundex givn", "soundex surn")),
)
# A saturation is a number about a patient.
NUMERIC_HEALTH = frozenset(("spo2", "spo 2", "oxygen saturation"))
