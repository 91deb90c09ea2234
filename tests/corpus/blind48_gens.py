"""Hand-written value pools for the forty-eighth blind corpus part (schemas ax_*): no Faker, no word lists.

Names, streets, phone and id shapes of Svalbard (Norwegian), the Cocos (Keeling) Islands (Cocos Malay and
mainland Australians), Saint Barthélemy (French), a US clinic (Medplum) and a mixed international staff (Ever
Gauzy, Sakai) are typed here by hand. Generic draws come from blind26_gens. One person's parts are drawn once per
("ax", entity, row) and cached, so the columns of a row agree. python-stdnum only computes check digits.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from stdnum import luhn
from stdnum.fr import nir
from stdnum.no import fodselsnummer

from .blind26_gens import Gen, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "no": {   # Svalbard: Norwegians, and the Thai, Filipino and Ukrainian residents of Longyearbyen
        "m": ["Ola", "Magnus", "Eirik", "Håkon", "Sindre", "Torbjørn", "Vegard", "Anders", "Knut", "Somchai",
              "Oleksandr", "Jon Arne", "Bjørnar", "Rolf", "Jomar", "Reynaldo"],
        "f": ["Ingrid", "Kari", "Sigrid", "Marte", "Ragnhild", "Tone", "Silje", "Hanne", "Siri", "Malee",
              "Kateryna", "Liv Berit", "Åse", "Guro", "Jorunn", "Maricel"],
        "last": ["Hansen", "Johansen", "Olsen", "Larsen", "Eliassen", "Pedersen", "Nilsen", "Karlsen", "Berg",
                 "Haugen", "Solberg", "Eide", "Lund", "Sørensen", "Jakobsen", "Srisuk", "Bondarenko", "Hætta",
                 "Aune", "Mathisen", "Dela Cruz"],
        "street": ["Vei 222", "Vei 226", "Vei 228", "Vei 230", "Vei 232", "Vei 500", "Vei 600", "Nybyen",
                   "Skjæringa", "Lia"],
        "district": ["Sentrum", "Nybyen", "Lia", "Haugen", "Skjæringa", "Elvesletta"],
        "city": ["Longyearbyen", "Longyearbyen", "Ny-Ålesund", "Barentsburg", "Sveagruva"],
        "post": ["9170", "9171", "9173", "9178"],
        "mail": ["online.no", "gmail.com", "hotmail.com", "svalbardposten.no", "outlook.com"],
    },
    "cc": {   # Cocos (Keeling) Islands: Cocos Malay on Home Island, contract workers on West Island
        "m": ["Ahmad", "Shamsudin", "Ismail", "Mohammad Ariff", "Rosli", "Zulkifli", "Anuar", "Hadji", "Kamil",
              "Yusri", "Liam", "Craig", "Bradley", "Ridzuan"],
        "f": ["Aishah", "Siti Nurul", "Noraini", "Zainab", "Rahmah", "Fatimah", "Halimah", "Sarinah", "Nurhayati",
              "Kylie", "Sharon", "Emma", "Jamilah", "Mariam"],
        "last": ["Bynie", "Minkom", "Hajat", "Kassim", "Idris", "Yusup", "Sipan", "Ibrahim", "Anthoney", "Sapar",
                 "Bakar", "Wilson", "O'Donnell", "Harris", "Nguyen", "Pickering", "Dolan"],
        "street": ["Jalan Masjid", "Jalan Bunga Mawar", "Jalan Kelapa", "Jalan Pantai", "Jalan Sekolah",
                   "Alexander Street", "Williams Crescent", "Qantas Close", "Sydney Highway", "Airforce Road"],
        "district": ["Home Island", "West Island"],
        "city": ["Home Island", "West Island", "Bantam"],
        "post": ["6799"],
        "mail": ["gmail.com", "bigpond.com", "cocos.net.cc", "outlook.com", "yahoo.com.au"],
    },
    "bl": {   # Saint Barthélemy
        "m": ["Bruno", "Nicolas", "Yves", "Xavier", "Thierry", "Jean-Marc", "Frédéric", "Patrick", "Raphaël",
              "Didier", "Hugues", "Maxime", "Ludovic", "Alain"],
        "f": ["Micheline", "Nadège", "Sophie", "Marie-Claude", "Hélène", "Isabelle", "Laetitia", "Maud", "Clémence",
              "Véronique", "Solange", "Aurore", "Géraldine", "Brigitte"],
        "last": ["Gréaux", "Magras", "Lédée", "Questel", "Blanchard", "Aubin", "Laplace", "Berry", "Turbé", "Brin",
                 "Danet", "Lédée-Questel", "Bernier", "Gumbs", "Montoya", "Duzant", "Hodge"],
        "street": ["Rue du Général de Gaulle", "Rue de la République", "Rue Samuel Fahlberg", "Rue Jeanne d'Arc",
                   "Route de Saline", "Route de Flamands", "Chemin de Colombier", "Route de Toiny",
                   "Rue Auguste Nyman", "Quai de la République"],
        "district": ["Gustavia", "Saint-Jean", "Lorient", "Flamands", "Colombier", "Corossol", "Grand Cul-de-Sac",
                     "Toiny", "Marigot", "Lurin", "Vitet", "Pointe Milou", "Anse des Cayes"],
        "city": ["Saint-Barthélemy"],
        "post": ["97133"],
        "mail": ["orange.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "sbh.fr", "icloud.com"],
    },
    "us": {   # a Boston-area clinic and a US university
        "m": ["Michael", "David", "Kevin", "Brian", "Tyrone", "Carlos", "Jason", "Matthew", "Dwayne", "Ethan",
              "Raj", "Patrick", "Minh", "Omar"],
        "f": ["Jennifer", "Ashley", "Megan", "Keisha", "Maria", "Lauren", "Priya", "Rachel", "Tamika", "Hannah",
              "Kimberly", "Erin", "Lindsay", "Mei"],
        "last": ["Sullivan", "O'Neil", "Murphy", "Rodriguez", "Washington", "Patel", "Nguyen", "Kowalski", "Brooks",
                 "Fitzgerald", "Chen", "Haddad", "Medeiros", "Jackson", "Cohen", "DaSilva", "Greene"],
        "street": ["Tremont Street", "Blue Hill Avenue", "Dorchester Avenue", "Centre Street", "Hancock Street",
                   "Washington Street", "Broadway", "Mass Ave", "Hyde Park Avenue", "Cambridge Street"],
        "district": ["Dorchester", "Roxbury", "Jamaica Plain", "Quincy", "Somerville", "Brighton", "Malden"],
        "city": ["Boston", "Quincy", "Somerville", "Cambridge", "Malden", "Brockton", "Newton"],
        "post": ["02124", "02119", "02130", "02169", "02143", "02135", "02148"],
        "mail": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "verizon.net"],
    },
    "int": {   # a distributed software company (Bulgaria, India, Ukraine, Brazil, Philippines)
        "m": ["Ivan", "Georgi", "Dimitar", "Arjun", "Vikram", "Taras", "Bohdan", "Thiago", "Lucas", "Paolo",
              "Stoyan", "Rahul", "Mateus", "Nikolay"],
        "f": ["Maria", "Desislava", "Elitsa", "Ananya", "Shreya", "Oksana", "Iryna", "Beatriz", "Larissa",
              "Kristine", "Ralitsa", "Deepa", "Camila", "Teodora"],
        "last": ["Petrov", "Ivanova", "Georgiev", "Dimitrova", "Stoyanov", "Sharma", "Iyer", "Kovalenko",
                 "Shevchenko", "Oliveira", "Souza", "Reyes", "Bautista", "Kolev", "Nair", "Tkachenko"],
        "street": ["bul. Vitosha", "ul. Graf Ignatiev", "MG Road", "Khreshchatyk St", "Rua Augusta",
                   "Ayala Avenue", "bul. Tsarigradsko shose", "Koramangala 5th Block"],
        "district": ["Lozenets", "Mladost", "Indiranagar", "Podil", "Pinheiros", "Makati"],
        "city": ["Sofia", "Plovdiv", "Bengaluru", "Kyiv", "Lviv", "São Paulo", "Manila"],
        "post": ["1000", "1407", "560038", "01001", "01310-100", "1226"],
        "mail": ["gmail.com", "abv.bg", "yahoo.in", "ukr.net", "outlook.com", "proton.me"],
    },
}


def _phones(c: Ctx, cc: str) -> tuple[str, str]:
    """(mobile, landline) in the place's shapes."""
    if cc == "no":
        return f"+47 {c.r.choice('49')}{digits(c, 2)} {digits(c, 2)} {digits(c, 3)}", f"79 02 {digits(c, 2)} {digits(c, 2)}"
    if cc == "cc":
        return f"+61 4{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}", f"(08) 9162 {c.r.choice('67')}{digits(c, 3)}"
    if cc == "bl":
        return (f"+590 690 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}",
                f"05 90 27 {digits(c, 2)} {digits(c, 2)}")
    if cc == "us":
        return (f"({c.r.choice(['617', '857', '781', '508'])}) {c.r.randint(201, 989)}-{digits(c, 4)}",
                f"617-{c.r.randint(201, 989)}-{digits(c, 4)}")
    return (c.r.choice([f"+359 88{digits(c, 1)} {digits(c, 3)} {digits(c, 3)}", f"+91 9{digits(c, 4)} {digits(c, 5)}",
                        f"+380 67 {digits(c, 3)} {digits(c, 4)}", f"+55 11 9{digits(c, 4)}-{digits(c, 4)}",
                        f"+63 917 {digits(c, 3)} {digits(c, 4)}"]), f"+359 2 {digits(c, 3)} {digits(c, 4)}")


def fnr(c: Ctx, birth: dt.date) -> str:
    """A Norwegian fødselsnummer with both check digits (redrawn while a check digit would be 10)."""
    while True:
        body = f"{birth:%d%m%y}{c.r.randint(0, 499) if birth.year < 2000 else c.r.randint(500, 999):03d}"
        d1 = fodselsnummer.calc_check_digit1(body)
        if len(d1) == 1:
            d2 = fodselsnummer.calc_check_digit2(body + d1)
            if len(d2) == 1:
                return body + d1 + d2


def insee(c: Ctx, sex: str, birth: dt.date) -> str:
    """A French NIR (numéro de sécurité sociale) born in Guadeloupe's department (971) with its key."""
    body = f"{'1' if sex == 'M' else '2'}{birth:%y%m}971{digits(c, 2)}{digits(c, 3)}"
    return f"{body} {nir.calc_check_digits(body)}"


def medicare(c: Ctx) -> str:
    """An Australian Medicare card number shape (10 digits and an issue number); no checksum computed."""
    return f"{c.r.randint(2, 6)}{digits(c, 3)} {digits(c, 5)} {c.r.randint(1, 9)}"


def ssn(c: Ctx) -> str:
    return f"{c.r.randint(1, 665):03d}-{c.r.randint(1, 99):02d}-{c.r.randint(1, 9999):04d}"


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    if cc == "no":
        return fnr(c, birth)
    if cc == "cc":
        return medicare(c)
    if cc == "bl":
        return insee(c, sex, birth)
    if cc == "us":
        return ssn(c)
    body = c.r.choice(["38", "64", "91"]) + digits(c, 7)
    return body + luhn.calc_check_digit(body)


def address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, district, city = c.r.choice(p["street"]), c.r.choice(p["district"]), c.r.choice(p["city"])
    n, post = c.r.randint(1, 140), c.r.choice(p["post"])
    if cc == "no":
        line = f"{street}-{n}" if street.startswith("Vei") else f"{street} {n}"
        post = {"Longyearbyen": c.r.choice(["9170", "9171"]), "Ny-Ålesund": "9173", "Barentsburg": "9178",
                "Sveagruva": "9179"}[city]
        line = line if city == "Longyearbyen" else f"Bolig {n}"
    elif cc == "cc":
        line = f"Lot {n}, {street}"
        city = "Home Island" if street.startswith("Jalan") else "West Island"
    elif cc == "bl":
        line = f"{n} {street}" if district == "Gustavia" else f"Villa {c.r.choice(['Ti Case', 'Les Alizés', 'Kaz Bleu', 'Ylang', 'Iguana'])}, {street}"
        city = district
    else:
        line = f"{n * 7} {street}" + (f", Apt {c.r.randint(1, 30)}" if c.r.random() < 0.3 else "")
    return {"line": line, "street": street, "district": district, "city": city, "post": post,
            "full": f"{line}, {post} {city}" if cc in ("no", "bl") else f"{line}, {city} {post}"}


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ø", "o").replace("æ", "ae").replace("Ø", "O"))
    return "".join(ch for ch in s if ch.isascii() and ch not in "' ").lower()


def make_person(c: Ctx, cc: str, y0: int = 1945, y1: int = 2005) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last = c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _phones(c, cc)
    user = _plain(f"{first.split()[0]}.{last}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    out = {"sex": sex, "first": first, "last": last, "full": f"{first} {last}", "birth": birth, "mobile": mobile,
           "phone": landline, "email": email, "user": user, "natid": _natid(c, cc, sex, birth), "ip": public_ip(c)}
    out.update({f"a_{k}": v for k, v in address(c, cc).items()})
    return out


def person(cc: str, entity: str, fieldname: str, y0: int = 1945, y1: int = 2005) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, ("ax", entity, i), lambda cx: make_person(cx, cc, y0, y1))[fieldname]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[0]


def any_landline(cc: str) -> Gen:
    return lambda c, i: _phones(c, cc)[1]


