"""Round 39's words (docs/classifier.md, "Round 39"): a confirmation key as a secret, French abbreviations of a birth
date and a password (`ddn`, `mdp`), an Arabic contact person (`الشخص المسؤول`) and
an address (`العنوان`, in a table of people), and
Arabic login names as no person's name. The Sorani and Arabic words in
their own script went to data/world_c.toml (general words of those languages).

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning).
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # A confirmation key (an account's or a subscription's e-mail confirmation) is a secret while it is valid, as
    # `confirmation code` and `confirmation token` were (Magento's `confirmation`, Piwigo's `check_key`).
    ("secret_token", STRONG, ("confirmation key", "confirm key")),
    # French abbreviations: `ddn` (date de naissance) and `mdp` (mot de passe), as French forms and schemas write them.
    ("birth_date", STRONG, ("ddn",)),
    ("credentials", STRONG, ("mdp",)),
    # Arabic: a contact person (`الشخص المسؤول`, the person responsible; Greek `atomo epikoinonias` of round 38).
    ("person_name", STRONG, ("الشخص المسؤول",)),
    # Arabic: `العنوان`, the address (world_c.toml's Latin `al unwan`), only in a table of people: it is also a title
    # (a book's, a message's).
    ("postal_address", CONTEXT, ("العنوان",)),
    # Arabic: a login name is no person's name (`اسم المستخدم`, `اسم الدخول`: English `user_name`, `login_name`), now
    # that the nominative plurals of people (`المستخدمون`, users) make a table of people, where a bare `اسم` counts.
    (None, STRONG, ("اسم المستخدم", "اسم الدخول")),
)
