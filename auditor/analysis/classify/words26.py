"""Round 26's words (docs/classifier.md, "Round 26"): outbreak surveillance and neonatal records, police vetting, a
password in Polish and Russian, and the glued lower-case names object-relational mappers leave when they fold Java
or C# camelCase (`testeddisease`, `bloodpressuresystolic`, `reportlat`), which names.tokens() can split only into
words it knows.

vocab.py registers the words (`_add_new`: a word the vocabulary already knows keeps its meaning); names.py takes the
birth-date parts; clinical_event.py takes the specimen's own label.
"""
from __future__ import annotations

# Neonatal measures (a birth weight, a gestational age at birth, a pregnancy's weeks of gestation), also as numbers,
# and an immunosuppressive therapy, a symptom's onset.
HEALTH_STRONG = ("birth weight", "birthweight", "gestational age", "gestation age", "gestation age birth",
                 "gestational age birth", "gestation weeks", "weeks gestation", "semanas gestacion", "immunosuppressive therapy", "onset symptom")
NUMERIC_HEALTH = frozenset(HEALTH_STRONG[:9])
# In a health context only (a clinical event): what a specimen is (blood, stool, a swab), which test it had (PCR,
# culture), the serotype of what grew, whether the person had symptoms, a symptom, the WHO/ECDC classification of
# a case of a notifiable disease (suspected, probable, confirmed). Not alone: a car's `fault_symptom`, a court's
# `case_classification`.
HEALTH_CONTEXT = ("sample material", "specimen material", "specimen type", "test type", "serotype", "symptomatic",
                  "symptom", "case classification")
# A national health identifier (Ethiopia's, India's ABHA number), like the NHS number.
NATIONAL_ID = ("national health id", "national health number", "national health identifier")
# A birth date stored in parts (`birthdate_dd`, `birthdate_mm`, `birthdate_yyyy`), as numbers.
BIRTH_PARTS = tuple(f"{b} {p}" for b in ("birthdate", "birth date", "dob") for p in ("dd", "mm", "yyyy", "yy"))
DATE_PARTS = frozenset({"dd", "mm", "yyyy", "yy"})
# A password's hash in Polish (`haslo_hash`) and transliterated Russian (`parol_hash`); a bare `haslo` is as often
# a slogan (hasło reklamowe).
CREDENTIALS = ("haslo hash", "parol hash")
POSTAL = ("post code",)       # the British spelling in two words (`post_code`)
# Police vetting of a person who will work with children or vulnerable adults (Ireland's Garda vetting by the
# National Vetting Bureau, the UK's and New Zealand's police vetting, a police check or clearance): its outcome
# discloses convictions.
CRIMINAL = ("garda vetting", "police vetting", "police check", "police clearance")
# The state a specimen arrived in (adequate, haemolysed) is the specimen's, not the person's.
NOT_HEALTH = ("specimen condition", "sample condition")
# Words a glued lower-case name may be split into (beyond the vocabulary's): clinical and reporting words.
GLUE = frozenset("""tested onset symptom report classification pathogen gestation weight pressure systolic
diastolic immunosuppressive therapy basic temperature fever diarrhea specimen""".split())
# A specimen's own label in a clinical event (`samplecode`, `specimen_id`, a lab test's `sample`): it names the
# tube, as a barcode does, not a clinical concept.
SPECIMENS = frozenset({"sample", "samples", "specimen", "specimens"})
LABEL_WORDS = frozenset({"code", "id", "number", "no", "nr", "barcode", "label"})
