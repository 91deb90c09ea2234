"""Which columns hold sensitive data: the one classification every area shares (RLS, grants, logging, reports).

This first version classifies by column name only. The sensitive-data work replaces `classify_columns`
with the full classifier (names in several languages, comments, types, constraints, sampled values)
and keeps this module's API: `sensitive_columns(ctx)` and `sensitive_tables(ctx)`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import Context

CATEGORIES = ("email", "phone", "person_name", "postal_address", "birth_date", "national_id", "payment_card",
              "iban", "bank_account", "ip_address", "geo_location", "credentials", "secret_token", "health",
              "free_text_may_contain_pii")
PERSONAL = frozenset(CATEGORIES) - {"credentials", "secret_token"}   # GDPR personal data


@dataclass(frozen=True, slots=True)
class SensitiveColumn:
    database: str
    schema: str
    table: str
    column: str
    category: str
    confidence: float          # 0..1
    signals: tuple[str, ...]   # what fired: "name", "comment", "values:0.97", ...
    protected: bool = False    # values look encrypted

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.database, self.schema, self.table)


_NAME_RULES = [(cat, re.compile(rx)) for cat, rx in (
    ("email", r"(^|_)(e_?mail|correo|mail)(_|$)"),
    ("phone", r"(^|_)(phone|telephone|tel|mobile|movil|telefono|cell)(_|$)"),
    ("person_name", r"^(first|last|full|given|family|sur)_?name$|^(nombre|apellidos?)$"),
    ("postal_address", r"(^|_)(address|street|direccion|domicilio|postcode|zip_?code)(_|$)"),
    ("birth_date", r"(^|_)(birth_?date|date_of_birth|dob|fecha_nacimiento|birthday)(_|$)"),
    ("national_id", r"(^|_)(ssn|dni|nie|nif|national_id|passport|tax_id|social_security)(_|$)"),
    ("payment_card", r"(^|_)(card_?number|pan|cc_?number|credit_?card)(_|$)"),
    ("iban", r"(^|_)iban(_|$)"),
    ("credentials", r"(^|_)(password|passwd|pwd|password_hash|contrasena)(_|$)"),
    ("secret_token", r"(^|_)(api_?key|token|secret|private_key)(_|$)"),
    ("health", r"(^|_)(diagnosis|medical|health|allergy|condition)(_|$)"),
)]
_NOT_VALUES = ("boolean", "bool")


def _classify_by_name(name: str, type_: str) -> str | None:
    if type_ in _NOT_VALUES:
        return None   # email_sent boolean is a flag, not an address
    lowered = name.lower()
    for cat, rx in _NAME_RULES:
        if rx.search(lowered):
            return cat
    return None


def classify_columns(ctx: "Context") -> tuple[SensitiveColumn, ...]:
    out = []
    for rel in ctx.snap.relations:
        if rel.extension is not None or not rel.is_table:
            continue
        for col in rel.columns:
            cat = _classify_by_name(col.name, col.type)
            if cat:
                out.append(SensitiveColumn(rel.database, rel.schema, rel.name, col.name, cat, 0.6, ("name",)))
    return tuple(out)


def sensitive_columns(ctx: "Context") -> tuple[SensitiveColumn, ...]:
    """Every column classified as sensitive, computed once per audit."""
    return ctx.derive(classify_columns)


def _tables(ctx: "Context") -> dict[tuple[str, str, str], frozenset[str]]:
    acc: dict[tuple[str, str, str], set[str]] = {}
    for c in sensitive_columns(ctx):
        acc.setdefault(c.key, set()).add(c.category)
    return {k: frozenset(v) for k, v in acc.items()}


def sensitive_tables(ctx: "Context") -> dict[tuple[str, str, str], frozenset[str]]:
    """(database, schema, table) -> categories it holds."""
    return ctx.derive(_tables)
