"""Round 26, fitted to `a_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 26"), with the figures without them: a Polish ambulance
dispatch's words (the caller's number, the reason for the call, a crew (`zespol`) as a unit of the organisation),
SORMAS's glued `othernonhemorrhagicsymptomstext` (not its `contactclassification`: a CRM's contact classification
is a lead's or a customer's), and Evergreen's hold notices
kept as the phone number to call or text (`phone_notify`, `sms_notify`). terms.py registers them.
"""
from __future__ import annotations

ORG_TABLES = frozenset({"zespol", "zespoly"})
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("phone", "strong"): ("numer dzwoniacego", "telefon dzwoniacego", "phone notify", "sms notify"),
    ("health", "strong"): ("powod wezwania",),
}
GLUE = frozenset({"othernonhemorrhagic"})     # SORMAS: `othernonhemorrhagicsymptomstext`
