"""Round 38's words (docs/classifier.md, "Round 38"): a physiotherapy record's pain scale and range of motion (English
and Greek), Greek in Latin letters (a landline, the Cypriot social insurance number, a contact person, therapists as
a table of people), Pashto in Latin letters (the father's name as the tokens read it, a pen name used as a surname, the
blood group, a password), Solomon Islands Pijin (a phone number, a password) and a one-time password as a secret.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables
of people and the measures kept as numbers.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import STRONG, Vocab

VOCAB: Vocab = (
    # A physiotherapy record's measures (the older parts' Norwegian pain score `smerte_nrs`, fitted16.py): a pain
    # scale or score and a joint's range of motion, in English and in Greek (`klimaka ponou`, `evros kinisis`).
    # (`of` is a stop word: `range_of_motion` is read as `range motion`.)
    ("health", STRONG, ("pain scale", "pain score", "range motion", "klimaka ponou", "evros kinisis")),
    # Greek (Latin letters): a landline (`stathero`, of `stathero tilefono`; `tilefono` and `kinito` were known), the
    # social insurance number (Cyprus's `arithmos koinonikon asfaliseon`, Greece's `ama`/`amka` family), a contact
    # person (`atomo epikoinonias`).
    ("phone", STRONG, ("stathero",)),
    ("national_id", STRONG, ("koinonikon asfaliseon", "ar koinonikon asfaliseon",
                             "arithmos koinonikon asfaliseon", "koinonikis asfalisis")),
    ("person_name", STRONG, ("atomo epikoinonias",)),
    # Pashto (Latin letters): the father's name `plar num` (world_a.toml), as the tokens read it (`num` is expanded to
    # `number`, so the file's `plar num` never matched), a pen name used as a surname (`takhallus`; world_a.toml
    # spells it `takhalus`), the blood group (`wina grup`, `wino grup`), a password (`paswurd`).
    ("person_name", STRONG, ("plar number", "da plar number", "takhallus")),
    ("health", STRONG, ("wina grup", "wino grup", "da wino grup")),
    # A password spelt as it is said: Pashto `paswurd`, Solomon Islands Pijin and Bislama `paswod`.
    ("credentials", STRONG, ("paswurd", "paswod")),
    # Solomon Islands Pijin and Tok Pisin: a phone number (`fon namba`).
    ("phone", STRONG, ("fon namba",)),
    # A one-time password (RFC 4226 and 6238: HOTP, TOTP) is a secret while it is valid (`otp secret` was known).
    ("secret_token", STRONG, ("otp", "otp code", "otp value")),
)
# Measures kept as numbers (a pain scale as a smallint): health as numbers too.
NUMERIC_HEALTH = frozenset(("pain scale", "pain score", "range motion", "klimaka ponou", "evros kinisis"))
# Tables of people in Greek: therapists (`therapeftes`, `therapeutes`), doctors (`iatroi`).
PERSON_TABLES = frozenset("therapeftes therapeutes iatroi".split())
