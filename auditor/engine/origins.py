"""A schema audit's findings matched to the migration line behind their object (model/schema_source.ObjectOrigin).

A privilege finding points at the last GRANT or REVOKE on the object (the line a reviewer changes, and the one a
pull request adds); any other finding at the statement that created the object. A column without an ADD COLUMN of
its own, a policy or trigger, falls back to its table; a function's overloads share their name's origin.
"""
from __future__ import annotations

from typing import Any, Iterable

from auditor.model.names import dotted, object_kind, split_parts
from auditor.model.schema_source import ObjectOrigin

_PRIVILEGE_AREAS = frozenset({"grants"})


def _index(origins: Iterable[ObjectOrigin]) -> dict[str, list[ObjectOrigin]]:
    out: dict[str, list[ObjectOrigin]] = {}
    for o in origins:
        out.setdefault(o.key, []).append(o)
    return out


def _candidates(obj: str) -> list[str]:
    """The object's own key, then the keys of what contains it (column -> table, policy -> table)."""
    kind = object_kind(obj)
    if kind is None:
        parts = split_parts(obj)
        keys = [dotted(*parts)]
        if len(parts) == 4:
            keys.append(dotted(*parts[:3]))
        return keys
    rest = obj[len(kind) + 1:]
    parts = split_parts(rest)
    keys = [f"{kind}:{dotted(*parts)}"]
    if kind in ("policy", "trigger") and len(parts) == 4:
        keys.append(dotted(*parts[:3]))
    return keys


def _pick(events: list[ObjectOrigin], area: str) -> ObjectOrigin:
    if area in _PRIVILEGE_AREAS:
        grants = [e for e in events if e.action == "grant"]
        if grants:
            return grants[-1]
    created = [e for e in events if e.action == "create"]
    return created[-1] if created else events[-1]


def origin_of(finding: dict[str, Any], index: dict[str, list[ObjectOrigin]]) -> dict[str, Any] | None:
    for key in _candidates(finding["object"]):
        if events := index.get(key):
            e = _pick(events, finding.get("area", ""))
            return {"file": e.file, "line": e.line, "statement": e.statement}
    return None


def attach_origins(findings: list[dict[str, Any]], origins: Iterable[ObjectOrigin]) -> None:
    """Add "origin": {file, line, statement} to each finding whose object a migration made or changed."""
    index = _index(origins)
    if not index:
        return
    for f in findings:
        if (o := origin_of(f, index)) is not None:
            f["origin"] = o
