"""Round 36's words (docs/classifier.md, "Round 36"): personal data named in Tajik (Latin transliteration, as ASCII
identifiers write it: a person's names, birth date, identity document, address, blood group, diagnosis,
vaccinations, health state, a medical record's recommendation, a parent's imprisonment and the criminal code; staff,
children, parents and relatives as tables of people, `tibbi` as medical) and in siSwati and Zulu (surname, name,
phone number); an eye examination's measures (visual acuity, intraocular pressure, the refraction of each eye in
the notation of a spectacle prescription, an intraocular lens's power, the register of the blind) and a diabetic
flag as health; an IP address glued to the action it records (`lastip`, `createip`); a P.O. box; who signed, collected
or canvassed; an employee's "other id" as a national number in a table of people.

round_words.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning), the tables
of people and of health and the measures kept as numbers.
"""
from __future__ import annotations

from auditor.analysis.classify.strengths import CONTEXT, STRONG, WEAK, Vocab

# The eye a measure is of: right and left (`re`, `le`), Latin oculus dexter, sinister, uterque (`od`, `os`, `ou`).
# (Not `right` and `left`: as pieces of glued names they would split `timeleft`, `copyright`.)
_EYES = ("re", "le", "od", "os", "ou")
# The measures of an eye examination written per eye: visual acuity (`va`, best-corrected `bcva`, uncorrected
# `ucva`), intraocular pressure (`iop`), and a spectacle prescription's sphere, cylinder, axis and near addition.
_PER_EYE = ("va", "bcva", "ucva", "iop", "sph", "cyl", "axis", "add")
EYE_MEASURES = tuple(f"{m} {e}" for m in _PER_EYE for e in _EYES) + tuple(f"{e} {m}" for m in _PER_EYE for e in _EYES)

VOCAB: Vocab = (
    # Tajik names: `nasab` the surname, `nom` the given name (known as French `nom`), `nomi padar` the father's name
    # (the patronymic), `nasab nom` and `nomu nasab` the full name.
    ("person_name", STRONG, ("nasab", "nasabi", "nomi padar", "nasab nom", "nomu nasab", "nom nasab", "nasabu nom")),
    # People named by role in Tajik: a doctor (`duktur`), a visitor (`mehmon`), as `doctor` and `visitor`.
    ("person_name", WEAK, ("duktur", "mehmon")),
    # A recommendation (`tavsiya`, also Uzbek) is a clinical one in a medical record only (below, HEALTH_TABLES).
    ("health", CONTEXT, ("tavsiya", "tavsiyaho")),
    # Birth in Tajik: `sanai tavallud` (the date of birth), `ruzi tavallud` (the birthday); Persian `tarikh tavallod`.
    ("birth_date", STRONG, ("sanai tavallud", "ruzi tavallud", "tarikhi tavallud", "tarikh tavallod")),
    # A place of birth is no date.
    (None, STRONG, ("joi tavallud", "mahalli tavallud")),
    # Identity documents in Tajik: `shinosnoma` (the passport, the identity card) and its number, the birth
    # certificate (`shahodatnomai tavallud`).
    ("national_id", STRONG, ("shinosnoma", "raqami shinosnoma", "shahodatnomai tavallud", "shahodatnoma tavallud")),
    # An address in Tajik (`suroga`, `surogai zist`, the residence).
    ("postal_address", STRONG, ("suroga", "surogai zist", "surogai istiqomat")),
    # Health in Tajik: the blood group (`guruhi khun`), a diagnosis (`tashkhis`), vaccinations (the plural
    # `emlashho`; `emlash`, also Uzbek, was known from round 33), the state of health (`holati salomati`).
    ("health", STRONG, ("guruhi khun", "tashkhis", "emlashho", "holati salomati")),
    # Criminal data in Tajik: in prison (`dar zindon`), an article of the criminal code (`moddai kodeksi jinoi`).
    ("criminal_record", STRONG, ("dar zindon", "zindon", "kodeksi jinoi", "moddai kodeksi jinoi")),
    # siSwati `sibongo` and Zulu, Xhosa and Ndebele `isibongo` (a surname), siSwati `libito` and Zulu `igama` (a
    # name), a phone number (siSwati `inombolo yelucingo`, Zulu `inombolo yocingo`).
    ("person_name", STRONG, ("sibongo", "isibongo", "libito", "igama")),
    ("phone", STRONG, ("inombolo yelucingo", "inombolo yocingo", "lucingo", "ucingo")),
    # An eye examination: visual acuity (English; the Spanish and Portuguese names were known, rounds 16 and 30),
    # intraocular pressure, an intraocular lens's power, the register of the blind and partially sighted, a measure
    # written per eye (above), near addition's power.
    ("health", STRONG, ("visual acuity", "intraocular pressure", "iop", "iol power", "blind register",
                        "add power", "postop va", "preop va", *EYE_MEASURES)),
    # A diabetic (English, French and Italian `diabete`): a condition named as a flag of a person.
    ("health", STRONG, ("diabetic", "diabete", "is diabetic")),
    # An IP address glued to the action it records (Moodle's `lastip`, the older parts' `last_ip`, `create_ip`).
    # (`loginip` splits into `login ip` already.)
    ("ip_address", STRONG, ("lastip", "createip", "writeip")),
    # A post-office box (round 31's glued `pobox`).
    ("postal_address", STRONG, ("po box", "postal box", "post office box")),
    # People named by what they did to a record, as round 28's `checked by` and `validated by`: who signed (a
    # consent form), who collected (an order, a specimen), who canvassed (a voter).
    ("person_name", WEAK, ("signed by", "consent signed by", "collected by", "canvassed by")),
    # An employee's "other id" (OrangeHRM, IceHrm, TimeTrex): a second national number, in a table of people only.
    ("national_id", CONTEXT, ("other id",)),
)
# Measures kept as numbers (iop smallint, sph numeric): health as numbers too.
NUMERIC_HEALTH = frozenset(("iop", "intraocular pressure", "iol power", "add power", *EYE_MEASURES))
# Tables of people in Tajik: children, employees, parents and relatives.
PERSON_TABLES = frozenset("kudakon kudak kormandon korman volidon kheshovandon".split())
# Tables of health in Tajik: medical (`tibbi`: `muoinai tibbi`, a medical examination).
HEALTH_TABLES = frozenset({"tibbi"})
