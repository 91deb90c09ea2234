"""SSL/TLS checks, each against a real cluster with and without the weakness.

Few clusters: `weak` (PG15 with every weakness at once: TLSv1, ALL:eNULL, an expired self-signed SHA-1
RSA-1024 certificate for another host, cleartext hba lines), `good` (PG15 done right), the shared `pg18`
(no TLS in the build), and a PG18 listening on no TCP address. Certificates are swapped on `weak` by reload.
"""
from __future__ import annotations

import os
import pwd
import shutil
import socket

import psycopg
import pytest

from auditor.lab.certgen import WEAK_OPENSSL_CONF, make_ca, make_server_cert
from auditor.model.policy import Policy, Thresholds
from auditor.collect.tls_probe import probe
from auditor.checks.ssl import STRONG_CIPHERS

from .helpers import audit, failing_objects, findings_of, missing_privileges, statuses

WEAK_HBA = """\
local      all          all                            trust
host       all          all          127.0.0.1/32      trust
host       all          all          ::1/128           trust
host       all          ssl_app      0.0.0.0/0         scram-sha-256
hostnossl  all          ssl_legacy   10.0.0.0/8        password
host       replication  all          192.168.1.10/32   scram-sha-256
hostssl    all          all          0.0.0.0/0         scram-sha-256
hostnossl  all          all          0.0.0.0/0         reject
hostgssenc all          all          0.0.0.0/0         scram-sha-256
host       all          ssl_app      2001:db8::/32     scram-sha-256
"""
GOOD_HBA = """\
local      all  all  trust
hostssl    all  all  127.0.0.1/32  trust
hostssl    all  all  0.0.0.0/0     scram-sha-256
hostnossl  all  all  0.0.0.0/0     reject
"""
ROLES = "CREATE ROLE ssl_plain LOGIN; CREATE ROLE ssl_tls LOGIN; CREATE ROLE ssl_nopriv LOGIN"


@pytest.fixture(scope="module")
def weak(make_cluster, pg15_bindir, tmp_path_factory):
    tls = make_server_cert(tmp_path_factory.mktemp("weak-tls"), cn="db.example.com", san_dns=("db.example.com",),
                           san_ip=(), expired=True, key="rsa1024", sha1=True)
    c = make_cluster(bindir=pg15_bindir, tls=tls, hba=WEAK_HBA,
                     openssl_conf=WEAK_OPENSSL_CONF.replace("[sysdef]\n", "[sysdef]\nMinProtocol = TLSv1\n"),
                     conf={"ssl_min_protocol_version": "TLSv1", "ssl_ciphers": "ALL:eNULL",
                           "ssl_ecdh_curve": "prime192v1", "ssl_passphrase_command": "echo hunter2"})
    c.execute(ROLES)
    yield c
    c.stop()


@pytest.fixture(scope="module")
def good(make_cluster, pg15_bindir, tmp_path_factory):
    tls = make_server_cert(tmp_path_factory.mktemp("good-tls"), self_signed=False)
    c = make_cluster(bindir=pg15_bindir, tls=tls, hba=GOOD_HBA, conf={"ssl_ciphers": STRONG_CIPHERS})
    c.execute(ROLES)
    yield c
    c.stop()


@pytest.fixture(scope="module")
def weak_result(weak):
    return audit(weak.dsn(), ["ssl"])


@pytest.fixture(scope="module")
def good_result(good):
    return audit(good.dsn(), ["ssl"])


@pytest.fixture(scope="module")
def weak_plain(weak):
    """The weak cluster audited by a role with no predefined roles at all."""
    return audit(weak.dsn(user="ssl_nopriv"), ["ssl"])


def endpoint(cluster) -> str:
    return f"tls:127.0.0.1:{cluster.port}"


def evidence(result, check_id, obj):
    (f,) = [f for f in findings_of(result, check_id) if f.object == obj]
    return f


def test_ssl_001_flags_ssl_off(pg18, pg15):
    assert failing_objects(audit(pg18.dsn(), ["SSL-001"])) == {"setting:ssl"}
    assert statuses(audit(pg15.dsn(), ["SSL-001"]), "SSL-001") == {"pass"}


def test_probe_reads_certificate_protocols_and_weak_suites(weak, good, pg18):
    w = probe("127.0.0.1", weak.port)
    assert w.offered and w.error is None
    assert {"TLSv1", "TLSv1.1", "TLSv1.2"} <= set(w.accepted_protocols)
    assert w.certificate.key_size == 1024 and w.certificate.self_signed and w.certificate.signature_hash == "sha1"
    assert w.weak_ciphers and w.no_fs_cipher
    g = probe("127.0.0.1", good.port)
    assert set(g.refused_protocols) == {"TLSv1", "TLSv1.1"} and g.weak_ciphers == () and g.no_fs_cipher is None
    assert not g.certificate.self_signed and g.certificate.san_ip == ("127.0.0.1",)
    n = probe("127.0.0.1", pg18.port)
    assert (n.offered, n.error, n.certificate) == (False, None, None)


def test_probe_never_raises_on_a_closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = probe("127.0.0.1", port, timeout=1)
    assert not result.offered and "could not reach" in result.error


def test_ssl_002_tls10_by_setting_and_over_the_wire(weak_result, good_result, weak_plain, good):
    assert failing_objects(weak_result, "SSL-002") == {"setting:ssl_min_protocol_version"}
    f = evidence(weak_result, "SSL-002", "setting:ssl_min_protocol_version")
    assert f.evidence["source"] == "setting+wire" and "TLSv1" in f.evidence["accepted_over_wire"]
    assert statuses(good_result, "SSL-002") == {"pass"}
    # without pg_read_all_settings the setting is hidden: the wire still tells
    f = evidence(weak_plain, "SSL-002", "setting:ssl_min_protocol_version")
    assert (f.status, f.evidence["setting"], f.evidence["source"]) == ("fail", "hidden", "wire")
    plain_good = audit(good.dsn(user="ssl_nopriv"), ["SSL-002"])
    assert statuses(plain_good, "SSL-002") == {"pass"}
    assert findings_of(plain_good, "SSL-002")[0].evidence["source"] == "wire"


def test_ssl_002_setting_alone_when_openssl_refuses_old_protocols(pg15_bindir, make_cluster):
    """The demo's case: TLSv1 configured, but the server's OpenSSL (SECLEVEL=2) refuses it on the wire."""
    c = make_cluster(bindir=pg15_bindir, tls=True, conf={"ssl_min_protocol_version": "TLSv1"})
    try:
        result = audit(c.dsn(), ["SSL-002"])
        f = evidence(result, "SSL-002", "setting:ssl_min_protocol_version")
        assert (f.status, f.severity, f.evidence["accepted_over_wire"]) == ("fail", "medium", ["TLSv1.2", "TLSv1.3"])
        # a role that cannot see the setting gets the wire's verdict: nothing old is accepted
        c.execute("CREATE ROLE ssl_p2 LOGIN")
        assert statuses(audit(c.dsn(user="ssl_p2"), ["SSL-002"]), "SSL-002") == {"pass"}
    finally:
        c.stop()


def test_ssl_002_max_protocol_below_tls12(weak):
    weak.set_conf(ssl_max_protocol_version="TLSv1.1")
    try:
        assert failing_objects(audit(weak.dsn(), ["SSL-002"])) == {
            "setting:ssl_min_protocol_version", "setting:ssl_max_protocol_version"}
    finally:
        weak.set_conf(ssl_max_protocol_version=None)


def test_ssl_003_weak_ciphers_and_curves(weak_result, good_result, weak_plain, pg15):
    assert failing_objects(weak_result, "SSL-003") == {"setting:ssl_ciphers", "setting:ssl_ecdh_curve"}
    f = evidence(weak_result, "SSL-003", "setting:ssl_ciphers")
    assert f.severity == "critical" and {"null", "anonymous", "md5"} <= set(f.evidence["weak_in_setting"])
    assert {"null", "anonymous"} <= set(f.evidence["accepted_over_wire"])
    assert statuses(good_result, "SSL-003") == {"pass"}
    # hidden setting: the wire shows the server accepts NULL and anonymous suites
    f = evidence(weak_plain, "SSL-003", "setting:ssl_ciphers")
    assert (f.status, f.evidence["source"]) == ("fail", "wire")
    assert missing_privileges(weak_plain, "SSL-003") == {"pg_read_all_settings (or pg_monitor)"}  # ssl_ecdh_curve
    # PostgreSQL's default string keeps static-RSA suites: a low finding, confirmed over the wire
    f = evidence(audit(pg15.dsn(), ["SSL-003"]), "SSL-003", "setting:ssl_ciphers")
    assert (f.status, f.severity) == ("fail", "low")
    assert set(f.evidence["weak_in_setting"]) == {"no_fs"} and f.evidence["accepted_over_wire"]["no_fs"]


def test_ssl_004_expired_and_expiring(weak_result, good_result, weak, good):
    assert failing_objects(weak_result, "SSL-004") == {endpoint(weak)}
    assert evidence(weak_result, "SSL-004", endpoint(weak)).severity == "critical"
    assert statuses(good_result, "SSL-004") == {"pass"}
    soon = audit(good.dsn(), ["SSL-004"], policy=Policy(sampling=False, thresholds=Thresholds(cert_expiry_days=400)))
    f = evidence(soon, "SSL-004", endpoint(good))
    assert (f.status, f.severity, f.evidence["expiry_threshold_days"]) == ("fail", "medium", 400)


def test_ssl_005_to_008_certificate(weak_result, good_result, weak, good):
    for check in ("SSL-005", "SSL-006", "SSL-007", "SSL-008"):
        assert failing_objects(weak_result, check) == {endpoint(weak)}, check
        assert statuses(good_result, check) == {"pass"}, check
    assert evidence(weak_result, "SSL-007", endpoint(weak)).severity == "low"    # self-signed: pinned, not verified
    assert evidence(weak_result, "SSL-008", endpoint(weak)).evidence["san_dns"] == ["db.example.com"]
    by_name = audit(good.dsn(host="localhost"), ["SSL-008"])
    assert statuses(by_name, "SSL-008") == {"pass"}


def _install_cert(cluster, material, tag):
    """Copy a certificate and key into the data dir (0600, server-owned) and point the server at them."""
    paths = {}
    for kind, src in (("crt", material.cert_path), ("key", material.key_path)):
        dest = cluster.datadir / f"{tag}.{kind}"
        shutil.copyfile(src, dest)
        os.chmod(dest, 0o600)
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(dest, pg.pw_uid, pg.pw_gid)
        paths[kind] = str(dest)
    cluster.set_conf(ssl_cert_file=paths["crt"], ssl_key_file=paths["key"])


def test_ssl_005_to_007_other_certificates(weak, tmp_path):
    """Swapped in by reload: a small curve, a CA-issued SHA-1 certificate, a sound EC P-256 one."""
    before = {s: weak.execute(f"SHOW {s}")[0][0] for s in ("ssl_cert_file", "ssl_key_file", "ssl_ecdh_curve")}
    ca = make_ca(tmp_path / "ca")
    try:
        _install_cert(weak, make_server_cert(tmp_path / "p192", key="ec-secp192r1"), "p192")
        result = audit(weak.dsn(), ["SSL-006"])
        f = evidence(result, "SSL-006", endpoint(weak))
        assert (f.status, f.evidence["curve"]) == ("fail", "secp192r1")

        _install_cert(weak, make_server_cert(tmp_path / "sha1ca", sha1=True, self_signed=False, ca=ca), "sha1ca")
        result = audit(weak.dsn(), ["SSL-005", "SSL-006", "SSL-007", "SSL-008"])
        assert failing_objects(result) == {endpoint(weak)} and {f.check_id for f in result.findings if f.status == "fail"} == {"SSL-007"}
        assert evidence(result, "SSL-007", endpoint(weak)).severity == "medium"

        weak.set_conf(ssl_ecdh_curve="prime256v1")  # a P-256 certificate needs a client that offers P-256
        _install_cert(weak, make_server_cert(tmp_path / "p256", key="ec-p256", self_signed=False, ca=ca), "p256")
        result = audit(weak.dsn(), ["SSL-004", "SSL-005", "SSL-006", "SSL-007", "SSL-008"])
        assert failing_objects(result) == set()
        assert evidence(result, "SSL-006", endpoint(weak)).message == "the server certificate has an EC key on curve secp256r1"
    finally:
        weak.set_conf(before)


def test_ssl_008_unix_socket_audit_has_no_host_name(good):
    result = audit(good.dsn(host=str(good.socket_dir)), ["SSL-004", "SSL-008"])
    assert result.snapshot.tls.host == "127.0.0.1"          # probed on loopback, which listen_addresses covers
    assert statuses(result, "SSL-004") == {"pass"}
    assert statuses(result, "SSL-008") == {"not_assessable"}
    assert "unix socket" in findings_of(result, "SSL-008")[0].message


def test_ssl_009_hba_lines_without_tls(weak_result, good_result, weak):
    assert failing_objects(weak_result, "SSL-009") == {"hba:4", "hba:5", "hba:6", "hba:10"}
    sev = {f.object: f.severity for f in findings_of(weak_result, "SSL-009") if f.status == "fail"}
    assert sev == {"hba:4": "high", "hba:5": "critical", "hba:6": "high", "hba:10": "high"}   # 10: a /32 of IPv6
    assert statuses(good_result, "SSL-009") == {"pass"}
    strict = audit(weak.dsn(), ["SSL-009"], policy=Policy(sampling=False, thresholds=Thresholds(cleartext_ok_networks=())))
    assert failing_objects(strict) == {"hba:2", "hba:3", "hba:4", "hba:5", "hba:6", "hba:10"}
    assert statuses(audit(weak.dsn(user="ssl_nopriv"), ["SSL-009"]), "SSL-009") == {"not_assessable"}


def test_ssl_010_live_sessions_without_tls(pg15):
    """pg15 (shared) accepts both on loopback; only this test's roles are looked at, and dropped after."""
    strict = Policy(sampling=False, thresholds=Thresholds(cleartext_ok_networks=()))
    pg15.execute("CREATE ROLE ssl10_plain LOGIN; CREATE ROLE ssl10_tls LOGIN; CREATE ROLE ssl10_nopriv LOGIN")
    try:
        with psycopg.connect(pg15.dsn(user="ssl10_plain", sslmode="disable")) as plain, \
                psycopg.connect(pg15.dsn(user="ssl10_tls", sslmode="require")):
            result = audit(pg15.dsn(), ["SSL-010"], policy=strict)
            mine = {o for o in failing_objects(result) if o.startswith("session:ssl10_")}
            assert mine == {"session:ssl10_plain@127.0.0.1"}
            f = evidence(result, "SSL-010", "session:ssl10_plain@127.0.0.1")
            assert f.evidence["pids"] == [plain.info.backend_pid]
            ok = audit(pg15.dsn(), ["SSL-010"])                       # loopback is exempt by default
            assert not {o for o in failing_objects(ok) if o.startswith("session:ssl10_")}
            denied = audit(pg15.dsn(user="ssl10_nopriv"), ["SSL-010"], policy=strict)
            assert missing_privileges(denied, "SSL-010") == {"pg_read_all_stats (or pg_monitor)"}
        after = audit(pg15.dsn(), ["SSL-010"], policy=strict)
        assert not {o for o in failing_objects(after) if o.startswith("session:ssl10_")}
    finally:
        pg15.execute("DROP ROLE ssl10_plain; DROP ROLE ssl10_tls; DROP ROLE ssl10_nopriv")


def test_ssl_011_literal_passphrase(weak_result, good_result, weak_plain):
    assert failing_objects(weak_result, "SSL-011") == {"setting:ssl_passphrase_command"}
    f = evidence(weak_result, "SSL-011", "setting:ssl_passphrase_command")
    assert f.evidence == {"program": "echo", "source": "setting"} and "hunter2" not in f.message
    assert statuses(good_result, "SSL-011") == {"pass"}
    assert missing_privileges(weak_plain, "SSL-011") == {"pg_read_all_settings (or pg_monitor)"}


def test_pg18_without_tls_build(pg18):
    """The wheel has no OpenSSL: the probe sees 'N', the settings say so, and certificate checks explain."""
    result = audit(pg18.dsn(), ["ssl"])
    assert result.snapshot.tls.offered is False
    assert failing_objects(result) == {"setting:ssl"}         # its hba lines are loopback only
    assert statuses(result, "SSL-002") == {"pass"}
    for check in ("SSL-004", "SSL-005", "SSL-006", "SSL-007", "SSL-008"):   # no certificate to examine
        assert statuses(result, check) == {"not_applicable"}, check
    assert "offers no TLS" in findings_of(result, "SSL-004")[0].message
    assert "without TLS support" in findings_of(result, "SSL-002")[0].message


def test_pg18_settings_and_no_tcp_listener(make_cluster, pg18_bindir):
    """PG18 names: ssl_groups (was ssl_ecdh_curve) and ssl_tls13_ciphers; a server on no TCP address."""
    c = make_cluster(bindir=pg18_bindir, conf={"listen_addresses": ""})
    try:
        c.set_conf(ssl_groups="X25519:secp192r1", ssl_tls13_ciphers="TLS_AES_128_CCM_8_SHA256:TLS_AES_256_GCM_SHA384")
        result = audit(f"host={c.socket_dir} port={c.port} dbname=postgres user=postgres", ["ssl"])
        assert result.snapshot.tls is None and result.snapshot.gap("tls_probe") is None
        assert failing_objects(result, "SSL-003") == {"setting:ssl_groups", "setting:ssl_tls13_ciphers"}
        for check in ("SSL-004", "SSL-008"):
            assert "no TCP address" in findings_of(result, check)[0].message
        c.set_conf({"ssl_groups": None, "ssl_tls13_ciphers": None})
        assert statuses(audit(f"host={c.socket_dir} port={c.port} dbname=postgres user=postgres", ["SSL-003"]),
                        "SSL-003") == {"pass"}
    finally:
        c.stop()


def test_ssl_012_key_file_permissions_where_local(weak, tmp_path):
    key = weak.tls.key_path
    assert statuses(audit(weak.dsn(), ["SSL-012"]), "SSL-012") == {"pass"}
    try:
        for mode, severity in ((0o644, "critical"), (0o640, "high")):
            os.chmod(key, mode)               # PostgreSQL checks the mode only when it loads the key
            result = audit(weak.dsn(), ["SSL-012"])
            assert failing_objects(result) == {"setting:ssl_key_file"}
            f = evidence(result, "SSL-012", "setting:ssl_key_file")
            assert (f.severity, f.evidence["mode"], f.evidence["owner"]) == (severity, oct(mode), "postgres")
    finally:
        os.chmod(key, 0o600)
    # the local file must be the certificate the server presents, or the files are someone else's
    cert = weak.tls.cert_path
    served = cert.read_bytes()
    try:
        cert.write_bytes(make_server_cert(tmp_path / "other").cert_path.read_bytes())   # not reloaded
        result = audit(weak.dsn(), ["SSL-012"])
        assert statuses(result, "SSL-012") == {"not_assessable"}
        assert "not the certificate the server presents" in result.snapshot.gap("ssl_key_file").detail
    finally:
        cert.write_bytes(served)


@pytest.mark.parametrize("command, program", [
    ("echo hunter2", "echo"), ("/bin/echo -n 'hunter 2'", "echo"), ("sh -c 'printf %s s3cret'", "printf"),
    ("echo $KEY_PASS", None), ("cat /etc/postgresql/keypass", None), ("/usr/bin/vault-get pg-key", None), ("", None)])
def test_passphrase_command_literal_detection(command, program):
    from auditor.checks._tls import literal_passphrase_program
    assert literal_passphrase_program(command) == program


def test_cipher_names_this_openssl_lacks_still_count():
    """Debian's OpenSSL 3 has no RC4/3DES/EXPORT suites to expand, but a string naming them is still weak."""
    from auditor.checks._tls import cipher_string_weaknesses
    from auditor.collect.tls_library import library_facts
    strings = ("HIGH:RC4:3DES:EXP:!aNULL", "HIGH:MEDIUM:+3DES:!aNULL")
    lib = library_facts(strings)
    found, _ = cipher_string_weaknesses(lib, strings[0])
    assert {"rc4", "des", "export"} <= set(found) and "anonymous" not in found
    found, _ = cipher_string_weaknesses(lib, strings[1])       # '+' reorders, it does not add
    assert "des" not in found


def test_cipher_verdicts_come_from_the_snapshot_not_the_local_openssl(weak_result):
    """The SSL verdict of a snapshot is the same on any machine: the expansion travels in the snapshot."""
    import dataclasses

    from auditor.checks._tls import cipher_string_weaknesses
    from auditor.model.snapshot import CipherExpansion, CipherSuite, TlsLibrary

    snap = weak_result.snapshot
    value = next(s.value for s in snap.settings if s.name == "ssl_ciphers")
    recorded = snap.tls_library.expansion(value)
    assert recorded is not None and recorded.suites and snap.tls_library.openssl_version.startswith("OpenSSL")
    # Another machine's OpenSSL expanded the same string to one RC4 suite: that record decides, not this machine.
    other = TlsLibrary("OpenSSL 1.0.2 (elsewhere)", (CipherExpansion(value, (
        CipherSuite("RC4-SHA", "kx-rsa", "auth-rsa", "rc4", "sha1", 128),)),))
    found, expanded = cipher_string_weaknesses(other, value)
    assert expanded and found == {"rc4": ["RC4-SHA"], "null": []}
    # An older snapshot without the record is judged by the names in the string alone.
    found, expanded = cipher_string_weaknesses(None, value)
    assert not expanded and set(found) == {"null"}
    # Through the whole engine: evaluating the snapshot with the other record reports that record's suites.
    from auditor.engine.evaluate import evaluate
    from auditor.model.policy import Policy
    policy = Policy(sampling=False, select=("SSL-003",))
    f = evidence(evaluate(dataclasses.replace(snap, tls_library=other), policy), "SSL-003", "setting:ssl_ciphers")
    assert f.evidence["weak_in_setting"] == {"rc4": ["RC4-SHA"], "null": []}
    assert evidence(evaluate(snap, policy), "SSL-003", "setting:ssl_ciphers").evidence["weak_in_setting"] \
        == evidence(weak_result, "SSL-003", "setting:ssl_ciphers").evidence["weak_in_setting"]


def test_host_name_rules_follow_libpq():
    from auditor.model.snapshot import Certificate
    from auditor.checks._tls import host_matches

    def cert(dns=(), ips=(), cn=()):
        return Certificate("", "", "", "", "", False, "RSA", 2048, None, "sha256", tuple(dns), tuple(ips), tuple(cn))
    assert host_matches("db.example.com", cert(dns=["*.example.com"]))
    assert not host_matches("a.db.example.com", cert(dns=["*.example.com"]))
    assert not host_matches("db.example.com", cert(dns=["other.example.com"], cn=["db.example.com"]))  # SAN wins
    assert host_matches("db.example.com", cert(cn=["DB.example.com"]))
    assert host_matches("::1", cert(ips=["::1"])) and not host_matches("127.0.0.1", cert(dns=["localhost"]))
