"""Hand-written value pools and generators for the seventeenth blind corpus part (schemas t_*).

No Faker: every name, street and text below was written by hand. Randomness comes from the context's seeded
`c.r`; the parts of one person in a row are drawn once per (table key, row) from a per-row generator seeded from
`c.r`, so the name, sex, birth date, national id, e-mail, phone and address of a row agree.
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from stdnum import luhn

from .gens import Ctx, Gen

_BASE: dict[int, tuple[Ctx, int]] = {}


def _base(c: Ctx) -> int:
    got = _BASE.get(id(c))
    if got is None or got[0] is not c:
        got = (c, c.r.getrandbits(48))
        _BASE[id(c)] = got
    return got[1]


def rng(c: Ctx, key: str, i: int) -> random.Random:
    """A generator private to row i of `key`: the same for every column of that row."""
    return random.Random(f"{_base(c)}:{key}:{i}")


def ref(key: str, n: int, null: float = 0.0) -> Gen:
    """A foreign key 1..n chosen once per row of `key` (so dependent columns can look at the same parent)."""
    def gen(c: Ctx, i: int) -> Any:
        r = rng(c, key + ":ref", i)
        return None if r.random() < null else r.randint(1, n)
    return gen


# --- people -----------------------------------------------------------------------------------------------------

POOLS: dict[str, dict[str, list[Any]]] = {
    "id": {
        "m": ["Budi", "Agus", "Andi", "Rizky", "Dimas", "Fajar", "Hendra", "Ahmad", "Yusuf", "Bayu", "Eko", "Joko",
              "Teguh", "Arief", "Wahyu", "Irfan", "Rudi", "Gilang", "Aditya", "Reza", "Made", "Wayan", "Ketut"],
        "f": ["Siti", "Dewi", "Sri", "Rina", "Putri", "Ayu", "Lestari", "Nurul", "Fitri", "Indah", "Wulan", "Ratna",
              "Anisa", "Maya", "Dian", "Intan", "Nadia", "Sari", "Kartika", "Yuni", "Ni Luh", "Febriani"],
        "s": ["Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Pratama", "Kurniawan", "Setiawan", "Siregar",
              "Nasution", "Lubis", "Simanjuntak", "Harahap", "Gunawan", "Susanto", "Halim", "Tanjung", "Purnomo",
              "Wibowo", "Utomo", "Firmansyah", "Hakim", "Sembiring", "Manurung", "Sitompul", "Ginting"],
        "mail": ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "outlook.co.id",
                 "ui.ac.id", "ugm.ac.id", "students.itb.ac.id", "hotmail.com"],
        "city": [("Jakarta Selatan", 12110, 12960, -6.26, 106.81), ("Bandung", 40111, 40294, -6.91, 107.61),
                 ("Yogyakarta", 55111, 55283, -7.80, 110.37), ("Surabaya", 60111, 60299, -7.26, 112.75),
                 ("Medan", 20111, 20239, 3.59, 98.67), ("Denpasar", 80111, 80239, -8.65, 115.22),
                 ("Makassar", 90111, 90245, -5.15, 119.43), ("Malang", 65111, 65149, -7.98, 112.63),
                 ("Bogor", 16111, 16169, -6.60, 106.80), ("Padang", 25111, 25176, -0.95, 100.35)],
        "street": ["Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Gajah Mada", "Gg. Melati", "Jl. Cempaka",
                   "Jl. Kaliurang", "Jl. Pahlawan", "Jl. Ahmad Yani", "Perum Griya Asri Blok C"],
    },
    "fr": {
        "m": ["Lucas", "Hugo", "Thomas", "Nathan", "Théo", "Louis", "Maxime", "Antoine", "Julien", "Mathis",
              "Quentin", "Baptiste", "Alexandre", "Romain", "Kévin", "Yanis", "Mehdi", "Erwan", "Gaël", "Loïc"],
        "f": ["Camille", "Léa", "Manon", "Chloé", "Inès", "Emma", "Jade", "Louise", "Sarah", "Clara", "Lucie",
              "Océane", "Anaïs", "Margaux", "Pauline", "Maëlle", "Nolwenn", "Yasmine", "Awa", "Solène"],
        "s": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
              "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
              "Le Gall", "Le Goff", "Guillou", "Tanguy", "Morvan", "N'Diaye", "Benali", "Nguyen", "Riou", "Hamon"],
        "mail": ["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "sfr.fr", "outlook.fr",
                 "wanadoo.fr", "yahoo.fr", "protonmail.com"],
        "city": [("Rennes", 35000, 35200, 48.11, -1.68), ("Saint-Malo", 35400, 35400, 48.65, -2.01),
                 ("Vannes", 56000, 56000, 47.66, -2.76), ("Brest", 29200, 29200, 48.39, -4.49),
                 ("Lannion", 22300, 22300, 48.73, -3.46), ("Cesson-Sévigné", 35510, 35510, 48.12, -1.60)],
        "street": ["rue de Saint-Malo", "boulevard de la Liberté", "rue Jean Jaurès", "avenue du Général Leclerc",
                   "rue de Brest", "place Sainte-Anne", "rue Victor Hugo", "allée des Tilleuls", "rue de Fougères",
                   "quai Lamennais", "rue Pasteur", "impasse des Mouettes"],
    },
    "be": {
        "m": ["Wout", "Jens", "Thibault", "Arne", "Pieter", "Maxime", "Lars", "Sander", "Bram", "Olivier", "Senne",
              "Karim", "Jonas", "Ruben", "Cédric", "Tom", "Jeroen", "Nicolas", "Matthias", "Youssef"],
        "f": ["Lotte", "Noor", "Elise", "Fien", "Marie", "Charlotte", "Laura", "Hanne", "Sofie", "Lien", "Amélie",
              "Julie", "Nina", "Eline", "Fatima", "Anke", "Ines", "Zoë", "Margot", "Chloé"],
        "s": ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
              "De Smet", "Dubois", "Lambert", "Dupont", "Vermeulen", "Van den Broeck", "De Backer", "Michiels",
              "Hermans", "Van Damme", "Lemaire", "El Amrani", "Declercq", "Verstraete", "Desmet", "Leclercq"],
        "mail": ["gmail.com", "telenet.be", "skynet.be", "hotmail.com", "proximus.be", "outlook.be", "protonmail.com",
                 "ugent.be", "kuleuven.be", "posteo.de"],
        "city": [("Gent", 9000, 9000, 51.05, 3.72), ("Antwerpen", 2000, 2060, 51.22, 4.40),
                 ("Brussel", 1000, 1000, 50.85, 4.35), ("Leuven", 3000, 3010, 50.88, 4.70),
                 ("Liège", 4000, 4020, 50.63, 5.57), ("Brugge", 8000, 8000, 51.21, 3.22),
                 ("Mechelen", 2800, 2800, 51.03, 4.48), ("Namur", 5000, 5000, 50.47, 4.87)],
        "street": ["Kortrijksesteenweg", "Sint-Pietersnieuwstraat", "Veldstraat", "Rue de la Loi", "Naamsestraat",
                   "Rue Saint-Gilles", "Lange Leemstraat", "Dampoortstraat", "Chaussée d'Ixelles", "Bredabaan",
                   "Tiensestraat", "Rue des Guillemins"],
    },
    "fi": {
        "m": ["Juha", "Mikko", "Timo", "Jari", "Antti", "Janne", "Matti", "Kari", "Petri", "Markku", "Sami", "Tuomas",
              "Ville", "Joni", "Teemu", "Aleksi", "Jere", "Niko", "Pasi", "Toni"],
        "f": ["Anne", "Tiina", "Sari", "Päivi", "Minna", "Johanna", "Laura", "Sanna", "Heidi", "Jenni", "Kirsi",
              "Riikka", "Satu", "Elina", "Niina", "Jonna", "Henna", "Marjo", "Pirjo", "Noora"],
        "mid": ["Juhani", "Olavi", "Antero", "Tapani", "Kalevi", "Johannes", "Ilmari", "Maria", "Kristiina",
                "Johanna", "Marjatta", "Helena", "Annikki", "Sofia", "Emilia", "Kaarina"],
        "s": ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
              "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
              "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
              "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"],
        "mail": ["gmail.com", "hotmail.com", "outlook.com", "luukku.com", "suomi24.fi", "elisanet.fi", "kolumbus.fi",
                 "windowslive.com", "icloud.com"],
        "city": [("TAMPERE", 33100, 33900, 61.50, 23.76), ("HELSINKI", 100, 990, 60.17, 24.94),
                 ("TURKU", 20100, 20900, 60.45, 22.27), ("OULU", 90100, 90940, 65.01, 25.47),
                 ("JYVÄSKYLÄ", 40100, 40950, 62.24, 25.75), ("KUOPIO", 70100, 70900, 62.89, 27.68),
                 ("LAHTI", 15100, 15900, 60.98, 25.66), ("PORI", 28100, 28900, 61.48, 21.80),
                 ("VANTAA", 1200, 1760, 60.29, 25.04), ("JOENSUU", 80100, 80400, 62.60, 29.76)],
        "street": ["Hämeenkatu", "Satakunnankatu", "Puistokatu", "Koulukatu", "Kauppakatu", "Rautatienkatu",
                   "Myllytie", "Koivukuja", "Pihlajatie", "Kirkkokatu", "Teollisuuskatu", "Sammonkatu",
                   "Insinöörinkatu", "Hervannan valtaväylä", "Nuolialantie"],
    },
    "se": {
        "m": ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Jonas", "Oskar", "Gustav", "Axel",
              "Emil", "Filip", "Björn", "Ahmed", "Ali", "Kent", "Göran", "Mattias"],
        "f": ["Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Elin", "Ingrid", "Linnea", "Maja", "Frida",
              "Kristina", "Johanna", "Sofia", "Astrid", "Birgitta", "Ulla", "Fatima", "Amira", "Ebba"],
        "s": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
              "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
              "Lindqvist", "Lindström", "Berg", "Holm", "Sandberg", "Forsberg", "Åkesson", "Öberg", "Mohammed",
              "Hassan", "Ali", "Yilmaz", "Nguyen", "Virtanen"],
        "mail": ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "live.se", "bredband.net", "icloud.com",
                 "yahoo.se", "spray.se", "hotmail.se"],
        "city": [("Stockholm", 11120, 12999, 59.33, 18.07), ("Göteborg", 41101, 41879, 57.71, 11.97),
                 ("Malmö", 21112, 21775, 55.60, 13.00), ("Uppsala", 75220, 75757, 59.86, 17.64),
                 ("Västerås", 72210, 72597, 59.61, 16.55), ("Örebro", 70210, 70593, 59.27, 15.21),
                 ("Linköping", 58222, 58758, 58.41, 15.62), ("Umeå", 90325, 90788, 63.83, 20.26),
                 ("Luleå", 97231, 97596, 65.58, 22.15), ("Jönköping", 55111, 55658, 57.78, 14.16)],
        "street": ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Järnvägsgatan",
                   "Björkvägen", "Tallvägen", "Ringvägen", "Sveavägen", "Hantverkargatan", "Parkvägen",
                   "Linnégatan", "Kyrkogatan"],
    },
    "de": {
        "m": ["Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Jürgen", "Wolfgang", "Frank", "Uwe",
              "Hans-Jürgen", "Dieter", "Günter", "Manfred", "Horst", "Heinz", "Werner", "Rolf", "Bernd", "Mehmet"],
        "f": ["Ursula", "Monika", "Petra", "Sabine", "Gabriele", "Renate", "Brigitte", "Karin", "Helga", "Ingrid",
              "Elke", "Birgit", "Heike", "Christa", "Gisela", "Hannelore", "Marlies", "Doris", "Erika", "Ayşe"],
        "s": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
              "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
              "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Kowalski",
              "Nowak", "Yıldız", "Brinkmann", "Westermann"],
        "mail": ["t-online.de", "gmx.de", "web.de", "gmail.com", "freenet.de", "arcor.de", "online.de", "gmx.net"],
        "city": [("Dortmund", 44135, 44388, 51.51, 7.46), ("Bochum", 44787, 44894, 51.48, 7.22),
                 ("Essen", 45127, 45359, 51.46, 7.01), ("Hagen", 58089, 58135, 51.36, 7.47),
                 ("Unna", 59423, 59427, 51.54, 7.69), ("Herne", 44623, 44653, 51.54, 7.22),
                 ("Hamm", 59063, 59077, 51.68, 7.82), ("Schwerte", 58239, 58239, 51.44, 7.57)],
        "street": ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenstraße", "Kirchstraße",
                   "Bergstraße", "Waldstraße", "Am Markt", "Goethestraße", "Schillerstraße", "Mozartweg",
                   "Hörder Bahnhofstr.", "Westenhellweg", "Zechenstraße", "Im Grünen Winkel"],
    },
}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str            # "M" / "F"
    birth: date
    street: str
    postcode: str
    city: str
    lat: float
    lon: float
    phone: str
    email: str
    natid: str
    login: str
    r: int              # a per-person number for further consistent draws


def _ascii(s: str) -> str:
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "ü": "u", "é": "e", "è": "e", "ë": "e", "ï": "i",
                           "î": "i", "ç": "c", "ß": "ss", "ı": "i", "ş": "s", "'": "", " ": "", "-": ""})
    return s.lower().translate(table)


def _phone(cc: str, r: random.Random) -> str:
    d = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    if cc == "id":
        p = "8" + r.choice(["12", "13", "21", "52", "57", "77", "95", "38"]) + d(7 + r.randint(0, 1))
        return r.choice(["0" + p, "+62" + p, f"0{p[:3]}-{p[3:7]}-{p[7:]}", "62" + p])
    if cc == "fr":
        p = r.choice("67") + d(8)
        return r.choice([f"0{p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}", "0" + p, "+33" + p, "33" + p])
    if cc == "be":
        p = "4" + r.choice(["70", "75", "77", "78", "85", "86", "94", "96"]) + d(6)
        return r.choice([f"+32 {p[:3]} {p[3:5]} {p[5:7]} {p[7:]}", "0" + p, f"0{p[:3]}/{p[3:5]}.{p[5:7]}.{p[7:]}"])
    if cc == "fi":
        p = r.choice(["40", "50", "44", "45", "41"]) + d(7)
        return r.choice([f"0{p[:2]} {p[2:5]} {p[5:]}", f"0{p[:2]}-{p[2:]}", f"+358 {p[:2]} {p[2:5]} {p[5:]}", "0" + p])
    if cc == "se":
        p = "7" + r.choice("02369") + d(7)
        return r.choice([f"0{p[:2]}-{p[2:5]} {p[5:7]} {p[7:]}", "0" + p, f"+46 {p[:2]} {p[2:5]} {p[5:7]} {p[7:]}",
                         f"0{p[:2]}-{p[2:]}"])
    area = r.choice(["0231", "0234", "0201", "02331", "02303", "02323", "02381", "02304"])
    if r.random() < 0.4:
        m = r.choice(["0151", "0160", "0170", "0171", "0172", "0176", "0157"])
        return r.choice([f"{m} {d(7)}", f"{m}/{d(7)}", f"+49 {m[1:]} {d(7)}"])
    return r.choice([f"{area} {d(6)}", f"{area}/{d(6)}", f"({area}) {d(2)} {d(2)} {d(2)}"])


def hetu(birth: date, sex: str, r: random.Random) -> str:
    """Finnish henkilötunnus with its computed control character."""
    n = r.randrange(3, 899, 2) if sex == "M" else r.randrange(2, 898, 2)
    core = f"{birth:%d%m%y}{n:03d}"
    sign = "-" if birth.year < 2000 else "A"
    return f"{birth:%d%m%y}{sign}{n:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(core) % 31]


def personnummer(birth: date, sex: str, r: random.Random) -> str:
    """Swedish personnummer (12 digits with a dash); the last digit is the Luhn check over YYMMDDNNN."""
    n = r.randint(0, 99) * 10 + (r.randrange(1, 10, 2) if sex == "M" else r.randrange(0, 10, 2))
    core = f"{birth:%y%m%d}{n:03d}"
    return f"{birth:%Y%m%d}-{n:03d}" + luhn.calc_check_digit(core)


def kvnr(r: random.Random) -> str:
    """German Krankenversichertennummer: letter, 8 digits, check digit (weights 1-2 over the letter as 01..26)."""
    letter = r.choice(string.ascii_uppercase)
    body = "".join(r.choice(string.digits) for _ in range(8))
    digits = f"{ord(letter) - 64:02d}" + body
    total = 0
    for k, ch in enumerate(digits):
        p = int(ch) * (1 if k % 2 == 0 else 2)
        total += p // 10 + p % 10
    return letter + body + str(total % 10)


@lru_cache(maxsize=50_000)
def _person(base: int, key: str, i: int, cc: str, lo: int, hi: int) -> Person:
    r = random.Random(f"{base}:{key}:person:{i}")
    pool = POOLS[cc]
    sex = r.choice("MF")
    first = r.choice(pool[sex.lower()])
    last = r.choice(pool["s"])
    birth = date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
    city, plo, phi, la, lo_ = r.choice(pool["city"])
    pc = r.randint(plo, phi)
    if cc == "fi":
        pc = pc // 10 * 10
        postcode = f"{pc:05d}"
    elif cc == "se":
        postcode = f"{pc // 100} {pc % 100:02d}"
    elif cc == "be":
        postcode = str(pc)
    else:
        postcode = f"{pc:05d}"
    no = r.randint(1, 140)
    st = r.choice(pool["street"])
    if cc == "fr":
        street = f"{no}{r.choice(['', '', '', ' bis'])} {st}"
    elif cc == "id":
        street = f"{st} No. {no}" + r.choice(["", f" RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}"])
    elif cc == "fi":
        street = f"{st} {no}" + r.choice(["", f" A {r.randint(1, 40)}", f" B {r.randint(1, 30)}", ""])
    else:
        street = f"{st} {no}" + r.choice(["", "", "a", f" lgh {r.randint(1001, 1503)}" if cc == "se" else "b"])
    a, b = _ascii(first), _ascii(last)
    local = r.choice([f"{a}.{b}", f"{a}{b}", f"{a[0]}{b}", f"{a}_{b}{r.randint(1, 99)}", f"{a}{birth:%y}",
                      f"{b}.{a}", f"{a}.{b}{r.randint(1, 9)}"])
    email = f"{local}@{r.choice(pool['mail'])}"
    natid = {"fi": lambda: hetu(birth, sex, r), "se": lambda: personnummer(birth, sex, r),
             "de": lambda: kvnr(r)}.get(cc, lambda: "")()
    login = r.choice([f"{a[:1]}{b[:7]}", f"{a}{r.randint(1, 999)}", f"{b[:5]}{a[:3]}", f"{a}_{b[:1]}"])
    return Person(first, last, sex, birth, street, postcode, city, round(la + r.uniform(-0.06, 0.06), 6),
                  round(lo_ + r.uniform(-0.08, 0.08), 6), _phone(cc, r), email, natid, login,
                  r.randint(0, 10**9))


def person(c: Ctx, key: str, i: int, cc: str, born: tuple[int, int] = (1950, 2002)) -> Person:
    return _person(_base(c), key, i, cc, born[0], born[1])


def pf(key: str, cc: str, attr: str, born: tuple[int, int] = (1950, 2002), null: float = 0.0) -> Gen:
    """One attribute of the person of row i of `key`."""
    def gen(c: Ctx, i: int) -> Any:
        if null and rng(c, key + ":" + attr, i).random() < null:
            return None
        return getattr(person(c, key, i, cc, born), attr)
    return gen


def full_name(key: str, cc: str, born: tuple[int, int] = (1950, 2002)) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        p = person(c, key, i, cc, born)
        return f"{p.first} {p.last}"
    return gen


# --- generic values ---------------------------------------------------------------------------------------------

def seq(c: Ctx, i: int) -> int:
    return i


def pick(*xs: Any) -> Gen:
    return lambda c, i: c.r.choice(xs)


def wpick(pairs: list[tuple[Any, float]]) -> Gen:
    vals, weights = zip(*pairs)
    return lambda c, i: c.r.choices(vals, weights)[0]


def some(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def dec(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def boolean(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def fk(n: int, null: float = 0.0) -> Gen:
    return lambda c, i: None if c.r.random() < null else c.r.randint(1, n)


def when(y0: int, y1: int) -> Gen:
    """A timestamp between 1 Jan y0 and 31 Dec y1."""
    def gen(c: Ctx, i: int) -> datetime:
        start = datetime(y0, 1, 1)
        return start + timedelta(seconds=c.r.randint(0, (datetime(y1, 12, 31) - start).days * 86400))
    return gen


def day(y0: int, y1: int) -> Gen:
    g = when(y0, y1)
    return lambda c, i: g(c, i).date()


def epoch_ms(y0: int, y1: int) -> Gen:
    g = when(y0, y1)
    return lambda c, i: int(g(c, i).timestamp() * 1000) + c.r.randint(0, 999)


def chars(n: int, alphabet: str = string.ascii_letters + string.digits, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def hexs(n: int, prefix: str = "") -> Gen:
    return chars(n, "0123456789abcdef", prefix)


def uuid4(c: Ctx, i: int) -> str:
    h = "".join(c.r.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64(c: Ctx, n: int, urlsafe: bool = False) -> str:
    raw = bytes(c.r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw).rstrip(b"=") if urlsafe else base64.b64encode(raw)).decode()


def bcrypt(c: Ctx, i: int) -> str:
    alpha = "./" + string.ascii_letters + string.digits
    return f"$2{c.r.choice('by')}$" + c.r.choice(["10", "12"]) + "$" + "".join(c.r.choice(alpha) for _ in range(53))


def argon2id(c: Ctx, i: int) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(c, 16).rstrip('=')}${b64(c, 32).rstrip('=')}"


def md5_of(c: Ctx, text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def ipv4(prefixes: list[str]) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        p = c.r.choice(prefixes).split(".")
        return ".".join(p + [str(c.r.randint(1, 254)) for _ in range(4 - len(p))])
    return gen


def iban(country: str, bban: str) -> str:
    """ISO 13616 check digits computed by mod 97 (the author verified the results with stdnum.iban)."""
    moved = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_be(c: Ctx, i: int) -> str:
    first = f"{c.r.choice(['001', '068', '363', '734', '979', '143', '735', '063'])}{c.r.randint(0, 9_999_999):07d}"
    check = int(first) % 97 or 97
    return iban("BE", f"{first}{check:02d}")


def iban_de(c: Ctx, i: int) -> str:
    blz = c.r.choice(["44050199", "44160014", "43050001", "45050001", "44152370", "36010043", "44010046"])
    return iban("DE", blz + f"{c.r.randint(0, 9_999_999_999):010d}")


def spaced(value: str) -> str:
    return " ".join(value[k:k + 4] for k in range(0, len(value), 4))


def fkey(schema: str, table: str, col: str, rtable: str, rcol: str = "id") -> str:
    """One ALTER TABLE statement declaring one foreign key (identifiers quoted: some schemas use upper case)."""
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{rtable}" ("{rcol}")')


def fill(templates: list[str], **pools: Any) -> Gen:
    """A template chosen at random, its {slots} filled from `pools` (lists, or generators of (c, i))."""
    def gen(c: Ctx, i: int) -> str:
        t = c.r.choice(templates)
        vals = {k: (v(c, i) if callable(v) else c.r.choice(v)) for k, v in pools.items() if "{" + k + "}" in t}
        return t.format(**vals)
    return gen
