"""Round 31's words (docs/classifier.md, "Round 31"): a password's hint as the credential it gives away, a house
number and a post-office box (English, glued, French) as parts of a postal address, the name a card or an account
is issued in (read through the preposition `on`), Bangladesh's and the Maldives' national identity card number
(`NID`) in a table of people, a police clearance's outcome as criminal-record data; a bank's routing number
is no one's account.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning, except the words in
OVERRIDE); names.py reads `on`, records.py the police clearance.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # A password's hint (Vaultwarden's master password hint, OFBiz's `password_hint`) is written to give the password
    # away: a credential. Known as a non-sensitive phrase since the first rounds; overridden (OVERRIDE).
    ("credentials", STRONG, ("password hint", "passwordhint")),
    # A house number (and its suffix) is part of a street address (the corpus's labelling rules; Dutch `huisnummer`
    # and German `hausnummer` were known); a post-office box in English (glued) and French (`boîte postale`).
    ("postal_address", STRONG, ("house number", "house number suffix", "pobox", "boite postale")),
    # The name on a card or an account (`on` is read through, names.py): its holder's (PCI DSS's cardholder name).
    ("person_name", STRONG, ("name card", "name account")),
    # An ABA routing number identifies a bank, not an account holder (like a BIC or a sort code, labelled none).
    (None, STRONG, ("routing number", "aba number")),
    # The number of the national identity card of Bangladesh and the Maldives (NID), in a table of people only:
    # Drupal's `nid` is a node's id.
    ("national_id", CONTEXT, ("nid",)),
)
OVERRIDE = frozenset({"password hint"})
# `on` marks a time stamp at a name's end (`created_on`); between `name` and what a name is printed on, it is a
# preposition: the name on a card or an account is its holder's (PCI DSS's cardholder name). Not `printed_on_card`.
ON_WHAT = frozenset({"card", "cards", "account", "accounts", "cheque", "check"})
# A police clearance (a certificate of criminal records): its outcome, result or whether a record was found.
CLEARANCE_PAIRS = frozenset({("police", "clearance"), ("police", "clearances")})
CLEARANCE_COLUMNS = frozenset({"result", "results", "outcome", "record", "records"})
