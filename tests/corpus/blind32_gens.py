"""Hand-written value helpers for the thirty-second blind corpus part (schemas ah_*): no Faker, no word lists.

Every random draw comes from the context's seeded `c.r`. One person's parts (names, sex, birth date, contacts, ids,
address) are drawn once per (entity, row) by `person` and cached, so the columns of a row agree. python-stdnum only
computes check digits (Luhn for ICCIDs and cards, ISO 13616 for Kuwaiti IBANs); the Kuwaiti civil id's check digit
is computed here. Ids referenced by foreign keys are derived from the row index (`fk`).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from decimal import Decimal
from typing import Any, Callable

from stdnum import iban as std_iban
from stdnum import luhn

from .blind32_pools import CYR, POOLS
from .gens import Col, Ctx

Gen = Callable[[Ctx, int], Any]
_LATIN = str.maketrans("áéíóúñÁÉÍÓÚÑçÇëËèãâüÜ' -", "aeiounAEIOUNcCeEeaauU...")


def slug(s: str) -> str:
    s = "".join(CYR.get(ch.lower(), ch) for ch in s)
    return s.translate(_LATIN).lower().replace("..", ".").strip(".")


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


def money(c: Ctx, lo: float, hi: float, places: int = 2) -> Decimal:
    return Decimal(str(round(c.r.uniform(lo, hi), places)))


def bcrypt(c: Ctx, v: str = "2y", cost: str = "10") -> str:
    return f"${v}${cost}$" + alnum(c, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def sha256(c: Ctx) -> str:
    return hashlib.sha256(rbytes(c, 16)).hexdigest()


def md5(c: Ctx) -> str:
    return hashlib.md5(rbytes(c, 16)).hexdigest()


def public_ip(c: Ctx, firsts: tuple[int, ...]) -> str:
    return f"{c.r.choice(firsts)}.{c.r.randrange(256)}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def iban(cc: str, bban: str) -> str:
    return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban


def kw_civil_id(c: Ctx, birth: dt.date) -> str:
    """Kuwaiti civil id: century digit, YYMMDD, four serial digits and a weighted mod-11 check digit."""
    while True:
        body = f"{2 if birth.year < 2000 else 3}{birth:%y%m%d}{digits(c, 4)}"
        check = 11 - sum(int(d) * w for d, w in zip(body, (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11
        if check < 10:
            return body + str(check)


# --- generator builders --------------------------------------------------------------------------------------------
def seq(start: int = 0) -> Gen:
    return lambda c, i: start + i


def fk(n: int, step: int = 7, nullable_every: int = 0) -> Gen:
    """A parent id in 1..n derived from the row index (every `nullable_every`-th row None)."""
    def g(c: Ctx, i: int) -> int | None:
        if nullable_every and i % nullable_every == 0:
            return None
        return (i * step) % n + 1
    return g


def one(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def const(v: Any) -> Gen:
    return lambda c, i: v


def maybe(g: Gen, p: float = 0.7, empty: Any = None) -> Gen:
    return lambda c, i: g(c, i) if c.r.random() < p else empty


def dates(y0: int = 2018, y1: int = 2025) -> Gen:
    return lambda c, i: date(c, y0, y1)


def stamps(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: ts(c, y0, y1)


def amounts(lo: float, hi: float, places: int = 2) -> Gen:
    return lambda c, i: money(c, lo, hi, places)


def ints(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def yn(p: float = 0.5, yes: str = "Y", no: str = "N") -> Gen:
    return lambda c, i: yes if c.r.random() < p else no


def span(key: str, y0: int, hours: tuple[int, int], y1: int = 2025) -> Gen:
    """(start, end) of row i, drawn once: an end `hours` after the start."""
    def g(c, i):
        def make(cx):
            start = ts(cx, y0, y1)
            return {"v": (start, start + dt.timedelta(hours=cx.r.randint(*hours), minutes=cx.r.randint(0, 59)))}
        return cached(c, (key, i), make)["v"]
    return g


def C(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    return Col(name, type_, label, gen, comment)


def fkey(schema: str, table: str, col: str, parent: str, pcol: str) -> str:
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{parent}" ("{pcol}")')


# --- persons, cached per (entity, row) -----------------------------------------------------------------------------
_CACHE: dict[str, Any] = {"r": None, "rows": {}}


def cached(c: Ctx, key: tuple, make: Callable[[Ctx], dict]) -> dict:
    if _CACHE["r"] is not c.r:
        _CACHE["r"], _CACHE["rows"] = c.r, {}
    if key not in _CACHE["rows"]:
        _CACHE["rows"][key] = make(c)
    return _CACHE["rows"][key]


def mobile(c: Ctx, cc: str) -> str:
    if cc == "bt":
        return f"+975 {c.r.choice(['17', '77'])} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    if cc == "kw":
        return f"+965 {c.r.choice('569')}{digits(c, 3)} {digits(c, 4)}"
    if cc == "bz":
        return f"+501 6{c.r.choice('0123456')}{digits(c, 1)}-{digits(c, 4)}"
    if cc == "pg":
        return f"+675 7{c.r.choice('01234')}{digits(c, 2)} {digits(c, 4)}"
    if cc == "kg":
        return f"+996 {c.r.choice(['555', '700', '770', '550', '707', '777', '500'])} {digits(c, 2)} {digits(c, 2)} " \
               f"{digits(c, 2)}"
    return f"+269 3{c.r.choice('2349')}{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}"


def landline(c: Ctx, cc: str) -> str:
    if cc == "bt":
        return f"02-3{digits(c, 5)}"
    if cc == "kw":
        return f"2{c.r.choice('2456')}{digits(c, 2)} {digits(c, 4)}"
    if cc == "bz":
        return f"{c.r.choice(['223', '227', '822', '824', '322'])}-{digits(c, 4)}"
    if cc == "pg":
        return f"{c.r.choice(['472', '325', '323', '532'])} {digits(c, 4)}"
    if cc == "kg":
        return f"(0312) {c.r.randint(30, 69)}-{digits(c, 2)}-{digits(c, 2)}"
    return f"77{c.r.choice('3')} {digits(c, 2)} {digits(c, 2)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    district, city = c.r.choice(p["district"]), c.r.choice(p["city"])
    if cc in ("bt", "kg") and c.r.random() < 0.65:      # the school's and the guests' home towns cluster
        city = p["city"][0]
    n = c.r.randint(1, 180)
    if cc == "bt":
        line = c.r.choice([f"House No. {n}, {district}", f"Flat {c.r.randint(1, 4)}{c.r.choice('ABC')}, Bldg {n}, "
                           f"{c.r.choice(p['street'])}"])
        postcode = {"Thimphu": "11001", "Paro": "12001", "Phuentsholing": "21101"}.get(city, f"{c.r.randint(13, 48)}001")
    elif cc == "kw":
        line = c.r.choice([f"Block {c.r.randint(1, 12)}, Street {c.r.randint(1, 40)}, Avenue {c.r.randint(1, 9)}, "
                           f"House {n}, {district}",
                           f"Block {c.r.randint(1, 12)}, {c.r.choice(p['street'])}, Bldg {n}, Flat "
                           f"{c.r.randint(1, 30)}, {district}"])
        postcode = f"{c.r.randint(13, 93)}{digits(c, 3)}"
    elif cc == "bz":
        line = c.r.choice([f"#{n} {c.r.choice(p['street'])}", f"{n} {c.r.choice(p['street'])}, {district}",
                           f"Mile {c.r.randint(3, 49)} George Price Highway"])
        postcode = ""
    elif cc == "pg":
        line = c.r.choice([f"Section {c.r.randint(1, 90)} Lot {c.r.randint(1, 40)}, {district}",
                           f"Allotment {n}, {district}", f"PO Box {c.r.randint(100, 4999)}"])
        postcode = {"Lae": "411", "Port Moresby": "111", "Goroka": "441", "Madang": "511",
                    "Mount Hagen": "281", "Wewak": "531", "Kokopo": "613", "Kimbe": "621"}.get(city, "241")
    elif cc == "kg":
        line = c.r.choice([f"{c.r.choice(p['street'])}, {n}, кв. {c.r.randint(1, 90)}",
                           f"{district}, д. {c.r.randint(1, 60)}, кв. {c.r.randint(1, 120)}",
                           f"{c.r.choice(p['street'])}, {n}"])
        postcode = {"Бишкек": "7200", "Ош": "7235", "Каракол": "7222"}.get(city, "7220") + digits(c, 2)
    else:
        rue = c.r.choice(["de la Corniche", "Ajao", "du Marché", "de la Mosquée"])
        line = c.r.choice([f"Quartier {district}", f"{district}, rue {rue}", f"{district}, près de l'école coranique"])
        postcode = f"BP {c.r.randint(100, 2500)}"
    return {"line": line, "district": district, "city": city, "postcode": postcode,
            "full": ", ".join(x for x in (line, postcode, city) if x)}


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "bt":
        return f"1{c.r.randint(1, 20):02d}{digits(c, 8)}"
    if cc == "kw":
        return kw_civil_id(c, birth)
    if cc == "bz":
        return f"{c.r.randint(0, 2)}{digits(c, 8)}"
    if cc == "pg":
        return f"{c.r.randint(1, 9)}{digits(c, 9)}"
    if cc == "kg":
        return f"{2 if sex == 'M' else 1}{birth:%d%m%Y}{digits(c, 5)}"
    return f"{c.r.choice(['NG', 'NG', 'ND', 'MW'])}{digits(c, 7)}"


def _name(c: Ctx, cc: str, sex: str) -> dict[str, str]:
    p, g = POOLS[cc], ("m" if sex == "M" else "f")
    if cc == "bt":
        if c.r.random() < 0.2:
            first, last = c.r.choice(p["n" + g]), c.r.choice(p["nlast"])
            return {"first": first, "last": last, "ethnic": "Lhotshampa",
                    "religion": c.r.choice(["Hinduism", "Hinduism", "Hinduism", "Buddhism", "Christianity"])}
        return {"first": c.r.choice(p[g]), "last": c.r.choice(p[g + "2"]),
                "ethnic": c.r.choice(["Ngalop", "Ngalop", "Sharchop", "Sharchop", "Khengpa", "Kurtoep"]),
                "religion": c.r.choice(["Buddhism (Drukpa Kagyu)", "Buddhism (Drukpa Kagyu)", "Buddhism (Nyingma)"])}
    if cc == "kw":
        nat = c.r.choice(["KW", "KW", "KW", "IN", "IN", "EG", "PH"])
        pre = {"KW": "", "IN": "in_", "EG": "eg_", "PH": "ph_"}[nat]
        return {"first": c.r.choice(p[pre + g]), "last": c.r.choice(p[pre + "last"]), "nat": nat}
    if cc == "kg":
        pre = "ru_" if c.r.random() < 0.2 else ""
        last = c.r.choice(p[pre + "last"]) + ("" if sex == "M" else "а")
        otch = c.r.choice(p[pre + "father"]) + ("ович" if sex == "M" else "овна")
        return {"first": c.r.choice(p[pre + g]), "last": last, "otch": otch}
    return {"first": c.r.choice(p[g]), "last": c.r.choice(p["last"])}


def make_person(c: Ctx, cc: str, y0: int = 1950, y1: int = 2004) -> dict[str, Any]:
    sex = c.r.choice("MF")
    nm = _name(c, cc, sex)
    birth = date(c, y0, y1)
    user = slug(f"{nm['first'].split()[0]}.{nm['last'].split()[0]}")
    email = f"{user}{c.r.choice(['', '', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(POOLS[cc]['mail'])}"
    full = f"{nm['last']} {nm['first']} {nm['otch']}" if cc == "kg" else f"{nm['first']} {nm['last']}"
    person = {"sex": sex, "birth": birth, "full": full, "user": user, "email": email,
              "mobile": mobile(c, cc), "phone": landline(c, cc), "natid": _natid(c, cc, sex, birth), **nm}
    person.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2004) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    """A full name not tied to any row (a relative, a contact person)."""
    def g(c: Ctx, i: int) -> str:
        nm = _name(c, cc, c.r.choice("MF"))
        return f"{nm['last']} {nm['first']}" if cc == "kg" else f"{nm['first']} {nm['last']}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: mobile(c, cc)


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]


def geo(lat: float, lon: float, spread: float = 0.05) -> Callable[[Ctx], tuple[Decimal, Decimal]]:
    return lambda c: (Decimal(str(round(lat + c.r.uniform(-spread, spread), 6))),
                      Decimal(str(round(lon + c.r.uniform(-spread, spread), 6))))
