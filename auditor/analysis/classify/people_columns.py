"""What a table's columns alone say about whose rows it holds: persons, organisations, both, or animals.

Entity inference (entity.py) asks this of every table, so each answer is memoised per column list: by the list's
identity (column_memo.py) and, for lists that are not shared, by their names and types."""
from __future__ import annotations

from functools import lru_cache

from auditor.analysis.classify import animal, fitted16, names, round_words, terms, words49
from auditor.analysis.classify.clinical_event import KEYS
from auditor.analysis.classify.column_memo import by_identity, signature
from auditor.analysis.classify.entity_words import COMPANY_ID_WORDS, COMPANY_NAMES, MIXED
from auditor.model.snapshot import Column, Relation

PERSON, ORG = "person", "organisation"
MIXED_ROWS = "mixed"        # a column tells persons from companies: the table holds both
ORG_COLUMNS = frozenset("""cif siren siret vat duns industry revenue website razon social legal company""".split()
                        ) | COMPANY_ID_WORDS | terms.COMPANY_IDS
_COMPANY_IDS = frozenset("cif siren siret vat duns tva".split()) | COMPANY_ID_WORDS | terms.COMPANY_IDS   # registration or VAT number
_GENDER = frozenset({"gender", "sex", "sexo", "genero"})
_PERSON_EVIDENCE = frozenset({"person_name", "birth_date", "national_id"})
CONTACT = frozenset({"contact", "contacto", "contact person", "persona"}) | terms.CONTACT | round_words.union("CONTACT")


@lru_cache(maxsize=16384)
def column_entity(columns: tuple[tuple[str, str, str | None], ...]) -> tuple[str | None, int, bool]:
    """What a table's columns alone say: (ORG, PERSON, MIXED_ROWS or None, person identifiers, gendered person).
    Memoised per column list: a schema-per-tenant cluster repeats the same table thousands of times under other
    names. A column telling companies from persons makes a mixed table; a company-id column makes an organisation
    unless two person identifiers of the row's own (not a contact's) say it is a person with an employer or a VAT
    number (Magento's order address: `firstname`, `lastname`, `company`, `vat_id`); two person identifiers a
    person; a gender column beside a person's (short) name or a birth date a person (Synthea's `providers`); a
    species beside a breed or microchip an animal."""
    if any(names.tokens(name) in MIXED for name, _, _ in columns):
        return MIXED_ROWS, 0, False
    if animal.animal_columns(tuple(name for name, _, _ in columns)):
        return animal.ANIMAL, 0, False
    evidence = sum(1 for name, type_, base in columns if _person_evidence(name, type_, base))
    if any(_org_column(name) for name, _, _ in columns):
        # round 49: a full name is a first and a last name, unless a VAT or register number says the rows may be
        # firms (then `company` is more than an address line: round 11's billing addresses)
        full = 1 if _COMPANY_IDS.isdisjoint(t for name, _, _ in columns for t in names.tokens(name)) else 0
        own = sum(1 + full * (names.tokens(name) in words49.FULL_NAME) for name, type_, base in columns
                  if _person_evidence(name, type_, base) and CONTACT.isdisjoint(names.tokens(name)))
        # no organisation has a birth date or a sex: a profile's `company` is the person's employer
        born = any(_born(name, type_, base) or _GENDER.intersection(names.tokens(name)) for name, type_, base in columns)
        return (PERSON if own >= 2 or born else ORG), evidence, False
    if evidence >= 2:
        return PERSON, evidence, False
    gendered = any(_GENDER.intersection(names.tokens(name)) for name, _, _ in columns) and evidence + sum(
        _weak_person(name) for name, _, _ in columns) >= 1
    return None, evidence, gendered


@by_identity
def columns_say(columns: tuple[Column, ...]) -> tuple[str | None, int, bool]:
    return column_entity(signature(columns))


@by_identity
def website_only(columns: tuple[Column, ...]) -> bool:
    """Round 33: the only company words among the columns are a website (`website`, `website_url`): a person has one
    too (a comment's author, a profile's owner), so the website alone says no more than that someone has a site."""
    hits = [ORG_COLUMNS.intersection(names.tokens(c.name)) for c in columns if _org_column(c.name)]
    return bool(hits) and all(hit <= _WEBSITE for hit in hits)


_WEBSITE = frozenset({"website"})


@lru_cache(maxsize=16384)
def born_row(columns: tuple[tuple[str, str, str | None], ...]) -> bool:
    return any(_born(name, type_, base) for name, type_, base in columns)


def b2b(rel: Relation) -> bool:
    """A table of people by name whose rows are companies: it has the company's name (or its VAT or register
    number), and no person's name other than a contact person's or (round 15) the row's own (`name`, `client_name`:
    beside a VAT number, the company's); or it is a table of customers whose only person names are a contact person's and the
    customer's own (`nombre_cliente` beside `nombre_contacto`, classicmodels' `customerName` beside
    `contactFirstName`: a consumer is their own contact)."""
    own = {w for t in names.tokens(rel.name) for w in (t, t[:-1] if t.endswith("s") else t)} | {"name", "names", "nombre"}
    if any(names.tokens(c.name) in COMPANY_NAMES or not _COMPANY_IDS.isdisjoint(names.tokens(c.name))
           for c in rel.columns):
        return not any(_person_name(c.name) and CONTACT.isdisjoint(names.tokens(c.name)) and not (
            set(names.tokens(c.name)) <= own) for c in rel.columns)
    head = names.tokens(rel.name)
    if not head or (head[-1] not in _CUSTOMERS and head[0] not in _CLIENTES):
        return False     # `ps_customer_thread` is a thread of messages, not a table of customers
    contact = False
    for c in rel.columns:
        toks = set(names.tokens(c.name))
        if not _person_name(c.name):
            # a key to the customer's contact person (WideWorldImporters' `primarycontactpersonid`)
            contact = contact or bool(toks & CONTACT and toks & KEYS and not toks & _NOT_BUSINESS_CONTACT)
            continue
        if toks & CONTACT and not toks & _NOT_BUSINESS_CONTACT:
            contact = True
        elif not toks <= own:
            return False
    return contact


_CUSTOMERS = frozenset("customer customers client clients cliente clientes buyer buyers".split())
_CLIENTES = frozenset({"cliente", "clientes"})       # the head noun comes first in Spanish (`clientes_mayoristas`)
_NOT_BUSINESS_CONTACT = frozenset("emergency guardian spouse parent tutor relative kin urgencia".split())


@lru_cache(maxsize=65536)
def _person_name(column: str) -> bool:
    h = names.column_signals(column, "text", None, "", None, (True, False))[0]
    return h is not None and h.category == "person_name"


@lru_cache(maxsize=65536)
def _weak_person(column: str) -> bool:
    """A column that names a person only in a table of people: `name`, `given`, `nombre`, `provider_name`."""
    toks = names.tokens(column)
    return bool(toks) and (toks[-1] in ("name", "names", "nombre") or toks[0] in names.SHORT_PERSON)


@lru_cache(maxsize=65536)
def _org_column(column: str) -> bool:
    toks = names.tokens(column)
    hit = ORG_COLUMNS.intersection(toks)      # round 16 (fitted): an obra social is a health fund, no company
    return bool(hit) and not (hit == {"social"} and not fitted16.NOT_COMPANY.isdisjoint(zip(toks, toks[1:])))


@lru_cache(maxsize=65536)
def _born(column: str, type_: str, base_type: str | None) -> bool:
    h = names.column_signals(column, type_, base_type, "", None, (False, False))[0]
    return h is not None and h.category == "birth_date"


@lru_cache(maxsize=65536)
def _person_evidence(column: str, type_: str, base_type: str | None) -> bool:
    h = names.column_signals(column, type_, base_type, "", None, (False, False))[0]   # `name` alone is no evidence
    return h is not None and h.category in _PERSON_EVIDENCE
