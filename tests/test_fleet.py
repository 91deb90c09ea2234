"""Fleet audits on real clusters (PG15 + PG18) with one dead target, hostile names, baselines and evidence."""
from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from auditor.render.text import md_escape
from auditor.workflow.fleet import FleetError, parse_targets, safe_name
from tests.test_cli import assert_one_line_error, run

DEAD_SECRET = "Dead-Secret-42x"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def fleet_db(pg15):
    with pg15.fresh_database("fl") as db:
        db.execute("CREATE TABLE open_orders (id int); GRANT SELECT ON open_orders TO PUBLIC")
        yield db


@pytest.fixture(scope="module")
def dead() -> str:
    return f"host=127.0.0.1 port={_closed_port()} user=nobody password={DEAD_SECRET} connect_timeout=2"


def _fleet(tmp_path: Path, targets: str, *args: str, name="targets.txt"):
    tmp_path.mkdir(parents=True, exist_ok=True)
    f = tmp_path / name
    f.write_text(targets)
    out = tmp_path / "out"
    proc = run("audit", "--targets", str(f), "-o", str(out), "--select", "GRANT-001", "--no-sample", "-q", *args)
    summary = json.loads((out / "fleet.json").read_text()) if (out / "fleet.json").exists() else None
    return proc, out, summary


def test_one_dead_target_is_reported_and_the_others_are_audited(fleet_db, pg18, dead, tmp_path):
    text = f"# production\n{fleet_db.dsn()}\n\n{dead}\n   # staging\n{pg18.dsn()}\n"
    proc, out, summary = _fleet(tmp_path, text, "-j", "2")
    assert proc.returncode == 2, proc.stderr                       # a target could not be audited
    rows = summary["targets"]
    assert [r["status"] for r in rows] == ["audited", "error", "audited"]
    assert summary["totals"] == {"targets": 3, "audited": 2, "unreachable": 1, "gate_failed": 0}
    assert "Connection refused" in rows[1]["error"] and f"not audited: {rows[1]['error']}" in proc.stderr
    pg15_report = json.loads((out / rows[0]["name"] / "report.json").read_text())
    pg18_report = json.loads((out / rows[2]["name"] / "report.json").read_text())
    assert pg15_report["target"]["server_version"].startswith("15.")
    assert pg18_report["target"]["server_version"].startswith("18.")
    assert f"{fleet_db.name}.public.open_orders" in {f["object"] for f in pg15_report["findings"] if f["status"] == "fail"}
    assert rows[0]["failing"]["high"] >= 1 and rows[0]["score"] is not None
    assert not (out / rows[1]["name"]).exists()
    md = (out / "fleet.md").read_text()
    assert f"not audited: {md_escape(rows[1]['error'])}" in md and "connection to server" in rows[1]["error"]
    assert f"[{md_escape(rows[0]['name'])}]({rows[0]['name']}/)" in md
    for text_out in (proc.stdout, proc.stderr, md, (out / "fleet.json").read_text()):
        assert DEAD_SECRET not in text_out


def test_exit_code_is_the_worst_target(fleet_db, pg18, tmp_path):
    targets = f"{fleet_db.dsn()}\n{pg18.dsn()}\n"
    proc, _, summary = _fleet(tmp_path / "a", targets, "--fail-on", "high")
    assert proc.returncode == 1 and summary["totals"]["gate_failed"] == 1, proc.stderr
    assert "gate failed: " in proc.stderr
    proc, _, _ = _fleet(tmp_path / "b", targets, "--fail-on", "critical")
    assert proc.returncode == 0, proc.stderr


def test_toml_targets_with_hostile_and_duplicate_names_stay_inside_the_output(fleet_db, tmp_path):
    toml = (f'[[target]]\nname = "../../escape"\ndsn = "{fleet_db.dsn()}"\n'
            f'[[target]]\nname = "../../escape"\ndsn = "{fleet_db.dsn()}"\n'
            f'[[target]]\nname = "fleet.json"\ndsn = "{fleet_db.dsn()}"\n')
    proc, out, summary = _fleet(tmp_path, toml, name="fleet.toml")
    assert proc.returncode == 0, proc.stderr
    assert [r["name"] for r in summary["targets"]] == ["escape", "escape-2", "fleet.json_"]
    assert sorted(p.name for p in out.iterdir()) == ["escape", "escape-2", "fleet.json", "fleet.json_", "fleet.md"]
    assert not (tmp_path.parent / "escape").exists()


def test_fleet_baseline_and_evidence(fleet_db, tmp_path):
    keyfile = tmp_path / "k.key"
    assert run("keygen", str(keyfile)).returncode == 0
    targets = f"{fleet_db.dsn()}\n"
    proc, first, _ = _fleet(tmp_path / "q1", targets)
    assert proc.returncode == 0
    proc, _, summary = _fleet(tmp_path / "q2", targets, "--fail-on", "high", "--baseline", str(first),
                              "--evidence", str(tmp_path / "ev"), "--signing-key", str(keyfile))
    assert proc.returncode == 0, proc.stderr                       # nothing new since q1
    name = summary["targets"][0]["name"]
    assert summary["targets"][0]["baseline"] == str(first / name / "report.json")
    assert run("verify", str(tmp_path / "ev" / name), "--public-key", f"{keyfile}.pub").returncode == 0
    fleet_db.execute("CREATE TABLE new_leak (id int); GRANT SELECT ON new_leak TO PUBLIC")
    try:
        proc, _, _ = _fleet(tmp_path / "q3", targets, "--fail-on", "high", "--baseline", str(first))
        assert proc.returncode == 1 and "1 new failing finding(s)" in proc.stderr
    finally:
        fleet_db.execute("DROP TABLE new_leak")
    assert_one_line_error(run("audit", "--targets", str(tmp_path / "q1" / "targets.txt"), "--baseline",
                              str(first / name / "report.json")), "must be the output directory")


def test_targets_file_errors_name_file_and_line(tmp_path, fleet_db):
    f = tmp_path / "t.txt"
    f.write_text(f"# a\n{fleet_db.dsn()}\nhost=db port\n")
    with pytest.raises(FleetError, match=rf"^{f}:3: invalid connection string"):
        parse_targets(f)
    f.write_text("# nothing\n\n")
    with pytest.raises(FleetError, match="no targets"):
        parse_targets(f)
    t = tmp_path / "t.toml"
    t.write_text('[[target]]\nname = "a"\ndsn = "host=x"\n[[target]]\nname = "b"\nhost = "y"\n')
    with pytest.raises(FleetError, match=rf"^{t}:6: unknown key 'host' in target 2"):
        parse_targets(t)
    t.write_text('[[target]]\nname = "a"\n')
    with pytest.raises(FleetError, match=rf"^{t}:1: target 1 needs exactly one of dsn or service"):
        parse_targets(t)
    t.write_text('[[target]]\nservice = "prod-eu"\n[[target]]\ndsn = "postgresql://u:pw@db1:5433/shop"\n')
    assert [(x.name, x.dsn) for x in parse_targets(t)] == [("prod-eu", "service=prod-eu"),
                                                            ("db1_5433_shop", "postgresql://u:pw@db1:5433/shop")]
    assert "pw" not in parse_targets(t)[1].label
    assert_one_line_error(run("audit", "host=x", "--targets", str(t)), "either a DSN or --targets")
    assert_one_line_error(run("audit", "--targets", str(tmp_path / "missing.txt")), "cannot read targets file")


@pytest.mark.parametrize(("raw", "safe"), [("../../etc", "etc"), ("/abs/path", "abs_path"), ("..", "target"),
                                           (".hidden", "hidden"), ("a b\\c\nd", "a_b_c_d"), ("prod-eu.1", "prod-eu.1"),
                                           ("fleet.md", "fleet.md_"), ("ü" * 200, "target")])
def test_safe_name(raw, safe):
    assert safe_name(raw) == safe
