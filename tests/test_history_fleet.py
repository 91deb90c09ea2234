"""Fleets beyond one machine: 6 targets as 3 concurrent shard processes into one PostgreSQL history, one shard
killed mid-run and rerun, every target recorded exactly once; `history fleet`; the shipped K8s manifest validates."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from auditor.workflow.fleet import FleetError, parse_shard, parse_targets, shard_of
from tests.test_cli import run
from tests.test_history import pg_url

ROOT = Path(__file__).resolve().parent.parent
N_TARGETS = 6


@pytest.fixture(scope="module")
def fleet_cluster(make_cluster, pg15_bindir):
    """A cluster of our own holding only the fleet's databases, so each target's audit stays small."""
    cluster = make_cluster(bindir=pg15_bindir)
    for i in range(N_TARGETS):
        cluster.execute(f"CREATE DATABASE shard_db{i}")
        cluster.execute("CREATE TABLE t (id int); GRANT SELECT ON t TO PUBLIC", dbname=f"shard_db{i}")
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_history(pg18):
    with pg18.fresh_database("fleet_hist") as db:
        yield pg_url(pg18, db.name), db


def _shard(targets: Path, k: int, url: str, out: Path, run_id: str, *extra: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "auditor", "audit", "--targets", str(targets), "--shard", f"{k}/3", "--run-id", run_id,
           "--history", url, "-o", str(out / f"shard{k}"), "--select", "GRANT-001", "--no-sample", "-q", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(db, where: str = "TRUE") -> int:
    return db.execute(f"SELECT count(*) FROM pgcomply_runs WHERE {where}")[0][0]


def test_three_concurrent_shards_one_killed_and_rerun_record_each_target_once(fleet_cluster, pg_history, tmp_path):
    url, db = pg_history
    targets = tmp_path / "fleet.toml"
    targets.write_text("".join(f'[[target]]\nname = "db{i}"\ndsn = "{fleet_cluster.dsn(f"shard_db{i}")}"\n'
                               for i in range(N_TARGETS)))
    out = tmp_path / "out"
    rid = "quarterly-2026q4"
    # shard 2 goes one target at a time and is killed once it has started one (its row says "running")
    victim = _shard(targets, 2, url, out, rid, "-j", "1")
    others = [_shard(targets, k, url, out, rid) for k in (1, 3)]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _count(db, "shard = '2/3'"):
                break
        except psycopg.errors.UndefinedTable:
            pass                                             # not migrated yet
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    for p in others:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
    # the killed shard left a started run, never one marked complete without its results
    assert _count(db, "shard = '2/3' AND status = 'running'") >= 1
    assert _count(db, "status = 'complete' AND report_digest IS NULL") == 0
    complete_before = _count(db, "status = 'complete'")
    assert 4 <= complete_before < N_TARGETS

    rerun = _shard(targets, 2, url, out, rid)
    _, err = rerun.communicate(timeout=240)
    assert rerun.returncode == 0, err
    again = _shard(targets, 1, url, out, rid)                 # a shard that had finished: nothing recorded twice
    _, err = again.communicate(timeout=240)
    assert "already recorded in fleet run quarterly-2026q4, skipped" in err and again.returncode == 0

    rows = db.execute("SELECT target, status, count(*) OVER (PARTITION BY target) FROM pgcomply_runs ORDER BY target")
    assert [r[0] for r in rows] == [f"db{i}" for i in range(N_TARGETS)]
    assert {r[1] for r in rows} == {"complete"} and {r[2] for r in rows} == {1}
    assert db.execute("SELECT count(DISTINCT run_id) FROM pgcomply_run_findings")[0][0] == N_TARGETS

    proc = run("history", "fleet", "--history", url, "--targets", str(targets), "--format", "json")
    view = json.loads(proc.stdout)
    assert view["totals"]["covered"] == N_TARGETS and view["totals"]["unfinished_runs"] == 0
    assert proc.returncode == 0, proc.stderr


def test_history_fleet_shows_coverage_and_regressions(fleet_cluster, pg_history, tmp_path):
    url, _ = pg_history
    targets = tmp_path / "t.toml"
    targets.write_text(f'[[target]]\nname = "a"\ndsn = "{fleet_cluster.dsn("shard_db0")}"\n'
                       f'[[target]]\nname = "never"\ndsn = "{fleet_cluster.dsn("shard_db1")}"\n')
    one = tmp_path / "one.toml"
    one.write_text(targets.read_text().split("[[target]]\nname = \"never\"")[0])
    common = ("--history", url, "--select", "GRANT-001", "--no-sample", "-q")
    assert run("audit", "--targets", str(one), "-o", str(tmp_path / "1"), *common).returncode == 0
    fleet_cluster.execute("CREATE TABLE t2 (id int); GRANT SELECT ON t2 TO PUBLIC", dbname="shard_db0")
    try:
        assert run("audit", "--targets", str(one), "-o", str(tmp_path / "2"), *common).returncode == 0
    finally:
        fleet_cluster.execute("DROP TABLE t2", dbname="shard_db0")
    proc = run("history", "fleet", "--history", url, "--targets", str(targets), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    rows = {r["target"]: r for r in json.loads(proc.stdout)["targets"]}
    assert rows["a"]["regressed"] and rows["a"]["new_failing"] == 1 and rows["a"]["covered"]
    assert rows["never"]["last_audit"] is None and not rows["never"]["covered"]
    table = run("history", "fleet", "--history", url, "--targets", str(targets), "--since", "2999-01-01")
    assert "not covered" in table.stdout and table.returncode == 1


def test_shards_split_the_targets_deterministically(tmp_path, monkeypatch):
    f = tmp_path / "t.txt"
    f.write_text("".join(f"host=h{i} dbname=d\n" for i in range(7)))
    targets = parse_targets(f)
    parts = [shard_of(targets, (k, 3)) for k in (1, 2, 3)]
    assert sorted(t.name for p in parts for t in p) == sorted(t.name for t in targets)
    assert [len(p) for p in parts] == [3, 2, 2] and parts == [shard_of(targets, (k, 3)) for k in (1, 2, 3)]
    monkeypatch.setenv("JOB_COMPLETION_INDEX", "2")
    assert parse_shard("index/3") == (3, 3)
    for bad in ("0/3", "4/3", "x/3", "3", "1/0"):
        with pytest.raises(FleetError):
            parse_shard(bad)
    monkeypatch.delenv("JOB_COMPLETION_INDEX")
    with pytest.raises(FleetError, match="JOB_COMPLETION_INDEX"):
        parse_shard("index/3")


def test_kubernetes_example_validates():
    import kubernetes_validate
    import yaml

    docs = [d for d in yaml.safe_load_all((ROOT / "docs" / "examples" / "k8s" / "pgcomply-fleet.yaml").read_text()) if d]
    kinds = sorted(d["kind"] for d in docs)
    assert kinds == ["ConfigMap", "CronJob"]
    for doc in docs:
        kubernetes_validate.validate(doc, "1.33.0", strict=True)
    job = next(d for d in docs if d["kind"] == "CronJob")["spec"]["jobTemplate"]["spec"]
    assert job["completionMode"] == "Indexed" and job["completions"] == job["parallelism"]
    args = job["template"]["spec"]["containers"][0]["args"]
    assert args[args.index("--shard") + 1] == f"index/{job['completions']}"


def test_ci_matrix_example_names_every_shard():
    import yaml

    wf = yaml.safe_load((ROOT / "docs" / "examples" / "ci" / "github-actions-fleet.yml").read_text())
    job = wf["jobs"]["audit"]
    shards = job["strategy"]["matrix"]["shard"]
    run_step = next(s["run"] for s in job["steps"] if "pgcomply audit" in s.get("run", ""))
    assert shards == list(range(1, len(shards) + 1)) and f"/{len(shards)}" in run_step and "--run-id" in run_step
