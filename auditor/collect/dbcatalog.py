"""One database's catalog: the statements `collect` sends to each database, and the rows they return grouped per
relation into immutable model objects. Also the statement counter, which lets benchmarks and tests prove that the
count per database does not grow with the number of objects."""
from __future__ import annotations

import sys
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

import psycopg
from psycopg import IsolationLevel

from auditor.analysis.sql_secrets import trigger_secrets
from auditor.collect import catalog, texts
from auditor.collect.aside import read_aside
from auditor.collect.redact import masked_gucs, masked_options, masked_text
from auditor.model.snapshot import (CatalogAcl, Column, Constraint, DefaultAcl, EmbeddedSecret, Extension,
    ForeignServer, Function, Language, Relation, RlsPolicy, RowImageWriter, Schema, Trigger)

_POLICY_COMMANDS = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}


class Counter:
    """Counts statements per database, so benchmarks can prove the count does not grow with objects."""

    def __init__(self) -> None:
        self.per_db: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()   # sessions of one database may run on two threads (aside.py)

    def _count(self, conn: psycopg.Connection) -> None:
        with self._lock:
            self.per_db[conn.info.dbname] += 1

    def rows(self, conn: psycopg.Connection, query: Any, params: Any = None) -> list[tuple]:
        self._count(conn)
        with conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchall()

    def command(self, conn: psycopg.Connection, query: Any) -> None:
        """A statement that returns no rows (SET TRANSACTION SNAPSHOT)."""
        self._count(conn)
        conn.execute(query)

    def stream(self, conn: psycopg.Connection, query: Any) -> Iterator[tuple]:
        """Rows one at a time: the big catalogs (pg_attribute) never exist twice as Python tuples."""
        self._count(conn)
        with conn.cursor() as cur:
            yield from cur.stream(query, size=5000)   # one statement, fetched in chunks (libpq 17+ chunked mode)


def as_tuple(value: Any) -> tuple:
    return tuple(value) if value else ()


@dataclass
class DbCatalog:
    schemas: list[Schema] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    policies: list[RlsPolicy] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)
    extensions: list[Extension] = field(default_factory=list)
    languages: list[Language] = field(default_factory=list)
    default_acls: list[DefaultAcl] = field(default_factory=list)
    foreign_servers: list[ForeignServer] = field(default_factory=list)
    catalog_functions: list[Function] = field(default_factory=list)
    embedded_secrets: list[EmbeddedSecret] = field(default_factory=list)
    catalog_acls: list[CatalogAcl] = field(default_factory=list)
    row_image_writers: list[RowImageWriter] = field(default_factory=list)
    statement_state: list[tuple[str, BaseException | None]] = field(default_factory=list)   # at most one
    statement_secrets: list[EmbeddedSecret] = field(default_factory=list)

    def merge_into(self, other: DbCatalog) -> None:
        """pg_stat_statements is one view for the whole cluster: databases are read concurrently, so each one
        with the extension scans it, and only the first in database order is kept (the one a sequential read keeps)."""
        keep_statements = not other.statement_state
        for name in self.__dataclass_fields__:
            if name in ("statement_state", "statement_secrets") and not keep_statements:
                continue
            getattr(other, name).extend(getattr(self, name))


def _by_relid(rows: Iterable[tuple], build: Callable[[tuple], Any]) -> dict[int, list]:
    out: dict[int, list] = defaultdict(list)
    for r in rows:
        out[r[0]].append(build(r))
    return out


def _columns(rows: Iterable[tuple]) -> dict[int, tuple[Column, ...]]:
    """Columns per relation in attnum order (the statement leaves ordering to us: sorting 200,000 rows spills to
    disk on the server, sorting each relation's few columns here costs little). Identical columns (same name,
    position, type, comment, grants) become one shared immutable object, the way sys.intern shares strings: a
    schema-per-tenant cluster repeats the same tables thousands of times, and building a frozen dataclass costs
    more than fetching its row."""
    shared: dict[tuple, Column] = {}
    out: dict[int, list[Column]] = defaultdict(list)
    for r in rows:
        acl = r[6]
        key = (r[1], r[2], r[3], r[4], r[5], tuple(acl) if acl else None, r[7])
        col = shared.get(key)
        if col is None:
            col = shared[key] = Column(r[1], r[2], r[3], r[4], masked_text(r[5]), as_tuple(acl), r[7])
        out[r[0]].append(col)
    lists: dict[tuple[int, ...], tuple[Column, ...]] = {}     # identical lists share one tuple too: the
    # classifier memoises what it reads off a column list by the list's identity (classify/column_memo.py)
    return {relid: lists.setdefault(tuple(map(id, ordered)), ordered)
            for relid, cols in out.items() for ordered in [tuple(sorted(cols, key=_column_num))]}


def _constraints(rows: Iterable[tuple], cols: dict[int, tuple[Column, ...]]) -> dict[int, list[Constraint]]:
    """Constraints per relation, their key columns named from the relation's columns (attnums in conkey order)."""
    out: dict[int, list[Constraint]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(Constraint(r[1], r[2], _key_names(cols.get(r[0], ()), r[3]), r[4]))
    return out


def _key_names(cols: tuple[Column, ...], keys: Iterable[int]) -> tuple[str, ...]:
    """Names of the columns with these attnums. Columns are in attnum order, so attnum k is usually at k - 1
    (a dropped column leaves a gap: then it is searched for)."""
    names = []
    for k in keys:
        c = cols[k - 1] if 0 < k <= len(cols) else None
        if c is None or c.num != k:
            c = next((c for c in cols if c.num == k), None)
        if c is not None:
            names.append(c.name)
    return tuple(names)


def _column_num(c: Column) -> int:
    return c.num


def collect_database(conn: psycopg.Connection, q: Counter, into: DbCatalog, statements: bool | None = None,
                     side: Callable[[], psycopg.Connection] | None = None) -> None:
    """Read one database's catalog (schemas, tables+columns, policies, functions, ...) in fixed statements.
    statements: scan pg_stat_statements here if it is installed (True: the auditor may read others' text;
    None: leave it unread). side: makes a second session to this database, which then reads pg_attribute while
    this one reads the rest (aside.py); without it, everything is read here."""
    db = sys.intern(conn.info.dbname)
    conn.isolation_level = IsolationLevel.REPEATABLE_READ
    with conn.transaction():
        into.schemas.extend(Schema(db, r[0], r[1], as_tuple(r[2]), masked_text(r[3]), r[4]) for r in q.rows(conn, catalog.SCHEMAS))
        def read_columns(c: psycopg.Connection) -> dict[int, tuple[Column, ...]]:
            return _columns(q.stream(c, catalog.COLUMNS))
        # read on the second session meanwhile, or here once the rest is read (one snapshot either way)
        columns = read_aside(conn, q, side, read_columns) if side is not None else lambda: read_columns(conn)
        trig_secrets: dict[int, list[tuple[str, Any]]] = defaultdict(list)
        trig = _by_relid(q.rows(conn, catalog.TRIGGERS), lambda r: _trigger(r, trig_secrets))
        srcs = _by_relid(q.rows(conn, catalog.VIEW_SOURCES), lambda r: (r[1], tuple(a for a in r[2] or () if a > 0)))
        constraint_rows = q.rows(conn, catalog.CONSTRAINTS)
        relation_rows = q.rows(conn, catalog.RELATIONS)
        _read_objects(conn, q, db, into)
        text_secrets: list[EmbeddedSecret] = []     # kept after the triggers' own, in the order they always had
        texts.scan_sql_texts(conn, q, db, text_secrets, into.row_image_writers)
        into.catalog_acls.extend(CatalogAcl(db, r[0], r[1], r[2], r[3], as_tuple(r[4]), as_tuple(r[5]))
                                 for r in q.rows(conn, catalog.CATALOG_ACLS, {"names": list(catalog.SENSITIVE_CATALOGS)}))
        cols = columns()
        cons = _constraints(constraint_rows, cols)
        intern = sys.intern
        for r in relation_rows:
            oid = r[2]
            into.relations.append(Relation(
                db, intern(r[0]), r[1], oid, r[3], intern(r[4]), as_tuple(r[5]), r[6], r[7], r[8], masked_text(r[9]), r[10], r[11],
                r[12], cols.get(oid, ()), tuple(cons.get(oid, ())), tuple(trig.get(oid, ())), as_tuple(r[13]),
                tuple(o for o, _ in srcs.get(oid, ())), r[14], tuple(a for _, a in srcs.get(oid, ()))))
            into.embedded_secrets.extend(EmbeddedSecret(db, "trigger", r[0], r[1], name, u.called, u.argument, u.secret)
                                         for name, u in trig_secrets.get(oid, ()))
        del relation_rows, constraint_rows
        into.embedded_secrets.extend(text_secrets)
        if statements is not None:
            schema = next((e.schema for e in into.extensions if e.name == "pg_stat_statements"), None)
            if schema is not None:
                into.statement_state.append(texts.scan_statements(conn, q, db, schema, statements, into.statement_secrets))


def _read_objects(conn: psycopg.Connection, q: Counter, db: str, into: DbCatalog) -> None:
    """Policies, functions, extensions, languages, default privileges, foreign servers: none needs the columns,
    so they are read while pg_attribute is read aside."""
    intern = sys.intern
    into.policies.extend(
        RlsPolicy(db, r[0], r[1], r[2], r[3], _POLICY_COMMANDS.get(r[4], r[4]), as_tuple(r[5]), r[6], r[7])
        for r in q.rows(conn, catalog.POLICIES))
    into.functions.extend(
        Function(db, intern(r[0]), r[1], r[2], r[3], r[4], intern(r[5]), r[6], r[7], r[8], r[9],
                 masked_gucs(as_tuple(r[10])), as_tuple(r[11]), r[12])
        for r in q.rows(conn, catalog.FUNCTIONS))
    into.extensions.extend(Extension(db, *r) for r in q.rows(conn, catalog.EXTENSIONS))
    into.languages.extend(Language(db, r[0], r[1], r[2], r[3], as_tuple(r[4])) for r in q.rows(conn, catalog.LANGUAGES))
    into.default_acls.extend(DefaultAcl(db, r[0], r[1], r[2], as_tuple(r[3])) for r in q.rows(conn, catalog.DEFAULT_ACLS))
    into.foreign_servers.extend(ForeignServer(db, r[0], r[1], r[2], as_tuple(r[3]), masked_options(r[4] or ()), as_tuple(r[5]))
                                for r in q.rows(conn, catalog.FOREIGN_SERVERS))
    into.catalog_functions.extend(
        Function(db, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], as_tuple(r[10]), as_tuple(r[11]), r[12])
        for r in q.rows(conn, catalog.CATALOG_FUNCTIONS, {"names": list(catalog.FILE_ACCESS_FUNCTIONS)}))


def _trigger(r: tuple, secrets: dict[int, list[tuple[str, Any]]]) -> Trigger:
    """A trigger whose arguments hold a key or password keeps its definition with those arguments withheld."""
    uses, withheld = trigger_secrets(r[4])
    secrets[r[0]].extend((r[1], u) for u in uses)
    return Trigger(r[1], r[2], r[3], withheld if withheld is not None else r[4])
