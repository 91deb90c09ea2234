"""Round 44's words (docs/classifier.md, "Round 44"): Tokelauan and Tuvaluan names of a person's given and family
name, birth date and church; a payer in Russian; a tribe in Arabic; an API key and contraindications in Russian; an
association's president named by the role alone.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning) and
entity_words.py the role (ROLE_ALONE, read in an organisation's record only).
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, Vocab

VOCAB: Vocab = (
    # Tokelauan, Tuvaluan, Samoan: `igoa` (a name) with `muamua` (first) or `kaiga`, `kaaiga` (family, a surname).
    ("person_name", STRONG, ("igoa muamua", "igoa kaiga", "igoa kaaiga")),
    # Tokelauan, Tuvaluan, Niuean: `aho fanau`, the day of birth.
    ("birth_date", STRONG, ("aho fanau", "aso fanau")),
    # Tokelauan `ekalehia`, Tuvaluan and Samoan `ekalesia`: a person's church.
    ("religious_belief", STRONG, ("ekalehia", "ekalesia")),
    # Russian: who paid (`плательщик`; Cyrillic is romanised before the vocabulary is read, scripts.py). English
    # `payer` was tried and dropped: an invoice's payer is often an organisation (`n_homecare.Invoice.Payer`).
    ("person_name", STRONG, ("platelshchik",)),
    # Arabic: a tribe (`tribe` is known as ethnic origin).
    ("ethnic_origin", STRONG, ("قبيلة", "القبيلة")),
    # Russian: an API key (`api key` is known as a secret token).
    ("secret_token", STRONG, ("api klyuch", "klyuch api")),
    # Contraindications: what a patient's condition forbids (Russian and English).
    ("health", STRONG, ("protivopokazaniya", "protivopokazanie", "contraindications", "contraindication")),
)
# An association's president, named by the role alone (`asociaciones.presidente`), in an organisation's record.
ROLE_ALONE = frozenset(("presidente", "presidenta", "president"))
