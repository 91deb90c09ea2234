"""Hand-written value pools for the fiftieth blind corpus part (schemas az_*): no Faker, no word lists.

Every draw comes from the context's seeded `c.r`; the parts of one person are drawn once per ("az", entity, row)
and cached, so the columns of a row agree. Generic builders (seq, fk, one, maybe, ...) come from blind26_gens.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from stdnum import iban as std_iban

from .blind26_gens import Gen, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "fy": {   # Fryslân (West Frisian)
        "m": ["Sjoerd", "Wytse", "Hidde", "Jelle", "Tsjerk", "Auke", "Gerben", "Sybren", "Douwe", "Jouke", "Freark",
              "Reinder", "Lolke", "Bauke", "Oene", "Klaas"],
        "f": ["Sjoukje", "Tsjitske", "Wytske", "Baukje", "Froukje", "Janke", "Hiske", "Aukje", "Geeske", "Fokje",
              "Lutske", "Rimke", "Sytske", "Ytsje", "Marrit", "Anke"],
        "last": ["de Jong", "Hoekstra", "Dijkstra", "Visser", "Bosma", "Wiersma", "Terpstra", "Postma", "Hiemstra",
                 "Zijlstra", "Kuipers", "Sikkema", "van der Meer", "Tjeerdsma", "Nauta", "Brouwer", "Anema", "Feenstra"],
        "street": ["Nieuwestad", "Tweebaksmarkt", "Harlingerstraatweg", "Oostergoweg", "Stationsweg", "Tsjerkebuorren",
                   "Skoallestrjitte", "Haadstrjitte", "Dyk", "Buorren", "Wiarda-wei", "Marktstraat"],
        "city": ["Ljouwert", "Snits", "Drachten", "Harns", "Dokkum", "Frjentsjer", "It Hearrenfean", "Boalsert",
                 "Grou", "Burgum"],
        "mail": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "home.nl"],
    },
    "co": {   # Corsica
        "m": ["Ghjuvanni", "Petru", "Ghjacumu", "Anton Francescu", "Paulu", "Santu", "Dumenicu", "Ghjiseppu",
              "Mattè", "Orsu", "Lisandru", "Pasquale", "Francescu", "Ange", "Jean-Paul", "Xavier"],
        "f": ["Maria", "Ghjulia", "Catalina", "Marina", "Santa", "Lucia", "Ghjacumina", "Laetitia", "Chjara",
              "Anna Maria", "Filumena", "Nathalie", "Ghjuvanna", "Pascale", "Vannina", "Serena"],
        "last": ["Santoni", "Albertini", "Casanova", "Luciani", "Mattei", "Poli", "Orsini", "Pietri", "Giacomoni",
                 "Bartoli", "Cristofari", "Agostini", "Leca", "Franceschi", "Rocca Serra", "Filippi", "Tomasi"],
        "street": ["Cours Napoléon", "Rue Fesch", "Boulevard Paoli", "Avenue Maréchal Sébastiani", "Rue César Campinchi",
                   "Route du Salario", "Chemin de Saint-Antoine", "Rue Droite", "Place Saint-Nicolas", "Lotissement U Licettu"],
        "city": ["Aiacciu", "Bastia", "Portivechju", "Calvi", "Pruprià", "Biguglia", "Ghisunaccia", "Sartè",
                 "L'Isula", "Saint-Florent"],
        "mail": ["orange.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"],
    },
    "sc": {   # Sardegna (Sardinian)
        "m": ["Giuanne", "Antoni", "Bachisio", "Efisio", "Gavino", "Salvatore", "Peppino", "Frantziscu",
              "Mauro", "Giommaria", "Sebastiano", "Costantino", "Ignazio", "Pietro", "Luigi", "Raimondo"],
        "f": ["Maria Giuseppa", "Grazia", "Bonaria", "Antonietta", "Franzisca", "Giovanna", "Tonina", "Rita",
              "Caterina", "Mariangela", "Lucia", "Paola", "Barbara", "Valentina", "Elisabetta", "Speranza"],
        "last": ["Sanna", "Piras", "Pinna", "Melis", "Serra", "Deiana", "Mura", "Cocco", "Porcu", "Carta", "Fadda",
                 "Loi", "Murgia", "Useli", "Pintus", "Manca", "Secci", "Marras", "Ledda", "Atzeni"],
        "street": ["Via Roma", "Carrera Manna", "Via Garibaldi", "Via Sassari", "Via Deledda", "Corso Vittorio Emanuele",
                   "Via Lamarmora", "Bia de Cresia", "Via Logudoro", "Piazza Tola"],
        "city": ["Casteddu", "Tàtari", "Nùgoro", "Aristanis", "Ozieri", "Alighera", "Bosa", "Macomer", "Orgosolo",
                 "Iglesias"],
        "mail": ["tiscali.it", "gmail.com", "libero.it", "alice.it", "virgilio.it"],
    },
    "us": {   # generic English-speaking records (HospitalRun, REDCap, Zen Cart demo shops)
        "m": ["Michael", "Daniel", "Kevin", "Brian", "Tyrone", "Luis", "Andrew", "Ethan", "Marcus", "Dwayne",
              "Patrick", "Samuel", "Trevor", "Aaron", "Neil", "Oscar"],
        "f": ["Jennifer", "Ashley", "Latoya", "Megan", "Rachel", "Keisha", "Emily", "Brittany", "Courtney", "Diana",
              "Heather", "Monique", "Tanya", "Lauren", "Alicia", "Nicole"],
        "last": ["Whitaker", "Okafor", "Delgado", "McAllister", "Brennan", "Fitzgerald", "Castellanos", "Holloway",
                 "Nakamura", "Pruitt", "Abernathy", "Lindqvist", "Osei", "Carmichael", "Quintero", "Dunleavy"],
        "street": ["Maple Ave", "Cedar Lane", "Old Mill Rd", "Harrison St", "Lakeview Dr", "Pine Ridge Ct",
                   "Westfield Blvd", "Church St", "Orchard Way", "Sycamore Pl"],
        "city": ["Springfield", "Dayton", "Fresno", "Tulsa", "Boise", "Raleigh", "Spokane", "Macon", "Akron", "Reno"],
        "mail": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"],
    },
}

_ASCII = str.maketrans("àèéìòùâêôûçÀÈÉÌÒÙ' -", "aeeiouaeoucAEEIOU___")


def slug(s: str) -> str:
    return s.translate(_ASCII).lower().replace("__", "_")


def _bsn(c: Ctx) -> str:
    """A Dutch BSN passing the eleven-test."""
    while True:
        d = [int(x) for x in digits(c, 8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def _nir(c: Ctx, sex: str, birth: dt.date) -> str:
    """A French NIR of a person born in Corsica (2A/2B), with its key."""
    dep = c.r.choice(["2A", "2B"])
    body = f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}{dep}{c.r.randint(1, 366):03d}" \
           f"{c.r.randint(1, 999):03d}"
    num = int(body.replace("2A", "19").replace("2B", "18"))
    return f"{body}{97 - num % 97:02d}"


_CF = "ABCDEFGHILMNPRSTVZ"


def _cf(c: Ctx, first: str, last: str, sex: str, birth: dt.date) -> str:
    """An Italian codice fiscale in shape (consonants, date, comune code; the check letter is drawn)."""
    cons = lambda s: ([x for x in slug(s).upper() if x in "BCDFGHLMNPQRSTVZ"] + ["X"] * 3)[:3]   # noqa: E731
    day = birth.day + (40 if sex == "F" else 0)
    return ("".join(cons(last)) + "".join(cons(first)) + f"{birth.year % 100:02d}" + "ABCDEHLMPRST"[birth.month - 1]
            + f"{day:02d}" + c.r.choice(["B354", "I452", "F979", "G113", "A192"]) + c.r.choice(_CF))


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    if cc == "fy":
        return f"+31 6 {digits(c, 8)}", f"058-{digits(c, 7)}"
    if cc == "co":
        return f"06 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}", f"04 95 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
    if cc == "sc":
        return f"+39 3{c.r.choice('234')}{digits(c, 1)} {digits(c, 3)} {digits(c, 4)}", f"070 {digits(c, 6)}"
    return f"({c.r.randint(201, 989)}) {c.r.randint(201, 989)}-{digits(c, 4)}", f"{c.r.randint(201, 989)}-555-{digits(c, 4)}"


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, cc)
    user = slug(f"{first.split()[0]}.{last}")
    natid = {"fy": lambda: _bsn(c), "co": lambda: _nir(c, sex, birth), "sc": lambda: _cf(c, first, last, sex, birth),
             "us": lambda: f"{c.r.randint(100, 665)}-{digits(c, 2)}-{digits(c, 4)}"}[cc]()
    street, town = c.r.choice(p["street"]), c.r.choice(p["city"])
    post = {"fy": f"{c.r.randint(8400, 9299)} {c.r.choice('ABCDEGHJKLMNPRSTVWXZ')}{c.r.choice('ABCDEGHJKLMNPRSTVWXZ')}",
            "co": f"20{c.r.randint(100, 290)}", "sc": f"0{c.r.randint(8010, 9170)}", "us": digits(c, 5)}[cc]
    num = str(c.r.randint(1, 180))
    line = f"{num} {street}" if cc == "us" else (f"{num}, {street}" if cc == "co" else f"{street} {num}")
    return {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
            "phone": landline, "user": user, "natid": natid, "ip": public_ip(c), "street": line, "town": town,
            "post": post, "address": f"{line}, {post} {town}",
            "email": f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"}


def person(cc: str, entity: str, field: str, y0: int = 1940, y1: int = 2006) -> Gen:
    """One field of the person of row i of `entity` (drawn once per ("az", entity, i))."""
    return lambda c, i: cached(c, ("az", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def name(cc: str) -> Gen:
    """A full name not tied to a row (a relative, a contact person)."""
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}"


def mobile(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def landline(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[1]


def town(cc: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc]["city"])


def iban_nl(c: Ctx) -> str:
    bban = c.r.choice(["RABO", "INGB", "ABNA", "SNSB"]) + digits(c, 10)
    return "NL" + std_iban.calc_check_digits("NL00" + bban) + bban
