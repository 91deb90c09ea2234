"""Hand-written value pools and generators for the eighteenth blind corpus part (schemas v_*).

Everything random comes from the context's seeded `c.r`. People are drawn once per (pool, index) from a per-person
random.Random seeded from `c.r` and cached on the context, so a row's name, birth date, ids, e-mail, phone and address
agree. python-stdnum only computes check digits (AHV/AVS EAN-13, Lithuanian asmens kodas, Croatian OIB, CURP, IBAN).
"""
from __future__ import annotations

import datetime as dt
import random
import string
from typing import Any, Callable

from stdnum import ean
from stdnum import iban as std_iban
from stdnum.iso7064 import mod_11_10
from stdnum.lt import asmens
from stdnum.mx import curp as std_curp

from .gens import Ctx, Gen

# --------------------------------------------------------------------------------------------------- caches, basics


def _cache(c: Ctx) -> dict:
    got = getattr(c, "_blind18", None)
    if got is None:
        got = {}
        c._blind18 = got  # type: ignore[attr-defined]
    return got


def row(c: Ctx, key: str, i: int) -> dict:
    """Per-row scratch dict with its own random.Random (`rr`), so several columns of one row can share draws."""
    cache = _cache(c)
    got = cache.get(("row", key, i))
    if got is None:
        got = {"rr": random.Random(c.r.getrandbits(64))}
        cache[("row", key, i)] = got
    return got


def pick(c: Ctx, key: str, i: int, name: str, fn: Callable[[random.Random], Any]) -> Any:
    """One draw shared by the columns of row i of table `key`."""
    got = row(c, key, i)
    if name not in got:
        got[name] = fn(got["rr"])
    return got[name]


def seq(c: Ctx, i: int) -> int:
    return i


def const(v: Any) -> Gen:
    return lambda c, i: v


def ch(*opts: Any) -> Gen:
    return lambda c, i: c.r.choice(opts)


def wch(pairs: list[tuple[Any, int]]) -> Gen:
    vals, weights = zip(*pairs)
    return lambda c, i: c.r.choices(vals, weights)[0]


def fk(n: int) -> Gen:
    return lambda c, i: c.r.randint(1, n)


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    """gen's value with probability p, else `other` (NULL)."""
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def boolean(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def day(y0: int, y1: int) -> Gen:
    def g(c: Ctx, i: int) -> dt.date:
        return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))
    return g


def stamp(y0: int, y1: int) -> Gen:
    def g(c: Ctx, i: int) -> dt.datetime:
        d = dt.datetime(y0, 1, 1, 6) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))
        return d + dt.timedelta(seconds=c.r.randint(0, 15 * 3600))
    return g


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


_B64 = string.ascii_letters + string.digits + "./"


def bcrypt(c: Ctx, i: int) -> str:
    return "$2y$13$" + "".join(c.r.choice(_B64) for _ in range(53))


def pbkdf2(c: Ctx, i: int) -> str:
    salt = "".join(c.r.choice(_B64) for _ in range(22))
    return f"$pbkdf2-sha256$29000${salt}${''.join(c.r.choice(_B64) for _ in range(43))}"


def ipv4(c: Ctx, i: int) -> str:
    first = c.r.choice([31, 46, 78, 89, 93, 141, 176, 185, 188, 195, 212, 213])
    return f"{first}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def ipv6(c: Ctx, i: int) -> str:
    return "2a02:" + ":".join(f"{c.r.randint(0, 0xffff):x}" for _ in range(7))


def ip_any(c: Ctx, i: int) -> str:
    return ipv6(c, i) if c.r.random() < 0.2 else ipv4(c, i)


def iban(country: str, bban_len: int, bank: str = "") -> Gen:
    def g(c: Ctx, i: int) -> str:
        bban = bank + "".join(c.r.choice(string.digits) for _ in range(bban_len - len(bank)))
        return country + std_iban.calc_check_digits(country + "00" + bban) + bban
    return g


def text_from(templates: list[str], **pools: list[str]) -> Gen:
    """A template with {slot}s filled from the named pools (and {n}: a small number)."""
    def g(c: Ctx, i: int) -> str:
        vals = {k: c.r.choice(v) for k, v in pools.items()}
        vals["n"] = str(c.r.randint(2, 40))
        return c.r.choice(templates).format(**vals)
    return g


def _ascii(s: str) -> str:
    table = str.maketrans("čćžšđČĆŽŠĐäöüÄÖÜéèêàáíóúñÑëėęįųūąçÇõãâôÁÉÍÓÚ'",
                          "cczsdCCZSDaouAOUeeeaaiounNeeeiuuacCoaaoAEIOU ")
    return s.translate(table).replace(" ", "")


def _birth(rr: random.Random, y0: int, y1: int) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=rr.randint(0, (y1 - y0) * 365))


# --------------------------------------------------------------------------------------------------- people

HR_M = ["Ivan", "Marko", "Luka", "Josip", "Ante", "Tomislav", "Mario", "Nikola", "Dario", "Petar", "Matej",
        "Krešimir", "Zoran", "Davor", "Filip", "Stjepan", "Hrvoje", "Domagoj"]
HR_F = ["Ana", "Ivana", "Marija", "Petra", "Lucija", "Maja", "Katarina", "Martina", "Nikolina", "Sanja", "Jelena",
        "Dora", "Mia", "Tea", "Marina", "Vesna", "Snježana", "Ivona"]
HR_S = ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Marković",
        "Petrović", "Matić", "Tomić", "Pavlović", "Perić", "Božić", "Grgić", "Šarić", "Radić", "Mandić", "Barišić",
        "Vidović", "Lovrić", "Bilić"]
HR_STREETS = ["Ilica", "Vukovarska ulica", "Put Firula", "Obala kneza Branimira", "Ulica kralja Tomislava",
              "Savska cesta", "Zagrebačka ulica", "Ulica Ivana Gundulića", "Trg Stjepana Radića", "Ulica Matije Gupca",
              "Poljička cesta", "Ulica Ante Starčevića", "Frankopanska ulica"]
HR_TOWNS = [("10000", "Zagreb"), ("21000", "Split"), ("51000", "Rijeka"), ("31000", "Osijek"), ("23000", "Zadar"),
            ("20000", "Dubrovnik"), ("52100", "Pula"), ("22000", "Šibenik"), ("42000", "Varaždin"),
            ("10410", "Velika Gorica"), ("21210", "Solin")]
HR_MAIL = ["gmail.com", "gmail.com", "net.hr", "yahoo.com", "hotmail.com", "t-com.hr", "inet.hr", "icloud.com"]

MY_MALAY_M = ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Muhammad Irfan", "Khairul Anuar", "Syed Amir",
              "Nik Hazwan", "Amirul Hakim", "Zulkifli", "Razak"]
MY_MALAY_F = ["Nur Aisyah", "Siti Nurhaliza", "Nurul Izzah", "Farah Diyana", "Noor Azlina", "Aina Sofea",
              "Siti Hajar", "Nor Hidayah", "Intan Suraya"]
MY_FATHERS = ["Abdullah", "Ismail", "Hassan", "Ibrahim", "Osman", "Yusof", "Rahman", "Aziz", "Kassim", "Mohamad"]
MY_CN_S = ["Tan", "Lim", "Lee", "Ng", "Wong", "Ong", "Chong", "Teoh", "Khoo", "Cheah", "Goh", "Yeoh"]
MY_CN_M = ["Wei Ming", "Chee Keong", "Kok Leong", "Boon Hock", "Jun Hao", "Zhi Hao", "Eng Soon", "Kah Wai"]
MY_CN_F = ["Mei Ling", "Siew Yin", "Hui Min", "Pei Shan", "Li Ying", "Xin Yi", "Bee Lian", "Geok Hoon"]
MY_IN_M = ["Suresh", "Rajesh", "Kumaresan", "Ganesan", "Prakash", "Vijay", "Thinesh", "Saravanan"]
MY_IN_F = ["Kavitha", "Priya", "Shanthi", "Devi", "Malathi", "Thanusha", "Revathi", "Jayanthi"]
MY_IN_FATHERS = ["Raman", "Muniandy", "Subramaniam", "Krishnan", "Govindasamy", "Arumugam", "Nadarajah", "Perumal"]
MY_STREETS = ["Jalan Sultan Azlan Shah", "Jalan Perusahaan Maju 8", "Lorong Bayan Indah 3", "Jalan Sungai Dua",
              "Jalan Tun Dr Awang", "Persiaran Bayan Indah", "Jalan Mayang Pasir 1", "Lebuh Pantai",
              "Jalan Bukit Gambir",
              "Lorong Kenari 5", "Jalan Permatang Damar Laut", "Jalan Todak 2"]
MY_TAMAN = ["Taman Bukit Jambul", "Taman Sri Nibong", "Taman Bayan Baru", "Taman Seri Damai", "Bandar Perda",
            "Taman Pelangi", "Taman Sungai Ara", ""]
MY_TOWNS = [("11900", "Bayan Lepas", "Pulau Pinang"), ("11950", "Bayan Lepas", "Pulau Pinang"),
            ("11700", "Gelugor", "Pulau Pinang"), ("10450", "George Town", "Pulau Pinang"),
            ("14000", "Bukit Mertajam", "Pulau Pinang"), ("13700", "Perai", "Pulau Pinang"),
            ("09000", "Kulim", "Kedah"), ("34000", "Taiping", "Perak")]
MY_STATES = ["07", "07", "07", "02", "08", "01", "10", "14", "09", "12"]        # NRIC birthplace codes

CH_M = ["Lukas", "Reto", "Beat", "Urs", "Daniel", "Marco", "Thomas", "Stefan", "Patrick", "Roger", "Bekim", "Arben",
        "Driton", "João", "Nuno", "Rui", "Luca", "Giuseppe", "Dragan", "Goran", "Mehmet", "Fabian"]
CH_F = ["Sandra", "Nicole", "Daniela", "Corinne", "Barbara", "Monika", "Andrea", "Sabrina", "Ana", "Vlora",
        "Fatime", "Maria", "Sara", "Claudia"]
CH_S = ["Meier", "Müller", "Brunner", "Keller", "Gerber", "Huber", "Frei", "Zürcher", "Baumann", "Widmer",
        "Bachmann", "Steiner", "Krasniqi", "Berisha", "Gashi", "Ferreira", "Pereira", "da Silva", "Bernasconi",
        "Russo", "Jovanović", "Petrović", "Yılmaz", "Schmid"]
CH_STREETS = ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptstrasse", "Zürichstrasse", "Badenerstrasse",
              "Rosenweg", "Kirchgasse", "Schaffhauserstrasse", "Wehntalerstrasse", "Birmensdorferstrasse", "Im Grund",
              "Langstrasse", "Winterthurerstrasse"]
CH_TOWNS = [("8004", "Zürich"), ("8050", "Zürich"), ("8048", "Zürich"), ("8400", "Winterthur"), ("8600", "Dübendorf"),
            ("8902", "Urdorf"), ("8952", "Schlieren"), ("5400", "Baden"), ("8810", "Horgen"), ("8304", "Wallisellen"),
            ("8107", "Buchs ZH"), ("8953", "Dietikon")]

LT_M = ["Jonas", "Tomas", "Mantas", "Lukas", "Darius", "Andrius", "Mindaugas", "Paulius", "Vytautas", "Giedrius",
        "Rimantas", "Arūnas", "Saulius", "Žydrūnas"]
LT_F = ["Rūta", "Aistė", "Greta", "Ieva", "Laura", "Jurgita", "Inga", "Eglė", "Kristina", "Daiva", "Vida",
        "Asta", "Rasa", "Irena"]
LT_S = [("Kazlausk", "as"), ("Petrausk", "as"), ("Jankausk", "as"), ("Stankevič", "ius"), ("Vasiliausk", "as"),
        ("Žukausk", "as"), ("Butk", "us"), ("Paulausk", "as"), ("Urbon", "as"), ("Kavaliausk", "as"),
        ("Navick", "as"), ("Balčiūn", "as"), ("Ramanausk", "as"), ("Sadausk", "as")]
LT_MINOR = [("Ivanov", "Ivanova", "rusų"), ("Sadovskij", "Sadovska", "lenkų"), ("Kozlov", "Kozlova", "rusų"),
            ("Marcinkevič", "Marcinkevič", "lenkų"), ("Novik", "Novik", "baltarusių"), ("Adamovič", "Adamovič", "romų")]
LT_STREETS = ["Respublikos g.", "Smėlynės g.", "Klaipėdos g.", "Ramygalos g.", "Basanavičiaus g.", "Nemuno g.",
              "Vilniaus g.", "Statybininkų g.", "Kniaudiškių g.", "Aukštaičių g.", "Šiaulių g.", "Marijonų g."]

SI_M = ["Luka", "Jan", "Matic", "Žiga", "Rok", "Blaž", "Gregor", "Primož", "Matej", "Boštjan", "Janez", "Aleš"]
SI_F = ["Nina", "Eva", "Maja", "Špela", "Tjaša", "Urška", "Mojca", "Petra", "Anja", "Barbara", "Polona"]
SI_S = ["Novak", "Horvat", "Krajnc", "Kovačič", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar",
        "Golob", "Turk", "Božič", "Kralj", "Zupan", "Bizjak", "Hribar", "Kavčič"]
SI_STREETS = ["Celovška cesta", "Dunajska cesta", "Trubarjeva ulica", "Vojkova cesta", "Tržaška cesta",
              "Ulica bratov Učakar", "Pot na Fužine", "Gerbičeva ulica", "Podutiška cesta"]
SI_TOWNS = [("1000", "Ljubljana"), ("1351", "Brezovica pri Ljubljani"), ("1230", "Domžale"), ("4000", "Kranj"),
            ("1290", "Grosuplje"), ("2000", "Maribor"), ("1360", "Vrhnika")]

CA_M = ["José Luis", "Juan Carlos", "Wilmer", "Kevin Josué", "Elvin", "Edwin Alexander", "Marvin", "Selvin",
        "Brayan", "Denis Omar", "Óscar", "Yeison", "Carlos Humberto", "Nelson"]
CA_F = ["María José", "Yessenia", "Karla Patricia", "Dilcia", "Ingrid", "Wendy Carolina", "Glenda", "Lesly",
        "Ana Lucía", "Dayana", "Marleny", "Suyapa", "Reina Isabel"]
CA_S = ["Hernández", "López", "García", "Martínez", "Rodríguez", "Pérez", "Ramírez", "Mejía", "Reyes", "Cruz",
        "Flores", "Aguilar", "Chávez", "Orellana", "Zelaya", "Castellanos", "Ixcoy", "Tzoc", "Pú", "Álvarez",
        "Bonilla", "Cárcamo", "Guevara", "Mendoza"]

_CURP_STATES = ["CS", "OC", "VZ", "GR", "DF", "PL", "TC"]


def _curp(rr: random.Random, first: str, last: str, last2: str, born: dt.date, sex: str) -> str:
    a, b, f = ("".join(ch for ch in _ascii(s).upper() if ch.isascii() and ch.isalpha()) for s in (last, last2,
                                                                                                   first.split()[0]))
    vowel = next((ch for ch in a[1:] if ch in "AEIOU"), "X")
    cons = [next((ch for ch in s[1:] if ch not in "AEIOU"), "X") for s in (a, b, f)]
    body = (a[0] + vowel + b[0] + f[0] + born.strftime("%y%m%d") + ("H" if sex == "M" else "M")
            + rr.choice(_CURP_STATES) + "".join(cons) + ("0" if born.year < 2000 else "A"))
    return body + std_curp.calc_check_digit(body)


def _ahv(rr: random.Random) -> str:
    body = "756" + "".join(rr.choice(string.digits) for _ in range(9))
    d = body + ean.calc_check_digit(body)
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def _asmens(rr: random.Random, sex: str, born: dt.date) -> str:
    first = ("3" if sex == "M" else "4") if born.year < 2000 else ("5" if sex == "M" else "6")
    body = first + born.strftime("%y%m%d") + f"{rr.randint(0, 999):03d}"
    return body + asmens.calc_check_digit(body + "0")      # the function ignores the last digit


def _oib(rr: random.Random) -> str:
    body = str(rr.randint(1, 9)) + "".join(rr.choice(string.digits) for _ in range(9))
    return body + mod_11_10.calc_check_digit(body)


def _mail(rr: random.Random, first: str, last: str, domains: list[str]) -> str:
    f, s = _ascii(first.split()[0]).lower(), _ascii(last.split()[0]).lower()
    shape = rr.choice(["{f}.{s}", "{f}{s}", "{f}.{s}{n}", "{i}{s}", "{s}.{f}", "{f}_{s}{y}"])
    return shape.format(f=f, s=s, i=f[0], n=rr.randint(1, 99), y=rr.randint(70, 99)) + "@" + rr.choice(domains)


def _hr(rr: random.Random) -> dict:
    sex = rr.choice("MF")
    first, last = rr.choice(HR_M if sex == "M" else HR_F), rr.choice(HR_S)
    pc, town = rr.choice(HR_TOWNS)
    born = _birth(rr, 1950, 2003)
    return {"sex": sex, "first": first, "last": last, "born": born, "oib": _oib(rr),
            "email": _mail(rr, first, last, HR_MAIL), "street": f"{rr.choice(HR_STREETS)} {rr.randint(1, 160)}",
            "pc": pc, "town": town, "phone": f"+385 {rr.choice(['91', '92', '95', '98', '99'])} {rr.randint(100, 999)} "
            f"{rr.randint(1000, 9999)}", "fixed": f"+385 {rr.choice(['1', '21', '51', '20'])} {rr.randint(200, 799)} "
            f"{rr.randint(100, 999)}"}


def _my(rr: random.Random) -> dict:
    race = rr.choices(["Melayu", "Cina", "India", "Lain-lain"], [48, 32, 16, 4])[0]
    sex = rr.choice("MF")
    if race in ("Melayu", "Lain-lain"):
        given = rr.choice(MY_MALAY_M if sex == "M" else MY_MALAY_F)
        full = f"{given} {'bin' if sex == 'M' else 'binti'} {rr.choice(MY_FATHERS)}"
        first, last = given, full.split(" ", len(given.split()))[-1]
        religion = "Islam"
    elif race == "Cina":
        first, last = rr.choice(MY_CN_M if sex == "M" else MY_CN_F), rr.choice(MY_CN_S)
        full = f"{last} {first}"
        religion = rr.choices(["Buddhism", "Christianity", "Taoism", "No Religion"], [55, 20, 15, 10])[0]
    else:
        first = rr.choice(MY_IN_M if sex == "M" else MY_IN_F)
        last = f"{'a/l' if sex == 'M' else 'a/p'} {rr.choice(MY_IN_FATHERS)}"
        full = f"{first} {last}"
        religion = rr.choices(["Hinduism", "Christianity", "Islam"], [80, 15, 5])[0]
    born = _birth(rr, 1962, 2003)
    last_digit = rr.choice("13579" if sex == "M" else "02468")
    nric = f"{born.strftime('%y%m%d')}-{rr.choice(MY_STATES)}-{rr.randint(100, 999)}{last_digit}"
    pc, town, state = rr.choice(MY_TOWNS)
    taman = rr.choice(MY_TAMAN)
    street = f"No. {rr.randint(1, 88)}, {rr.choice(MY_STREETS)}" + (f", {taman}" if taman else "")
    return {"sex": sex, "first": first, "last": last, "full": full, "race": race, "religion": religion, "born": born,
            "nric": nric, "street": street, "pc": pc, "town": town, "state": state,
            "phone": f"+60 1{rr.choice('2346789')}-{rr.randint(200, 999)} {rr.randint(1000, 9999)}",
            "email": _mail(rr, full.replace("a/l ", "").replace("a/p ", ""), last.split()[-1],
                           ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com"])}


def _ch(rr: random.Random) -> dict:
    sex = rr.choices("MF", [85, 15])[0]
    first, last = rr.choice(CH_M if sex == "M" else CH_F), rr.choice(CH_S)
    pc, town = rr.choice(CH_TOWNS)
    return {"sex": sex, "first": first, "last": last, "born": _birth(rr, 1960, 2005), "ahv": _ahv(rr),
            "street": rr.choice(CH_STREETS), "no": str(rr.randint(1, 140)) + rr.choice(["", "", "", "a", "b"]),
            "pc": pc, "town": town, "phone": f"07{rr.choice('6789')} {rr.randint(100, 999)} {rr.randint(10, 99)} "
            f"{rr.randint(10, 99)}", "fixed": f"044 {rr.randint(200, 999)} {rr.randint(10, 99)} {rr.randint(10, 99)}",
            "email": _mail(rr, first, last, ["bluewin.ch", "gmx.ch", "gmail.com", "hotmail.com", "sunrise.ch"])}


def _lt(rr: random.Random) -> dict:
    sex = rr.choice("MF")
    born = _birth(rr, 1940, 2006)
    if rr.random() < 0.85:
        stem, end = rr.choice(LT_S)
        last = stem + (end if sex == "M" else rr.choice(["ienė", "aitė" if end == "as" else "ūtė"]))
        eth = "lietuvių"
    else:
        m, f, eth = rr.choice(LT_MINOR)
        last = m if sex == "M" else f
    first = rr.choice(LT_M if sex == "M" else LT_F)
    return {"sex": sex, "first": first, "last": last, "born": born, "eth": eth, "ak": _asmens(rr, sex, born),
            "street": f"{rr.choice(LT_STREETS)} {rr.randint(1, 120)}" + (f"-{rr.randint(1, 60)}" if rr.random() < .6
                                                                             else ""),
            "pc": f"LT-{rr.randint(35100, 37400)}", "town": "Panevėžys",
            "phone": f"+370 6{rr.randint(10, 99)} {rr.randint(10000, 99999)}",
            "email": _mail(rr, first, last, ["gmail.com", "gmail.com", "one.lt", "inbox.lt", "yahoo.com"])}


def _si(rr: random.Random) -> dict:
    sex = rr.choice("MF")
    first, last = rr.choice(SI_M if sex == "M" else SI_F), rr.choice(SI_S)
    pc, town = rr.choice(SI_TOWNS)
    return {"sex": sex, "first": first, "last": last, "street": f"{rr.choice(SI_STREETS)} {rr.randint(1, 90)}",
            "pc": pc, "town": town, "phone": f"+386 {rr.choice(['31', '41', '40', '51', '70'])} {rr.randint(100, 999)} "
            f"{rr.randint(100, 999)}",
            "email": _mail(rr, first, last, ["gmail.com", "siol.net", "t-2.net", "amis.net"])}


def _ca(rr: random.Random) -> dict:
    sex = rr.choices("MF", [62, 38])[0]
    first = rr.choice(CA_M if sex == "M" else CA_F)
    last1, last2 = rr.sample(CA_S, 2)
    country = rr.choices(["Honduras", "Guatemala", "El Salvador", "México", "Nicaragua"], [40, 28, 16, 8, 8])[0]
    born = _birth(rr, 1968, 2007)
    rrr = rr.randint
    if country == "Honduras":
        doc = ("DNI", f"{rr.choice(['0801', '0501', '0301', '1804', '0107'])}-{born.year}-{rrr(1, 99999):05d}")
    elif country == "Guatemala":
        doc = ("DPI", f"{rrr(1000, 3999)} {rrr(10000, 99999)} {rr.choice(['0101', '0901', '1301', '0801'])}")
    elif country == "El Salvador":
        body = f"{rrr(0, 9999999):07d}"
        check = (10 - sum(int(d) * (9 - k) for k, d in enumerate(body)) % 10) % 10
        doc = ("DUI", f"0{body}-{check}")
    elif country == "México":
        doc = ("CURP", _curp(rr, first, last1, last2, born, sex))
    else:
        doc = ("Cédula", f"{rrr(1, 616):03d}-{born.strftime('%d%m%y')}-{rrr(0, 9999):04d}{rr.choice('ABCHJKLMN')}")
    return {"sex": sex, "first": first, "last1": last1, "last2": last2, "born": born, "country": country,
            "doc": doc, "phone": {"Honduras": "+504 ", "Guatemala": "+502 ", "El Salvador": "+503 ",
                                  "México": "+52 962 ", "Nicaragua": "+505 "}[country]
            + f"{rrr(3000, 9999)} {rrr(1000, 9999)}"}


_MAKERS = {"hr": _hr, "my": _my, "ch": _ch, "lt": _lt, "si": _si, "ca": _ca}


def person(c: Ctx, pool: str, k: int) -> dict:
    """Person k of `pool` ("hr:leads", "my:emp", ...): drawn once, shared by every table that refers to it."""
    cache = _cache(c)
    got = cache.get(("p", pool, k))
    if got is None:
        got = _MAKERS[pool.split(":")[0]](random.Random(c.r.getrandbits(64)))
        cache[("p", pool, k)] = got
    return got


def pf(pool: str, field: str, fmt: Callable[[Any], Any] | None = None) -> Gen:
    """Column generator: field of person i of `pool` (optionally formatted)."""
    def g(c: Ctx, i: int) -> Any:
        v = person(c, pool, i)[field]
        return fmt(v) if fmt else v
    return g


def pfx(key: str, pool: str, n: int, field: str, fmt: Callable[[Any], Any] | None = None) -> Gen:
    """Field of the person a row of table `key` refers to (drawn once per row from 1..n)."""
    def g(c: Ctx, i: int) -> Any:
        k = pick(c, key, i, "who", lambda rr: rr.randint(1, n))
        v = person(c, pool, k)[field]
        return fmt(v) if fmt else v
    return g


def who(key: str, n: int) -> Gen:
    """The id (1..n) of the person a row of table `key` refers to (the same draw as pfx)."""
    return lambda c, i: pick(c, key, i, "who", lambda rr: rr.randint(1, n))
