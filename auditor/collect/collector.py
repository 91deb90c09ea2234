"""Collect one immutable Snapshot: server facts once, then the catalog of every connectable database.

Each database is read in one REPEATABLE READ, READ ONLY transaction so its catalog is consistent,
with a fixed number of statements whatever the number of objects. A denied read becomes a Gap
(and later `not_assessable`), never an empty result.
"""
from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import psycopg
from psycopg import errors

from auditor import __version__
from auditor.collect import catalog, catalog_cluster, faults, tls_probe
from auditor.collect.backup_config import read_backup_config
from auditor.collect.tls_library import library_facts
from auditor.collect.redact import masked_gucs, masked_options, masked_setting, masked_text
from auditor.collect.connect import ConnectError, connect, display_dsn, one_line
from auditor.collect.dbcatalog import Counter, DbCatalog, as_tuple, collect_database
from auditor.model.snapshot import (SCHEMA_VERSION, Archiver, AuditorAccess, AvailableExtension, Database, DatabaseStats, DbRoleSetting, Tablespace,
    Gap, HbaRule, Membership, ReplicationSlot, Role, Session, Setting, Snapshot, Target, TlsLibrary, TlsProbe, WalSender)
from auditor.model.policy import Policy

Progress = Callable[[str], None]


@dataclass
class _Gaps:
    items: list[Gap] = field(default_factory=list)

    def add(self, item: str, missing: str, detail: str = "", fault: bool = False) -> None:
        self.items.append(Gap(item, missing, one_line(detail)[:300], fault))

    def failed(self, item: str, exc: BaseException, phase: str, denied: str) -> None:
        """A read that raised: a denial names the privilege `denied`; anything else is a fault. Built from the
        SQLSTATE and the error class only, never the server's message (see faults)."""
        f = faults.classify(exc)
        self.add(item, denied if f.kind == faults.DENIED else f.missing, f.detail(phase), fault=f.kind != faults.DENIED)


def _optional(conn: psycopg.Connection, q: Counter, query: Any, gaps: _Gaps, item: str, missing: str) -> list[tuple] | None:
    """Run a query the auditor may not be allowed to run; a denial or a server error is recorded as a gap.
    A lost connection is raised: nothing more can be read on it."""
    try:
        with conn.transaction():
            return q.rows(conn, query)
    except psycopg.Error as exc:
        if faults.is_lost(exc):
            raise
        gaps.failed(item, exc, f"reading {item}", missing)
    return None


def _hba(conn: psycopg.Connection, q: Counter, major: int, gaps: _Gaps) -> tuple[HbaRule, ...] | None:
    failure: BaseException | None = None
    for via_function in (False, True):
        try:
            with conn.transaction():
                rows = q.rows(conn, catalog.hba_rules(major, via_function))
            return tuple(HbaRule(r[0], r[1], as_tuple(r[2]), as_tuple(r[3]), r[4], r[5], r[6], masked_options(as_tuple(r[7])),
                                 r[8], r[9], r[10]) for r in rows)
        except psycopg.Error as exc:
            if faults.is_lost(exc):
                raise
            failure = exc
            if not isinstance(exc, errors.InsufficientPrivilege):
                break      # an unexpected error: the function would fail the same way
    gaps.failed("pg_hba_file_rules", failure or RuntimeError(), "reading pg_hba_file_rules",
                "GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() (or superuser)")
    return None


def _server(conn: psycopg.Connection, q: Counter, gaps: _Gaps) -> dict[str, Any]:
    version, version_num, database, user, is_super, bypassrls, started = q.rows(conn, catalog.SERVER_INFO)[0]
    ident = _optional(conn, q, catalog.SYSTEM_IDENTIFIER, gaps, "pg_control_system",
                      "EXECUTE on pg_catalog.pg_control_system() (the cluster's identity in the audit history)")
    system_id = ident[0][0] if ident else None
    major = version_num // 10000
    held = q.rows(conn, catalog.PREDEFINED_ROLES_HELD)[0][0]
    access = AuditorAccess(user, is_super, tuple(held), bypassrls)
    settings = tuple(masked_setting(r) for r in q.rows(conn, catalog.SETTINGS))
    kinds = _optional(conn, q, catalog.PASSWORD_KINDS, gaps, "pg_authid", "pg_read_all_data (or superuser)")
    kind_of = dict(kinds) if kinds is not None else {}
    roles = tuple(Role(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                       masked_gucs(as_tuple(r[11])), masked_text(r[12]),
                       kind_of.get(r[1]) if kinds is not None else None)
                  for r in q.rows(conn, catalog.ROLES))
    members = tuple(Membership(*r) for r in q.rows(conn, catalog.memberships(major)))
    dbs = [Database(r[0], r[1], r[2], as_tuple(r[3]), r[4], r[5], r[6], r[7]) for r in q.rows(conn, catalog.DATABASES)]
    sessions = tuple(Session(*r) for r in q.rows(conn, catalog.SESSIONS))
    overrides = _optional(conn, q, catalog.DB_ROLE_SETTINGS, gaps, "pg_db_role_setting", "SELECT on pg_catalog.pg_db_role_setting")
    if not access.has("pg_read_all_stats"):
        gaps.add("pg_stat_ssl", "pg_read_all_stats (or pg_monitor)",
                 "other sessions' client address and TLS status are hidden from this role")
        sessions_out = None
    else:
        sessions_out = sessions
    if not access.has("pg_read_all_settings"):
        gaps.add("pg_settings", "pg_read_all_settings (or pg_monitor)",
                 "superuser-only settings (ssl_ciphers, ssl_min_protocol_version, shared_preload_libraries, ...) are hidden")
    return dict(version=version, version_num=version_num, started=started, database=database, user=user, is_super=is_super,
                system_id=system_id,
                access=access, settings=settings, hba=_hba(conn, q, major, gaps), roles=roles,
                memberships=members, databases=dbs, sessions=sessions_out, **_replication(conn, q, gaps, access),
                **_files(conn, q, gaps),
                db_role_settings=None if overrides is None else tuple(DbRoleSetting(r[0], r[1], masked_gucs(as_tuple(r[2]))) for r in overrides))


def _replication(conn: psycopg.Connection, q: Counter, gaps: _Gaps, access: AuditorAccess) -> dict[str, Any]:
    """Archiver, walsender and slot facts: three statements per cluster, each a gap if denied."""
    arch = _optional(conn, q, catalog_cluster.ARCHIVER, gaps, "pg_stat_archiver", "pg_monitor")
    senders = _optional(conn, q, catalog_cluster.WALSENDERS, gaps, "pg_stat_replication", "pg_read_all_stats (or pg_monitor)")
    slots = _optional(conn, q, catalog_cluster.REPLICATION_SLOTS, gaps, "pg_replication_slots", "pg_monitor")
    if senders is not None and not access.has("pg_read_all_stats"):
        gaps.add("pg_stat_replication", "pg_read_all_stats (or pg_monitor)",
                 "other roles' replication sessions and their TLS status are hidden from this role")
        senders = None
    return dict(archiver=Archiver(*arch[0]) if arch else None,
                walsenders=None if senders is None else tuple(WalSender(*r) for r in senders),
                replication_slots=None if slots is None else tuple(ReplicationSlot(*r) for r in slots))


def _files(conn: psycopg.Connection, q: Counter, gaps: _Gaps) -> dict[str, Any]:
    """Checksum failures, tablespace locations and installable extension versions: three statements per cluster."""
    stats = _optional(conn, q, catalog_cluster.DATABASE_STATS, gaps, "pg_stat_database", "SELECT on pg_catalog.pg_stat_database")
    spcs = _optional(conn, q, catalog_cluster.TABLESPACES, gaps, "pg_tablespace", "SELECT on pg_catalog.pg_tablespace")
    avail = _optional(conn, q, catalog_cluster.AVAILABLE_EXTENSIONS, gaps, "pg_available_extensions",
                      "SELECT on pg_catalog.pg_available_extensions")
    return dict(database_stats=None if stats is None else tuple(DatabaseStats(r[0], int(r[1])) for r in stats),
                tablespaces=None if spcs is None else tuple(Tablespace(r[0], r[1], r[2] or "") for r in spcs),
                available_extensions=None if avail is None else tuple(AvailableExtension(*r) for r in avail))


def _server_failed(exc: psycopg.Error) -> ConnectError:
    """Server facts (version, settings, roles, databases) failed after connecting: exit 2 like a refused
    connection, not a partial report. Every check rests on these facts, and a report built without them would
    show checks passing on empty lists; nothing was audited. The line says why from the SQLSTATE only."""
    return ConnectError(f"could not read server facts after connecting: {faults.classify(exc).summary()}; "
                        "nothing was audited")


def collect(dsn: str | None, policy: Policy | None = None, *, databases: Sequence[str] | None = None,
            progress: Progress | None = None) -> Snapshot:
    """Connect, read everything the checks need, and return the Snapshot. Raises ConnectError."""
    policy = policy or Policy()
    t = policy.thresholds
    say = progress or (lambda _msg: None)
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.timezone.utc)
    q, gaps = Counter(), _Gaps()
    say("connecting")
    main = connect(dsn, t)
    try:
        main.autocommit = False
        try:
            with main.transaction():
                server = _server(main, q, gaps)
        except psycopg.Error as exc:   # nothing was read: no report could say anything true (see _server_failed)
            raise _server_failed(exc) from None
        info = main.info
        target = Target(host=info.host, port=int(info.port) if info.port else None, dsn=display_dsn(main),
                        transport="unix" if info.host.startswith("/") else "tcp",
                        server_version=server["version"], server_version_num=server["version_num"],
                        database=server["database"], current_user=server["user"], is_superuser=server["is_super"],
                        ssl_in_use=bool(main.pgconn.ssl_in_use), system_identifier=server["system_id"])
        finish_tls = _start_tls_probe(target, server["settings"], info, t, say)
        wanted = _choose_databases(server["databases"], databases, gaps)
        cat = DbCatalog()
        collected: set[str] = set()
        stats_readable = server["access"].has("pg_read_all_stats")

        jobs = _pool_size(server, wanted, t.catalog_jobs)
        # room for two sessions per database (a single one, or a few): each reads its pg_attribute on the second
        aside = 2 * len(wanted) <= _connection_room(server, wanted, t.catalog_jobs)

        def read(name: str) -> tuple[DbCatalog | None, _Gaps]:
            say(f"reading catalog of database {name}")
            part, found = DbCatalog(), _Gaps()   # kept only when the whole database was read
            scan = stats_readable
            side = (lambda: connect(dsn, t, dbname=name)) if aside else None
            try:
                if name == server["database"]:
                    collect_database(main, q, part, scan, side)
                else:
                    with connect(dsn, t, dbname=name) as conn:
                        collect_database(conn, q, part, scan, side)
            except ConnectError as exc:
                found.failed(f"database:{name}", exc, f"connecting to database {name}", f"CONNECT on database {name}")
                return None, found
            except psycopg.Error as exc:
                found.failed(f"database:{name}", exc, f"reading the catalog of database {name}",
                             "read access to its catalog")
                return None, found
            return part, found

        with ThreadPoolExecutor(jobs) as pool:
            results = list(pool.map(read, wanted))
        for name, (part, found) in zip(wanted, results):   # merged in database order: the same snapshot every time
            gaps.items.extend(found.items)
            if part is not None:
                part.merge_into(cat)
                collected.add(name)
        statement_texts = _statement_gap(cat.statement_state, gaps)
        tls = finish_tls(gaps)
        backup, backup_gaps = read_backup_config(target, server["settings"], tls, server["started"])
        for gap in backup_gaps:
            gaps.add(*gap)
    finally:
        main.close()
    samples = None
    if policy.sampling:
        from auditor.collect import sampler   # value classifiers load only when values are sampled

        samples, sample_gaps = sampler.sample(dsn, t, cat.relations, [n for n in wanted if n in collected], say)
        gaps.items.extend(sample_gaps)
    else:
        gaps.add("samples", "value sampling (turned off by --no-sample or sampling = false)",
                 "sensitive-data conclusions rest on column names, comments and types only")
    dbs = tuple(Database(d.oid, d.name, d.owner, d.acl, d.allow_connections, d.is_template, d.connlimit,
                         d.encoding, d.name in collected) for d in server["databases"])
    return Snapshot(
        schema_version=SCHEMA_VERSION, tool_version=__version__, collected_at=started.isoformat(timespec="seconds"),
        duration_s=round(time.perf_counter() - t0, 3), target=target, access=server["access"],
        settings=server["settings"], hba_rules=server["hba"], roles=server["roles"],
        memberships=server["memberships"], databases=dbs, sessions=server["sessions"], tls=tls,
        schemas=tuple(cat.schemas), relations=tuple(cat.relations), policies=tuple(cat.policies),
        functions=tuple(cat.functions), extensions=tuple(cat.extensions), languages=tuple(cat.languages),
        default_acls=tuple(cat.default_acls), foreign_servers=tuple(cat.foreign_servers), samples=samples,
        queries=tuple(sorted(q.per_db.items())), gaps=tuple(gaps.items), db_role_settings=server["db_role_settings"],
        catalog_functions=tuple(cat.catalog_functions), tls_library=_tls_library(server["settings"], tls),
        archiver=server["archiver"], walsenders=server["walsenders"], replication_slots=server["replication_slots"],
        database_stats=server["database_stats"],
        tablespaces=server["tablespaces"], available_extensions=server["available_extensions"],
        embedded_secrets=tuple(cat.embedded_secrets + cat.statement_secrets), catalog_acls=tuple(cat.catalog_acls),
        statement_texts=statement_texts, row_image_writers=tuple(cat.row_image_writers), backup_config=backup)


def _statement_gap(states: list[tuple[str, BaseException | None]], gaps: _Gaps) -> str:
    """The pg_stat_statements state for the Snapshot; an unreadable or failed read is a gap naming the privilege."""
    state, exc = states[0] if states else ("not_installed", None)
    if state == "unreadable":
        gaps.add("pg_stat_statements", "pg_read_all_stats (or pg_monitor)",
                 "other roles' query text in pg_stat_statements is hidden from this role")
    elif state == "failed":
        gaps.failed("pg_stat_statements", exc or RuntimeError(), "reading pg_stat_statements",
                    "SELECT on pg_stat_statements and pg_read_all_stats (or pg_monitor)")
        state = "unreadable"
    return state


def _tls_library(settings: Sequence[Setting], tls: TlsProbe | None) -> TlsLibrary:
    """The strings the ssl checks judge: the server's ssl_ciphers and the suites the probe got accepted."""
    ciphers = next((s.value for s in settings if s.name == "ssl_ciphers"), None)
    seen = (*tls.weak_ciphers, tls.no_fs_cipher, tls.cipher) if tls is not None else ()
    return library_facts((ciphers, *seen))


def _pool_size(server: dict[str, Any], wanted: Sequence[str], jobs: int) -> int:
    """How many databases are read at once: up to `catalog_jobs` (a small bounded load on the audited server),
    never more than the auditing role's or a database's connection limit allows beside the first connection (a
    limit reached would turn databases into gaps). Each database still gets its fixed statements."""
    return max(1, min(_connection_room(server, wanted, jobs), len(wanted)))


def _connection_room(server: dict[str, Any], wanted: Sequence[str], jobs: int) -> int:
    """Sessions pgcomply may hold at once beside the first: `catalog_jobs`, within the role's and the
    databases' connection limits."""
    limits = [r.connlimit for r in server["roles"] if r.name == server["user"] and r.connlimit >= 0]
    limits += [d.connlimit for d in server["databases"] if d.name in wanted and d.connlimit >= 0]
    return min([jobs, *(n - 1 for n in limits)])


def _start_tls_probe(target: Target, settings: Sequence[Setting], info: Any, t: Any,
                     say: Progress) -> Callable[[_Gaps], TlsProbe | None]:
    """Handshakes with the server as a network client sees it (see tls_probe), in a thread beside the
    catalog reads; the returned function waits for it and records its gap."""
    if not t.tls_probe:
        return lambda gaps: gaps.add("tls_probe", "the TLS probe (disabled by thresholds.tls_probe = false)")
    try:
        hostaddr = info.hostaddr if target.transport == "tcp" else None
    except psycopg.Error:  # libpq < 12
        hostaddr = None
    say("probing TLS over the wire")
    out: list = []

    def run() -> None:
        try:
            out.append(tls_probe.probe_target(target, settings, hostaddr=hostaddr or None,
                                              timeout=float(min(t.connect_timeout_s, 5))))
        except Exception as exc:  # noqa: BLE001 - a fault gap, not a thread traceback on stderr
            out.append(exc)

    job = threading.Thread(target=run, daemon=True)
    job.start()

    def finish(gaps: _Gaps) -> TlsProbe | None:
        job.join()
        if not out or isinstance(out[0], BaseException):
            gaps.failed("tls_probe", out[0] if out else RuntimeError(), "probing TLS", "a TLS probe of the server")
            return None
        probe, found = out[0]
        for gap in found:
            gaps.add(*gap)
        return probe
    return finish


def _choose_databases(dbs: Sequence[Database], requested: Sequence[str] | None, gaps: _Gaps) -> list[str]:
    """Every database that accepts connections (templates but template0 included), or the requested ones."""
    names = {d.name: d for d in dbs}
    if requested:
        unknown = [n for n in requested if n not in names]
        if unknown:
            raise ConnectError(f"database {unknown[0]!r} does not exist on this server")
        return list(dict.fromkeys(requested))
    out = []
    for d in dbs:
        if d.allow_connections:
            out.append(d.name)
        elif d.name != "template0":
            gaps.add(f"database:{d.name}", "datallowconn = true", "the database does not accept connections")
    return out
