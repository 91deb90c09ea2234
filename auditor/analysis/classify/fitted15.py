"""Round 15, fitted to `p_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 15"), with the figures without them: a Greek pharmacy's
upper-case Greeklish column words with `H` for eta and `X` for chi (`THLEFONO`, `HM_GENNHSHS`, `XRONIA_NOSHMATA`), its
Greek tax and identity-card numbers (`AFM`, `ADT`), vaccines and vital signs; a Japanese inn's romanised words (the
passport number `ryoken_bango`, the receipt addressee `ryoshusho_atena`, remarks `bikou`, dietary requests); a
Romanian union's (`domiciliu`, the identity card `serie_nr_ci`, the union role `functie_sindicala`). terms.py
registers them, lexicon.py the vital signs.
"""
from __future__ import annotations

PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("onomateponymo", "giatros", "ryoshusho atena", "atena"),
    ("birth_date", "strong"): ("hm gennhshs", "hmeromhnia gennhshs"),
    ("phone", "strong"): ("thlefono",),
    ("postal_address", "strong"): ("domiciliu",),
    ("postal_address", "context"): ("tk", "arithmos"),
    ("national_id", "strong"): ("afm", "adt", "ryoken bango", "serie number ci", "serie ci", "number ci"),
    ("free_text_may_contain_pii", "strong"): ("sxolia", "bikou"),
    ("health", "strong"): ("emvolio", "nosos", "antidrasi", "xronia noshmata", "barcode farmakou", "dosologia"),
    ("trade_union", "strong"): ("functie sindicala",),
}
# Vital signs (lexicon.py: clinical columns and vital signs): systolic and diastolic pressure, pulse, blood sugar.
VITALS = frozenset({"systoliki", "diastoliki", "sfygmoi", "sakxaro"})
SPECIAL: dict[str, tuple[str, ...]] = {
    "religious_belief": ("shokuji hairyo",),
}
