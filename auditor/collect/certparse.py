"""Facts from a DER certificate, parsed with cryptography.

Kept apart from the wire probe so cryptography (a tenth of a second to import) loads only when a server
actually presents a certificate.
"""
from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.x509.oid import NameOID

from auditor.model.snapshot import Certificate


def _name_attrs(name: x509.Name, oid: x509.ObjectIdentifier) -> tuple[str, ...]:
    return tuple(str(a.value) for a in name.get_attributes_for_oid(oid))


def parse_certificate(der: bytes) -> Certificate:
    """The facts checks need from a DER certificate (cryptography does the parsing)."""
    cert = x509.load_der_x509_certificate(der)
    key = cert.public_key()
    curve = None
    if isinstance(key, rsa.RSAPublicKey):
        key_type, key_size = "RSA", key.key_size
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key_type, key_size, curve = "EC", key.curve.key_size, key.curve.name
    elif isinstance(key, dsa.DSAPublicKey):
        key_type, key_size = "DSA", key.key_size
    elif isinstance(key, ed25519.Ed25519PublicKey):
        key_type, key_size = "Ed25519", 256
    elif isinstance(key, ed448.Ed448PublicKey):
        key_type, key_size = "Ed448", 456
    else:
        key_type, key_size = type(key).__name__, None
    try:
        sig_hash = cert.signature_hash_algorithm.name if cert.signature_hash_algorithm else None
    except Exception:  # noqa: BLE001 - an algorithm cryptography will not name (md2, md4, ...)
        sig_hash = (cert.signature_algorithm_oid._name or "unknown").lower().split("with")[0] or "unknown"
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        san_dns = tuple(san.get_values_for_type(x509.DNSName))
        san_ip = tuple(str(a) for a in san.get_values_for_type(x509.IPAddress))
    except x509.ExtensionNotFound:
        san_dns, san_ip = (), ()
    self_signed = cert.issuer == cert.subject and _signs_itself(cert)
    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    return Certificate(
        subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before_utc.isoformat(), not_after=cert.not_valid_after_utc.isoformat(),
        self_signed=self_signed, key_type=key_type, key_size=key_size, curve=curve, signature_hash=sig_hash,
        san_dns=san_dns, san_ip=san_ip, common_names=_name_attrs(cert.subject, NameOID.COMMON_NAME),
        fingerprint_sha256=hashlib.sha256(der).hexdigest(), is_ca=is_ca)


def _signs_itself(cert: x509.Certificate) -> bool:
    """Signed with its own key (cryptography's verify_directly_issued_by refuses SHA-1, so do it by hand)."""
    key, sig, tbs = cert.public_key(), cert.signature, cert.tbs_certificate_bytes
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(sig, tbs, cert.signature_algorithm_parameters, cert.signature_hash_algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, tbs, cert.signature_algorithm_parameters)
        elif isinstance(key, dsa.DSAPublicKey):
            key.verify(sig, tbs, cert.signature_hash_algorithm)
        elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
            key.verify(sig, tbs)
        else:
            return False
        return True
    except InvalidSignature:
        return False  # same name, another key: a CA that named itself like its server
    except Exception:  # noqa: BLE001 - an algorithm we cannot verify: the names decide
        return True
