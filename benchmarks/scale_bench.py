"""Scale benchmark: how pgcomply's metadata audit compares with the raw catalog fetch on a big cluster.

    python benchmarks/scale_bench.py                 # 10,000 tables x 20 columns, 2,000 roles, 26,000 grants, ...
    python benchmarks/scale_bench.py --tables 2000   # smaller, for a quick look
    python benchmarks/scale_bench.py --databases 53 --tables 530   # 53 small databases (the pgdsat comparison)
    python benchmarks/scale_bench.py --adversarial   # every table a tenant table with personal data
    python benchmarks/scale_bench.py --growth        # 1k, 10k and 50k tables: does cost grow linearly?
    python benchmarks/scale_bench.py --sample        # also time the value-sampling stage

It starts a throwaway cluster (system PostgreSQL), generates the objects, then measures in the same run:
  raw     the minimal raw catalog fetch (benchmarks/raw_fetch.py): psql -At, one SELECT per catalog the audit
          reads, only the columns it reads, output discarded: the physical limit
  python  the same statements from a fresh Python process with psycopg: the floor for any Python auditor
  audit   `pgcomply audit --no-sample --format json` wall time, peak RSS, statements sent per database
and prints a table. Figures go in the README. Not a test: timings depend on the machine.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from auditor.lab.cluster import ThrowawayCluster, find_bindir  # noqa: E402
from raw_fetch import installed_env, psql_fetch, python_fetch  # noqa: E402



def table_columns(t: int, columns: int, adversarial: bool = False) -> str:
    """A realistic mix: every table has an id, 30% a tenant_id, 10% personal data (email, names, phone),
    the rest generic columns. `adversarial`: every table is a tenant table with personal data."""
    cols = ["id int PRIMARY KEY"]
    if adversarial or t % 10 in (0, 3, 6):
        cols.append("tenant_id int")
    if adversarial or t % 10 == 0:
        cols += ["email text", "first_name text", "phone text"]
    cols += [f"c{c} {'text' if c % 3 else 'int'}" for c in range(1, columns - len(cols) + 1)]
    return ", ".join(cols)



def generate(cluster: ThrowawayCluster, db: str, tables: int, columns: int, roles: int, grants: int,
             policies: int, functions: int, create_roles: bool, adversarial: bool = False) -> None:
    """Objects in batches of short transactions (one long one would run out of lock slots)."""
    with cluster.connect(db) as conn:
        if create_roles:
            stmts = [f"CREATE ROLE bench_group_{g} NOLOGIN" for g in range(roles // 10)]
            stmts += [f"CREATE ROLE bench_user_{u} LOGIN IN ROLE bench_group_{u % (roles // 10)}" for u in range(roles - roles // 10)]
            stmts += [f"GRANT bench_group_{g} TO bench_group_{g + 1}" for g in range(0, roles // 10 - 1, 3)]  # nesting
            for i in range(0, len(stmts), 500):
                with conn.transaction():
                    conn.execute(";".join(stmts[i:i + 500]))
        ddl = [f"CREATE TABLE s{t % 10}.t{t:05d} ({table_columns(t, columns, adversarial)})" for t in range(tables)]
        with conn.transaction():
            conn.execute(";".join(f"CREATE SCHEMA IF NOT EXISTS s{s}" for s in range(10)))
        for i in range(0, len(ddl), 250):
            with conn.transaction():
                conn.execute(";".join(ddl[i:i + 250]))
        group_count = max(1, roles // 10)
        gr = [f"GRANT SELECT ON s{t % 10}.t{t % tables:05d} TO bench_group_{t % group_count}" for t in range(grants)]
        for i in range(0, len(gr), 500):
            with conn.transaction():
                conn.execute(";".join(gr[i:i + 500]))
        pol = []
        for p in range(policies):
            t = (p * 10) % tables   # a tenant table (t % 10 == 0)
            pol.append(f"ALTER TABLE s{t % 10}.t{t:05d} ENABLE ROW LEVEL SECURITY")
            pol.append(f"CREATE POLICY p{p} ON s{t % 10}.t{t:05d} USING (tenant_id = current_setting('app.tenant', true)::int)")
        for i in range(0, len(pol), 500):
            with conn.transaction():
                conn.execute(";".join(pol[i:i + 500]))
        fn = [f"CREATE FUNCTION s{f % 10}.f{f:04d}(a int) RETURNS int LANGUAGE sql "
              f"{'SECURITY DEFINER' if f % 10 == 0 else ''} AS 'SELECT a + {f}'" for f in range(functions)]
        for i in range(0, len(fn), 500):
            with conn.transaction():
                conn.execute(";".join(fn[i:i + 500]))
        conn.execute("ANALYZE")


def raw_fetch(cluster: ThrowawayCluster, dbs: list[str]) -> float:
    """The minimal raw catalog fetch over every database (see benchmarks/raw_fetch.py)."""
    psql = str(cluster.bindir / "psql") if (cluster.bindir / "psql").exists() else "psql"
    return psql_fetch(psql, "127.0.0.1", cluster.port, cluster.superuser, cluster.password or "", dbs)


def _timed(args: list[str]) -> tuple[float, float, int]:
    """Wall time, peak RSS (MB) and exit status of one child process (os.wait4 gives that child's own rusage)."""
    # Each audit records into a new, empty history of its own (what a first audit does by default): the user's
    # history ($XDG_DATA_HOME/pgcomply) must not fill with benchmark runs, nor its size weigh on the figures.
    with tempfile.TemporaryDirectory(prefix="pgcomply-bench-xdg-") as xdg:
        env = {k: v for k, v in installed_env().items() if k != "PGCOMPLY_HISTORY"} | {"XDG_DATA_HOME": xdg}
        return _timed_in(args, env)


def _timed_in(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"pgcomply failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return wall, usage.ru_maxrss / 1024, proc.returncode


def run_pgcomply(cluster: ThrowawayCluster, out: Path, sample: bool) -> tuple[float, float, dict]:
    args = [sys.executable, "-m", "auditor", "audit", cluster.dsn("postgres"), "-o", str(out), "--format", "json", "-q"]
    if not sample:
        args.append("--no-sample")
    wall, rss_mb, _ = _timed(args)
    collect = [sys.executable, "-m", "auditor", "collect", cluster.dsn("postgres"), "-o", str(out / "snap.json"), "--no-sample"]
    subprocess.run(collect, cwd=ROOT, check=True, capture_output=True)
    queries = dict(json.loads((out / "snap.json").read_text())["queries"])
    return wall, rss_mb, queries


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tables", type=int, default=10_000)
    ap.add_argument("--columns", type=int, default=20)
    ap.add_argument("--roles", type=int, default=2_000)
    ap.add_argument("--grants", type=int, default=26_000)
    ap.add_argument("--policies", type=int, default=520)
    ap.add_argument("--functions", type=int, default=1_000)
    ap.add_argument("--databases", type=int, default=1)
    ap.add_argument("--sample", action="store_true", help="also run the audit with value sampling")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is reported")
    ap.add_argument("--adversarial", action="store_true",
                    help="every table has tenant_id and personal data (tens of thousands of failing findings)")
    ap.add_argument("--growth", action="store_true",
                    help="1,000, 10,000 and 50,000 tables, every other count scaled with them: cost per object")
    a = ap.parse_args()
    if not a.growth:
        rows, queries = measure(a, 1.0)
        print(f"\n{'measurement':32} {'wall':>9} {'peak RSS':>9} {'ratio':>9}")
        for r in rows:
            print(f"{r[0]:32} {r[1]:>9} {r[2]:>9} {r[3]:>9}")
        print(f"\nstatements per database: {queries}")
        return
    growth = []
    for tables in (1_000, 10_000, 50_000):
        rows, _ = measure(a, tables / a.tables)
        growth.append((tables, rows[0][1], rows[-1][1], rows[-1][2], rows[-1][3]))
    print(f"\n{'tables':>8} {'raw fetch':>10} {'audit':>9} {'peak RSS':>9} {'ratio':>9}")
    for g in growth:
        print(f"{g[0]:>8} {g[1]:>10} {g[2]:>9} {g[3]:>9} {g[4]:>9}")


def measure(a: argparse.Namespace, scale: float) -> tuple[list[tuple[str, str, str, str]], dict]:
    """Build one cluster (every count times `scale`), measure raw fetch, Python floor and the audit in one run."""
    n = {k: max(1, round(getattr(a, k) * scale)) for k in ("tables", "roles", "grants", "policies", "functions")}
    n["roles"] = max(10, n["roles"])
    cluster = ThrowawayCluster(find_bindir(), conf={"max_locks_per_transaction": 256}).start()
    try:
        t0 = time.perf_counter()
        dbs = ["postgres"] + [f"bench{d}" for d in range(1, a.databases)]
        for d in dbs[1:]:
            cluster.execute(f"CREATE DATABASE {d}")
        per_db = n["tables"] // len(dbs)
        for i, db in enumerate(dbs):
            generate(cluster, db, per_db, a.columns, n["roles"], n["grants"] // len(dbs), n["policies"] // len(dbs),
                     n["functions"] // len(dbs), create_roles=(i == 0), adversarial=a.adversarial)
        print(f"generated {'adversarial ' if a.adversarial else ''}{n['tables']} tables x {a.columns} columns in "
              f"{len(dbs)} database(s), {n['roles']} roles, {n['grants']} grants, {n['policies']} policies, "
              f"{n['functions']} functions in {time.perf_counter() - t0:.0f} s", flush=True)
        raw = min(raw_fetch(cluster, dbs) for _ in range(a.repeat))
        floor = min(python_fetch([cluster.dsn(d) for d in dbs]) for _ in range(a.repeat))
        with tempfile.TemporaryDirectory() as tmp:
            runs = [run_pgcomply(cluster, Path(tmp), sample=False) for _ in range(a.repeat)]
            wall = min(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            rows = [("minimal raw fetch (psql)", f"{raw:.2f} s", "", ""),
                    ("same rows, Python + psycopg", f"{floor:.2f} s", "", f"{floor / raw:.1f}x raw")]
            if a.sample:
                swall, srss, _ = run_pgcomply(cluster, Path(tmp), sample=True)
                rows.append(("pgcomply audit (sampling)", f"{swall:.2f} s", f"{srss:.0f} MB", ""))
            rows.append(("pgcomply audit --no-sample", f"{wall:.2f} s", f"{rss:.0f} MB", f"{wall / raw:.1f}x raw"))
            return rows, runs[0][2]
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
