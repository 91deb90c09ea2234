"""Round 45's words (docs/classifier.md, "Round 45"): Turkish latitude and longitude, a card holder and an identity
number; a birth date in Moldovan written in Cyrillic letters; visual acuity, a narcologist's register and a driving
licence in Russian; syphilis; sex work and men who have sex with men in French; a church in Antillean creole.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning). Cyrillic is
romanised before the vocabulary is read (scripts.py), so the Russian and Moldovan words are written romanised.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, Vocab

VOCAB: Vocab = (
    # Turkish: `enlem` latitude, `boylam` longitude.
    ("geo_location", STRONG, ("enlem", "boylam")),
    # Turkish: `kart sahibi` a card holder (`card holder` is known), `kimlik no` an identity number.
    ("person_name", STRONG, ("kart sahibi",)),
    ("national_id", STRONG, ("kimlik number",)),
    # Moldovan in Cyrillic letters (Transnistria): `дата наштерий`, the date of birth (Latin `data nasterii` is known).
    ("birth_date", STRONG, ("data nashteriy",)),
    # Russian: `острота зрения` visual acuity (`visual acuity` is known); `на учете у нарколога`, registered with a
    # narcologist (a drug or alcohol dependence).
    ("health", STRONG, ("ostrota zreniya", "narkolog na uchete", "na uchete u narkologa")),
    # Russian: `вод. удостоверение`, the short form of `водительское удостоверение` (a driving licence, known).
    ("national_id", STRONG, ("vod udostoverenie",)),
    # Syphilis (`hiv`, `vih` are known), in English, French and Spanish spelling.
    ("health", STRONG, ("syphilis", "sifilis")),
    # French: `travail sexuel` sex work (`sex work` is known); `hsh`, hommes ayant des relations sexuelles avec des
    # hommes, the French public-health acronym for `msm` (known).
    ("sex_life", STRONG, ("travail sexuel", "hsh")),
    # Antillean creole: `legliz`, a church (l'église).
    ("religious_belief", STRONG, ("legliz",)),
)
