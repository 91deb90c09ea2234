"""The audit history: SQLite by default (no setup), PostgreSQL when a team or a fleet shares it.

A run is recorded in two steps. `begin` inserts its row as `running` (so a shard that dies leaves a visible,
never-complete trace); `finish` writes the results and flips it to `complete` in one transaction, guarded by
`status = 'running'`, so two writers with the same run id cannot both record it. The run id is the
idempotency key: `begin` on an id that is already complete says so and the caller skips the target.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from auditor.history.migrations import LATEST, MIGRATIONS, VERSION_TABLE

ENV = "PGCOMPLY_HISTORY"


class HistoryError(ValueError):
    """A history URL or store that cannot be used; one line."""


def default_url() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return f"sqlite:///{Path(base) / 'pgcomply' / 'history.sqlite'}"


def resolve_url(url: str | None) -> str:
    """--history, else $PGCOMPLY_HISTORY, else the per-user SQLite file."""
    return url or os.environ.get(ENV) or default_url()


def display_url(url: str) -> str:
    """The URL as it may be printed: a PostgreSQL password is masked as everywhere else."""
    if url.startswith(("postgresql://", "postgres://")):
        from auditor.collect.connect import mask_dsn
        return mask_dsn(url)
    return url


def now(timespec: str = "seconds") -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec=timespec)


# Runs of one target in the order they happened. started_at has the report's one-second resolution, and two audits
# can start within one second (a CI job, a fleet): finished_at, written to the microsecond, breaks the tie (a run
# still running sorts after the finished ones), and only then the random run id.
_RUN_ORDER = "started_at, coalesce(finished_at, '9999'), run_id"
_RUN_ORDER_DESC = "started_at DESC, coalesce(finished_at, '9999') DESC, run_id DESC"


BODY_ENCODING = "zlib-base64"


def encode_body(body: str) -> str:
    """report.json compressed (level 1: about as small as level 9 on JSON, several times faster) as base64 text."""
    return base64.b64encode(zlib.compress(body.encode("utf-8"), 1)).decode("ascii")


def decode_body(body: str, encoding: str) -> str:
    """The report.json text of a stored body, whichever version of pgcomply stored it."""
    if encoding == "json":
        return body
    if encoding == BODY_ENCODING:
        return zlib.decompress(base64.b64decode(body)).decode("utf-8")
    raise HistoryError(f"a stored report has encoding {encoding!r}, unknown to this pgcomply: upgrade pgcomply")


def canonical(report: dict[str, Any]) -> tuple[str, str]:
    """(digest, body): report.json exactly as the JSON writer writes it, and its SHA-256, so the digest a run
    records is `sha256sum report.json` of the file beside it and the same report always has the same digest."""
    from auditor.render.json import dumps

    body = dumps(report)
    return digest_of(body), body


def digest_of(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RunRow:
    run_id: str
    target: str
    dsn: str
    system_identifier: str | None
    server_version: str | None
    fleet_run: str | None
    shard: str | None
    status: str
    started_at: str
    finished_at: str | None
    tool_version: str | None
    catalogue: str | None
    score: int | None
    grade: str | None
    audit_complete: int | None
    exit_code: int | None
    report_digest: str | None

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


_RUN_COLUMNS = ", ".join(RunRow.__dataclass_fields__)


class HistoryStore:
    """One connection to a history database (not thread-safe: a fleet's threads share it behind a lock)."""

    def __init__(self, url: str):
        self.url = url
        if url.startswith("sqlite:///"):
            self.engine = "sqlite"
            path = Path(url.removeprefix("sqlite:///") or ".")
            if str(path) in ("", ".") or path.is_dir():
                raise HistoryError(f"history URL {url}: give a file, e.g. sqlite:///var/lib/pgcomply/history.sqlite")
            try:
                path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                self.conn: Any = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA busy_timeout = 60000")
                os.chmod(path, 0o600)
            except (OSError, sqlite3.Error) as exc:
                raise HistoryError(f"cannot open history {url}: {exc}") from None
        elif url.startswith(("postgresql://", "postgres://")):
            import psycopg

            self.engine = "postgresql"
            try:
                self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="pgcomply-history")
            except psycopg.Error as exc:
                from auditor.collect.connect import one_line
                raise HistoryError(f"cannot connect to history {display_url(url)}: {one_line(str(exc))}") from None
        else:
            raise HistoryError(f"history URL {display_url(url)!r}: expected sqlite:///PATH or postgresql://...")
        try:
            self.migrate()
        except BaseException:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    # -- plumbing ----------------------------------------------------------------------------------------

    def _sql(self, text: str) -> str:
        return text.replace("?", "%s") if self.engine == "postgresql" else text

    def execute(self, text: str, params: tuple = ()) -> Any:
        return self.conn.execute(self._sql(text), params)

    def rows(self, text: str, params: tuple = ()) -> list[tuple]:
        return list(self.execute(text, params).fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE on SQLite (one writer at a time, no upgrade deadlock); a plain transaction on PostgreSQL.
        A database error leaves nothing half-written and becomes one HistoryError line."""
        import psycopg

        try:
            with self._transaction():
                yield
        except (sqlite3.Error, psycopg.Error) as exc:
            from auditor.collect.connect import one_line
            raise HistoryError(f"history {display_url(self.url)}: {one_line(str(exc))[:300]}") from None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.engine == "sqlite":
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        else:
            with self.conn.transaction():
                yield

    # -- schema ------------------------------------------------------------------------------------------

    def version(self) -> int:
        try:
            with self.transaction():
                return int(self.rows(f"SELECT coalesce(max(version), 0) FROM {VERSION_TABLE}")[0][0])
        except HistoryError:     # either engine's "no such table": a new store
            return 0

    def migrate(self) -> None:
        """Apply every missing migration, each in one transaction; concurrent shards wait for each other."""
        found = self.version()
        if found > LATEST:
            raise HistoryError(f"history {display_url(self.url)} has schema version {found}, newer than this pgcomply "
                               f"knows ({LATEST}): upgrade pgcomply to use it")
        if found == LATEST:
            return
        with self.transaction():
            if self.engine == "postgresql":
                self.execute("SELECT pg_catalog.pg_advisory_xact_lock(7061626)")   # 'pgc': one migrator at a time
            self.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER PRIMARY KEY, "
                         "description TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {r[0] for r in self.rows(f"SELECT version FROM {VERSION_TABLE}")}
            for number, description, statements in MIGRATIONS:
                if number in done:
                    continue
                for statement in statements:
                    self.execute(statement)
                self.execute(f"INSERT INTO {VERSION_TABLE} (version, description, applied_at) VALUES (?, ?, ?)",
                             (number, description, now()))

    # -- writing -----------------------------------------------------------------------------------------

    def begin(self, run_id: str, target: str, dsn: str, *, fleet_run: str | None = None,
              shard: str | None = None) -> int | None:
        """Mark the run as started and return None; when this run id is already complete (a rerun), change
        nothing and return the exit code it recorded, so the caller skips the target and still reports it."""
        with self.transaction():
            found = self.rows("SELECT status, exit_code FROM pgcomply_runs WHERE run_id = ?", (run_id,))
            if found and found[0][0] == "complete":
                return int(found[0][1] if found[0][1] is not None else 0)
            if found:   # a run that died before finishing: start it again
                self.execute("UPDATE pgcomply_runs SET started_at = ?, shard = ? WHERE run_id = ?", (now(), shard, run_id))
            else:
                self.execute("INSERT INTO pgcomply_runs (run_id, target, dsn, fleet_run, shard, status, started_at) "
                             "VALUES (?, ?, ?, ?, ?, 'running', ?) ON CONFLICT (run_id) DO NOTHING",
                             (run_id, target, dsn, fleet_run, shard, now()))
        return None

    def finish(self, run_id: str, report: dict[str, Any], exit_code: int, body: str | None = None) -> bool:
        """Write the results and mark the run complete, all in one transaction. False if it was already complete.
        body: the report.json text already written for `report`, which spares encoding a big report twice."""
        digest, body = canonical(report) if body is None else (digest_of(body), body)
        t, s = report.get("target") or {}, report.get("score") or {}
        cat = (report.get("tool") or {}).get("catalogue") or {}
        with self.transaction():
            self.execute("INSERT INTO pgcomply_reports (digest, body, encoding) VALUES (?, ?, ?) "
                         "ON CONFLICT (digest) DO NOTHING", (digest, encode_body(body), BODY_ENCODING))
            cur = self.execute(
                "UPDATE pgcomply_runs SET status = 'complete', finished_at = ?, system_identifier = ?, server_version = ?,"
                " tool_version = ?, catalogue = ?, score = ?, grade = ?, audit_complete = ?, exit_code = ?,"
                " report_digest = ?, started_at = ? WHERE run_id = ? AND status = 'running'",
                (now("microseconds"), t.get("system_identifier"), t.get("server_version"),
                 (report.get("tool") or {}).get("version"),
                 f"{cat.get('digest')} ({cat.get('checks')} checks)" if cat else None, s.get("value"), s.get("grade"),
                 int(bool(report.get("complete", True))), exit_code, digest, report.get("started_at") or now(), run_id))
            if cur.rowcount != 1:
                raise _AlreadyRecorded()
            failing = (report.get("summary") or {}).get("failing_by_area") or {}
            for area, score in sorted((s.get("areas") or {}).items()):
                self.execute("INSERT INTO pgcomply_run_areas (run_id, area, score, failing) VALUES (?, ?, ?, ?)",
                             (run_id, area, score, int(failing.get(area, 0))))
            for fw in report.get("compliance") or ():
                self.execute("INSERT INTO pgcomply_run_frameworks (run_id, framework, name, percent, failing) "
                             "VALUES (?, ?, ?, ?, ?)", (run_id, fw["id"], fw.get("name") or fw["id"], fw.get("percent"),
                                                        int((fw.get("counts") or {}).get("fail", 0))))
            rows = [(run_id, f["check_id"], f["object"], f["status"], f["severity"]) for f in report["findings"]]
            if rows:
                self._many("INSERT INTO pgcomply_run_findings (run_id, check_id, object, status, severity) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows)
        return True

    def _many(self, text: str, rows: list[tuple]) -> None:
        if self.engine == "sqlite":
            self.conn.executemany(text, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(text), rows)

    # -- reading -----------------------------------------------------------------------------------------

    def runs(self, *, target: str | None = None, since: str | None = None, complete_only: bool = True,
             fleet_run: str | None = None) -> list[RunRow]:
        """Runs oldest first."""
        where, params = [], []
        if complete_only:
            where.append("status = 'complete'")
        if target:
            where.append("(target = ? OR dsn = ?)")
            params += [target, target]
        if since:
            where.append("started_at >= ?")
            params.append(since)
        if fleet_run:
            where.append("fleet_run = ?")
            params.append(fleet_run)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        with self.transaction():
            rows = self.rows(f"SELECT {_RUN_COLUMNS} FROM pgcomply_runs{clause} ORDER BY {_RUN_ORDER}", tuple(params))
        return [RunRow(*r) for r in rows]

    def run(self, run_id: str) -> RunRow:
        """A run by its id or a unique prefix of it (as `history list` shows them)."""
        with self.transaction():
            rows = self.rows(f"SELECT {_RUN_COLUMNS} FROM pgcomply_runs WHERE substr(run_id, 1, ?) = ? ORDER BY run_id",
                             (len(run_id), run_id)) if run_id else []
        rows = [r for r in rows if r[0].startswith(run_id)]
        if not rows:
            raise HistoryError(f"no run {run_id!r} in the history (see `pgcomply history list`)")
        if len(rows) > 1:
            raise HistoryError(f"run id {run_id!r} is ambiguous ({len(rows)} runs start with it); give more of it")
        return RunRow(*rows[0])

    def report(self, run: RunRow) -> dict[str, Any]:
        if run.status != "complete" or run.report_digest is None:
            raise HistoryError(f"run {run.run_id} did not complete; it has no report")
        with self.transaction():
            body, encoding = self.rows("SELECT body, encoding FROM pgcomply_reports WHERE digest = ?",
                                       (run.report_digest,))[0]
        return json.loads(decode_body(body, encoding))

    def findings(self, run_ids: list[str]) -> dict[str, list[tuple[str, str, str, str]]]:
        out: dict[str, list[tuple[str, str, str, str]]] = {r: [] for r in run_ids}
        with self.transaction():
            for rid in run_ids:
                out[rid] = [tuple(r) for r in self.rows(  # type: ignore[misc]
                    "SELECT check_id, object, status, severity FROM pgcomply_run_findings WHERE run_id = ?", (rid,))]
        return out

    def results(self, table: str, key: str, run_ids: list[str]) -> dict[str, dict[str, tuple]]:
        """Per-area (table=run_areas, key=area) or per-framework results of each run."""
        assert table in ("pgcomply_run_areas", "pgcomply_run_frameworks") and key in ("area", "framework")
        value = "score" if key == "area" else "percent"
        out: dict[str, dict[str, tuple]] = {}
        with self.transaction():
            for rid in run_ids:
                out[rid] = {r[0]: (r[1], r[2]) for r in self.rows(
                    f"SELECT {key}, {value}, failing FROM {table} WHERE run_id = ?", (rid,))}
        return out

    # -- pruning -----------------------------------------------------------------------------------------

    def prune(self, *, keep: int | None = None, before: str | None = None) -> int:
        """Delete runs (and reports no run points to any more); returns how many runs went."""
        with self.transaction():
            doomed: list[str] = []
            if before is not None:
                doomed += [r[0] for r in self.rows("SELECT run_id FROM pgcomply_runs WHERE started_at < ?", (before,))]
            if keep is not None:
                for (target,) in self.rows("SELECT DISTINCT target FROM pgcomply_runs"):
                    ids = [r[0] for r in self.rows("SELECT run_id FROM pgcomply_runs WHERE target = ? "
                                                   f"ORDER BY {_RUN_ORDER_DESC}", (target,))]
                    doomed += ids[keep:]
            doomed = sorted(set(doomed))
            for rid in doomed:
                for table in ("pgcomply_run_findings", "pgcomply_run_areas", "pgcomply_run_frameworks", "pgcomply_runs"):
                    self.execute(f"DELETE FROM {table} WHERE run_id = ?", (rid,))
            self.execute("DELETE FROM pgcomply_reports WHERE digest NOT IN "
                         "(SELECT report_digest FROM pgcomply_runs WHERE report_digest IS NOT NULL)")
        return len(doomed)


class _AlreadyRecorded(Exception):
    """finish() found the run complete already: the transaction is rolled back, nothing is written twice."""


def finish_once(store: HistoryStore, run_id: str, report: dict[str, Any], exit_code: int,
                body: str | None = None) -> bool:
    try:
        return store.finish(run_id, report, exit_code, body)
    except _AlreadyRecorded:
        return False


def open_store(url: str | None) -> HistoryStore:
    return HistoryStore(resolve_url(url))
