"""Object names for findings: dotted paths whose parts are quoted only when they would be ambiguous."""
from __future__ import annotations

import re
from functools import lru_cache

_PLAIN = re.compile(r"^[^\s.\"*?\[\]:]+$")


@lru_cache(maxsize=1 << 16)   # every check names the same few thousand schemas and tables
def part(name: str) -> str:
    """A name part as it appears in an object path: bare if plain, else "double-quoted" like SQL."""
    if _PLAIN.match(name):
        return name
    return '"' + name.replace('"', '""') + '"'


def dotted(*parts: str) -> str:
    return ".".join(map(part, parts))


@lru_cache(maxsize=1 << 16)
def relation_object(database: str, schema: str, table: str) -> str:
    return dotted(database, schema, table)


def column_object(database: str, schema: str, table: str, column: str) -> str:
    return relation_object(database, schema, table) + "." + part(column)


def role_object(role: str) -> str:
    return "role:" + part(role)


def setting_object(name: str) -> str:
    return "setting:" + name


def hba_object(line_number: int) -> str:
    return f"hba:{line_number}"


def function_object(database: str, schema: str, name: str, args: str) -> str:
    return f"function:{dotted(database, schema, name)}({args})"


def trigger_object(database: str, schema: str, table: str, trigger: str) -> str:
    return "trigger:" + dotted(database, schema, table, trigger)


def statement_object(queryid: str) -> str:
    """A pg_stat_statements entry (cluster-wide: the view shows every database's statements)."""
    return "statement:" + queryid


def database_object(database: str) -> str:
    return "database:" + part(database)


def policy_object(database: str, schema: str, table: str, policy: str) -> str:
    return "policy:" + dotted(database, schema, table, policy)


def tls_object(host: str, port: int) -> str:
    """A TLS endpoint as probed over the wire, e.g. tls:db1.example.com:5432 or tls:[::1]:5432."""
    return f"tls:[{host}]:{port}" if ":" in host else f"tls:{host}:{port}"


def session_object(user: str | None, client_addr: str | None) -> str:
    """Live client sessions of one role from one address, e.g. session:app@10.1.2.3."""
    return f"session:{part(user or '?')}@{client_addr or 'local'}"

def walsender_object(user: str | None, client_addr: str | None) -> str:
    """Replication sessions of one role from one address, e.g. replication:standby@10.1.2.3."""
    return f"replication:{part(user or '?')}@{client_addr or 'local'}"


def slot_object(name: str) -> str:
    return "replication_slot:" + part(name)


def override_object(setting: str, database: str | None, role: str | None) -> str:
    """A per-role/per-database setting default: setting:NAME@database:DB,role:ROLE (either part may be absent)."""
    where = ",".join(p for p in (database is not None and "database:" + part(database),
                                 role is not None and "role:" + part(role)) if p)
    return f"setting:{setting}@{where or 'all'}"

_KIND = re.compile(r"^([a-z_]+):")
DB_SCOPED_KINDS = frozenset({"function", "policy", "schema", "extension", "trigger", "sequence", "view", "language",
                             "server", "database", "default_privileges"})


def split_parts(path: str) -> list[str]:
    """'shop."my.schema".t' -> ['shop', 'my.schema', 't']: the inverse of dotted(); stops at an unquoted '('."""
    parts, cur, quoted, i = [], [], False, 0
    while i < len(path):
        ch = path[i]
        if quoted:
            if ch == '"' and path[i + 1:i + 2] == '"':
                cur.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == ".":
            parts.append("".join(cur))
            cur = []
        elif ch == "(":
            break
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def object_kind(obj: str) -> str | None:
    """'role:x' -> 'role'; a dotted relation or column path -> None."""
    m = _KIND.match(obj)
    return m[1] if m else None


def object_database(obj: str) -> str | None:
    """The database an object lives in (None for cluster-wide objects: roles, settings, hba lines, 'cluster')."""
    kind = object_kind(obj)
    if kind is None:
        return split_parts(obj)[0] if "." in obj or obj.startswith('"') else None
    if kind not in DB_SCOPED_KINDS:
        return None
    return split_parts(obj[len(kind) + 1:])[0] or None

def schema_object(database: str, schema: str) -> str:
    return "schema:" + dotted(database, schema)


def language_object(database: str, language: str) -> str:
    return "language:" + dotted(database, language)


def extension_object(database: str, extension: str) -> str:
    return "extension:" + dotted(database, extension)


def default_privileges_object(database: str, role: str, schema: str | None, object_kind: str) -> str:
    """ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] ... ON <object_kind>; '*' = every schema."""
    return f"default_privileges:{dotted(database, role)}:{part(schema) if schema else '*'}:{object_kind}"
