"""Server hardening: is the server patched, does it keep its data intact, and who can reach its port?

Everything here is judged from settings and the version the collector already reads (pg_settings is
readable by every role; a hidden value is not_assessable). The release table is package data
(checks/data/postgres_releases.toml), dated, so "latest" always means "latest as of that date".
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import alter_system, as_bool, audit_time, setting_or_gap
from auditor.checks._hba import any_address, hba_rules, is_loopback, lines_text, tcp_rules
from auditor.checks._overrides import override_deviation, override_failure, overrides, overrides_gap, reset_sql, scope
from auditor.checks._releases import ReleaseTable, major_key, release_table, split_version
from auditor.checks.server_access import brute_force_delay, hba_all_all, role_connection_limit
from auditor.checks.server_extensions import (anonymizer_available, extension_current, extension_schema,
                                              set_user_installed, unused_trusted_languages)
from auditor.checks.server_files import (checksum_failures, data_directory_mode, dynamic_library_path, preload_libraries,
                                         query_text_readers, tablespaces_outside_pgdata, unix_socket_permissions)
from auditor.checks.server_logging import (debug_print_off, log_directory, log_error_verbosity, log_filename,
                                            log_hostname_off, log_rotation, log_timezone, log_truncate_on_rotation,
                                            syslog_settings)
from auditor.checks._settings import duration_s, setting_s

PINNED_BY_PGCOMPLY = frozenset({"idle_in_transaction_session_timeout"})   # collect/connect.py session_options
STALE_DAYS = 120          # a release table older than this at audit time may miss a release
EOL_NOTICE_DAYS = 180     # a major ending within this many days fails low: plan the upgrade


# ---- version and patch level --------------------------------------------------------------------

def _table_note(table: ReleaseTable, ctx: Context) -> str:
    age = (audit_time(ctx).date() - table.date).days
    stale = f", {age} days before the audit: newer releases may exist" if age > STALE_DAYS else ""
    return f"release table dated {table.date.isoformat()}{stale}"


def _version_evidence(ctx: Context, table: ReleaseTable) -> dict:
    major, minor = split_version(ctx.snap.target.server_version_num)
    return {"server_version": f"{major}.{minor}", "table_date": table.date.isoformat()}


def version_supported(ctx: Context) -> Iterator[Outcome]:
    """An end-of-life major gets no security fixes, whatever its minor version."""
    table, obj = release_table(), setting_object("server_version")
    major, _ = split_version(ctx.snap.target.server_version_num)
    note, ev = _table_note(table, ctx), _version_evidence(ctx, table)
    fix = ("-- upgrade to a supported major version (pg_upgrade, or logical replication to a new cluster);\n"
           f"-- newest majors in the {note}: " + ", ".join(m.major for m in table.majors[:3]))
    m = table.get(major)
    if m is None:
        if major_key(major) > major_key(table.majors[0].major):
            yield Outcome.ok(obj, f"PostgreSQL {major} is newer than every major in the {note}", **ev)
        else:
            yield Outcome.fail(obj, f"PostgreSQL {major} is older than every major in the {note}: it has been out of "
                                    "support for years and gets no security fixes", fix=fix, **ev,
                               deviation=deviation("server_version", ev["server_version"], "a supported major version"))
        return
    when = audit_time(ctx).date()
    ev["eol"] = m.eol.isoformat()
    if when > m.eol:
        yield Outcome.fail(obj, f"PostgreSQL {major} reached end of life on {m.eol.isoformat()} ({note}): it gets no "
                                "more security or data-corruption fixes", fix=fix, **ev,
                           deviation=deviation("server_version", ev["server_version"],
                                               f"a major version supported past {when.isoformat()}"))
    elif (m.eol - when).days <= EOL_NOTICE_DAYS:
        yield Outcome.fail(obj, f"PostgreSQL {major} reaches end of life on {m.eol.isoformat()}, in "
                                f"{(m.eol - when).days} days ({note}): plan the upgrade now",
                           severity=Severity.LOW, fix=fix, **ev,
                           deviation=deviation("server_version", ev["server_version"],
                                               f"a major version supported beyond {EOL_NOTICE_DAYS} days"))
    else:
        yield Outcome.ok(obj, f"PostgreSQL {major} is supported until {m.eol.isoformat()} ({note})", **ev)


def minor_current(ctx: Context) -> Iterator[Outcome]:
    """Minor releases carry the security fixes; running behind leaves published CVEs open."""
    table, obj = release_table(), setting_object("server_version")
    major, minor = split_version(ctx.snap.target.server_version_num)
    note, ev = _table_note(table, ctx), _version_evidence(ctx, table)
    m = table.get(major)
    if m is None:
        yield Outcome.ok(obj, f"PostgreSQL {major} is not in the {note}: SRV-001 judges its support", **ev)
        return
    ev["latest_known"] = m.latest
    if minor >= m.latest_minor:
        yield Outcome.ok(obj, f"{major}.{minor} is the latest {major}.x in the {note}", **ev)
        return
    behind = m.latest_minor - minor
    yield Outcome.fail(obj, f"PostgreSQL {major}.{minor} is {behind} minor release{'s' if behind > 1 else ''} behind "
                            f"{m.latest}, the latest in the {note}: the security and data-corruption fixes since are "
                            "missing", fix=f"-- install PostgreSQL {m.latest} or newer from your platform's packages "
                            "and restart the server\n-- (a minor update needs no dump, restore or pg_upgrade; read the "
                            "release notes for extra steps)", behind=behind, **ev,
                       deviation=deviation("server_version", f"{major}.{minor}", f"{m.latest} or newer"))


# ---- integrity ----------------------------------------------------------------------------------

def data_checksums(ctx: Context) -> Iterator[Outcome]:
    """Without checksums, storage corruption is read back as if it were data."""
    s, gap = setting_or_gap(ctx, "data_checksums")
    if gap:
        yield gap
        return
    obj = setting_object("data_checksums")
    if s is not None and as_bool(s.value):
        yield Outcome.ok(obj, "data_checksums is on")
        return
    yield Outcome.fail(obj, "data_checksums is off: a page damaged by the disk, controller or file system is read back "
                            "silently, and the damage spreads into backups and replicas",
                       fix="-- needs the cluster stopped (PostgreSQL 12+), and time proportional to its size; on every "
                           "node of a replica set:\n-- pg_checksums --enable -D <data directory>", value=s.value if s else None,
                       deviation=deviation("data_checksums", s.value if s else None, "on"))


_DURABILITY = {
    "fsync": (Severity.HIGH, "an operating-system crash or power loss can leave the cluster corrupt beyond repair"),
    "full_page_writes": (Severity.HIGH, "a crash in the middle of a page write leaves torn pages that recovery "
                                        "cannot repair"),
}


def durability(ctx: Context) -> Iterator[Outcome]:
    """fsync and full_page_writes off trade the whole cluster for speed; synchronous_commit off, the last commits."""
    for name, (sev, why) in _DURABILITY.items():
        s, gap = setting_or_gap(ctx, name)
        if gap:
            yield gap
        elif s is not None and not as_bool(s.value):
            yield Outcome.fail(setting_object(name), f"{name} is off: {why}", severity=sev,
                               fix=alter_system(name, "on"), value=s.value, deviation=deviation(name, s.value, "on"))
        else:
            yield Outcome.ok(setting_object(name), f"{name} is on")
    s, gap = setting_or_gap(ctx, "synchronous_commit")
    if gap:
        yield gap
    elif s is not None and (s.value or "").lower() == "off":
        yield Outcome.fail(setting_object("synchronous_commit"),
                           "synchronous_commit is off: a crash loses transactions the server already reported as "
                           "committed (no corruption, but acknowledged writes vanish)",
                           severity=Severity.LOW, fix=alter_system("synchronous_commit", "on"), value=s.value,
                           deviation=deviation("synchronous_commit", s.value, "on (or local, remote_write, remote_apply)"))
    else:
        yield Outcome.ok(setting_object("synchronous_commit"), f"synchronous_commit is {s.value if s else 'on'}")


# Developer and repair options: (severity, why); booleans are harmful when on, delays when above zero.
_DEVELOPER = {
    "zero_damaged_pages": (Severity.HIGH, "pages with a damaged header are zeroed when read: their rows are destroyed "
                                          "and the corruption hidden"),
    "allow_system_table_mods": (Severity.HIGH, "superusers may change the structure of system catalogs, which can "
                                               "corrupt the cluster beyond repair"),
    "ignore_system_indexes": (Severity.MEDIUM, "sessions ignore system catalog indexes, a repair aid that makes every "
                                               "catalog lookup slow"),
    "jit_debugging_support": (Severity.LOW, "JIT-compiled code is registered with debuggers, a developer aid"),
    "jit_profiling_support": (Severity.LOW, "JIT-compiled functions are written to perf map files in /tmp, a developer "
                                            "aid that leaves query structure on the file system"),
    "pre_auth_delay": (Severity.MEDIUM, "every connection attempt waits before authentication, holding a process: a "
                                        "debugging aid that lets a few clients exhaust the server"),
    "post_auth_delay": (Severity.MEDIUM, "every new session sleeps after authentication, holding a connection slot: a "
                                         "debugging aid that lets a few clients exhaust max_connections"),
}
_DELAYS = frozenset({"pre_auth_delay", "post_auth_delay"})


def _harmful(name: str, value: str | None, unit: str | None = None) -> bool:
    if name in _DELAYS:
        return (duration_s(value, unit or "s") or 0) > 0
    return as_bool(value)


def developer_options(ctx: Context) -> Iterator[Outcome]:
    """Repair and debugging switches that destroy data, weaken the catalogs or let clients tie up the server."""
    for name, (sev, why) in _DEVELOPER.items():
        s, gap = setting_or_gap(ctx, name)
        obj = setting_object(name)
        if gap:
            yield gap
        elif s is not None and _harmful(name, s.value, s.unit):
            default = "0" if name in _DELAYS else "off"
            yield Outcome.fail(obj, f"{name} is {s.value}{(s.unit or '') if name in _DELAYS else ''}: {why}", severity=sev,
                               fix=alter_system(name, default), value=s.value,
                               deviation=deviation(name, f"{s.value}{(s.unit or '') if name in _DELAYS else ''}", default))
        else:
            yield Outcome.ok(obj, f"{name} is {s.value if s else 'not set'}")
    if gap := overrides_gap(ctx):
        yield gap
        return
    for o in overrides(ctx, frozenset(_DEVELOPER)):
        if _harmful(o.name, o.value):
            sev, why = _DEVELOPER[o.name]
            yield override_failure(o, f"{o.name} = {o.value} is set for {scope(o)}: {why}", "not set here (0 or off)",
                                   severity=sev)
        else:
            yield Outcome.ok(o.object)


# ---- connections --------------------------------------------------------------------------------

_ALL_INTERFACES = frozenset({"*", "0.0.0.0", "::"})  # noqa: S104 - values looked for in a snapshot, never bound


def _listen_deviation(value: str):
    return deviation("listen_addresses", f"'{value}'", "the addresses clients connect to (not *, 0.0.0.0 or ::)")


def listen_addresses(ctx: Context) -> Iterator[Outcome]:
    """Listening on every interface puts the port on every network the host touches; pg_hba is then the only gate."""
    s, gap = setting_or_gap(ctx, "listen_addresses")
    if gap:
        yield gap
        return
    obj = setting_object("listen_addresses")
    value = (s.value if s else "") or ""
    wide = sorted({a.strip() for a in value.split(",")} & _ALL_INTERFACES)
    if not wide:
        yield Outcome.ok(obj, f"listen_addresses is '{value}'")
        return
    fix = ("-- needs a restart; first list the addresses clients really connect to (and keep localhost for local "
           "tools):\n-- ALTER SYSTEM SET listen_addresses = 'localhost, <address of the client network interface>';")
    head = f"listen_addresses is '{value}': the server accepts TCP connections on every interface of the host"
    rules, hba_gap = hba_rules(ctx)
    if hba_gap:
        yield Outcome.fail(obj, f"{head}, and pg_hba could not be read to tell who it admits", fix=fix, value=value,
                           hba="not readable", deviation=_listen_deviation(value))
        return
    remote = [r for r in tcp_rules(rules) if r.auth_method != "reject" and not is_loopback(r)]
    if not remote:
        yield Outcome.fail(obj, f"{head}; pg_hba admits no remote host today, but any line added later is reachable "
                                "from every network", severity=Severity.LOW, fix=fix, value=value,
                           deviation=_listen_deviation(value))
        return
    anywhere = [r for r in remote if any_address(r)]
    if anywhere:
        yield Outcome.fail(obj, f"{head}, and pg_hba {lines_text(anywhere)} admit{'s' if len(anywhere) == 1 else ''} "
                                "clients from any address: the login prompt faces every network that can route to it",
                           severity=Severity.HIGH, fix=fix, value=value, hba_lines=sorted(r.line_number for r in anywhere),
                           deviation=_listen_deviation(value))
        return
    yield Outcome.fail(obj, f"{head}, and pg_hba {lines_text(remote)} admit remote clients: only those lines' address "
                            "ranges stand between other networks and the login prompt",
                       fix=fix, value=value, hba_lines=sorted(r.line_number for r in remote),
                       deviation=_listen_deviation(value))


def authentication_timeout(ctx: Context) -> Iterator[Outcome]:
    """A long authentication window lets slow or stalled clients hold connection slots before logging in."""
    s, gap = setting_or_gap(ctx, "authentication_timeout")
    if gap:
        yield gap
        return
    obj = setting_object("authentication_timeout")
    seconds = setting_s(s)
    if seconds is None or seconds <= 60:
        yield Outcome.ok(obj, f"authentication_timeout is {seconds:g} s" if seconds is not None else "")
        return
    yield Outcome.fail(obj, f"authentication_timeout is {seconds:g} s: a client may take that long to authenticate, "
                            "so half-open or brute-force connections hold server processes longer than the 60 s CIS "
                            "allows", fix=alter_system("authentication_timeout", "60s"), seconds=seconds,
                       deviation=deviation("authentication_timeout", f"{seconds:g} s", "60 s or less"))


def _timeout(ctx: Context, name: str, key: str, why: str) -> Iterator[Outcome]:
    limit = getattr(ctx.thresholds, key)
    if not limit:   # TODO(not_applicable): nothing to judge when the policy sets no limit
        yield Outcome.ok("cluster", f"thresholds.{key} is 0: the policy requires no {name}")
        return
    s, gap = setting_or_gap(ctx, name)
    obj = setting_object(name)
    fix = alter_system(name, f"{limit}s")
    own = ctx.setting(name)
    if own is not None and own.source == "client" and name in PINNED_BY_PGCOMPLY:
        gap = Outcome.not_assessable(obj, "the server-wide value, which pgcomply's own sessions override at startup "
                                          "(reading it needs pg_file_settings)",
                                     f"pgcomply pins {name} in its own sessions, so pg_settings shows its value, not "
                                     "the server's", source=own.source)
    if gap:
        yield gap
    elif s is None:
        yield Outcome.fail(obj, f"this server has no {name} (PostgreSQL 14+ for idle_session_timeout): {why}",
                           fix="-- upgrade, or close idle sessions in the connection pooler",
                           deviation=deviation(name, "not supported by this server", f"between 1 and {limit} s"))
    else:
        seconds = setting_s(s) or 0
        if 0 < seconds <= limit:
            yield Outcome.ok(obj, f"{name} is {seconds:g} s (the policy allows {limit} s)")
        else:
            now = "0 (off)" if seconds == 0 else f"{seconds:g} s"
            yield Outcome.fail(obj, f"{name} is {now}, the policy allows at most {limit} s: {why}", fix=fix,
                               seconds=seconds, limit_s=limit, deviation=deviation(name, now, f"between 1 and {limit} s"))
    if gap := overrides_gap(ctx):
        yield gap
        return
    for o in overrides(ctx, (name,)):
        override_s = duration_s(o.value, "ms")
        if override_s is not None and 0 < override_s <= limit:
            yield Outcome.ok(o.object)
            continue
        now = "0 (off)" if override_s == 0 else (f"{override_s:g} s" if override_s is not None else repr(o.value))
        yield Outcome.fail(o.object, f"{name} is {now} for {scope(o)}, above the policy's {limit} s: {why}",
                           fix=reset_sql(o), database=o.database, role=o.role, value=o.value, limit_s=limit,
                           deviation=override_deviation(o, f"between 1 and {limit} s, or not set here"))


def idle_session_timeout(ctx: Context) -> Iterator[Outcome]:
    """PCI DSS 8.2.8: a session idle past the limit must end, so an unattended one cannot be reused."""
    yield from _timeout(ctx, "idle_session_timeout", "max_idle_session_s",
                        "an unattended session stays logged in for anyone who reaches its terminal or pooler")


def idle_in_transaction_timeout(ctx: Context) -> Iterator[Outcome]:
    """An abandoned open transaction holds locks and old row versions, and stays a live, logged-in session."""
    yield from _timeout(ctx, "idle_in_transaction_session_timeout", "max_idle_in_transaction_s",
                        "an abandoned open transaction keeps its locks, blocks vacuum and stays logged in")


CHECKS = (version_supported, minor_current, data_checksums, durability, developer_options, listen_addresses,
          authentication_timeout, idle_session_timeout, idle_in_transaction_timeout, debug_print_off,
          log_error_verbosity, log_hostname_off, log_timezone, log_rotation, log_truncate_on_rotation,
          checksum_failures, brute_force_delay, hba_all_all, role_connection_limit, log_directory, log_filename,
          syslog_settings, preload_libraries, dynamic_library_path, tablespaces_outside_pgdata, data_directory_mode,
          unix_socket_permissions, query_text_readers, set_user_installed, extension_schema, extension_current,
          unused_trusted_languages, anonymizer_available)
