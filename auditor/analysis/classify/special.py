"""GDPR special categories (Art. 9) and criminal data (Art. 10): the words that name them, and the clinical code
systems and vocabulary that give health data away under generic names (`code`, `description`, `note`).

Code systems are checked by structure and check digit, not looked up: SNOMED CT concept ids (partition digits
and Verhoeff), LOINC codes (mod-10, i.e. Luhn), ICD-10 and ATC codes by pattern. The word list ships as package
data (data/clinical_terms.txt). A code or term alone is health data only about a person: a drug catalogue or an
ICD-10 table is reference data, so callers apply these only to tables linked to a person (entity.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from stdnum import luhn, verhoeff

# category -> (strong names, weak names); tokens are accent-free, lower case, as names.tokens() yields them.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "genetic": (("genotype", "genotipo", "genetic", "genetico", "genetica", "dna", "adn", "genome", "genoma",
                 "gene variant", "genetic test", "dna sample", "muestra adn", "brca", "haplotype"), ()),
    "biometric": (("biometric", "biometrico", "biometrica", "fingerprint template", "huella dactilar", "huella digital",
                   "faceprint", "face template", "face embedding", "facial template", "iris scan", "iris template",
                   "voiceprint", "retina scan", "biometric template", "plantilla biometrica"), ("huella",)),
    "ethnic_origin": (("race", "ethnicity", "ethnic", "etnia", "etnico", "raza", "ethnic group", "ethnic origin",
                       "racial origin", "origen etnico", "grupo etnico", "origen racial"), ()),
    "political_opinion": (("political party", "political affiliation", "political opinion", "political views",
                           "partido politico", "afiliacion politica", "ideologia", "ideology", "voting intention",
                           "intencion voto", "political", "party membership", "party affiliation", "party member",
                           "militancia", "militancia politica", "afiliacion partido"), ()),
    "religious_belief": (("religion", "religious", "religiosa", "religioso", "creencia", "creencias", "confession",
                          "confesion", "faith", "denomination", "religious affiliation", "konfession", "religione", "religiao",
                          "religionszugehorigkeit", "confessione", "culte"), ()),
    "trade_union": (("trade union", "union member", "union membership", "sindicato", "sindical", "afiliacion sindical",
                     "union dues", "cuota sindical", "labor union", "labour union", "gewerkschaft", "syndicat",
                     "sindacato", "syndique", "sindicalizado"), ()),
    "sex_life": (("sexual orientation", "orientacion sexual", "sex life", "vida sexual", "sexuality", "sexualidad",
                  "sexual preference", "gender identity"), ()),
    "criminal_record": (("criminal record", "criminal records", "antecedentes penales", "conviction", "convictions",
                         "condena", "condenas", "offence", "offences", "offense", "offenses", "arrest record",
                         "background check", "delito", "delitos", "sentencia penal", "penal record"), ()),
}
# Identity documents beyond national ids, and health-insurance numbers, under their usual (abbreviated) names.
ID_DOCS = ("dl number", "dl", "driver licence", "drivers licence", "driving license", "driver license number",
           "driver licence number", "licence number driver", "permiso conducir", "carnet conducir",
           "passport number", "ppt number", "nhs", "nhs number", "idnr", "steuernummer", "insee", "tarjeta sanitaria",
           "health insurance number", "insurance number", "numero ss", "number ss", "numero seguridad social",
           "medicare number", "medicaid number", "mrn", "medical record number", "historia numero")
# Generic column words that hold health data in a clinical event table (entity.CLINICAL).
CLINICAL_GENERIC = frozenset("""code codes codigo description descripcion desc display term note notes nota notas
value valor result resultado reason motivo text texto comment comments comentario observacion observaciones
finding hallazgo summary resumen detail detalle name nombre drug drugs farmaco medicamento dose dosis dosage
posologia sig reaction reaccion severity gravedad interpretation impression allergen alergeno vaccine vacuna
instructions instruction instrucciones indications indicaciones indication indicacion indicazione title titel titulo
titolo titre bemerkung bemerkungen kommentar notiz notizen commento commenti osservazioni commentaire remarque
remarques opmerking opmerkingen uwagi anteckning grund motif reden powod orsak""".split())
# Vital signs and body measures in several languages: in a clinical event they are the patient's health data.
VITALS = frozenset("""weight height temperature pulse respiration respiratory bmi bp bps bpd systolic diastolic sbp dbp
oxygen saturation spo2 o2sat waist circumference circ heart glucose peso talla altura estatura temperatura pulso
respiracion presion tension sistolica diastolica saturacion glucemia gewicht grosse korpergrosse blutdruck puls
atemfrequenz poids taille pression altezza pressione frequenza saturazione lengte bloeddruk waga wzrost cisnienie
tetno vikt langd blodtryck""".split())
# Code-system words: in a clinical event, a column named for one holds the patient's codes (`cie`, `atc`, `icd9_code`).
CODE_SYSTEMS = frozenset("""snomed loinc icd icd9 icd10 cie cie9 cie10 atc rxnorm rxcui cpt ndc hcpcs gsn cvx icpc icpc2
ciap ciap2 opcs meddra""".split())
# Column words that only clinical tables carry: they make a person-linked table a clinical event.
CLINICAL_COLUMNS = frozenset("""snomed loinc icd icd10 cie cie10 atc rxnorm rxcui cpt diagnosis diagnostico dx
dosage posologia encounter concept diagnose diagnosi diagnoza diagnos diagnostic dosierung dosaggio posologie
dawkowanie allergen systolic diastolic bmi spo2 bps bpd""".split())
# Table words of clinical events, beyond names.HEALTH_TABLES.
CLINICAL_TABLES = frozenset("""encounter encounters condition conditions observation observations medication
medications procedure procedures immunization immunizations immunisations allergy allergies careplan careplans
vital vitals lab labs prescription prescriptions prescripcion prescripciones episodio episodios genomics
diagnostic diagnostics imaging vacunas vaccinations drug drugs exposure measurement measurements specimen
specimens death chart icu diagnose diagnosen diagnosi diagnosis diagnoses diagnostico diagnosticos rezept rezepte
receta recetas ricetta ricette prescrizione prescrizioni ordonnance ordonnances recepta recepty allergie
allergien alergia alergias allergia vitalwerte vitalparameter vitali vitales befund befunde
laboratorio laboratoire impfung impfungen vaccinazioni vaccins vaccination medikament medikamente medicamento
medicamentos farmaco farmaci""".split())

_SNOMED = re.compile(r"^\d{6,18}$")
_LOINC = re.compile(r"^(\d{1,5})-(\d)$")
_ICD10 = re.compile(r"^[A-TV-Z]\d[0-9AB](\.\d{1,4}[A-Z]?)?$")
_ATC = re.compile(r"^[A-V]\d{2}[A-Z]{2}\d{2}$")
_TAG = re.compile(r"\((disorder|finding|procedure|substance|situation|observable entity|morphologic abnormality|"
                  r"regime/therapy|body structure|event)\)\s*$", re.I)
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|ui|unt|meq)\b", re.I)
_SUFFIX = re.compile(r"[a-z]{3,}(?:itis|osis|emia|aemia|algia|ectomy|ectomia|scopy|scopia|plasty|plastia|"
                     r"patia|pathy|otomy|otomia)\b")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def terms() -> frozenset[str]:
    text = resources.files("auditor.analysis.classify").joinpath("data/clinical_terms.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def is_snomed(v: str) -> bool:
    """A SNOMED CT concept/description id: partition 00/01/02/10/11/12 and a valid Verhoeff check digit."""
    return bool(_SNOMED.match(v)) and v[-3:-1] in ("00", "01", "02", "10", "11", "12") and verhoeff.is_valid(v)


def is_loinc(v: str) -> bool:
    m = _LOINC.match(v)
    return bool(m) and luhn.calc_check_digit(m.group(1)) == m.group(2)


def code_system(v: str) -> str | None:
    """Which clinical code system this value's structure and check digit fit, if any."""
    if v[0].isdigit():
        return "snomed" if is_snomed(v) else "loinc" if is_loinc(v) else None
    if len(v) == 7 and _ATC.match(v):
        return "atc"
    if len(v) <= 9 and _ICD10.match(v):
        return "icd10"
    return None


def is_clinical(v: str) -> bool:
    """A clinical code, or text in clinical language (vocabulary word, SNOMED semantic tag, dose, -itis/-ectomy)."""
    if not v or len(v) > 400:
        return False
    if " " not in v and len(v) <= 18 and code_system(v):
        return True
    low = v.lower()
    if _TAG.search(v) or _DOSE.search(v) or _SUFFIX.search(low):
        return True
    return not terms().isdisjoint(_WORD.findall(_fold(low)))


def _fold(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
