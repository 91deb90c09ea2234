"""Sampling benchmark: 10,000 tables x 20 columns with rows, audited with sampling on.

    python -m tests.corpus.bench_sampling [--tables 10000] [--rows 30] [--jobs 2] [--keep]

Builds a throwaway cluster (PG15 by default, max_locks_per_transaction left at 64), fills it, then times
collect() with sampling off and on, and evaluate() of the sensitive_data and passwords areas.
Prints one line per measurement; docs/classifier.md records a run.
"""
from __future__ import annotations

import argparse
import time

from auditor.lab.cluster import ThrowawayCluster, find_bindir
from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Thresholds

COLUMNS = """
  id int PRIMARY KEY, email text, first_name text, last_name text, phone text, notes text, status text,
  code text, amount numeric(10,2), created_at timestamptz, flag boolean, city text, ref text, qty int,
  password_hash text, contact text, description text, score int, updated_at timestamptz, tag text"""

FILL = """
INSERT INTO {t} SELECT g, 'user' || g || '@example.com', 'Ana', 'Garcia', '+34 612 345 ' || lpad(g::text, 3, '0'),
  'left at the door for customer number ' || g, (ARRAY['new','paid','sent'])[1 + g % 3], 'C' || g, g * 1.5, now(),
  g % 2 = 0, 'Madrid', 'R-' || g, g, md5(g::text), 'c' || g || '@example.org', 'a product description', g, now(), 't'
FROM generate_series(1, {rows}) g"""


def build(cluster: ThrowawayCluster, tables: int, rows: int) -> None:
    cluster.execute("CREATE DATABASE bench")
    with cluster.connect("bench") as conn:
        for start in range(0, tables, 500):
            with conn.transaction():
                for i in range(start, min(start + 500, tables)):
                    t = f"s{i % 10}.t{i}"
                    if i < 10:
                        conn.execute(f"CREATE SCHEMA s{i}")
                    conn.execute(f"CREATE TABLE {t} ({COLUMNS})")
                    conn.execute(FILL.format(t=t, rows=rows))
        conn.execute("VACUUM ANALYZE")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, default=10_000)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--max-tables", type=int, default=10_000)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    cluster = ThrowawayCluster(find_bindir(prefer=15), conf={"max_connections": 50}).start()
    try:
        t0 = time.perf_counter()
        build(cluster, args.tables, args.rows)
        print(f"build: {args.tables} tables x 20 columns x {args.rows} rows in {time.perf_counter() - t0:.1f} s")
        dsn = cluster.dsn("bench")
        off = Policy(sampling=False, select=("sensitive_data", "passwords"))
        t0 = time.perf_counter()
        snap = collect(dsn, off, databases=["bench"])
        print(f"collect, sampling off: {time.perf_counter() - t0:.2f} s")
        t0 = time.perf_counter()
        evaluate(snap, off)
        print(f"evaluate sensitive_data+passwords, name-only: {time.perf_counter() - t0:.2f} s")
        on = Policy(thresholds=Thresholds(sample_jobs=args.jobs, sample_max_tables=args.max_tables),
                    select=("sensitive_data", "passwords"))
        t0 = time.perf_counter()
        snap = collect(dsn, on, databases=["bench"])
        took = time.perf_counter() - t0
        tables = len({(s.schema, s.table) for s in snap.samples or ()})
        print(f"collect, sampling on ({args.jobs} jobs): {took:.2f} s, {tables} tables sampled, "
              f"{len(snap.samples or ())} column samples, gaps: {[g.item for g in snap.gaps]}")
        t0 = time.perf_counter()
        result = evaluate(snap, on)
        print(f"evaluate with samples: {time.perf_counter() - t0:.2f} s, "
              f"{sum(1 for f in result.findings if f.status == 'fail')} failing findings")
    finally:
        cluster.stop(keep=args.keep)


if __name__ == "__main__":
    main()
