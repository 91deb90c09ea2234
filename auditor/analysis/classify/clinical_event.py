"""Clinical events: which tables hold events about a person without a declared foreign key (a column that is a
person's key: `patient_id`, `id_paciente`, `pat_id`, MIMIC's `subject_id`; `pid` beside a clinical word), and
which of their generic columns (`code`, `description`, `note`, `value`, a vital sign) are health data.
Split from entity.py, which decides the entity and calls these.
"""
from __future__ import annotations

from functools import lru_cache

from auditor.analysis.classify import lexicon, names, special, words26, words34
from auditor.analysis.classify.clinical_values import has_term
from auditor.analysis.classify.vocab import PERSON_KEY_ABBREV, WEAK_PERSON_KEYS
from auditor.model.snapshot import Relation

CLINICAL = "clinical_event"
_GLUED = ("code", "description", "desc", "display", "note", "notes", "codigo", "descripcion")
# Round 16: a barcode or QR code labels a tube, a box or a form; it codes no clinical concept.
_LABELS = frozenset({"barcode", "barcodes", "qrcode"})


# MIMIC's subject_id, and person nouns of other languages (`id_paziente`, `mitarbeiter_id`, `id_alunno`)
_LINK_WORDS = names.PERSON_TABLES | PERSON_KEY_ABBREV | frozenset("""subject paziente pazienti personne alunno
studente dipendente mitarbeiter mitarbeiterin medewerker patient""".split()) | lexicon.PATIENTS
_ID = frozenset({"id", "number", "nr", "no", "num", "uuid", "guid"})     # EMIS's `PatientGuid`


@lru_cache(maxsize=16384)
def link_columns(columns: tuple[str, ...]) -> tuple[bool, bool, bool]:
    """(a column points at a person without a foreign key, a column may (`pid`: beside a clinical word only), a
    column names a clinical code system or measure), per column list."""
    words = {t for name in columns for t in names.tokens(name)}
    return (any(_person_key(name) for name in columns),
            any(names.tokens(name) in WEAK_PERSON_KEYS or _encounter_key(name) for name in columns),
            bool(words & special.CLINICAL_COLUMNS) or any(_clinical_pair(name) or _concentration(name)
                                                         for name in columns) or _soap(words))


def _soap(words: set[str]) -> bool:
    """Round 16: a SOAP note's subjective and objective headings as columns (`subjective`, `objektivt`)."""
    return not words.isdisjoint(_SUBJECTIVE) and not words.isdisjoint(_OBJECTIVE)


# Round 34: a Russian medical record's headings (complaints, the objective status) are a SOAP note's too.
_SUBJECTIVE, _OBJECTIVE = lexicon.SOAP_SUBJECTIVE | words34.SOAP_SUBJECTIVE, lexicon.SOAP_OBJECTIVE | words34.SOAP_OBJECTIVE


@lru_cache(maxsize=16384)
def own_record(columns: tuple[str, ...]) -> bool:
    """Round 26: a clinical event's own record in a table of its own (SORMAS keeps a case's symptoms, clinical course
    and health conditions so, one row per case): two or more columns name a vital sign or a condition
    (`temperature`, `fever`, `bloodpressuresystolic`), which no catalogue of codes has."""
    return sum(1 for name in columns if not is_key(name) and (
        bool(set(names.tokens(name)) & special.VITALS) or condition_flag(name))) >= 2


@lru_cache(maxsize=16384)
def patient_keyed(columns: tuple[str, ...]) -> bool:
    """A column keys a patient (`patient_id`, `PatientGuid`, `id_paciente`): beside a patient event word in the table's
    name (`CareRecord_Problem`, `evaluations`, `results`), the table holds the patient's clinical events."""
    return any(_key_to(name, lexicon.PATIENTS) for name in columns)


@lru_cache(maxsize=65536)
def _encounter_key(column: str) -> bool:
    """A key to an encounter, visit or admission (`visit_id`, `hadm_id`, `wizyta_id`, `id_consulta`), or a detail
    row's `parent`: beside a clinical word, the table's rows are events of that encounter."""
    return _key_to(column, lexicon.ENCOUNTER_KEYS)


_PAIRS = frozenset({("lab", "test"), ("lab", "result"), ("lab", "results"), ("blood", "pressure"),
                    ("heart", "rate"), ("chief", "complaint"), ("test", "lab")})


@lru_cache(maxsize=65536)
def _clinical_pair(column: str) -> bool:
    """Two words that together are clinical (`lab_test_name`, `blood_pressure`), though neither is alone."""
    toks = names.tokens(column)
    return any(p in _PAIRS for p in zip(toks, toks[1:]))


# Units of measure in a column's name (`amh_ng_ml`, `volume_ml`, `motility_pct`): in a clinical event, a measured
# result; a concentration (`ng_ml`, `mg_dl`, `mmol_l`, `per_ml`) is one only laboratories report.
_AMOUNTS = frozenset("g ng mg mmol umol nmol pmol pg mcg ug iu miu mu meq per cells".split())
_VOLUMES = frozenset({"ml", "dl", "l", "ul", "hpf"})
UNITS = _VOLUMES | _AMOUNTS - {"per", "cells"} | frozenset("pct percent mmhg bpm kg cm mm".split())


_MONEY = frozenset("price cost copay coinsurance discount tax fee fees amount amt paid charge share vat rate".split())


@lru_cache(maxsize=65536)
def _concentration(column: str) -> bool:
    toks = names.tokens(column)
    return any(a in _AMOUNTS and b in _VOLUMES for a, b in zip(toks, toks[1:]))


@lru_cache(maxsize=65536)
def _person_key(column: str) -> bool:
    """A column that points at a person without a declared foreign key: `patient`, `person_id`, `subject_id`
    (Synthea's CSV tables, MIMIC, OMOP without its constraints), `id_paciente`, `patient_no`, `pat_id`."""
    return _key_to(column, _LINK_WORDS)


def _key_to(column: str, nouns: frozenset[str]) -> bool:
    """`<noun>`, `<noun>_id` or, in Romance order, `id_<noun>` (`id_paciente`, `id_consulta`): a key to a noun's row."""
    toks = names.tokens(column)
    if len(toks) == 2 and toks[0] in _ID:
        toks = toks[::-1]
    return len(toks) in (1, 2) and toks[0] in nouns and (toks[1:] == () or toks[1] in _ID)


@lru_cache(maxsize=65536)
def hint_in(entity: str, column: str, type_: str, base_type: str | None, ctx: tuple[bool, bool], comment: str | None
          ) -> tuple[names.NameHint | None, str]:
    h, tclass = names.column_signals(column, type_, base_type, "", comment, ctx)
    if h is not None and h.word == "dl" and _concentration(column):
        h = None         # `hb_g_dl`: grams per decilitre, not a driving licence
    if entity == CLINICAL and tclass in (names.TEXT, names.OTHER, names.NUMBER) and (
            h is None or h.category == "free_text_may_contain_pii"):
        toks = set(names.tokens(column))
        vital = bool(toks & special.VITALS) and not toks & _NOT_VITAL
        if vital:      # `weight`, `bps`, `BMI_status`, `blutdruck`, `PEX_AP_MAX` (a reading's upper value)
            generic, toks = True, toks - {"status", "min", "max"}
        elif tclass == names.NUMBER:     # a measured value or a numeric code (`valuenum`, Synthea's `code bigint`)
            generic = bool(toks & _NUMBER_GENERIC) or bool(toks & UNITS and not toks & _MONEY)   # `amh_ng_ml`
        else:                            # `description`, `reasoncode`, `cie`, `drug_source_value`
            generic = bool(toks & (special.CLINICAL_GENERIC | special.CODE_SYSTEMS)) or any(
                t.endswith(_GLUED) and t not in _LABELS for t in toks)
        label = toks <= _SPECIMEN_LABEL and not toks.isdisjoint(words26.SPECIMENS)
        # round 26: `samplecode`, a lab test's `sample`: the tube's label, like a barcode, not a clinical code
        if not label and (generic and (vital or not toks & _NOT_GENERIC) or coded(column)) or (
                toks and toks <= _FLAG and tclass != names.NUMBER):
            return names.NameHint("health", names.WEAK, "context", "clinical event: " + " ".join(toks)), tclass
    if entity == CLINICAL and (tclass == names.BOOL or tclass == names.TEXT and not is_key(column)) and (
            h is None and condition_flag(column)):
        # round 26: also a yes/no/unknown kept as text (SORMAS's `fever`: YES, NO, UNKNOWN); not a dose's unit
        return _CONDITION_FLAG, tclass
    return h, tclass


_CONDITION_FLAG = names.NameHint("health", names.WEAK, "context", "clinical event: a condition's flag")
_SPECIMEN_LABEL = words26.SPECIMENS | words26.LABEL_WORDS


@lru_cache(maxsize=65536)
def condition_flag(column: str) -> bool:
    """Round 11: a yes/no column named for a condition, symptom or treatment in the clinical vocabulary (a health
    questionnaire's `asthma`, `chest_pain`, `dizziness`): in a clinical event it says whether the person has it."""
    return has_term(list(names.tokens(column)))


@lru_cache(maxsize=65536)
def coded(column: str) -> bool:
    """A coded clinical fact in a clinical event: every word of the name is a clinical subject, a code word or a
    key word, and one is a code word (`condition_concept_id`, `value_as_concept_id`, `drug_source_concept_id`,
    OpenMRS's `concept_id`); `unit_concept_id`, `route_concept_id`, `visit_type_concept_id` are metadata."""
    toks = [t for t in names.tokens(column) if not t.isdigit()]
    return bool(toks) and not _CODE_WORDS.isdisjoint(toks) and set(toks) <= _CODED_ALLOWED


_RESULTS = frozenset({"value", "valor", "result", "resultado"})
KEYS = frozenset({"id", "ids", "uuid", "fk", "ref", "pk", "key"})
_CODE_WORDS = frozenset({"code", "codes", "codigo", "cd", "concept"}) | special.CODE_SYSTEMS
# Numbers that are codes of what happened to the patient (SNOMED, RxNorm, CVX ids stored as integers) or results.
# Codes as numbers only through coded(): `payer_code` or `place_of_service_cd` is no clinical fact.
_NUMBER_GENERIC = _RESULTS | frozenset(
    "reason motivo reaction reaccion finding hallazgo drug farmaco medicamento severity gravedad dose dosis dosage"
    .split())
_CODED_ALLOWED = _CODE_WORDS | special.CLINICAL_TABLES | special.CLINICAL_GENERIC | frozenset(
    "id source as diagnosis diagnostico condition procedure observation allergen vaccine test".split())
# A lab result's abnormal flag (HL7 OBX-8, MIMIC's `labevents.flag`): the result's interpretation.
_FLAG = frozenset({"flag", "flags", "abnormal"})


@lru_cache(maxsize=65536)
def is_key(column: str) -> bool:
    """`customer_id`, `order_ref`: a key, whose values (`C12`) may look like codes without being any; and a unit or
    route of administration (`route_source_value`: oral), whose values are clinical words about no condition."""
    return not (KEYS | _ADMINISTRATION).isdisjoint(names.tokens(column))


_ADMINISTRATION = frozenset("route via unit units uom unidad unidades method freq frequency frecuencia".split())
ADMINISTRATION = _ADMINISTRATION
# Administration metadata of a clinical event: units, routes (`route_source_value`: oral, subcutaneous).
_NOT_GENERIC = KEYS | (names.NEGATIVE - special.CLINICAL_GENERIC) | _ADMINISTRATION
_NOT_VITAL = KEYS | _ADMINISTRATION | frozenset("date time at ts timestamp source".split())   # r26: `source`


@lru_cache(maxsize=16384)
def clinical_subject(table: str) -> bool:
    """A table named for a clinical subject (`OH_DISEASE`, `diagnoses`, `drugs`): a catalogue of codes when it is
    about no one."""
    return not (special.CLINICAL_TABLES | special.CLINICAL_COLUMNS).isdisjoint(names.tokens(table))


# Words that qualify one of several keys into the same catalogue: admission and discharge diagnoses, a main and a
# secondary one.
_QUALIFIERS = frozenset("""in out entry exit admit admission discharge primary secondary principal main other final
initial provisional first second third previous prev new old ingreso alta principal secundario""".split())


@lru_cache(maxsize=65536)
def same_key(column: str, key: str) -> bool:
    """`ADM_OUT_DIS_ID_A` or `OPD_DIS_ID_A_2` beside the foreign key `ADM_IN_DIS_ID_A` / `OPD_DIS_ID_A`: the same key
    under another qualifier or with an ordinal, pointing at the same catalogue (only one of them is declared)."""
    a = [t for t in names.tokens(column) if not t.isdigit()]
    b = [t for t in names.tokens(key) if not t.isdigit()]
    if a == b:
        return True
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(a) == len(b) >= 3 and len(diff) == 1 and {diff[0][0], diff[0][1]} <= _QUALIFIERS


_GENERIC_KEY = frozenset({"id", "uuid", "pk", "key", "number", "code", "oid", "guid"})


@lru_cache(maxsize=16384)
def carries(columns: tuple[str, ...], keys: frozenset[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The words of the first of `keys` one of the columns is named (a key of another table), per column list."""
    return next((t for c in columns if (t := names.tokens(c)) in keys), None)


def person_keys(tables: list[Relation], base: dict[tuple[str, str, str], str], person: str
                ) -> dict[tuple[str, str], frozenset[tuple[str, ...]]]:
    """Per schema, the primary-key names of its tables of people that say whose key they are (OSCAR's
    `demographic.demographic_no`): another table with a column of that name points at the person, declared foreign
    key or not (MySQL applications often declare none). A bare `id` says nothing."""
    out: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for r in tables:
        if base[(r.database, r.schema, r.name)] != person:
            continue
        pk = r.single_key
        toks = names.tokens(pk) if pk else ()
        if toks and not _GENERIC_KEY.issuperset(toks):
            out.setdefault((r.database, r.schema), set()).add(toks)
        if toks:     # the table's name before its key's (PowerSchool's `StudentsDCID`, `student_dcid`, `customer_no`)
            own = names.tokens(r.name)
            out.setdefault((r.database, r.schema), set()).update(
                {own + toks, own[:-1] + (own[-1][:-1],) + toks} if own and own[-1].endswith("s") else {own + toks})
    return {k: frozenset(v) for k, v in out.items()}


def keyed_details(tables: list[Relation], out: dict[tuple[str, str, str], str], events: tuple[str, str],
                  unknown: str, clinical) -> None:
    """A table that carries an event's own primary key under its name (Facets' claim lines and diagnoses hold the
    claim's `CLCL_ID`; schemas of MySQL and mainframe heritage declare no foreign key) is a detail of that event: a
    person's event too, and a clinical one when the event is or its own name or columns are (`clinical(r)`).
    `events` is (person event, clinical event); a bare `id` says nothing."""
    pks: dict[tuple[str, str], dict[tuple[str, ...], tuple[str, str, str]]] = {}
    for r in tables:
        key = (r.database, r.schema, r.name)
        if out[key] not in events:
            continue
        pk = r.single_key
        toks = names.tokens(pk) if pk else ()
        if toks and not _GENERIC_KEY.issuperset(toks):
            pks.setdefault((r.database, r.schema), {})[toks] = key
    keys = {schema: frozenset(owners) for schema, owners in pks.items()}
    for r in tables:
        key = (r.database, r.schema, r.name)
        if out[key] != unknown or (r.database, r.schema) not in pks:
            continue
        found = carries(tuple(c.name for c in r.columns), keys[(r.database, r.schema)])
        owner = pks[(r.database, r.schema)][found] if found else None
        if owner is not None and owner != key:
            out[key] = events[1] if out[owner] == events[1] or clinical(r) else events[0]
