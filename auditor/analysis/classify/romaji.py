"""Round 11, fitted to `l_*`: romanised Japanese (Hepburn, as `names.tokens()` yields it) words of personnel and
payroll systems, which name their columns in upper-case romaji (`SHIMEI_KANJI`, `SEINENGAPPI`, `KOJIN_BANGO`).

These words were added after reading the mistakes of `l_jinji`, the part this round tuned on: they are counted
apart in docs/classifier.md ("Round 11"), with the figures without them. They are general words of the language
(name, date of birth, address, postcode, mobile, Individual Number, pension and employment-insurance numbers, bank
account number, maiden name, disability, health check, height, weight, blood pressure, findings), not one
application's abbreviations. terms.py and lexicon.py register them.
"""
from __future__ import annotations

PERSONAL: dict[tuple[str, str], tuple[str, ...]] = {
    ("person_name", "strong"): ("shimei", "kyusei", "seimei", "koza meigi"),
    ("birth_date", "strong"): ("seinengappi", "seinen gappi", "tanjobi"),
    ("postal_address", "strong"): ("jusho", "yubin bango", "yubin number", "yubinbango"),
    ("phone", "strong"): ("keitai", "keitai number", "keitai bango", "denwa bango"),
    ("national_id", "strong"): ("kojin bango", "mynumber", "my number", "kiso nenkin bango", "nenkin bango",
                                "hihokensha number", "hihokensha bango"),
    ("bank_account", "strong"): ("koza bango", "koza number"),
    ("health", "strong"): ("shogaisha", "shogai", "shogaisha kbn"),
}
CLINICAL_TABLES = frozenset("kenko shindan kenshin".split())        # a health check's results
CLINICAL_GENERIC = frozenset("shoken hantei".split())               # its findings and grading
VITALS = frozenset("shincho taiju ketsuatsu".split())               # height, weight, blood pressure
