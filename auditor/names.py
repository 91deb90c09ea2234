"""Object names for findings: dotted paths whose parts are quoted only when they would be ambiguous."""
from __future__ import annotations

import re

_PLAIN = re.compile(r"^[^\s.\"*?\[\]:]+$")


def part(name: str) -> str:
    """A name part as it appears in an object path: bare if plain, else "double-quoted" like SQL."""
    if _PLAIN.match(name):
        return name
    return '"' + name.replace('"', '""') + '"'


def dotted(*parts: str) -> str:
    return ".".join(part(p) for p in parts)


def relation_object(database: str, schema: str, table: str) -> str:
    return dotted(database, schema, table)


def column_object(database: str, schema: str, table: str, column: str) -> str:
    return dotted(database, schema, table, column)


def role_object(role: str) -> str:
    return "role:" + part(role)


def setting_object(name: str) -> str:
    return "setting:" + name


def hba_object(line_number: int) -> str:
    return f"hba:{line_number}"


def function_object(database: str, schema: str, name: str, args: str) -> str:
    return f"function:{dotted(database, schema, name)}({args})"


def database_object(database: str) -> str:
    return "database:" + part(database)


def policy_object(database: str, schema: str, table: str, policy: str) -> str:
    return "policy:" + dotted(database, schema, table, policy)


def schema_object(database: str, schema: str) -> str:
    return "schema:" + dotted(database, schema)


def language_object(database: str, language: str) -> str:
    return "language:" + dotted(database, language)


def extension_object(database: str, extension: str) -> str:
    return "extension:" + dotted(database, extension)


def default_privileges_object(database: str, role: str, schema: str | None, object_kind: str) -> str:
    """ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] ... ON <object_kind>; '*' = every schema."""
    return f"default_privileges:{dotted(database, role)}:{part(schema) if schema else '*'}:{object_kind}"
