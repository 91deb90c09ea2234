"""Which columns hold sensitive data: the one classification every area shares (RLS, grants, logging, reports).

Each column of each application table gets one verdict from all the signals there are: its name (English,
Spanish and a few other languages), comment, type and CHECK constraints (auditor/classify/names.py), and,
when sampling ran, what its values proved (auditor/classify/values.py, crypto.py). The rules that combine
them live in auditor/classify/decide.py. The API other areas use is `sensitive_columns(ctx)` and
`sensitive_tables(ctx)`; both are computed once per audit.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING, Iterable

from auditor.analysis.classify import (animal, attribute_store, clinical_event, entity, identifiers, names,
                                       person_names, records, row_entity)
from auditor.analysis.classify import keyed, name_hints, sibling_hints, special_hints
from auditor.analysis.classify.decide import FREE_TEXT, Verdict, attribute_values, decide
from auditor.analysis.sample_reads import empty_throughout, no_values_reason
from auditor.analysis.sample_reads import rls_unread_tables as rls_unread_tables     # re-exported: checks and the
from auditor.analysis.sample_reads import sample_gap as sample_gap                   # inventory read them here
from auditor.analysis.sample_reads import samples_by_table as samples_by_table
from auditor.model.snapshot import Column, ColumnSample, Relation
from auditor.model.names import part, relation_object

if TYPE_CHECKING:
    from auditor.analysis.context import Context

CATEGORIES = ("email", "phone", "person_name", "postal_address", "birth_date", "national_id", "payment_card",
              "iban", "bank_account", "ip_address", "geo_location", "credentials", "secret_token", "health",
              "free_text_may_contain_pii", "genetic", "biometric", "ethnic_origin", "political_opinion",
              "religious_belief", "trade_union", "sex_life", "criminal_record")
PERSONAL = frozenset(CATEGORIES) - {"credentials", "secret_token"}   # GDPR personal data
# GDPR Art. 9 special categories and Art. 10 criminal data: processing is prohibited save for narrow grounds.
SPECIAL = frozenset({"health", "genetic", "biometric", "ethnic_origin", "political_opinion", "religious_belief",
                     "trade_union", "sex_life", "criminal_record"})
PROTECTED = ("encrypted", "hashed", "truncated")


@dataclass(frozen=True, slots=True)
class SensitiveColumn:
    database: str
    schema: str
    table: str
    column: str
    category: str
    confidence: float          # 0..1
    signals: tuple[str, ...]   # what fired: "name:email", "comment:ssn", "values:email=0.97", "name-only:sampling off"
    protected: bool = False    # values are encrypted, hashed or truncated
    protection: str = "unknown"            # plaintext | encrypted | hashed | weak_hash | truncated | partial | unknown
    basis: str = "name"                    # values | name+values | name | name+type
    match_ratio: float | None = None       # share of sampled values that validated
    examples: tuple[str, ...] = ()         # masked
    schemes: tuple[tuple[str, int], ...] = ()   # hash schemes / storage forms seen, with counts
    type: str = ""                         # the column's SQL type
    rows_sampled: int | None = None        # None: values were not sampled
    object: str = ""                       # db.schema.table.column, as findings name it

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.database, self.schema, self.table)


_EMAIL_CHECK = names.NameHint("email", names.WEAK, "constraint", "check @")
_CLINICAL_VALUES = names.NameHint("health", names.WEAK, "values", "clinical codes or terms")


def _email_check_columns(rel: Relation) -> frozenset[str]:
    return frozenset(col for c in rel.constraints if c.type == "c" and names.constraint_hint(c.definition) == "email"
                     for col in c.columns)


@lru_cache(maxsize=4096)
def _name_only(hint: names.NameHint, tclass: str, reason: str, min_ratio: float) -> Verdict | None:
    return decide(hint, tclass, None, reason, min_ratio)


def _entities(ctx: "Context") -> dict[tuple[str, str, str], str]:
    return entity.infer(ctx.snap.relations)


def _mostly(sample: ColumnSample | None, category: str, min_ratio: float) -> bool:
    """Do at least `min_ratio` of a sampled column's values match `category`?"""
    return bool(sample and sample.non_null and dict(sample.matches).get(category, 0) / sample.non_null >= min_ratio)


def _name_values(sample: ColumnSample, min_ratio: float) -> bool:
    return _mostly(sample, "person_name", min_ratio)


_NAME_VALUES = names.NameHint("person_name", names.WEAK, "values", "given names and surnames")
_THINGS = frozenset({entity.REFERENCE, animal.ANIMAL})     # tables about things or animals: a `Victoria` is no one


def _clinical_values(sample: ColumnSample | None, min_ratio: float) -> bool:
    return _mostly(sample, "health", min_ratio)


def _valued_entities(ctx: "Context") -> dict[tuple[str, str, str], str]:
    """entity.infer's entities, with a person-linked table whose values are clinical codes or vocabulary upgraded to
    a clinical event, and then a table that references such an event (its detail rows, Open Hospital's operations
    of an admission) made one too, as entity.infer does for events it recognises by name; and an organisation's
    table whose sampled rows are mostly people's (row_entity.py) made a table of people."""
    kinds = dict(ctx.derive(_entities))
    samples = samples_by_table(ctx)
    ratio = ctx.thresholds.min_match_ratio
    upgraded = False
    for rel in ctx.snap.relations:
        key = (rel.database, rel.schema, rel.name)
        kind, sampled = kinds.get(key), samples.get(key) or {}
        if kind == entity.EVENT and any(_clinical_values(s, ratio) and not entity.is_key(c) and (
                c not in _keys_of_parties(kinds, rel)) for c, s in sampled.items()):
            kinds[key] = entity.CLINICAL
            upgraded = True
        elif kind == entity.ORG and sampled and row_entity.people_with_employer(rel, sampled, ratio):
            kinds[key] = entity.PERSON      # round 11: a few rows' company, most rows people's names
        elif kind == entity.ORG and sampled and _accounts_of_people(kinds, rel, sampled, ratio):
            kinds[key] = entity.EVENT       # round 20: `PERS_BANK`, `employee_bank`: people's bank details
    if upgraded:
        for rel in ctx.snap.relations:
            key = (rel.database, rel.schema, rel.name)
            if kinds.get(key) in (entity.EVENT, entity.UNKNOWN, entity.REFERENCE) and any(
                    kinds.get((rel.database, s, t)) == entity.CLINICAL for s, t in entity.references(rel)):
                kinds[key] = entity.CLINICAL
    return kinds


def _keys_of_parties(kinds: dict, rel: Relation) -> frozenset[str]:
    """Round 12: columns holding by foreign key the key of a table of people or organisations (a branch's `B01`):
    a reference to a party, never a clinical code, whatever its shape (ICD-10's B01 is chickenpox)."""
    if not rel.constraints:
        return frozenset()
    return frozenset(c for c, (s, t) in entity.foreign_keys(rel) if kinds.get((rel.database, s, t)) in _PARTIES)


def _accounts_of_people(kinds: dict, rel: Relation, sampled: dict, min_ratio: float) -> bool:
    """Round 20: a table named for a bank whose rows reference a table of people by foreign key and hold IBANs is
    those people's bank details (a bank's own record references no one's)."""
    if _BANK.isdisjoint(names.tokens(rel.name)) or not any(
            kinds.get((rel.database, s, t)) == entity.PERSON for _, (s, t) in entity.foreign_keys(rel)):
        return False
    return any(_mostly(s, "iban", min_ratio) for s in sampled.values())


_BANK = frozenset({"bank", "banks"})
_PARTIES = frozenset({entity.PERSON, entity.ORG})
_NOT_PEOPLE = frozenset({entity.ORG, entity.UNKNOWN})


def table_entity(ctx: "Context", rel: Relation) -> str:
    """The table's entity (entity.py), upgraded to a clinical event when a person-linked table's values are
    clinical codes or vocabulary, or when it references such an event."""
    return ctx.derive(_valued_entities).get((rel.database, rel.schema, rel.name), entity.UNKNOWN)


def _catalogues(ctx: "Context") -> frozenset[tuple[str, str, str]]:
    """Catalogues of clinical codes (diseases, exams, medicines) that clinical events point at by foreign key: tables
    about no one (not people, events or organisations) named for a clinical subject (`OH_DISEASE`), or whose sampled
    text is mostly clinical codes or vocabulary (a drug list under `OH_MEDICALDSR`)."""
    kinds = ctx.derive(_valued_entities)
    samples = samples_by_table(ctx)
    ratio = ctx.thresholds.min_match_ratio
    referenced = {(rel.database, s, t) for rel in ctx.snap.relations
                  if kinds.get((rel.database, rel.schema, rel.name)) == entity.CLINICAL
                  for s, t in entity.references(rel)}
    return frozenset(key for key in referenced if kinds.get(key) in (entity.UNKNOWN, entity.REFERENCE) and (
        entity.clinical_subject(key[2]) or any(_clinical_values(s, ratio) for s in (samples.get(key) or {}).values())))


_CATALOGUE_CODE = names.NameHint("health", names.WEAK, "context", "key into a clinical catalogue")


def _catalogue_keys(ctx: "Context", rel: Relation) -> frozenset[str]:
    """Columns of a clinical event that hold a key of a clinical catalogue: its foreign keys into one, and the same
    key repeated under a qualifier or an ordinal (`ADM_IN_DIS_ID_A` -> `ADM_OUT_DIS_ID_A`, `OPD_DIS_ID_A_2`)."""
    catalogues = ctx.derive(_catalogues)
    fks = [c for c, (s, t) in entity.foreign_keys(rel) if (rel.database, s, t) in catalogues]
    if not fks:
        return frozenset()
    return frozenset(col.name for col in rel.columns if col.name in fks or any(
        entity.same_key(col.name, fk) for fk in fks))


_NAME_READ = (entity.PERSON, entity.CLINICAL)      # the kinds whose hints also read the table's name (hint_at),
# besides a table of secrets of any kind


def classify_relation(ctx: "Context", rel: Relation) -> list[SensitiveColumn]:
    """Verdicts for one table's columns; name-only verdicts are shared by every column with the same signals."""
    sampled = samples_by_table(ctx).get((rel.database, rel.schema, rel.name))
    min_ratio = ctx.thresholds.min_match_ratio
    email_checks = _email_check_columns(rel) if rel.constraints else frozenset()
    reason = None
    prefix = relation_object(rel.database, rel.schema, rel.name) + "."
    kind = table_entity(ctx, rel)
    table_ctx = entity.context(kind, rel.name)      # the same for every column: computed once per table
    own_key = rel.single_key if kind == entity.CLINICAL else None
    base_kind = ctx.derive(_entities).get((rel.database, rel.schema, rel.name), entity.UNKNOWN)
    catalogue_keys = _catalogue_keys(ctx, rel) if kind == entity.CLINICAL and rel.constraints else frozenset()
    out: list[SensitiveColumn] = []
    business: list[tuple[Column, Verdict, ColumnSample | None]] = []
    cols = rel.columns
    org_mail = bool(sampled) and kind not in entity.PERSON_LINKED and any(     # `vendas@`, `Roth AG`: a firm's
        identifiers.organisation_rows(s.matches, s.non_null, min_ratio) for s in sampled.values())
    if sampled or email_checks or catalogue_keys:
        spelled = name_hints.spelled(cols)      # `no_mae` -> `nome_mae` where the table spells names so
        rows: Iterable[tuple[Column, names.NameHint | None, str]] = (
            (col, *entity.hint_at(kind, rel.name, spelled[i], col.type, col.base_type, table_ctx, col.comment))
            for i, col in enumerate(cols))
    else:       # names alone: the same columns in the same kind of table give the same hints
        named = kind in _NAME_READ or entity.secret_named(rel.name) or bool(records.kind(rel.name)) or (
            entity.writing_or_mail(rel.name, cols))      # tables whose kind hint_at reads
        hinted = name_hints.hinted(kind, rel.name if named else "", table_ctx, cols)
        rows = ((cols[i], h, t) for i, h, t in hinted)
        # columns only their table's other columns name (sibling_hints: a session store's key, a mail's to and from)
        if extra := sibling_hints.unhinted(rel.name, cols, entity.secret_named(rel.name)):
            done = {cols[i].name for i, _, _ in hinted}
            rows = chain(rows, ((c, None, names.TEXT) for c in cols if c.name in extra and c.name not in done))
    for col, hint, tclass in rows:
        if hint is None and col.name in email_checks:
            hint = _EMAIL_CHECK
        else:
            hint = sibling_hints.hint(hint, tclass, rel.name, col.name, cols)
        sample = sampled.get(col.name) if sampled else None
        if hint is None and kind in entity.PERSON_LINKED and _clinical_values(sample, min_ratio) and (
                not entity.is_key(col.name) or (kind == entity.CLINICAL and col.name != own_key and _coded_key(
                    col.name))) and col.name not in _keys_of_parties(ctx.derive(_entities), rel):
            hint = _CLINICAL_VALUES     # clinical codes or vocabulary about a person: health data; in a clinical
            # event also under a key's name (a claim's `IDCD_ID` holding ICD-10 codes: the key is the code)
        elif hint is None and sample is not None and kind not in _THINGS and _name_values(sample, min_ratio) and (
                kind in entity.PERSON_LINKED and person_names.names_people(kind == entity.PERSON, col.name)
                or person_names.named_by_role(rel.name, col.name)):
            hint = _NAME_VALUES         # given names and surnames in a table about people, or of someone by role
        elif hint is None and sample is not None and kind in entity.PERSON_LINKED and (
                special := special_hints.special_values(sample, min_ratio)):
            hint = special              # `Catholic`, `Militante`, `bisexual` in most values of a table about people
        elif hint is None and kind == entity.PERSON and (
                union := special_hints.union_status(rel.database, rel.schema, col.name)):
            hint = union                # round 15: a member's status in a trade union's register: any value fits
            sample = sample and replace(sample, plausible=sample.non_null, hinted=union.category)
        if col.name in catalogue_keys and (hint is None or hint.category != "health"):
            # the value is a catalogue's key (`LB.3`, an integer), which says nothing alone: the catalogue says it
            v = _name_only(_CATALOGUE_CODE, tclass, "key into a clinical catalogue", min_ratio)
            if v is not None:
                out.append(_column(rel, col, v, sample, prefix))
            continue
        if hint is None and sample is None:
            continue
        if empty_throughout(sample, hint, ctx.thresholds.sample_rows):
            continue                # round 16: every row read, none holds a value: no one's data is there
        if sample is None or sample.non_null == 0:
            reason = reason or no_values_reason(ctx, rel, sampled)
        if hint is not None and sample is not None and hint.category == "health" and sample.hinted != "health" and (
                kind != base_kind):
            sample = _as_health(sample, min_ratio)
        v = _name_only(hint, tclass, reason or "", min_ratio) if sample is None else \
            decide(hint, tclass, sample, reason or "", min_ratio, col.name)
        if v is None and hint is not None and sample is not None and kind not in _THINGS and _name_values(
                sample, min_ratio) and person_names.named_by_role(rel.name, col.name):
            hint = _NAME_VALUES     # the name's category refuted, its values people's names: a card's `HOLDER`
            v = decide(hint, tclass, sample, "", min_ratio, col.name)
        elif v is not None and v.category == "health" and hint is not _CLINICAL_VALUES and sample is not None and (
                _name_values(sample, min_ratio)):
            hint = _NAME_VALUES     # round 12: a health hint, most values people's names: the doctor, not the condition
            v = decide(hint, tclass, sample, "", min_ratio, col.name)
        if v is None and sample is not None and kind not in _THINGS and col.name in attribute_store.value_columns(cols):
            v = attribute_values(sample)        # round 13: one attribute per row, a phone in the rows of its key
        if v is None and hint is None and sample is not None and kind not in _THINGS:
            v = keyed.keyed_verdict(sample)     # round 15: a birth date under its key in a JSON object
        if v is not None and not (entity.personal_in(kind, v.category, col.name) or hint is _NAME_VALUES) or (
                v is not None and v.category in _CONTACT and hint is not _NAME_VALUES and (org_mail and not (
                    entity.personal_in(entity.ORG, v.category, col.name)) or sample is not None and (
                    identifiers.role_mailboxes(sample.matches, sample.non_null, min_ratio)))) or (
                v is not None and entity.own_contact(rel.name, col.name, v.category)):
            business.append((col, v, sample))      # an organisation's own contact data, unless a person's (below)
            continue
        if v is None or (v.category == "national_id" and entity.professional_licence(rel.name, col.name)):
            continue
        if v.category == "geo_location" and col.name == rel.single_key:
            continue    # a cell site's own identity locates the site, not a person (a call's cell id does)
        if v.category == "health" and col.name == own_key:
            continue    # the event's own key (Frappe's `name`: LT-00042) identifies the record, not a condition
        if kind == entity.REFERENCE and (v.category == "health" or (
                v.category == FREE_TEXT and (sample is None or not sample.embedded))):
            continue    # reference data is about things: an ICD-10 list is no one's health; its notes no one's text
        if kind in _NOT_PEOPLE and v.category == FREE_TEXT and sample is not None and sample.non_null and (
                not sample.embedded):
            continue    # notes on a company, or (round 13) in a table nothing marks as about people, whose sampled
            # values hold no personal data
        out.append(_column(rel, col, v, sample, prefix))
    if business and out:
        out.extend(_column(rel, col, v, sample, prefix) for col, v, sample in _of_named(business, out))
    return out


def _of_named(business: list, out: list[SensitiveColumn]) -> list:
    """Contact data in an organisation's record of a person it names there (`PrincipalEmail` beside a `Principal`
    holding a person's name, `treasurer_phone` beside `treasurer_name`): that person's, not the organisation's."""
    people = {tuple(t for t in names.tokens(c.column) if t not in _NAME_WORDS) for c in out if c.category == "person_name"}
    people.discard(())
    return [(col, v, sample) for col, v, sample in business
            if any(names.tokens(col.name)[:len(p)] == p for p in people)]


_CONTACT = frozenset({"email", "phone", "postal_address"})
_NAME_WORDS = frozenset({"name", "names", "nombre", "nom", "nome", "navn", "namn", "naam"})


@lru_cache(maxsize=65536)
def _coded_key(column: str) -> bool:
    """A key column of a clinical event that may hold the code it keys (`IDCD_ID`): not a key to a person, nor a unit
    or route, whose values are clinical words about no condition."""
    return not entity.link_columns((column,))[0] and clinical_event.ADMINISTRATION.isdisjoint(names.tokens(column))


def _as_health(sample: ColumnSample, min_ratio: float) -> ColumnSample:
    """A column of a table that only its values showed to be a clinical event: the sampler counted its values against
    no hint, so none was counted as fitting health data. Its values fit the name's health hint when a fifth of them
    are clinical codes or terms themselves, none is ciphertext or a digest and no other category comes as near."""
    n = sample.non_null
    fifth = min(0.2, min_ratio)
    matches = dict(sample.matches)
    if not n or sample.encrypted or sample.hash_schemes or matches.get("health", 0) / n < fifth or any(
            c / n >= fifth for cat, c in matches.items() if cat != "health"):
        return sample
    return replace(sample, plausible=n, hinted="health")


def _column(rel: Relation, col: Column, v: Verdict, sample: ColumnSample | None, prefix: str) -> SensitiveColumn:
    return SensitiveColumn(
        rel.database, rel.schema, rel.name, col.name, v.category, v.confidence, v.signals,
        v.protection in PROTECTED, v.protection, v.basis, v.match_ratio, v.examples, v.schemes, col.type,
        sample.rows if sample else None, prefix + part(col.name))


def classify_columns(ctx: "Context") -> tuple[SensitiveColumn, ...]:
    out: list[SensitiveColumn] = []
    for rel in ctx.snap.relations:
        if rel.extension is not None or not rel.is_table:
            continue
        out.extend(classify_relation(ctx, rel))
    return tuple(out)


def sensitive_columns(ctx: "Context") -> tuple[SensitiveColumn, ...]:
    """Every column classified as sensitive, computed once per audit."""
    return ctx.derive(classify_columns)


def _reported(ctx: "Context") -> tuple[SensitiveColumn, ...]:
    return tuple(c for c in sensitive_columns(ctx)
                 if not ((rel := ctx.relation(c.database, c.schema, c.table)) and rel.is_partition))


def reported_columns(ctx: "Context") -> tuple[SensitiveColumn, ...]:
    """sensitive_columns without partitions: findings and the inventory name the partitioned table once."""
    return ctx.derive(_reported)


def _tables(ctx: "Context") -> dict[tuple[str, str, str], frozenset[str]]:
    acc: dict[tuple[str, str, str], set[str]] = {}
    for c in sensitive_columns(ctx):
        acc.setdefault(c.key, set()).add(c.category)
    return {k: frozenset(v) for k, v in acc.items()}


def sensitive_tables(ctx: "Context") -> dict[tuple[str, str, str], frozenset[str]]:
    """(database, schema, table) -> categories it holds."""
    return ctx.derive(_tables)
