"""Hand-written value pools and generators for the nineteenth blind corpus part (schemas w_*).

No Faker: every name, street and phrase below was typed by hand. Randomness comes from the context's seeded
`c.r`; the parts of one person in a row are drawn once by a per-row generator (seeded from c.r, cached by table
and row index) so that name, sex, birth date, ids, e-mail, phone and address agree. python-stdnum is used only
to compute check digits (Verhoeff, Luhn, mod 11, mod 97).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import unicodedata
from typing import Any

from stdnum import luhn, verhoeff
from stdnum.es import dni

from .gens import Ctx, Gen

# ---------------------------------------------------------------------------------------------------- pools
NAMES: dict[str, dict[str, list[str]]] = {
    "is": {
        "M": ["Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán", "Bjarni",
              "Halldór", "Ari", "Egill", "Hrafn", "Kári", "Snorri", "Þórður", "Atli", "Birkir", "Davíð"],
        "F": ["Guðrún", "Anna", "Sigríður", "Kristín", "Margrét", "Helga", "Sigrún", "Ingibjörg", "Jóhanna", "Katrín",
              "Ragnheiður", "Þóra", "Hildur", "Elín", "Ásta", "Bryndís", "Eyrún", "Sólveig", "Embla", "Freyja"],
        "S": ["Jónsson", "Sigurðsson", "Guðmundsson", "Gunnarsson", "Ólafsson", "Einarsson", "Kristjánsson",
              "Magnússon", "Stefánsson", "Bjarnason", "Halldórsson", "Þórðarson", "Egilsson", "Arason"],
    },
    "nz": {
        "M": ["James", "Liam", "Oliver", "Nikau", "Tama", "Wiremu", "Hemi", "Ethan", "Lachlan", "Ari", "Mason",
              "Noah", "Rangi", "Mikaere", "Sione", "Tevita", "Hamish", "Callum", "Rawiri", "Jack"],
        "F": ["Aroha", "Mere", "Charlotte", "Isla", "Amelia", "Ngaio", "Anahera", "Kaia", "Olivia", "Harper",
              "Ruby", "Manaia", "Moana", "Te Aroha", "Sophie", "Grace", "Ana", "Losa", "Mele", "Hana"],
        "S": ["Ngata", "Parata", "Tipene", "Walker", "Thompson", "Wilson", "Te Whata", "Smith", "Fifita", "Tuilagi",
              "Brown", "Henare", "Kereama", "Campbell", "Robertson", "McKenzie", "Aperahama", "Taufa", "Hohaia"],
    },
    "in": {
        "M": ["Rahul", "Arjun", "Vikram", "Suresh", "Karthik", "Anand", "Pradeep", "Rohit", "Manish", "Sandeep",
              "Venkatesh", "Abhishek", "Naveen", "Harish", "Imran", "Farhan", "Gurpreet", "Siddharth", "Aditya",
              "Ravi"],
        "F": ["Priya", "Anjali", "Deepa", "Kavya", "Sneha", "Lakshmi", "Divya", "Pooja", "Meera", "Shalini",
              "Ayesha", "Nandini", "Swathi", "Harpreet", "Aishwarya", "Revathi", "Bhavana", "Ritu", "Sana", "Keerthi"],
        "S": ["Sharma", "Reddy", "Iyer", "Nair", "Rao", "Gupta", "Patel", "Menon", "Krishnan", "Kulkarni", "Das",
              "Banerjee", "Singh", "Khan", "Hegde", "Shetty", "Pillai", "Chatterjee", "Joshi", "Gowda", "Naidu"],
    },
    "sk": {
        "M": ["Martin", "Peter", "Tomáš", "Michal", "Ján", "Lukáš", "Marek", "Jakub", "Matej", "Juraj", "Dávid",
              "Filip", "Samuel", "Róbert", "Adam", "Patrik", "Ľubomír", "Andrej", "Miroslav", "Štefan"],
        "F": ["Zuzana", "Katarína", "Lucia", "Mária", "Veronika", "Barbora", "Simona", "Petra", "Nikola", "Ivana",
              "Jana", "Dominika", "Michaela", "Lenka", "Kristína", "Andrea", "Alžbeta", "Romana", "Viktória",
              "Natália"],
        "S": ["Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Lukáč", "Novák", "Kollár",
              "Polák", "Gajdoš", "Oravec", "Hudák", "Mikuš", "Šimko", "Bartoš", "Kráľ", "Sloboda", "Krajčí"],
    },
    "es": {
        "M": ["Vicent", "Josep", "Pau", "Jordi", "Joan", "Xavier", "Carlos", "Javier", "Alejandro", "Sergio", "Pablo",
              "Miguel", "Andreu", "Hugo", "Daniel", "Rafael", "Álvaro", "Marc", "Ferran", "Toni"],
        "F": ["Maria", "Laura", "Marta", "Carmen", "Lucía", "Núria", "Empar", "Amparo", "Neus", "Sara", "Paula",
              "Elena", "Rosa", "Lidia", "Aitana", "Clara", "Mireia", "Pilar", "Teresa", "Irene"],
        "S": ["García", "Martínez", "Ferrer", "Sanchis", "Martí", "Soler", "Navarro", "Pérez", "Ribes", "Llopis",
              "Castelló", "Gómez", "Vidal", "Roig", "Bosch", "Alemany", "Camps", "Puig", "Mollà", "Sempere"],
    },
    "lu": {
        "M": ["Jean", "Marc", "Luc", "Paul", "Tom", "Gilles", "Yves", "Claude", "Laurent", "Pol", "Ben", "Jérôme",
              "Mike", "Nico", "Raoul", "Steve", "Tun", "Jos", "Fernand", "Carlo"],
        "F": ["Anne", "Marie", "Sandra", "Nathalie", "Carole", "Martine", "Sophie", "Lynn", "Joëlle", "Tessy",
              "Nadine", "Claudine", "Monique", "Mady", "Fabienne", "Christiane", "Paula", "Léa", "Sarah", "Josée"],
        "S": ["Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Schmitz", "Kieffer", "Reuter", "Klein",
              "Da Silva", "Ferreira", "Steffen", "Hansen", "Kremer", "Welter", "Bernard", "Faber", "Feller", "Majerus"],
    },
}

IS_GENITIVE = ["Jóns", "Sigurðs", "Guðmunds", "Gunnars", "Ólafs", "Einars", "Kristjáns", "Magnús", "Stefáns",
               "Bjarna", "Halldórs", "Ara", "Egils", "Hrafns", "Kára", "Snorra", "Þórðar", "Atla", "Birkis", "Davíðs"]

STREETS: dict[str, list[str]] = {
    "is": ["Laugavegur", "Hverfisgata", "Skólavörðustígur", "Hringbraut", "Bústaðavegur", "Álfheimar", "Grettisgata",
           "Vesturgata", "Sólvallagata", "Háaleitisbraut", "Kópavogsbraut", "Hamraborg", "Strandgata", "Lindargata"],
    "nz": ["Ponsonby Road", "Karangahape Road", "Dominion Road", "Riddiford Street", "Cuba Street", "Colombo Street",
           "Great North Road", "Te Atatu Road", "Ngatiawa Street", "Victoria Avenue", "Rata Street", "Kauri Crescent"],
    "in": ["100 Feet Road, Indiranagar", "5th Main, HSR Layout", "CMH Road", "Outer Ring Road, Marathahalli",
           "Sarjapur Road", "7th Cross, Jayanagar 4th Block", "Hosur Road, Koramangala", "Bannerghatta Road",
           "Old Airport Road", "2nd Stage, BTM Layout", "Whitefield Main Road", "Kanakapura Road, JP Nagar"],
    "sk": ["Hlavná", "Obchodná", "Mierová", "Štúrova", "Hviezdoslavova", "Nám. SNP", "Družstevná", "Jilemnického",
           "Kukučínova", "Bajkalská", "Vajanského", "Komenského", "Partizánska", "Moyzesova"],
    "es": ["Carrer de Cuba", "Avinguda del Port", "Calle Colón", "Carrer de Sueca", "Avenida Blasco Ibáñez",
           "Carrer Major", "Calle de la Paz", "Carrer de Russafa", "Avinguda Peris i Valero", "Carrer del Mar",
           "Calle San Vicente Mártir", "Carrer de Jesús"],
    "lu": ["rue de Hollerich", "route d'Arlon", "avenue de la Gare", "rue de Strasbourg", "boulevard Royal",
           "rue du Fort Neipperg", "rue de Beggen", "Grand-Rue", "rue de l'Alzette", "route de Thionville",
           "rue Principale", "Bei der Kierch"],
}

CITIES: dict[str, list[tuple[str, str]]] = {       # (postcode or pin prefix, city)
    "is": [("101", "Reykjavík"), ("105", "Reykjavík"), ("108", "Reykjavík"), ("200", "Kópavogur"),
           ("220", "Hafnarfjörður"), ("600", "Akureyri"), ("230", "Reykjanesbær"), ("800", "Selfoss")],
    "nz": [("1011", "Auckland"), ("1021", "Auckland"), ("0610", "Auckland"), ("6011", "Wellington"),
           ("8011", "Christchurch"), ("3204", "Hamilton"), ("9016", "Dunedin"), ("4410", "Palmerston North")],
    "in": [("560038", "Bengaluru"), ("560102", "Bengaluru"), ("560034", "Bengaluru"), ("560066", "Bengaluru"),
           ("600017", "Chennai"), ("500081", "Hyderabad"), ("411014", "Pune"), ("682024", "Kochi")],
    "sk": [("811 01", "Bratislava"), ("821 08", "Bratislava"), ("040 01", "Košice"), ("010 01", "Žilina"),
           ("974 01", "Banská Bystrica"), ("080 01", "Prešov"), ("949 01", "Nitra"), ("917 01", "Trnava")],
    "es": [("46004", "València"), ("46006", "València"), ("46022", "València"), ("46100", "Burjassot"),
           ("46900", "Torrent"), ("46600", "Alzira"), ("46400", "Cullera"), ("46701", "Gandia")],
    "lu": [("L-1736", "Luxembourg"), ("L-2230", "Luxembourg"), ("L-4002", "Esch-sur-Alzette"),
           ("L-3511", "Dudelange"), ("L-9010", "Ettelbruck"), ("L-8009", "Strassen"), ("L-5880", "Hesperange")],
}

MAIL: dict[str, list[str]] = {
    "is": ["simnet.is", "gmail.com", "visir.is", "internet.is", "hi.is"],
    "nz": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz", "orcon.net.nz", "vodafone.co.nz"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "sk": ["gmail.com", "azet.sk", "centrum.sk", "post.sk", "zoznam.sk"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "uv.es", "outlook.es"],
    "lu": ["pt.lu", "gmail.com", "education.lu", "hotmail.com", "internet.lu"],
}


def ascii_fold(s: str) -> str:
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th").replace("æ", "ae")
    s = s.replace("ľ", "l").replace("Ľ", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------------------------------------------- check digits
def kennitala(born: dt.date, rng: random.Random) -> str:
    """Icelandic kennitala DDMMYY-RRCS with the mod-11 check digit (weights 3,2,7,6,5,4,3,2)."""
    while True:
        body = born.strftime("%d%m%y") + f"{rng.randint(20, 99)}"
        rem = sum(w * int(d) for w, d in zip((3, 2, 7, 6, 5, 4, 3, 2), body)) % 11
        check = (11 - rem) % 11
        if check != 10:
            return f"{body[:6]}-{body[6:]}{check}{'9' if born.year < 2000 else '0'}"


def aadhaar(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(2, 9)}{rng.randint(0, 10**10 - 1):010d}"
        num = body + verhoeff.calc_check_digit(body)
        if num != num[::-1]:
            return f"{num[:4]} {num[4:8]} {num[8:]}"


def pan(rng: random.Random, surname: str, kind: str = "P") -> str:
    head = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    initial = ascii_fold(surname)[0].upper()
    return f"{head}{kind}{initial}{rng.randint(1000, 9999)}{rng.choice(string.ascii_uppercase)}"


def rodne_cislo(born: dt.date, female: bool, rng: random.Random) -> str:
    """Slovak rodné číslo YYMMDD/XXXX divisible by 11 (women: month + 50)."""
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    while True:
        tail = f"{rng.randint(0, 999):03d}"
        num = int(head + tail)
        check = (-num * 10) % 11
        if check < 10:
            return f"{head}/{tail}{check}"


def dni_number(rng: random.Random) -> str:
    digits = f"{rng.randint(10_000_000, 59_999_999)}"
    return digits + dni.calc_check_digit(digits)


def iban_of(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(num) % 97:02d}{bban}"


def iban_lu(rng: random.Random) -> str:
    bank = rng.choice(["001", "002", "003", "019", "014", "025"])      # BCEE, BGL, ING, Raiffeisen, BIL, ...
    return iban_of("LU", bank + f"{rng.randint(0, 10**13 - 1):013d}")


def iban_sk(rng: random.Random) -> str:
    bank = rng.choice(["0900", "1100", "0200", "7500", "8330"])
    return iban_of("SK", bank + f"{rng.randint(0, 999999):06d}" + f"{rng.randint(10**9, 10**10 - 1):010d}")


def card_number(rng: random.Random, prefix: str = "4") -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(15 - len(prefix)))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------------------------------- people
_ROWS: dict[int, tuple[Ctx, int, dict]] = {}


def row_rng(c: Ctx, key: str, i: int) -> random.Random:
    entry = _ROWS.get(id(c))
    if entry is None or entry[0] is not c:
        entry = _ROWS[id(c)] = (c, c.r.randrange(1 << 30), {})
    return random.Random(f"{entry[1]}:{key}:{i}")


def person(c: Ctx, key: str, i: int, loc: str, young: bool = False) -> dict[str, Any]:
    """One person per (table key, row), drawn once and cached: every column of the row reads the same person."""
    entry = _ROWS.get(id(c))
    if entry is not None and entry[0] is c and (key, i) in entry[2]:
        return entry[2][(key, i)]
    r = row_rng(c, key, i)
    entry = _ROWS[id(c)]
    sex = r.choice("MF")
    pool = NAMES[loc]
    first = r.choice(pool[sex])
    last = r.choice(pool["S"])
    if loc == "is":
        stem = r.choice(IS_GENITIVE)
        last = stem + ("son" if sex == "M" else "dóttir")
    if loc == "es":
        last = f"{last} {r.choice(pool['S'])}"
    born = dt.date(r.randint(1996, 2008) if young else r.randint(1948, 2001), r.randint(1, 12), r.randint(1, 28))
    pc, city = r.choice(CITIES[loc])
    street = r.choice(STREETS[loc])
    f_, l_ = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last.split()[0]).lower().replace(" ", "")
    user = r.choice([f"{f_}.{l_}", f"{f_}{l_[:1]}", f"{f_[:1]}{l_}", f"{f_}{born.year % 100:02d}",
                     f"{f_}_{l_}{r.randint(1, 99)}"])
    p: dict[str, Any] = {"first": first, "last": last, "sex": sex, "born": born, "city": city, "pc": pc,
                         "user": user, "email": f"{user}@{r.choice(MAIL[loc])}", "r": r}
    if loc == "is":
        p["phone"] = f"{r.choice('678')}{r.randint(0, 99):02d}-{r.randint(0, 9999):04d}"
        p["street"] = f"{street} {r.randint(1, 120)}"
        p["id"] = kennitala(born, r)
    elif loc == "nz":
        p["phone"] = f"02{r.choice('127')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
        p["street"] = f"{r.randint(1, 240)}{r.choice(['', '', '', 'A', 'B'])} {street}"
    elif loc == "in":
        p["phone"] = f"+91 {r.choice('6789')}{r.randint(0, 9999):04d} {r.randint(0, 99999):05d}"
        p["street"] = f"#{r.randint(1, 999)}, {street}"
        p["pc"] = pc
        p["id"] = aadhaar(r)
        p["pan"] = pan(r, last)
    elif loc == "sk":
        p["phone"] = f"+421 9{r.choice('01458')}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}"
        p["street"] = f"{street} {r.randint(1, 90)}{r.choice(['', '', '/' + str(r.randint(1, 30))])}"
        p["id"] = rodne_cislo(born, sex == "F", r)
    elif loc == "es":
        p["phone"] = f"6{r.randint(0, 99):02d} {r.randint(0, 999):03d} {r.randint(0, 999):03d}"
        p["street"] = f"{street}, {r.randint(1, 140)}, {r.randint(1, 9)}º {r.choice('ABCD')}"
        p["id"] = dni_number(r)
    else:
        p["phone"] = f"+352 6{r.choice('2569')}1 {r.randint(100, 999)} {r.randint(100, 999)}"
        p["street"] = f"{r.randint(1, 180)}, {street}"
    entry[2][(key, i)] = p
    return p


def pf(key: str, field: str, loc: str, young: bool = False) -> Gen:
    return lambda c, i: person(c, key, i, loc, young)[field]


def full(key: str, loc: str, order: str = "fl") -> Gen:
    def gen(c: Ctx, i: int) -> str:
        p = person(c, key, i, loc)
        return f"{p['first']} {p['last']}" if order == "fl" else f"{p['last']}, {p['first']}"
    return gen


# ---------------------------------------------------------------------------------------------------- small gens
def seq(c: Ctx, i: int) -> int:
    return i


def fk(n: int, null: float = 0.0) -> Gen:
    return lambda c, i: None if c.r.random() < null else c.r.randint(1, n)


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def wpick(pairs: list[tuple[Any, int]]) -> Gen:
    values, weights = zip(*pairs)
    return lambda c, i: c.r.choices(values, weights)[0]


def const(v: Any) -> Gen:
    return lambda c, i: v


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def num(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def integer(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def ts(y0: int = 2019, y1: int = 2025, date_only: bool = False) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        d = dt.datetime(y0, 1, 1) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 365 * 86400 - 1))
        return d.date().isoformat() if date_only else d.strftime("%Y-%m-%d %H:%M:%S")
    return gen


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


def uuid4(c: Ctx, i: int) -> str:
    h = "".join(c.r.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def row_uuid(key: str) -> Gen:
    """A uuid derived from the row index, for ids that other tables reference."""
    def gen(c: Ctx, i: int) -> str:
        h = hashlib.md5(f"w19:{key}:{i}".encode()).hexdigest()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
    return gen


_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt(prefix: str = "$2y$10$") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(_B64) for _ in range(53))


def ipv4(c: Ctx, i: int) -> str:
    a = c.r.choice([(85, 220), (89, 17), (193, 4), (46, 39), (213, 160), (31, 209), (176, 12)])
    return f"{a[0]}.{a[1]}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def template(texts: list[str], **pools: list[str]) -> Gen:
    """A phrase from `texts` with {slots} filled from `pools`."""
    def gen(c: Ctx, i: int) -> str:
        return c.r.choice(texts).format(**{k: c.r.choice(v) for k, v in pools.items()})
    return gen


def fkey(schema: str, table: str, col: str, ref: str, ref_col: str = "id") -> str:
    return (f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES {schema}."{ref}" ("{ref_col}")')
