"""Round 13, fitted to `n_*`: words added after reading the mistakes of the part this round tuned on.

They are counted apart in docs/classifier.md ("Round 13"), with the figures without them: the abbreviations of a
Philippine bank's IBM i files once their file prefix is read off (conventions.spelled: `CFLNAM` -> `LNAM`), the
Philippine government numbers (SSS, GSIS, PhilHealth, Pag-IBIG/HDMF), a loan's co-maker (Philippine English for a
co-signer), and `check in` read as one word (`CheckInLat`: `check` alone marks a flag). names.py and terms.py
register them.
"""
from __future__ import annotations

ABBREV: dict[str, tuple[str, ...]] = {
    "lnam": ("last", "name"), "fnam": ("first", "name"), "mnam": ("middle", "name"), "lnm": ("last", "name"),
    "fnm": ("first", "name"), "snme": ("name",), "bdte": ("birth", "date"), "bdt": ("birth", "date"),
    "mobn": ("mobile",), "adr": ("address",), "mthr": ("mothers", "name"), "spse": ("spouse", "name"),
    "relg": ("religion",), "idno": ("id", "number"), "comakr": ("comaker",), "cmkmob": ("comaker", "mobile"),
}
PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("national_id", "strong"): ("sss", "sss number", "gsis", "phic", "philhealth", "hdmf", "pagibig", "phc", "hdm"),
    ("person_name", "strong"): ("comaker", "spouse name"),
    ("phone", "strong"): ("comaker mobile",),
}
