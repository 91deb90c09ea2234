"""Round 29's words (docs/classifier.md, "Round 29"): the client's address a proxy forwarded (X-Forwarded-For), a
new password awaiting confirmation and an activation key or form salt as the secrets web forums keep, national
numbers of Botswana (Omang) and the Portuguese-speaking countries (Bilhete de Identidade, Mozambique's NUIT), the
standard short names of a person's names (LDAP's `sn`, vCard's `fn`) and a spouse's name in Portuguese, a manager or
person in charge named by role, a sexually transmitted infection, the AUDIT-C score and creatinine clearance as
health, and a defendant's record in Portuguese.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning); entity_words.py
the roles and the branch offices, records.py the defendant's record.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, Vocab

VOCAB: Vocab = (
    # The de facto X-Forwarded-For header (RFC 7239's Forwarded): the client's address as a proxy forwarded it
    # (phpBB's `session_forwarded_for`, Magento's `x_forwarded_for`, MediaWiki CheckUser's `cuc_xff`).
    ("ip_address", STRONG, ("forwarded for", "xff", "xff hex", "ip hex")),
    # A new password waiting for its confirmation (phpBB's `user_newpasswd`, MediaWiki's `user_newpassword`).
    ("credentials", STRONG, ("newpassword", "newpasswd", "new password", "new passwd")),
    # phpBB's account activation key (`user_actkey`) and its form salt, the per-user secret of its CSRF tokens.
    ("secret_token", STRONG, ("actkey", "form salt")),
    # Botswana's national identity card (Omang); the Bilhete de Identidade of Mozambique, Angola and Portugal.
    ("national_id", STRONG, ("omang", "omang number", "bilhete identidade", "number bi", "numero bi", "bi number")),
    # Mozambique's Número Único de Identificação Tributária: a person's in a table of people (an employer has one too).
    ("national_id", CONTEXT, ("nuit",)),
    # A spouse's name in Portuguese (`conjuge` alone is not: a spouse's `contacto` is a phone number).
    ("person_name", STRONG, ("nome conjuge",)),
    # A sexually transmitted infection (in records about people only, entity_words.ABOUT_PEOPLE_ONLY: `sti` is a
    # path in Danish and Norwegian), the WHO's AUDIT-C alcohol-use score, creatinine clearance (CrCl).
    ("health", STRONG, ("sti", "stis", "audit c", "crcl", "creatinine clearance")),
)
ABOUT_PEOPLE_ONLY = frozenset({"sti", "stis"})
# LDAP's `sn` (surname, RFC 4519) and vCard's `fn` (formatted name, RFC 6350), as a column's whole name in a table
# of people only (entity.hint_at): BioTime's `enroll_sn` is a serial number.
NAME_ABBREVIATIONS = frozenset({("sn",), ("fn",)})
NUMERIC_HEALTH = frozenset({"audit c", "crcl", "creatinine clearance"})
# A login attempt's address is the address of whoever attempted (phpBB's `attempt_ip`): not vetoed as a count.
IP_KEEP = frozenset({"attempt", "attempts"})
# A manager (`mgr`, the usual abbreviation) and Portuguese `responsável` (person in charge): in an organisation's
# record, a person's name (`site.mgr`, `mgr_cell`), like round 9's `manager` and `responsable`.
ROLE_WORDS = ("mgr", "responsavel")
# A branch or regional office in Portuguese and Spanish (a delegação, a delegación): an organisation.
ORG_TABLES = frozenset({"delegacao", "delegacoes", "delegacion", "delegaciones"})
# The person accused in Portuguese criminal procedure (`arguido`); what the record says: the sentence, pre-trial
# detention, the prior record (`antecedentes`, a medical history elsewhere).
JUSTICE_TABLES = frozenset({"arguido", "arguidos"})
JUSTICE_COLUMNS = frozenset({"sentenca", "prisao", "preventiva", "antecedentes"})
