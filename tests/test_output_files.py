"""Output files: checked before connecting, written 0600 through a temporary file and a rename, never through a
symlink, in directories pgcomply creates 0700.

These tests run as root here, and root ignores permission bits: a 0500 directory is still writable by root.
So an unwritable directory is made in ways root cannot bypass: a path under a regular file (ENOTDIR), a
regular file given as the directory, and, where `chattr +i` works (it does in this sandbox), an immutable
directory. As a normal user a 0500 directory is used as well. A read-only bind mount is not available here.
"""
from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from auditor import outputs
from auditor.render import ALL_FILES
from tests.test_cli import _closed_port, assert_one_line_error, run

DEAD = f"host=127.0.0.1 port={_closed_port()} user=x connect_timeout=3"   # nothing listens: a connection would fail


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _writable(d: Path) -> bool:
    try:
        (d / ".probe").write_text("x")
    except OSError:
        return False
    (d / ".probe").unlink()
    return True


@pytest.fixture
def unwritable_dir(tmp_path):
    """An existing directory nobody (root included) can create files in, or a skip saying why not."""
    d = tmp_path / "locked"
    d.mkdir()
    immutable = False
    if os.geteuid() != 0:
        d.chmod(0o500)
    elif shutil.which("chattr") and subprocess.run(["chattr", "+i", str(d)], capture_output=True).returncode == 0:
        immutable = True
    if _writable(d):
        pytest.skip("cannot make a directory unwritable for this user here (root without chattr +i)")
    yield d
    if immutable:
        subprocess.run(["chattr", "-i", str(d)], check=True)
    d.chmod(0o700)


@pytest.fixture(scope="module")
def cluster(make_cluster):
    c = make_cluster()
    yield c
    c.stop()


@pytest.fixture
def report_json(cluster, tmp_path):
    proc = run("audit", cluster.dsn(), "--no-sample", "--select", "ssl,GRANT-001", "-q", "-o", str(tmp_path / "src"))
    assert proc.returncode == 0, proc.stderr
    return tmp_path / "src" / "report.json"


# -- checked before connecting ----------------------------------------------------------------------------

def test_output_dir_under_a_regular_file_fails_before_connecting(tmp_path):
    (plain := tmp_path / "plain").write_text("a file, not a directory")
    proc = run("audit", DEAD, "-o", str(plain / "reports"))
    assert_one_line_error(proc, f"output directory {plain / 'reports'} cannot be created: {plain} is not a directory")
    assert "Connection refused" not in proc.stderr                    # the check came first
    assert_one_line_error(run("audit", DEAD, "-o", str(plain)), f"output directory {plain} is not a directory")
    assert_one_line_error(run("collect", DEAD, "-o", str(plain / "snap.json")),
                          f"cannot write snapshot file {plain / 'snap.json'}: directory {plain} is not a directory")
    assert_one_line_error(run("collect", DEAD, "-o", str(tmp_path)), f"snapshot file {tmp_path} is a directory")
    assert_one_line_error(run("audit", DEAD, "-o", str(tmp_path / "ok"), "--evidence", str(plain / "ev"),
                              "--signing-key", str(tmp_path / "no.key")),
                          f"evidence directory {plain / 'ev'} cannot be created: {plain} is not a directory")
    assert not (tmp_path / "ok").exists()                             # nothing was created by the check
    (targets := tmp_path / "targets.txt").write_text(DEAD + "\n")
    assert_one_line_error(run("audit", "--targets", str(targets), "-o", str(plain / "fleet")),
                          f"output directory {plain / 'fleet'} cannot be created")


def test_unwritable_output_dir_fails_before_connecting(unwritable_dir, tmp_path):
    d = unwritable_dir
    proc = run("audit", DEAD, "-o", str(d))
    assert_one_line_error(proc, f"output directory {d} is not writable: ")
    assert "Connection refused" not in proc.stderr
    assert_one_line_error(run("audit", DEAD, "-o", str(d / "new" / "deeper")),
                          f"output directory {d / 'new' / 'deeper'} cannot be created: {d} is not writable")
    assert_one_line_error(run("collect", DEAD, "-o", str(d / "snap.json")),
                          f"cannot write snapshot file {d / 'snap.json'}: directory {d} is not writable")
    assert_one_line_error(run("audit", DEAD, "-o", str(tmp_path / "ok"), "--evidence", str(d / "ev"),
                              "--signing-key", str(tmp_path / "no.key")), f"evidence directory {d / 'ev'} cannot be created")
    assert list(d.iterdir()) == []                                     # no probe file left behind


def test_unwritable_offline_destinations_are_one_line_errors(unwritable_dir, report_json):
    d = unwritable_dir
    assert_one_line_error(run("fix-sql", str(report_json), "-o", str(d / "fix.sql")),
                          f"cannot write output file {d / 'fix.sql'}: directory {d} is not writable")
    assert_one_line_error(run("diff", str(report_json), str(report_json), "--format", "md", "-o", str(d / "d.md")),
                          f"cannot write output file {d / 'd.md'}")
    assert_one_line_error(run("render", str(report_json), "-o", str(d), "--format", "md"),
                          f"output directory {d} is not writable")


# -- symlinks are replaced, never followed ----------------------------------------------------------------

def test_symlinks_planted_at_every_report_name_are_replaced_not_followed(cluster, tmp_path):
    out, outside = tmp_path / "reports", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    for name in ALL_FILES:
        (outside / name).write_text(f"precious {name}\n")
        (out / name).symlink_to(outside / name)
    (out / "dangling.json").symlink_to(outside / "created-through-a-link")
    proc = run("audit", cluster.dsn(), "--no-sample", "--select", "ssl", "-q", "--format", "all", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    for name in ALL_FILES:
        assert (outside / name).read_text() == f"precious {name}\n", name      # the link target is untouched
        assert not (out / name).is_symlink() and (out / name).is_file(), name
        assert _mode(out / name) == 0o600, name
    assert json.loads((out / "report.json").read_text())["kind"] == "pgcomply-report"
    assert sorted(p.name for p in outside.iterdir()) == sorted(ALL_FILES)
    assert sorted(p.name for p in out.iterdir()) == sorted([*ALL_FILES, "dangling.json"])   # no temp files


def test_snapshot_fix_sql_diff_and_fleet_outputs_replace_symlinks(cluster, report_json, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("precious\n")
    links = {n: tmp_path / n for n in ("snap.json", "fix.sql", "diff.html")}
    for link in links.values():
        link.symlink_to(outside)
    assert run("collect", cluster.dsn(), "--no-sample", "--database", "postgres", "-o", str(links["snap.json"])).returncode == 0
    assert run("fix-sql", str(report_json), "-o", str(links["fix.sql"])).returncode == 0
    assert run("diff", str(report_json), str(report_json), "--format", "html", "-o", str(links["diff.html"])).returncode == 0
    fleet = tmp_path / "fleet"
    fleet.mkdir()
    (fleet / "fleet.json").symlink_to(outside)
    (targets := tmp_path / "targets.txt").write_text(cluster.dsn() + "\n")
    proc = run("audit", "--targets", str(targets), "--no-sample", "--select", "ssl", "-q", "-o", str(fleet))
    assert proc.returncode == 0, proc.stderr
    assert outside.read_text() == "precious\n"
    for path in (*links.values(), fleet / "fleet.json", fleet / "fleet.md"):
        assert path.is_file() and not path.is_symlink() and _mode(path) == 0o600, path
    assert json.loads(links["snap.json"].read_text())["kind"] == "pgcomply-snapshot"
    assert json.loads((fleet / "fleet.json").read_text())["kind"] == "pgcomply-fleet"
    target_dir = next(p for p in fleet.iterdir() if p.is_dir())
    assert _mode(target_dir) == 0o700 and _mode(target_dir / "report.json") == 0o600


def test_write_file_replaces_links_and_hard_links_and_leaves_no_temp_file(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (victim := outside / "victim").write_text("precious")
    d = tmp_path / "d"
    d.mkdir()
    (d / "hard").hardlink_to(victim)
    (d / "to-dir").symlink_to(outside)
    outputs.write_file(d / "hard", "new")
    outputs.write_file(d / "to-dir", b"new")
    assert victim.read_text() == "precious" and sorted(p.name for p in outside.iterdir()) == ["victim"]
    assert (d / "hard").read_text() == "new" and (d / "to-dir").read_bytes() == b"new"
    assert not (d / "to-dir").is_symlink() and victim.stat().st_nlink == 1
    (d / "sub").mkdir()
    with pytest.raises(outputs.OutputError, match=f"^cannot write {d / 'sub'}: Is a directory$"):
        outputs.write_file(d / "sub", "x")
    assert sorted(p.name for p in d.iterdir()) == ["hard", "sub", "to-dir"]          # the temp file is gone


# -- modes ------------------------------------------------------------------------------------------------

def test_files_are_0600_and_created_dirs_0700_even_with_umask_0(cluster, tmp_path):
    existing = tmp_path / "shared"
    existing.mkdir()
    existing.chmod(0o755)
    out = existing / "a" / "b"
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", cluster.dsn(), "--no-sample", "--select", "ssl",
                           "-q", "--format", "json,md,sarif", "-o", str(out)], capture_output=True, text=True,
                          timeout=120, umask=0)
    assert proc.returncode == 0, proc.stderr
    assert _mode(existing) == 0o755                                   # an existing directory keeps its mode
    assert _mode(existing / "a") == 0o700 and _mode(out) == 0o700
    assert {p.name: _mode(p) for p in out.iterdir()} == {"report.json": 0o600, "report.md": 0o600, "report.sarif": 0o600}
    snap = existing / "snaps" / "s.json"
    proc = subprocess.run([sys.executable, "-m", "auditor", "collect", cluster.dsn(), "--no-sample", "--database",
                           "postgres", "-o", str(snap)], capture_output=True, text=True, timeout=120, umask=0)
    assert proc.returncode == 0, proc.stderr
    assert _mode(snap.parent) == 0o700 and _mode(snap) == 0o600


def test_bundle_files_are_0600_in_a_0700_directory(cluster, tmp_path):
    assert run("keygen", str(tmp_path / "k.key")).returncode == 0
    assert _mode(tmp_path / "k.key") == 0o600
    ev = tmp_path / "evidence" / "q4"
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", cluster.dsn(), "--no-sample", "--select", "ssl",
                           "-q", "-o", str(tmp_path / "r"), "--evidence", str(ev), "--signing-key",
                           str(tmp_path / "k.key")], capture_output=True, text=True, timeout=300, umask=0)
    assert proc.returncode == 0, proc.stderr
    assert _mode(ev.parent) == 0o700 and _mode(ev) == 0o700
    modes = {p.name: _mode(p) for p in ev.iterdir()}
    assert modes == {name: 0o600 for name in ("manifest.json", "manifest.sig", "snapshot.json", *ALL_FILES)}
    assert run("verify", str(ev), "--public-key", str(tmp_path / "k.key.pub")).returncode == 0


def test_a_streamed_write_that_fails_leaves_no_file(tmp_path):
    """Reports are streamed chunk by chunk; when the producer fails half-way, neither the report nor a
    temporary file is left behind."""
    from auditor.outputs import write_file

    def chunks():
        yield '{"findings": [\n'
        raise RuntimeError("renderer broke")

    with pytest.raises(RuntimeError):
        write_file(tmp_path / "report.json", chunks())
    assert list(tmp_path.iterdir()) == []
    write_file(tmp_path / "report.json", iter(["{", "}\n"]))
    assert (tmp_path / "report.json").read_text() == "{}\n"
