"""Round 32's words (docs/classifier.md, "Round 32"): Catalan names of a person's surnames, birth date, address,
postcode and e-mail, and Andorra's tax and social-security numbers (NRT, CASS) in a table of people; shops (Spanish
and Catalan) as organisations and a club's own contact columns as its; the copy addresses (`cc`, `bcc`) of a mail message, not a card.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning); entity_words.py
the organisations' tables, entity.py a club's own contact and a message's copy addresses.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # Catalan, as Spanish `apellidos`, `fecha de nacimiento`, `dirección`, `código postal`, `correo electrónico`.
    ("person_name", STRONG, ("cognom", "cognoms", "primer cognom", "segon cognom")),
    ("birth_date", STRONG, ("naixement", "data naixement")),
    ("postal_address", STRONG, ("adreca", "adreces", "adreca postal", "codi postal")),
    ("email", STRONG, ("correu electronic", "adreca electronica")),
    # Andorra's Número de Registre Tributari (a person's tax number) and its social-security (CASS) number, in a
    # table of people only (a Cassandra node's `cass` is none).
    ("national_id", CONTEXT, ("nrt", "cass", "number cass", "cass number")),
)
# A shop (Spanish `comercio`, Catalan `comerç`) is an organisation: its own address, e-mail and phone are no one's.
ORG_TABLES = frozenset({"comercio", "comercios", "comerc", "comercos"})
# A club's own contact columns (`club_email`, `CLUB_ADDR` in a table of clubs) are the club's, an organisation's;
# not its coach's or secretary's (`coach_phone`), so a table of clubs is not read as an organisation's.
OWN_CONTACT_OF = frozenset({"club"})
OWN_CONTACT = frozenset({"phone", "email", "postal_address"})
# The copy addresses of a mail message (a help desk's thread, a ticket's article): e-mail addresses, not a card.
COPY = frozenset({("cc",), ("bcc",)})
MESSAGE_TABLES = frozenset({"message", "messages", "mail", "mails", "email", "emails", "thread", "threads",
                            "conversation", "conversations", "article", "articles"})
