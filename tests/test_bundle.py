"""Evidence bundles from a real audit: complete, signed, free of secrets, and loud about any changed byte."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from auditor.workflow import bundle
from auditor.render import ALL_FILES
from tests.test_cli import assert_one_line_error, run

PASSWORD = "Bundle-Pa55word!x"
RAW_VALUES = ("maria.example.private@example.org", "4111111111111111", "ES9121000418450200051332")
# secrets that settings, hba lines and role settings can hold
SETTING_SECRETS = ("ReplSecret-99x", "PassPhrase-77x", "LdapSecret-55x", "JwtSecret-33x")


@pytest.fixture(scope="module")
def cluster(make_cluster):
    c = make_cluster(hba=f'host all all 10.0.0.0/8 ldap ldapserver=ldap.example ldapbasedn="dc=example" '
                         f'ldapbinddn="cn=svc" ldapbindpasswd="{SETTING_SECRETS[2]}" ldapsearchattribute=uid\n'
                         "host all all 127.0.0.1/32 scram-sha-256\n", password=PASSWORD)
    c.execute("CREATE TABLE customers (id int, email text, card_number text, iban text)")
    c.execute("INSERT INTO customers SELECT i, %s, %s, %s FROM generate_series(1, 50) i", params=RAW_VALUES)
    c.execute("GRANT SELECT ON customers TO PUBLIC")
    c.execute(f"ALTER SYSTEM SET primary_conninfo = 'host=primary.internal user=repl password={SETTING_SECRETS[0]}'")
    c.execute(f"ALTER SYSTEM SET ssl_passphrase_command = 'echo {SETTING_SECRETS[1]}'")
    c.execute(f"CREATE ROLE authenticator LOGIN; ALTER ROLE authenticator SET pgrst.jwt_secret = '{SETTING_SECRETS[3]}'")
    c.reload()
    yield c
    c.stop()


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    proc = run("keygen", str(d / "signing.key"))
    assert proc.returncode == 0, proc.stderr
    other = bundle.generate_key(d / "other.key")
    return d / "signing.key", d / "signing.key.pub", proc.stdout, other


@pytest.fixture(scope="module")
def evidence(cluster, keys, tmp_path_factory):
    d = tmp_path_factory.mktemp("evidence")
    policy = d / "pgcomply.toml"
    policy.write_text('fail_on = "critical"\n[thresholds]\nsample_rows = 50\n')
    proc = run("audit", cluster.dsn(), "--policy", str(policy), "-o", str(d / "reports"), "-q",
               "--evidence", str(d / "bundle"), "--signing-key", str(keys[0]))
    # the plaintext card numbers are a critical finding: the gate fails, and the bundle is written all the same
    assert proc.returncode == 1 and "at or above critical" in proc.stderr, proc.stderr
    return d / "bundle"


def test_keygen_writes_a_private_key_only_its_owner_can_read(keys, tmp_path):
    private, public, stdout, _ = keys
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    assert public.read_text().startswith("-----BEGIN PUBLIC KEY-----")
    assert bundle.fingerprint(bundle.load_public_key(public)) in stdout
    assert_one_line_error(run("keygen", str(private)), "exists", "--force")


def test_the_bundle_holds_snapshot_policy_every_format_and_a_signed_manifest(evidence, keys):
    names = {p.name for p in evidence.iterdir()}
    assert names == {"manifest.json", "manifest.sig", "snapshot.json", "policy.toml", *ALL_FILES}
    raw = (evidence / "manifest.json").read_bytes()
    manifest = json.loads(raw)
    assert raw == bundle.canonical(manifest)                       # sorted, stable bytes
    assert [f["path"] for f in manifest["files"]] == sorted(names - {"manifest.json", "manifest.sig"})
    for f in manifest["files"]:
        assert f["size"] == (evidence / f["path"]).stat().st_size and len(f["sha256"]) == 64
    assert manifest["signature"]["public_key_fingerprint"] == bundle.fingerprint(bundle.load_public_key(keys[1]))
    assert manifest["tool"]["name"] == "pgcomply" and manifest["target"]["server_version"].startswith("15.")
    proc = run("verify", str(evidence), "--public-key", str(keys[1]))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"verified: {len(manifest['files'])} files in {evidence}, signed by the trusted key "
                                  f"{bundle.fingerprint(bundle.load_public_key(keys[1]))} at {manifest['created_at']}")


def test_the_reports_name_the_bundle_and_its_key_and_the_manifest_lists_their_report_json(evidence, keys):
    """report.json (in -o and in the bundle, the same bytes) records where the bundle is and which key signs it;
    the SHA-256 the PDF/HTML print for report.json is the one manifest.json lists, under the signature."""
    fp = bundle.fingerprint(bundle.load_public_key(keys[1]))
    reports = evidence.parent / "reports"
    outside, inside = (reports / "report.json").read_bytes(), (evidence / "report.json").read_bytes()
    assert outside == inside
    record = json.loads(outside)["evidence_bundle"]
    assert (record["directory"], record["public_key_fingerprint"], record["algorithm"]) == (str(evidence), fp, "Ed25519")
    listed = {f["path"]: f["sha256"] for f in json.loads((evidence / "manifest.json").read_text())["files"]}
    digest = hashlib.sha256(outside).hexdigest()
    assert listed["report.json"] == digest
    html = (evidence / "report.html").read_text("utf-8")        # -o wrote JSON only; the bundle has every format
    assert digest in html and fp in html and f"pgcomply verify {evidence}" in html
    md = (evidence / "report.md").read_text("utf-8")
    assert fp in md


def test_verify_without_a_trusted_key_exits_2_in_one_line(evidence, keys):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PGCOMPLY_")}
    proc = run("verify", str(evidence), env=env)
    assert_one_line_error(proc, "verify needs the signer's public key", "--public-key", "$PGCOMPLY_TRUSTED_KEY")
    assert proc.stdout == "" and "verified" not in proc.stderr
    assert_one_line_error(run("verify", str(evidence), env=env | {"PGCOMPLY_TRUSTED_KEY": "  "}),
                          "verify needs the signer's public key")
    with pytest.raises(TypeError):                        # there is no key-less verification path left
        bundle.verify_bundle(evidence)                    # type: ignore[call-arg]


def test_trusted_key_from_the_environment(evidence, keys):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PGCOMPLY_")}
    proc = run("verify", str(evidence), env=env | {"PGCOMPLY_TRUSTED_KEY": str(keys[1])})
    assert proc.returncode == 0, proc.stderr
    assert f"signed by the trusted key {bundle.fingerprint(bundle.load_public_key(keys[1]))}" in proc.stdout
    proc = run("verify", str(evidence), env=env | {"PGCOMPLY_TRUSTED_KEY": f"{keys[3][0]}.pub"})   # someone else's key
    assert proc.returncode == 1 and "signed by another key" in proc.stderr and proc.stdout == ""
    # --public-key wins over the environment
    proc = run("verify", str(evidence), "--public-key", str(keys[1]),
               env=env | {"PGCOMPLY_TRUSTED_KEY": f"{keys[3][0]}.pub"})
    assert proc.returncode == 0, proc.stderr
    assert_one_line_error(run("verify", str(evidence), env=env | {"PGCOMPLY_TRUSTED_KEY": str(evidence / "nope.pub")}),
                          "cannot read key")


def test_no_password_and_no_sampled_raw_value_anywhere_in_the_bundle(evidence):
    for path in evidence.rglob("*"):
        data = path.read_bytes()
        for secret in (PASSWORD, *RAW_VALUES, *SETTING_SECRETS):
            assert secret.encode() not in data, f"{path.name} holds {secret!r}"


def _flip(path: Path, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    i = len(data) // 2 if offset is None else offset
    data[i] ^= 0x01
    path.write_bytes(bytes(data))


def test_one_flipped_byte_in_any_file_fails_loudly(evidence, keys, tmp_path):
    for name in sorted(p.name for p in evidence.iterdir()):
        copy = tmp_path / name
        shutil.copytree(evidence, copy)
        _flip(copy / name)
        result = bundle.verify_bundle(copy, keys[1])
        assert not result.ok, f"a changed byte in {name} went unnoticed"
        assert any(name in p for p in result.problems), (name, result.problems)
    target = tmp_path / "cli"
    shutil.copytree(evidence, target)
    _flip(target / "report.json")
    proc = run("verify", str(target), "--public-key", str(keys[1]))
    assert proc.returncode == 1
    assert "pgcomply: VERIFICATION FAILED: report.json changed" in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("pgcomply: VERIFICATION FAILED:")
    _flip(target / "report.json")                                   # undo: verified again
    assert run("verify", str(target), "--public-key", str(keys[1])).returncode == 0
    _flip(target / "manifest.json", offset=40)
    proc = run("verify", str(target), "--public-key", str(keys[1]))
    assert proc.returncode == 1 and "manifest.sig does not match manifest.json" in proc.stderr


def test_added_removed_and_linked_files_fail(evidence, keys, tmp_path):
    cases = {"added": lambda d: (d / "notes.txt").write_text("added later"),
             "removed": lambda d: (d / "snapshot.json").unlink(),
             "unsigned": lambda d: (d / "manifest.sig").unlink(),
             "linked": lambda d: ((d / "report.json").unlink(), (d / "report.json").symlink_to(evidence / "report.json"))}
    expected = {"added": "notes.txt is not in the manifest", "removed": "snapshot.json is missing",
                "unsigned": "manifest.sig is missing", "linked": "report.json is a symbolic link"}
    for case, change in cases.items():
        d = tmp_path / case
        shutil.copytree(evidence, d)
        change(d)
        result = bundle.verify_bundle(d, keys[1])
        assert not result.ok and any(expected[case] in p for p in result.problems), (case, result.problems)


def test_a_bundle_re_signed_by_someone_else_fails_only_with_the_real_public_key(evidence, keys, tmp_path):
    forged = tmp_path / "forged"
    shutil.copytree(evidence, forged)
    report = json.loads((forged / "report.json").read_text())
    report["score"]["value"] = 100
    (forged / "report.json").write_text(json.dumps(report))
    manifest = json.loads((forged / "manifest.json").read_text())
    for f in manifest["files"]:
        if f["path"] == "report.json":
            f["sha256"] = bundle._sha256(forged / "report.json")
            f["size"] = (forged / "report.json").stat().st_size
    attacker = bundle.load_private_key(keys[3][0])
    pub = attacker.public_key()
    from cryptography.hazmat.primitives import serialization
    manifest["signature"]["public_key"] = base64.b64encode(
        pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode()
    manifest["signature"]["public_key_fingerprint"] = bundle.fingerprint(pub)
    body = bundle.canonical(manifest)
    (forged / "manifest.json").write_bytes(body)
    (forged / "manifest.sig").write_text(base64.b64encode(attacker.sign(body)).decode())
    # the forgery is self-consistent: its embedded key is the one that signed it ...
    assert bundle.verify_bundle(forged, f"{keys[3][0]}.pub").ok
    # ... and that counts for nothing: against the key the user trusts it fails
    result = bundle.verify_bundle(forged, keys[1])
    assert not result.ok and result.problems == [
        "manifest.sig does not match manifest.json: the manifest was changed or signed by another key"]
    proc = run("verify", str(forged), "--public-key", str(keys[1]))
    assert proc.returncode == 1 and proc.stdout == ""
    assert "verified" not in proc.stderr and bundle.fingerprint(pub) not in proc.stdout + proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == f"pgcomply: VERIFICATION FAILED: {forged} must not be trusted (1 problem(s))"


def _resign(d: Path, manifest: dict, keyfile: Path) -> None:
    key = bundle.load_private_key(keyfile)
    body = bundle.canonical(manifest)
    (d / "manifest.json").write_bytes(body)
    (d / "manifest.sig").write_text(base64.b64encode(key.sign(body)).decode())


def test_malformed_manifests_are_one_line_errors(evidence, keys, tmp_path):
    good = json.loads((evidence / "manifest.json").read_text())
    cases = {
        "not json": (b"{not json", "not UTF-8 JSON"),
        "not utf-8": (b'{"kind": "\xff\xfe"}', "not UTF-8 JSON"),
        "a list": (b"[1, 2, 3]", "not a JSON object"),
        "a string": (b'"pgcomply-evidence"', "not a JSON object"),
        "deeply nested": (b"[" * 100000 + b"]" * 100000, "not UTF-8 JSON"),
        "wrong kind": ({**good, "kind": "other"}, '"kind" is not "pgcomply-evidence"'),
        "version as text": ({**good, "manifest_version": "1"}, '"manifest_version" is not 1'),
        "no files": ({k: v for k, v in good.items() if k != "files"}, '"files" is missing or not a list'),
        "files a dict": ({**good, "files": {"a": 1}}, '"files" is missing or not a list'),
        "empty files": ({**good, "files": []}, '"files" is empty'),
        "entry a string": ({**good, "files": ["report.json"]}, "files entry 1 is not an object"),
        "size as text": ({**good, "files": [{**good["files"][0], "size": "12"}]}, 'files entry 1: "size"'),
        "size a bool": ({**good, "files": [{**good["files"][0], "size": True}]}, 'files entry 1: "size"'),
        "path missing": ({**good, "files": [{"sha256": "0" * 64, "size": 1}]}, 'files entry 1: "path"'),
        "no target": ({k: v for k, v in good.items() if k != "target"}, '"target" is missing or not an object'),
        "dsn a list": ({**good, "target": {**good["target"], "dsn": ["x"]}}, '"target.dsn" is not a string'),
        "no signature": ({k: v for k, v in good.items() if k != "signature"}, '"signature" is missing'),
        "created_at a number": ({**good, "created_at": 5}, '"created_at" is missing or not a string'),
    }
    through_the_cli = {"not json", "deeply nested", "no files"}   # the rest in-process: same error, no start-up
    for i, (case, (content, needle)) in enumerate(cases.items()):
        d = tmp_path / f"m{i}"
        shutil.copytree(evidence, d)
        if isinstance(content, bytes):
            (d / "manifest.json").write_bytes(content)
        else:
            _resign(d, content, keys[0])          # signed by the trusted key: the shape alone is wrong
        if case in through_the_cli:
            proc = run("verify", str(d), "--public-key", str(keys[1]))
            assert_one_line_error(proc, f"manifest.json is malformed: {needle}")
        else:
            with pytest.raises(bundle.BundleError) as err:
                bundle.verify_bundle(d, keys[1])
            assert f"manifest.json is malformed: {needle}" in str(err.value), case
        assert proc.stdout == "", case


def test_control_characters_from_a_bundle_never_reach_the_terminal(evidence, keys, tmp_path):
    d = tmp_path / "ctl"
    shutil.copytree(evidence, d)
    manifest = json.loads((d / "manifest.json").read_text())
    manifest["target"]["dsn"] = "host=db\x1b]0;pwned\x07\x1b[2J\rverified: all good\u202eevil\x9b31m"
    manifest["created_at"] = "2026-01-01\x1b[1A"
    _resign(d, manifest, keys[0])
    proc = run("verify", str(d), "--public-key", str(keys[1]))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout + proc.stderr
    for raw in ("\x1b", "\r", "\x07", "\u202e", "\x9b"):
        assert raw not in out, repr(raw)
    assert ("target host=db\\x1b]0;pwned\\x07\\x1b[2J\\x0dverified: all good\\u202eevil\\x9b31m\n"
            in proc.stdout)
    assert " at 2026-01-01\\x1b[1A; " in proc.stdout
    # a file planted with an escape sequence in its name is named, escaped, in the failure report
    (d / "x\x1b[2Jy").write_text("planted")
    proc = run("verify", str(d), "--public-key", str(keys[1]))
    assert proc.returncode == 1 and "\x1b" not in proc.stderr
    assert "pgcomply: VERIFICATION FAILED: x\\x1b[2Jy is not in the manifest (added after signing)" in proc.stderr


def test_a_manifest_path_outside_the_bundle_is_refused(evidence, keys, tmp_path):
    d = tmp_path / "escape"
    shutil.copytree(evidence, d)
    manifest = json.loads((d / "manifest.json").read_text())
    manifest["files"].append({"path": "../../etc/passwd", "sha256": "0" * 64, "size": 1})
    key = bundle.load_private_key(keys[0])
    body = bundle.canonical(manifest)
    (d / "manifest.json").write_bytes(body)
    (d / "manifest.sig").write_text(base64.b64encode(key.sign(body)).decode())
    result = bundle.verify_bundle(d, keys[1])
    assert result.problems == ["manifest.json lists an unsafe path '../../etc/passwd'"]


def test_odd_manifest_paths_are_problems_not_tracebacks(evidence, keys, tmp_path):
    d = tmp_path / "odd"
    shutil.copytree(evidence, d)
    manifest = json.loads((d / "manifest.json").read_text())
    long_name = "a" * 300
    manifest["files"] += [{"path": long_name, "sha256": "0" * 64, "size": 1},
                          {"path": "report.json/x", "sha256": "0" * 64, "size": 1}]
    _resign(d, manifest, keys[0])
    result = bundle.verify_bundle(d, keys[1])
    assert result.problems == [f"{long_name} cannot be read: File name too long", "report.json/x is missing"]
    proc = run("verify", str(d), "--public-key", str(keys[1]))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


def test_signing_key_from_the_environment_as_pem_text_or_path(cluster, keys, tmp_path):
    pem = keys[0].read_text()
    base = {k: v for k, v in os.environ.items() if not k.startswith("PGCOMPLY_")}
    for i, value in enumerate((pem, str(keys[0]))):
        env = base | {"PGCOMPLY_SIGNING_KEY": value}
        out = tmp_path / f"b{i}"
        proc = run("audit", cluster.dsn(), "--no-sample", "--select", "ssl", "-q", "-o", str(tmp_path / "r"),
                   "--format", "json", "--evidence", str(out), env=env)
        assert proc.returncode == 0, proc.stderr
        assert run("verify", str(out), "--public-key", str(keys[1])).returncode == 0


def test_evidence_problems_are_usage_errors_before_connecting(keys, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PGCOMPLY_")}
    dead = "host=127.0.0.1 port=1 user=x connect_timeout=1"
    assert_one_line_error(run("audit", dead, "--evidence", str(tmp_path / "b"), env=env), "needs a signing key")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    assert_one_line_error(run("audit", dead, "--evidence", str(tmp_path / "full"), "--signing-key", str(keys[0])),
                          "is not empty")
    assert_one_line_error(run("audit", dead, "--evidence", str(tmp_path / "c"), "--signing-key", str(keys[1])),
                          "not a PEM private key")
    assert_one_line_error(run("verify", str(tmp_path), "--public-key", str(keys[1])), "is not an evidence bundle")
    assert_one_line_error(run("verify", str(tmp_path / "nope"), "--public-key", str(keys[1])), "is not a directory")


def test_a_bundle_that_would_leak_the_password_is_not_written(cluster, keys, tmp_path):
    from auditor.collect.collector import collect
    from auditor.workflow.pipeline import evaluate_and_render
    from auditor.model.policy import Policy

    pol = Policy(sampling=False, select=("ssl",))
    snap = collect(cluster.dsn(), pol, databases=["postgres"])
    run_ = evaluate_and_render(snap, pol, [], None)
    with pytest.raises(bundle.BundleError, match="would contain the connection password"):
        bundle.write_bundle(tmp_path / "b", snapshot=snap, report=run_.report, policy=pol,
                            key=bundle.load_private_key(keys[0]), secrets=[snap.target.host])
    assert not (tmp_path / "b").exists()
