"""Round 43's words (docs/classifier.md, "Round 43"): Dutch `verblijfsadres` (an address of residence) and
`overtreding` (an offence); `telefoni` and `imeli` (a phone and an e-mail in the Polynesian languages, and `telefoni`
the Italian plural of `telefono`); an IP address and a secret code in Somali; a mobile-money wallet's number as a
phone; a school's principal as a person named by their role.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning) and the role
(ROLE_ALONE, read in an organisation's record only).
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, Vocab

VOCAB: Vocab = (
    # Dutch: the address where a person stays (`verblijfsadres`, with the linking s of standard Dutch spelling;
    # `verblijfadres` was known).
    ("postal_address", STRONG, ("verblijfsadres", "verblijfsadressen")),
    # Dutch: an offence (`overtreding`, the Dutch penal code's minor offence beside `misdrijf`).
    ("criminal_record", STRONG, ("overtreding", "overtredingen")),
    # A telephone (Tuvaluan, Samoan, Niuean `telefoni`; the Italian plural of `telefono`) and an e-mail (`imeli`).
    ("phone", STRONG, ("telefoni",)),
    ("email", STRONG, ("imeli",)),
    # An office's telephone (Uzbek `idora telefoni`) is an organisation's line, no person's.
    (None, STRONG, ("idora telefoni",)),
    # Somali: an IP address (`cinwaanka`, the address, is known as a postal address) and a secret code.
    ("ip_address", STRONG, ("ip cinwaanka", "ip cinwaan")),
    ("secret_token", STRONG, ("koodka sirta",)),
    # The number of a mobile-money wallet (M-Pesa, Somaliland's ZAAD) is the holder's phone number.
    ("phone", STRONG, ("mpesa number", "mpesa no", "mpesa phone", "zaad number", "zaad lambarka")),
)
# A school's principal, named by the role alone (`schools.principal`), in an organisation's record; a loan's
# principal is an amount in a table that is no organisation's.
ROLE_ALONE = frozenset(("principal",))
