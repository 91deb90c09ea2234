"""Hand-written value pools and helpers for the fourteenth blind corpus part (schemas q_*).

Names, streets, towns, postcodes and phone shapes are typed by hand per country; python-stdnum only computes check
digits. Everything is drawn from the corpus RNG `c.r`. `Rec` draws the values that must agree within one row once
per row.
"""
from __future__ import annotations

import base64
import datetime as dt
import string
import unicodedata
from typing import Any, Callable

from stdnum.ar import cuit
from stdnum.ee import ik
from stdnum.no import fodselsnummer, kontonr

from .gens import Col

Gen = Callable[[Any, int], Any]
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


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


def pk(name: str = "id", type_: str = "bigint") -> Col:
    return Col(name, f"{type_} PRIMARY KEY", "none", lambda c, i: i)


def one(*vals: Any) -> Gen:
    return lambda c, i: c.r.choice(vals)


def const(v: Any) -> Gen:
    return lambda c, i: v


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def ref(n: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if c.r.random() < p_null else c.r.randint(1, n)


def num(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def integer(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def boolean(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def when(c: Any, y0: int = 2019, y1: int = 2026) -> dt.datetime:
    start = dt.datetime(y0, 1, 1)
    return start + dt.timedelta(seconds=c.r.randint(0, int((dt.datetime(y1, 1, 1) - start).total_seconds())))


def ts(y0: int = 2019, y1: int = 2026, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if c.r.random() < p_null else when(c, y0, y1)


def birth(c: Any, y0: int = 1950, y1: int = 2004) -> dt.date:
    return dt.date(c.r.randint(y0, y1), c.r.randint(1, 12), c.r.randint(1, 28))


def hexs(c: Any, n: int) -> str:
    return "".join(c.r.choice(HEX) for _ in range(n))


def alnum(c: Any, n: int) -> str:
    return "".join(c.r.choice(ALNUM) for _ in range(n))


def digits(c: Any, n: int) -> str:
    return "".join(c.r.choice(string.digits) for _ in range(n))


def b64(c: Any, nbytes: int, url: bool = False) -> str:
    raw = bytes(c.r.randrange(256) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if url else base64.b64encode(raw).decode())


def uuid4(c: Any) -> str:
    h = hexs(c, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def bcrypt(c: Any, prefix: str = "$2y$", cost: int = 13) -> str:
    return f"{prefix}{cost:02d}$" + "".join(c.r.choice(BCRYPT_ALPHA) for _ in range(53))


def argon2id(c: Any) -> str:
    return f"$argon2id$v=19$m=65536,t=4,p=1${b64(c, 16).rstrip('=')}${b64(c, 32).rstrip('=')}"


def pbkdf2(c: Any) -> str:
    return f"pbkdf2_sha256$600000${alnum(c, 22)}${b64(c, 32)}"


def ipv4(c: Any, prefixes: tuple[str, ...]) -> str:
    p = c.r.choice(prefixes)
    return p + "".join(f".{c.r.randint(1, 254)}" for _ in range(4 - p.count(".") - 1))


def ascii_fold(s: str) -> str:
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return s.replace("'", "").replace(" ", "")


def mail(c: Any, first: str, last: str, domains: tuple[str, ...]) -> str:
    f, la = ascii_fold(first.split()[0]).lower(), ascii_fold(last.split()[-1]).lower()
    shape = c.r.randrange(5)
    local = [f"{f}.{la}", f"{f}{la}{c.r.randint(1, 99)}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la}{c.r.randint(70, 99)}"][shape]
    return f"{local}@{c.r.choice(domains)}"


# --- Croatia -------------------------------------------------------------------------------------------------------
HR_M = ("Ivan", "Marko", "Luka", "Josip", "Tomislav", "Ante", "Mario", "Davor", "Filip", "Matej", "Nikola", "Hrvoje",
        "Krešimir", "Dario", "Stjepan", "Zvonimir", "Igor", "Goran", "Petar", "Domagoj", "Mislav", "Vedran")
HR_F = ("Ana", "Marija", "Ivana", "Petra", "Lucija", "Katarina", "Maja", "Sara", "Mia", "Ema", "Nikolina", "Martina",
        "Jelena", "Tena", "Dora", "Andreja", "Snježana", "Vesna", "Lana", "Iva", "Mirjana", "Željka")
HR_LAST = ("Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Marković",
           "Petrović", "Matić", "Tomić", "Pavlović", "Kovač", "Božić", "Blažević", "Grgić", "Pavić", "Radić", "Perić",
           "Šarić", "Lovrić", "Vidović", "Perković", "Popović", "Jukić", "Mandić", "Bošnjak", "Galić", "Filipović",
           "Brkić", "Barišić", "Šimić", "Đurić", "Čolak")
HR_STREETS = ("Ilica", "Vlaška ulica", "Savska cesta", "Ulica grada Vukovara", "Maksimirska cesta", "Heinzelova ulica",
              "Zvonimirova ulica", "Draškovićeva ulica", "Avenija Dubrava", "Radnička cesta", "Ulica kralja Tomislava",
              "Vukovarska ulica", "Put Supavla", "Ulica Ivana Gorana Kovačića", "Trg hrvatskih velikana",
              "Ulica Matije Gupca", "Zagrebačka cesta", "Primorska ulica", "Obala kneza Branimira", "Jadranska ulica")
HR_TOWNS = (("10000", "Zagreb", "HR-21"), ("10000", "Zagreb", "HR-21"), ("10000", "Zagreb", "HR-21"),
            ("21000", "Split", "HR-17"), ("51000", "Rijeka", "HR-08"), ("31000", "Osijek", "HR-14"),
            ("23000", "Zadar", "HR-13"), ("10410", "Velika Gorica", "HR-01"), ("42000", "Varaždin", "HR-05"),
            ("22000", "Šibenik", "HR-15"), ("20000", "Dubrovnik", "HR-19"), ("52100", "Pula", "HR-18"),
            ("47000", "Karlovac", "HR-04"), ("35000", "Slavonski Brod", "HR-12"), ("10290", "Zaprešić", "HR-01"))
HR_MAIL = ("gmail.com", "gmail.com", "net.hr", "t-com.hr", "yahoo.com", "hotmail.com", "outlook.com", "inet.hr")


def hr_phone(c: Any) -> str:
    net, a, b = c.r.choice("12589"), digits(c, 3), digits(c, 4)
    return c.r.choice((f"09{net} {a} {b}", f"+385 9{net} {a} {b}", f"09{net}{a}{b}", f"+3859{net}{a}{b}"))


def hr_person(c: Any) -> dict:
    sex = c.r.choice("mf")
    first = c.r.choice(HR_M if sex == "m" else HR_F)
    last = c.r.choice(HR_LAST)
    pc, town, prov = c.r.choice(HR_TOWNS)
    street = f"{c.r.choice(HR_STREETS)} {c.r.randint(1, 180)}{c.r.choice(('', '', '', 'a', 'b'))}"
    return {"sex": sex, "first": first, "last": last, "email": mail(c, first, last, HR_MAIL), "phone": hr_phone(c),
            "birth": birth(c, 1955, 2005), "street": street, "pc": pc, "town": town, "prov": prov}


# --- Norway --------------------------------------------------------------------------------------------------------
NO_M = ("Ole", "Lars", "Jan", "Per", "Bjørn", "Kjetil", "Magnus", "Henrik", "Sindre", "Eirik", "Håkon", "Trond", "Espen",
        "Jonas", "Anders", "Sverre", "Øyvind", "Kristian", "Mathias", "Tor", "Arne", "Geir")
NO_F = ("Anne", "Ingrid", "Kari", "Marit", "Liv", "Hilde", "Silje", "Ingvild", "Ida", "Nora", "Emma", "Marte", "Sigrid",
        "Tone", "Hege", "Randi", "Ragnhild", "Thea", "Solveig", "Åse", "Synnøve", "Guro")
NO_LAST = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
           "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
           "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Solberg", "Moen",
           "Gundersen", "Iversen", "Strand", "Kvamme", "Tveit", "Haugland", "Mjelde", "Sæther", "Østby")
NO_MIDDLE = ("Marie", "Elisabeth", "Kristine", "Johan", "André", "Sofie", "Helene", "Emil")
NO_STREETS = ("Fjellveien", "Kalfarveien", "Nygårdsgaten", "Møllendalsveien", "Sandviksveien", "Fyllingsveien",
              "Natlandsveien", "Michael Krohns gate", "Åsaneveien", "Hardangerveien", "Landåssvingen", "Fanaveien",
              "Storetveitvegen", "Lyderhornsveien", "Ulsmågvegen", "Damsgårdsveien", "Kong Oscars gate", "Sletten")
NO_TOWNS = (("5003", "BERGEN"), ("5007", "BERGEN"), ("5009", "BERGEN"), ("5031", "BERGEN"), ("5052", "BERGEN"),
            ("5059", "BERGEN"), ("5089", "BERGEN"), ("5093", "BERGEN"), ("5106", "ØVRE ERVIK"), ("5116", "ULSET"),
            ("5147", "FYLLINGSDALEN"), ("5155", "BØNES"), ("5221", "NESTTUN"), ("5232", "PARADIS"),
            ("5300", "KLEPPESTØ"), ("5353", "STRAUME"), ("5260", "INDRE ARNA"), ("5131", "NYBORG"))
NO_MAIL = ("gmail.com", "online.no", "hotmail.com", "outlook.com", "live.no", "icloud.com", "broadpark.no")


def no_phone(c: Any) -> str:
    n = c.r.choice("49") + digits(c, 7)
    return c.r.choice((f"{n[:3]} {n[3:5]} {n[5:]}", f"+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", n, f"+47{n}"))


def fnr(c: Any, born: dt.date, sex: str) -> str:
    while True:
        lo, hi = (0, 499) if born.year < 2000 else (500, 999)
        ind = c.r.randint(lo, hi)
        if (ind % 2 == 1) != (sex == "m"):
            ind = ind + 1 if ind < hi else ind - 1
        base = born.strftime("%d%m%y") + f"{ind:03d}"
        k1 = fodselsnummer.calc_check_digit1(base)
        if len(k1) != 1:
            continue
        k2 = fodselsnummer.calc_check_digit2(base + k1)
        if len(k2) == 1 and fodselsnummer.is_valid(base + k1 + k2):
            return base + k1 + k2


def no_account(c: Any) -> str:
    while True:
        body = c.r.choice(("1503", "3000", "9710", "1206", "3624", "1254", "6345")) + digits(c, 6)
        k = kontonr._calc_check_digit(body)
        if len(k) == 1 and kontonr.is_valid(body + k):
            n = body + k
            return c.r.choice((n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:4]} {n[4:6]} {n[6:]}"))


def no_person(c: Any) -> dict:
    sex = c.r.choice("mf")
    first = c.r.choice(NO_M if sex == "m" else NO_F)
    last = c.r.choice(NO_LAST)
    born = birth(c, 1940, 2010)
    pc, town = c.r.choice(NO_TOWNS)
    return {"sex": sex, "first": first, "middle": c.r.choice(NO_MIDDLE) if c.r.random() < 0.25 else None,
            "last": last, "birth": born, "fnr": fnr(c, born, sex), "email": mail(c, first, last, NO_MAIL),
            "phone": no_phone(c), "street": f"{c.r.choice(NO_STREETS)} {c.r.randint(1, 120)}{c.r.choice(('', '', 'A', 'B'))}",
            "pc": pc, "town": town}


# --- Ireland -------------------------------------------------------------------------------------------------------
IE_M = ("Seán", "Conor", "Cian", "Darragh", "Oisín", "Patrick", "Ciarán", "Eoin", "Niall", "Dónal", "Liam", "Fionn",
        "Cathal", "Ronan", "Shane", "Declan", "Brian", "Kevin", "Tomasz", "Wei", "Rahul", "Mateus")
IE_F = ("Aoife", "Siobhán", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Orla", "Ciara", "Gráinne", "Sinéad", "Emer",
        "Clodagh", "Aisling", "Méabh", "Mary", "Deirdre", "Sarah", "Emma", "Priya", "Agnieszka", "Yuki", "Chiamaka")
IE_LAST = ("Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
           "McCarthy", "Lynch", "Doyle", "Gallagher", "Doherty", "Kennedy", "Quinn", "Fitzgerald", "Moran",
           "Kavanagh", "Brennan", "Nolan", "Power", "Keane", "Ní Bhriain", "Mac Giolla Phádraig", "Ó Súilleabháin",
           "Nowak", "Zhang", "Nair", "Okafor", "Costa")
IE_STREETS = ("O'Connell Avenue", "Castletroy Park", "Ashbrook Drive", "Dooradoyle Road", "Ennis Road",
              "Father Russell Road", "College Court", "Plassey View", "Monaleen Heights", "Shelbourne Road",
              "Newcastle Road", "Bohermore", "Ballinacurra Gardens", "Rhebogue Meadows", "Annacotty Village")
IE_TOWNS = (("V94", "Limerick", "Co. Limerick"), ("V94", "Castletroy", "Co. Limerick"), ("V94", "Annacotty", "Co. Limerick"),
            ("V95", "Ennis", "Co. Clare"), ("H91", "Galway", "Co. Galway"), ("T12", "Cork", "Co. Cork"),
            ("E45", "Nenagh", "Co. Tipperary"), ("V35", "Newcastle West", "Co. Limerick"), ("D08", "Dublin 8", "Co. Dublin"))
IE_MAIL = ("gmail.com", "hotmail.com", "eircom.net", "yahoo.ie", "outlook.com", "icloud.com")
EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_mobile(c: Any) -> str:
    net, a, b = c.r.choice(("83", "85", "86", "87", "89")), digits(c, 3), digits(c, 4)
    return c.r.choice((f"0{net} {a} {b}", f"+353 {net} {a} {b}", f"0{net}{a}{b}", f"(0{net}) {a}{b}"))


def ie_work(c: Any) -> str:
    a, b = digits(c, 3), digits(c, 3)
    return c.r.choice((f"+353 61 {a} {b}", f"061 {a}{b}", f"061-{a}{b}", f"+353 (0)61 {a}{b}"))


def ie_person(c: Any) -> dict:
    sex = c.r.choice("mf")
    first = c.r.choice(IE_M if sex == "m" else IE_F)
    last = c.r.choice(IE_LAST)
    key, town, county = c.r.choice(IE_TOWNS)
    return {"sex": sex, "first": first, "last": last, "email": mail(c, first, last, IE_MAIL),
            "mobile": ie_mobile(c), "work": ie_work(c), "pc": f"{key} {''.join(c.r.choice(EIR) for _ in range(4))}",
            "street": c.r.choice((f"{c.r.randint(1, 90)} {c.r.choice(IE_STREETS)}",
                                  f"Apt {c.r.randint(1, 40)}, {c.r.choice(IE_STREETS)}")),
            "town": town, "county": county}


# --- Argentina (Córdoba) --------------------------------------------------------------------------------------------
AR_M = ("Juan Pablo", "Matías", "Lucas", "Diego", "Martín", "Gustavo", "Sergio", "Walter", "Hernán", "Cristian",
        "Leandro", "Ramón", "Héctor", "Claudio", "Marcelo", "Pablo", "Jorge Luis", "Nahuel", "Ezequiel", "Facundo",
        "Miguel Ángel", "Rubén Darío")
AR_F = ("María José", "Lorena", "Florencia", "Carolina", "Natalia", "Romina", "Valeria", "Micaela", "Soledad", "Daiana",
        "Gisela", "Silvina", "Analía", "Brenda", "Yanina", "Mariela", "Noelia", "Vanesa")
AR_LAST = ("González", "Rodríguez", "Gómez", "Fernández", "López", "Díaz", "Martínez", "Pérez", "Romero", "Sosa",
           "Álvarez", "Torres", "Ruiz", "Ramírez", "Flores", "Acosta", "Benítez", "Medina", "Herrera", "Suárez",
           "Aguirre", "Giménez", "Gutiérrez", "Pereyra", "Molina", "Castro", "Ledesma", "Quiroga", "Ferreyra",
           "Bustos", "Villarreal", "Cabrera", "Mansilla", "Oviedo")
AR_STREETS = ("Av. Colón", "Bv. San Juan", "Av. Vélez Sarsfield", "Obispo Trejo", "Av. Rafael Núñez", "Duarte Quirós",
              "Av. Sabattini", "Bv. Los Granaderos", "Av. Fuerza Aérea", "Rodríguez Peña", "Santa Rosa", "La Rioja",
              "Ituzaingó", "Av. Don Bosco", "Cnel. Olmedo", "Av. Juan B. Justo", "Sarmiento", "Belgrano", "Av. Cárcano")
AR_TOWNS = (("X5000", "Córdoba"), ("X5000", "Córdoba"), ("X5001", "Córdoba"), ("X5008", "Córdoba"),
            ("X5010", "Córdoba"), ("X5152", "Villa Carlos Paz"), ("X5800", "Río Cuarto"), ("X5900", "Villa María"),
            ("X5220", "Jesús María"), ("X5186", "Alta Gracia"), ("X5101", "Malagueño"), ("X5147", "Arguello"))
AR_MAIL = ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com", "live.com.ar", "fibertel.com.ar")


def ar_phone(c: Any) -> str:
    a, b = digits(c, 3), digits(c, 4)
    area = c.r.choice(("351", "351", "351", "3541", "358", "353"))
    return c.r.choice((f"{area} 15-{a}-{b}", f"+54 9 {area} {a}-{b}", f"0{area} 15 {a}{b}", f"{area}{a}{b}"))


def ar_cuil(c: Any, dni: str, sex: str) -> str:
    for pre in (("20",) if sex == "m" else ("27",)) + ("23",):
        k = cuit.calc_check_digit(pre + dni)
        if len(k) == 1:
            return f"{pre}-{dni}-{k}"
    return f"23-{dni}-9"


def cbu(c: Any) -> str:
    first = c.r.choice(("011", "007", "285", "020", "072", "017", "191")) + digits(c, 4)
    k1 = (10 - sum(int(d) * w for d, w in zip(first, (7, 1, 3, 9, 7, 1, 3))) % 10) % 10
    second = digits(c, 13)
    k2 = (10 - sum(int(d) * w for d, w in zip(second, (3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3))) % 10) % 10
    return f"{first}{k1}{second}{k2}"


def ar_person(c: Any) -> dict:
    sex = c.r.choice("mmmf")
    first = c.r.choice(AR_M if sex == "m" else AR_F)
    last = c.r.choice(AR_LAST) + (f" {c.r.choice(AR_LAST)}" if c.r.random() < 0.1 else "")
    born = birth(c, 1962, 2004)
    dni = str(c.r.randint(14, 46)) + digits(c, 6)
    pc, town = c.r.choice(AR_TOWNS)
    return {"sex": sex, "first": first, "last": last, "birth": born, "dni": dni, "cuil": ar_cuil(c, dni, sex),
            "email": mail(c, first, last, AR_MAIL), "phone": ar_phone(c), "street": c.r.choice(AR_STREETS),
            "nro": str(c.r.randint(50, 4800)), "pc": pc + ("" if c.r.random() < 0.5 else "".join(
                c.r.choice(string.ascii_uppercase) for _ in range(3))), "town": town}


# --- Brazil --------------------------------------------------------------------------------------------------------
BR_M = ("João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Felipe", "Bruno", "Gustavo", "Leonardo", "Matheus",
        "Diego", "André", "Caio", "Vinícius", "Henrique", "Paulo Roberto", "Otávio")
BR_F = ("Ana Clara", "Mariana", "Beatriz", "Juliana", "Camila", "Larissa", "Fernanda", "Letícia", "Gabriela", "Isabela",
        "Bianca", "Patrícia", "Renata", "Luana", "Thaís", "Carolina", "Maria Eduarda", "Débora")
BR_LAST = ("Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa",
           "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha",
           "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso")
BR_UNI = ("usp.br", "unicamp.br", "ufmg.br", "ufrj.br", "ufpe.br", "ufba.br", "ufrgs.br", "unb.br", "ufsc.br")
BR_MAIL = ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br")


def br_phone(c: Any) -> str:
    ddd, a, b = c.r.choice(("11", "21", "31", "41", "51", "61", "71", "81", "48", "19")), digits(c, 4), digits(c, 4)
    return c.r.choice((f"({ddd}) 9{a}-{b}", f"+55 {ddd} 9{a}-{b}", f"+55{ddd}9{a}{b}", f"{ddd} 9 {a} {b}"))


def br_person(c: Any) -> dict:
    sex = c.r.choice("mf")
    first = c.r.choice(BR_M if sex == "m" else BR_F)
    mid, last = c.r.choice(BR_LAST), c.r.choice(BR_LAST)
    uni = c.r.choice(BR_UNI)
    return {"sex": sex, "first": first, "last": last, "full": f"{first} {mid} {last}" if c.r.random() < 0.5 else f"{first} {last}",
            "email": mail(c, first, last, (uni,) * 3 + BR_MAIL), "uni": uni, "phone": br_phone(c),
            "birth": birth(c, 1965, 2003)}


# --- Estonia -------------------------------------------------------------------------------------------------------
EE_M = ("Andres", "Margus", "Jaan", "Toomas", "Rein", "Priit", "Kristjan", "Martin", "Rasmus", "Siim", "Tõnu", "Aivar",
        "Indrek", "Mart", "Urmas", "Karl", "Peeter", "Hillar")
EE_F = ("Kadri", "Kristiina", "Liis", "Mari", "Triin", "Piret", "Anu", "Kaja", "Helen", "Maarja", "Tiina", "Kertu",
        "Ülle", "Reet", "Eha", "Merle", "Külli", "Sirje")
RU_M = ("Aleksandr", "Sergei", "Dmitri", "Andrei", "Vladimir", "Igor", "Nikolai", "Oleg")
RU_F = ("Jelena", "Olga", "Tatjana", "Natalja", "Svetlana", "Irina", "Ljudmila", "Galina")
EE_LAST = ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Oja", "Kallas",
           "Luik", "Lepp", "Kõiv", "Raudsepp", "Põder", "Vaher", "Laur", "Järv", "Org", "Kivi", "Mets")
RU_LAST = ("Ivanov", "Smirnov", "Kuznetsov", "Petrov", "Vassiljev", "Sokolov", "Popov", "Fjodorov", "Morozov", "Volkov")
EE_STREETS = ("Riia tn", "Tähe tn", "Raatuse tn", "Narva mnt", "Pärnu mnt", "Kalda tee", "Sõpruse pst", "Ülikooli tn",
              "Kaunase pst", "Tammsaare tee", "Mustamäe tee", "Punane tn", "Kopli tn", "Vanemuise tn", "Jaama tn",
              "Anne tn", "Rüütli tn", "Lossi tn", "Tallinna mnt", "Kreenholmi tn")
EE_TOWNS = (("Tartu", "Tartumaa", "50", "51"), ("Tartu", "Tartumaa", "50", "51"), ("Tallinn", "Harjumaa", "10", "13"),
            ("Tallinn", "Harjumaa", "10", "13"), ("Narva", "Ida-Virumaa", "20", "21"), ("Pärnu", "Pärnumaa", "80", "80"),
            ("Viljandi", "Viljandimaa", "71", "71"), ("Jõhvi", "Ida-Virumaa", "41", "41"), ("Elva", "Tartumaa", "61", "61"))
EE_MAIL = ("gmail.com", "hot.ee", "mail.ee", "online.ee", "hotmail.com", "mail.ru", "ut.ee")


def ee_phone(c: Any) -> str:
    n = "5" + digits(c, c.r.choice((6, 7)))
    return c.r.choice((f"+372 {n[:4]} {n[4:]}", n, f"+372{n}", f"{n[:3]} {n[3:]}"))


def isikukood(c: Any, born: dt.date, sex: str) -> str:
    g = (3 if born.year < 2000 else 5) + (0 if sex == "m" else 1)
    body = f"{g}{born.strftime('%y%m%d')}{c.r.randint(0, 799):03d}"
    return body + ik.calc_check_digit(body + "0")     # the library reads the digits before the last


def ee_person(c: Any) -> dict:
    sex = c.r.choice("mf")
    russian = c.r.random() < 0.25
    if russian:
        first = c.r.choice(RU_M if sex == "m" else RU_F)
        last = c.r.choice(RU_LAST) + ("" if sex == "m" else "a")
        eth = c.r.choice(("venelane", "venelane", "venelane", "ukrainlane", "valgevenelane"))
        lang = "vene"
    else:
        first, last = c.r.choice(EE_M if sex == "m" else EE_F), c.r.choice(EE_LAST)
        eth, lang = c.r.choice(("eestlane",) * 12 + ("soomlane", "lätlane")), "eesti"
    born = birth(c, 1935, 2003)
    town, county, lo, hi = c.r.choice(EE_TOWNS)
    return {"sex": sex, "first": first, "last": last, "birth": born, "ik": isikukood(c, born, sex), "eth": eth,
            "lang": lang, "email": mail(c, first, last, EE_MAIL), "phone": ee_phone(c),
            "street": f"{c.r.choice(EE_STREETS)} {c.r.randint(1, 120)}" + (f"-{c.r.randint(1, 60)}" if c.r.random() < 0.6 else ""),
            "pc": f"{c.r.randint(int(lo), int(hi))}{c.r.randint(0, 999):03d}", "town": town, "county": county}
