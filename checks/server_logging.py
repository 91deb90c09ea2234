"""Logging completeness (CIS 3.1.x) not covered by audit_logging: debug output, detail, time zone, rotation.

audit_logging already judges log_connections/disconnections, log_statement and pgaudit, log_line_prefix,
logging_collector and log_destination, log_min_messages, log_min_error_statement, log_file_mode and
log_replication_commands; these checks take the remaining CIS 3.1 items whose settings are collected.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import alter_system, as_bool, setting_or_gap
from auditor.checks._overrides import override_failure, overrides, overrides_gap, scope
from auditor.checks._settings import duration_s
from auditor.checks.server_files import inside

DEBUG_PRINT = ("debug_print_parse", "debug_print_rewritten", "debug_print_plan")


def debug_print_off(ctx: Context) -> Iterator[Outcome]:
    """debug_print_* write every statement's parse tree or plan, constants included, to the log at LOG level."""
    for name in DEBUG_PRINT:
        s, gap = setting_or_gap(ctx, name)
        if gap:
            yield gap
        elif s is not None and as_bool(s.value):
            yield Outcome.fail(setting_object(name), f"{name} is on: every statement's {name.rsplit('_', 1)[1]} "
                                                     "tree, with the literal values it carries (personal data, "
                                                     "passwords in ALTER ROLE), is written to the server log",
                               fix=alter_system(name, "off"), value=s.value, deviation=deviation(name, s.value, "off"))
        else:
            yield Outcome.ok(setting_object(name), f"{name} is off")
    s, gap = setting_or_gap(ctx, "debug_pretty_print")
    if gap:
        yield gap
    elif s is not None and not as_bool(s.value):
        yield Outcome.fail(setting_object("debug_pretty_print"), "debug_pretty_print is off: any debug_print output "
                           "is one unreadable line", severity=Severity.INFO,
                           fix=alter_system("debug_pretty_print", "on"), value=s.value,
                           deviation=deviation("debug_pretty_print", s.value, "on"))
    else:
        yield Outcome.ok(setting_object("debug_pretty_print"), "debug_pretty_print is on")
    if gap := overrides_gap(ctx):
        yield gap
        return
    for o in overrides(ctx, DEBUG_PRINT):
        if as_bool(o.value):
            yield override_failure(o, f"{o.name} is on for {scope(o)}: those sessions write parse trees and plans "
                                      "with their literal values to the log", "not set here (off)")
        else:
            yield Outcome.ok(o.object)


def log_error_verbosity(ctx: Context) -> Iterator[Outcome]:
    """terse drops DETAIL, HINT, QUERY and CONTEXT: an investigator sees that something failed, not what."""
    s, gap = setting_or_gap(ctx, "log_error_verbosity")
    if gap:
        yield gap
        return
    obj, value = setting_object("log_error_verbosity"), ((s.value if s else None) or "default").lower()
    if value == "terse":
        yield Outcome.fail(obj, "log_error_verbosity is terse: logged errors lose their DETAIL, HINT, QUERY and "
                                "CONTEXT, so a failed or denied statement cannot be reconstructed from the log",
                           fix=alter_system("log_error_verbosity", "verbose"), value=value,
                           deviation=deviation("log_error_verbosity", value, "default or verbose"))
    else:
        yield Outcome.ok(obj, f"log_error_verbosity is {value}")


def log_hostname_off(ctx: Context) -> Iterator[Outcome]:
    """With log_hostname on, every connection waits on reverse DNS, and the log shows names the DNS owner chose."""
    s, gap = setting_or_gap(ctx, "log_hostname")
    if gap:
        yield gap
        return
    obj = setting_object("log_hostname")
    if s is not None and as_bool(s.value):
        yield Outcome.fail(obj, "log_hostname is on: each connection waits for a reverse DNS lookup, and the log "
                                "records the host name whoever controls the client's DNS chose instead of its address",
                           fix=alter_system("log_hostname", "off"), value=s.value,
                           deviation=deviation("log_hostname", s.value, "off"))
    else:
        yield Outcome.ok(obj, "log_hostname is off: the log records client addresses")


def log_timezone(ctx: Context) -> Iterator[Outcome]:
    """Log times must line up with other systems' logs; a zone with daylight saving repeats an hour each year."""
    s, gap = setting_or_gap(ctx, "log_timezone")
    if gap:
        yield gap
        return
    obj, value = setting_object("log_timezone"), (s.value if s else "") or ""
    allowed = ctx.thresholds.log_timezones
    if value.lower() in {z.lower() for z in allowed}:
        yield Outcome.ok(obj, f"log_timezone is {value}")
        return
    yield Outcome.fail(obj, f"log_timezone is {value}, not one the policy allows ({', '.join(allowed[:3])}"
                            f"{', ...' if len(allowed) > 3 else ''}): log times must be converted before they can be "
                            "correlated with other systems, and a daylight-saving zone repeats an hour every year",
                       fix=alter_system("log_timezone", allowed[0] if allowed else "UTC"), value=value,
                       deviation=deviation("log_timezone", value, " or ".join(allowed[:3]) + (" ..." if len(allowed) > 3 else "")))


def _without_collector(ctx: Context, obj: str, what: str) -> Outcome | None:
    """not_applicable when logging_collector is off: the collector's own settings are then unused."""
    s = ctx.setting("logging_collector")
    if s is not None and as_bool(s.value):
        return None
    return Outcome.not_applicable(obj, f"logging_collector is off: {what} (see LOG-008)")


def log_rotation(ctx: Context) -> Iterator[Outcome]:
    """A log file that never rotates grows until the disk fills, and then the newest entries are the ones lost."""
    obj = setting_object("log_rotation_age")
    if na := _without_collector(ctx, obj, "the collector's rotation does not apply"):
        yield na
        return
    age_s, gap = setting_or_gap(ctx, "log_rotation_age")
    size_s, gap2 = setting_or_gap(ctx, "log_rotation_size")
    if (first := gap or gap2) is not None:
        yield first
        return
    age = duration_s(age_s.value if age_s else None, (age_s.unit if age_s else None) or "min") or 0
    size = int(size_s.value or 0) if size_s and (size_s.value or "").isdigit() else 0
    if age > 0 or size > 0:
        yield Outcome.ok(obj, f"log files rotate every {age:g} s" if age > 0 else f"log files rotate at {size} kB")
        return
    yield Outcome.fail(obj, "log_rotation_age and log_rotation_size are both 0: the server writes one log file until "
                            "the disk fills, and retention or shipping by file is impossible",
                       fix=alter_system("log_rotation_age", "1d") + "\n" + alter_system("log_rotation_size", "1GB"),
                       deviation=deviation("log_rotation_age, log_rotation_size", "0, 0", "either above 0 (e.g. 1d, 1GB)"))


_UNIQUE = re.compile(r"%[YyGs]")    # a year or epoch field: the file name never recurs


def log_truncate_on_rotation(ctx: Context) -> Iterator[Outcome]:
    """With a recycled file name (postgresql-%a.log), rotation without truncation appends to last week's file."""
    obj = setting_object("log_truncate_on_rotation")
    if na := _without_collector(ctx, obj, "log_truncate_on_rotation does not apply"):
        yield na
        return
    s, gap = setting_or_gap(ctx, "log_truncate_on_rotation")
    fname, gap2 = setting_or_gap(ctx, "log_filename")
    if (first := gap or gap2) is not None:
        yield first
        return
    pattern = (fname.value if fname else "") or ""
    if s is not None and as_bool(s.value):
        yield Outcome.ok(obj, "log_truncate_on_rotation is on")
    elif _UNIQUE.search(pattern):
        yield Outcome.ok(obj, f"log_filename '{pattern}' never reuses a name, so truncation never applies (old files "
                              "must be removed by a retention job)")
    else:
        yield Outcome.fail(obj, f"log_truncate_on_rotation is off and log_filename '{pattern}' reuses names: each "
                                "rotation appends to the file of the previous cycle, so one file mixes periods and the "
                                "log directory grows without a bound (ship logs off the server before a name recurs)",
                           fix=alter_system("log_truncate_on_rotation", "on"), filename=pattern,
                           deviation=deviation("log_truncate_on_rotation", s.value if s else None,
                                               "on (log_filename reuses names)"))


def log_directory(ctx: Context) -> Iterator[Outcome]:
    """Logs inside PGDATA share its disk and permissions, and are copied into every base backup."""
    obj = setting_object("log_directory")
    if na := _without_collector(ctx, obj, "log_directory is not used"):
        yield na
        return
    s, gap = setting_or_gap(ctx, "log_directory")
    d, gap2 = setting_or_gap(ctx, "data_directory")
    if (first := gap or gap2) is not None:
        yield first
        return
    value, datadir = (s.value if s else None) or "", (d.value if d else None) or ""
    fix = ("-- create a directory outside the data directory, owned by the server's OS user, mode 0700, then\n"
           + alter_system("log_directory", "/var/log/postgresql") + "  -- a reload starts the next file there")
    if not value:
        yield Outcome.fail(obj, "log_directory is empty: the collector writes into the data directory itself",
                           fix=fix, value=value, deviation=deviation("log_directory", value, _OUTSIDE))
    elif inside(value, datadir):
        where = "a relative path, so inside the data directory" if not value.startswith("/") else \
            f"inside the data directory {datadir}"
        yield Outcome.fail(obj, f"log_directory '{value}' is {where}: the logs fill the database's disk, are copied "
                                "into every base backup and restored with it, and share the data directory's "
                                "permissions", severity=Severity.LOW, fix=fix, value=value, data_directory=datadir,
                           deviation=deviation("log_directory", value, _OUTSIDE))
    else:
        yield Outcome.ok(obj, f"log_directory '{value}' is outside the data directory")


_OUTSIDE = "a directory outside the data directory"
_TIME_ESCAPE = re.compile(r"%[YmdHMSaAbBjUuVwyGs]")


def log_filename(ctx: Context) -> Iterator[Outcome]:
    """A file name without a time escape never changes: rotation reopens the same file, so no file ever closes."""
    obj = setting_object("log_filename")
    if na := _without_collector(ctx, obj, "log_filename is not used"):
        yield na
        return
    s, gap = setting_or_gap(ctx, "log_filename")
    if gap:
        yield gap
        return
    value = (s.value if s else None) or ""
    if _TIME_ESCAPE.search(value):
        yield Outcome.ok(obj, f"log_filename '{value}' names files by time")
        return
    yield Outcome.fail(obj, f"log_filename '{value}' has no strftime escape: every rotation reopens the same file, so "
                            "logs cannot be shipped, retained or deleted by period", severity=Severity.LOW,
                       fix=alter_system("log_filename", "postgresql-%Y-%m-%d_%H%M%S.log"), value=value,
                       deviation=deviation("log_filename", value, "a name with a time escape (%Y, %m, %d, %H ...)"))


_SYSLOG = {
    "syslog_sequence_numbers": ("on", "syslog may drop repeated identical lines ('last message repeated N times'), "
                                      "so audit entries that look alike vanish"),
    "syslog_split_messages": ("on", "a message longer than syslog's line limit (often 1024 bytes) is truncated or "
                                    "lost, and long audit entries are exactly the ones that matter"),
}


def syslog_settings(ctx: Context) -> Iterator[Outcome]:
    """Where syslog carries the log: a facility of its own, an identity, and no suppressed or cut messages."""
    dest = ctx.setting("log_destination")
    if "syslog" not in {d.strip().lower() for d in ((dest.value if dest else "") or "").split(",")}:
        yield Outcome.not_applicable(setting_object("syslog_facility"), "syslog is not a log destination")
        return
    s, gap = setting_or_gap(ctx, "syslog_facility")
    if gap:
        yield gap
    elif not re.fullmatch(r"local[0-7]", ((s.value if s else None) or "").lower()):
        yield Outcome.fail(setting_object("syslog_facility"), f"syslog_facility is {s.value if s else None}: "
                           "PostgreSQL messages are not on a LOCALn facility of their own, so they cannot be routed "
                           "to their own file or collector", fix=alter_system("syslog_facility", "LOCAL0"),
                           deviation=deviation("syslog_facility", s.value if s else None, "LOCAL0 ... LOCAL7"))
    else:
        yield Outcome.ok(setting_object("syslog_facility"), f"syslog_facility is {s.value if s else None}")
    s, gap = setting_or_gap(ctx, "syslog_ident")
    if gap:
        yield gap
    elif not ((s.value if s else None) or "").strip():
        yield Outcome.fail(setting_object("syslog_ident"), "syslog_ident is empty: syslog lines do not say which "
                           "program wrote them", severity=Severity.LOW, fix=alter_system("syslog_ident", "postgres"),
                           deviation=deviation("syslog_ident", "", "a program name"))
    else:
        yield Outcome.ok(setting_object("syslog_ident"), f"syslog_ident is {s.value if s else None}")
    for name, (want, why) in _SYSLOG.items():
        s, gap = setting_or_gap(ctx, name)
        if gap:
            yield gap
        elif s is not None and not as_bool(s.value):
            yield Outcome.fail(setting_object(name), f"{name} is off: {why}", fix=alter_system(name, want), value=s.value,
                               deviation=deviation(name, s.value, want))
        else:
            yield Outcome.ok(setting_object(name), f"{name} is {s.value if s else 'unknown'}")
