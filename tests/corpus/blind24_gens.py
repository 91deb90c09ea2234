"""Hand-written value helpers for the twenty-fourth blind corpus part (schemas a_*).

No Faker and no library word lists: the name, street and town pools below were written by hand for the six countries
of this part (Ethiopia, Hungary, Georgia, Colombia, Poland, Ireland). All randomness comes from the context's seeded
`c.r`; the parts of one person in a row are drawn once and cached on the context by (table, row), and ids referenced by
foreign keys are derived from the row index. python-stdnum only computes the PESEL and REGON check digits; the Polish
identity-card and Irish PPS check characters are computed by hand.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import string
import unicodedata
import uuid
from typing import Any, Callable

from stdnum.pl import pesel, regon

from .gens import Col, Ctx, Gen

# ---------------------------------------------------------------------------------------------------- generic helpers


def col(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    return Col(name, type_, label, gen, comment)


def pk(c: Ctx, i: int) -> int:
    return i


def ref(n: int, step: int = 1, off: int = 0) -> Gen:
    """A foreign key into a parent of `n` rows, derived from the row index only."""
    return lambda c, i: (i * step + off) % n + 1


def ch(*vals: Any) -> Gen:
    return lambda c, i: c.r.choice(vals)


def num(a: int, b: int) -> Gen:
    return lambda c, i: c.r.randint(a, b)


def dec(a: float, b: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(a, b), nd)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def const(v: Any) -> Gen:
    return lambda c, i: v


def opt(g: Gen, p: float = 0.3) -> Gen:
    """`g`, or NULL with probability `p`."""
    return lambda c, i: None if c.r.random() < p else g(c, i)


def ts(y0: int = 2021, y1: int = 2024) -> Gen:
    def g(c: Ctx, i: int) -> dt.datetime:
        start = dt.datetime(y0, 1, 1)
        span = (dt.datetime(y1, 12, 31) - start).total_seconds()
        return (start + dt.timedelta(seconds=int(c.r.random() * span))).replace(microsecond=0)
    return g


def day(y0: int = 2021, y1: int = 2024) -> Gen:
    g = ts(y0, y1)
    return lambda c, i: g(c, i).date()


def epoch_ms(y0: int = 2021, y1: int = 2024) -> Gen:
    g = ts(y0, y1)
    return lambda c, i: int(g(c, i).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_uppercase + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


def b64(n: int, urlsafe: bool = False) -> Gen:
    def g(c: Ctx, i: int) -> str:
        raw = bytes(c.r.getrandbits(8) for _ in range(n))
        out = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
        return out.decode().rstrip("=")
    return g


def sha256_of(prefix: str) -> Gen:
    """The digest of something non-personal (a file, a recording) identified by the row index."""
    return lambda c, i: hashlib.sha256(f"{prefix}:{i}:{c.r.random()}".encode()).hexdigest()


def uid() -> Gen:
    return lambda c, i: str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def uid_for(ns: str, k: int) -> str:
    """A uuid fixed by a namespace and a row index: primary keys and the foreign keys that point at them agree."""
    return str(uuid.UUID(bytes=hashlib.md5(f"blind24:{ns}:{k}".encode()).digest(), version=4))


def uid_pk(ns: str) -> Gen:
    return lambda c, i: uid_for(ns, i)


def uid_ref(ns: str, n: int, step: int = 1, off: int = 0) -> Gen:
    return lambda c, i: uid_for(ns, (i * step + off) % n + 1)


def ip4(*prefixes: str) -> Gen:
    """An IPv4 address in one of the given /16 prefixes (e.g. "84.2")."""
    return lambda c, i: f"{c.r.choice(prefixes)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def bcrypt_hash(c: Ctx, i: int) -> str:
    abc = "./" + string.ascii_letters + string.digits
    return "$2a$10$" + "".join(c.r.choice(abc) for _ in range(53))


def argon2_hash(c: Ctx, i: int) -> str:
    return f"$argon2id$v=19$m=65536,t=3,p=4${b64(16)(c, i)}${b64(32)(c, i)}"


def pbkdf2_hash(c: Ctx, i: int) -> str:
    return f"$PBKDF2-SHA512$iterations=210000${hexs(32)(c, i).upper()}${hexs(128)(c, i).upper()}"


def sentence(c: Ctx, pool: tuple[str, ...], k: int = 1) -> str:
    return " ".join(c.r.sample(pool, k))


# ---------------------------------------------------------------------------------------------------- people

ET_MALE = ("Abebe", "Dawit", "Solomon", "Yonas", "Bereket", "Getachew", "Haile", "Kebede", "Mulugeta", "Tesfaye",
           "Girma", "Tadesse", "Ermias", "Biruk", "Kaleb", "Fitsum", "Henok", "Mesfin", "Yared", "Natnael")
ET_FEMALE = ("Almaz", "Tigist", "Hirut", "Meseret", "Selamawit", "Mekdes", "Tsion", "Liya", "Aster", "Bethlehem",
             "Hana", "Rahel", "Genet", "Eleni", "Meron", "Saba", "Yeshi", "Frehiwot", "Kidist", "Worknesh")
ET_REGIONS = ("Addis Ababa", "Oromia", "Amhara", "Sidama", "Dire Dawa", "Harari", "Afar", "Somali", "Gambela",
              "Benishangul-Gumuz", "Central Ethiopia", "South Ethiopia")
ET_TOWNS = ("Addis Ababa", "Adama", "Bahir Dar", "Hawassa", "Dire Dawa", "Harar", "Jimma", "Dessie", "Gondar",
            "Bishoftu", "Shashemene", "Arba Minch", "Gambela", "Semera", "Jigjiga", "Assosa")
ET_SUBCITIES = ("Bole", "Kirkos", "Arada", "Yeka", "Lideta", "Gulele", "Kolfe Keranio", "Nifas Silk-Lafto",
                "Akaky Kaliti", "Addis Ketema", "Lemi Kura")
ET_STREETS = ("Africa Avenue", "Churchill Road", "Haile Gebreselassie Road", "Cameroon Street", "Jomo Kenyatta Road",
              "Algeria Street", "Menelik II Avenue", "Ras Mekonnen Avenue", "Namibia Street", "Sudan Street")

HU_MALE = ("Péter", "László", "István", "Gábor", "Zoltán", "Attila", "Tamás", "Bence", "Máté", "Dániel", "Balázs",
           "Ádám", "Levente", "Csaba", "Gergő", "Norbert")
HU_FEMALE = ("Anna", "Eszter", "Katalin", "Zsófia", "Réka", "Nóra", "Dóra", "Judit", "Ildikó", "Krisztina", "Lilla",
             "Boglárka", "Hajnalka", "Tímea", "Orsolya", "Viktória")
HU_LAST = ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh",
           "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete", "Szilágyi", "Török")

GE_MALE = ("Giorgi", "Davit", "Levan", "Irakli", "Nikoloz", "Luka", "Zurab", "Lasha", "Beka", "Sandro", "Tornike",
           "Vakhtang", "Otar", "Gela", "Revaz", "Archil")
GE_FEMALE = ("Nino", "Tamar", "Mariam", "Ana", "Salome", "Elene", "Ketevan", "Natia", "Eka", "Tamta", "Nana",
             "Maia", "Lela", "Sopho", "Khatia", "Manana")
GE_LAST = ("Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Tsiklauri", "Lomidze", "Jikia", "Kvaratskhelia",
           "Abashidze", "Chikovani", "Nozadze", "Gogoladze", "Mamaladze", "Kharaishvili", "Bakradze", "Lortkipanidze",
           "Shengelia", "Khutsishvili", "Dolidze", "Japaridze", "Meladze", "Tsintsadze")
GE_CITIES = (("Tbilisi", "0108"), ("Tbilisi", "0179"), ("Tbilisi", "0160"), ("Tbilisi", "0194"), ("Kutaisi", "4600"),
             ("Batumi", "6000"), ("Rustavi", "3700"), ("Zugdidi", "2100"), ("Gori", "1400"), ("Telavi", "2200"))
GE_STREETS = ("Rustaveli Ave", "Chavchavadze Ave", "Aghmashenebeli Ave", "Vazha-Pshavela Ave", "Kostava St",
              "Tamar Mepe St", "Pekini Ave", "Kazbegi Ave", "Gorgasali St", "Paliashvili St", "Abashidze St",
              "Tsereteli Ave", "Melikishvili St", "Gamsakhurdia Ave")
GE_REGIONS = ("Tbilisi", "Imereti", "Adjara", "Kvemo Kartli", "Samegrelo-Zemo Svaneti", "Shida Kartli", "Kakheti")

CO_MALE = ("Santiago", "Sebastián", "Alejandro", "Juan David", "Andrés", "Felipe", "Carlos", "Mateo", "Julián",
           "Nicolás", "Camilo", "Esteban", "Jhon Fredy", "Daniel", "Óscar", "Luis Miguel")
CO_FEMALE = ("Valentina", "Mariana", "Daniela", "Camila", "Laura", "Isabella", "Natalia", "Juliana", "María José",
             "Paula Andrea", "Sara", "Luisa Fernanda", "Manuela", "Yuliana", "Catalina", "Ana María")
CO_LAST = ("Gómez", "Rodríguez", "Martínez", "García", "López", "Hernández", "González", "Díaz", "Pérez", "Sánchez",
           "Ramírez", "Torres", "Rojas", "Vargas", "Moreno", "Castro", "Ospina", "Restrepo", "Londoño", "Cárdenas",
           "Zapata", "Muñoz", "Arango", "Quintero", "Betancur", "Valencia")
CO_MOBILE = ("300", "301", "304", "310", "311", "312", "313", "315", "316", "317", "318", "320", "321", "350")

PL_MALE = ("Jan", "Piotr", "Tomasz", "Marcin", "Krzysztof", "Paweł", "Michał", "Łukasz", "Grzegorz", "Andrzej",
           "Marek", "Wojciech", "Jakub", "Kamil", "Rafał", "Stanisław")
PL_FEMALE = ("Anna", "Katarzyna", "Agnieszka", "Małgorzata", "Ewa", "Joanna", "Magdalena", "Barbara", "Zofia",
             "Monika", "Beata", "Dorota", "Aleksandra", "Halina", "Justyna", "Krystyna")
PL_LAST = (("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
           ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
           ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
           ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"),
           ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"), ("Wróbel", "Wróbel"), ("Pawlak", "Pawlak"),
           ("Michalski", "Michalska"), ("Sikora", "Sikora"), ("Baran", "Baran"))
PL_CITIES = (("Warszawa", "00", "mazowieckie"), ("Kraków", "30", "małopolskie"), ("Łódź", "90", "łódzkie"),
             ("Wrocław", "50", "dolnośląskie"), ("Poznań", "60", "wielkopolskie"), ("Gdańsk", "80", "pomorskie"),
             ("Lublin", "20", "lubelskie"), ("Białystok", "15", "podlaskie"), ("Rzeszów", "35", "podkarpackie"),
             ("Olsztyn", "10", "warmińsko-mazurskie"), ("Kielce", "25", "świętokrzyskie"), ("Opole", "45", "opolskie"))
PL_STREETS = ("Marszałkowska", "Piotrkowska", "Długa", "Mickiewicza", "Słowackiego", "Kościuszki", "Sienkiewicza",
              "Lipowa", "Ogrodowa", "Polna", "Leśna", "Kwiatowa", "Jana Pawła II", "Armii Krajowej", "Wojska Polskiego",
              "3 Maja", "Żeromskiego", "Narutowicza")

IE_MALE = ("Ciarán", "Seán", "Pádraig", "Cian", "Darragh", "Eoin", "Declan", "Fionn", "Colm", "Oisín", "Conor",
           "Diarmuid", "Niall", "Rory", "Tadhg", "Brendan")
IE_FEMALE = ("Aoife", "Siobhán", "Niamh", "Orla", "Róisín", "Gráinne", "Clodagh", "Sinéad", "Maeve", "Caoimhe",
             "Ciara", "Aisling", "Éabha", "Saoirse", "Deirdre", "Bríd")
IE_LAST = ("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
           "McCarthy", "Gallagher", "Kennedy", "Lynch", "Quinn", "Brennan", "Fitzgerald", "Mac Giolla Phádraig",
           "Ní Bhriain", "Ó Súilleabháin", "Delaney", "Hegarty", "Moloney", "Cullinane")
IE_TOWNS = (("Dublin 8", "Dublin", "D08"), ("Dublin 15", "Dublin", "D15"), ("Swords", "Dublin", "K67"),
            ("Cork", "Cork", "T12"), ("Mallow", "Cork", "P51"), ("Galway", "Galway", "H91"),
            ("Limerick", "Limerick", "V94"), ("Tralee", "Kerry", "V92"), ("Castlebar", "Mayo", "F23"),
            ("Letterkenny", "Donegal", "F92"), ("Wexford", "Wexford", "Y35"), ("Athlone", "Westmeath", "N37"),
            ("Kilkenny", "Kilkenny", "R95"), ("Sligo", "Sligo", "F91"))
IE_ESTATES = ("Ashgrove Park", "Oakwood Drive", "Millbrook Lawns", "Cois Abhann", "Church View", "Fairgreen Road",
              "Bóthar na Trá", "Marian Terrace", "Castle Heights", "Ard na Gréine", "The Paddocks", "Glenview Close")
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"


def _dob(r: Any, y0: int, y1: int) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("'", "").replace(" ", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def _mail(r: Any, first: str, last: str, domains: tuple[str, ...]) -> str:
    f, la = _ascii(first), _ascii(last)
    local = r.choice((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f}", f"{f}_{la[:4]}"))
    return f"{local}@{r.choice(domains)}"


def make_et(r: Any) -> dict:
    sex = r.choice("MF")
    first = r.choice(ET_MALE if sex == "M" else ET_FEMALE)
    father, grand = r.choice(ET_MALE), r.choice(ET_MALE)
    dob = _dob(r, 1950, 2021)
    mob = f"+251 9{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    return dict(sex=sex, first=first, last=father, grand=grand, full=f"{first} {father} {grand}", dob=dob,
                phone=mob, phone_local="0" + mob[5:].replace(" ", ""),
                email=_mail(r, first, father, ("gmail.com", "yahoo.com", "ethionet.et", "outlook.com")),
                fayda=" ".join(f"{r.randint(0, 9999):04d}" for _ in range(3)),
                passport=f"EP{r.randint(1000000, 9999999)}",
                house=f"Kebele {r.randint(1, 24):02d}, House No. {r.randint(100, 4999)}",
                street=f"{r.choice(ET_STREETS)}, {r.choice(ET_SUBCITIES)} Sub-city",
                postcode=f"{r.choice((1000, 1110, 1250, 1000, 3000, 5000, 1050))}",
                town=r.choice(ET_TOWNS), region=r.choice(ET_REGIONS),
                lat=round(r.uniform(3.5, 14.5), 6), lon=round(r.uniform(34.0, 47.5), 6))


def make_hu(r: Any) -> dict:
    sex = r.choice("MF")
    first = r.choice(HU_MALE if sex == "M" else HU_FEMALE)
    last = r.choice(HU_LAST)
    return dict(sex=sex, first=first, last=last, full=f"{last} {first}",
                user=r.choice((f"{_ascii(first)}.{_ascii(last)[0]}", f"{_ascii(last)}{r.randint(70, 99)}",
                               _ascii(first), f"{_ascii(first)}{_ascii(last)[:3]}")))


def make_ge(r: Any) -> dict:
    sex = r.choice("MF")
    first = r.choice(GE_MALE if sex == "M" else GE_FEMALE)
    second = r.choice(GE_MALE if sex == "M" else GE_FEMALE)
    last = r.choice(GE_LAST)
    city, zipc = r.choice(GE_CITIES)
    return dict(sex=sex, first=first, second=second, last=last, full=f"{first} {last}",
                dob=_dob(r, 1940, 2017), email=_mail(r, first, last, ("gmail.com", "mail.ru", "yahoo.com", "posta.ge")),
                mobile=f"+995 5{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                landline=f"032 2{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                pn=f"{r.choice(('01', '02', '12', '35', '61', '54'))}{r.randint(0, 10**9 - 1):09d}",
                passport=f"{r.randint(10, 24)}{r.choice('ABCDEFGHIJK')}{r.choice('ABCDEFGHIJK')}{r.randint(10000, 99999)}",
                street=f"{r.randint(1, 180)} {r.choice(GE_STREETS)}", street2=r.choice(("", "", f"apt. {r.randint(1, 90)}",
                                                                                     f"bldg. {r.randint(1, 9)}")),
                city=city, zip=zipc, region=r.choice(GE_REGIONS))


def make_co(r: Any) -> dict:
    sex = r.choice("MF")
    first = r.choice(CO_MALE if sex == "M" else CO_FEMALE)
    last1, last2 = r.sample(CO_LAST, 2)
    cedula = r.randint(1000000000, 1144999999)
    return dict(sex=sex, first=first, last=f"{last1} {last2}", last1=last1, full=f"{first} {last1} {last2}",
                sortable=f"{last1} {last2}, {first}", short=f"{first.split()[0]} {last1}",
                email=_mail(r, first.split()[0], last1, ("gmail.com", "hotmail.com", "unal.edu.co", "udea.edu.co",
                                                         "javeriana.edu.co", "outlook.com")),
                mobile=f"+57 {r.choice(CO_MOBILE)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                cedula=f"{cedula:,}".replace(",", "."), code=f"20{r.randint(18, 24)}{r.randint(100000, 999999)}")


def _pl_idcard(r: Any) -> str:
    letters = [r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)]
    digits = [r.randint(0, 9) for _ in range(5)]
    vals = [ord(x) - 55 for x in letters] + digits
    check = sum(v * w for v, w in zip(vals, (7, 3, 1, 7, 3, 1, 7, 3))) % 10
    return "".join(letters) + str(check) + "".join(map(str, digits))


def _pesel(dob: dt.date, sex: str, r: Any) -> str:
    month = dob.month + (20 if dob.year >= 2000 else 0)
    serial = r.randint(0, 999)
    sexd = r.choice((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial:03d}{sexd}"
    return body + pesel.calc_check_digit(body)


def make_pl(r: Any) -> dict:
    sex = r.choice("MF")
    first = r.choice(PL_MALE if sex == "M" else PL_FEMALE)
    last = r.choice(PL_LAST)[0 if sex == "M" else 1]
    dob = _dob(r, 1932, 2022)
    city, zp, woj = r.choice(PL_CITIES)
    street = f"ul. {r.choice(PL_STREETS)} {r.randint(1, 160)}" + r.choice(("", "", f" m. {r.randint(1, 60)}",
                                                                          f"/{r.randint(1, 40)}"))
    post = f"{zp}-{r.randint(1, 999):03d}"
    mob = f"{r.choice((5, 6, 7, 8))}{r.randint(0, 99):02d} {r.randint(100, 999)} {r.randint(100, 999)}"
    return dict(sex=sex, first=first, last=last, full=f"{first} {last}", dob=dob, pesel=_pesel(dob, sex, r),
                idcard=_pl_idcard(r), street=street, post=post, city=city, woj=woj,
                address=f"{street}, {post} {city}", mobile=r.choice((mob, "+48 " + mob, mob.replace(" ", "-"))),
                email=_mail(r, first, last, ("wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl")))


def _pps(r: Any) -> str:
    digits = f"{r.randint(0, 9999999):07d}"
    second = r.choice(("", "", "", "A", "W"))
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1)))
    if second and second != "W":
        total += 9 * (ord(second) - 64)
    rem = total % 23
    return digits + ("W" if rem == 0 else chr(64 + rem)) + second


def _eircode(r: Any, key: str) -> str:
    return key + " " + "".join(r.choice(EIRCODE_CHARS) for _ in range(4))


def make_ie(r: Any) -> dict:
    sex = r.choice("MF")
    first = r.choice(IE_MALE if sex == "M" else IE_FEMALE)
    last = r.choice(IE_LAST)
    town, county, key = r.choice(IE_TOWNS)
    mob = f"08{r.choice('35679')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    return dict(sex=sex, first=first, last=last, full=f"{first} {last}", dob=_dob(r, 1955, 1995), pps=_pps(r),
                line1=f"{r.randint(1, 140)} {r.choice(IE_ESTATES)}", line2=r.choice(("", "", "Ballymore", "Knocknacarra",
                                                                                 "Clonsilla", "Rathgar", "Ballincollig")),
                town=town, county=county, eircode=_eircode(r, key),
                mobile=r.choice((mob, "+353 " + mob[1:])), landline=f"0{r.choice(('1', '21', '91', '61', '66', '94'))} "
                                                                    f"{r.randint(100, 999)} {r.randint(1000, 9999)}",
                email=_mail(r, first, last, ("gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie")),
                maiden=r.choice(IE_LAST))


MAKERS: dict[str, Callable[[Any], dict]] = {"et": make_et, "hu": make_hu, "ge": make_ge, "co": make_co, "pl": make_pl,
                                            "ie": make_ie}


def person(c: Ctx, country: str, key: str, i: int) -> dict:
    """The person of row `i` of table `key` (in `country`), drawn once per context."""
    cache = c.__dict__.setdefault("_blind24_people", {})
    k = (country, key, i)
    if k not in cache:
        cache[k] = MAKERS[country](c.r)
    return cache[k]


def people(country: str, key: str) -> Callable[[str], Gen]:
    """`p = people("pl", "pacjent")`, then `p("first")` is the generator of that row's first name."""
    return lambda fld: (lambda c, i: person(c, country, key, i)[fld])


def anyone(c: Ctx, country: str) -> dict:
    """A passer-by (a relative, a neighbour) drawn afresh, not cached."""
    return MAKERS[country](c.r)


def regon9(r: Any) -> str:
    body = f"{r.randint(10000000, 99999999)}"
    return body + regon.calc_check_digit(body)


def fk(schema: str, table: str, column: str, parent: str, pcol: str = "id") -> str:
    """One foreign key, added after the child table is filled (its parent is created and filled before it)."""
    return (f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{column}") '
            f'REFERENCES {schema}."{parent}" ("{pcol}")')
