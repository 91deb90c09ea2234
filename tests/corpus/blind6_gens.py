"""Hand-written value pools and generators for the sixth blind part (blind6.py): no Faker, no library word lists.

Names, streets, towns, clinical terms, drugs and note templates below were typed by the author; python-stdnum is
used only to compute or check the check digits of identifiers. Every draw goes through the corpus RNG (`c.r`).
"""
from __future__ import annotations

import string
from datetime import date, datetime, timedelta
from typing import Any

from stdnum.fi import hetu as fi_hetu
from stdnum.gb import nhs
from stdnum.mx import curp as mx_curp
from stdnum.mx import rfc as mx_rfc
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr
from stdnum import luhn

from .gens import Ctx, Gen

FIRST = {
    "en": ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Charlie", "Grace", "Thomas", "Sophie",
           "James", "Lily", "William", "Chloe", "Daniel", "Ellie", "Samuel", "Poppy", "Joseph", "Evie", "Mohammed",
           "Aisha", "Priya", "Rajesh", "Siobhan", "Callum", "Bethan", "Rhys", "Margaret", "Derek", "Brenda", "Kevin",
           "Gareth", "Nicola", "Dylan", "Tyler", "Brittany", "Jamal", "Keisha", "Hannah", "Liam", "Zoe", "Noah"],
    "sv": ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Fredrik", "Björn", "Oskar", "Gustav",
           "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Ingrid", "Sofia", "Elin", "Maja", "Ebba", "Linnea",
           "Åsa", "Birgitta", "Ulla", "Göran", "Håkan", "Mats", "Jonas", "Emma", "Ida", "Saga", "Astrid", "Leif",
           "Hanna", "Ahmed", "Fatima", "Sven"],
    "fi": ["Matti", "Juha", "Mikko", "Timo", "Jari", "Antti", "Pekka", "Heikki", "Ville", "Juho", "Eero", "Aleksi",
           "Tuula", "Päivi", "Anne", "Sari", "Leena", "Riitta", "Aino", "Helmi", "Venla", "Siiri", "Eevi", "Kaisa",
           "Minna", "Satu", "Jukka", "Tapio", "Kalevi", "Ilona", "Sanna", "Outi", "Pirjo", "Väinö", "Onni", "Eino"],
    "pt": ["João", "José", "António", "Francisco", "Manuel", "Rui", "Tiago", "Pedro", "Miguel", "Diogo", "Nuno",
           "Duarte", "Maria", "Ana", "Inês", "Beatriz", "Mariana", "Catarina", "Leonor", "Sofia", "Rita", "Joana",
           "Filipa", "Conceição", "Fernanda", "Lurdes", "Gonçalo", "Vasco", "Afonso", "Matilde", "Carolina", "Teresa"],
    "mx": ["José Luis", "Juan Carlos", "Jesús", "Alejandro", "Miguel Ángel", "Fernando", "Ricardo", "Arturo",
           "Eduardo", "Jorge", "Guadalupe", "María Guadalupe", "Verónica", "Leticia", "Rosa María", "Alejandra",
           "Gabriela", "Ximena", "Fernanda", "Itzel", "Citlali", "Yolanda", "Martha", "Patricia", "Brenda",
           "Héctor", "Rogelio", "Ulises", "Cuauhtémoc", "Maricela", "Juana", "Karla"],
}
LAST = {
    "en": ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts",
           "Johnson", "Walker", "Wright", "Robinson", "Thompson", "Hughes", "Edwards", "Green", "Hall", "Wood",
           "Patel", "Khan", "Ahmed", "Singh", "O'Brien", "MacDonald", "McLaughlin", "Fitzgerald", "Okafor",
           "Nowak", "Clarke", "Harrison", "Lewis", "Turner", "Baker", "Murphy", "Kowalski", "Henderson"],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
           "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindqvist",
           "Lundgren", "Berglund", "Sjöberg", "Holm", "Forsberg", "Åberg", "Ek", "Öberg", "Mohammed", "Hussein",
           "Lindström", "Wallin", "Sandberg"],
    "fi": ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
           "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
           "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Pitkänen",
           "Hiltunen", "Lindholm", "Åström"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
           "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
           "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro",
           "Cardoso", "Rocha", "Magalhães", "Brandão"],
    "mx": ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
           "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
           "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez",
           "Rivera", "Juárez", "Domínguez", "Xicoténcatl", "Tzompa"],
}
STREETS = {
    "en": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Queens Road",
           "Manor Way", "The Crescent", "Orchard Close", "Kingsway", "Albert Street", "Beech Grove", "Windsor Drive",
           "Hawthorn Rise", "Marlborough Court", "Chapel Street", "Greenfield Avenue"],
    "sv": ["Storgatan", "Drottninggatan", "Kungsgatan", "Järnvägsgatan", "Skolgatan", "Södra vägen", "Björkvägen",
           "Ringvägen", "Torggatan", "Västra Hamngatan", "Hagagatan", "Götgatan", "Sveavägen", "Tallvägen"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Kirkkotie", "Puistokatu",
           "Aleksanterinkatu", "Koivukuja", "Myllytie", "Satamakatu", "Sibeliuksenkatu", "Asemakatu"],
    "pt": ["Rua Direita", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Almada", "Travessa do Carmo",
           "Rua 25 de Abril", "Avenida da República", "Largo do Rato", "Rua Dr. Manuel de Arriaga",
           "Rua Heróis do Ultramar", "Estrada Nacional 109", "Rua das Flores"],
    "mx": ["Av. Insurgentes Sur", "Calle 5 de Mayo", "Av. Juárez", "Calle Hidalgo", "Calz. de Tlalpan",
           "Av. Revolución", "Calle Morelos", "Privada Las Flores", "Av. Vallarta", "Calle Niños Héroes",
           "Blvd. Díaz Ordaz", "Calle Zaragoza", "Andador Tulipanes"],
}
CITIES = {
    "en": ["Leeds", "Sheffield", "Bradford", "Wakefield", "Huddersfield", "Harrogate", "York", "Halifax", "Otley",
           "Keighley", "Dewsbury", "Pudsey"],
    "sv": ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå", "Luleå",
           "Sundsvall", "Gävle", "Borås"],
    "fi": ["Helsinki", "Espoo", "Tampere", "Vantaa", "Oulu", "Turku", "Jyväskylä", "Kuopio", "Lahti", "Pori",
           "Joensuu", "Vaasa"],
    "pt": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro", "Viseu", "Leiria", "Évora",
           "Guimarães", "Amadora"],
    "mx": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Toluca", "León", "Querétaro", "Mérida",
           "Oaxaca de Juárez", "Tlaxcala", "Zapopan", "Ecatepec"],
}
MAIL_DOMAINS = {
    "en": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "sv": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "live.se", "icloud.com"],
    "fi": ["gmail.com", "hotmail.fi", "luukku.com", "elisanet.fi", "outlook.com", "kolumbus.fi"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt", "iol.pt"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx", "live.com.mx"],
}
_FOLD = str.maketrans("åäöÅÄÖéáíóúñÉÁÍÓÚÑçãõâêôàüÜ' ", "aaoAAOeaiounEAIOUNcaoaeoauU..")


def d(c: Ctx, y0: int, y1: int) -> date:
    return date(y0, 1, 1) + timedelta(days=c.r.randint(0, (date(y1, 12, 31) - date(y0, 1, 1)).days))


def day(y0: int, y1: int, p: float = 1.0) -> Gen:
    return lambda c, i: d(c, y0, y1) if c.r.random() < p else None


def ts(y0: int, y1: int, p: float = 1.0) -> Gen:
    def gen(c: Ctx, i: int) -> datetime | None:
        if c.r.random() >= p:
            return None
        return datetime.combine(d(c, y0, y1), datetime.min.time()) + timedelta(seconds=c.r.randint(6 * 3600, 22 * 3600))
    return gen


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def fk(n: int, p: float = 1.0) -> Gen:
    return lambda c, i: c.r.randint(1, n) if c.r.random() < p else None


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def weighted(*pairs: tuple[Any, float]) -> Gen:
    """One of the values by weight; a value that is itself a generator is called."""
    values, weights = zip(*pairs)

    def gen(c: Ctx, i: int) -> Any:
        v = c.r.choices(values, weights)[0]
        return v(c, i) if callable(v) else v
    return gen


def const(v: Any) -> Gen:
    return lambda c, i: v


def first(loc: str) -> Gen:
    return lambda c, i: c.r.choice(FIRST[loc])


def last(loc: str) -> Gen:
    return lambda c, i: c.r.choice(LAST[loc])


def full(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        f, s = c.r.choice(FIRST[loc]), c.r.choice(LAST[loc])
        if loc in ("pt", "mx"):
            s += " " + c.r.choice(LAST[loc])
        if loc == "en" and c.r.random() < 0.15:
            return f"{s}, {f}"
        return f"{f} {s}"
    return gen


def upper(gen: Gen) -> Gen:
    return lambda c, i: (v.upper() if isinstance(v := gen(c, i), str) else v)


def fold(s: str) -> str:
    return s.translate(_FOLD).lower()


def email(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        f, s = fold(c.r.choice(FIRST[loc]).split()[0]), fold(c.r.choice(LAST[loc]))
        local = c.r.choice([f"{f}.{s}", f"{f}{s[:1]}{c.r.randint(1, 99)}", f"{f[:1]}{s}", f"{s}.{f}{c.r.randint(60, 99)}",
                            f"{f}_{s}"])
        value = f"{local}@{c.r.choice(MAIL_DOMAINS[loc])}"
        return value.upper() if c.r.random() < 0.03 else value
    return gen


def city(loc: str) -> Gen:
    return lambda c, i: c.r.choice(CITIES[loc])


def street(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        s, n = c.r.choice(STREETS[loc]), c.r.randint(1, 180)
        if loc == "en":
            return c.r.choice([f"{n} {s}", f"Flat {c.r.randint(1, 12)}, {n} {s}", f"{n}{c.r.choice('ab')} {s}"])
        if loc == "sv":
            return c.r.choice([f"{s} {n}", f"{s} {n} lgh {c.r.randint(1001, 1403)}", f"{s} {n}{c.r.choice('AB')}"])
        if loc == "fi":
            return c.r.choice([f"{s} {n}", f"{s} {n} A {c.r.randint(1, 40)}", f"{s} {n} as. {c.r.randint(1, 9)}"])
        if loc == "pt":
            return c.r.choice([f"{s}, {n}", f"{s}, n.º {n}, {c.r.randint(1, 8)}.º Esq.", f"{s} {n} R/C Dto"])
        return c.r.choice([f"{s} {n}", f"{s} #{n} Int. {c.r.randint(1, 20)}", f"{s} No. {n}, Col. Centro"])
    return gen


def postcode(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        r = c.r
        if loc == "en":
            return f"{r.choice(['LS', 'BD', 'HD', 'WF', 'HG', 'YO', 'S'])}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if loc == "sv":
            return f"{r.randint(100, 984)} {r.randint(10, 99)}"
        if loc == "fi":
            return f"{r.randint(0, 99):02d}{r.randint(0, 9)}{r.choice('0000123456')}0"
        if loc == "pt":
            return f"{r.randint(1000, 9000)}-{r.randint(0, 999):03d}"
        return f"{r.randint(1000, 99999):05d}"
    return gen


def phone(loc: str) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        r = c.r
        if loc == "en":
            return r.choice([f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
                             f"0113 {r.randint(200, 499)} {r.randint(1000, 9999)}", f"01274 {r.randint(100000, 999999)}"])
        if loc == "us":
            return r.choice([f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                             f"{r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}",
                             f"{r.randint(201, 989)}{r.randint(200, 999)}{r.randint(0, 9999):04d}"])
        if loc == "sv":
            return r.choice([f"07{r.randint(0, 9)}-{r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                             f"+46 7{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                             f"08-{r.randint(100, 999)} {r.randint(100, 999)}"])
        if loc == "fi":
            return r.choice([f"040 {r.randint(100, 999)} {r.randint(1000, 9999)}", f"+358 50 {r.randint(1000000, 9999999)}",
                             f"045{r.randint(1000000, 9999999)}", f"09 {r.randint(100, 999)} {r.randint(1000, 9999)}"])
        if loc == "pt":
            return r.choice([f"9{r.choice('1236')}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
                             f"+351 9{r.choice('1236')}{r.randint(1000000, 9999999)}", f"2{r.randint(10, 59)} {r.randint(100, 999)} {r.randint(100, 999)}"])
        return r.choice([f"55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}", f"+52 1 33 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                         f"(222) {r.randint(100, 999)} {r.randint(1000, 9999)}", f"55{r.randint(10000000, 99999999)}"])
    return gen


def ipv4(c: Ctx, i: int) -> str:
    r = c.r
    return r.choice([f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     f"2a02:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"])


def digits(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice(string.digits) for _ in range(n))


# --- identifiers with real check digits --------------------------------------------------------------------------

def nhs_number(spaced: float = 0.5) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        while True:
            body = f"{c.r.randint(400000000, 799999999)}"
            check = 11 - sum(int(x) * w for x, w in zip(body, range(10, 1, -1))) % 11
            check = 0 if check == 11 else check
            if check != 10:
                value = body + str(check)
                assert nhs.is_valid(value)
                return f"{value[:3]} {value[3:6]} {value[6:]}" if c.r.random() < spaced else value
    return gen


def personnummer(long: float = 0.4) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        b = d(c, 1938, 2006)
        body = f"{b:%y%m%d}{c.r.randint(100, 999)}"
        value = body + luhn.calc_check_digit(body)
        assert se_pnr.is_valid(value)
        if c.r.random() < long:
            return f"{b.year}{value[2:6]}{value[6:]}" if c.r.random() < 0.5 else f"{b.year}{value[2:6]}-{value[6:]}"
        return f"{value[:6]}-{value[6:]}"
    return gen


def hetu(c: Ctx, i: int) -> str:
    b = d(c, 1930, 2024)
    sep = "-" if b.year < 2000 else "A"
    n = c.r.randint(2, 899)
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{b:%d%m%y}{n:03d}") % 31]
    value = f"{b:%d%m%y}{sep}{n:03d}{check}"
    assert fi_hetu.is_valid(value)
    return value


_CONS = "BCDFGHJKLMNPQRSTVXZ"


def curp(c: Ctx, i: int) -> str:
    while True:
        b = d(c, 1940, 2015)
        letters = c.r.choice(_CONS) + c.r.choice("AEIOU") + c.r.choice(string.ascii_uppercase) + c.r.choice(string.ascii_uppercase)
        state = c.r.choice(["DF", "MC", "JC", "PL", "NL", "TL", "OC", "GT", "QT", "YN", "VZ"])
        body = (letters + f"{b:%y%m%d}" + c.r.choice("HM") + state + "".join(c.r.choice(_CONS) for _ in range(3))
                + (str(c.r.randint(0, 9)) if b.year < 2000 else c.r.choice("ABCD")))
        value = body + mx_curp.calc_check_digit(body)
        if mx_curp.is_valid(value):
            return value


def rfc_persona(c: Ctx, i: int) -> str:
    while True:
        b = d(c, 1945, 2003)
        body = (c.r.choice(_CONS) + c.r.choice("AEIOU") + "".join(c.r.choice(string.ascii_uppercase) for _ in range(2))
                + f"{b:%y%m%d}" + c.r.choice(string.ascii_uppercase) + c.r.choice(string.digits))
        value = body + mx_rfc.calc_check_digit(body)
        if mx_rfc.is_valid(value):
            return value


def nif_pt(c: Ctx, i: int) -> str:
    body = c.r.choice("123") + "".join(c.r.choice(string.digits) for _ in range(7))
    return body + pt_nif.calc_check_digit(body)


def nipc_pt(c: Ctx, i: int) -> str:            # company (pessoa colectiva) number: starts with 5
    body = "5" + "".join(c.r.choice(string.digits) for _ in range(7))
    return body + pt_nif.calc_check_digit(body)


def ssn_us(c: Ctx, i: int) -> str:
    area = c.r.choice([n for n in range(1, 900) if n != 666])
    v = f"{area:03d}{c.r.randint(1, 99):02d}{c.r.randint(1, 9999):04d}"
    return c.r.choice([v, f"{v[:3]}-{v[3:5]}-{v[5:]}"])


def fill(template: str, **gens: Gen) -> Gen:
    """A template whose {placeholders} are filled by generators."""
    return lambda c, i: template.format(**{k: g(c, i) for k, g in gens.items()})


def one_of(*gens: Gen) -> Gen:
    return lambda c, i: c.r.choice(gens)(c, i)


def text(*options: str) -> Gen:
    return lambda c, i: c.r.choice(options)


FIRST["us"] = ["Michael", "Jennifer", "Christopher", "Jessica", "Matthew", "Ashley", "Joshua", "Amanda", "David",
               "Sarah", "Brandon", "Stephanie", "Tyler", "Kayla", "Austin", "Megan", "Jose", "Maria", "Luis",
               "Destiny", "DeShawn", "Tanisha", "Cody", "Brittany", "Hunter", "Madison", "Logan", "Brianna",
               "Nguyen", "Linda", "Robert", "Patricia", "Gary", "Debra", "Wei", "Mei", "Kaylee", "Jaxon", "Ethan"]
LAST["us"] = ["Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Jackson", "White", "Harris",
              "Thompson", "Moore", "Clark", "Lewis", "Young", "Allen", "King", "Scott", "Nguyen", "Tran", "Kim",
              "Hill", "Ramirez", "Campbell", "Mitchell", "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker",
              "Collins", "Stewart", "Sanchez", "Morris", "Rogers", "Reed", "Cook", "Bailey", "Washington", "Schmidt"]
STREETS["us"] = ["N Meridian St", "E Washington St", "Oak Ave", "Maple Dr", "W 86th St", "Elm St", "Keystone Ave",
                 "College Ave", "Lakeview Dr", "Sunset Blvd", "Pine Ridge Rd", "Cherry Tree Ln", "Main St",
                 "Willow Creek Ct", "Allisonville Rd"]
CITIES["us"] = ["Indianapolis", "Carmel", "Fishers", "Noblesville", "Greenwood", "Zionsville", "Westfield",
                "Lawrence", "Avon", "Plainfield", "Brownsburg", "Columbus"]
MAIL_DOMAINS["us"] = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "comcast.net", "icloud.com", "att.net"]


def us_street(c: Ctx, i: int) -> str:
    r = c.r
    return r.choice([f"{r.randint(100, 19999)} {r.choice(STREETS['us'])}",
                     f"{r.randint(100, 9999)} {r.choice(STREETS['us'])} Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                     f"PO Box {r.randint(10, 9999)}"])


def us_zip(c: Ctx, i: int) -> str:
    z = f"4{c.r.randint(6000, 7999)}"
    return z if c.r.random() < 0.7 else f"{z}-{c.r.randint(0, 9999):04d}"


def fkey(schema: str, table: str, col: str, ref: str, refcol: str = "id") -> str:
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{ref}" ("{refcol}")')


def table(schema: str, name: str, rows: int, cols: list, fks: tuple = (), comment: str | None = None):
    """A corpus Table whose foreign keys are given as (column, referenced table, referenced column) triples."""
    from .gens import Table
    return Table(schema, name, cols, rows=rows, comment=comment,
                 extra=[fkey(schema, name, col, ref, refcol) for col, ref, refcol in fks])
