"""What each table is about: a natural person, an organisation, an event about a person (clinical or not), or
reference data. The answer resolves ambiguous columns both ways: a bare `name` or `given` in a table of people is
a person's name, a `description` or `code` in a clinical event is health data, and the address, phone and
coordinates of a company, insurer or carrier are business contact data of a legal person, not personal data,
unless the table names a contact person.

Signals: the table's name words, its columns' names (person identifiers vs company identifiers), and its foreign
keys (a table referencing a person table by FK holds data about that person). The sampler and the classifier both
call `infer` on the same relations, so the hints they use agree. Sampled values add one signal later
(sensitivity.py): a person-linked table whose values are clinical codes is a clinical event.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from auditor.analysis.classify import animal, lexicon, names, person_names, records, special, terms, words29, words30, words32, words33
from auditor.analysis.classify.column_memo import by_identity, column_names, signature
from auditor.analysis.classify.people_columns import CONTACT, MIXED_ROWS, b2b, born_row, columns_say, website_only
from auditor.analysis.classify.people_columns import ORG as ORG      # entity.ORG and entity.PERSON, as ever
from auditor.analysis.classify.people_columns import PERSON as PERSON
from auditor.analysis.classify.clinical_event import (CLINICAL, carries, hint_in, keyed_details, link_columns,
                                                      own_record, patient_keyed, person_keys)
from auditor.analysis.classify.clinical_event import clinical_subject as clinical_subject
from auditor.analysis.classify.clinical_event import same_key as same_key
from auditor.analysis.classify.clinical_event import is_key as is_key
from auditor.analysis.classify.person_names import professional_licence as professional_licence
from auditor.analysis.classify.entity_words import (ABOUT_PEOPLE_ONLY, ORG_TABLES_MORE, OWN_DESIGNATION, OWN_NAME,
                                                    PLACES, ROLE_ALONE, ROLE_SUFFIXES, SECRET_PAIRS, SECRET_TABLE,
                                                    SECRET_VALUE)
from auditor.analysis.classify.table_words import table_hint
from auditor.analysis.classify.vocab import ROLE_WORDS
from auditor.model.snapshot import Column, Relation

EVENT, REFERENCE, UNKNOWN = "person_event", "reference", "unknown"
PERSON_LINKED = frozenset({PERSON, CLINICAL, EVENT})

ORG_TABLES = frozenset("""company companies organization organizations organisation organisations org orgs empresa
empresas insurer insurers aseguradora aseguradoras payer payers carrier carriers transportista transportistas
supplier suppliers proveedor proveedores vendor vendors partner partners bank banks branch branches store stores
shop shops warehouse warehouses hospital hospitals school schools colegio colegios escuela escuelas centro centros
facility facilities site sites office offices agency agencies manufacturer manufacturers mutua mutuas institution
institutions employer employers airline airlines hotel hotels sucursal sucursales tienda tiendas almacen almacenes
shipper shippers oficina oficinas department departments departamento departamentos organizacion organizaciones
compania companias fabricante fabricantes distribuidor distribuidores distributor distributors publisher publishers
editorial editoriales merchant merchants pharmacy pharmacies farmacia farmacias university universities universidad
universidades embassy embassies ward wards
""".split()) | ORG_TABLES_MORE | terms.ORG_TABLES
REFERENCE_TABLES = frozenset("""catalog catalogue catalogo product products producto productos item items article
articles articulo articulos sku skus lookup vocab vocabulary codes codigos formulary drug drugs farmaco farmacos
icd10 cie10 cie icd snomed loinc atc category categories categoria categorias type types tipo tipos""".split())
# Column words that identify a company rather than a person.
_ORG_NOT_PERSONAL = frozenset({"phone", "postal_address", "geo_location", "national_id", "person_name", "email",
                               "iban", "bank_account"})
_REF = re.compile(r'REFERENCES\s+((?:"(?:[^"]|"")+"|[\w$]+)(?:\.(?:"(?:[^"]|"")+"|[\w$]+))?)\s*\(', re.I)


def _ident(part: str) -> str:
    return part[1:-1].replace('""', '"') if part.startswith('"') else part


def _split(qualified: str, schema: str) -> tuple[str, str]:
    parts = re.findall(r'"(?:[^"]|"")+"|[\w$]+', qualified)
    return (_ident(parts[0]), _ident(parts[1])) if len(parts) == 2 else (schema, _ident(parts[0]))


def _words(rel: Relation) -> set[str]:
    return set(names.tokens(rel.name))


def _head(rel: Relation) -> str | None:
    """PERSON or ORG from the table name's head noun: the last word in English (`vendor_contacts` are people),
    the first in Spanish (`contactos_proveedor`); else any word that names one of them."""
    toks = names.tokens(rel.name)
    if toks and toks[-1] in special.CLINICAL_TABLES or secret_named(rel.name) or _person_event_named(toks):
        return None          # `patient_allergies`, `person_conditions`, `user_api_keys`: not people
    for i, word in enumerate((toks[-1:] + toks[:1] if toks else ()) + toks):
        if word in names.PERSON_TABLES:
            return PERSON
        if word in ORG_TABLES and (i == 0 or toks[-1] not in lexicon.PATIENT_EVENTS):
            return ORG       # a `HealthOfficeVisit` is a visit, not the office it happens in
    last = toks[-1] if toks else ""       # `officiants`, `sagsbehandler`: named by the people's role
    return PERSON if (last in person_names.PERSON_WORDS or last[:-1] in person_names.PERSON_WORDS) and (
        person_names.role_named(rel.name)) else None


@lru_cache(maxsize=16384)
def _person_event_named(toks: tuple[str, ...]) -> bool:
    """A clinical event named after its person: a clinical word after a person word (`patient_disease`,
    `gnuhealth_patient_evaluation`, `tabPatient Encounter`), or before a patient word (`diagnosticos_paciente`,
    `visitas_pacientes`); `evaluation`, `visit`, `history` count only beside a patient word."""
    for i, t in enumerate(toks):
        if t in names.PERSON_TABLES:
            after = toks[i + 1:]
            patient = t in lexicon.PATIENTS
            if any(w in special.CLINICAL_TABLES or (patient and w in lexicon.PATIENT_EVENTS) for w in after):
                return True
            if patient and any(w in special.CLINICAL_TABLES or w in lexicon.PATIENT_EVENTS for w in toks[:i]):
                return True
    return False


def _clinical_named(rel: Relation) -> bool:
    """A table whose name is a clinical event (`lab_test`, `patient_encounter`), whatever its columns say."""
    toks = names.tokens(rel.name)
    return bool(set(toks) & special.CLINICAL_TABLES) or _person_event_named(toks)


def _base(rel: Relation) -> str:
    """The entity from the table's own name and columns: a column telling persons from companies makes a table of
    both (people's data); else the name's head noun; else what the columns say (a company-id column an organisation,
    two person identifiers a person), a named site an organisation, a reference word in the name reference data.
    What the columns say is memoised per column list (people_columns.columns_say): this runs for every table of
    the cluster."""
    by_columns, evidence, gendered = columns_say(rel.columns)
    if by_columns == MIXED_ROWS:
        return PERSON
    if by_columns == animal.ANIMAL or animal.animal_named(rel.name):
        return animal.ANIMAL     # a veterinary `patient` (species, breed, microchip), `pets`
    head = _head(rel)
    if head == PERSON and b2b(rel):
        return ORG
    if head == ORG and by_columns == PERSON and born_row(signature(rel.columns)):
        return PERSON        # no organisation has a birth date: an IVF patient's `partner`, a member's `partner`
    if head is not None:
        return head
    if (by_columns == PERSON or gendered) and _clinical_named(rel) and (
            _links(rel.columns)[0] or any(c.type == "f" for c in rel.constraints)):
        return UNKNOWN       # an encounter or lab test that copies its patient's name, sex or birth date (Frappe,
        # Open Hospital's OH_LABORATORY with LAB_PAT_NAME and LAB_SEX beside its key to the patient)
    if by_columns is not None and not (by_columns == ORG and website_only(rel.columns) and written(rel.name)):
        # round 33: a comment's author's website is no company's
        return by_columns
    if _words(rel) & PLACES and any(names.tokens(c.name) in _OWN for c in rel.columns):
        return ORG
    if _words(rel) & REFERENCE_TABLES and not evidence:      # product reviews by named reviewers are not
        return REFERENCE
    return PERSON if gendered else UNKNOWN


_OWN = OWN_NAME | OWN_DESIGNATION


@by_identity
def _links(columns: tuple[Column, ...]) -> tuple[bool, bool, bool]:
    return link_columns(column_names(columns))


def references(rel: Relation) -> list[tuple[str, str]]:
    """(schema, table) of every table this one references by foreign key."""
    return [_split(m.group(1), rel.schema) for c in rel.constraints if c.type == "f"
            for m in [_REF.search(c.definition)] if m]


def foreign_keys(rel: Relation) -> list[tuple[str, tuple[str, str]]]:
    """(column, (schema, table)) of every single-column foreign key of this table."""
    return [(c.columns[0], _split(m.group(1), rel.schema)) for c in rel.constraints
            if c.type == "f" and len(c.columns) == 1 for m in [_REF.search(c.definition)] if m]


def infer(rels: Iterable[Relation]) -> dict[tuple[str, str, str], str]:
    """(database, schema, table) -> entity for every table among `rels`. Each table's references are parsed once
    (most tables declare no foreign key): this runs for every table of the cluster."""
    tables = [r for r in rels if r.is_table and r.extension is None]
    base = {(r.database, r.schema, r.name): _base(r) for r in tables}
    out = dict(base)
    refs = {(r.database, r.schema, r.name): found for r in tables if r.constraints and (found := references(r))}
    referrers: dict[tuple[str, str, str], set[str]] = {}
    for (db, schema, name), targets in refs.items():
        for s, t in targets:
            referrers.setdefault((db, s, t), set()).add(base[(db, schema, name)])
    keys_of_people = person_keys(tables, base, PERSON)
    for r in tables:
        key = (r.database, r.schema, r.name)
        kind = base[key]
        if kind in (ORG, PERSON, animal.ANIMAL):
            continue
        if kind == UNKNOWN and referrers.get(key, {PERSON}) == {ORG}:
            out[key] = ORG       # an address/location table only organisations point at (Oracle HR's locations)
            continue
        keyed, maybe_keyed, clinical_columns = _links(r.columns)
        named = column_names(r.columns)
        keys = keys_of_people.get((r.database, r.schema))
        linked = keyed or any(base.get((r.database, s, t)) == PERSON for s, t in refs.get(key, ())) or bool(
            keys and carries(named, keys))
        clinical = (linked or maybe_keyed) and _clinical(r.name, clinical_columns, named)   # only a linked one's
        if not (linked or (maybe_keyed and clinical and kind != REFERENCE)):
            if kind == UNKNOWN and animal.catalogue_named(r.name):
                out[key] = REFERENCE     # a medication list or a definitions table about no one (a formulary)
            continue
        out[key] = CLINICAL if clinical else EVENT
    by_key = {(r.database, r.schema, r.name): r for r in tables}
    changed = True
    while changed:     # round 26: to a fixed point, so a detail of a detail (a sample's tests -> samples -> cases)
        # is one whatever order the tables come in
        changed = False
        for key, targets in refs.items():      # a person's record that hangs off a clinical event (MIMIC's
            # noteevents -> admissions), or a detail of one (OpenMRS's drug_order -> orders)
            if out[key] in (EVENT, UNKNOWN, REFERENCE) and any(out.get((key[0], s, t)) == CLINICAL
                                                               for s, t in targets):
                out[key], changed = CLINICAL, True
            if out[key] == CLINICAL:           # round 26: the event's own record it points at (SORMAS's
                # cases -> symptoms), told from a catalogue by columns that hold measures and conditions
                for s, t in targets:
                    own = (key[0], s, t)
                    if out.get(own) == UNKNOWN and own_record(column_names(by_key[own].columns)):
                        out[own], changed = CLINICAL, True
    for key, targets in refs.items():      # a detail of a person's record (a bail bond's charges -> bonds ->
        # defendants): about the same person, one step further
        if out[key] == UNKNOWN and any(base.get((key[0], s, t)) not in (PERSON, ORG) and out.get((key[0], s, t))
                                       == EVENT for s, t in targets):
            out[key] = EVENT
    keyed_details(tables, out, (EVENT, CLINICAL), UNKNOWN, lambda r: bool(_words(r) & _CLINICAL_WORDS) or _links(
        r.columns)[2])      # a claim's lines and diagnoses under its undeclared key
    animal.records(tables, base, out, lambda r: refs.get((r.database, r.schema, r.name), ()),
                   (CLINICAL, EVENT, UNKNOWN))
    for r in tables:        # round 29: a one-to-one extension is about what it extends
        key, parent = (r.database, r.schema, r.name), _extends(r)
        own = parent and base.get((r.database, *parent))
        if (own == PERSON and out[key] == ORG) or (own == ORG and out[key] in (EVENT, UNKNOWN)):
            out[key] = own
    return out


def _extends(rel: Relation) -> tuple[str, str] | None:
    """The table a one-to-one extension extends: its single-column primary key is a foreign key to it (SuiteCRM's
    and SugarCRM's `accounts_cstm.id_c`, phpBB's `profile_fields_data.user_id`, a Django profile's `user_id`)."""
    pk = rel.single_key
    return next((target for column, target in foreign_keys(rel) if column == pk), None) if pk else None


_CLINICAL_WORDS = special.CLINICAL_TABLES | names.HEALTH_TABLES


def _clinical(table: str, clinical_columns: bool, columns: tuple[str, ...]) -> bool:
    """A table linked to a person is a clinical event when its name or columns are clinical, or when a patient
    event word in its name sits beside a key to a patient (a patient's problems)."""
    toks = names.tokens(table)
    words = set(toks)
    return bool(words & _CLINICAL_WORDS) or clinical_columns or _person_event_named(toks) or (
        _health_named(table)) or (   # `gesundheitsfragen`
        not words.isdisjoint(lexicon.PATIENT_EVENTS) and patient_keyed(columns))


def context(entity: str, table: str) -> tuple[bool, bool]:
    """(person table, health table) for names.column_signals: the entity, or else the table's name. Reference
    data (an ICD-10 list, a drug catalogue) is about no one."""
    if entity == animal.ANIMAL:
        return False, False      # a veterinary patient's `name` is the animal's
    person, health = names.table_context(table)
    person = person and not secret_named(table)        # `user_api_keys` holds keys, not users' names
    return (person or entity == PERSON) and entity != ORG, (health and entity != REFERENCE) or entity == CLINICAL


def hint(entity: str, column: str, type_: str, base_type: str | None, table: str, comment: str | None
         ) -> tuple[names.NameHint | None, str]:
    """names.column_signals in the table's context, plus the generic columns of a clinical event as health."""
    return hint_at(entity, table, column, type_, base_type, context(entity, table), comment)


def hint_at(entity: str, table: str, column: str, type_: str, base_type: str | None, ctx: tuple[bool, bool],
            comment: str | None) -> tuple[names.NameHint | None, str]:
    """hint_in, plus a table of people's own name column (OMOP's `provider.provider_name`, `member_name` in
    `members`), which no person word names."""
    h, tclass = hint_in(entity, column, type_, base_type, ctx, comment)
    if h is not None and entity not in PERSON_LINKED and not any(ctx) and h.word.removesuffix(
            " " + names.CODED_TAG) in ABOUT_PEOPLE_ONLY:
        h = None      # `laws.statute`, `accounts.partners_last_year`, `modems.gsm`: not about anyone
    if entity == animal.ANIMAL and h is not None and h.category in animal.HUMAN_ONLY:
        return None, tclass      # an animal's diagnosis, weight or date of birth
    h = table_hint(table, column, tclass, h)      # round 21: an OAuth client's name, a face's embedding
    if h is not None and h.category == "health" and names.tokens(column) in words30.DOCTOR:
        h = names.NameHint("person_name", names.WEAK, "context", "a doctor")     # round 30: `medico`, `medico_nombre`
    if copied(column) and message_named(table):
        h = names.NameHint("email", names.WEAK, "context", "a message's copy")     # round 32: not a card's `cc`
    if h is None and tclass in (names.TEXT, names.OTHER) and names.tokens(column) in words33.WRITTEN and (
            written(table) or message_named(table)):
        h = _WRITTEN      # round 33: a comment's, a review's or a message's `text`, `content`, `html`
    if entity != REFERENCE and records.kind(table):
        h = records.hint(table, column, tclass, h)     # an arrest's `charge`, a genetic test's `result`
    if tclass in (names.TEXT, names.OTHER, names.BINARY) and (h is None or h.category == "credentials") and (
            secret_named(table) and _secret_value(column)):
        return names.NameHint("secret_token", names.WEAK, "context", "secret of " + table), tclass
    if h is None and tclass in (names.TEXT, names.OTHER):
        if entity == PERSON and (_own_name(table, column) or names.tokens(column) in words29.NAME_ABBREVIATIONS):
            return names.NameHint("person_name", names.WEAK, "context", "name of a " + table), tclass
        if entity == ORG and role(column):
            return names.NameHint("person_name", names.WEAK, "context", "person named by role"), tclass
        if entity == CLINICAL and _health_named(table) and set(names.tokens(column)) <= _KINDS:
            return names.NameHint("health", names.WEAK, "context", "kind of " + table), tclass
    return h, tclass


@lru_cache(maxsize=16384)
def secret_named(table: str) -> bool:
    """`api_keys`, `user_auth_tokens`, `mdl_sessions`, `user_private_key`: a table whose rows are secrets."""
    toks = names.tokens(table)
    return not SECRET_TABLE.isdisjoint(toks) or any(p in SECRET_PAIRS for p in zip(toks, toks[1:]))


@lru_cache(maxsize=65536)
def _secret_value(column: str) -> bool:
    toks = set(names.tokens(column))     # a session table's `session_id` is the bearer secret
    return bool(toks) and (toks <= SECRET_VALUE or (toks <= _SESSION_ID and "session" in toks))


_SESSION_ID = SECRET_VALUE | {"session", "id"}


# In a table named for a health fact (`allergies`, `diagnoses`, `medications`), every row is one about the patient,
# so its kind is too: a food allergy, an intolerance, a severe reaction (not so in `observations` or `encounters`).
_KINDS = frozenset("type kind category class severity criticality tipo clase categoria gravedad criticidade gravidade"
                   .split()
                   ) | frozenset(lexicon.KINDS)


@lru_cache(maxsize=16384)
def _health_named(table: str) -> bool:
    h = names.hint_for(table, "text", None, "", None)
    return h is not None and h.category == "health" and h.strength == names.STRONG


@lru_cache(maxsize=65536)
def _own_name(table: str, column: str) -> bool:
    toks, own = names.tokens(column), names.tokens(table)
    noun = toks[0] if toks[1:] in (("name",), ("names",)) else toks[1] if toks[:1] == ("nombre",) and len(toks) == 2 \
        else None
    return noun is not None and noun not in _LOGINS and (noun in own or noun + "s" in own or noun + "es" in own)


_LOGINS = frozenset({"user", "usuario", "account", "cuenta", "login", "screen", "nick"})     # `users.user_name`


def personal_in(entity: str, category: str, column: str) -> bool:
    """Is a column of this category personal data in a table of this entity? Organisations' own contact data is
    not (GDPR protects natural persons), their contact person's is."""
    if entity != ORG or category not in _ORG_NOT_PERSONAL:
        return True
    return bool(set(names.tokens(column)) & (CONTACT | _ROLES)) or role(column)


def copied(column: str) -> bool:
    """Round 32: `cc`, `bcc`: a message's copy addresses where the table holds messages (message_named)."""
    return names.tokens(column) in words32.COPY


@lru_cache(maxsize=16384)
def message_named(table: str) -> bool:
    """Round 32: a table of mail messages (a help desk's `threads`, a ticket's `articles`), whose `cc` is copied."""
    return not words32.MESSAGE_TABLES.isdisjoint(names.tokens(table))


@lru_cache(maxsize=16384)
def written(table: str) -> bool:
    """Round 33: a table of what people write (comments, reviews, replies, posts), whose text is theirs (as a
    message's, message_named)."""
    return not words33.WRITINGS.isdisjoint(names.tokens(table))


_WRITTEN = names.NameHint("free_text_may_contain_pii", names.WEAK, "context", "what people write")


def writing_or_mail(table: str, columns: tuple[Column, ...]) -> bool:
    """Whether hint_at reads a column of this table by the table's name (rounds 32 and 33, above): a table of what
    people write, or of mail messages with copies or a text under a generic name. Asked once per table by the
    names-only path, which reads a table's name only where it says something."""
    return written(table) or message_named(table) and any(
        copied(c.name) or names.tokens(c.name) in words33.WRITTEN for c in columns)


@lru_cache(maxsize=65536)
def own_contact(table: str, column: str, category: str) -> bool:
    """Round 32: a club's own contact column (`clubEmail`, `CLUB_ADDR` in `clubs`, `GUN_CLUB`), named by the club
    the table is named for: an organisation's, though the table is not read as one (its coach's phone is personal)."""
    toks = names.tokens(column)
    return category in words32.OWN_CONTACT and len(toks) > 1 and toks[0] in words32.OWN_CONTACT_OF and any(
        t.removesuffix("s") == toks[0] for t in names.tokens(table))


# People an organisation names in its own record: its director, manager, owner or representative.
_ROLES = frozenset(ROLE_WORDS)


@lru_cache(maxsize=65536)
def role(column: str) -> bool:
    """A column named by a person's role alone (`attn`, `dirigente`, `geschaeftsfuehrer`, `standortleiter`): in an
    organisation's record it holds the name of its contact, head or manager."""
    toks = names.tokens(column)
    return len(toks) == 1 and (toks[0] in ROLE_ALONE or toks[0].endswith(ROLE_SUFFIXES))
