"""Round 28's words (docs/classifier.md, "Round 28"): a card's verification value under the names payment schemas
give it, a password-reset key as a secret rather than a password, the people who checked, validated or reported a
record (a name if the values say so), eyesight and Kt/V as health, Spanish and Portuguese names of HIV and blood
tests, and national numbers under their issuers' or applications' names (Tanzania's NIDA number, iDempiere's
`NationalCode` and `SSCode`).

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning); entity_words.py
keeps the lab words to records about people.
"""
from __future__ import annotations

# The card verification value or code (CVV2, CVC2, CID) printed on a payment card, which PCI DSS forbids storing
# after authorisation: nopCommerce's `CardCvv2`, Compiere's and iDempiere's `CreditCardVV`, daloRADIUS's
# `creditcardverification`. Not a bare `cvv`: a gateway's `cvv_response_message` is the processor's answer.
PAYMENT_CARD = ("cvv2", "cvc2", "cvv 2", "cvc 2", "card cvv", "card cvv2", "card cvc", "card cvc2", "credit card vv", "creditcardvv",
                "credit card verification", "card verification value", "card verification code",
                "card security code")
# A password-reset key is a secret token (it lets its holder set the password), not a stored password: Tryton's
# `res_user.password_reset`, ERPNext's and Vaultwarden's `reset_password_key`, a `reset_password_token`.
SECRET_TOKEN = ("password reset", "reset password key", "reset password token", "password reset token")
# Who checked, validated, verified or reported a record: a name only if the values are names (user ids are not).
# Not `verified by` (a KYC record's verifier is as often an agency), nor `principal investigator` (it makes a
# trial's record read as a person's, and its own name a person's name).
PERSON_WEAK = ("checked by", "validated by", "reported by", "validado por", "reportado por", "revisado por",
               "interviewer", "interviewer name")
# A driver's or pilot's eyesight (an eyesight test, German `Sehtest`, a visual aid `Sehbehelf`) is health; the
# dialysis adequacy index Kt/V (KDOQI), a number about a patient.
HEALTH_STRONG = ("eyesight", "eyesight test", "vision test", "sehtest", "sehbehelf", "ktv", "kt v")
NUMERIC_HEALTH = frozenset({"ktv", "kt v"})
# HIV is VIH in Spanish, French and Portuguese; haemoglobin and potassium as Spanish, Portuguese and Italian lab
# results. Only in records about people (entity_words.ABOUT_PEOPLE_ONLY): a fertiliser's `potasio`.
LAB_ABOUT_PEOPLE = ("vih", "hemoglobina", "emoglobina", "potasio", "potassio", "potassio serico", "potasio serico")
# Tanzania's National Identification Authority number (twenty digits); iDempiere's and Iran's `NationalCode` and
# iDempiere's social-security `SSCode`, in a table of people only (a product's `national_code` is a tariff code).
NATIONAL_ID = ("nida number", "nida no", "nida id", "nida nin")
NATIONAL_ID_CONTEXT = ("national code", "nationalcode", "sscode", "ss code")
