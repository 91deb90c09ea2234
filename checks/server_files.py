"""Server integrity and files as SQL shows them: checksum failures, libraries, tablespaces, modes, query text.

Everything comes from pg_settings, pg_stat_database and pg_tablespace, which the collector reads in a fixed
number of statements. Paths are compared as text: a relative path is relative to data_directory, so it is inside.
"""
from __future__ import annotations

import posixpath
from typing import Iterator

from auditor.analysis.auditing import auditing_roles
from auditor.analysis.context import Context
from auditor.analysis.rolegraph import role_graph
from auditor.model.names import database_object, role_object, setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import alter_system, gap_outcome, ident, setting_or_gap
from auditor.checks._overrides import override_failure, overrides, overrides_gap, scope


def library_list(value: str | None) -> list[str]:
    """'"$libdir/pgaudit", auth_delay' -> ['$libdir/pgaudit', 'auth_delay'] (as PostgreSQL splits the list)."""
    return [x.strip().strip('"').strip() for x in (value or "").split(",") if x.strip().strip('"').strip()]


def library_names(value: str | None) -> set[str]:
    """Module names without directory or suffix: '$libdir/plugins/auth_delay.so' -> 'auth_delay'."""
    return {posixpath.basename(x).removesuffix(".so").lower() for x in library_list(value)}


def inside(path: str, datadir: str) -> bool:
    """Is `path` (as a setting holds it) inside the data directory? A relative path is taken from it."""
    if not path.startswith("/"):
        return True
    p, d = posixpath.normpath(path), posixpath.normpath(datadir)
    return p == d or p.startswith(d.rstrip("/") + "/")


# ---- integrity ----------------------------------------------------------------------------------

def checksum_failures(ctx: Context) -> Iterator[Outcome]:
    """A checksum failure is storage corruption the server has already read: the data is damaged now."""
    if ctx.snap.database_stats is None:
        yield gap_outcome(ctx, "pg_stat_database") or Outcome.not_assessable(
            "cluster", "a snapshot that includes pg_stat_database", "checksum failures were not collected")
        return
    for st in ctx.snap.database_stats:
        obj = database_object(st.name)
        if st.checksum_failures > 0:
            yield Outcome.fail(obj, f"pg_stat_database counts {st.checksum_failures} checksum failure"
                                    f"{'s' if st.checksum_failures > 1 else ''} in database {st.name}: pages on disk "
                                    "were damaged after PostgreSQL wrote them, and every backup taken since may hold "
                                    "the damage",
                               fix="-- find the damaged relations with pg_checksums --check (cluster stopped) or by "
                                   "reading them (pg_amcheck),\n-- restore them from a backup taken before the damage, "
                                   "and check the disks, controller and file system",
                               checksum_failures=st.checksum_failures)
        else:
            yield Outcome.ok(obj)


# ---- libraries ----------------------------------------------------------------------------------

_PER_SESSION = ("session_preload_libraries", "local_preload_libraries")


def preload_libraries(ctx: Context) -> Iterator[Outcome]:
    """Libraries loaded into every session run native code with the server's rights; each must be a choice."""
    s, gap = setting_or_gap(ctx, "shared_preload_libraries")
    if gap:
        yield gap
    else:
        libs = library_list(s.value if s else None)
        yield Outcome.ok(setting_object("shared_preload_libraries"),
                         f"shared_preload_libraries: {', '.join(libs) if libs else 'none'}", libraries=libs)
    for name in _PER_SESSION:
        s, gap = setting_or_gap(ctx, name)
        if gap:
            yield gap
            continue
        libs = library_list(s.value if s else None)
        if libs:
            who = "superusers" if name == "session_preload_libraries" else "any user (from $libdir/plugins)"
            yield Outcome.fail(setting_object(name), f"{name} loads {', '.join(libs)} into every new session: native "
                                                     f"code set by {who} outside the reviewed server-start list; "
                                                     "load it with shared_preload_libraries or LOAD where needed",
                               severity=Severity.LOW, fix=alter_system(name, ""), libraries=libs,
                               deviation=deviation(name, ", ".join(libs), "empty"))
        else:
            yield Outcome.ok(setting_object(name), f"{name} is empty")
    if gap := overrides_gap(ctx):
        yield gap
        return
    for o in overrides(ctx, _PER_SESSION):
        if library_list(o.value):
            yield override_failure(o, f"{o.name} = {o.value} is set for {scope(o)}: those sessions load native code "
                                      "nobody sees in postgresql.conf", "not set here (the server-wide value applies)",
                                   severity=Severity.MEDIUM)
        else:
            yield Outcome.ok(o.object)


def dynamic_library_path(ctx: Context) -> Iterator[Outcome]:
    """LOAD and CREATE FUNCTION ... LANGUAGE C find bare module names along this path: it decides what code runs."""
    s, gap = setting_or_gap(ctx, "dynamic_library_path")
    if gap:
        yield gap
        return
    obj, value = setting_object("dynamic_library_path"), (s.value if s else None) or "$libdir"
    extra = [d for d in value.split(":") if d.strip() and d.strip() != "$libdir"]
    if not extra:
        yield Outcome.ok(obj, f"dynamic_library_path is '{value}'")
        return
    yield Outcome.fail(obj, f"dynamic_library_path '{value}' searches {', '.join(extra)} besides the installation's "
                            "$libdir: a library placed there is loaded by name by LOAD, extensions and C functions, "
                            "so whoever can write those directories chooses the code the server runs",
                       fix="-- first move the modules that extensions or C functions load from there into $libdir, "
                           "or they stop loading:\n-- " + alter_system("dynamic_library_path", "$libdir").replace(
                               "\n", "\n-- "), directories=extra,
                       deviation=deviation("dynamic_library_path", value, "$libdir"))


# ---- files and directories ----------------------------------------------------------------------

def tablespaces_outside_pgdata(ctx: Context) -> Iterator[Outcome]:
    """A tablespace inside PGDATA is copied twice by base backups and breaks pg_upgrade and restores."""
    if ctx.snap.tablespaces is None:
        yield gap_outcome(ctx, "pg_tablespace") or Outcome.not_assessable(
            "cluster", "a snapshot that includes pg_tablespace", "tablespace locations were not collected")
        return
    user = [t for t in ctx.snap.tablespaces if t.location]
    if not user:
        return            # only pg_default and pg_global: nothing to examine (not applicable)
    d, gap = setting_or_gap(ctx, "data_directory")
    if gap:
        yield gap
        return
    datadir = (d.value if d else None) or ""
    for t in user:
        obj = f"tablespace:{t.name}"
        if datadir and inside(t.location, datadir):
            yield Outcome.fail(obj, f"tablespace {t.name} is at {t.location}, inside the data directory {datadir}: "
                                    "base backups copy it twice, pg_upgrade and restores into a new directory break, "
                                    "and it shares the data directory's disk and permissions",
                               fix=f"-- create a tablespace outside the data directory and move its objects, e.g.\n"
                                   f"-- ALTER TABLE ... SET TABLESPACE <new>; then DROP TABLESPACE {ident(t.name)};",
                               location=t.location, owner=t.owner)
        else:
            yield Outcome.ok(obj, f"tablespace {t.name} is at {t.location}")


def _mode(value: str | None) -> int | None:
    try:
        return int(value or "", 8)
    except ValueError:
        return None


def data_directory_mode(ctx: Context) -> Iterator[Outcome]:
    """The data directory holds every row and the password hashes: only the server account (and its group) may read it."""
    s, gap = setting_or_gap(ctx, "data_directory_mode")
    if gap:
        yield gap
        return
    obj, mode = setting_object("data_directory_mode"), _mode(s.value if s else None)
    if mode is None or mode & 0o027 == 0:
        yield Outcome.ok(obj, f"data_directory_mode is {s.value if s else 'unknown'}")
        return
    yield Outcome.fail(obj, f"the data directory's mode is {mode:04o}, wider than 0700 (or 0750 with group access): "
                            "other operating-system accounts can read or change table files and password hashes",
                       severity=Severity.HIGH,
                       fix="-- as the server's OS user, with the server stopped or not:\n-- chmod 0700 <data directory>"
                           "   (0750 only if a backup group needs read access)", mode=f"{mode:04o}",
                       deviation=deviation("data_directory_mode", f"{mode:04o}", "0700 (0750 with group access)"))


def unix_socket_permissions(ctx: Context) -> Iterator[Outcome]:
    """0777 (the default) lets every local OS account reach the socket; pg_hba 'local' lines are then the only gate."""
    s, gap = setting_or_gap(ctx, "unix_socket_permissions")
    if gap:
        yield gap
        return
    obj, mode = setting_object("unix_socket_permissions"), _mode(s.value if s else None)
    if mode is None or mode & 0o007 == 0:
        yield Outcome.ok(obj, f"unix_socket_permissions is {s.value if s else 'unknown'}")
        return
    yield Outcome.fail(obj, f"unix_socket_permissions is {mode:04o}: every local operating-system account can connect "
                            "to the server's socket, so pg_hba 'local' lines alone decide who gets a login prompt",
                       severity=Severity.LOW, fix=alter_system("unix_socket_permissions", "0770") +
                       "\n-- needs a restart; put the local clients' OS accounts in unix_socket_group", mode=f"{mode:04o}",
                       deviation=deviation("unix_socket_permissions", f"{mode:04o}", "0770 or narrower"))


# ---- who reads other users' statements ----------------------------------------------------------

def query_text_readers(ctx: Context) -> Iterator[Outcome]:
    """pg_stat_statements keeps every normalised statement; pg_read_all_stats members read all of them."""
    s, gap = setting_or_gap(ctx, "shared_preload_libraries")
    if gap:
        yield gap
        return
    if "pg_stat_statements" not in library_names(s.value if s else None):
        yield Outcome.not_applicable("setting:shared_preload_libraries", "pg_stat_statements is not loaded: no "
                                                                        "statement history is kept")
        return
    graph, exempt = role_graph(ctx), auditing_roles(ctx)
    for r in ctx.snap.roles:
        if r.superuser or r.name.startswith("pg_") or not r.login:
            continue
        obj = role_object(r.name)
        # held through inheritance, or one SET ROLE away (PG16+ memberships WITH INHERIT FALSE)
        chain = graph.chain(r.name, "pg_read_all_stats") or graph.chain(r.name, "pg_read_all_stats", "set")
        if chain is None or len(chain) < 2:
            yield Outcome.ok(obj)
        elif r.name in exempt:
            yield Outcome.ok(obj, f"{r.name} is a recognised auditing role: its read access is accepted")
        else:
            via = " -> ".join(chain)
            yield Outcome.fail(obj, f"login role {r.name} holds pg_read_all_stats ({via}): with pg_stat_statements "
                                    "loaded it reads every other user's statements, with the literals that "
                                    "normalisation keeps (in utility statements, for example)",
                               severity=Severity.LOW, fix=f"REVOKE {ident(chain[1])} FROM {ident(r.name)};",
                               membership_chain=chain)
