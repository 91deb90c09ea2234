"""Least-privilege grants: what PUBLIC and broad roles may do to application objects."""
from __future__ import annotations

from typing import Iterator

from auditor.acl import PRIVILEGES, PUBLIC, parse_acl
from auditor.context import Context
from auditor.names import relation_object
from auditor.results import Outcome, Severity

from ._common import application_relations, ident

_KIND_NAME = {"r": "table", "p": "table", "v": "view", "m": "materialized view", "f": "foreign table", "S": "sequence"}


def public_relation_privileges(ctx: Context) -> Iterator[Outcome]:
    """PUBLIC is every role, including ones created tomorrow."""
    for rel in application_relations(ctx):
        obj = relation_object(rel.database, rel.schema, rel.name)
        held = "".join(item.privileges for item in parse_acl(rel.acl) if item.grantee == PUBLIC)
        if held:
            names = sorted({PRIVILEGES[p] for p in held})
            writes = bool(set(held) & set("awdD"))
            kind = _KIND_NAME.get(rel.kind, "relation")
            on = "SEQUENCE" if rel.kind == "S" else "TABLE"
            yield Outcome.fail(
                obj, f"PUBLIC holds {', '.join(names)} on {kind} {rel.schema}.{rel.name}: every role in the cluster has it",
                severity=Severity.HIGH if writes or rel.kind != "S" else Severity.MEDIUM,
                fix=f"REVOKE ALL ON {on} {ident(rel.schema, rel.name)} FROM PUBLIC;",
                privileges=names, kind=kind)
        else:
            yield Outcome.ok(obj)


CHECKS = (public_relation_privileges,)
