"""Hand-written value pools and generators for the seventh blind part (schemas j_*); no Faker, no library word lists.

Names, streets, towns, clinical terms and note templates were typed by the author. python-stdnum only computes
check digits (CPR, rodné číslo, TC Kimlik No, Luhn for NPI). Everything draws from the corpus RNG in Ctx.
"""
from __future__ import annotations

import base64
import datetime as dt
import string
from typing import Any

from stdnum import luhn
from stdnum.dk import cpr as dk_cpr
from stdnum.tr import tckimlik

from .gens import Ctx, Gen

US_FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda", "David", "Elizabeth",
            "Richard", "Barbara", "Joseph", "Susan", "Thomas", "Jessica", "Charles", "Sarah", "Christopher", "Karen",
            "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Margaret", "Donald", "Sandra",
            "Steven", "Ashley", "Andrew", "Kimberly", "Joshua", "Emily", "Kenneth", "Donna", "Kevin", "Michelle",
            "DeShawn", "Latoya", "Jose", "Maria", "Luis", "Guadalupe", "Nguyen", "Mei", "Tyrone", "Keisha",
            "Brayden", "Madison", "Jaxon", "Aaliyah", "Cody", "Brittany", "Hunter", "Kayla", "Dakota", "Destiny"]
US_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
           "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
           "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
           "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "O'Brien",
           "McAllister", "Kowalski", "Washington", "Begay", "Yazzie", "Okafor", "Patel", "Schultz", "Vang"]
DK_FIRST = ["Mette", "Anne", "Kirsten", "Hanne", "Susanne", "Lene", "Maria", "Camilla", "Pia", "Louise", "Karen",
            "Signe", "Freja", "Ida", "Emma", "Sofie", "Lærke", "Astrid", "Birgitte", "Inger", "Peter", "Jens",
            "Lars", "Henrik", "Søren", "Niels", "Anders", "Rasmus", "Mads", "Jesper", "Mikkel", "Frederik",
            "Christian", "Morten", "Thomas", "Kasper", "Bo", "Jørgen", "Poul", "Oliver", "Noah", "Malthe", "Ahmad",
            "Fatima", "Mustafa", "Ayse"]
DK_LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
           "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
           "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen", "Laursen", "Holm", "Schmidt",
           "Bach", "Kjær", "Lund", "Dam", "Vestergaard", "Østergaard", "Skov", "Bertelsen", "Iversen", "Haddad",
           "Yilmaz", "Ali"]
CZ_FIRST_M = ["Jiří", "Jan", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav", "Zdeněk", "Václav",
              "Michal", "František", "Jakub", "Milan", "Karel", "Lukáš", "David", "Ondřej", "Vojtěch", "Radek"]
CZ_FIRST_F = ["Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra", "Alena", "Petra",
              "Veronika", "Jaroslava", "Tereza", "Martina", "Michaela", "Zuzana", "Markéta", "Ivana", "Šárka"]
CZ_LAST = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
           ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
           ("Horák", "Horáková"), ("Němec", "Němcová"), ("Marek", "Marková"), ("Pokorný", "Pokorná"),
           ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Král", "Králová"),
           ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Sedláček", "Sedláčková"),
           ("Doležal", "Doležalová"), ("Zeman", "Zemanová"), ("Kolář", "Kolářová"), ("Navrátil", "Navrátilová"),
           ("Čermák", "Čermáková"), ("Vaněk", "Vaňková"), ("Urban", "Urbanová"), ("Blažek", "Blažková")]
TR_FIRST = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat",
            "Ömer", "Ramazan", "Emre", "Burak", "Yasin", "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif",
            "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Büşra", "Esra", "Özlem", "Gülsüm", "Derya",
            "Ebru", "Cemile", "Tuğba"]
TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
           "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdoğan",
           "Güneş", "Aksoy", "Korkmaz", "Bulut", "Keskin", "Acar", "Uçar", "Tekin"]

US_STREETS = ["Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Walnut",
              "Sunset", "Jefferson", "Lincoln", "Church", "Highland", "Mill", "Franklin", "Ridge", "Cherry"]
US_SUFFIX = ["St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Ct", "Way", "STREET", "AVENUE"]
US_CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Akron", "OH", "443"),
             ("Pittsburgh", "PA", "152"), ("Louisville", "KY", "402"), ("Indianapolis", "IN", "462"),
             ("Fort Wayne", "IN", "468"), ("Detroit", "MI", "482"), ("Grand Rapids", "MI", "495"),
             ("Charleston", "WV", "253"), ("Lexington", "KY", "405")]
DK_STREETS = ["Nørregade", "Vestergade", "Søndergade", "Østerbrogade", "Jernbanegade", "Kirkevej", "Skolevej",
              "Bøgevej", "Egevej", "Birkevej", "Toftegårds Allé", "Strandvejen", "Ryesgade", "Vesterbrogade",
              "Grøndalsvej", "Frederiksberg Allé", "Møllevej", "Engvej"]
DK_TOWNS = [("8000", "Aarhus C"), ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8260", "Viby J"),
            ("8270", "Højbjerg"), ("8240", "Risskov"), ("8381", "Tilst"), ("8520", "Lystrup")]
CZ_STREETS = ["Husova", "Masarykova", "Palackého", "Nádražní", "Komenského", "Jiráskova", "Smetanova", "Sokolská",
              "Žižkova", "Tyršova", "Havlíčkova", "Na Příkopě", "Vinohradská", "Lidická", "Pražská", "Zahradní"]
CZ_TOWNS = [("602 00", "Brno"), ("612 00", "Brno"), ("628 00", "Brno"), ("664 34", "Kuřim"), ("664 91", "Ivančice"),
            ("680 01", "Boskovice"), ("678 01", "Blansko"), ("110 00", "Praha 1"), ("130 00", "Praha 3"),
            ("779 00", "Olomouc")]
TR_MAH = ["Atatürk", "Cumhuriyet", "Fatih", "Yenimahalle", "Bahçelievler", "Kocatepe", "Esentepe", "Mimar Sinan",
          "Gazi", "Hürriyet", "İnönü", "Yavuz Selim"]
TR_SOK = ["Gül", "Lale", "Menekşe", "Papatya", "Çınar", "Akasya", "Orkide", "Kardelen", "Zambak", "Ihlamur"]
TR_CITIES = [("Çankaya", "Ankara", "06"), ("Keçiören", "Ankara", "06"), ("Yenimahalle", "Ankara", "06"),
             ("Mamak", "Ankara", "06"), ("Etimesgut", "Ankara", "06"), ("Polatlı", "Ankara", "06"),
             ("Kırıkkale Merkez", "Kırıkkale", "71"), ("Çorum Merkez", "Çorum", "19")]
MAIL_US = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "att.net"]
MAIL_DK = ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "jubii.dk", "outlook.dk", "stofanet.dk"]
MAIL_CZ = ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "atlas.cz", "post.cz", "volny.cz"]
MAIL_TR = ["gmail.com", "hotmail.com", "yandex.com.tr", "windowslive.com", "outlook.com.tr", "mynet.com"]
_ASCII = str.maketrans("æøåÆØÅáčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽçğıöşüÇĞİÖŞÜ' ",
                       "eoaEOAacdeeinorstuuyzACDEEINORSTUUYZcgiosuCGIOSU__")


def r_int(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def fk(n: int, p_null: float = 0.0) -> Gen:
    """A foreign key into a table of n rows (ids 1..n), sometimes NULL."""
    return lambda c, i: None if c.r.random() < p_null else c.r.randint(1, n)


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def one(*choices: Any) -> Gen:
    return lambda c, i: c.r.choice(choices)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def day(y0: int, y1: int) -> Gen:
    return lambda c, i: dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))


def stamp(y0: int, y1: int) -> Gen:
    return lambda c, i: (dt.datetime(y0, 1, 1) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 31_500_000)))


def digits(n: int, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(string.digits) for _ in range(n))


def code(pattern: str) -> Gen:
    """A code from a pattern: 9 a digit, A a capital letter, anything else literal."""
    return lambda c, i: "".join(c.r.choice(string.digits) if ch == "9" else c.r.choice(string.ascii_uppercase)
                                if ch == "A" else ch for ch in pattern)


def seq_code(fmt: str) -> Gen:
    return lambda c, i: fmt.format(i)


def b64blob(n: int) -> Gen:
    return lambda c, i: base64.b64encode(c.r.randbytes(n)).decode()


def first(loc: str) -> Gen:
    pools = {"us": US_FIRST, "dk": DK_FIRST, "cz": CZ_FIRST_M + CZ_FIRST_F, "tr": TR_FIRST}
    return lambda c, i: c.r.choice(pools[loc])


def last(loc: str) -> Gen:
    if loc == "cz":
        return lambda c, i: c.r.choice(c.r.choice(CZ_LAST))
    pools = {"us": US_LAST, "dk": DK_LAST, "tr": TR_LAST}
    return lambda c, i: c.r.choice(pools[loc])


def full_name(loc: str, upper: float = 0.0, last_first: bool = False) -> Gen:
    f, la = first(loc), last(loc)

    def gen(c: Ctx, i: int) -> str:
        name = f"{la(c, i)}, {f(c, i)}" if last_first else f"{f(c, i)} {la(c, i)}"
        return name.upper() if c.r.random() < upper else name
    return gen


def email(loc: str) -> Gen:
    domains = {"us": MAIL_US, "dk": MAIL_DK, "cz": MAIL_CZ, "tr": MAIL_TR}[loc]
    f, la = first(loc), last(loc)

    def gen(c: Ctx, i: int) -> str:
        a, b = f(c, i).translate(_ASCII).lower(), la(c, i).translate(_ASCII).lower()
        user = c.r.choice([f"{a}.{b}", f"{a}{b}{c.r.randint(1, 99)}", f"{a[0]}{b}", f"{b}_{a}",
                           f"{a}{c.r.randint(1970, 2008)}"])
        value = f"{user}@{c.r.choice(domains)}"
        return value.capitalize() if c.r.random() < 0.05 else value
    return gen


def work_email(domain: str, loc: str = "us") -> Gen:
    f, la = first(loc), last(loc)
    return lambda c, i: f"{f(c, i)[0].lower()}{la(c, i).translate(_ASCII).lower()}@{domain}"


def phone(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        r = c.r
        if loc == "us":
            a, b, n = r.choice([614, 937, 419, 330, 412, 502, 317, 313, 616, 304]), r.randint(200, 989), r.randint(0, 9999)
            return r.choice([f"({a}) {b}-{n:04d}", f"{a}-{b}-{n:04d}", f"{a}{b}{n:04d}", f"+1 {a} {b} {n:04d}"])
        if loc == "dk":
            n = f"{r.choice([2, 3, 4, 5, 6, 7, 8])}{r.randint(0, 9999999):07d}"
            return r.choice([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n, f"+45 {n}", f"+45{n}"])
        if loc == "cz":
            n = f"{r.choice([602, 603, 604, 605, 606, 608, 721, 731, 736, 775, 777])}{r.randint(0, 999999):06d}"
            return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"+420 {n[:3]} {n[3:6]} {n[6:]}", f"+420{n}"])
        n = f"5{r.choice([30, 32, 33, 35, 42, 43, 44, 53, 55, 59])}{r.randint(0, 9999999):07d}"
        return r.choice([f"0{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"0{n}", f"+90 {n[:3]} {n[3:6]} {n[6:]}", n])
    return gen


def street(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        r = c.r
        if loc == "us":
            line = f"{r.randint(1, 9999)} {r.choice(['', 'N ', 'S ', 'E ', 'W '])}{r.choice(US_STREETS)} {r.choice(US_SUFFIX)}"
            return line + (f" Apt {r.randint(1, 40)}" if r.random() < 0.15 else "")
        if loc == "dk":
            return f"{r.choice(DK_STREETS)} {r.randint(1, 140)}" + r.choice(["", "", ", 2. th", ", st. tv", ", 1. mf", "B"])
        if loc == "cz":
            return f"{r.choice(CZ_STREETS)} {r.randint(100, 3200)}/{r.randint(1, 90)}"
        return (f"{r.choice(TR_MAH)} Mah. {r.choice(TR_SOK)} Sok. No:{r.randint(1, 120)}"
                + r.choice(["", f" D:{r.randint(1, 24)}", f" Kat:{r.randint(1, 9)} Daire:{r.randint(1, 30)}"]))
    return gen


def place(pool: list, i: int) -> tuple:
    """The row's town: city, state and postcode columns of one row agree because they all key on the row number."""
    return pool[(i * 7 + i // 5) % len(pool)]


def us_city(c: Ctx, i: int) -> str:
    return place(US_CITIES, i)[0]


def us_state(c: Ctx, i: int) -> str:
    return place(US_CITIES, i)[1]


def us_zip(c: Ctx, i: int) -> str:
    z = place(US_CITIES, i)[2] + f"{c.r.randint(1, 99):02d}"
    return z + (f"-{c.r.randint(1, 9999):04d}" if c.r.random() < 0.3 else "")


def ssn(c: Ctx, i: int) -> str:
    area = c.r.choice([n for n in range(1, 900) if n != 666])
    raw = f"{area:03d}{c.r.randint(1, 99):02d}{c.r.randint(1, 9999):04d}"
    return raw if c.r.random() < 0.4 else f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"


def npi(c: Ctx, i: int) -> str:
    body = c.r.choice("12") + "".join(c.r.choice(string.digits) for _ in range(8))
    return body + luhn.calc_check_digit("80840" + body)


def ein(c: Ctx, i: int) -> str:
    return f"{c.r.choice([31, 34, 35, 38, 61, 25])}-{c.r.randint(1000000, 9999999)}"


def birth(y0: int = 1935, y1: int = 2006) -> Gen:
    return day(y0, y1)


def cpr(c: Ctx, i: int) -> str:
    while True:
        d = dt.date(1930, 1, 1) + dt.timedelta(days=c.r.randint(0, 33000))
        value = f"{d:%d%m%y}{c.r.randint(0, 9999):04d}"
        if dk_cpr.is_valid(value) or c.r.random() < 0.3:        # since 2007 many CPR numbers fail modulus 11
            return value if c.r.random() < 0.5 else f"{value[:6]}-{value[6:]}"


def rodne_cislo(c: Ctx, i: int) -> str:
    while True:
        d = dt.date(1955, 1, 1) + dt.timedelta(days=c.r.randint(0, 18000))
        month = d.month + (50 if c.r.random() < 0.5 else 0)
        base = f"{d:%y}{month:02d}{d:%d}{c.r.randint(0, 999):03d}"
        check = int(base) % 11
        if check != 10:
            return f"{base}{check}" if c.r.random() < 0.3 else f"{base[:6]}/{base[6:]}{check}"


def tckn(c: Ctx, i: int) -> str:
    base = f"{c.r.randint(1, 9)}{c.r.randint(0, 99999999):08d}"
    return base + tckimlik.calc_check_digits(base)


def ipv4(c: Ctx, i: int) -> str:
    return f"{c.r.choice([24, 50, 68, 71, 98, 174, 76, 99])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def template(*texts: str, **pools: Gen) -> Gen:
    """One of `texts`, its {placeholders} filled from the generators in `pools`."""
    def gen(c: Ctx, i: int) -> str:
        text = c.r.choice(texts)
        return text.format(**{k: g(c, i) for k, g in pools.items() if "{" + k + "}" in text})
    return gen


def fkey(schema: str, table: str, col: str, ref: str, ref_col: str = "id") -> str:
    """The ALTER TABLE statement declaring one foreign key (identifiers quoted, so mixed case survives)."""
    return (f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES {schema}."{ref}" ("{ref_col}")')
