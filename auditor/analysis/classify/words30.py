"""Round 30's words (docs/classifier.md, "Round 30"): SCRAM's stored and server keys (RFC 5802) as the credentials
a table of people keeps, a doctor named by the Spanish or Portuguese
`médico` (a person, not a health fact), Portuguese and Spanish names of visual acuity, colour blindness and blood
pressure as health, and XMPP addresses (RFC 7622's JIDs), which are not e-mail addresses.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning); entity.py reads a
doctor's column.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # SCRAM (RFC 5802, XMPP's and PostgreSQL's password scheme) keeps a password as a StoredKey and a ServerKey
    # derived from it: in a table of people only (an integration's `server_key` is an API secret). Not the salt:
    # the older parts label a salt none almost everywhere.
    ("credentials", CONTEXT, ("stored key", "storedkey", "server key", "serverkey")),
    # Visual acuity, colour blindness and blood pressure in Portuguese and Spanish (a fitness examination's).
    ("health", STRONG, ("acuidade visual", "agudeza visual", "daltonismo", "tensao arterial", "pressao arterial",
                        "presion arterial", "tension arterial")),
    # An XMPP address (RFC 7622's JID, `user@host/resource`) names a chat account, not an e-mail address.
    (None, STRONG, ("jid", "jids", "bare jid", "barejid", "from jid", "to jid", "fromjid", "tojid")),
)
# A doctor (`médico`, `médica`), alone or with the words for a name or an examiner, is a person: in a table of
# examinations or sick notes, the doctor's name rather than a health fact (if the values are names).
DOCTOR = frozenset({("medico",), ("medica",), ("medico", "nombre"), ("nombre", "medico"), ("medico", "nome"),
                    ("nome", "medico"), ("medico", "name"), ("medico", "examinador")})
# A column named for an XMPP address: values written `user@host` are JIDs there, not e-mail addresses (decide.py).
XMPP = frozenset({"jid", "jids", "barejid", "fromjid", "tojid"})
