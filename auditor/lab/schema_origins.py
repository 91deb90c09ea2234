"""Which migration file and line created (or last granted on, or altered) each object, so a schema audit's findings
point a reviewer, and GitHub's diff annotations, at the SQL to change.

Read with PostgreSQL's own parser (pglast): statement offsets are UTF-8 byte offsets, turned into 1-based lines.
Unqualified names resolve against the search_path the file sets (SET search_path), else `public`, as psql would.
Keys are pgcomply object names in the audited database (function keys without their argument list), so the
engine can match them to findings without knowing SQL.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

from auditor.model.names import dotted, extension_object, policy_object, role_object, schema_object
from auditor.model.schema_source import ObjectOrigin

_META_LINE = re.compile(rb"^[ \t]*\\[^\n]*", re.MULTILINE)       # psql meta-commands, blanked (offsets kept)
_SKIP = re.compile(rb"(?:\s+|--[^\n]*|/\*.*?\*/)*", re.DOTALL)   # whitespace and comments before a statement
_RELATION_STMTS = {"CreateStmt": "CREATE TABLE", "ViewStmt": "CREATE VIEW", "CreateSeqStmt": "CREATE SEQUENCE"}
_GRANTABLE = {"OBJECT_TABLE", "OBJECT_SEQUENCE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE"}


def _names(items: list[dict[str, Any]] | None) -> list[str]:
    return [i["String"]["sval"] for i in items or () if "String" in i]


def _role_names(specs: list[dict[str, Any]] | None) -> list[str]:
    return [s["RoleSpec"]["rolename"] for s in specs or () if s.get("RoleSpec", {}).get("rolename")]


class _Reader:
    """Walks one file's statements, keeping the search_path it sets."""

    def __init__(self, database: str, display: str, blob: bytes) -> None:
        self.database, self.display, self.blob = database, display, blob
        self.schema = "public"
        self.found: list[ObjectOrigin] = []

    def line(self, offset: int) -> int:
        start = _SKIP.match(self.blob, offset)
        pos = start.end() if start else offset
        return self.blob.count(b"\n", 0, pos) + 1

    def rel(self, rv: dict[str, Any]) -> str:
        return dotted(self.database, rv.get("schemaname") or self.schema, rv["relname"])

    def func(self, names: list[str]) -> str:
        schema, name = (names[-2], names[-1]) if len(names) > 1 else (self.schema, names[-1])
        return "function:" + dotted(self.database, schema, name)

    def add(self, key: str, line: int, action: str, statement: str) -> None:
        self.found.append(ObjectOrigin(key, self.display, line, action, statement))

    def statement(self, stmt: dict[str, Any], line: int) -> None:
        (kind, node), = stmt.items()
        for key, action, verb in self._objects(kind, node):
            self.add(key, line, action, verb)

    def _objects(self, kind: str, n: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
        if kind == "VariableSetStmt" and n.get("name") == "search_path" and n.get("args"):
            first = n["args"][0].get("A_Const", {}).get("sval", {}).get("sval")
            self.schema = first or self.schema
        elif kind in _RELATION_STMTS:
            rv = n.get("relation") or n.get("view") or n.get("sequence")
            yield self.rel(rv), "create", _RELATION_STMTS[kind]
        elif kind == "CreateTableAsStmt":
            yield self.rel(n["into"]["rel"]), "create", "CREATE MATERIALIZED VIEW"
        elif kind == "CreateFunctionStmt":
            yield self.func(_names(n["funcname"])), "create", "CREATE FUNCTION"
        elif kind == "CreateSchemaStmt" and n.get("schemaname"):
            yield schema_object(self.database, n["schemaname"]), "create", "CREATE SCHEMA"
        elif kind == "CreateExtensionStmt":
            yield extension_object(self.database, n["extname"]), "create", "CREATE EXTENSION"
        elif kind == "CreateRoleStmt":
            yield role_object(n["role"]), "create", "CREATE ROLE"
        elif kind == "CreatePolicyStmt":
            t = n["table"]
            schema = t.get("schemaname") or self.schema
            yield policy_object(self.database, schema, t["relname"], n["policy_name"]), "create", "CREATE POLICY"
            yield self.rel(t), "alter", "CREATE POLICY"
        elif kind == "AlterTableStmt":
            yield self.rel(n["relation"]), "alter", "ALTER TABLE"
            for cmd in n.get("cmds", ()):
                col = cmd.get("AlterTableCmd", {}).get("def", {}).get("ColumnDef", {}).get("colname")
                if col:
                    yield self.rel(n["relation"]) + "." + dotted(col), "create", "ALTER TABLE ADD COLUMN"
        elif kind == "GrantRoleStmt" and n.get("is_grant"):
            for role in _role_names(n.get("grantee_roles")):
                yield role_object(role), "grant", "GRANT ROLE"
        elif kind == "AlterRoleStmt" and (name := n.get("role", {}).get("rolename")):
            yield role_object(name), "alter", "ALTER ROLE"
        elif kind == "GrantStmt" and n.get("targtype") == "ACL_TARGET_OBJECT":
            verb = "GRANT" if n.get("is_grant") else "REVOKE"
            for obj in n.get("objects", ()):
                if n.get("objtype") in _GRANTABLE and "RangeVar" in obj:
                    yield self.rel(obj["RangeVar"]), "grant", verb
                elif n.get("objtype") == "OBJECT_FUNCTION" and "ObjectWithArgs" in obj:
                    yield self.func(_names(obj["ObjectWithArgs"]["objname"])), "grant", verb
                elif n.get("objtype") == "OBJECT_SCHEMA" and "String" in obj:
                    yield schema_object(self.database, obj["String"]["sval"]), "grant", verb
            if n.get("is_grant"):     # a role the schema only grants to (a placeholder) is traced to its grants
                for role in _role_names(n.get("grantees")):
                    yield role_object(role), "grant", verb
        elif kind == "AlterOwnerStmt" and n.get("objectType") == "OBJECT_FUNCTION":
            yield self.func(_names(n["object"]["ObjectWithArgs"]["objname"])), "alter", "ALTER FUNCTION OWNER"


def read_origins(path: Path, display: str, database: str) -> list[ObjectOrigin]:
    """Every object the file creates, grants on or alters, in file order; [] when pglast cannot parse it (psql will
    then name the failing line itself)."""
    from pglast.parser import ParseError, parse_sql_json

    blob = _META_LINE.sub(lambda m: b" " * len(m.group()), path.read_bytes())
    try:
        tree = json.loads(parse_sql_json(blob.decode("utf-8")))
    except (ParseError, UnicodeDecodeError):
        return []
    reader = _Reader(database, display, blob)
    for raw in tree.get("stmts", ()):
        reader.statement(raw["stmt"], reader.line(raw.get("stmt_location", 0)))
    return reader.found
