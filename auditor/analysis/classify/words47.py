"""Round 47's words (docs/classifier.md, "Round 47"): a disability's type; a medical evacuation and days unfit for
work; a password-reset code and a one-time password's seed; a face template under the usual abbreviation; a court's
outcome and a child in conflict with the law; a UNHCR individual number; Basque social security; an Indian home PIN
code; a group's escort and leader; an office's address (not read); officers' tables as tables of people.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning). Welsh words
are in data/world_b.toml (`[cy]`), not here.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, WEAK, Vocab

VOCAB: Vocab = (
    # A disability's type (`disability` is known; `type` alone vetoes a match as metadata): in English, Italian
    # (`disabilita`, known) and Spanish (`discapacidad`, known).
    ("health", STRONG, ("disability type", "tipo disabilita", "tipo discapacidad")),
    # A medical evacuation (`medevac`, the standard maritime and military term; `medical evacuation` was read by
    # `medical`) and days unfit for work after an
    # injury or illness: a person's health.
    ("health", STRONG, ("medevac", "days unfit", "unfit for work")),
    # A password-reset code (`reset password key`, `password reset token` are known) and the seed of a one-time
    # password (RFC 4226 and 6238: the shared secret; `totp secret`, `totp key` and `otp` are known).
    ("secret_token", STRONG, ("reset password code", "password reset code", "totp seed", "hotp seed")),
    # `tmpl`, the usual abbreviation of template (`face template`, `facial template` and `fingerprint tmpl` are known).
    ("biometric", STRONG, ("face tmpl", "facial tmpl")),
    # A court's outcome against a person, and a child in conflict with the law (the UN Convention on the Rights of
    # the Child's term for a child accused or found guilty of an offence).
    ("criminal_record", STRONG, ("court outcome", "in conflict with law")),
    # The individual number UNHCR gives each registered refugee (proGres).
    ("national_id", STRONG, ("unhcr individual number", "unhcr number", "unhcr id")),
    # Basque: `gizarte segurantza`, social security (Spanish `seguridad social` is known), and its number.
    ("national_id", STRONG, ("gizarte segurantza", "gizarte segurantzako zenbakia")),
    # A group's escort (French `accompagnateur`, `accompagnatrice`; Italian `accompagnatore`, `accompagnatrice`) and
    # a group's or a branch's leader (Italian `capogruppo`): a person, named by the role; weak, so that the role's
    # e-mail or phone (`email_accompagnateur`, Italian and French name the owner last) stays an e-mail or a phone.
    ("person_name", WEAK, ("accompagnateur", "accompagnatrice", "accompagnatore", "group leader", "branch leader",
                             "capogruppo")),
    # An office's address is a workplace's (like `employer street`), not where a person lives.
    (None, STRONG, ("office address",)),
    # India's postal code is the PIN code (Postal Index Number); a home's PIN code is no credential.
    ("postal_address", STRONG, ("home pin code", "postal pin code")),
)
# Days unfit for work is a number about a person's health.
NUMERIC_HEALTH = frozenset(("days unfit",))
# An officer (a police, prison, fisheries or insurance officer): a table of people (`officers.name`).
PERSON_TABLES = frozenset(("officer", "officers"))
