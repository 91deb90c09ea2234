"""Stable, repository-relative pseudo-paths for SARIF results, so GitHub code scanning (and GitLab, Azure DevOps)
accept them: a database object is not a file, but those dashboards refuse a result without
`physicalLocation.artifactLocation.uri`, and they track an alert by its path across runs.

Layout (every name segment percent-encoded, so no object name can add a segment, climb with `..` or
carry a scheme):

    pgcomply/<target>/<db>/<schema>/<table>.sql            a table, view, sequence...
    pgcomply/<target>/<db>/<schema>/<table>/<column>.sql   a column
    pgcomply/<target>/<db>/<kind>/<name parts...>.sql      function, policy, schema, default_privileges...
    pgcomply/<target>/<db>/database.sql                    database:<db>
    pgcomply/<target>/cluster/<kind>/<name>.sql            role, setting, hba line, TLS endpoint, session...
    pgcomply/<target>/cluster.sql                          the cluster as a whole

<target> is the target's host name (`local` for a Unix socket), never its port: the same cluster must keep
its paths when it is audited again, and the demo's throw-away clusters get a new port each run.
"""
from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import quote

from auditor.model.names import DB_SCOPED_KINDS, object_kind, split_parts

ROOT = "pgcomply"
MAX_SEGMENT = 120                       # bytes of an encoded segment before it is shortened (with a hash: stable)
_TLS = re.compile(r"^tls:(\[[^\]]*\]|[^:]*):(\d+)$")


def segment(name: str) -> str:
    """One path segment for any text: unreserved characters kept, everything else percent-encoded (UTF-8).
    '.' and '..' cannot survive as such (they are encoded), and an empty name becomes '_'."""
    enc = quote(name, safe="")                      # keeps A-Z a-z 0-9 - . _ ~ ; encodes '/', '%', ':', ...
    if enc.strip(".") == "":
        enc = enc.replace(".", "%2E") or "_"
    if len(enc) > MAX_SEGMENT:                      # long function signatures: cut on a whole escape, add a hash
        cut = enc[:MAX_SEGMENT - 17]
        cut = cut[:cut.rfind("%")] if "%" in cut[-2:] else cut
        enc = f"{cut}~{hashlib.sha256(name.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"
    return enc


def target_label(target: dict[str, Any]) -> str:
    """The <target> segment: the host the audit connected to, without the port (see the module docstring)."""
    host = str(target.get("host") or "")
    if not host or host.startswith("/") or host.startswith("@"):
        return "local"
    return segment(host.lower())


def stable_object(obj: str, target: dict[str, Any]) -> str:
    """The object name with the target's port taken out of TLS endpoints (tls:host:5432 -> tls:host), so that a
    fingerprint does not change when the same cluster listens on another port."""
    m = _TLS.match(obj)
    if m and str(target.get("port") or "") == m[2]:
        return f"tls:{m[1]}"
    return obj


def _signature_split(rest: str) -> tuple[str, str]:
    """'shop.public.f(a int)' -> ('shop.public.f', '(a int)'): the first '(' outside double quotes."""
    quoted = False
    for i, ch in enumerate(rest):
        if ch == '"':
            quoted = not quoted
        elif ch == "(" and not quoted:
            return rest[:i], rest[i:]
    return rest, ""


def _file(parts: list[str]) -> str:
    return "/".join([ROOT, *parts[:-1], parts[-1] + ".sql"])


def artifact_uri(obj: str, target: dict[str, Any]) -> str:
    """The pseudo-path of one finding's object: relative, no scheme, '/'-separated encoded segments."""
    t = target_label(target)
    obj = stable_object(obj, target)
    kind = object_kind(obj)
    if kind is None:
        if obj in ("cluster", ""):
            return _file([t, "cluster"])
        if "." not in obj and not obj.startswith('"'):          # bare words ('hba', 'pgaudit'): cluster-level
            return _file([t, "cluster", segment(obj)])
        parts = split_parts(obj)
        return _file([t, *(segment(p) for p in parts)])
    rest = obj[len(kind) + 1:]
    if kind == "database":
        return _file([t, segment(split_parts(rest)[0]), "database"])
    if kind in DB_SCOPED_KINDS:
        head, args = _signature_split(rest)
        parts = split_parts(head)
        parts[-1] += args
        if len(parts) == 1:                                     # no database part: keep it whole
            return _file([t, "cluster", segment(kind), segment(rest)])
        return _file([t, segment(parts[0]), segment(kind), *(segment(p) for p in parts[1:])])
    return _file([t, "cluster", segment(kind), segment(rest)])


def migration_location(origin: dict[str, Any] | None) -> dict[str, Any] | None:
    """A schema audit's finding: the migration file (repository-relative) and line that made the object, so GitHub
    annotates the pull request's diff. None when untraced, or when the path is absolute or leaves the repository
    (the pseudo-path is used then)."""
    if not origin:
        return None
    path = str(origin.get("file") or "")
    parts = path.split("/")
    if not path or path.startswith(("/", "\\")) or any(p in ("", ".", "..") for p in parts) or "\\" in path:
        return None
    line = max(1, int(origin.get("line") or 1))
    return {"artifactLocation": {"uri": "/".join(quote(p, safe="") for p in parts), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": line}}


def physical_location(obj: str, target: dict[str, Any]) -> dict[str, Any]:
    """A physicalLocation with the pseudo-path and a one-character region on line 1 (GitHub wants a region)."""
    return {"artifactLocation": {"uri": artifact_uri(obj, target), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2}}
