"""SSL/TLS, the server certificate as a client sees it over the wire (auditor/collect/tls_probe.py): valid dates,
a verifiable issuer, key and signature strength, and the host name clients connect to."""
from __future__ import annotations

import functools
from typing import Any, Callable, Iterator

from auditor.analysis.context import Context
from auditor.model.snapshot import Certificate
from auditor.model.names import tls_object
from auditor.model.results import Outcome, Severity
from auditor.collect.tls_probe import days_between

from auditor.checks import _tls
from auditor.checks._common import gap_outcome
from auditor.checks._ssl_common import CLUSTER, _endpoint, _no_tcp

_BROKEN_HASHES = ("md5", "md2", "md4")


def _certificate(ctx: Context) -> tuple[Certificate | None, str, Outcome | None]:
    """The server certificate seen over the wire, its object, or the outcome that replaces the check."""
    tls = ctx.snap.tls
    obj = tls_object(tls.host, tls.port) if tls is not None else CLUSTER
    if _no_tcp(ctx):
        return None, obj, Outcome.not_applicable(obj, "the server listens on no TCP address: it presents no certificate")
    if tls is None:
        gap = gap_outcome(ctx, "tls_probe")
        return None, obj, gap or Outcome.not_assessable(obj, "a TLS probe of the server", "the snapshot holds no TLS probe")
    if not tls.offered and tls.error is None:
        return None, obj, Outcome.not_applicable(obj, f"{_endpoint(tls)} offers no TLS, so it presents no certificate (see SSL-001)")
    if tls.certificate is None:
        gap = gap_outcome(ctx, "tls_probe", obj)
        return None, obj, gap or Outcome.not_assessable(obj, "a TLS handshake with the server", tls.error or "")
    return tls.certificate, obj, None


def _with_certificate(check: Callable[[Context, Certificate, str], Iterator[Outcome]]) -> Callable[[Context], Iterator[Outcome]]:
    """Certificate checks receive the certificate and its object; without one, the outcome that replaces them."""
    @functools.wraps(check)
    def run(ctx: Context) -> Iterator[Outcome]:
        cert, obj, early = _certificate(ctx)
        if early:
            yield early
            return
        assert cert is not None
        yield from check(ctx, cert, obj)
    return run


def _days(n: float) -> str:
    return f"{int(n)} day{'' if int(n) == 1 else 's'}"


def _cert_facts(cert: Certificate) -> dict:
    return {"subject": cert.subject, "issuer": cert.issuer, "not_after": cert.not_after,
            "fingerprint_sha256": cert.fingerprint_sha256}


@_with_certificate
def certificate_valid(ctx: Context, cert: Certificate, obj: str) -> Iterator[Outcome]:
    """Expired or not-yet-valid certificates break verifying clients and train the rest to ignore errors."""
    at, limit = ctx.snap.collected_at, ctx.thresholds.cert_expiry_days
    left, since = days_between(at, cert.not_after), days_between(cert.not_before, at)
    until = cert.not_after[:10]
    facts = {**_cert_facts(cert), "not_before": cert.not_before, "days_left": int(left // 1),
             "expiry_threshold_days": limit, "audited_at": at, "source": "wire"}
    if left < 0:
        yield Outcome.fail(obj, f"the server certificate {cert.subject} expired on {until}, {_days(-left)} before this audit: "
                                "verifying clients refuse it and the others can no longer tell the server from an impostor",
                           severity=Severity.CRITICAL, **facts)
    elif since < 0:
        yield Outcome.fail(obj, f"the server certificate {cert.subject} is not valid before {cert.not_before[:10]}: "
                                "verifying clients refuse it", severity=Severity.HIGH, **facts)
    elif left < limit:
        yield Outcome.fail(obj, f"the server certificate {cert.subject} expires on {until}, in {_days(left)} "
                                f"(policy: renew {limit} days ahead): after that, verifying clients cannot connect",
                           severity=Severity.MEDIUM, **facts)
    else:
        yield Outcome.ok(obj, f"the server certificate is valid until {until} ({_days(left)} left)", **facts)


@_with_certificate
def certificate_trusted_issuer(ctx: Context, cert: Certificate, obj: str) -> Iterator[Outcome]:
    """A self-signed certificate cannot be verified through a CA, so clients settle for sslmode=require."""
    if cert.self_signed:
        yield Outcome.fail(obj, f"the server certificate {cert.subject} is self-signed: clients can only verify it by pinning "
                                "this exact certificate, so most use sslmode=require and accept any server that answers",
                           **_cert_facts(cert), source="wire")
    else:
        yield Outcome.ok(obj, f"the server certificate is issued by {cert.issuer}", **_cert_facts(cert), source="wire")


@_with_certificate
def certificate_key_strong(ctx: Context, cert: Certificate, obj: str) -> Iterator[Outcome]:
    """A short RSA key or a small curve lets a well-funded attacker derive the server's private key."""
    need = ctx.thresholds.min_rsa_key_bits
    facts = {**_cert_facts(cert), "key_type": cert.key_type, "key_size": cert.key_size, "curve": cert.curve, "source": "wire"}
    weak = ((cert.key_type in ("RSA", "DSA") and (cert.key_size or 0) < need)
            or (cert.key_type == "EC" and _tls.weak_curve(cert.curve, cert.key_size)))
    what = (f"an EC key on curve {cert.curve}" if cert.key_type == "EC"
            else f"a {cert.key_size}-bit {cert.key_type} key" if cert.key_size and cert.key_type in ("RSA", "DSA")
            else f"an {cert.key_type} key")
    if weak:
        yield Outcome.fail(obj, f"the server certificate {cert.subject} has {what}, below {need}-bit RSA strength: "
                                "its private key can be derived, letting an attacker impersonate the server", **facts)
    else:
        yield Outcome.ok(obj, f"the server certificate has {what}", **facts)


@_with_certificate
def certificate_signature_strong(ctx: Context, cert: Certificate, obj: str) -> Iterator[Outcome]:
    """SHA-1 and MD5 signatures can be forged with chosen-prefix collisions."""
    algo = (cert.signature_hash or "").lower()
    facts = {**_cert_facts(cert), "signature_hash": cert.signature_hash, "self_signed": cert.self_signed, "source": "wire"}
    if algo in _BROKEN_HASHES or algo == "sha1":
        severity = Severity.HIGH if algo in _BROKEN_HASHES else Severity.MEDIUM
        note = ""
        if cert.self_signed:
            severity, note = Severity.LOW, " (self-signed, so clients pin it rather than check the signature; a reissued one must use SHA-256)"
        yield Outcome.fail(obj, f"the server certificate {cert.subject} is signed with {algo.upper()}, which collision attacks "
                                f"let an attacker forge a certificate under{note}", severity=severity, **facts)
    else:
        yield Outcome.ok(obj, f"the server certificate is signed with {algo or cert.key_type}", **facts)


@_with_certificate
def certificate_matches_host(ctx: Context, cert: Certificate, obj: str) -> Iterator[Outcome]:
    """sslmode=verify-full checks the name; a mismatch makes clients fall back to modes a MITM defeats."""
    target = ctx.snap.target
    names: dict[str, Any] = {"san_dns": list(cert.san_dns), "san_ip": list(cert.san_ip), "common_names": list(cert.common_names)}
    if target.transport != "tcp":
        yield Outcome.not_assessable(obj, "an audit over TCP with the host name clients use",
                                     "the audit connected over a unix socket, so there is no client host name to compare "
                                     "with the certificate's names", **names)
    elif _tls.host_matches(target.host, cert):
        yield Outcome.ok(obj, f"the server certificate names {target.host}", host=target.host, **names, source="wire")
    else:
        listed = ", ".join([*cert.san_dns, *cert.san_ip] or cert.common_names) or "no name"
        yield Outcome.fail(obj, f"the server certificate names {listed}, not {target.host}, the host this audit connected to: "
                                "sslmode=verify-full refuses it, which pushes clients to sslmode=require, where an impostor "
                                "goes unnoticed", host=target.host, **names, **_cert_facts(cert), source="wire")
