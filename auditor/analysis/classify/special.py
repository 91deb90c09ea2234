"""GDPR special categories (Art. 9) and criminal data (Art. 10): the words that name them, and the clinical code
systems and vocabulary that give health data away under generic names (`code`, `description`, `note`).

The code systems and the clinical vocabulary are checked in clinical_values.py (re-exported here). A code or term
alone is health data only about a person: a drug catalogue or an ICD-10 table is reference data, so callers apply
these only to tables linked to a person (entity.py).
"""
from __future__ import annotations

import re

from auditor.analysis.classify import lexicon, terms, words33, words34, words35
from auditor.analysis.classify.clinical_values import code_system as code_system
from auditor.analysis.classify.clinical_values import fold as lexicon_fold
from auditor.analysis.classify.clinical_values import is_clinical as is_clinical

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
                  "sexual preference"), ()),     # round 18: gender identity is neither (Art. 9 lists sex life and
    # sexual orientation; `e_*` and `s_*` label it none)
    "criminal_record": (("criminal record", "criminal records", "antecedentes penales", "conviction", "convictions",
                         "condena", "condenas", "offence", "offences", "offense", "offenses", "arrest record",
                         "background check", "delito", "delitos", "sentencia penal", "penal record"), ()),
}
# Round 8: the same in more languages and in applications' own terms (terms.py).
NAMES = {cat: (strong + tuple(w for w in terms.SPECIAL.get(cat, ()) if w not in strong), weak)
         for cat, (strong, weak) in NAMES.items()}
# Identity documents beyond national ids, and health-insurance numbers, under their usual (abbreviated) names.
ID_DOCS = ("dl number", "dl", "driver licence", "drivers licence", "driving license", "driver license number",
           "driver licence number", "licence number driver", "permiso conducir", "carnet conducir",
           "passport number", "ppt number", "nhs", "nhs number", "idnr", "steuernummer", "insee", "tarjeta sanitaria",
           "health insurance number", "insurance number", "numero ss", "number ss", "numero seguridad social",
           "medicare number", "medicaid number", "mrn", "medical record number", "historia numero",
           "health card number", "health card", "health card no")    # round 15: Canada's provincial health cards
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
ciap ciap2 opcs meddra cid cid10 cui""".split())
# Column words that only clinical tables carry: they make a person-linked table a clinical event.
CLINICAL_COLUMNS = frozenset("""snomed loinc icd icd10 cie cie10 cid10 atc rxnorm rxcui cpt diagnosis diagnostico dx
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

# The same in more languages (lexicon.py).
CLINICAL_TABLES = CLINICAL_TABLES | lexicon.CLINICAL_TABLES
CLINICAL_COLUMNS = CLINICAL_COLUMNS | lexicon.CLINICAL_COLUMNS | frozenset("ndc hcpcs drg".split())   # claims' codes
CODE_SYSTEMS = CODE_SYSTEMS | {"drg"}     # a diagnosis-related group
CLINICAL_GENERIC = CLINICAL_GENERIC | lexicon.CLINICAL_GENERIC
VITALS = VITALS | frozenset("bpm glycemia glucemia glicemia glykamie hba1c cholesterol colesterol".split())
# Round 7: the abbreviations of charts and hospital systems (`PEX_HR`, `PEX_TEMP`, `PEX_SAT`, `PEX_AP_MAX`, `fc`, `pas`),
# health data only in a clinical event, like the words above.
VITALS = VITALS | frozenset("hr rr temp sat ap hgt fc pas pad tas tad groesse".split()) | lexicon.VITALS_MORE
CLINICAL_TABLES = CLINICAL_TABLES | lexicon.CLINICAL_TABLES_MORE      # round 9: more languages
CLINICAL_GENERIC = CLINICAL_GENERIC | lexicon.CLINICAL_GENERIC_MORE
CLINICAL_GENERIC = CLINICAL_GENERIC | lexicon.SOAP_SUBJECTIVE | lexicon.SOAP_OBJECTIVE | lexicon.SOAP_ASSESSMENT   # round 16
CLINICAL_GENERIC = CLINICAL_GENERIC | words33.CLINICAL_GENERIC      # round 33: Uzbek and Russian
CLINICAL_GENERIC = CLINICAL_GENERIC | words34.CLINICAL_GENERIC      # round 34: a Russian record's headings
CLINICAL_GENERIC = CLINICAL_GENERIC | words35.CLINICAL_GENERIC      # round 35: a medicine and its dose, Nordic and Dutch
CLINICAL_TABLES = CLINICAL_TABLES | words35.CLINICAL_TABLES         # round 35: a medication list in Danish, Norwegian
# Round 15: body-composition scales' readings (a gym's or a dietitian's InBody scans): a visceral fat level and a
# basal metabolic rate make a person's table a clinical one; there, body fat and muscle mass are vital signs.
CLINICAL_COLUMNS = CLINICAL_COLUMNS | frozenset("visceral bmr".split())
VITALS = VITALS | frozenset("visceral bmr fat muscle".split())
# and occupational health exams: audiometry, spirometry, the body mass index as Romance languages abbreviate it (IMC).
CLINICAL_COLUMNS = CLINICAL_COLUMNS | frozenset("""audiometria audiometry audiometrie espirometria spirometria
spirometry spirometrie imc""".split())
VITALS = VITALS | frozenset("imc audiometria audiometry audiometrie espirometria spirometria spirometry spirometrie".split())

CLINICAL_TABLES = CLINICAL_TABLES | lexicon.AUDIOGRAM_TABLES       # round 19: hearing thresholds per frequency
VITALS = VITALS | lexicon.AUDIOGRAM_VITALS


_WORDS = re.compile(r"[a-z]+")


def special_value(v: str) -> str | None:
    """The special category a short value states on its own (`Catholic`, `Militante`, `bisexual`, a CRM's multi-valued
    `\x01Militante\x01Voluntario\x01`), or None; a value naming an institution (`Catholic University`) states none."""
    if len(v) > 60 or not (v[0].isalpha() or not v[0].isprintable()):
        return None
    low = v.lower()
    words = _WORDS.findall(low if low.isascii() else lexicon_fold(low))
    if not words or len(words) > 4 or not terms.INSTITUTIONS.isdisjoint(words):
        return None
    return next((terms.SPECIAL_VALUES[w] for w in words if w in terms.SPECIAL_VALUES), None)
