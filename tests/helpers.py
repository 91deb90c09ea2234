"""Helpers for check tests: run the real pipeline (collect + evaluate) and pick out what failed."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from psycopg import sql

from auditor.analysis.context import Context
from auditor.analysis.sensitivity import sensitive_columns
from auditor.collect.collector import collect
from auditor.engine.evaluate import AuditResult, evaluate
from auditor.model.policy import Policy


def audit(dsn: str, select: Sequence[str] = (), *, policy: Policy | None = None,
          databases: Sequence[str] | None = None) -> AuditResult:
    """collect + evaluate against a live cluster, optionally only some checks."""
    policy = policy or Policy(sampling=False)
    if select:
        policy = policy.replace(select=tuple(select))
    return evaluate(collect(dsn, policy, databases=databases), policy)


def failing_objects(result: AuditResult, check_id: str | None = None) -> set[str]:
    return {f.object for f in result.findings if f.status == "fail" and check_id in (None, f.check_id)}


def findings_of(result: AuditResult, check_id: str) -> list:
    return [f for f in result.findings if f.check_id == check_id]


def statuses(result: AuditResult, check_id: str) -> set[str]:
    return {f.status for f in findings_of(result, check_id)}


def missing_privileges(result: AuditResult, check_id: str) -> set[str]:
    return {f.missing for f in findings_of(result, check_id) if f.status == "not_assessable"}


def only(objs: Iterable[str], db: str) -> set[str]:
    """Objects inside one database (tests share a cluster; other databases are not theirs)."""
    return {o for o in objs if o.split(":", 1)[-1].startswith(db + ".")}


def classified(db: Any, sampling: bool) -> dict[str, str]:
    """`schema.table.column` -> category of every column the classifier finds sensitive in `db`."""
    snap = collect(db.dsn(), Policy(sampling=sampling), databases=[db.name])
    return {f"{c.schema}.{c.table}.{c.column}": c.category for c in sensitive_columns(Context(snap, Policy()))}


def sql_rows(fmt: Callable[[int], str], n: int = 24) -> str:
    """`fmt(1), fmt(2), ..., fmt(n)`: the rows of an INSERT's VALUES in a test's own seeding SQL."""
    return ", ".join(fmt(i) for i in range(1, n + 1))


def token_text(i: int, n: int, alphabet: str) -> str:
    """A token-shaped string of `n` characters of `alphabet`, the same for the same `i` (test data stays
    reproducible): the random-looking secrets a test's own seeding SQL stores."""
    return "".join(alphabet[(i * 7919 + k * 104729 + k * k) % len(alphabet)] for k in range(n))


def sql_text(value: str) -> str:
    """A string literal for a test's own seeding SQL (quotes doubled)."""
    return "'" + value.replace("'", "''") + "'"


@contextmanager
def analysed_database(cluster: Any, name: str, schema_sql: str) -> Iterator[Any]:
    """A fresh database holding `schema_sql`, analysed, so that row estimates steer sampling as in production."""
    with cluster.fresh_database(name) as db:
        db.execute(schema_sql)
        db.execute("ANALYZE")
        yield db


@dataclass(frozen=True)
class LoadedCorpus:
    tables: int
    columns: int
    foreign_keys: int
    rows: dict[tuple[str, str], int]      # (schema, table) -> rows that arrived


_IN_PART = ("JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) {}"
            " WHERE pg_catalog.starts_with(n.nspname, %s)")


def load_corpus(db: Any, tables: list[Any], prefix: str) -> LoadedCorpus:
    """Load a corpus part (tests/corpus) into `db` and count what arrived in its schemas (named `prefix`...)."""
    from tests.corpus.generate import load       # the corpus definitions load only for the tests that use them

    with db.connect() as conn:
        load(conn, tables)
        conn.commit()
    relations = _IN_PART.format("c.relnamespace") + " AND c.relkind OPERATOR(pg_catalog.=) 'r'"
    (n_tables,), = db.execute("SELECT pg_catalog.count(*) FROM pg_catalog.pg_class c " + relations, (prefix,))
    (n_columns,), = db.execute("SELECT pg_catalog.count(*) FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c "
                               "ON c.oid OPERATOR(pg_catalog.=) a.attrelid " + relations
                               + " AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped", (prefix,))
    (n_fks,), = db.execute("SELECT pg_catalog.count(*) FROM pg_catalog.pg_constraint c " + _IN_PART.format("c.connamespace")
                           + " AND c.contype OPERATOR(pg_catalog.=) 'f'", (prefix,))
    rows = {(t.schema, t.name): db.execute(sql.SQL("SELECT pg_catalog.count(*) FROM {}").format(
        sql.Identifier(t.schema, t.name)))[0][0] for t in tables}
    return LoadedCorpus(n_tables, n_columns, n_fks, rows)
