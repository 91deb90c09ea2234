"""Hand-written value pools and helpers for the sixteenth blind corpus part (schemas s_*).

Names, streets, towns, postcodes and phone shapes are typed by hand per country; python-stdnum only computes check
digits (Luhn for cards). Everything random is drawn from the corpus RNG `c.r`; ids that foreign keys point at are
derived from the row index. `Rec` draws the values that must agree within one row once per row.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import string
import unicodedata
from typing import Any, Callable

from stdnum import luhn

Gen = Callable[[Any, int], Any]
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


class Rec:
    """One record per row: `draw(c, i)` runs once for row i, and every column built with `rec.f(key)` reads it."""

    def __init__(self, draw: Callable[[Any, int], dict]) -> None:
        self.draw, self.key, self.cur = draw, None, {}

    def f(self, key: str) -> Gen:
        def gen(c: Any, i: int) -> Any:
            if self.key is None or self.key[0] is not c or self.key[1] != i:
                self.key, self.cur = (c, i), self.draw(c, i)
            return self.cur[key]
        return gen


def fk(schema: str, table: str, column: str, target: str, target_col: str = "id") -> str:
    return (f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{column}") '
            f'REFERENCES {schema}."{target}" ("{target_col}")')


# ---------------------------------------------------------------- small generators
def idx(c: Any, i: int) -> int:
    return i


def ref(n: int) -> Gen:
    return lambda c, i: c.r.randint(1, n)


def pick(*vals: Any) -> Gen:
    return lambda c, i: c.r.choice(vals)


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def maybe(p: float, gen: Gen) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def const(v: Any) -> Gen:
    return lambda c, i: v


def day(y0: int, y1: int) -> Gen:
    return lambda c, i: dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))


def stamp(y0: int, y1: int) -> Gen:
    return lambda c, i: dt.datetime(y0, 1, 1, 6) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 31_000_000))


def digits(c: Any, n: int) -> str:
    return "".join(c.r.choice(string.digits) for _ in range(n))


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice(HEX) for _ in range(n))


def alnum(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice(ALNUM) for _ in range(n))


def uuid(tag: str) -> Gen:
    def gen(c: Any, i: int) -> str:
        h = hashlib.md5(f"{tag}{i}".encode()).hexdigest()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return gen


def bcrypt(c: Any, i: int) -> str:
    return "$2y$10$" + "".join(c.r.choice(B64) for _ in range(53))


def ipv4(c: Any, i: int) -> str:
    return c.r.choice([f"{c.r.choice([78, 86, 109, 176, 188, 213])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}."
                       f"{c.r.randint(1, 254)}", f"192.168.{c.r.randint(0, 3)}.{c.r.randint(2, 250)}"])


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


def card(c: Any, prefix: str) -> str:
    body = prefix + digits(c, 15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def iban(country: str, bban: str) -> str:
    tail = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in tail))
    return f"{country}{98 - n % 97:02d}{bban}"


def templ(pool: tuple[str, ...], **slots: tuple[str, ...]) -> Gen:
    """A free-text template with {slot}s filled from the slot pools."""
    def gen(c: Any, i: int) -> str:
        t = c.r.choice(pool)
        return t.format(**{k: c.r.choice(v) for k, v in slots.items()})
    return gen


# ---------------------------------------------------------------- people
IE_F = ("Aoife", "Siobhán", "Niamh", "Ciara", "Orla", "Gráinne", "Sinéad", "Caoimhe", "Róisín", "Emma", "Sarah",
        "Mary", "Deirdre", "Éabha", "Clodagh", "Laura", "Aisling", "Maeve")
IE_M = ("Seán", "Cian", "Oisín", "Pádraig", "Darragh", "Conor", "Ciarán", "Eoin", "Declan", "John", "Michael",
        "Liam", "Fionn", "Tadhg", "Colm", "Dónal", "Brendan", "Kevin")
IE_L = ("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "McCarthy",
        "Ó Súilleabháin", "Ní Bhriain", "Mac Giolla Phádraig", "Fitzgerald", "Doyle", "Lynch", "Nolan", "Kavanagh",
        "Ní Dhomhnaill", "Healy", "Buckley", "Crowley", "Kowalczyk", "Oliveira", "Nowak")
IE_ADDR = (("Barrack Street", "T12 X7F2", "Cork"), ("MacCurtain Street", "T23 K2P8", "Cork"),
           ("Douglas Road", "T12 RD80", "Cork"), ("Blackpool Bridge", "T23 F6W1", "Cork"),
           ("Rathmines Road Lower", "D06 E2Y5", "Dublin 6"), ("Phibsborough Road", "D07 XH42", "Dublin 7"),
           ("Shop Street", "H91 DP7E", "Galway"), ("O'Connell Street", "V94 T2N3", "Limerick"),
           ("The Quay", "X91 P2C8", "Waterford"), ("Mallow Road", "T23 YN60", "Cork"),
           ("Ballincollig Main Street", "P31 AV28", "Ballincollig"), ("Westbourne Park", "P43 H9K2", "Carrigaline"))
IE_MAIL = ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com", "outlook.ie", "ucc.ie")


def pps(c: Any) -> str:
    d = digits(c, 7)
    r = sum(int(x) * w for x, w in zip(d, range(8, 1, -1))) % 23
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def ie_phone(c: Any) -> str:
    return c.r.choice((f"08{c.r.choice('35679')} {digits(c, 3)} {digits(c, 4)}", f"+3538{c.r.choice('3567')}{digits(c, 7)}",
                       f"(021) {digits(c, 3)} {digits(c, 4)}", f"08{c.r.choice('567')}{digits(c, 7)}"))


def ie_person(c: Any, i: int) -> dict:
    sex = c.r.choice("FM")
    first = c.r.choice(IE_F if sex == "F" else IE_M)
    last = c.r.choice(IE_L)
    street, eir, town = c.r.choice(IE_ADDR)
    house = c.r.choice((str(c.r.randint(1, 120)), str(c.r.randint(1, 120)), f"Apt {c.r.randint(1, 40)}, {c.r.randint(1, 60)}"))
    mail = f"{ascii_fold(first)}{c.r.choice(('.', '', '_'))}{ascii_fold(last)}{c.r.choice(('', str(c.r.randint(1, 99))))}"
    dob = dt.date(1950, 1, 1) + dt.timedelta(days=c.r.randint(0, 52 * 365))
    return {"first": first, "last": last, "name": f"{first} {last}", "sex": sex, "dob": dob,
            "email": f"{mail}@{c.r.choice(IE_MAIL)}", "phone": ie_phone(c), "street": f"{house} {street}",
            "eircode": eir, "town": town, "pps": pps(c)}


BE_F = ("Lotte", "Ine", "Marleen", "An", "Els", "Hilde", "Fien", "Nele", "Mieke", "Godelieve", "Rita", "Jeanine",
        "Maria", "Yasmina", "Liesbeth", "Martine")
BE_M = ("Jef", "Wim", "Pieter", "Jan", "Luc", "Koen", "Marc", "Dirk", "Lucien", "Staf", "Frans", "Arne", "Bram",
        "Mohamed", "Gert", "Roger")
BE_L = ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
        "Van den Broeck", "Verstraeten", "Vermeulen", "Van Damme", "De Clercq", "Van de Velde", "Dewulf",
        "El Amrani", "Vandenberghe", "Desmet")
BE_ADDR = (("Kerkstraat", "9000", "Gent"), ("Dorpsstraat", "9840", "De Pinte"), ("Brugsesteenweg", "9030", "Mariakerke"),
           ("Stationsstraat", "9100", "Sint-Niklaas"), ("Nieuwstraat", "9300", "Aalst"), ("Molenstraat", "9200",
           "Dendermonde"), ("Kortrijksesteenweg", "9830", "Sint-Martens-Latem"), ("Sleepstraat", "9000", "Gent"),
           ("Antwerpsesteenweg", "9080", "Lochristi"), ("Zwijnaardsesteenweg", "9820", "Merelbeke"))


def rrn(c: Any, dob: dt.date, sex: str) -> str:
    seq = c.r.randint(1, 498) * 2 + (1 if sex == "M" else 0)
    base = f"{dob:%y%m%d}{seq:03d}"
    n = int(base) + (2_000_000_000 if dob.year >= 2000 else 0)
    cc = 97 - n % 97
    return f"{dob:%y.%m.%d}-{seq:03d}.{cc:02d}"


def be_person(c: Any, i: int) -> dict:
    sex = c.r.choice("FM")
    first = c.r.choice(BE_F if sex == "F" else BE_M)
    last = c.r.choice(BE_L)
    street, pc, town = c.r.choice(BE_ADDR)
    dob = dt.date(1924, 1, 1) + dt.timedelta(days=c.r.randint(0, 75 * 365))
    bus = c.r.choice(("", "", f" bus {c.r.randint(1, 12)}"))
    return {"first": first, "last": last, "sex": sex, "dob": dob, "rrn": rrn(c, dob, sex),
            "street": street, "nr": f"{c.r.randint(1, 240)}{bus}", "pc": pc, "town": town,
            "phone": c.r.choice((f"09 {digits(c, 3)} {digits(c, 2)} {digits(c, 2)}",
                                 f"04{c.r.choice('789')}{c.r.randint(0, 9)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
                                 f"+32 4{c.r.choice('789')}{digits(c, 1)} {digits(c, 6)}")),
            "email": f"{ascii_fold(first)}.{ascii_fold(last)}@{c.r.choice(('telenet.be', 'skynet.be', 'gmail.com', 'proximus.be'))}"}


US_F = ("Jessica", "Brittany", "Maria", "Ashley", "Crystal", "Tamika", "Guadalupe", "Amber", "Destiny", "Linda",
        "Yesenia", "Kayla", "Shanice", "Rosa")
US_M = ("James", "Juan", "DeShawn", "Cody", "Jose", "Travis", "Marcus", "Luis", "Billy Ray", "Jamal", "Dustin",
        "Carlos", "Tyrone", "Hector", "Kyle")
US_L = ("Garcia", "Hernandez", "Johnson", "Williams", "Smith", "Martinez", "Jackson", "Brown", "Rodriguez",
        "Davis", "Gonzalez", "Washington", "Nguyen", "Lopez", "Tran", "Robinson", "Villarreal", "Moore")
US_ADDR = (("Bandera Rd", "San Antonio", "78228"), ("S Zarzamora St", "San Antonio", "78207"),
           ("Culebra Rd", "San Antonio", "78201"), ("Pleasanton Rd", "San Antonio", "78221"),
           ("Fredericksburg Rd", "San Antonio", "78229"), ("Rigsby Ave", "San Antonio", "78210"),
           ("W Commerce St", "San Antonio", "78237"), ("FM 78", "Converse", "78109"),
           ("E Court St", "Seguin", "78155"), ("N Walnut Ave", "New Braunfels", "78130"))


def ssn(c: Any) -> str:
    return f"{c.r.choice([x for x in range(401, 665) if x != 666]):03d}-{c.r.randint(1, 99):02d}-{c.r.randint(1, 9999):04d}"


def us_phone(c: Any) -> str:
    a = c.r.choice(("210", "726", "830", "512"))
    return c.r.choice((f"({a}) {c.r.randint(200, 989)}-{digits(c, 4)}", f"{a}-{c.r.randint(200, 989)}-{digits(c, 4)}",
                       f"{a}{c.r.randint(200, 989)}{digits(c, 4)}"))


def us_person(c: Any, i: int) -> dict:
    sex = c.r.choice("FMM")
    first = c.r.choice(US_F if sex == "F" else US_M)
    last = c.r.choice(US_L)
    street, city, z = c.r.choice(US_ADDR)
    dob = dt.date(1958, 1, 1) + dt.timedelta(days=c.r.randint(0, 45 * 365))
    return {"first": first, "last": last, "middle": c.r.choice("ALMJRDE"), "sex": sex, "dob": dob, "ssn": ssn(c),
            "street": f"{c.r.randint(100, 9899)} {street}{c.r.choice(('', '', f' Apt {c.r.randint(1, 340)}'))}",
            "city": city, "zip": z, "phone": us_phone(c),
            "email": f"{ascii_fold(first)}{ascii_fold(last)}{c.r.randint(1, 99)}@{c.r.choice(('gmail.com', 'yahoo.com', 'icloud.com'))}",
            "dl": f"{c.r.randint(10_000_000, 49_999_999)}"}


HU_F = ("Katalin", "Erzsébet", "Zsófia", "Eszter", "Anna", "Ildikó", "Judit", "Krisztina", "Réka", "Tünde", "Ágnes")
HU_M = ("László", "István", "Zoltán", "Gábor", "Péter", "Attila", "Tamás", "József", "Balázs", "Csaba", "Levente")
HU_L = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
        "Papp", "Lakatos", "Takács", "Juhász", "Oláh", "Szűcs", "Fekete")
HU_ADDR = (("Rákóczi út", "1072", "Budapest"), ("Váci út", "1134", "Budapest"), ("Bartók Béla út", "1114", "Budapest"),
           ("Kossuth Lajos utca", "6720", "Szeged"), ("Piac utca", "4025", "Debrecen"), ("Király utca", "7621", "Pécs"),
           ("Petőfi Sándor utca", "2600", "Vác"), ("Fő utca", "8200", "Veszprém"), ("Széchenyi tér", "9021", "Győr"))


def taj(c: Any) -> str:
    d = digits(c, 8)
    chk = sum(int(x) * (3 if k % 2 == 0 else 7) for k, x in enumerate(d)) % 10
    return f"{d[:3]} {d[3:6]} {d[6:]}{chk}"


def hu_person(c: Any, i: int) -> dict:
    sex = c.r.choice("FM")
    first = c.r.choice(HU_F if sex == "F" else HU_M)
    last = c.r.choice(HU_L)
    street, irsz, town = c.r.choice(HU_ADDR)
    dob = dt.date(1940, 1, 1) + dt.timedelta(days=c.r.randint(0, 62 * 365))
    return {"first": first, "last": last, "name": f"{last} {first}", "sex": sex, "dob": dob, "taj": taj(c),
            "mother": f"{c.r.choice(HU_L)} {c.r.choice(HU_F)}", "street": f"{street} {c.r.randint(1, 140)}.",
            "irsz": irsz, "town": town,
            "phone": c.r.choice((f"+36 {c.r.choice(('20', '30', '70'))} {digits(c, 3)} {digits(c, 4)}",
                                 f"06-{c.r.choice(('20', '30', '70'))}-{digits(c, 3)}-{digits(c, 4)}")),
            "email": f"{ascii_fold(last)}.{ascii_fold(first)}@{c.r.choice(('freemail.hu', 'gmail.com', 'citromail.hu'))}"}


CO_F = ("María Fernanda", "Luz Marina", "Yurany", "Leidy Johana", "Paola Andrea", "Diana Marcela", "Ana Milena",
        "Sandra Patricia", "Yesica", "Blanca Nelly")
CO_M = ("Jhon Fredy", "Luis Alberto", "José Ignacio", "Wilson", "Yeison", "Carlos Andrés", "Édgar", "Brayan Stiven",
        "Fabio Nelson", "Jairo")
CO_L = ("Rodríguez", "Gómez", "Muñoz", "Quintero", "Ospina", "Cárdenas", "Rincón", "Garzón", "Castañeda", "Pinzón",
        "Suárez", "Beltrán", "Moreno", "Bohórquez", "Ramírez", "Cifuentes")
CO_ADDR = (("Madrid", "Cra 6 # {a}-{b}"), ("Facatativá", "Cl {a} # {b}-12"), ("El Rosal", "Vereda Cruz Verde, finca {a}"),
           ("Funza", "Cra {a} # {b}-45 barrio Villa Paula"), ("Mosquera", "Cl {a} Sur # {b}-30"),
           ("Bogotá", "Kr {a} # {b}-08 Bosa"), ("Tocancipá", "Vereda Verganzo casa {a}"))


def co_person(c: Any, i: int) -> dict:
    sex = c.r.choice("FM")
    first = c.r.choice(CO_F if sex == "F" else CO_M)
    l1, l2 = c.r.sample(CO_L, 2)
    town, shape = c.r.choice(CO_ADDR)
    dob = dt.date(1962, 1, 1) + dt.timedelta(days=c.r.randint(0, 42 * 365))
    return {"first": first, "l1": l1, "l2": l2, "name": f"{first} {l1} {l2}".upper(), "sex": sex, "dob": dob,
            "cc": str(c.r.choice((c.r.randint(20_000_000, 80_000_000), c.r.randint(1_000_000_000, 1_030_000_000)))),
            "addr": shape.format(a=c.r.randint(1, 90), b=c.r.randint(1, 80)), "town": town,
            "phone": c.r.choice((f"3{c.r.choice(('10', '12', '14', '20', '21', '50'))}{digits(c, 7)}",
                                 f"+57 3{c.r.randint(10, 22)} {digits(c, 3)} {digits(c, 4)}")),
            "email": f"{ascii_fold(first.split()[0])}{ascii_fold(l1)}{c.r.randint(70, 99)}@{c.r.choice(('gmail.com', 'hotmail.com'))}"}
