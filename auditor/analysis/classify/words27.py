"""Round 27's words (docs/classifier.md, "Round 27"): the people an organisation's record names by role (a school's
head teacher, a shop's proprietor, an estate's superintendent, a branch's leader or chairperson), whose name and
mobile are theirs, not the organisation's; and national numbers under their issuers' names (the National
Identification Number of Nigeria's NIMC and Uganda's NIRA, East Africa's National Social Security Fund number, a
citizenship certificate's number).

vocab.py takes the roles (a `<role>_name` is a person's name); terms.py the national numbers.
"""
from __future__ import annotations

# Not `principal` (a loan's principal is an amount) nor `secretary` (a company secretary may be a firm).
ROLE_WORDS = ("headteacher", "proprietor", "proprietress", "superintendent", "supt", "leader", "chairperson",
              "chairman", "chairwoman")
# Nigeria's NIN (NIMC, eleven digits) and Uganda's (NIRA, `CM`/`CF` and twelve characters): in a table of people
# only, like Kazakhstan's `iin`.
NATIONAL_ID_CONTEXT = ("nin",)
# The National Social Security Fund's member number (Uganda, Kenya, Tanzania), like Ghana's SSNIT number; a
# citizenship certificate's number (Nepal's नागरिकता, Ghana's and others'), the person's national document. Only with
# `number`: an `nssf_contribution` is an amount.
NATIONAL_ID = ("nssf number", "nssf member number", "citizenship number", "citizenship certificate number")
