"""Hand-written value helpers for the forty-ninth blind corpus part (schemas ay_*): no Faker, no word lists.

Three places written by hand: Romansh-speaking Graubünden (Switzerland), Sorbian Lusatia (Germany) and Sámi
northern Norway. Every random draw comes from the context's seeded `c.r`; the parts of one person are drawn once per
("ay", entity, row) and cached, so the columns of a row agree. python-stdnum only computes check digits (EAN-13 for
Swiss AHV numbers, the two mod-11 digits of Norwegian fødselsnummer, IBAN check digits). Generic draws come from
blind26_gens.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from stdnum import ean
from stdnum.no import fodselsnummer

from .blind26_gens import date, digits, iban, public_ip
from .gens import Ctx

Gen = Callable[[Ctx, int], Any]

POOLS: dict[str, dict[str, list[str]]] = {
    "rm": {   # Romansh Graubünden
        "m": ["Gion", "Duri", "Men", "Curdin", "Flurin", "Reto", "Jon", "Gian Andrea", "Ursin", "Claudio", "Mario",
              "Not", "Peder", "Linard", "Andri", "Flavio"],
        "f": ["Mengia", "Ursina", "Seraina", "Annina", "Cilgia", "Flurina", "Bigna", "Madlaina", "Tina", "Nicole",
              "Corina", "Ladina", "Anna Barla", "Uorschla", "Gianna", "Nina"],
        "last": ["Caviezel", "Cadruvi", "Bundi", "Casutt", "Derungs", "Tuor", "Cathomen", "Vincenz", "Candinas",
                 "Cabalzar", "Pitschen", "Filli", "Könz", "Tscharner", "Sialm", "Deplazes", "Janett", "Campell"],
        "street": ["Via Principala", "Via da la Staziun", "Via Sura", "Stradun", "Via Nova", "Plazzet", "Via da Mulin",
                   "Via Chantunala", "Via Grava", "Punt Crap"],
        "city": ["Glion/Ilanz", "Mustér/Disentis", "Sedrun", "Samedan", "Zernez", "Savognin", "Laax", "Trun",
                 "Val Müstair", "Tujetsch", "Lumnezia", "Bravuogn"],
        "zip": ["7130", "7180", "7188", "7503", "7530", "7460", "7031", "7166", "7537", "7484"],
        "mail": ["bluewin.ch", "gmail.com", "gmx.ch", "sunrise.ch", "rumantsch.ch"],
    },
    "hsb": {   # Sorbian Lusatia
        "m": ["Jan", "Měrćin", "Pětr", "Beno", "Jurij", "Michał", "Handrij", "Marko", "Bjarnat", "Clemens", "Tomaš",
              "Filip", "Jakub", "Mikławš", "Maćij", "Lukas"],
        "f": ["Hana", "Lejna", "Maria", "Měrana", "Marja", "Jadwiga", "Lenka", "Katrin", "Wórša", "Madlena",
              "Kristina", "Božena", "Anja", "Sabina", "Milena", "Julia"],
        "last": ["Nowak", "Šołta", "Brězan", "Kral", "Wjenka", "Kowar", "Šwjela", "Młynk", "Bjeńš", "Žur", "Kośka",
                 "Hančo", "Pawlik", "Rjenč", "Domaška", "Wałda", "Krawc", "Cyž"],
        "street": ["Serbska hasa", "Bahnhofstraße", "Hłowna dróha", "Dorfstraße", "Lessingowa", "Am Wendischen Graben",
                   "Kamjenska", "Wjesna hasa", "Hauptstraße", "Mühlweg"],
        "city": ["Budyšin/Bautzen", "Chóśebuz/Cottbus", "Kamjenc/Kamenz", "Wojerecy/Hoyerswerda", "Ralbicy", "Pančicy",
                 "Njebjelčicy", "Chrósćicy", "Radwor", "Slepo/Schleife"],
        "zip": ["02625", "03046", "01917", "02977", "01920", "01906", "02694", "02959", "03044"],
        "mail": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    },
    "se": {   # Sámi northern Norway
        "m": ["Ánde", "Máhtte", "Niillas", "Issát", "Piera", "Jovnna", "Mikkel", "Aslak", "Johan Mathis", "Nils Peder",
              "Ovllá", "Heandarat", "Isak", "Anders", "Per Ivar", "Ante"],
        "f": ["Elle", "Inga", "Risten", "Máret", "Sárá", "Ánne", "Karen Anne", "Biret", "Ellen Marie", "Kirsten",
              "Láilá", "Marja", "Ingá", "Siri", "Berit", "Ristin"],
        "last": ["Gaup", "Sara", "Eira", "Hætta", "Somby", "Buljo", "Turi", "Utsi", "Bongo", "Triumf", "Oskal",
                 "Mienna", "Balto", "Logje", "Siri", "Keskitalo", "Nango", "Porsanger"],
        "street": ["Hannoluohkka", "Bákteluohkká", "Márkanluodda", "Geaidnu", "Álttáluodda", "Suomageaidnu",
                   "Fitnágeaidnu", "Skoviidluodda", "Báktegeaidnu", "Guovdageaidnoluodda"],
        "city": ["Guovdageaidnu", "Kárášjohka", "Deatnu", "Unjárga", "Porsáŋgu", "Áltá", "Gáivuotna", "Loabát"],
        "zip": ["9520", "9730", "9845", "9840", "9700", "9510", "9146", "9360"],
        "mail": ["gmail.com", "online.no", "hotmail.com", "icloud.com", "samediggi.no"],
    },
}

_FOLD = str.maketrans("áàâäéèêëíìîïóòôöúùûüčćšśžźłńñěřŋđŧåæøÁČŠŽŊĐ' ", "aaaaeeeeiiiioooouuuuccsszzlnnernntaaoACSZND._")


def slug(s: str) -> str:
    return s.translate(_FOLD).lower().replace("/", "")


def _mobile(c: Ctx, cc: str) -> tuple[str, str]:
    if cc == "rm":
        return (f"+41 7{c.r.choice('6789')} {digits(c, 3)} {digits(c, 2)} {digits(c, 2)}",
                f"081 {c.r.choice(['920', '925', '936', '851', '856', '864'])} {digits(c, 2)} {digits(c, 2)}")
    if cc == "hsb":
        return (f"+49 1{c.r.choice(['51', '52', '57', '60', '70', '76'])} {digits(c, 8)}",
                f"0{c.r.choice(['3591', '355', '3578', '3571'])} {digits(c, 6)}")
    return (f"+47 9{digits(c, 2)} {digits(c, 2)} {digits(c, 3)}", f"78 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}")


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "rm":    # AHV-Nr. 756.xxxx.xxxx.xc, EAN-13 check digit
        body = "756" + digits(c, 9)
        n = body + ean.calc_check_digit(body)
        return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"
    if cc == "hsb":   # Steuer-ID: 11 digits, its check digit not computed
        return str(c.r.randint(1, 9)) + digits(c, 10)
    while True:       # Norwegian fødselsnummer: DDMMYY, individual number (odd for men), two mod-11 digits
        ind = c.r.randrange(0, 499) if birth.year < 2000 else c.r.randrange(500, 999)
        if (ind % 2 == 1) != (sex == "M"):
            ind = (ind + 1) % 1000
        body = f"{birth:%d%m%y}{ind:03d}"
        d1 = fodselsnummer.calc_check_digit1(body)
        d2 = fodselsnummer.calc_check_digit2(body + d1) if len(d1) == 1 else "10"
        if len(d2) == 1:       # a remainder of 10 has no check digit: draw again
            return body + d1 + d2


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, town, zip_ = c.r.choice(p["street"]), c.r.choice(p["city"]), c.r.choice(p["zip"])
    n = c.r.randint(1, 120)
    line = f"{n} {street}" if cc == "se" and c.r.random() < 0.2 else f"{street} {n}"
    return {"line": line, "city": town, "zip": zip_, "full": f"{line}, {zip_} {town}"}


def make_person(c: Ctx, cc: str, y0: int = 1945, y1: int = 2004) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _mobile(c, cc)
    user = slug(f"{first.split()[0]}.{last}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    d = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
         "phone": landline, "email": email, "user": user, "natid": _natid(c, cc, sex, birth), "ip": public_ip(c)}
    d.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return d


_CACHE: dict[str, Any] = {"r": None, "rows": {}}


def cached(c: Ctx, key: tuple, make: Callable[[Ctx], dict]) -> dict:
    if _CACHE["r"] is not c.r:
        _CACHE["r"], _CACHE["rows"] = c.r, {}
    if key not in _CACHE["rows"]:
        _CACHE["rows"][key] = make(c)
    return _CACHE["rows"][key]


def person(cc: str, entity: str, field: str, y0: int = 1945, y1: int = 2004) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per ("ay", entity, i))."""
    return lambda c, i: cached(c, ("ay", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def work_email(cc: str, entity: str, domain: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = cached(c, ("ay", entity, i), lambda cx: make_person(cx, cc))
        return f"{slug(p['first'].split()[0])}.{slug(p['last'])}@{domain}"
    return g


def any_name(cc: str) -> Gen:
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}"


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _mobile(c, cc)[0]


def any_landline(cc: str) -> Gen:
    return lambda c, i: _mobile(c, cc)[1]


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]


def org_iban(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        if cc == "rm":
            return iban("CH", "00774" + digits(c, 12))
        if cc == "hsb":
            return iban("DE", "85050000" + digits(c, 10))
        return iban("NO", "4760" + digits(c, 7))
    return g
