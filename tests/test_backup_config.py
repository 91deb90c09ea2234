"""BAK-003 on the database host: pgBackRest's and WAL-G's configuration decide pass or fail (PG15 and PG18); the
cipher pass and key never reach the snapshot or a finding. Remotely the result stays not_assessable."""
from __future__ import annotations

import dataclasses
import json

import pytest

from auditor.collect.backup_config import proven_local
from auditor.collect.collector import collect
from auditor.collect.serialize import snapshot_to_dict
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy

from .helpers import findings_of

PASS = "CipherPass6301x"
KEY = "SodiumKey6302x"
POLICY = Policy(sampling=False, select=("BAK-003",))


@pytest.fixture(scope="module", params=["15", "18"])
def bak(request, make_cluster):
    c = make_cluster(bindir=request.getfixturevalue(f"pg{request.param}_bindir"),
                     conf={"archive_mode": "on", "archive_command": "/bin/true"})
    yield c
    c.stop()


def _bak003(cluster):
    snap = collect(cluster.dsn(), POLICY, databases=["postgres"])
    text = json.dumps(snapshot_to_dict(snap))
    assert PASS not in text and KEY not in text
    [f] = findings_of(evaluate(snap, POLICY), "BAK-003")
    assert PASS not in json.dumps(f.evidence) + f.message + (f.fix_sql or "")
    return snap, f


def test_bak_003_pgbackrest_configuration_on_the_host(bak, tmp_path):
    cfg = tmp_path / "pgbackrest.conf"
    cfg.write_text(f"[global]\nrepo1-path=/var/lib/pgbackrest\nrepo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass={PASS}\n"
                   "[main]\npg1-path=/srv/pg\n")
    bak.set_conf({"archive_command": f"pgbackrest --config={cfg} --stanza=main archive-push %p"})
    snap, f = _bak003(bak)
    assert (f.status, f.object, f.evidence["settings"]) == ("pass", "setting:archive_command", ["repo1=aes-256-cbc"])
    assert snap.backup_config.source == str(cfg)
    cfg.write_text(cfg.read_text() + "repo2-type=s3\nrepo2-s3-bucket=offsite\n")
    _, f = _bak003(bak)
    assert (f.status, f.severity, f.evidence["unencrypted"]) == ("fail", "high", ["repo2"])
    assert "repo2-cipher-type=aes-256-cbc" in f.fix_sql


def test_bak_003_walg_envdir_on_the_host(bak, tmp_path):
    env = tmp_path / "walg-env"
    env.mkdir()
    (env / "WALG_S3_PREFIX").write_text("s3://bucket/wal")
    bak.set_conf({"archive_command": f"envdir {env} wal-g wal-push %p"})
    _, f = _bak003(bak)
    assert (f.status, f.evidence.get("unencrypted")) == ("fail", ["default"]), f.message
    (env / "WALG_LIBSODIUM_KEY").write_text(KEY)
    _, f = _bak003(bak)
    assert (f.status, f.evidence["settings"]) == ("pass", ["WALG_LIBSODIUM_KEY"])


def test_bak_003_stays_not_assessable_remotely(bak):
    bak.set_conf({"archive_command": "pgbackrest --stanza=main archive-push %p"})
    snap = collect(bak.dsn(), POLICY, databases=["postgres"])
    remote = dataclasses.replace(snap.target, transport="tcp", host="db.example.internal")
    assert proven_local(remote, snap.settings, None, None) == (
        False, "the audit reached the server over the network (db.example.internal)")
    far = dataclasses.replace(snap, backup_config=None, target=remote)
    [f] = findings_of(evaluate(far, POLICY), "BAK-003")
    assert f.status == "not_assessable" and "encryption not provable remotely" in f.message
