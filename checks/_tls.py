"""Pure TLS judgements for the ssl checks: what an OpenSSL cipher string enables, which suites, groups
and keys are weak, and whether a certificate names the host clients connect to (as libpq checks it).

What a cipher string expands to comes from the Snapshot (TlsLibrary, recorded by the collecting machine's
OpenSSL), never from the OpenSSL of the machine running the checks.
"""
from __future__ import annotations

import ipaddress
import re
import shlex
from typing import Iterable

from auditor.model.snapshot import Certificate, CipherSuite, TlsLibrary
from auditor.model.results import Severity

PROTOCOL_RANK = {"TLSv1": 1, "TLSv1.1": 2, "TLSv1.2": 3, "TLSv1.3": 4}

# Weak families, worst first: label and severity.
WEAKNESS = {
    "null": ("no encryption (NULL)", Severity.CRITICAL),
    "export": ("export-grade", Severity.CRITICAL),
    "anonymous": ("anonymous key exchange (no server authentication)", Severity.HIGH),
    "rc4": ("RC4", Severity.HIGH),
    "des": ("DES/3DES (64-bit blocks, Sweet32)", Severity.HIGH),
    "md5": ("MD5 message authentication", Severity.HIGH),
    "low": ("below 112-bit strength", Severity.HIGH),
    "ccm8": ("CCM_8 (truncated 64-bit tag)", Severity.LOW),
    "no_fs": ("static RSA key exchange (no forward secrecy)", Severity.LOW),
}
_KEYWORDS = {"RC4": "rc4", "DES": "des", "3DES": "des", "EXP": "export", "EXPORT": "export",
             "EXPORT40": "export", "EXPORT56": "export", "LOW": "low", "NULL": "null", "eNULL": "null",
             "aNULL": "anonymous", "ADH": "anonymous", "AECDH": "anonymous", "MD5": "md5",
             "COMPLEMENTOFALL": "null", "COMPLEMENTOFDEFAULT": "anonymous"}
_TOKEN_SPLIT = re.compile(r"[:, ]+")
_PART_SPLIT = re.compile(r"[+-]")
_FIRST_NUMBER = re.compile(r"(\d+)")


def worst(categories: Iterable[str]) -> Severity:
    return max((WEAKNESS[c][1] for c in categories), key=lambda s: s.rank, default=Severity.INFO)


def labels(categories: Iterable[str]) -> str:
    order = list(WEAKNESS)
    return ", ".join(WEAKNESS[c][0] for c in sorted(set(categories), key=order.index))


def suite_weaknesses(suite: CipherSuite) -> set[str]:
    """Weak families of one suite; PSK/SRP suites need keys PostgreSQL never configures, so they cannot be
    negotiated and are left out."""
    kea, auth = suite.kea, suite.auth
    if "psk" in kea or "srp" in kea or auth in ("auth-psk", "auth-srp"):
        return set()
    out = set()
    sym, digest, name = suite.symmetric.lower(), suite.digest, suite.name
    if not sym or sym == "null":
        out.add("null")
    if auth == "auth-null":
        out.add("anonymous")
    if "rc4" in sym:
        out.add("rc4")
    if sym.startswith("des"):
        out.add("des")
    if digest == "md5":
        out.add("md5")
    if name.startswith("EXP"):
        out.add("export")
    elif sym and sym != "null" and 0 < suite.strength_bits < 112:
        out.add("low")
    if kea in ("kx-rsa", "kx-dh", "kx-ecdh") and not out:   # a NULL/anonymous suite is worse already
        out.add("no_fs")
    return out


def expand(library: TlsLibrary | None, cipher_string: str) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """(suite, weak families) for each TLS <= 1.2 suite the string enables, as the collecting machine's
    OpenSSL expanded it; None when it could not (or the snapshot does not record it)."""
    found = library.expansion(cipher_string) if library is not None else None
    if found is None or found.suites is None:
        return None
    return tuple((c.name, frozenset(suite_weaknesses(c))) for c in found.suites)


def named_weaknesses(cipher_string: str) -> set[str]:
    """Weak families a cipher string asks for by name and does not remove with '!' (the local
    OpenSSL may lack them, the server's may not): e.g. RC4, 3DES, EXPORT, LOW, eNULL."""
    tokens = [t for t in _TOKEN_SPLIT.split(cipher_string) if t]
    killed = {_KEYWORDS[t[1:]] for t in tokens if t.startswith("!") and t[1:] in _KEYWORDS}
    out = set()
    for token in tokens:
        if token[0] in "!-+@":
            continue
        for piece in _PART_SPLIT.split(token):
            if piece in _KEYWORDS and _KEYWORDS[piece] not in killed:
                out.add(_KEYWORDS[piece])
    return out


def cipher_string_weaknesses(library: TlsLibrary | None, cipher_string: str) -> tuple[dict[str, list[str]], bool]:
    """Weak family -> example suites (empty list: asked for by name only); and whether it was expanded."""
    found: dict[str, list[str]] = {}
    expanded = expand(library, cipher_string)
    for name, cats in expanded or ():
        for cat in cats:
            found.setdefault(cat, []).append(name)
    for cat in named_weaknesses(cipher_string):
        found.setdefault(cat, [])
    return {cat: suites[:5] for cat, suites in found.items()}, expanded is not None


def suite_name_weaknesses(library: TlsLibrary | None, name: str) -> set[str]:
    """Weak families of a negotiated suite, by the collecting OpenSSL's description or else by its name."""
    described = expand(library, name) or ()
    for suite, cats in described:
        if suite == name:
            return set(cats)
    parts = set(_PART_SPLIT.split(name))
    out = {_KEYWORDS[p] for p in parts if p in _KEYWORDS}
    if "CCM8" in name or "CCM_8" in name:
        out.add("ccm8")
    return out


def tls13_weaknesses(value: str) -> dict[str, list[str]]:
    """ssl_tls13_ciphers (PG18): every TLS 1.3 suite is AEAD with forward secrecy but CCM_8."""
    ccm8 = [s for s in value.split(":") if "CCM_8" in s.upper()]
    return {"ccm8": ccm8} if ccm8 else {}


def weak_groups(value: str) -> list[str]:
    """Key-exchange groups below 224-bit curves (or binary curves) in ssl_ecdh_curve/ssl_groups."""
    out = []
    for name in (n.strip() for n in value.split(":")):
        low = name.lower().lstrip("?*")
        if not low or low == "none" or low.startswith(("x25519", "x448", "ffdhe")) or "mlkem" in low:
            continue
        m = _FIRST_NUMBER.search(low)
        if low.startswith(("sect", "c2")) or (m and int(m.group(1)) < 224):
            out.append(name)
    return out


def weak_curve(curve: str | None, key_size: int | None) -> bool:
    name = (curve or "").lower()
    return name.startswith(("sect", "c2")) or (key_size is not None and key_size < 224)


def _dns_match(host: str, pattern: str) -> bool:
    """libpq's rule: case-insensitive, a wildcard only as the whole leftmost label, matching one label."""
    host, pattern = host.lower().rstrip("."), pattern.lower().rstrip(".")
    if pattern.startswith("*."):
        head, _, rest = host.partition(".")
        return bool(head) and rest == pattern[2:]
    return host == pattern


def host_matches(host: str, cert: Certificate) -> bool:
    """Whether sslmode=verify-full would accept the certificate for `host` (SAN first, CN only without SAN
    of the host's kind)."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        ip = None
    if ip is not None:
        if cert.san_ip:
            return any(_same_ip(ip, a) for a in cert.san_ip)
        return any(_same_ip(ip, cn) for cn in cert.common_names)
    names = cert.san_dns or cert.common_names
    return any(_dns_match(host, n) for n in names)


def _same_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, text: str) -> bool:
    try:
        return ipaddress.ip_address(text) == ip
    except ValueError:
        return False


def literal_passphrase_program(command: str) -> str | None:
    """'echo'/'printf' when the passphrase command prints a literal (not $VAR, not a file's content)."""
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    for i, word in enumerate(words):
        if " " in word and (inner := literal_passphrase_program(word)):
            return inner
        prog = word.rsplit("/", 1)[-1]
        if prog in ("echo", "printf"):
            args = [w for w in words[i + 1:] if not w.startswith("-")]
            if args and not any(c in args[0] for c in "$`") and args[0] not in ("%p", "%R"):
                return prog
    return None
