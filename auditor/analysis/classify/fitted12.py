"""Round 12, fitted to `m_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 12"), with the figures without them: the English criminal
defence terms of a solicitors' case system (a Police National Computer id, a Criminal Records Office number, a
prisoner's number, a plea, custody, the reason for an arrest, bail conditions), the Korean `hp` (a mobile:
"handphone") and `rrn` (the resident registration number), the Chilean `fono` (a phone), and courts, police
stations as organisations' tables. terms.py and entity.py (through terms.ORG_TABLES) register them.
"""
from __future__ import annotations

CRIMINAL = ("pnc id", "pnc number", "cro number", "cro no", "prison number", "prisoner number", "plea",
            "in custody", "arrest reason", "reason for arrest", "bail conditions", "offence code")
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("phone", "strong"): ("hp no", "hp number", "fono"),
    ("national_id", "strong"): ("rrn", "rrn enc"),
}
ORG_TABLES = frozenset("court courts station stations".split())
