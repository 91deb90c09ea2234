"""Round 42's words (docs/classifier.md, "Round 42"): a technician (Portuguese and Spanish `tecnico`) as a table of
people; a login or session cookie (not a bare `cookie`) as a secret; whether a person is vaccinated or immunised as health; the body mass
index and blood glucose (French `glycemie`) as health, also as numbers; French `religieux`/`religieuse` as a religion.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables
(PERSON_TABLES) and the numbers (NUMERIC_HEALTH).
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, Vocab

VOCAB: Vocab = (
    # A cookie that logs a user in (OpenCATS' `session_cookie`, MantisBT's `cookie_string`) is a bearer secret. Not
    # `cookie` alone: a visit's tracking cookie (OFBiz's `visit.cookie`) is labelled none.
    ("secret_token", STRONG, ("cookie string", "session cookie", "login cookie", "auth cookie")),
    # A cookie banner's consent, policy or name is no secret.
    (None, STRONG, ("cookie consent", "cookie policy", "cookie banner", "cookie name", "cookie domain",
                    "cookie path", "cookie lifetime", "cookie expiry", "cookie expires")),
    # Whether a person is vaccinated or immunised (`covid_vaccinated`, `hep_a_vaccinated`, `immunizations_ok`).
    ("health", STRONG, ("vaccinated", "immunized", "immunised", "immunization", "immunisation", "immunizations",
                        "immunisations")),
    # The body mass index, a standard body measure (WHO), and blood glucose in French (`glycemie`, glycémie; Spanish
    # `glucemia` and Portuguese `glicemia` were known): a person's health, also as a number.
    ("health", STRONG, ("bmi", "body mass index", "glycemie")),
    # French `religieux`, `religieuse` (religious; `pratique religieuse`, religious practice).
    ("religious_belief", STRONG, ("religieux", "religieuse", "pratique religieuse")),
)
# A body mass index or a blood glucose is a number about a person.
NUMERIC_HEALTH = frozenset(("bmi", "body mass index", "glycemie"))
# A technician (Portuguese and Spanish `tecnico`, plural `tecnicos`): a table of people (`tecnicos.nome`).
PERSON_TABLES = frozenset(("tecnico", "tecnicos"))
