"""Hand-written value helpers for the thirty-third blind corpus part (schemas ai_*): no Faker, no word lists.

Every random draw comes from the context's seeded `c.r`. The parts of one person (names, sex, birth date, contacts,
national id, address) are drawn once per (entity, row) by `person` and cached, so the columns of a row agree.
python-stdnum only computes check digits (IBAN, EAN-13 for the AHV number); the Danish-Greenlandic CPR modulus 11 and
the French RIB key are computed here. Ids referenced by foreign keys are derived from the row index (`fk`).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import unicodedata
from decimal import Decimal
from typing import Any, Callable

from stdnum import ean
from stdnum import iban as std_iban

from .blind33_pools import GL_POST, GM_LANDMARKS, LA_POST, LA_TOWNS, LI_PLACES, POOLS, VU_LANDMARKS, VU_TOWNS
from .gens import Col, Ctx

Gen = Callable[[Ctx, int], Any]

_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ı": "i", "ß": "ss", "'": "", " ": "."})


def ascii_slug(s: str) -> str:
    plain = unicodedata.normalize("NFKD", s.lower().translate(_PLAIN))
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).replace("-", "")


# --- small value helpers -------------------------------------------------------------------------------------------
def digits(c: Ctx, n: int) -> str:
    return "".join(c.r.choice("0123456789") for _ in range(n))


def alnum(c: Ctx, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(c.r.choice(alphabet) for _ in range(n))


def hexs(c: Ctx, n: int) -> str:
    return "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def rbytes(c: Ctx, n: int) -> bytes:
    return bytes(c.r.getrandbits(8) for _ in range(n))


def b64(c: Ctx, n: int) -> str:
    return base64.b64encode(rbytes(c, n)).decode()


def uuid(c: Ctx) -> str:
    h = hexs(c, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def date(c: Ctx, y0: int = 2018, y1: int = 2025) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def ts(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.datetime:
    return dt.datetime.combine(date(c, y0, y1), dt.time(c.r.randrange(6, 23), c.r.randrange(60), c.r.randrange(60)))


def unix(c: Ctx, y0: int = 2021, y1: int = 2025) -> int:
    return int(dt.datetime.combine(date(c, y0, y1), dt.time(c.r.randrange(24), c.r.randrange(60)),
                                   dt.timezone.utc).timestamp())


def money(c: Ctx, lo: float, hi: float, places: int = 2) -> Decimal:
    return Decimal(str(round(c.r.uniform(lo, hi), places)))


_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt(c: Ctx, cost: str = "10", v: str = "2y") -> str:
    return f"${v}${cost}$" + alnum(c, 53, _B64)


def md5(c: Ctx) -> str:
    return hashlib.md5(rbytes(c, 16)).hexdigest()


def ip(c: Ctx, prefixes: tuple[str, ...]) -> str:
    p = c.r.choice(prefixes)
    return p + "".join(f".{c.r.randrange(1, 255)}" for _ in range(4 - p.count(".") - 1))


def base32(c: Ctx, n: int = 32) -> str:
    return alnum(c, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


# --- generator builders --------------------------------------------------------------------------------------------
def seq(start: int = 0) -> Gen:
    return lambda c, i: start + i


def fk(n: int, step: int = 7, nullable_every: int = 0, base: int = 0) -> Gen:
    """A parent id in base+1..base+n derived from the row index (every `nullable_every`-th row None)."""
    def g(c: Ctx, i: int) -> int | None:
        if nullable_every and i % nullable_every == 0:
            return None
        return base + (i * step) % n + 1
    return g


def one(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def const(v: Any) -> Gen:
    return lambda c, i: v


def maybe(g: Gen, p: float = 0.7) -> Gen:
    return lambda c, i: g(c, i) if c.r.random() < p else None


def dates(y0: int = 2018, y1: int = 2025) -> Gen:
    return lambda c, i: date(c, y0, y1)


def stamps(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: ts(c, y0, y1)


def unixes(y0: int = 2021, y1: int = 2025) -> Gen:
    return lambda c, i: unix(c, y0, y1)


def amounts(lo: float, hi: float, places: int = 2) -> Gen:
    return lambda c, i: money(c, lo, hi, places)


def ints(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def C(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    return Col(name, type_, label, gen, comment)


def fkey(schema: str, table: str, col: str, parent: str, pcol: str) -> str:
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{parent}" ("{pcol}")')


# --- check digits ----------------------------------------------------------------------------------------------------
def iban(cc: str, bban: str) -> str:
    return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban


def spaced(s: str) -> str:
    return " ".join(s[k:k + 4] for k in range(0, len(s), 4))


def rib_key(bank: str, branch: str, account: str) -> str:
    """The French RIB key (numeric account numbers only): 97 - (89 bank + 15 branch + 3 account) mod 97."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def cpr(c: Ctx, birth: dt.date, sex: str) -> str:
    """A CPR number DDMMYY-SSSS passing the old modulus-11 test, century digit 0-3 (born 1900-1999), odd for men."""
    head = f"{birth:%d%m%y}"
    while True:
        body = head + c.r.choice("0123") + digits(c, 2)
        s = sum(int(d) * w for d, w in zip(body, (4, 3, 2, 7, 6, 5, 4, 3, 2)))
        check = (11 - s % 11) % 11
        if check < 10 and check % 2 == (1 if sex == "M" else 0):
            return f"{body[:6]}-{body[6:]}{check}"


def ahv(c: Ctx) -> str:
    """A 13-digit AHV number 756.XXXX.XXXX.XC with its EAN-13 check digit."""
    body = "756" + digits(c, 9)
    n = body + ean.calc_check_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


# --- persons, cached per (entity, row) -----------------------------------------------------------------------------
_CACHE: dict[str, Any] = {"r": None, "rows": {}}


def cached(c: Ctx, key: tuple, make: Callable[[Ctx], dict]) -> dict:
    if _CACHE["r"] is not c.r:
        _CACHE["r"], _CACHE["rows"] = c.r, {}
    if key not in _CACHE["rows"]:
        _CACHE["rows"][key] = make(c)
    return _CACHE["rows"][key]


def _pair(c: Ctx) -> str:
    return digits(c, 2)


def _phones(c: Ctx, cc: str, home: str = "") -> tuple[str, str]:
    """(mobile, landline) in the shapes the country's people write them."""
    p2 = lambda: _pair(c)     # noqa: E731
    if cc == "dj":
        mob = f"77 {p2()} {p2()} {p2()}"
        return (c.r.choice([mob, mob, "+253 " + mob, mob.replace(" ", "")]), f"21 3{c.r.randint(0, 5)} {p2()} {p2()}")
    if cc == "la":
        return (c.r.choice([f"020 {c.r.choice('5279')}{digits(c, 3)} {digits(c, 4)}",
                            f"+856 20 {c.r.choice('5279')}{digits(c, 3)} {digits(c, 4)}"]),
                f"021 {c.r.choice(['21', '41', '25', '26', '45'])}{digits(c, 1)} {digits(c, 3)}")
    if cc == "th":
        return f"+66 8{c.r.randint(1, 9)} {digits(c, 3)} {digits(c, 4)}", f"+66 43 {digits(c, 3)} {digits(c, 3)}"
    if cc == "vn":
        return (f"+84 9{c.r.randint(0, 8)} {digits(c, 3)} {digits(c, 2)} {digits(c, 2)}",
                f"+84 24 {digits(c, 4)} {digits(c, 4)}")
    if cc == "vu":
        mob = (c.r.choice(["5", "77", "78", "54", "59"]) + digits(c, 2))[:3] + " " + digits(c, 4)
        return c.r.choice([mob, mob, "+678 " + mob]), f"2{c.r.choice('2345')}{digits(c, 3)}"
    if cc == "gm":
        return (f"{c.r.choice(['70', '77', '78', '33', '35', '99', '26', '30'])}{digits(c, 1)} {digits(c, 4)}",
                f"{c.r.choice(['439', '437', '449', '422', '446'])} {digits(c, 4)}")
    if cc == "gl":
        return (f"{c.r.choice('245')}{digits(c, 1)} {p2()} {p2()}", f"3{c.r.choice('246')} {p2()} {p2()}")
    # Liechtenstein and the two neighbours its commuters live in
    if home == "CH":
        return f"+41 7{c.r.choice('6789')} {digits(c, 3)} {p2()} {p2()}", f"+41 81 7{digits(c, 2)} {p2()} {p2()}"
    if home == "AT":
        return f"+43 664 {digits(c, 3)} {digits(c, 4)}", f"+43 5522 {digits(c, 5)}"
    return (f"+423 7{c.r.choice('789')}{digits(c, 1)} {p2()} {p2()}",
            f"+423 {c.r.choice(['23', '37', '26', '39'])}{digits(c, 1)} {p2()} {p2()}")


def _address(c: Ctx, cc: str, home: str = "") -> dict[str, str]:
    p = POOLS.get(cc, {})
    n = c.r.randint(1, 180)
    if cc == "dj":
        d = c.r.choice(p["district"])
        line = c.r.choice([f"{d}, villa n° {n}", f"{d}, rue {c.r.randint(1, 40)}, maison {n}",
                           f"{c.r.choice(p['street'])}, imm. {c.r.choice('ABCDEFG')}, porte {c.r.randint(1, 24)}",
                           f"{d}, lot {n * 3}"])
        return {"line": line, "district": d, "city": c.r.choice(p["city"]),
                "postcode": f"BP {c.r.randint(100, 4200)}" if c.r.random() < 0.35 else ""}
    if cc == "th":
        road = c.r.choice(["Mittraphap Rd", "Sri Chan Rd", "Chayangkun Rd", "Ubonratchathani-Warin Rd"])
        town, post = c.r.choice([("Mueang Khon Kaen, Khon Kaen", "40000"), ("Warin Chamrap, Ubon Ratchathani", "34190"),
                                 ("Mueang Nong Khai, Nong Khai", "43000")])
        line = f"{n}/{c.r.randint(1, 40)} {road}"
        return {"line": line, "city": town, "postcode": post, "full": f"{line}, {town} {post}, Thailand"}
    if cc == "vn":
        line = f"Số {n} {c.r.choice(['Tây Sơn', 'Nguyễn Trãi', 'Xuân Thủy', 'Giải Phóng', 'Lê Duẩn'])}"
        town = c.r.choice(["Đống Đa, Hà Nội", "Thanh Xuân, Hà Nội", "Cầu Giấy, Hà Nội", "Hải Châu, Đà Nẵng"])
        return {"line": line, "city": town, "postcode": "", "full": f"{line}, {town}, Việt Nam"}
    if cc == "la":
        city = c.r.choice(p["city"])
        d = c.r.choice(p["district"]) if city == "Vientiane Capital" else LA_TOWNS[city][0]
        v = c.r.choice(p["village"]) if city == "Vientiane Capital" else c.r.choice(LA_TOWNS[city][1:])
        line = f"House No. {n}, Unit {c.r.randint(1, 30)}, Ban {v}"
        return {"line": line, "district": f"{d} District", "village": v, "city": city, "postcode": LA_POST[city],
                "full": f"{line}, {d} District, {city}"}
    if cc == "vu":
        city = c.r.choice(p["city"])
        d = c.r.choice(p["district"] if city == "Port Vila" else VU_TOWNS[city][1:])
        street = f"{d}, {c.r.choice(p['street'])}" if city == "Port Vila" else d
        line = c.r.choice([street, f"PO Box {c.r.randint(20, 3900)}",
                           f"{d}, behind {c.r.choice(VU_LANDMARKS)}"])
        return {"line": line, "district": d, "city": city,
                "province": "Shefa" if city == "Port Vila" else VU_TOWNS[city][0], "postcode": ""}
    if cc == "gm":
        d = c.r.choice(p["district"])
        line = c.r.choice([f"Compound No. {n}, {c.r.choice(p['street'])}, {d}", f"{d}, near {c.r.choice(GM_LANDMARKS)}",
                           f"{n} {c.r.choice(p['street'])}"])
        return {"line": line, "district": d, "city": c.r.choice(p["city"])}
    if cc == "gl":
        city = c.r.choice(p["city"])
        street = f"{c.r.choice(p['street'])} {n % 60 + 1}" + c.r.choice(["", "", f", lejl. {c.r.randint(1, 24)}",
                                                                         f", {c.r.randint(1, 4)}. th"])
        if city in ("Paamiut", "Tasiilaq"):
            street = f"B-{c.r.randint(100, 1400)}"
        return {"line": street, "city": city, "postcode": GL_POST[city]}
    postcode, town = c.r.choice(LI_PLACES[home or "LI"])
    return {"line": f"{c.r.choice(p['street'])} {c.r.randint(1, 140)}", "city": town, "postcode": postcode,
            "country": {"LI": "Liechtenstein", "CH": "Schweiz", "AT": "Österreich"}[home or "LI"]}


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2004) -> dict[str, Any]:
    home = ""
    if cc == "li":
        home = c.r.choice(["LI"] * 6 + ["CH"] * 3 + ["AT"] * 2)
    nat = cc
    if cc == "la":
        nat = c.r.choice(["la"] * 15 + ["th"] * 3 + ["vn"] * 2)
    p = POOLS[nat]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last = c.r.choice(p["last"])
    if cc == "dj":
        last = f"{last} {c.r.choice([x for x in p['last'] if x != last])}"
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, nat, home)
    user = ascii_slug(f"{first.split()[0]}.{last.split()[0]}")
    email = f"{user}{c.r.choice(['', '', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    person = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "nat": nat,
              "home": home, "mobile": mobile, "phone": landline, "email": email, "user": user}
    if cc == "gl":
        person["natid"] = cpr(c, birth, sex)
    elif cc == "li":
        person["natid"] = ahv(c)
    elif cc == "la":
        person["natid"] = {"la": "P", "th": "A" + c.r.choice("ABC"), "vn": "C"}[nat] + digits(c, 7)
    person.update({f"a_{k}": v for k, v in _address(c, nat, home).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def person_at(cc: str, entity: str, field: str, n: int, y0: int = 1950, y1: int = 2004) -> Gen:
    """The same field of a random one of the first n persons of `entity` (a staff member named in a note)."""
    return lambda c, i: person(cc, entity, field, y0, y1)(c, c.r.randint(1, n))


def any_name(cc: str) -> Gen:
    """A person's full name not tied to any row (a relative, a contact person)."""
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        last = c.r.choice(p["last"])
        if cc == "dj":
            last += " " + c.r.choice(p["last"])
        return f"{c.r.choice(p['m'] + p['f'])} {last}"
    return g


def any_mobile(cc: str, home: str = "") -> Gen:
    return lambda c, i: _phones(c, cc, home)[0]


def geo(lat: float, lon: float, spread: float = 0.02) -> Callable[[Ctx], tuple[float, float]]:
    return lambda c: (round(lat + c.r.uniform(-spread, spread), 6), round(lon + c.r.uniform(-spread, spread), 6))
