"""Cipher strings expanded by the collecting machine's OpenSSL, recorded in the Snapshot (TlsLibrary).

The ssl checks judge what a server's `ssl_ciphers` enables from these facts, never from the OpenSSL of the
machine that evaluates a snapshot, so the same snapshot gets the same verdict everywhere.
"""
from __future__ import annotations

import ssl
from typing import Iterable

from auditor.model.snapshot import CipherExpansion, CipherSuite, TlsLibrary


def expand(cipher_string: str) -> CipherExpansion:
    """The TLS <= 1.2 suites the string enables here (at security level 0, so weak ones are listed too)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.set_ciphers(f"{cipher_string}:@SECLEVEL=0")
    except ssl.SSLError:
        return CipherExpansion(cipher_string, None)
    return CipherExpansion(cipher_string, tuple(
        CipherSuite(c["name"], c.get("kea") or "", c.get("auth") or "", c.get("symmetric") or "",
                    c.get("digest") or "", int(c.get("strength_bits") or 0))
        for c in context.get_ciphers() if c.get("protocol") != "TLSv1.3"))


def library_facts(cipher_strings: Iterable[str | None]) -> TlsLibrary:
    """Expansions of each distinct, non-empty string: the ssl_ciphers setting and the suites the probe saw."""
    wanted = sorted({s for s in cipher_strings if s})
    return TlsLibrary(ssl.OPENSSL_VERSION, tuple(expand(s) for s in wanted))
