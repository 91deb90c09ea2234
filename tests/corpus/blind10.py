"""The tenth blind corpus part (schemas m_*): six application schemas recreated from memory and labelled blind.

Its author did not read the classifier, its documentation, its data or the other corpus parts, and never ran the
classifier on these tables. Values are hand-written (blind10_gens.py and the schema modules), without Faker.

Doubtful decisions (also in docs/blind10-corpus.md):
- A column whose rows hold different kinds of value takes the most sensitive kind that fills a sizeable share:
  nopCommerce GenericAttribute.Value (mostly first and last names) is person_name; Bugzilla bugs_activity.added/removed,
  profiles_activity and audit_log old/new values and tokens.eventdata (mostly e-mail addresses) are email.
- nopCommerce: Username holds the e-mail (usernames disabled), so email. The customer attributes XML carries the
  South African ID number, so national_id. Order card fields encrypted with the store key are labelled by what they
  hold (CardName person_name, CardNumber and CardCvv2 payment_card, type and expiry none); the masked number is none.
- openIMIS: CHFID (the insurance number) and the NIDA number in `passport` are national_id; tblClaim.ICDID* are
  integer keys into the ICD table but encode a person's diagnosis, so health; the claim Explanation is clinical, so
  health; Ethnicity is ethnic_origin; the plain DummyPwd is credentials, PrivateKey (a salt) none.
- Hagwon: the encrypted resident registration number is national_id; the fingerprint template is biometric; the
  attendance code (with a sick-absence value) and its remarks are health; the sex-offence record check result of a
  teacher is criminal_record, its date none; the cash-receipt number (a phone number) is phone; masked card numbers none.
- Faena: rut_numero is national_id, the lone check digit rut_dv none; a worker's union (sindicato_id) and the union
  dues are trade_union; blood group, breathalyser reading, medical fitness flag, exam results and sick-leave type and
  CIE-10 code are health; the turnstile coordinates (fixed gates) are none; health insurer and pension fund are none.
- Defence: PNC and CRO numbers, prison number, the in-custody flag, offences, pleas, outcomes, arrest reasons and bail
  conditions are criminal_record; offence dates none; LAA ethnicity codes ethnic_origin, disability codes health;
  custody medical notes health, declared religion religious_belief; a bank sort code none.
"""
from __future__ import annotations

from .blind10_bugzilla import bugzilla_tables
from .blind10_defence import defence_tables
from .blind10_faena import faena_tables
from .blind10_hagwon import hagwon_tables
from .blind10_imis import imis_tables
from .blind10_nop import nop_tables
from .gens import Table


def blind10_tables() -> list[Table]:
    return nop_tables() + imis_tables() + hagwon_tables() + faena_tables() + bugzilla_tables() + defence_tables()
