"""`pgcomply fix-sql report.json`: a reviewable psql script from the findings' fix SQL. Never executed by pgcomply.

Layout: statements PostgreSQL allows in a transaction block run in one BEGIN/COMMIT per database
(cluster-wide ones first, then `\\connect db` for each database); statements it refuses there
(ALTER SYSTEM, CREATE/DROP DATABASE, VACUUM, ... CONCURRENTLY) follow in their own part; findings
without a ready statement end the script as commented remediation text. Within each part
statements are grouped per check, worst severity first, each preceded by the findings it fixes.
Every name or message that lands in a comment is flattened to one line, so a hostile object
name cannot smuggle a statement out of a comment.

Safe to run with `psql -v ON_ERROR_STOP=1 -f`: fixsafety decides which statements stay live (the others are
written commented out with their precondition and a verification query), makes the live ones idempotent,
and leaves out whatever would change the auditing role. A `\\connect db` line in a check's fix routes the
statements after it to that database; a database-scoped statement with no known database is not run.
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
from auditor.workflow.fixsafety import (NEEDS_PGAUDIT, Hold, hold_for, idempotent, needs_database, split_units,
    touches_role, unquote)

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
DEFAULT_AUDITOR = "pgcomply_auditor"    # the role `pgcomply role-sql` creates
_CONNECT = re.compile(r'^\\(?:connect|c)\s+("(?:[^"]|"")+"|\S+)\s*$')
_QUOTED = re.compile(r'"(?:[^"]|"")*"|\'(?:[^\']|\'\')*\'')
_RELOAD_STMT = re.compile(r"^\s*SELECT\s+pg_reload_conf\s*\(\s*\)\s*;?\s*$", re.I)
# Holds that make the rest of their fix meaningless: the fix's other steps are not run either.
_PROCEDURE_HOLDS = ("drops data", "rewrites stored values", "takes ownership away from a role the application may use",
                    NEEDS_PGAUDIT)


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


def _control_in_names(fix: str) -> bool:
    """A quoted name or string with a line break in a fix's SQL: leave that fix to a human, as with _unsafe_name."""
    return any(_CONTROL.search(q[0]) for u in split_units(fix) if u.kind == "sql" for q in _QUOTED.finditer(u.code))


@dataclass
class _Group:
    check_id: str
    title: str
    severity: str
    statements: dict[str, list[dict]] = field(default_factory=dict)   # statement -> findings it fixes
    procedures: dict[str, Hold] = field(default_factory=dict)   # statement -> a step elsewhere in its fix not run


def _connect(db: str) -> list[str]:
    if _CONTROL.search(db):
        return [f"-- database {comment_text(db)} has a control character in its name: connect to it by hand",
                "\\echo 'stop: connect to the database named in the comment above by hand' \\quit"]
    return [f"\\connect {sql.Identifier(db).as_string()}"]


@dataclass
class _Render:
    """State shared while writing the script: the auditing roles, statements already written, live ALTER SYSTEMs."""
    roles: frozenset[str]
    pgaudit: bool = True
    seen: set[tuple[str, str]] = field(default_factory=set)
    altered_system: bool = False
    held: int = 0


def _held_lines(hold: Hold, text: str) -> list[str]:
    return ([f"-- NOT RUN ({comment_text(hold.label)}). Precondition: {comment_text(hold.precondition)}"]
            + ([f"-- verify first: {comment_text(hold.verify)}"] if hold.verify else [])
            + _comment_block(text, "--   "))


def procedure_hold(fix: str, pgaudit: bool = True) -> Hold | None:
    """A step of the fix (in any database) that drops, rewrites, disowns or needs pgaudit: then none of its steps run."""
    alternative = False
    for u in split_units(fix):
        alternative |= u.kind == "comment" and bool(re.match(r"^--\s*or\b", u.text, re.I))
        if u.kind == "sql" and not alternative and (h := hold_for(u.code, pgaudit=pgaudit)) is not None \
                and h.label in _PROCEDURE_HOLDS:
            return h
    return None


def _render_fix(text: str, db: str, st: _Render, procedure: Hold | None = None) -> list[str]:
    """One fix's statements: live (idempotent, written once) or commented out with why, precondition and check."""
    units = split_units(text)
    hba = "pg_hba" in text
    holds: list[Hold | None] = []
    alternative = False
    for u in units:
        hold = None
        if u.kind == "comment" and re.match(r"^--\s*or\b", u.text, re.I):
            alternative = True
        if u.kind == "sql":
            hold = hold_for(u.code, hba=hba, pgaudit=st.pgaudit)
            if hold is None and db == CLUSTER and needs_database(u.code):
                hold = Hold("its database is not known", "you know which database holds the object",
                            "\\l  -- then \\connect to that database and run it there")
            if hold is None and alternative:
                hold = Hold("an alternative to the statement above", "you chose this way instead", "")
        holds.append(hold)
    procedure = procedure or next((h for h in holds if h and h.label in _PROCEDURE_HOLDS), None)
    out: list[str] = []
    last_hold: Hold | None = None
    for u, hold in zip(units, holds):
        if u.kind == "sql" and hold is None:
            last_hold = None
        if u.kind != "sql":
            last_hold = None
            out.append(comment_text(u.text) if u.kind == "comment" else "-- " + comment_text(u.text))
            continue
        if role := touches_role(u.code, st.roles):
            out.append(f"-- LEFT OUT: a statement that changes the auditing role {comment_text(role)}: pgcomply never "
                       "changes its own access (accept or waive the finding)")
            continue
        if _RELOAD_STMT.match(u.code) and hold is None:
            continue      # reloads are applied once, at the end of part 2, after the live ALTER SYSTEMs
        if hold is None and procedure is not None:
            hold = Hold(f"a step of a fix whose other step {procedure.label}", procedure.precondition, "")
        if hold is not None:
            st.held += 1
            if hold == last_hold:       # the next statement of the same held run: no need to say why again
                out += _comment_block(u.text, "--   ")
            else:
                out += _held_lines(hold, u.text)
            last_hold = hold
            continue
        stmt = idempotent(u.code, u.text)
        key = (CLUSTER if re.match(r"^(CREATE\s+(ROLE|USER)|ALTER\s+SYSTEM)", u.code, re.I) else db, u.code)
        if key in st.seen:
            out.append(f"-- (already above) {comment_text(u.code)}")
            continue
        st.seen.add(key)
        st.altered_system |= bool(re.match(r"^ALTER\s+SYSTEM", u.code, re.I))
        out.append(stmt)
    return out


def _render_groups(groups: Iterable[_Group], lines: list[str], db: str, st: _Render) -> None:
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
            body = _render_fix(statement, db, st, g.procedures.get(statement))
            if any("/*" in line for line in body if not line.startswith("--")):
                lines.append("-- EDIT: complete the /* placeholder */ below before running")
            lines += body


def _sorted(groups: dict[str, _Group]) -> list[_Group]:
    return sorted(groups.values(), key=lambda g: (_SEV_ORDER.get(g.severity, 9), g.check_id))


def auditing_roles(report: dict[str, Any]) -> frozenset[str]:
    """The roles that audit this cluster: whoever ran this audit, the role-sql default and any the report lists."""
    auditor, target, policy = (report.get(k) or {} for k in ("auditor", "target", "policy"))
    names = {DEFAULT_AUDITOR, auditor.get("user"), target.get("current_user")}
    names.update(auditor.get("auditor_roles") or ())
    names.update(policy.get("auditor_roles") or ())
    return frozenset(n for n in names if isinstance(n, str) and n)


def pgaudit_loaded(report: dict[str, Any]) -> bool:
    """Only a passing LOG-003 says pgaudit is loaded; failing, unassessed or not selected means it may not be."""
    return any(f.get("check_id") == "LOG-003" and f.get("status") == "pass" for f in report["findings"])


def _segments(fix: str, db: str) -> list[tuple[str, str]]:
    """Split a fix at its `\\connect db` lines: (database, text) pieces, the first in the finding's own database."""
    out: list[tuple[str, list[str]]] = [(db, [])]
    for line in fix.splitlines():
        if m := _CONNECT.match(line.strip()):
            out.append((unquote(m[1]), []))
        else:
            out[-1][1].append(line)
    return [(d, "\n".join(ls).strip()) for d, ls in out if any(text.strip() for text in ls)]


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
    roles = auditing_roles(report)
    pgaudit = pgaudit_loaded(report)
    for f in sorted(chosen, key=lambda f: (_SEV_ORDER[f["severity"]], f["check_id"], f["object"])):
        cid = f["check_id"]
        title = f.get("title") or titles.get(cid, {}).get("title", "")
        fix = (f.get("fix_sql") or "").strip()
        if fix and (_unsafe_name(f["object"]) or _control_in_names(fix)):
            f = {**f, "message": f.get("message", "") + " [the object's name has a line break: the fix was left out,"
                 " write it by hand]"}
            fix = ""
        if fix and object_kind(f["object"]) == "role" and split_parts(f["object"][5:])[0] in roles:
            f = {**f, "message": f.get("message", "") + " [the auditing role: pgcomply never changes its own access;"
                 " accept or waive the finding]"}
            fix = ""
        if not fix:
            grp = manual.setdefault(cid, _Group(cid, title, f["severity"]))
            grp.statements.setdefault(f.get("remediation") or "", []).append(f)
            continue
        procedure = procedure_hold(fix, pgaudit)
        for db, text in _segments(fix, _where(f["object"])):
            if needs_own_transaction(text):
                text = _RELOAD.sub("", text).strip()   # one reload at the end of part 2 instead of one per setting
                part = own_tx
            else:
                part = in_tx
            grp = part[db].setdefault(cid, _Group(cid, title, f["severity"]))
            grp.statements.setdefault(text, []).append(f)
            if procedure is not None:
                grp.procedures[text] = procedure
    return _assemble(report, source, in_tx, own_tx, manual, len(chosen),
                     sum(1 for f in report["findings"] if f.get("status") == "waived" and not include_waived), roles, pgaudit)


def _assemble(report: dict[str, Any], source: str, in_tx: dict, own_tx: dict, manual: dict, total: int,
              skipped_waived: int, roles: frozenset[str], pgaudit: bool) -> str:
    st = _Render(roles, pgaudit)
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
        "--",
        "-- Statements that drop or rewrite data, enable TLS or row-level security, need a restart, change who can",
        "-- log in or take ownership away are NOT RUN: they are commented out with the precondition to make sure",
        "-- of and a query to check it. Live statements are idempotent: the script can run twice. Statements that",
        f"-- would change the auditing role(s) ({comment_text(', '.join(sorted(roles)))}) are left out.",
        "-- Fill every /* placeholder */ marked EDIT before running (psql stops at the first error).",
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
        _render_groups(_sorted(in_tx[db]), lines, db, st)
        lines += ["", "COMMIT;"]
    lines += ["", "-- ======== Part 2: statements that cannot run inside a transaction block ========"]
    if not own_tx:
        lines.append("-- (none)")
    for db in sorted(own_tx, key=lambda d: (d != CLUSTER, d)):
        if db != CLUSTER:
            lines += [""] + _connect(db)
        _render_groups(_sorted(own_tx[db]), lines, db, st)
    if st.altered_system:
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
