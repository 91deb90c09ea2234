"""Recognising protected values: password-hash schemes by format, and ciphertext by structure and entropy.

A hash scheme is read from the value's own format (`$2b$12$...`, `pbkdf2_sha256$600000$...`, 32 hex digits).
Ciphertext is recognised structurally (pgcrypto PGP packets, ASCII armour, Fernet, Vault transit) or,
for opaque blobs (bytea, base64, hex), by the byte statistics of the whole column: random bytes, not text.
Only names of schemes and counts leave this module, never a value.
"""
from __future__ import annotations

import base64
import binascii
import math
import re

# Verdicts for application password storage (checks/passwords_app.py).
STRONG = "strong"
PLAINTEXT = "plaintext"            # the password itself
FAST_UNSALTED = "fast_unsalted"    # md5/sha1/sha2 digests: a GPU tries billions per second, rainbow tables apply
FAST_SALTED = "fast_salted"        # salted but fast or broken: md5-crypt, phpass, {SSHA}, DES crypt, Django sha1$
LOW_WORK = "low_work_factor"       # a strong algorithm configured too cheaply
REVERSIBLE = "reversible"          # encrypted, not hashed: whoever holds the key reads every password

SCHEMES: dict[str, str] = {
    "plaintext": PLAINTEXT,
    "md5-hex": FAST_UNSALTED, "sha1-hex": FAST_UNSALTED, "sha224-hex": FAST_UNSALTED, "sha256-hex": FAST_UNSALTED,
    "sha384-hex": FAST_UNSALTED, "sha512-hex": FAST_UNSALTED, "md5-base64": FAST_UNSALTED,
    "sha1-base64": FAST_UNSALTED, "sha256-base64": FAST_UNSALTED, "sha512-base64": FAST_UNSALTED,
    "ldap-sha": FAST_UNSALTED, "ldap-md5": FAST_UNSALTED, "mysql41": FAST_UNSALTED, "postgres-md5": FAST_UNSALTED,
    "ldap-ssha": FAST_SALTED, "ldap-smd5": FAST_SALTED, "md5-crypt": FAST_SALTED, "apr1-md5": FAST_SALTED,
    "des-crypt": FAST_SALTED, "bsdi-crypt": FAST_SALTED, "phpass": FAST_SALTED, "salted-sha1": FAST_SALTED,
    "salted-md5": FAST_SALTED, "salted-sha256": FAST_SALTED,
    "bcrypt": STRONG, "argon2": STRONG, "scrypt": STRONG, "yescrypt": STRONG, "pbkdf2": STRONG,
    "sha256-crypt": STRONG, "sha512-crypt": STRONG, "scram-sha-256": STRONG,
    "bcrypt-low-cost": LOW_WORK, "pbkdf2-low-iterations": LOW_WORK,
    "pgp-encrypted": REVERSIBLE, "encrypted": REVERSIBLE,
}
MIN_BCRYPT_COST = 10           # OWASP Password Storage Cheat Sheet
MIN_PBKDF2_ITERATIONS = 100_000

_HEX = re.compile(r"^[0-9a-fA-F]+$")
_B64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
_B64URL = re.compile(r"^[A-Za-z0-9_-]+={0,2}$")
_HEX_DIGESTS = {32: "md5-hex", 40: "sha1-hex", 56: "sha224-hex", 64: "sha256-hex", 96: "sha384-hex", 128: "sha512-hex"}
_B64_DIGESTS = {16: "md5-base64", 20: "sha1-base64", 32: "sha256-base64", 64: "sha512-base64"}
_CRYPT64 = r"[./A-Za-z0-9]"
_BCRYPT = re.compile(r"^\$2[abxy]?\$(\d\d)\$[./A-Za-z0-9]{53}$")
_MODULAR = [
    (re.compile(r"^\$argon2(id|i|d)\$(v=\d+\$)?m=\d+,t=\d+,p=\d+\$"), "argon2"),
    (re.compile(r"^\$(scrypt|7)\$"), "scrypt"),
    (re.compile(r"^\$(y|gy)\$"), "yescrypt"),
    (re.compile(r"^\$6\$(rounds=\d+\$)?" + _CRYPT64 + r"{0,16}\$" + _CRYPT64 + r"{86}$"), "sha512-crypt"),
    (re.compile(r"^\$5\$(rounds=\d+\$)?" + _CRYPT64 + r"{0,16}\$" + _CRYPT64 + r"{43}$"), "sha256-crypt"),
    (re.compile(r"^\$1\$" + _CRYPT64 + r"{0,8}\$" + _CRYPT64 + r"{22}$"), "md5-crypt"),
    (re.compile(r"^\$apr1\$" + _CRYPT64 + r"{0,8}\$" + _CRYPT64 + r"{22}$"), "apr1-md5"),
    (re.compile(r"^\$[PH]\$" + _CRYPT64 + r"{31}$"), "phpass"),
    (re.compile(r"^_" + _CRYPT64 + r"{19}$"), "bsdi-crypt"),
    (re.compile(r"^SCRAM-SHA-256\$\d+:"), "scram-sha-256"),
]
_PBKDF2 = re.compile(r"^(?:\$pbkdf2(?:-sha\d+)?\$(\d+)\$"                 # passlib
                     r"|pbkdf2_sha\d+\$(\d+)\$"                        # Django
                     r"|pbkdf2:sha\d+(?::(\d+))?\$)")                  # Werkzeug
_DJANGO = re.compile(r"^(argon2\$argon2|bcrypt_sha256\$|bcrypt\$|scrypt\$|sha1\$|md5\$|unsalted_md5\$|unsalted_sha1\$|crypt\$)")
_WERKZEUG_SCRYPT = re.compile(r"^scrypt:\d+:\d+:\d+\$")
_WERKZEUG_PLAIN = re.compile(r"^plain\$\$")
_WERKZEUG_SALTED = re.compile(r"^(sha1|sha256|sha512|md5)\$[^$]{1,64}\$[0-9a-f]{32,128}$")
_LDAP = re.compile(r"^\{(SSHA512|SSHA256|SSHA|SHA512|SHA256|SHA|SMD5|MD5|CRYPT|BCRYPT|ARGON2|PBKDF2[-A-Z0-9]*)\}", re.I)
_LDAP_SCHEMES = {"SSHA": "ldap-ssha", "SSHA256": "ldap-ssha", "SSHA512": "ldap-ssha", "SHA": "ldap-sha",
                 "SHA256": "ldap-sha", "SHA512": "ldap-sha", "SMD5": "ldap-smd5", "MD5": "ldap-md5",
                 "BCRYPT": "bcrypt", "ARGON2": "argon2", "CRYPT": "des-crypt"}
_MYSQL41 = re.compile(r"^\*[0-9A-F]{40}$")
# Round 12: Bugzilla's salt, unpadded base64 digest and algorithm in braces (`aB3dE5gH...{SHA-256}`)
_SALT_DIGEST_ALGO = re.compile(r"^[A-Za-z0-9]{8}[A-Za-z0-9+/]{22,86}\{(SHA-(?:1|224|256|384|512)|MD5)\}$")
_PG_MD5 = re.compile(r"^md5[0-9a-f]{32}$")
_DES_CRYPT = re.compile(r"^" + _CRYPT64 + r"{13}$")

# Ciphertext recognised by structure.
_ARMOR = "-----BEGIN PGP MESSAGE-----"
_FERNET = re.compile(r"^gAAAAA[A-Za-z0-9_-]{80,}={0,2}$")
_VAULT = re.compile(r"^vault:v\d+:[A-Za-z0-9+/=]{16,}$")
_JWE = re.compile(r"^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")
# Round 24: Bitwarden's EncString (Bitwarden and Vaultwarden store every vault field and wrapped key so):
# `2.iv|data|mac` (AES-CBC with HMAC, types 0 to 2, a 16-byte IV) or `4.data` (RSA-OAEP, types 3 to 6, 2048 bits up).
_B64_PART = r"[A-Za-z0-9+/]+={0,2}"
_BITWARDEN = re.compile(r"^(?:[0-2]\.[A-Za-z0-9+/]{22}==\|" + _B64_PART + r"(?:\|" + _B64_PART + r")?"
                        r"|[3-6]\.[A-Za-z0-9+/]{300,}={0,2}(?:\|" + _B64_PART + r")?)$")
_ENC_PREFIX = re.compile(r"^(enc|ENC|aes|AES|kms|gcm)[:$(]{1,2}[A-Za-z0-9+/=_:-]{16,}\)?$")
_FILE_MAGIC = (b"\x1f\x8b", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"%PDF", b"GIF8", b"x\x9c", b"x\xda", b"BZh")


def _pgp_packet(b: bytes) -> bool:
    """A pgcrypto message starts with a public-key (tag 1) or symmetric-key (tag 3) session key packet."""
    if len(b) < 3:
        return False
    tag = b[0]
    if tag in (0xC1, 0xC3):                       # new-format packet header
        return b[2] in (3, 4) if b[1] < 192 else True
    return tag in (0x84, 0x85, 0x8C, 0x8D)        # old format, 1- or 2-byte length


def hash_scheme(value: str, named_credential: bool) -> str | None:
    """The password storage scheme a value's format shows, or None if it is not a recognisable hash.

    Formats that are unambiguous on their own (bcrypt, argon2, `$6$`, Django/Werkzeug) are always recognised;
    bare hex or base64 digests and 13-char DES crypt only in a column already named as a credential.
    """
    v = value.strip()
    if not v:
        return None
    if v[0] == "$" or v[0] == "_" or v[0] == "S":
        if m := _BCRYPT.match(v):
            return "bcrypt" if int(m.group(1)) >= MIN_BCRYPT_COST else "bcrypt-low-cost"
        for rx, name in _MODULAR:
            if rx.match(v):
                return name
    if m := _PBKDF2.match(v):
        iterations = next((int(g) for g in m.groups() if g), MIN_PBKDF2_ITERATIONS)
        return "pbkdf2" if iterations >= MIN_PBKDF2_ITERATIONS else "pbkdf2-low-iterations"
    if m := _DJANGO.match(v):
        prefix = m.group(1)
        if prefix.startswith(("argon2", "bcrypt", "scrypt")):
            return {"a": "argon2", "b": "bcrypt", "s": "scrypt"}[prefix[0]]
        if prefix.startswith("unsalted_md5"):
            return "md5-hex"
        if prefix.startswith("unsalted_sha1"):
            return "sha1-hex"
        return {"sha1$": "salted-sha1", "md5$": "salted-md5", "crypt$": "des-crypt"}[prefix]
    if _WERKZEUG_SCRYPT.match(v):
        return "scrypt"
    if _WERKZEUG_PLAIN.match(v):
        return "plaintext"
    if m := _WERKZEUG_SALTED.match(v):
        return "salted-sha256" if v.startswith(("sha256", "sha512")) else "salted-sha1"
    if m := _LDAP.match(v):
        return _LDAP_SCHEMES.get(m.group(1).upper().split("-")[0], "pbkdf2")
    if _MYSQL41.match(v):
        return "mysql41"
    if v[-1] == "}" and _SALT_DIGEST_ALGO.match(v):
        return "salted-sha256" if "SHA-1" not in v and "MD5" not in v else "salted-sha1"
    if _PG_MD5.match(v):
        return "postgres-md5"
    if not named_credential:
        return None
    if len(v) in _HEX_DIGESTS and _HEX.match(v):
        return _HEX_DIGESTS[len(v)]
    if 20 <= len(v) <= 90 and _B64.match(v):
        try:
            raw = base64.b64decode(v, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) in _B64_DIGESTS:
            return _B64_DIGESTS[len(raw)]
    if _DES_CRYPT.match(v) and not v.isalpha() and not v.isdigit():
        return "des-crypt"
    return None


def ciphertext_kind(value: str | bytes) -> str | None:
    """'pgp' / 'fernet' / 'vault' / 'jwe' / 'tagged' / 'bitwarden' when the structure alone proves ciphertext."""
    if isinstance(value, bytes):
        return "pgp" if _pgp_packet(value) else None
    v = value.strip()
    if v.startswith(_ARMOR):
        return "pgp"
    if len(v) < 24:
        return None
    if _FERNET.match(v):
        return "fernet"
    if _VAULT.match(v):
        return "vault"
    if _JWE.match(v):
        return "jwe"
    if _ENC_PREFIX.match(v):
        return "tagged"
    if v[1] == "." and _BITWARDEN.match(v):
        return "bitwarden"
    if v.startswith(("wy", "hQ", "jA")) and _B64.match(v):     # base64 of a PGP packet (0xC3, 0x85, 0x8C)
        try:
            if _pgp_packet(base64.b64decode(v[:8] + "=" * (-len(v[:8]) % 4))):
                return "pgp"
        except (binascii.Error, ValueError):
            pass
    return None


_LINE_BREAKS = str.maketrans("", "", "\r\n\t")


def blob_bytes(value: str | bytes) -> bytes | None:
    """The bytes an opaque value encodes (bytea, hex, base64), or None if it reads as text.

    Files (gzip, zip, PNG, PDF...) are recognised by their magic number and are not ciphertext.
    """
    if isinstance(value, bytes):
        if value.startswith(_FILE_MAGIC):
            return None
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            return value
        return None if text.isprintable() or text.translate(_LINE_BREAKS).isprintable() else value   # text in lines
    v = value.strip()
    if v.startswith("\\x"):
        v = v[2:]
    if len(v) >= 32 and len(v) % 2 == 0 and _HEX.match(v):
        return bytes.fromhex(v)
    if len(v) >= 24 and (_B64.match(v) or _B64URL.match(v)) and not v.isalpha():
        try:
            raw = base64.urlsafe_b64decode(v + "=" * (-len(v) % 4)) if ("-" in v or "_" in v) else \
                base64.b64decode(v + "=" * (-len(v) % 4))
        except (binascii.Error, ValueError):
            return None
        return None if raw.startswith(_FILE_MAGIC) else raw
    return None


def looks_random(pool: bytes) -> bool:
    """Do these bytes look like ciphertext (uniform) rather than text or structured data?

    Small pools use the number of distinct byte values against what uniform bytes would give;
    larger ones Shannon entropy against its expected value for uniform bytes of that size.
    """
    n = len(pool)
    if n < 48:
        return False
    counts = [0] * 256
    for b in pool:
        counts[b] += 1
    distinct = sum(1 for c in counts if c)
    if n < 1024:
        expected = 256 * (1 - (255 / 256) ** n)
        return distinct >= 0.8 * expected
    entropy = -sum(c / n * math.log2(c / n) for c in counts if c)
    return entropy >= 8 - 255 / (2 * n * math.log(2)) - 0.25


def verdict(scheme: str) -> str:
    return SCHEMES.get(scheme, PLAINTEXT)
