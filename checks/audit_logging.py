"""Audit logging: would the server's logs show who connected, from where, and what they read or changed?

pgaudit is judged from evidence every role can see: its pgaudit.* settings exist only when the library
is preloaded. Per-role and per-database overrides (pg_db_role_setting) and function SET clauses can
switch logging off for part of the workload while the global settings look right.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import database_object, function_object, setting_object
from auditor.model.results import Outcome, Severity, deviation
from auditor.analysis.sensitivity import sensitive_tables

from auditor.checks._common import alter_system, as_bool, ident, setting_or_gap
from auditor.checks._logging import (LOGGING_SETTINGS, NO_PGAUDIT, PGAUDIT_CLASSES, connection_aspects, covered_classes,
    is_pgaudit_loaded, judge_override, level_rank, pgaudit_classes)
from auditor.checks.audit_logging_tables import cardholder_reads_audited, sensitive_changes_audited
from auditor.checks.audit_logging_trails import (audit_log_copies_personal_data, audit_tables_append_only,
                                                 audit_triggers_enabled)
from auditor.checks._overrides import Override, override_deviation, overrides, overrides_gap, reset_sql, scope

_PREFIX_ESCAPE = re.compile(r"%-?\d*([a-zA-Z%])")
RECOMMENDED_PREFIX = "%m [%p] user=%u db=%d app=%a client=%h "


def _on_setting(ctx: Context, name: str, why: str) -> Iterator[Outcome]:
    s, gap = setting_or_gap(ctx, name)
    if gap:
        yield gap
        return
    obj = setting_object(name)
    if s is not None and as_bool(s.value):
        yield Outcome.ok(obj, f"{name} is on")
    else:
        yield Outcome.fail(obj, f"{name} is off: {why}", fix=alter_system(name, "on"), value=s.value if s else None,
                           deviation=deviation(name, s.value if s else None, "on"))


def log_connections(ctx: Context) -> Iterator[Outcome]:
    """Connection attempts are the first thing an incident responder asks for."""
    s, gap = setting_or_gap(ctx, "log_connections")
    if gap:
        yield gap
        return
    obj = setting_object("log_connections")
    value = s.value if s else None
    missing = sorted({"receipt", "authentication", "authorization"} - connection_aspects(value, ctx.snap.server_major))
    if not missing:
        yield Outcome.ok(obj, f"log_connections is {value}")
    elif len(missing) == 3:
        yield Outcome.fail(obj, "log_connections is off: successful and failed logins leave no trace in the server log",
                           fix=alter_system("log_connections", "on"), value=value,
                           deviation=deviation("log_connections", value, "on"))
    else:
        yield Outcome.fail(obj, f"log_connections is '{value}': connection {', '.join(missing)} is not logged, so some "
                                "logins cannot be tied to a client address or identity",
                           severity=Severity.LOW, fix=alter_system("log_connections", "on"), value=value, missing=missing,
                           deviation=deviation("log_connections", value, "on (receipt, authentication and authorization)"))


def log_disconnections(ctx: Context) -> Iterator[Outcome]:
    """Session end and duration bound what a session could have done."""
    yield from _on_setting(ctx, "log_disconnections", "session ends and durations are not logged")


def _preload(ctx: Context) -> str | None:
    s = ctx.setting("shared_preload_libraries")
    return s.value if s is not None else "hidden from the auditing role"


def pgaudit_loaded(ctx: Context) -> Iterator[Outcome]:
    """No pgaudit, no per-object audit trail: only what log_statement writes, as plain text."""
    obj = setting_object("shared_preload_libraries")
    if is_pgaudit_loaded(ctx):
        yield Outcome.ok(obj, "pgaudit is loaded (its pgaudit.* settings are registered)")
        return
    yield Outcome.fail(obj, "pgaudit is not loaded (this server has no pgaudit.* settings): there is no audit trail "
                            "naming the objects each statement read or changed",
                       fix="-- install the pgaudit package, add pgaudit to shared_preload_libraries, restart, then in "
                           "every database:\n-- CREATE EXTENSION IF NOT EXISTS pgaudit;", root_cause=NO_PGAUDIT,
                       deviation=deviation("shared_preload_libraries", _preload(ctx), "includes pgaudit"))


def pgaudit_extension(ctx: Context) -> Iterator[Outcome]:
    """Without CREATE EXTENSION pgaudit, DDL entries lack the object type and name."""
    if not is_pgaudit_loaded(ctx):
        yield Outcome.not_applicable("cluster", "pgaudit is not loaded (see LOG-003), so there is no extension to create yet")
        return
    have = {e.database for e in ctx.snap.extensions if e.name == "pgaudit"}
    for db in ctx.snap.databases:
        if db.is_template or not db.allow_connections:
            continue
        obj = database_object(db.name)
        if not db.collected:
            if g := ctx.snap.gap(f"database:{db.name}"):
                yield Outcome.not_assessable(obj, g.missing, f"the catalog of database {db.name} could not be read")
            continue
        if db.name in have:
            yield Outcome.ok(obj)
        else:
            yield Outcome.fail(obj, f"database {db.name} has no pgaudit extension: its DDL is logged without the type "
                                    "and name of the object created, altered or dropped",
                               fix=f"\\connect {ident(db.name)}\nCREATE EXTENSION IF NOT EXISTS pgaudit;")


def statement_classes_logged(ctx: Context) -> Iterator[Outcome]:
    """The statement classes the policy requires reach the log, through pgaudit.log or log_statement."""
    loaded = is_pgaudit_loaded(ctx)
    ls, gap = setting_or_gap(ctx, "log_statement")
    if not gap and loaded:
        gap = setting_or_gap(ctx, "pgaudit.log")[1]
    if gap:
        yield gap
        return
    required = {c.lower() for c in ctx.thresholds.pgaudit_classes} & set(PGAUDIT_CLASSES)
    covered = covered_classes(ctx)
    missing = sorted(required - covered)
    obj = setting_object("pgaudit.log" if loaded else "log_statement")
    pa = ctx.setting("pgaudit.log")
    how = (f"pgaudit.log is '{pa.value}' and " if loaded and pa else "pgaudit is not loaded and ") + \
          f"log_statement is '{ls.value if ls else 'unknown'}'"
    if not missing:
        yield Outcome.ok(obj, f"{how}: {', '.join(sorted(required))} statements are logged")
        return
    sensitive = bool(sensitive_tables(ctx))
    sev = Severity.MEDIUM if set(missing) & {"ddl", "role"} or ("write" in missing and sensitive) else Severity.LOW
    if loaded:
        current = pgaudit_classes(pa.value if pa else None)
        fix = alter_system("pgaudit.log", ", ".join(sorted(current | required)))
    else:
        level = "mod" if "write" in required else "ddl"
        fix = "-- preferably load pgaudit (LOG-003); meanwhile:\n" + alter_system("log_statement", level)
    yield Outcome.fail(obj, f"{how}: {', '.join(missing)} statements leave no trace in the log"
                            + (" although tables hold sensitive data" if sensitive and "write" in missing else ""),
                       severity=sev, fix=fix, root_cause=None if loaded else NO_PGAUDIT, missing=missing,
                       covered=sorted(covered),
                       deviation=deviation("pgaudit.log" if loaded else "log_statement",
                                           (pa.value if loaded and pa else ls.value if ls else None),
                                           "covers " + ", ".join(sorted(required))))


def pgaudit_log_parameter(ctx: Context) -> Iterator[Outcome]:
    """Bound parameters are the values a parameterised INSERT or UPDATE actually wrote."""
    obj = setting_object("pgaudit.log_parameter")
    s, gap = setting_or_gap(ctx, "pgaudit.log_parameter")
    if gap:
        yield gap
    elif s is None:
        yield Outcome.not_applicable("cluster", "pgaudit is not loaded (see LOG-003)")
    elif as_bool(s.value):
        yield Outcome.ok(obj, "pgaudit.log_parameter is on")
    else:
        yield Outcome.fail(obj, "pgaudit.log_parameter is off: audit entries of parameterised statements show $1, $2 "
                                "instead of the values written, so an auditor cannot tell what changed",
                           fix=alter_system("pgaudit.log_parameter", "on"), value=s.value,
                           deviation=deviation("pgaudit.log_parameter", s.value, "on"))


def log_line_prefix(ctx: Context) -> Iterator[Outcome]:
    """Each log line must say who (user, database), from where (client), when and which session."""
    s, gap = setting_or_gap(ctx, "log_line_prefix")
    if gap:
        yield gap
        return
    obj = setting_object("log_line_prefix")
    dest_setting = ctx.setting("log_destination")
    dest = {d.strip().lower() for d in ((dest_setting.value if dest_setting else "") or "stderr").split(",") if d.strip()}
    if dest <= {"csvlog", "jsonlog"}:
        yield Outcome.ok(obj, "csvlog/jsonlog records carry user, database, client, time and process id themselves")
        return
    prefix = (s.value if s else None) or ""
    escapes = set(_PREFIX_ESCAPE.findall(prefix))
    needs = {"user (%u)": {"u"}, "database (%d)": {"d"}, "client address (%h or %r)": {"h", "r"}}
    if dest & {"stderr"} or not dest & {"syslog", "eventlog"}:
        needs |= {"timestamp (%m, %t or %n)": {"m", "t", "n"}, "process id (%p or %c)": {"p", "c"}}
    missing = [k for k, v in needs.items() if not escapes & v]
    if not missing:
        yield Outcome.ok(obj, f"log_line_prefix is '{prefix}'")
        return
    who_missing = any(k.split()[0] in ("user", "database", "client") for k in missing)
    yield Outcome.fail(obj, f"log_line_prefix '{s.value if s else ''}' lacks the {', '.join(missing)}: log lines "
                            "cannot be tied to an account, database, client or session",
                       severity=Severity.MEDIUM if who_missing else Severity.LOW,
                       fix=alter_system("log_line_prefix", RECOMMENDED_PREFIX), missing=missing,
                       deviation=deviation("log_line_prefix", f"'{prefix}'" if prefix else None,
                                           "includes " + ", ".join(m.split(" (")[0] for m in missing)))


def log_collection(ctx: Context) -> Iterator[Outcome]:
    """Logs must land somewhere that keeps them: the logging collector or syslog."""
    obj = setting_object("logging_collector")
    collector = ctx.setting("logging_collector")
    dest_s = ctx.setting("log_destination")
    dest = {d.strip().lower() for d in ((dest_s.value if dest_s else "") or "stderr").split(",") if d.strip()}
    if dest & {"syslog", "eventlog"}:
        yield Outcome.ok(obj, f"log_destination includes {', '.join(sorted(dest & {'syslog', 'eventlog'}))}")
    elif collector is not None and as_bool(collector.value):
        yield Outcome.ok(obj, "logging_collector is on")
    else:
        yield Outcome.fail(obj, f"logging_collector is off and log_destination is '{dest_s.value if dest_s else 'stderr'}': "
                                "the server log exists only if whatever started PostgreSQL keeps its stderr "
                                "(systemd journal, Docker, pg_ctl -l)",
                           fix="ALTER SYSTEM SET logging_collector = 'on';  -- needs a restart", destination=sorted(dest),
                           deviation=deviation("logging_collector", collector.value if collector else None,
                                               "on (or log_destination syslog)"))


def log_lock_waits(ctx: Context) -> Iterator[Outcome]:
    """Long lock waits show sessions blocking others, e.g. a bulk change holding a table."""
    yield from _on_setting(ctx, "log_lock_waits", "sessions stuck behind locks longer than deadlock_timeout are not logged")


def slow_statements_logged(ctx: Context) -> Iterator[Outcome]:
    """A bulk export runs long: a duration threshold logs its text without log_statement=all's volume."""
    s, gap = setting_or_gap(ctx, "log_min_duration_statement")
    if gap:
        yield gap
        return
    obj = setting_object("log_min_duration_statement")
    raw = (s.value if s else None) or ""
    value = int(raw) if raw.lstrip("-").isdigit() else -1
    if value >= 0 or "read" in covered_classes(ctx):
        yield Outcome.ok(obj, f"log_min_duration_statement is {value}" if value >= 0 else "every read is logged already")
        return
    yield Outcome.fail(obj, "log_min_duration_statement is -1 and reads are not logged: a long bulk SELECT or COPY of "
                            "a table leaves no trace of its text, user or duration",
                       fix=alter_system("log_min_duration_statement", "5s"), value=value,
                       deviation=deviation("log_min_duration_statement", value, "0 or more (e.g. 5s)"))


# ---- overrides that switch logging off for part of the workload -----------------------------------

def logging_overrides(ctx: Context) -> Iterator[Outcome]:
    """ALTER ROLE/DATABASE ... SET and function SET clauses that turn logging down."""
    seen = False
    for o in _logging_overrides(ctx):
        seen = True
        yield o
    if not seen:   # every override was read and none touches logging: a pass, not "nothing to examine"
        yield Outcome.ok("cluster", "no role, database or function sets a logging parameter of its own")


def _logging_overrides(ctx: Context) -> Iterator[Outcome]:
    if gap := overrides_gap(ctx):
        yield gap
    else:
        for o in overrides(ctx, LOGGING_SETTINGS):
            why, latent = judge_override(ctx, o.name, o.value)
            if why is None:
                yield Outcome.ok(o.object)
                continue
            tail = ("it changes nothing today (the server-wide value is as low), but keeps those sessions unlogged "
                    "once logging is raised" if latent else "those sessions log less than the server-wide settings say")
            yield Outcome.fail(o.object, f"{why} is set for {scope(o)}: {tail}",
                               severity=Severity.LOW if latent else _override_severity(ctx, o), fix=reset_sql(o),
                               database=o.database, role=o.role, setting=o.name, value=o.value, latent=latent,
                               deviation=override_deviation(o))
    for f in ctx.snap.functions:
        if f.extension is not None or not f.config:
            continue
        obj = function_object(f.database, f.schema, f.name, f.args)
        judged = [judge_override(ctx, name, value) for name, _, value in (item.partition("=") for item in f.config)
                  if name in LOGGING_SETTINGS]
        reasons = [why for why, _ in judged if why]
        if not reasons:
            yield Outcome.ok(obj)
            continue
        latent = all(lat for why, lat in judged if why)
        sev = Severity.LOW if latent else (Severity.HIGH if f.security_definer else Severity.MEDIUM)
        definer = " (SECURITY DEFINER)" if f.security_definer else ""
        text = (f"function {f.schema}.{f.name}({f.args}){definer} sets {'; '.join(reasons)}: "
                + ("it changes nothing while the server-wide value is as low, but whatever the function runs stays "
                   "unlogged once logging is raised" if latent else "whatever it runs is logged less than the rest"))
        yield Outcome.fail(obj, text,
                           severity=sev, fix=f"ALTER FUNCTION {_fn_ident(f)} RESET ALL;", config=list(f.config))


def _fn_ident(f) -> str:
    return f"{ident(f.schema, f.name)}({f.args})"


def _override_severity(ctx: Context, o: Override) -> Severity:
    role = ctx.role(o.role) if o.role else None
    if o.role is None or (role is not None and role.superuser):
        return Severity.HIGH          # a whole database, every role, or a superuser
    return Severity.MEDIUM


# ---- levels, files, replication -------------------------------------------------------------------

def audit_messages_reach_log(ctx: Context) -> Iterator[Outcome]:
    """Connection, statement and pgaudit entries are LOG level: a higher log_min_messages discards them."""
    s, gap = setting_or_gap(ctx, "log_min_messages")
    if gap:
        yield gap
        return
    lmm = (s.value if s else "warning") or "warning"
    obj = setting_object("log_min_messages")
    if level_rank(lmm) > level_rank("log"):
        yield Outcome.fail(obj, f"log_min_messages is {lmm}: LOG-level messages (connections, disconnections, "
                                "log_statement output, pgaudit entries) are discarded",
                           fix=alter_system("log_min_messages", "warning"), value=lmm,
                           deviation=deviation("log_min_messages", lmm, "log or lower (e.g. warning)"))
        return
    level, client = ctx.setting("pgaudit.log_level"), ctx.setting("pgaudit.log_client")
    if level and client and as_bool(client.value) and level_rank(level.value) < level_rank(lmm):
        yield Outcome.fail(setting_object("pgaudit.log_level"),
                           f"pgaudit.log_level is {level.value} (used because pgaudit.log_client is on), below "
                           f"log_min_messages {lmm}: pgaudit entries never reach the server log",
                           fix=alter_system("pgaudit.log_level", "log"), value=level.value,
                           deviation=deviation("pgaudit.log_level", level.value, f"at least log_min_messages ({lmm})"))
        return
    yield Outcome.ok(obj, f"log_min_messages is {lmm}")


def failed_statements_logged(ctx: Context) -> Iterator[Outcome]:
    """Permission-denied errors are how probing shows up; their statement text must be logged."""
    s, gap = setting_or_gap(ctx, "log_min_error_statement")
    if gap:
        yield gap
        return
    value = (s.value if s else "error") or "error"
    obj = setting_object("log_min_error_statement")
    if level_rank(value) > level_rank("error"):
        yield Outcome.fail(obj, f"log_min_error_statement is {value}: statements that fail with an ERROR (permission "
                                "denied, invalid input) are logged without their text",
                           fix=alter_system("log_min_error_statement", "error"), value=value,
                           deviation=deviation("log_min_error_statement", value, "error or lower"))
    else:
        yield Outcome.ok(obj, f"log_min_error_statement is {value}")


def log_file_mode(ctx: Context) -> Iterator[Outcome]:
    """Log files hold statement text, sometimes personal data or a password typed in ALTER ROLE."""
    obj = setting_object("log_file_mode")
    collector = ctx.setting("logging_collector")
    if collector is None or not as_bool(collector.value):
        yield Outcome.not_applicable(obj, "logging_collector is off: log_file_mode does not apply")
        return
    s, gap = setting_or_gap(ctx, "log_file_mode")
    if gap:
        yield gap
        return
    try:
        mode = int((s.value if s else "0600") or "0600", 8)
    except ValueError:
        mode = 0o600
    if mode & 0o007:
        yield Outcome.fail(obj, f"log_file_mode is {mode:04o}: every OS account on the server can read the logs",
                           fix=alter_system("log_file_mode", "0600"), value=f"{mode:04o}",
                           deviation=deviation("log_file_mode", f"{mode:04o}", "0600 (or 0640)"))
    elif mode & 0o020:
        yield Outcome.fail(obj, f"log_file_mode is {mode:04o}: the server's OS group can alter the logs",
                           severity=Severity.LOW, fix=alter_system("log_file_mode", "0600"), value=f"{mode:04o}",
                           deviation=deviation("log_file_mode", f"{mode:04o}", "0600 (or 0640)"))
    else:
        yield Outcome.ok(obj, f"log_file_mode is {mode:04o}")


def log_replication_commands(ctx: Context) -> Iterator[Outcome]:
    """A replication connection can copy the whole cluster; its commands should be on record."""
    yield from _on_setting(ctx, "log_replication_commands",
                           "replication commands (a base backup copying every table off the server) are not logged")


CHECKS = (log_connections, log_disconnections, pgaudit_loaded, pgaudit_extension, statement_classes_logged,
          pgaudit_log_parameter, log_line_prefix, log_collection, log_lock_waits, slow_statements_logged,
          logging_overrides, sensitive_changes_audited, cardholder_reads_audited, audit_messages_reach_log,
          failed_statements_logged, log_file_mode, log_replication_commands, audit_triggers_enabled,
          audit_tables_append_only, audit_log_copies_personal_data)
