"""Round 22, fitted to `x_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 22"), with the figures without them: a Latvian
occupational-health register's words (employers as organisations; employees, doctors and users as tables of
people; first name, surname, personal code, birth date, address, e-mail, phone, the client's contact person, notes,
a password hash, a session key; the exam's anamnesis, diagnosis, blood pressure, pulse, height, weight, eyesight,
work restrictions, hearing). terms.py and vocab.py register them.
"""
from __future__ import annotations

ORG_TABLES = frozenset({"deveji", "devejs"})      # `darba_deveji`: employers, organisations
PERSON_TABLES = frozenset({"darbinieki", "darbinieks", "arsti", "arsts", "lietotaji", "lietotajs"})
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("vards", "uzvards", "kontaktpersona"),
    ("national_id", "strong"): ("personas kods",),
    ("birth_date", "strong"): ("dzimsanas datums",),
    ("postal_address", "strong"): ("adrese",),
    ("email", "strong"): ("epasts",),
    ("phone", "strong"): ("talrunis", "darba talrunis", "kontakt talrunis"),
    ("free_text_may_contain_pii", "strong"): ("piezimes",),
    ("credentials", "strong"): ("paroles hash",),
    ("secret_token", "strong"): ("sesijas atslega",),
    ("health", "strong"): ("anamneze", "diagnoze", "asinsspiediens", "pulss", "augums cm", "svars kg",
                           "redze kreisa", "redze laba", "ierobezojumi", "kreisa auss db", "laba auss db"),
}
# Exam figures kept as numbers (height, weight, pulse, eyesight, hearing in dB).
NUMERIC_HEALTH = ("augums cm", "svars kg", "pulss", "redze kreisa", "redze laba", "kreisa auss db", "laba auss db")
