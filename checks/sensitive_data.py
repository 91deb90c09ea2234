"""Sensitive data: personal data and secrets stored in plaintext, and the GDPR Art. 30 style inventory.

Every check reads the shared classification (auditor/analysis/sensitivity.py). A column counts as protected when its
sampled values are ciphertext, digests or truncated; as unprotected when they are plaintext. When values
could not be read, the verdict rests on the name: a text column named like the category fails with
`basis: name`, and a column the auditor could not read is not_assessable naming the privilege.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.classify import names
from auditor.analysis.context import Context
from auditor.model.snapshot import Relation
from auditor.model.names import relation_object
from auditor.model.results import Outcome, Severity
from auditor.analysis.sensitivity import SPECIAL, SensitiveColumn, reported_columns, rls_unread_tables, sample_gap

from auditor.checks._common import ident, lit
from auditor.checks.sensitive_data_secrets import secrets_in_sql

LABELS = {"email": "e-mail addresses", "phone": "phone numbers", "person_name": "person names",
          "postal_address": "postal addresses", "birth_date": "birth dates", "national_id": "national ID numbers",
          "payment_card": "card numbers (PAN)", "iban": "IBANs", "bank_account": "bank account numbers",
          "ip_address": "IP addresses", "geo_location": "geolocations", "credentials": "passwords",
          "secret_token": "API keys / tokens", "health": "health data",
          "free_text_may_contain_pii": "free text with personal data", "genetic": "genetic data",
          "biometric": "biometric data", "ethnic_origin": "racial or ethnic origin",
          "political_opinion": "political opinions", "religious_belief": "religious beliefs",
          "trade_union": "trade-union membership", "sex_life": "sex life or sexual orientation",
          "criminal_record": "criminal convictions and offences"}
_ID_SEVERITY = {"national_id": Severity.HIGH, "iban": Severity.MEDIUM, "bank_account": Severity.MEDIUM}
_SPECIAL = tuple(sorted(SPECIAL))
CONTACT = ("email", "phone", "person_name", "postal_address", "birth_date", "ip_address", "geo_location")


def _relation(ctx: Context, c: SensitiveColumn) -> Relation | None:
    return ctx.relation(c.database, c.schema, c.table)


def _unassessable(ctx: Context, c: SensitiveColumn, obj: str) -> Outcome | None:
    """not_assessable when values were needed but a privilege, a cap or a timeout kept them unread."""
    if c.protection != "unknown":
        return None
    rel = _relation(ctx, c) if ctx.snap.samples is not None else None
    gap = sample_gap(ctx, rel) if rel is not None else None
    if gap:
        return Outcome.not_assessable(obj, gap.missing, f"values of {c.schema}.{c.table}.{c.column} could not be "
                                      f"sampled ({gap.detail}); whether they are encrypted is unknown")
    if ctx.snap.samples is not None and any(s.startswith("name-only:rls-filtered") for s in c.signals):
        return Outcome.not_assessable(obj, "BYPASSRLS (row-level security hid every row from the auditing role)",
                                      f"row-level security hid the rows of {c.schema}.{c.table} from the sample")
    tclass = names.type_class(c.type)
    if tclass not in (names.TEXT, names.OTHER, names.NUMBER):
        missing = "value sampling (run without --no-sample)" if ctx.snap.samples is None else "sampled values"
        return Outcome.not_assessable(obj, missing, f"{c.schema}.{c.table}.{c.column} is {c.type}: only its "
                                      "values can show whether it holds ciphertext")
    return None


def _evidence(c: SensitiveColumn) -> dict:
    ev = {"category": c.category, "confidence": c.confidence, "basis": c.basis, "protection": c.protection,
          "signals": list(c.signals), "type": c.type}
    if c.match_ratio is not None:
        ev["match_ratio"] = c.match_ratio
    if c.rows_sampled is not None:
        ev["rows_sampled"] = c.rows_sampled
    if c.examples:
        ev["examples_masked"] = list(c.examples)
    return ev


def encrypt_fix(c: SensitiveColumn) -> str:
    """pgcrypto column encryption, spelled for this column (the key stays outside the database)."""
    table = ident(c.schema, c.table)
    enc = ident(c.column + "_enc")
    return (f"-- with pgcrypto; pass the key from the application or a KMS, never store it in the database\n"
            f"ALTER TABLE {table} ADD COLUMN {enc} bytea;\n"
            f"UPDATE {table} SET {enc} = pgp_sym_encrypt({ident(c.column)}::text, current_setting('app.data_key'));\n"
            f"ALTER TABLE {table} DROP COLUMN {ident(c.column)};  -- after the application reads {lit(c.column + '_enc')}")


def _holds(c: SensitiveColumn) -> str:
    what = LABELS[c.category]
    if c.protection == "plaintext":
        return f"holds {what} in plaintext"
    if c.protection == "partial":
        return f"holds {what} partly in plaintext"
    return f"is named as holding {what} and is a {c.type} column (values not sampled)"


def _column_checks(ctx: Context, categories: tuple[str, ...], severity_of, what: str, fix_of=encrypt_fix
                   ) -> Iterator[Outcome]:
    for c in reported_columns(ctx):
        if c.category not in categories:
            continue
        obj = c.object
        if c.protected:
            yield Outcome.ok(obj, protection=c.protection)
            continue
        if gap := _unassessable(ctx, c, obj):
            yield gap
            continue
        yield Outcome.fail(obj, f"{c.schema}.{c.table}.{c.column} {_holds(c)}: {what}",
                           severity=severity_of(c), fix=fix_of(c), **_evidence(c))


def _pan_fix(c: SensitiveColumn) -> str:
    return ("-- keep only a processor token (or last four digits); if the PAN must stay, encrypt it:\n" + encrypt_fix(c))


def unencrypted_card_numbers(ctx: Context) -> Iterator[Outcome]:
    """A readable PAN is cardholder data in scope for PCI DSS everywhere it is copied: backups, replicas, dumps."""
    yield from _column_checks(ctx, ("payment_card",), lambda c: Severity.CRITICAL,
                              "anyone who reads the table, a backup or a dump gets usable card numbers",
                              _pan_fix)


def unencrypted_identifiers(ctx: Context) -> Iterator[Outcome]:
    """National IDs and bank details: their leak enables identity theft and fraud."""
    yield from _column_checks(ctx, tuple(_ID_SEVERITY), lambda c: _ID_SEVERITY[c.category],
                              "a leaked copy exposes it directly; encrypt it at column level")


def unencrypted_special_categories(ctx: Context) -> Iterator[Outcome]:
    """GDPR Art. 9 special categories and Art. 10 criminal data: the data whose leak discriminates or endangers."""
    yield from _column_checks(ctx, _SPECIAL, lambda c: Severity.HIGH,
                              "special-category data (GDPR Art. 9/10) needs encryption or pseudonymisation at "
                              "column level and the narrowest access")


def _digest_shaped(c: SensitiveColumn) -> bool:
    return any(s.startswith("values:digest-shaped=") for s in c.signals)


def plaintext_secrets(ctx: Context) -> Iterator[Outcome]:
    """Stored API keys and tokens are live credentials for other systems.

    Hex values of exactly a digest's length may be raw tokens or their digests (Devise stores HMAC-SHA256 of
    reset tokens): those fail at medium severity and say so, since only the application knows which.
    """
    yield from _column_checks(
        ctx, ("secret_token",), lambda c: Severity.MEDIUM if _digest_shaped(c) else Severity.HIGH,
        "whoever reads it can call the services these keys open; store a hash of the token or encrypt it "
        "(if these are already digests, rename the column *_digest to record it)",
        lambda c: (f"-- store only a SHA-256 digest and compare digests when a token is presented:\n"
                   f"UPDATE {ident(c.schema, c.table)} SET {ident(c.column)} = "
                   f"encode(sha256(convert_to({ident(c.column)}, 'UTF8')), 'hex');"))


def unprotected_personal_data(ctx: Context) -> Iterator[Outcome]:
    """Contact and identity data in plaintext, one outcome per table."""
    tables: dict[tuple[str, str, str], list[SensitiveColumn]] = {}
    for c in reported_columns(ctx):
        if c.category in CONTACT:
            tables.setdefault(c.key, []).append(c)
    for (db, schema, table), cols in tables.items():
        obj = relation_object(db, schema, table)
        plain, unknown = [], None
        for c in cols:
            if c.protected:
                continue
            gap = _unassessable(ctx, c, obj)
            if gap is None:
                plain.append(c)
            else:
                unknown = unknown or gap
        if not plain:
            yield unknown or Outcome.ok(obj)
            continue
        cats = sorted({c.category for c in plain}, key=CONTACT.index)
        seen = all(c.basis != "name" for c in plain)
        yield Outcome.fail(
            obj, f"{schema}.{table} {'stores' if seen else 'is named as storing'} "
                 f"{', '.join(LABELS[x] for x in cats)} in plaintext: pseudonymise or encrypt what the application "
                 "does not need to read, and restrict who may select the rest",
            categories=cats, columns={c.column: c.category for c in plain},
            basis=sorted({c.basis for c in plain}), confidence=max(c.confidence for c in plain))
    for rel in rls_unread_tables(ctx):     # no column named like contact data, and its values were not read
        if (rel.database, rel.schema, rel.name) not in tables and (unread := sample_gap(ctx, rel)):
            yield Outcome.not_assessable(relation_object(rel.database, rel.schema, rel.name), unread.missing,
                                         f"values of {rel.schema}.{rel.name} could not be sampled ({unread.detail}); "
                                         "whether it holds contact data is unknown")


def free_text_with_personal_data(ctx: Context) -> Iterator[Outcome]:
    """Notes and comments collect what people type: e-mails, phone numbers, card numbers."""
    for c in reported_columns(ctx):
        if c.category != "free_text_may_contain_pii":
            continue
        obj = c.object
        found = next((s for s in c.signals if s.startswith("values:embedded_pii=")), "")
        hits = int(found.split("=", 1)[1]) if found else 0
        if not hits and not c.protected and c.rows_sampled is None and (gap := _unassessable(ctx, c, obj)):
            yield gap         # not read (RLS, privilege, timeout): no hit is not "no personal data"
            continue
        if c.protected or not hits:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(obj, f"{c.schema}.{c.table}.{c.column} is free text and {hits} sampled value(s) "
                                "contain personal data (e-mail, phone, card or ID numbers)",
                           severity=Severity.MEDIUM if c.basis == "values" else Severity.LOW,
                           values_with_pii=hits, **_evidence(c))


CHECKS = (unencrypted_card_numbers, unencrypted_identifiers, plaintext_secrets, unprotected_personal_data,
          free_text_with_personal_data, secrets_in_sql, unencrypted_special_categories)
