"""Test certificates for throwaway clusters: good ones and the weak ones an auditor must flag.

cryptography builds every certificate. It refuses SHA-1 signatures, so a SHA-1 certificate is built the
same way and then re-signed by the `openssl` CLI, which keeps its dates, names and extensions.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey

# Debian's OpenSSL (SECLEVEL=2) refuses to load keys below 112-bit strength ("ee key too small") and a
# CA-signed SHA-1 certificate ("ca md too weak"; a self-signed one loads). Pass this as
# ThrowawayCluster(openssl_conf=...) so the server loads them.
# For a TLSv1.0-only server also add "MinProtocol = TLSv1" under [sysdef] and set ssl_max_protocol_version.
WEAK_OPENSSL_CONF = """\
openssl_conf = init
[init]
ssl_conf = ssl_sect
[ssl_sect]
system_default = sysdef
[sysdef]
CipherString = DEFAULT:@SECLEVEL=0
"""

_CURVES = {"p256": ec.SECP256R1, "p384": ec.SECP384R1, "p521": ec.SECP521R1}


@dataclass(frozen=True)
class TlsMaterial:
    """A server certificate and key in PEM files; ca_path is the issuing CA (None when self-signed)."""

    cert_path: Path
    key_path: Path
    ca_path: Path | None = None


@dataclass(frozen=True)
class CertAuthority:
    """A small CA that signs server certificates; keep it to sign several."""

    cert_path: Path
    key_path: Path


def new_key(spec: str) -> PrivateKey:
    """A private key from a short spec: rsa2048, rsa1024, ec-p256, ec-p384, ec-secp192r1, ed25519, ed448."""
    if spec.startswith("rsa") and spec[3:].isdigit():
        return rsa.generate_private_key(public_exponent=65537, key_size=int(spec[3:]))
    if spec.startswith("ec-"):
        name = spec[3:].lower()
        curve = _CURVES.get(name) or getattr(ec, name.upper(), None)
        if isinstance(curve, type) and issubclass(curve, ec.EllipticCurve):
            return ec.generate_private_key(curve())
    if spec == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    if spec == "ed448":
        return ed448.Ed448PrivateKey.generate()
    raise ValueError(f"unknown key spec {spec!r} (try rsa2048, rsa1024, ec-p256, ec-secp192r1, ed25519)")


def make_ca(directory: Path | str, *, cn: str = "pgcomply test CA", days: int = 3650,
            key: str = "rsa2048") -> CertAuthority:
    """Write ca.crt and ca.key into directory (created if missing)."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    ca_key = new_key(key)
    name = _name(cn)
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, _hash_for(ca_key))
    )
    return CertAuthority(_write_cert(d / "ca.crt", cert), _write_key(d / "ca.key", ca_key))


def make_server_cert(
    directory: Path | str,
    *,
    cn: str = "localhost",
    san_dns: Sequence[str] = ("localhost",),
    san_ip: Sequence[str] = ("127.0.0.1",),
    days: int = 365,
    expired: bool = False,
    self_signed: bool = True,
    key: str = "rsa2048",
    sha1: bool = False,
    ca: CertAuthority | None = None,
) -> TlsMaterial:
    """Write server.crt and server.key (0600) into directory (created if missing).

    self_signed=False without `ca` makes a fresh CA (ca.crt, ca.key) in the same directory. An expired
    certificate was valid for `days` days and ran out yesterday. OpenSSL 3.0 will not re-sign an expired
    certificate with a CA, so sha1 + expired works only self-signed.
    """
    if ca is not None and self_signed:
        raise ValueError("pass self_signed=False together with ca")
    if sha1 and expired and not self_signed:
        raise ValueError("an expired SHA-1 certificate can only be self-signed (openssl x509 -CA refuses it)")
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    if not self_signed and ca is None:
        ca = make_ca(d)
    server_key = new_key(key)
    if sha1 and _hash_for(server_key) is None:
        raise ValueError(f"{key} keys sign without a hash: no SHA-1 certificate possible")
    now = _now()
    not_after = now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=days)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_after - dt.timedelta(days=days + 1) if expired else now - dt.timedelta(days=1))
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False, rsa_key=isinstance(server_key, rsa.RSAPrivateKey)), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    )
    sans = [x509.DNSName(n) for n in san_dns] + [x509.IPAddress(ipaddress.ip_address(a)) for a in san_ip]
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    key_path = _write_key(d / "server.key", server_key)
    if ca is None or sha1:  # for SHA-1, openssl re-signs this self-signed cert with the CA below
        cert = builder.issuer_name(_name(cn)).sign(server_key, _hash_for(server_key))
    else:
        ca_cert = x509.load_pem_x509_certificate(ca.cert_path.read_bytes())
        ca_key = serialization.load_pem_private_key(ca.key_path.read_bytes(), password=None)
        if not isinstance(ca_key, PrivateKey):
            raise ValueError(f"{ca.key_path}: unsupported CA key type")
        ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
        cert = (
            builder.issuer_name(ca_cert.subject)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
            .sign(ca_key, _hash_for(ca_key))
        )
    cert_path = _write_cert(d / "server.crt", cert)
    if sha1:
        signer = ["-signkey", str(key_path)] if ca is None else ["-CA", str(ca.cert_path), "-CAkey", str(ca.key_path)]
        out = subprocess.run(
            ["openssl", "x509", "-in", str(cert_path), "-out", str(cert_path), "-sha1", "-preserve_dates", *signer],
            capture_output=True, text=True, check=False,
        )
        if out.returncode != 0:
            raise ValueError(f"openssl could not sign {cert_path} with SHA-1: {out.stderr.strip()[-300:]}")
    return TlsMaterial(cert_path, key_path, ca.cert_path if ca else None)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _hash_for(key: PrivateKey) -> hashes.SHA256 | None:
    """EdDSA keys sign without a separate hash."""
    return None if isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey) else hashes.SHA256()


def _key_usage(*, cert_sign: bool, rsa_key: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=False, key_encipherment=rsa_key and not cert_sign,
        data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign, crl_sign=cert_sign,
        encipher_only=False, decipher_only=False,
    )


def _write_cert(path: Path, cert: x509.Certificate) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def _write_key(path: Path, key: PrivateKey) -> Path:
    """Created 0600 from the start: PostgreSQL refuses a key readable by group or others."""
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    os.chmod(path, 0o600)
    return path
