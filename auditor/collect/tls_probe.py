"""Look at the server's TLS the way a remote client (or an attacker) sees it, over the wire.

PostgreSQL speaks TLS after an 8-byte SSLRequest: the server answers `S` (go on) or `N` (no TLS).
Then one handshake with a permissive client (verification off, @SECLEVEL=0, TLSv1 allowed) returns
the certificate even when it is expired, self-signed or weak. Further handshakes, each limited to one
protocol version or to weak cipher suites only, show what the server really accepts. Every step is
bounded by a timeout and an overall deadline; nothing here raises: failures land in `TlsProbe.error`.
Where pgcomply runs on the server's own host, it also stat()s the private key file (never reads it).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import grp
import hashlib
import ipaddress
import os
import pwd
import socket
import ssl
import stat
import struct
import time
import warnings
from typing import Sequence

from auditor.model.snapshot import Certificate, KeyFile, Setting, Target, TlsProbe

SSL_REQUEST = struct.pack("!ii", 8, 80877103)
PROTOCOLS = ("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3")
_VERSION = {"TLSv1": ssl.TLSVersion.TLSv1, "TLSv1.1": ssl.TLSVersion.TLSv1_1,
            "TLSv1.2": ssl.TLSVersion.TLSv1_2, "TLSv1.3": ssl.TLSVersion.TLSv1_3}
# Suites a careful server never accepts, one handshake per family; the local OpenSSL offers the
# families it was built with (Debian's OpenSSL 3 has no RC4, DES, 3DES, EXPORT or LOW suites left).
WEAK_FAMILIES = ("eNULL", "aNULL", "MD5", "RC4", "3DES", "DES", "EXPORT", "LOW", "IDEA", "SEED")
# Static RSA key exchange: a later theft of the server key decrypts recorded sessions.
NO_FS_OFFER = "kRSA:!eNULL:!aNULL"
_LEGACY_CURVES = ("prime192v1", "secp224r1")
_LOOPBACK_LISTEN = {"*", "0.0.0.0", "::", "localhost", "127.0.0.1", "::1"}  # noqa: S104 - compared, never bound


class _Refused(Exception):
    """The server answered the SSLRequest with 'S' but the handshake failed."""


def _context(minimum: str = "TLSv1", maximum: str | None = None, ciphers: str = "DEFAULT") -> ssl.SSLContext:
    """Inspect, don't trust: no verification, every protocol and suite the local OpenSSL still has."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers(f"{ciphers}:@SECLEVEL=0")
    with warnings.catch_warnings():  # Python deprecates TLS 1.0/1.1, which is exactly what we test for
        warnings.simplefilter("ignore", DeprecationWarning)
        ctx.minimum_version = _VERSION[minimum]
        if maximum:
            ctx.maximum_version = _VERSION[maximum]
    return ctx


def _handshake(host: str, port: int, ctx: ssl.SSLContext, sni: str | None,
               timeout: float) -> tuple[str, str, bytes] | None:
    """(protocol, cipher, DER certificate), or None when the server answers 'N' (no TLS)."""
    with socket.create_connection((host, port), timeout=timeout) as raw:
        raw.sendall(SSL_REQUEST)
        answer = raw.recv(1)
        if answer == b"N":
            return None
        if answer != b"S":
            raise OSError(f"unexpected answer {answer[:1]!r} to SSLRequest: not a PostgreSQL server?")
        try:
            with ctx.wrap_socket(raw, server_hostname=sni) as tls:
                cipher = tls.cipher()
                return tls.version() or "", cipher[0] if cipher else "", tls.getpeercert(binary_form=True) or b""
        except (ssl.SSLError, ConnectionError) as exc:
            raise _Refused(str(exc)) from None


class _Prober:
    def __init__(self, host: str, port: int, sni: str | None, timeout: float) -> None:
        self.host, self.port, self.sni, self.timeout = host, port, sni, timeout
        self.deadline = time.monotonic() + 4 * timeout

    def expired(self) -> bool:
        return time.monotonic() > self.deadline

    def shake(self, ctx: ssl.SSLContext) -> tuple[str, str, bytes] | None:
        return _handshake(self.host, self.port, ctx, self.sni, self.timeout)

    def first(self) -> tuple[str, str, bytes] | None:
        """The first handshake; retried for certificates modern clients cannot even negotiate with."""
        try:
            return self.shake(_context())
        except _Refused as exc:
            failure = exc
        # a key with no TLS 1.3 signature scheme, or on a curve the default client groups lack (P-192,
        # P-224): TLS 1.2 with that curve as the only group still shows the certificate
        for curve in (None, *_LEGACY_CURVES):
            if self.expired():
                break
            ctx = _context(maximum="TLSv1.2")
            if curve:
                ctx.set_ecdh_curve(curve)
            try:
                return self.shake(ctx)
            except _Refused:
                continue
        raise failure

    def protocols(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Versions accepted and refused when each is offered alone (ones the local OpenSSL lacks: neither)."""
        accepted, refused = [], []
        for version in PROTOCOLS:
            if self.expired():
                break
            try:
                ctx = _context(version, version)
            except (ValueError, ssl.SSLError):
                continue
            try:
                self.shake(ctx)
                accepted.append(version)
            except _Refused:
                refused.append(version)
        return tuple(accepted), tuple(refused)

    def accepted_suite(self, offer: str) -> tuple[str | None, set[str]]:
        """The suite the server picks when offered only `offer` (None: refused), and the suites offered."""
        if self.expired():
            return None, set()
        try:
            ctx = _context("TLSv1", "TLSv1.2", offer)
        except ssl.SSLError:  # "No cipher can be selected": the local OpenSSL has none of them
            return None, set()
        offered = {c["name"] for c in ctx.get_ciphers() if c.get("protocol") != "TLSv1.3"}
        try:
            result = self.shake(ctx)
        except _Refused:
            return None, offered
        return (result[1] or None) if result else None, offered

    def weak_suites(self) -> tuple[tuple[str, ...], int]:
        """One accepted suite per weak family the server takes, and how many weak suites were offered."""
        found: list[str] = []
        offered: set[str] = set()
        for family in WEAK_FAMILIES:
            suite, names = self.accepted_suite(family + "".join(f":!{c}" for c in found))
            offered |= names
            if suite and suite not in found:
                found.append(suite)
        return tuple(found), len(offered)


def probe(host: str, port: int, *, sni: str | None = None, timeout: float = 5.0) -> TlsProbe:
    """Handshake with host:port as a PostgreSQL client would; never raises."""
    p = _Prober(host, port, sni, timeout)
    try:
        first = p.first()
    except _Refused as exc:
        return TlsProbe(host, port, offered=True, error=f"TLS handshake failed: {_one_line(exc)}")
    except (OSError, ValueError, ssl.SSLError) as exc:
        return TlsProbe(host, port, offered=False, error=f"could not reach {host}:{port}: {_one_line(exc)}")
    except Exception as exc:  # noqa: BLE001 - the collector must go on
        return TlsProbe(host, port, offered=False, error=f"TLS probe failed: {type(exc).__name__}: {_one_line(exc)}")
    if first is None:
        return TlsProbe(host, port, offered=False)
    protocol, cipher, der = first
    error = None
    try:
        certificate = None
        if der:
            from auditor.collect.certparse import parse_certificate   # cryptography loads only for a certificate
            certificate = parse_certificate(der)
    except Exception as exc:  # noqa: BLE001
        certificate, error = None, f"the server certificate could not be parsed: {_one_line(exc)}"
    try:
        accepted, refused = p.protocols()
        weak, weak_offered = p.weak_suites()
        no_fs, _ = p.accepted_suite(NO_FS_OFFER)
    except Exception as exc:  # noqa: BLE001 - keep what the first handshake showed
        return TlsProbe(host, port, True, protocol, cipher, certificate,
                        error=f"TLS probe incomplete: {_one_line(exc)}")
    if p.expired() and error is None:
        error = "TLS probe incomplete: the overall time limit ran out"
    return TlsProbe(host, port, True, protocol, cipher, certificate, accepted, error,
                    refused_protocols=refused, weak_ciphers=weak, weak_ciphers_offered=weak_offered,
                    no_fs_cipher=no_fs)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _listens_on_loopback(listen: str | None) -> str | None:
    """The loopback address to probe when listen_addresses covers one, else None."""
    names = {n.strip() for n in (listen or "").split(",") if n.strip()}
    if not names & _LOOPBACK_LISTEN:
        return None
    return "::1" if names <= {"::", "::1"} else "127.0.0.1"


Gap = tuple[str, str, str]   # (item, missing, detail), as collect.py records it


def probe_target(target: Target, settings: Sequence[Setting], *, hostaddr: str | None = None,
                 timeout: float = 5.0) -> tuple[TlsProbe | None, list[Gap]]:
    """Probe the server the audit connected to, and look at its key file where the auditor is local.

    Over TCP the probe goes where the audit went. Over a unix socket the auditor is on the server's
    host, so it probes the loopback address when listen_addresses covers one; with no TCP listener at
    all there is nothing to probe and no gap (the checks read listen_addresses).
    """
    port = target.port or 5432
    if target.transport == "tcp":
        host, sni = hostaddr or target.host, None if _is_ip(target.host) else target.host
    else:
        listen = next((s.value for s in settings if s.name == "listen_addresses"), None)
        if listen is not None and not listen.strip():
            return None, []
        host, sni = _listens_on_loopback(listen), None
        if host is None:
            return None, [("tls_probe", f"an audit over TCP to one of listen_addresses ({listen})",
                           "the audit used the unix socket and the server does not listen on a loopback address")]
    result = probe(host, port, sni=sni, timeout=timeout)
    if result.error and result.certificate is None:
        return result, [("tls_probe", f"a TLS handshake from the auditor with {host}:{port}", result.error)]
    if result.certificate is None:
        return result, []
    key_file, missing, detail = inspect_key_file(target, host, settings, result.certificate)
    if key_file is None:
        return result, [("ssl_key_file", missing, detail)]
    return dataclasses.replace(result, key_file=key_file), []


def _is_local(target: Target, probed: str) -> bool:
    if target.transport != "tcp":
        return True
    try:
        return ipaddress.ip_address(probed).is_loopback
    except ValueError:
        return probed == "localhost"


def inspect_key_file(target: Target, probed: str, settings: Sequence[Setting],
                     presented: Certificate) -> tuple[KeyFile | None, str, str]:
    """stat() the key file when pgcomply runs on the server's host: (KeyFile, '', '') or (None, missing, why).

    "On the server's host" is proven, not assumed: the local ssl_cert_file must be the certificate the
    server presented over the wire (a container behind a forwarded port has other files at those paths).
    """
    here = "filesystem access on the database host (run pgcomply there, connecting via its socket or loopback)"
    if not _is_local(target, probed):
        return None, here, f"the audit reached the server over the network ({probed})"
    values = {s.name: s.value or "" for s in settings}
    datadir = values.get("data_directory")
    paths = {}
    for name in ("ssl_cert_file", "ssl_key_file"):
        path = values.get(name, "")
        if not path:
            return None, "read access to setting " + name, f"{name} is not visible to the auditing role"
        if not os.path.isabs(path):
            if not datadir:
                return None, "pg_read_all_settings (or pg_monitor)", \
                    f"{name} is relative to data_directory, which is hidden from the auditing role"
            path = os.path.join(datadir, path)
        paths[name] = path
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    try:
        with open(paths["ssl_cert_file"], "rb") as f:
            local = x509.load_pem_x509_certificates(f.read())[0].public_bytes(serialization.Encoding.DER)
        st = os.stat(paths["ssl_key_file"])
    except (OSError, ValueError) as exc:
        return None, f"OS read access to {paths['ssl_cert_file']} and the key's directory", _one_line(exc)
    if hashlib.sha256(local).hexdigest() != presented.fingerprint_sha256:
        return None, here, (f"{paths['ssl_cert_file']} on this host is not the certificate the server presents: "
                            "the server's files are elsewhere (another host or a container)")
    readable = os.geteuid() not in (0, st.st_uid) and os.access(paths["ssl_key_file"], os.R_OK)
    return KeyFile(paths["ssl_key_file"], stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid, _user(st.st_uid),
                   _group(st.st_gid), readable), "", ""


def _user(uid: int) -> str | None:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return None


def _group(gid: int) -> str | None:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def days_between(start_iso: str, end_iso: str) -> float:
    """end - start in days (negative when end is earlier), both ISO-8601 with a UTC offset."""
    start, end = dt.datetime.fromisoformat(start_iso), dt.datetime.fromisoformat(end_iso)
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.timezone.utc)
    if end.tzinfo is None:
        end = end.replace(tzinfo=dt.timezone.utc)
    return (end - start).total_seconds() / 86400
