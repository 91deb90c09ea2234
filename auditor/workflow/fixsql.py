"""`pgcomply fix-sql report.json`: a reviewable psql script from the findings' fix SQL. Never executed by pgcomply.

Layout: statements PostgreSQL allows in a transaction block run in one BEGIN/COMMIT per database
(cluster-wide ones first, then `\\connect db` for each database); statements it refuses there
(ALTER SYSTEM, CREATE/DROP DATABASE, VACUUM, ... CONCURRENTLY) follow in their own part; findings
without a ready statement end the script as commented remediation text. Within each part
statements are grouped per check, worst severity first, each preceded by the findings it fixes.
Every name or message that lands in a comment is flattened to one line, so a hostile object
name cannot smuggle a statement out of a comment.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from psycopg import sql

from auditor import __version__
from auditor.model.names import object_database, object_kind, split_parts
from auditor.model.results import Severity

# Statements that raise "cannot run inside a transaction block" (or need to commit on their own to take effect).
_NON_TX = re.compile(
    r"^\s*(ALTER\s+SYSTEM|CREATE\s+DATABASE|DROP\s+DATABASE|VACUUM|CLUSTER\s*;|REINDEX\s+(SYSTEM|DATABASE)"
    r"|REINDEX\s.*\bCONCURRENTLY|CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY"
    r"|(CREATE|DROP)\s+TABLESPACE|ALTER\s+DATABASE\s.*\bSET\s+TABLESPACE|(CREATE|ALTER|DROP)\s+SUBSCRIPTION"
    r"|DISCARD\s+ALL|ALTER\s+TABLE\s.*\bDETACH\s+PARTITION\s.*\bCONCURRENTLY)",
    re.I | re.M)
_RELOAD = re.compile(r"^\s*SELECT\s+pg_reload_conf\(\)\s*;\s*$", re.I | re.M)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")
_SEV_ORDER = {s.value: i for i, s in enumerate(Severity)}
CLUSTER = ""      # the key of cluster-wide statements (run from any database)


class FixSqlError(ValueError):
    """The input cannot become a script; one line."""


def comment_text(text: Any) -> str:
    """One line, control characters escaped: safe after `-- `."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", str(text))


def _comment_block(text: str, prefix: str = "-- ") -> list[str]:
    return [prefix + comment_text(line) if line.strip() else prefix.rstrip() for line in str(text).splitlines()]


def needs_own_transaction(statement: str) -> bool:
    """True when any non-comment line starts a statement PostgreSQL refuses inside BEGIN ... COMMIT."""
    code = "\n".join(line for line in statement.splitlines() if not line.lstrip().startswith("--"))
    return bool(_NON_TX.search(code))


def _where(obj: str) -> str:
    """The database a fix must run in; CLUSTER for roles, settings, hba lines and GRANT ... ON DATABASE."""
    if object_kind(obj) == "database":
        return CLUSTER
    return object_database(obj) or CLUSTER


def _unsafe_name(obj: str) -> bool:
    """Object names with a line break: fix text a check built from them could escape its comments."""
    body = obj.split(":", 1)[1] if object_kind(obj) else obj
    return any(_CONTROL.search(p) for p in split_parts(body)) or bool(_CONTROL.search(obj))


@dataclass
class _Group:
    check_id: str
    title: str
    severity: str
    statements: dict[str, list[dict]] = field(default_factory=dict)   # statement -> findings it fixes


def _connect(db: str) -> list[str]:
    if _CONTROL.search(db):
        return [f"-- database {comment_text(db)} has a control character in its name: connect to it by hand",
                "\\echo 'stop: connect to the database named in the comment above by hand' \\quit"]
    return [f"\\connect {sql.Identifier(db).as_string()}"]


def _render_groups(groups: Iterable[_Group], lines: list[str]) -> None:
    for g in groups:
        n = sum(len(fs) for fs in g.statements.values())
        lines += ["", f"-- ---- {g.check_id} [{g.severity}] {comment_text(g.title)} ({n} finding{'s' if n != 1 else ''})"]
        for statement, found in g.statements.items():
            lines.append("")
            for f in found:
                lines.append(f"-- {comment_text(f['object'])}: {comment_text(f.get('message', ''))}")
                if f["status"] == "waived":
                    w = f.get("waiver") or {}
                    lines.append(f"--   (waived by {comment_text(w.get('approver') or 'unnamed')} until "
                                 f"{comment_text(w.get('expires') or 'no expiry')})")
            if "/*" in statement:
                lines.append("-- EDIT: complete the /* placeholder */ below before running")
            lines.append(statement.rstrip())


def needs_reload(g: _Group) -> bool:
    return any(re.search(r"^\s*ALTER\s+SYSTEM", st, re.I | re.M) for st in g.statements)


def _sorted(groups: dict[str, _Group]) -> list[_Group]:
    return sorted(groups.values(), key=lambda g: (_SEV_ORDER.get(g.severity, 9), g.check_id))


def build_script(report: dict[str, Any], *, include_waived: bool = False,
                 min_severity: Severity = Severity.INFO, source: str = "report.json") -> str:
    if not isinstance(report.get("findings"), list):
        raise FixSqlError(f"{source}: not a pgcomply report (no findings)")
    statuses = {"fail", "waived"} if include_waived else {"fail"}
    chosen = [f for f in report["findings"] if f.get("status") in statuses
              and Severity(f["severity"]).rank >= min_severity.rank]
    titles = {c["id"]: c for c in report.get("checks", [])}
    in_tx: dict[str, dict[str, _Group]] = defaultdict(dict)
    own_tx: dict[str, dict[str, _Group]] = defaultdict(dict)
    manual: dict[str, _Group] = {}
    for f in sorted(chosen, key=lambda f: (_SEV_ORDER[f["severity"]], f["check_id"], f["object"])):
        cid = f["check_id"]
        title = f.get("title") or titles.get(cid, {}).get("title", "")
        fix = (f.get("fix_sql") or "").strip()
        if fix and _unsafe_name(f["object"]):
            f = {**f, "message": f.get("message", "") + " [the object's name has a line break: the fix was left out,"
                 " write it by hand]"}
            fix = ""
        if not fix:
            grp = manual.setdefault(cid, _Group(cid, title, f["severity"]))
            grp.statements.setdefault(f.get("remediation") or "", []).append(f)
            continue
        if needs_own_transaction(fix):
            fix = _RELOAD.sub("", fix).strip()   # one reload at the end of part 2 instead of one per setting
            part = own_tx
        else:
            part = in_tx
        grp = part[_where(f["object"])].setdefault(cid, _Group(cid, title, f["severity"]))
        grp.statements.setdefault(fix, []).append(f)
    return _assemble(report, source, in_tx, own_tx, manual, len(chosen),
                     sum(1 for f in report["findings"] if f.get("status") == "waived" and not include_waived))


def _assemble(report: dict[str, Any], source: str, in_tx: dict, own_tx: dict, manual: dict, total: int,
              skipped_waived: int) -> str:
    target = report.get("target", {})
    lines = [
        "-- pgcomply remediation script (generated, never executed by pgcomply)",
        f"-- from {comment_text(source)}: audit of {comment_text(target.get('dsn') or '?')}"
        f" at {comment_text(report.get('started_at') or '?')}, pgcomply {__version__}",
        f"-- {total} finding(s) covered" + (f"; {skipped_waived} waived finding(s) left out" if skipped_waived else ""),
        "--",
        "-- REVIEW EVERY STATEMENT before running it, as a superuser or the objects' owner, with:",
        "--   psql -X -v ON_ERROR_STOP=1 -f this-file.sql \"<admin connection>\"",
        "-- Part 1 runs in one transaction per database: an error rolls that database's part back.",
        "-- Part 2 holds statements PostgreSQL refuses inside a transaction block; they apply one by one.",
        "-- Part 3 lists findings with no ready statement.",
        "",
        "\\set ON_ERROR_STOP on",
        "",
        "-- ======== Part 1: transactional statements ========",
    ]
    if not in_tx:
        lines.append("-- (none)")
    for db in sorted(in_tx, key=lambda d: (d != CLUSTER, d)):
        lines.append("")
        lines += ["-- cluster-wide (roles, database grants)"] if db == CLUSTER else _connect(db)
        lines.append("BEGIN;")
        _render_groups(_sorted(in_tx[db]), lines)
        lines += ["", "COMMIT;"]
    lines += ["", "-- ======== Part 2: statements that cannot run inside a transaction block ========"]
    if not own_tx:
        lines.append("-- (none)")
    for db in sorted(own_tx, key=lambda d: (d != CLUSTER, d)):
        if db != CLUSTER:
            lines += [""] + _connect(db)
        _render_groups(_sorted(own_tx[db]), lines)
    if any(needs_reload(g) for groups in own_tx.values() for g in groups.values()):
        lines += ["", "-- apply the ALTER SYSTEM changes above (settings with context 'postmaster' need a restart instead)",
                  "SELECT pg_reload_conf();"]
    lines += ["", "-- ======== Part 3: findings without a ready statement (remediation advice) ========"]
    if not manual:
        lines.append("-- (none)")
    for g in _sorted(manual):
        lines += ["", f"-- ---- {g.check_id} [{g.severity}] {comment_text(g.title)}"]
        for advice, found in g.statements.items():
            for f in found:
                lines.append(f"--   {comment_text(f['object'])}: {comment_text(f.get('message', ''))}")
            lines.append("--   how to fix:")
            lines += _comment_block(advice or "(no remediation text)", "--     ")
    return "\n".join(lines) + "\n"
