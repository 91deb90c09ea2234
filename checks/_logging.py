"""What the logging settings mean: pgaudit classes, log levels, statement coverage, audit triggers."""
from __future__ import annotations

import re

from auditor.model.acl import PUBLIC, parse_acl
from auditor.analysis.context import Context
from auditor.model.snapshot import Relation, Trigger
from auditor.analysis.rolegraph import role_graph

from auditor.checks._common import as_bool
from auditor.checks._overrides import database_value, server_value

PGAUDIT_CLASSES = ("read", "write", "function", "role", "ddl", "misc", "misc_set")
# what log_statement records, expressed as pgaudit classes (GRANT/REVOKE and CREATE/ALTER ROLE are "ddl" to it)
STATEMENT_COVERS = {"none": frozenset(), "ddl": frozenset({"ddl", "role"}),
                    "mod": frozenset({"ddl", "role", "write"}), "all": frozenset(PGAUDIT_CLASSES)}
_STATEMENT_RANK = {"none": 0, "ddl": 1, "mod": 2, "all": 3}
# server-log order of message levels (LOG sits between ERROR and FATAL there)
LEVELS = ("debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning", "error", "log", "fatal", "panic")
_AUDIT_TRIGGER = re.compile(
    r"(^|[_.])(audit\w*|history|hist|changelog|change_log|changes|journal|log|logging|track|tracking|memento|"
    r"versioning|temporal|if_modified\w*|table_log)([_.]|$)")


def level_rank(value: str | None) -> int:
    try:
        return LEVELS.index((value or "").lower())
    except ValueError:
        return LEVELS.index("warning")


def statement_rank(value: str | None) -> int:
    return _STATEMENT_RANK.get((value or "none").lower(), 0)


def pgaudit_classes(value: str | None) -> frozenset[str]:
    """Classes pgaudit.log enables: comma list, `all`, `none`, and `-class` subtractions, case-insensitive."""
    out: set[str] = set()
    for raw in (value or "").lower().split(","):
        tok = raw.strip()
        neg = tok.startswith("-")
        tok = tok.lstrip("-").strip()
        items = set(PGAUDIT_CLASSES) if tok == "all" else ({tok} if tok in PGAUDIT_CLASSES else set())
        out = out - items if neg else out | items
    return frozenset(out)


def is_pgaudit_loaded(ctx: Context) -> bool:
    """pgaudit registers its pgaudit.* settings only when preloaded, and every role can see them."""
    return ctx.setting("pgaudit.log") is not None


NO_PGAUDIT = "preload:pgaudit"   # the root cause of every finding pgaudit would have prevented


def no_pgaudit(ctx: Context) -> str | None:
    """NO_PGAUDIT as the root cause of a finding, when pgaudit is not loaded."""
    return None if is_pgaudit_loaded(ctx) else NO_PGAUDIT


def connection_aspects(value: str | None, major: int) -> frozenset[str]:
    """log_connections as the set of PG18 aspects it logs (before 18: on = all three)."""
    full = frozenset({"receipt", "authentication", "authorization"})
    v = (value or "").strip().lower()
    if as_bool(v) or v == "all":
        return full
    if major < 18 or v in ("", "off", "false", "no", "0"):
        return frozenset()
    toks = {t.strip() for t in v.split(",") if t.strip()}
    return full if "all" in toks else frozenset(toks & full)


def covered_classes(ctx: Context, database: str | None = None) -> frozenset[str]:
    """Statement classes that reach the log for sessions in `database` (None: server-wide)."""
    def get(name: str) -> str | None:
        if database:
            return database_value(ctx, name, database)
        s = ctx.setting(name)
        return s.value if s else None

    out = STATEMENT_COVERS.get((get("log_statement") or "none").lower(), frozenset())
    if is_pgaudit_loaded(ctx):
        out |= pgaudit_classes(get("pgaudit.log"))
    return out


def audit_role(ctx: Context, database: str) -> str | None:
    """pgaudit.role for sessions in `database`, if pgaudit is loaded and the role exists."""
    if not is_pgaudit_loaded(ctx):
        return None
    name = (database_value(ctx, "pgaudit.role", database) or "").strip()
    return name if name and ctx.role(name) is not None else None


def object_audited(ctx: Context, rel: Relation, letters: str) -> frozenset[str]:
    """Privilege letters (of `letters`) for which pgaudit object auditing logs statements on `rel`.

    pgaudit logs a statement on a relation when its audit role (pgaudit.role) holds the matching privilege,
    directly or through the roles whose privileges it inherits; grants to PUBLIC do not count.
    """
    role = audit_role(ctx, rel.database)
    if role is None:
        return frozenset()
    holders = ctx.derive(role_graph).privileges_of(role)
    found: set[str] = set()
    for acl in (rel.acl, *(c.acl for c in rel.columns)):
        for item in parse_acl(acl):
            if item.grantee != PUBLIC and item.grantee in holders:
                found |= set(item.privileges) & set(letters)
    return frozenset(found)


def named_like_audit(trigger: Trigger) -> bool:
    """A trigger whose name, function or function schema reads as change auditing."""
    fn = trigger.function.lower()
    return bool(_AUDIT_TRIGGER.search(trigger.name.lower()) or _AUDIT_TRIGGER.search(fn.split(".")[-1])
                or _AUDIT_TRIGGER.search(fn.split(".")[0]))


def audit_triggers(rel: Relation) -> list[str]:
    """Enabled DML triggers that look like change auditing (by trigger or function name)."""
    out = []
    for t in rel.triggers:
        if t.enabled == "D":
            continue
        definition = t.definition.upper()
        if not any(op in definition for op in (" INSERT", " UPDATE", " DELETE")):
            continue
        if _AUDIT_TRIGGER.search(t.name.lower()) or _AUDIT_TRIGGER.search(t.function.lower().split(".")[-1]) \
                or _AUDIT_TRIGGER.search(t.function.lower().split(".")[0]):
            out.append(t.name)
    return out


# ---- overrides: does a per-role/database/function value log less? ---------------------------------

# what an override is compared with when the server-wide value is as low (or unknown)
_REFERENCE = {"log_statement": "ddl", "pgaudit.log": "ddl, role, write", "log_connections": "on",
              "log_disconnections": "on", "log_replication_commands": "on", "pgaudit.log_parameter": "on",
              "log_min_messages": "warning", "log_min_error_statement": "error", "pgaudit.role": None}
LOGGING_SETTINGS = frozenset(_REFERENCE)


def _weakening(name: str, value: str, base: str | None, major: int) -> str | None:
    """Why `value` for `name` logs less than `base`, or None."""
    v = value.strip().lower()
    if base is None:
        return None
    if name == "log_statement":
        return f"log_statement '{v}'" if statement_rank(v) < statement_rank(base) else None
    if name == "pgaudit.log":
        lost = pgaudit_classes(base) - pgaudit_classes(v)
        return f"pgaudit.log '{value}' (without {', '.join(sorted(lost))})" if lost else None
    if name == "log_connections":
        return f"log_connections '{value}'" if connection_aspects(base, major) - connection_aspects(v, major) else None
    if name in ("log_disconnections", "log_replication_commands", "pgaudit.log_parameter"):
        return f"{name} '{value}'" if as_bool(base) and not as_bool(v) else None
    if name == "log_min_messages":
        if level_rank(v) > level_rank("log") and level_rank(v) > level_rank(base):
            return f"log_min_messages '{v}' (LOG messages discarded)"
        return None
    if name == "log_min_error_statement":
        if level_rank(v) > level_rank("error") and level_rank(v) > level_rank(base):
            return f"log_min_error_statement '{v}' (failing statements logged without text)"
        return None
    if name == "pgaudit.role":
        return f"pgaudit.role '' (object auditing by '{base}' off)" if not v and base.strip() else None
    return None


def judge_override(ctx: Context, name: str, value: str) -> tuple[str | None, bool]:
    """(reason, latent): latent when it lowers nothing today but keeps its scope unlogged once logging is raised."""
    major, base = ctx.snap.server_major, server_value(ctx, name)
    if base is not None and (why := _weakening(name, value, base, major)):
        return why, False
    why = _weakening(name, value, _REFERENCE.get(name), major)
    return why, base is not None and why is not None
