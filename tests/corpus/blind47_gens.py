"""Hand-written value pools for the forty-seventh blind corpus part (schemas aw_*): no Faker, no word lists.

Four places, typed by hand: Saint Pierre and Miquelon ("pm", French), Kinshasa ("cd", French and Lingala), Norfolk
Island ("nf", English and Norf'k) and Bonaire ("bq", Papiamentu and Dutch). Generic draws (seq, fk, one, maybe, ...)
come from blind26_gens. One person's parts are drawn once per ("aw", entity, row) and cached, so a row agrees.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .blind26_gens import Gen, ascii_slug, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "pm": {   # Saint Pierre and Miquelon
        "m": ["Jean-Marie", "Yannick", "Patrice", "Gaëtan", "Loïc", "Ronan", "Frédéric", "Stéphane", "Xavier", "Hervé",
              "Joël", "Pascal", "Bruno", "Maël"],
        "f": ["Véronique", "Maryvonne", "Nathalie", "Sylvie", "Karine", "Gwenaëlle", "Annick", "Solène", "Céline",
              "Maïwenn", "Brigitte", "Josiane", "Élodie", "Ghislaine"],
        "last": ["Detcheverry", "Girardin", "Claireaux", "Lebailly", "Poirier", "Quédinet", "Artano", "Disnard",
                 "Lehuenen", "Vigneau", "Jugan", "Olano", "Beaupertuis", "Hélène", "Cormier", "Bourgeois", "Briand",
                 "Gaspard", "Lafitte", "Urdanabia"],
        "street": ["Rue du Général Leclerc", "Rue Albert Briand", "Boulevard Constant Colmay", "Rue Amiral Muselier",
                   "Rue Jacques Cartier", "Rue Borda", "Rue Maître Georges Lefèvre", "Rue du 11 Novembre",
                   "Rue Abbé Pierre Gervain", "Route de Savoyard"],
        "district": ["Centre-ville", "Quartier de l'Anse", "Ravenel", "Le Cap", "Bourg de Miquelon", "Île aux Marins"],
        "city": ["Saint-Pierre", "Saint-Pierre", "Saint-Pierre", "Miquelon-Langlade"],
        "mail": ["cheznoo.net", "gmail.com", "orange.fr", "outlook.fr", "globaltel.pm"],
    },
    "cd": {   # Kinshasa, DR Congo
        "m": ["Jean-Pierre", "Dieudonné", "Fiston", "Trésor", "Glody", "Blaise", "Héritier", "Patrick", "Christian",
              "Junior", "Papy", "Djo", "Rodrigue", "Exaucé"],
        "f": ["Christelle", "Merveille", "Grâce", "Gloire", "Nathalie", "Prisca", "Bénédicte", "Ornella", "Fifi",
              "Mamie", "Chancelvie", "Ruth", "Dorcas", "Joëlle"],
        "last": ["Mbala", "Kabeya", "Tshibangu", "Ilunga", "Mukendi", "Lukusa", "Mputu", "Kalala", "Nzuzi", "Makiese",
                 "Lokuli", "Bokele", "Mbemba", "Ngalula", "Mavungu", "Mayala", "Kabongo", "Elonga", "Bosenge",
                 "Likaka", "Mulumba", "Kasongo"],
        "street": ["Avenue du Commerce", "Boulevard du 30 Juin", "Avenue de la Libération", "Avenue Kasa-Vubu",
                   "Avenue Kabinda", "Avenue Lukusa", "Avenue des Huileries", "Avenue Bokasa", "Avenue Victoire",
                   "Avenue de l'Université", "Route de Matadi", "Avenue Tombalbaye"],
        "district": ["Gombe", "Lingwala", "Barumbu", "Kalamu", "Kasa-Vubu", "Ngiri-Ngiri", "Bandalungwa", "Lemba",
                     "Limete", "Matete", "Ngaliema", "Masina", "Ndjili", "Kintambo", "Selembao", "Kimbanseke"],
        "city": ["Kinshasa"],
        "mail": ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.com", "vodanet.cd"],
    },
    "nf": {   # Norfolk Island
        "m": ["Mark", "Darren", "Brett", "Colin", "Gregory", "Jamie", "Neville", "Ronald", "Trent", "Wayne", "Kieran",
              "Lisle", "Ivens", "Byron"],
        "f": ["Emily", "Karlene", "Tania", "Sue", "Cheryl", "Rhonda", "Megan", "Jodie", "Raelene", "Lorraine",
              "Kristy", "Beryl", "Tracey", "Dianne"],
        "last": ["Christian", "Quintal", "Adams", "McCoy", "Buffett", "Nobbs", "Evans", "Young", "Snell", "Menzies",
                 "Bataille", "Anderson", "Douran", "Ryves", "Partridge", "Tavener", "Greenwood", "Sanders"],
        "street": ["Taylors Road", "Queen Elizabeth Avenue", "Grassy Road", "Cascade Road", "New Cascade Road",
                   "Douglas Drive", "Mission Road", "Rooty Hill Road", "Headstone Road", "Anson Bay Road", "Ferny Lane",
                   "Two Chimney Road", "Middlegate Road", "Selwyn Pine Road"],
        "district": ["Burnt Pine", "Kingston", "Cascade", "Anson Bay", "Steeles Point", "Longridge", "Middlegate"],
        "city": ["Norfolk Island"],
        "mail": ["norfolk.net.nf", "bigpond.com", "gmail.com", "outlook.com", "nf.gov.nf"],
        "nick": ["Dar", "Tardy", "Snowy", "Bubby", "Ding", "Lucky", "Moochie", "Boo", "Tinks", "Dusty", "Honey",
                 "Mouse", "Chook", "Diddles"],
    },
    "bq": {   # Bonaire
        "m": ["Ruthmilo", "Elvis", "Jurmen", "Franklin", "Glenn", "Rignald", "Edison", "Shurendy", "Ramon", "Jeandric",
              "Clifford", "Giovanni", "Anthony", "Sherwin"],
        "f": ["Shurlaine", "Gisela", "Jacintha", "Nydia", "Sharine", "Ivette", "Mirella", "Jeanice", "Rosalind",
              "Edsela", "Clarisa", "Linette", "Suzette", "Yolanda"],
        "last": ["Martis", "Janga", "Thode", "Anthony", "Winklaar", "Saragoza", "Cicilia", "Gerharts", "Domacassé",
                 "Marchena", "Frans", "Semeleer", "Soliana", "Emerenciana", "Pourier", "Bernabela", "Tromp", "Goilo",
                 "van der Berg", "de Vries"],
        "street": ["Kaya Grandi", "Kaya Gobernador N. Debrot", "Kaya Korona", "Kaya Amsterdam", "Kaya Simon Bolivar",
                   "Kaya Nikiboko Zuid", "Kaya Papa Cornes", "Kaya Industria", "Kaya Internashonal", "Kaya Rincon"],
        "district": ["Playa", "Antriol", "Nikiboko", "Noord Salinja", "Tera Kòrá", "Hato", "Rincon", "Sabadeco",
                     "Belnem"],
        "city": ["Kralendijk", "Kralendijk", "Kralendijk", "Rincon"],
        "mail": ["gmail.com", "hotmail.com", "telbo.net", "flamingotv.net", "outlook.com"],
    },
}


def _nir(sex: str, birth: dt.date, commune: str, order: str) -> str:
    """French NIR with its key; overseas collectivity code 975 and commune 01/02."""
    body = f"{1 if sex == 'M' else 2}{birth:%y%m}975{commune}{order}"
    return f"{body} {97 - int(body) % 97:02d}"


def _medicare(c: Ctx) -> str:
    """Australian Medicare card number: 8 digits, weighted check digit, issue number."""
    base = str(c.r.randint(2, 6)) + digits(c, 7)
    check = sum(int(d) * w for d, w in zip(base, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return f"{base[:4]} {base[4:]}{check} {c.r.randint(1, 4)}"


def _bsn(c: Ctx) -> str:
    """Dutch BSN (used for residents of Caribbean Netherlands): nine digits passing the eleven-test."""
    while True:
        d = [int(x) for x in digits(c, 8)]
        s = sum(v * w for v, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "pm":
        return _nir(sex, birth, c.r.choice(["02", "02", "01"]), digits(c, 3))
    if cc == "cd":   # CENI voter card number
        return f"{c.r.randint(10, 99)}{digits(c, 2)}{c.r.randint(100000, 999999)}{digits(c, 2)}"
    if cc == "nf":
        return _medicare(c)
    return _bsn(c)


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    if cc == "pm":
        return f"+508 55 {digits(c, 2)} {digits(c, 2)}", f"05 08 41 {digits(c, 2)} {digits(c, 2)}"
    if cc == "cd":
        return (f"+243 {c.r.choice(['81', '82', '84', '85', '89', '97', '99'])} {digits(c, 3)} {digits(c, 4)}",
                f"0{c.r.choice(['81', '99', '97'])}{digits(c, 7)}")
    if cc == "nf":
        return f"+672 3 5{digits(c, 4)}", f"2{digits(c, 4)}"
    return f"+599 7{c.r.choice('089')}{digits(c, 1)} {digits(c, 4)}", f"717-{digits(c, 4)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, district, town = c.r.choice(p["street"]), c.r.choice(p["district"]), c.r.choice(p["city"])
    n = c.r.randint(1, 180)
    if cc == "pm":
        line, post = f"{n} {street}", "97500"
    elif cc == "cd":
        line, post = f"{n}, {street}, Q/{c.r.choice(['Matonge', 'Yolo', 'Kingabwa', 'Righini', 'Mombele'])}", ""
    elif cc == "nf":
        line, post = f"Portion {c.r.randint(10, 250)}{c.r.choice(['', 'a', 'b'])}, {street}", "2899"
    else:
        line, post = f"{street} {n}", ""
    return {"line": line, "district": district, "city": town, "postcode": post,
            "full": ", ".join(x for x in (line, district, f"{post} {town}".strip()) if x)}


def make_person(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["m" if sex == "M" else "f"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, cc)
    user = ascii_slug(f"{first.split('-')[0]}.{last}").replace("ë", "e").replace("é", "e").replace("ï", "i")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(2, 98))])}@{c.r.choice(p['mail'])}"
    out = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
           "phone": landline, "email": email, "user": user, "natid": _natid(c, cc, sex, birth), "ip": public_ip(c),
           "nick": c.r.choice(p.get("nick", [first]))}
    out.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return out


def person(cc: str, entity: str, field: str, y0: int = 1940, y1: int = 2004) -> Gen:
    """One field of the person of row i of `entity`, drawn once per ("aw", entity, row)."""
    return lambda c, i: cached(c, ("aw", entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    return lambda c, i: f"{c.r.choice(POOLS[cc]['m'] + POOLS[cc]['f'])} {c.r.choice(POOLS[cc]['last'])}"


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def any_first(cc: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc]["m"] + POOLS[cc]["f"])


def pick(*values: Any) -> Gen:
    """The i-th value, cycling (catalogue rows)."""
    return lambda c, i: values[(i - 1) % len(values)]
