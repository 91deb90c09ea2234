"""Value sampling: a few hundred rows per table, read and analysed in memory, kept only as counts.

Bounded and safe by construction:
- one SELECT per table (never per column), `TABLESAMPLE SYSTEM (p) REPEATABLE` + LIMIT on large tables
  (`ORDER BY random()` would read them whole), plain LIMIT on small ones or when the sample came back thin;
- each table is read in its own explicit `BEGIN READ ONLY` transaction, so locks are released table by
  table (one transaction over 10,000 tables runs out of lock slots) and planted code that turns
  `default_transaction_read_only` off cannot make a later statement write;
- statement_timeout and lock_timeout per query, `sample_jobs` parallel connections, `sample_max_tables`
  tables per database, riskiest first (most candidate columns, then most rows);
- identifiers composed with psycopg.sql; long values cut on the server;
- raw values live only inside `_sample_table`: what leaves is a ColumnSample (counts, ratios, masked
  examples). Errors become Gaps built from the SQLSTATE, never from the server message, which can quote
  a value.
No code owned by the audited database's users runs (the database owner may not be trusted):
- values become text only through their type's output function (`pg_catalog.format('%s', col)`), never
  through a cast, which a type's owner can define; every function, operator and type is pg_catalog-qualified;
- `row_security = off`, as pg_dump: a table whose policies apply to the auditing role is never read (its
  policies would run as that role) but becomes a gap, so its checks are not_assessable, never a silent skip;
- views and materialized views are not read (a view runs its query), regular tables are read `FROM ONLY`
  (an inherited foreign table would call its FDW), and a partitioned table with a foreign leaf is a gap;
- virtual generated columns (PG18) are not read: they compute, they do not store.
`ColumnSample.rls_filtered` stays only so that older snapshots still load: a sample is never filtered now.
"""
from __future__ import annotations

import dataclasses
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import psycopg
from psycopg import errors, sql

from auditor.analysis.classify import conventions, entity, names, sibling_hints
from auditor.analysis.classify.analyse import analyse
from auditor.collect.sample_gaps import READ_ALL, denied_gaps, failure_gaps, is_fault, rls_gap, why
from auditor.collect.connect import ConnectError, connect
from auditor.model.snapshot import ColumnSample, Gap, Relation
from auditor.model.gaps import FOREIGN_MISSING, database_gap_item, sample_gap_item
from auditor.model.policy import Thresholds

_SAMPLE_KINDS = ("r", "p")      # never views (v) or materialized views (m)

SESSION_SQL = ("SELECT pg_catalog.set_config('search_path'::pg_catalog.text, 'pg_catalog, pg_temp'::pg_catalog.text, "
               "false), pg_catalog.set_config('row_security'::pg_catalog.text, 'off'::pg_catalog.text, false)")

# row_security_active() answers "would policies apply to me" even with row_security off (it never raises).
# Per table: RLS applies, readable columns, readable bytea columns (domains over bytea too), partition root,
# and whether a partitioned table has a foreign leaf. Nothing here locks a user table (pg_partition_tree
# would lock every partition; pg_partition_root reads only pg_inherits).
ACCESS_SQL = """
WITH foreign_roots AS (
    SELECT pg_catalog.pg_partition_root(l.oid) AS root FROM pg_catalog.pg_class l
    WHERE l.relkind OPERATOR(pg_catalog.=) 'f'::pg_catalog."char" AND l.relispartition)
SELECT c.oid::pg_catalog.int8, pg_catalog.row_security_active(c.oid),
       ARRAY(SELECT a.attname::pg_catalog.text FROM pg_catalog.pg_attribute a
             WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid AND a.attnum OPERATOR(pg_catalog.>) 0
               AND NOT a.attisdropped AND a.attgenerated OPERATOR(pg_catalog.<>) 'v'::pg_catalog."char"
               AND pg_catalog.has_column_privilege(c.oid, a.attnum, 'SELECT'::pg_catalog.text)),
       ARRAY(SELECT a.attname::pg_catalog.text FROM pg_catalog.pg_attribute a
               JOIN pg_catalog.pg_type ty ON ty.oid OPERATOR(pg_catalog.=) a.atttypid
             WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid AND a.attnum OPERATOR(pg_catalog.>) 0
               AND 'pg_catalog.bytea'::pg_catalog.regtype::pg_catalog.oid OPERATOR(pg_catalog.=) ANY
                   (ARRAY[ty.oid, ty.typbasetype])),
       CASE WHEN c.relispartition THEN pg_catalog.pg_partition_root(c.oid)::pg_catalog.int8 END,
       EXISTS (SELECT FROM foreign_roots f WHERE f.root OPERATOR(pg_catalog.=) c.oid)
FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.=) ANY (%s::pg_catalog.oid[])"""

RLS_SQL = "SELECT pg_catalog.row_security_active(%s::pg_catalog.oid)"




@dataclass(frozen=True, slots=True)
class TablePlan:
    rel: Relation
    columns: tuple[tuple[str, str, str | None], ...]    # (column, type class, hinted category)
    risk: int


def plan_table(rel: Relation, kind: str = entity.UNKNOWN) -> TablePlan | None:
    """Which columns of one table are worth reading, and how risky the table looks (None: nothing to read).

    `kind` is the table's entity (entity.infer): it decides the hints, as the classifier will later."""
    if rel.kind not in _SAMPLE_KINDS or rel.extension is not None:
        return None
    cols, risk = [], 0
    ctx = entity.context(kind, rel.name)
    spelled = conventions.spelled(tuple(col.name for col in rel.columns))     # as the classifier reads them
    for col, name in zip(rel.columns, spelled):
        hint, tclass = entity.hint_at(kind, rel.name, name, col.type, col.base_type, ctx, col.comment)
        hint = sibling_hints.hint(hint, tclass, rel.name, col.name, rel.columns)    # r29: a session key; r33
        if not names.is_sampleable(tclass, hint):
            continue
        cols.append((col.name, tclass, hint.category if hint else None))
        risk += 10 if hint and hint.strength == names.STRONG else 3 if hint else 1
    return TablePlan(rel, tuple(cols), risk) if cols else None


def plan_database(rels: Iterable[Relation]) -> list[TablePlan]:
    """Tables to sample, riskiest first; partitions are left out (their root is sampled and copied to them)."""
    rels = list(rels)
    kinds = entity.infer(rels)
    plans = [p for r in rels if not r.is_partition
             and (p := plan_table(r, kinds.get((r.database, r.schema, r.name), entity.UNKNOWN))) is not None]
    plans.sort(key=lambda p: (-p.risk, -p.rel.row_estimate, p.rel.schema, p.rel.name))
    return plans


_BINARY = (sql.SQL("pg_catalog.substring("), sql.SQL(", 1, 256)"))   # FROM..FOR is grammar of the bare keyword
_TEXT = (sql.SQL("pg_catalog.left(pg_catalog.format('%s'::pg_catalog.text, "), sql.SQL("), 512)"))


def _expr(column: str, binary: bool) -> sql.Composed:
    """What to read of one column, cut on the server so a huge value never crosses the wire whole.

    Text comes from the type's output function (format's %s), never from a cast: the owner of a type may
    define its cast to text and run her code. Only a real bytea (or a domain over it) is read as bytes.
    """
    before, after = _BINARY if binary else _TEXT
    return sql.Composed([before, sql.Identifier(column), after])


def sample_query(plan: TablePlan, columns: Sequence[tuple[str, str, str | None]], rows: int,
                 tablesample: bool, binary: frozenset[str] = frozenset()) -> sql.Composed:
    exprs = sql.SQL(", ").join(_expr(c, c in binary) for c, _, _ in columns)
    table = sql.Identifier(plan.rel.schema, plan.rel.name)
    only = sql.SQL(" FROM ONLY " if plan.rel.kind == "r" else " FROM ")   # ONLY: no inherited (foreign) child
    parts = [sql.SQL("SELECT "), exprs, only, table]
    if tablesample:
        pct = min(100.0, round(100.0 * 4 * rows / max(plan.rel.row_estimate, 1), 6))
        parts += [sql.SQL(" TABLESAMPLE pg_catalog.system ("), sql.Literal(pct),
                  sql.SQL("::pg_catalog.float4) REPEATABLE (7::pg_catalog.float8)")]
    parts += [sql.SQL(" LIMIT "), sql.Literal(rows), sql.SQL("::pg_catalog.int8")]
    return sql.Composed(parts)


def _leading(facts, hinted: str | None) -> str | None:
    if facts.matches:
        cat, count = facts.matches.most_common(1)[0]
        if count * 2 >= facts.non_null:
            return cat
    if hinted and facts.plausible * 2 >= facts.non_null:
        return hinted
    return "free_text_may_contain_pii" if facts.embedded else hinted


def _fetch(conn: psycopg.Connection, plan: TablePlan, columns, binary: frozenset[str],
           t: Thresholds) -> tuple[list[tuple], str]:
    """One table in one BEGIN READ ONLY transaction (conn.read_only): its locks go when it commits."""
    n = max(1, t.sample_rows)
    with conn.transaction(), conn.cursor() as cur:
        if plan.rel.row_estimate >= 10 * n:
            cur.execute(sample_query(plan, columns, n, tablesample=True, binary=binary))
            rows = cur.fetchall()
            if len(rows) * 2 >= n:
                return rows, "tablesample"
        cur.execute(sample_query(plan, columns, n, tablesample=False, binary=binary))
        return cur.fetchall(), "limit"


def _sample_table(conn: psycopg.Connection, plan: TablePlan, readable: frozenset[str], binary: frozenset[str],
                  t: Thresholds) -> list[ColumnSample]:
    """Read one table's sample and reduce it to ColumnSamples. The only place raw values exist."""
    columns = [c for c in plan.columns if c[0] in readable]
    rows, method = _fetch(conn, plan, columns, binary & readable, t)
    rel, out = plan.rel, []
    for i, (column, _tclass, hinted) in enumerate(columns):
        facts = analyse((r[i] for r in rows), hinted, t.min_match_ratio)
        out.append(ColumnSample(
            rel.database, rel.schema, rel.name, column, rows=len(rows), non_null=facts.non_null,
            matches=tuple(sorted(facts.matches.items())), encrypted=facts.encrypted,
            hash_schemes=tuple(sorted(facts.schemes.items())),
            examples=facts.leading_examples(_leading(facts, hinted)), plausible=facts.plausible, hinted=hinted,
            prose=facts.prose, embedded=facts.embedded, unread=facts.unread, method=method))
    del rows
    return out


class _Workers:
    """One read-only connection per worker thread, opened on first use and closed at the end.

    Once a connection attempt fails, every later table fails with the same error at once: against a host
    that drops packets, each reconnect would otherwise cost connect_timeout_s, table after table."""

    def __init__(self, dsn: str | None, t: Thresholds, database: str) -> None:
        self.dsn, self.t, self.database = dsn, t, database
        self.local = threading.local()
        self.opened: list[psycopg.Connection] = []
        self.lock = threading.Lock()
        self.down: ConnectError | None = None

    def conn(self) -> psycopg.Connection:
        c = getattr(self.local, "conn", None)
        if c is None or c.closed:
            if self.down is not None:
                raise self.down
            try:
                c = connect(self.dsn, self.t, dbname=self.database, statement_timeout_ms=self.t.sample_timeout_ms)
            except ConnectError as exc:
                self.down = exc
                raise
            with self.lock:
                self.opened.append(c)
            c.autocommit = False     # every statement inside an explicit BEGIN READ ONLY ... COMMIT
            c.read_only = True
            with c.transaction():    # belt and braces: connect() pins these too, whatever the role or db sets
                c.execute(SESSION_SQL)
            self.local.conn = c
        return c

    def close(self) -> None:
        for c in self.opened:
            c.close()


def sample_database(dsn: str | None, t: Thresholds, database: str, rels: Sequence[Relation],
                    say: Callable[[str], None] = lambda _m: None) -> tuple[list[ColumnSample], list[Gap]]:
    """Sample one database's riskiest tables; returns the samples and the gaps (denied, timed out, capped)."""
    plans = plan_database(rels)
    gaps: list[Gap] = []
    if len(plans) > t.sample_max_tables:
        skipped = len(plans) - t.sample_max_tables
        gaps.append(Gap(database_gap_item(database), f"thresholds.sample_max_tables >= {len(plans)}",
                        f"{skipped} lower-risk tables were not sampled (cap {t.sample_max_tables})"))
        plans = plans[:t.sample_max_tables]
    partitions = [r for r in rels if r.is_partition and r.kind in _SAMPLE_KINDS]
    if not plans:
        return [], gaps
    say(f"sampling values of {len(plans)} tables in database {database}")
    workers = _Workers(dsn, t, database)
    try:
        conn = workers.conn()
        with conn.transaction(), conn.cursor() as cur:
            cur.execute(ACCESS_SQL, ([p.rel.oid for p in plans] + [r.oid for r in partitions],))
            access = {r[0]: _Access(r[1], frozenset(r[2] or ()), frozenset(r[3] or ()), r[4], r[5])
                      for r in cur.fetchall()}
        denied: list[str] = []
        failed: list[tuple[TablePlan, BaseException]] = []
        plans = _unreadable(plans, access, gaps)

        def one(plan: TablePlan) -> list[ColumnSample]:
            got = access.get(plan.rel.oid, _NO_ACCESS)
            readable, binary = got.readable, got.binary
            wanted = {c for c, _, _ in plan.columns}
            if not wanted & readable:
                denied.append(plan.rel.schema + "." + plan.rel.name)
                return []
            if wanted - readable:
                gaps.append(Gap(sample_gap_item(plan.rel),
                                f"SELECT on columns {', '.join(sorted(wanted - readable))} of "
                                f"{plan.rel.schema}.{plan.rel.name} (or {READ_ALL})",
                                "some candidate columns are not readable by the auditing role"))
            try:
                return _sample_table(workers.conn(), plan, readable, binary, t)
            except errors.InsufficientPrivilege as exc:    # RLS turned on (or FORCEd) since the preflight?
                if _rls_applies(workers, plan.rel.oid):
                    gaps.append(rls_gap(plan.rel))
                else:
                    failed.append((plan, exc))
                return []
            except Exception as exc:  # noqa: BLE001 - one table must not sink the audit; only the class is kept
                failed.append((plan, exc))
                return []

        with ThreadPoolExecutor(max_workers=max(1, t.sample_jobs)) as pool:
            results = list(pool.map(one, plans))
    finally:
        workers.close()
    samples = [s for part in results for s in part]
    for plan, exc in failed:
        if isinstance(exc, errors.InsufficientPrivilege):
            denied.append(plan.rel.schema + "." + plan.rel.name)
    gaps.extend(failure_gaps(database, len(plans), [(p.rel, e) for p, e in failed
                                                    if not isinstance(e, errors.InsufficientPrivilege)]))
    gaps.extend(denied_gaps(database, [p.rel for p in plans], sorted(denied)))
    samples.extend(_partition_copies(samples, partitions, access, {p.rel.oid: p.rel for p in plans}))
    return samples, gaps


@dataclass(frozen=True, slots=True)
class _Access:
    """What the preflight (ACCESS_SQL) found about one table, as the auditing role."""
    rls: bool                       # its policies would apply to the auditing role
    readable: frozenset[str]        # columns it may SELECT (virtual generated ones left out)
    binary: frozenset[str]          # bytea columns (or domains over bytea)
    root: int | None                # partition root's oid, for a partition
    foreign_leaf: bool              # a partitioned table with a foreign table among its leaves


_NO_ACCESS = _Access(False, frozenset(), frozenset(), None, False)


def _unreadable(plans: Sequence[TablePlan], access: dict[int, _Access], gaps: list[Gap]) -> list[TablePlan]:
    """Plans left to read; tables that only running someone else's code could read become gaps, in plan order."""
    keep = []
    for plan in plans:
        got = access.get(plan.rel.oid, _NO_ACCESS)
        if got.rls:
            gaps.append(rls_gap(plan.rel))
        elif got.foreign_leaf:
            gaps.append(Gap(sample_gap_item(plan.rel), FOREIGN_MISSING,
                            "values not sampled: a partition of this table is a foreign table"))
        else:
            keep.append(plan)
    return keep


def _rls_applies(workers: _Workers, oid: int) -> bool:
    """Whether a 42501 came from row-level security (row_security = off refuses instead of filtering)."""
    try:
        conn = workers.conn()
        with conn.transaction(), conn.cursor() as cur:
            cur.execute(RLS_SQL, (oid,))
            row = cur.fetchone()
    except (psycopg.Error, ConnectError):
        return False
    return bool(row and row[0])


def _partition_copies(samples: Sequence[ColumnSample], partitions: Sequence[Relation], access: dict[int, _Access],
                      roots: dict[int, Relation]) -> list[ColumnSample]:
    """A partition holds its root's kind of data: reuse the root's sample rather than reading it again."""
    by_root: dict[tuple[str, str], list[ColumnSample]] = {}
    for s in samples:
        by_root.setdefault((s.schema, s.table), []).append(s)
    out = []
    for part in partitions:
        root = roots.get(access.get(part.oid, _NO_ACCESS).root or -1)
        for s in by_root.get((root.schema, root.name), ()) if root else ():
            out.append(dataclasses.replace(s, schema=part.schema, table=part.name))
    return out


def sample(dsn: str | None, t: Thresholds, relations: Sequence[Relation], databases: Iterable[str],
           say: Callable[[str], None] = lambda _m: None) -> tuple[tuple[ColumnSample, ...], list[Gap]]:
    """Sample every collected database; a database that cannot be reached becomes a gap."""
    by_db: dict[str, list[Relation]] = {}
    for r in relations:
        by_db.setdefault(r.database, []).append(r)
    samples: list[ColumnSample] = []
    gaps: list[Gap] = []
    for db in databases:
        try:
            got, more = sample_database(dsn, t, db, by_db.get(db, ()), say)
        except Exception as exc:  # noqa: BLE001 - one database must not sink the audit; class and SQLSTATE kept
            phase = f"{'connecting to' if isinstance(exc, ConnectError) else 'sampling'} database {db}"
            missing, detail = why(exc, phase)
            gaps.append(Gap(database_gap_item(db), missing or f"CONNECT on database {db}", detail, is_fault(exc)))
            continue
        samples.extend(got)
        gaps.extend(more)
    return tuple(samples), gaps
