"""Hand-written pools for the forty-first blind corpus part (schemas aq_*): Niue, Sint Maarten and Somaliland.

No Faker, no word lists: every name, street, village, mail domain, phone shape and id shape below was typed by hand.
The generic draws (seq, fk, one, maybe, dates, the per-(entity, row) cache...) come from blind26_gens. Cache keys
start with "aq" because that cache is shared with the other parts.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .blind26_gens import Gen, cached, date, digits, public_ip
from .gens import Ctx

POOLS: dict[str, dict[str, list[str]]] = {
    "nu": {   # Niue
        "m": ["Sione", "Togia", "Dalton", "Hima", "Moka", "Fisa", "Tiva", "Pita", "Salilo", "Vaitoga", "Hetutu",
              "Tauveli", "Kupa", "Logo", "Mititai", "Falani"],
        "f": ["Sisilia", "Mele", "Losa", "Felisita", "Leleifi", "Pani", "Ana", "Mafa", "Lagi", "Fifita", "Hinemoa",
              "Vainiu", "Tufaina", "Moana", "Salote", "Kalesi"],
        "last": ["Talagi", "Tukuitoga", "Viliamu", "Pihigia", "Vilitama", "Kalauni", "Makaia", "Tafatu", "Lipitoa",
                 "Hekau", "Tongatule", "Magatogia", "Ikiua", "Tamapua", "Sipeli", "Togiamana", "Pulehetoa",
                 "Fuhiniu", "Tauelima", "Posimani", "Tanevesi", "Jacobsen"],
        "village": ["Alofi South", "Alofi North", "Avatele", "Hakupu", "Hikutavake", "Lakepa", "Liku", "Makefu",
                    "Mutalau", "Namukulu", "Tamakautoga", "Toi", "Tuapa", "Vaiea"],
        "mail": ["gmail.com", "niue.nu", "yahoo.co.nz", "hotmail.com", "xtra.co.nz"],
    },
    "sx": {   # Sint Maarten
        "m": ["Clarence", "Marcel", "Omar", "Leroy", "Cyrus", "Earl", "Rodolph", "Theo", "Julian", "Kenneth",
              "Rolando", "Dwayne", "Sedney", "Lenny", "Franklyn", "Jurendy"],
        "f": ["Sarah", "Gracita", "Marlene", "Silveria", "Ingrid", "Leona", "Perla", "Claudia", "Rosalie", "Sherita",
              "Candia", "Jacinta", "Lorna", "Shermina", "Myrna", "Tamara"],
        "last": ["Richardson", "Hodge", "Peterson", "Arrindell", "Gumbs", "Wathey", "Lake", "Brooks", "Hazel",
                 "Carty", "Illidge", "Romney", "Duzanson", "Fleming", "van Heyningen", "York", "Connor", "Ellis",
                 "Buncamper", "Doran", "Marlin", "Gibson", "de Weever", "Jacobs"],
        "street": ["Front Street", "Back Street", "Bush Road", "Welfare Road", "A.Th. Illidge Road", "Union Road",
                   "W.G. Buncamper Road", "Arch Road", "L.B. Scott Road", "Soualiga Road", "Walter Nisbeth Road",
                   "Airport Road", "Wellington Road", "Zagersgut Road", "Oyster Pond Road", "Sucker Garden Road"],
        "district": ["Philipsburg", "Cole Bay", "Simpson Bay", "Cay Hill", "Dutch Quarter", "South Reward",
                     "Middle Region", "St. Peters", "Upper Prince's Quarter", "Lower Prince's Quarter",
                     "Pointe Blanche", "Sucker Garden", "Ebenezer", "Belvedere", "Cupecoy", "Madame Estate"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com", "caribserve.net", "sintmaarten.net", "outlook.com"],
    },
    "so": {   # Somaliland
        "m": ["Maxamed", "Cabdiraxmaan", "Axmed", "Cali", "Yuusuf", "Xasan", "Cabdillaahi", "Ismaaciil", "Muuse",
              "Ibraahim", "Khadar", "Mahad", "Faysal", "Saciid", "Jaamac", "Guuleed", "Maxamuud", "Cumar"],
        "f": ["Hodan", "Sahra", "Faadumo", "Ayaan", "Nimco", "Hibaaq", "Ifrah", "Deeqa", "Sucaad", "Ubah", "Xaliimo",
              "Maryan", "Caasha", "Shukri", "Hamda", "Ruqiya"],
        "district": ["Ga'an Libaax", "Maxamed Mooge", "26 Juun", "Ibraahim Koodbuur", "Axmed Dhagax",
                     "Maxamuud Haybe", "31 May", "Jigjiga Yar", "New Hargeisa", "Sha'ab"],
        "street": ["Waddada Madaxtooyada", "Jidka Xoriyadda", "Waddada Berbera", "Jidka 1da Luulyo",
                   "Waddada Sucuudiga", "Jidka Cigaal", "Waddada Wajaale", "Jidka Koodbuur"],
        "landmark": ["ag Masaajidka Jaamaca", "ka soo horjeedka Isbitaalka Guud", "ag Suuqa Waaheen",
                     "gadaal Dugsiga Sheekh Bashiir", "ag Hoteel Ambassador", "ag Saldhigga Booliska"],
        "city": ["Hargeysa", "Burco", "Berbera", "Boorama", "Ceerigaabo", "Gabiley", "Wajaale", "Sheekh", "Oodweyne"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"],
    },
}


def _ascii(s: str) -> str:
    return s.lower().replace("'", "").replace(" ", "").replace(".", "")


def _nu(c: Ctx, sex: str, birth: dt.date) -> dict[str, Any]:
    p = POOLS["nu"]
    village = c.r.choice(p["village"])
    return {"mobile": f"+683 {c.r.choice('78')}{digits(c, 3)}", "phone": f"4{digits(c, 3)}",
            "natid": f"{c.r.choice(['LA', 'LB', 'LC', 'RA', 'LH'])}{digits(c, 6)}",     # NZ passport, Niueans hold
            "a_line": f"Fale {c.r.randint(1, 90)}, {village}", "a_city": village,
            "a_postcode": f"PO Box {c.r.randint(1, 240)}, Alofi"}


def _sx(c: Ctx, sex: str, birth: dt.date) -> dict[str, Any]:
    p = POOLS["sx"]
    district = c.r.choice(p["district"])
    return {"mobile": f"+1 721 5{c.r.choice(['20', '22', '26', '27', '54', '55', '56', '58', '80', '81'])}-"
                      f"{digits(c, 4)}",
            "phone": f"(721) 54{c.r.choice('23')}-{digits(c, 4)}",
            "natid": f"{birth:%Y%m%d}{digits(c, 2)}",          # persoonsnummer: birth date and a serial
            "a_line": f"#{c.r.randint(1, 120)} {c.r.choice(p['street'])}", "a_city": district,
            "a_postcode": district}


def _so(c: Ctx, sex: str, birth: dt.date) -> dict[str, Any]:
    p = POOLS["so"]
    return {"mobile": f"+252 63 {c.r.choice('4567')}{digits(c, 6)}" if c.r.random() < 0.7
            else f"+252 65 {c.r.choice('89')}{digits(c, 6)}",
            "phone": f"063 4{digits(c, 6)}",
            "natid": f"SL{digits(c, 2)}{birth:%y}{digits(c, 6)}",            # Somaliland national ID card number
            "a_line": f"Xaafadda {c.r.choice(p['district'])}, {c.r.choice(p['street'])}, {c.r.choice(p['landmark'])}",
            "a_city": c.r.choice(p["city"]), "a_postcode": ""}


def make(c: Ctx, cc: str, y0: int, y1: int) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    if cc == "so":      # given name, father's name, grandfather's name
        last, last2 = c.r.choice(p["m"]), c.r.choice(p["m"])
        full = f"{first} {last} {last2}"
    else:
        last, last2 = c.r.choice(p["last"]), c.r.choice(p["last"])
        full = f"{first} {last}"
    birth = date(c, y0, y1)
    user = _ascii(f"{first}.{last}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    out = {"sex": sex, "first": first, "last": last, "last2": last2, "full": full, "birth": birth, "user": user,
           "email": email, "ip": public_ip(c, (49, 103, 119, 190, 196, 197, 41))}
    out.update({"nu": _nu, "sx": _sx, "so": _so}[cc](c, sex, birth))
    return out


def person(cc: str, entity: str, field: str, y0: int = 1950, y1: int = 2005) -> Gen:
    """One field of the person of row i of `entity` (drawn once per row and cached under ("aq", entity, i))."""
    return lambda c, i: cached(c, ("aq", entity, i), lambda cx: make(cx, cc, y0, y1))[field]


def any_name(cc: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        if cc == "so":
            return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['m'])} {c.r.choice(p['m'])}"
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: make(c, cc, 1960, 2000)["mobile"]

