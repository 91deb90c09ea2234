"""Value generators for the third blind corpus (blind3.py), second half: IP addresses and user agents, password-hash
and token formats of the recreated applications, national identifiers and organisation numbers with real check
digits. Seeded through Ctx.r."""

from __future__ import annotations

import base64
import hashlib
import json
import string
import uuid

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.it import codicefiscale

from .blind3_gens import IT_CITY, ascii_, birth, fk
from .gens import Ctx, Gen


# ---- network --------------------------------------------------------------------------------------------------------


def ipv4(c: Ctx, i: int) -> str:
    a = c.r.choice([24, 31, 46, 62, 73, 77, 81, 84, 91, 93, 98, 109, 151, 176, 185, 188, 195, 212, 217])
    return f"{a}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def ip_any(c: Ctx, i: int) -> str:
    if c.r.random() < 0.2:
        return f"2a02:{c.r.randint(0x100, 0xFFF):x}:{c.r.randint(0, 0xFFFF):x}:{c.r.randint(0, 0xFFFF):x}::{c.r.randint(1, 0xFFF):x}"
    return ipv4(c, i) if c.r.random() < 0.9 else f"10.{c.r.randint(0, 40)}.{c.r.randint(0, 255)}.{c.r.randint(2, 250)}"


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
      "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91"]


def agent(c: Ctx, i: int) -> str:
    return c.r.choice(UA)


# ---- secrets in the formats of the applications --------------------------------------------------------------------

B64 = string.ascii_letters + string.digits + "+/"
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase


def chars(n: int, alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


def phpass(c: Ctx, i: int) -> str:
    return "$P$B" + "".join(c.r.choice(CRYPT64) for _ in range(31))


def bcrypt(prefix: str = "$2y$10$") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(CRYPT64) for _ in range(53))


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def friendly_token(c: Ctx, i: int) -> str:
    """Devise.friendly_token: 20 URL-safe characters without l, I, O, 0."""
    return "".join(c.r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789_-") for _ in range(20))


def sha256_b64(c: Ctx, i: int) -> str:
    return base64.b64encode(hashlib.sha256(c.r.randbytes(20)).digest()).decode()


def uid(prefix: str) -> Gen:
    """A stable UUID for row i of a table, so that children can refer to it (see uid_ref)."""
    return lambda c, i: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{prefix}/{i}"))


def uid_ref(prefix: str, n: int) -> Gen:
    return lambda c, i: str(uuid.uuid5(uuid.NAMESPACE_URL, f"{prefix}/{c.r.randint(1, n)}"))


def uuid4(c: Ctx, i: int) -> str:
    return str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def ssh_key(c: Ctx, i: int) -> str:
    """A public key as pasted into GitLab: ed25519 or RSA, with the ssh-keygen comment (user@host or an e-mail)."""
    f = fk("en_US", c)
    who = ascii_(f.first_name())
    comment = c.r.choice(
        [
            f"{who}@{c.r.choice(['laptop', 'MacBook-Pro.local', 'DESKTOP-' + chars(7, string.ascii_uppercase + string.digits)(c, i), 'workstation', 'ubuntu'])}",
            f"{who}.{ascii_(f.last_name())}@{c.r.choice(['gmail.com', 'outlook.com'])}",
            "deploy key",
            f"{who}@ci-runner-{c.r.randint(1, 9)}",
        ]
    )
    if c.r.random() < 0.6:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(c.r.choice(B64) for _ in range(43)) + " " + comment
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(c.r.choice(B64) for _ in range(500)) + "= " + comment


def md5_fingerprint(c: Ctx, i: int) -> str:
    return ":".join(f"{c.r.randint(0, 255):02x}" for _ in range(16))


def pem_rsa_private(c: Ctx, i: int) -> str:
    body = base64.encodebytes(c.r.randbytes(1190)).decode().strip()
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----\n"


def pem_rsa_public(c: Ctx, i: int) -> str:
    body = base64.encodebytes(c.r.randbytes(294)).decode().strip()
    return f"-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----\n"


def rails_encrypted(c: Ctx, i: int) -> str:
    """An ActiveRecord::Encryption payload, as Mastodon stores otp_secret."""
    b = lambda n: base64.b64encode(c.r.randbytes(n)).decode()  # noqa: E731
    return json.dumps({"p": b(24), "h": {"iv": b(12), "at": b(16)}}, separators=(",", ":"))


# ---- national identifiers and organisation numbers ------------------------------------------------------------------


def ssn(c: Ctx, i: int) -> str:
    area = c.r.choice([n for n in range(1, 900) if n != 666])
    s = f"{area:03d}{c.r.randint(1, 99):02d}{c.r.randint(1, 9999):04d}"
    return c.r.choice([s, f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}"])


def npi(c: Ctx, i: int) -> str:
    body = c.r.choice("12") + "".join(c.r.choice(string.digits) for _ in range(8))
    return body + luhn.calc_check_digit("80840" + body)


def ein(c: Ctx, i: int) -> str:
    return f"{c.r.randint(10, 98)}-{c.r.randint(1000000, 9999999)}"


def siren(c: Ctx, i: int) -> str:
    body = f"{c.r.randint(30_000_000, 99_999_999)}"
    return body + luhn.calc_check_digit(body)


def siret(c: Ctx, i: int) -> str:
    body = siren(c, i) + f"{c.r.randint(1, 99):05d}"[1:]
    return body + luhn.calc_check_digit(body)


def tva_fr(c: Ctx, i: int) -> str:
    s = siren(c, i)
    return f"FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}"


def iban(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        if loc == "de_DE":
            bban = f"{c.r.choice(['10070000', '20050550', '37040044', '50010517', '70150000', '43060967'])}{c.r.randint(0, 10**10 - 1):010d}"
            v = "DE" + std_iban.calc_check_digits("DE00" + bban) + bban
        else:
            v = fk(loc, c).iban()
        return std_iban.format(v) if c.r.random() < 0.4 else v

    return gen


def sv_nummer(c: Ctx, i: int) -> str:
    """Deutsche Rentenversicherungsnummer: area, birth date DDMMYY, initial of the birth name, serial, check digit."""
    b, letter = birth(1958, 2003)(c, i), c.r.choice("ABDFGHKLMNPRSTWZ")
    serial = c.r.randint(0, 49) if c.r.random() < 0.5 else c.r.randint(50, 99)
    body = f"{c.r.choice([12, 13, 15, 16, 18, 23, 24, 25, 28, 29, 38, 39, 40, 42, 44, 45, 65]):02d}{b:%d%m%y}"
    digits = body + f"{ord(letter) - 64:02d}" + f"{serial:02d}"
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)))
    v = f"{body}{letter}{serial:02d}{total % 10}"
    return v if c.r.random() < 0.6 else f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}"


_CONS = set("BCDFGHJKLMNPQRSTVWXYZ")


def _cf_part(s: str, first_name: bool) -> str:
    s = ascii_(s).upper()
    cons = [ch for ch in s if ch in _CONS]
    vow = [ch for ch in s if ch in "AEIOU"]
    if first_name and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(lo: int, hi: int) -> Gen:
    """A codice fiscale of someone born between lo and hi: surname, name, birth date (+40 for women), comune, check."""

    def gen(c: Ctx, i: int) -> str:
        f = fk("it_IT", c)
        female = c.r.random() < 0.5
        b = birth(lo, hi)(c, i)
        body = (
            _cf_part(f.last_name(), False)
            + _cf_part(f.first_name_female() if female else f.first_name_male(), True)
            + f"{b:%y}"
            + "ABCDEHLMPRST"[b.month - 1]
            + f"{b.day + (40 if female else 0):02d}"
            + c.r.choice(IT_CITY)[3]
        )
        return body + codicefiscale.calc_check_digit(body)

    return gen
