"""Hand-written pools and small generators for the tenth blind corpus part (schemas m_*).

No Faker or other library word list: every name, street, town, mail domain and phone shape below was typed by the
author. python-stdnum only computes check digits (Luhn, the Chilean RUT). All draws come from the corpus RNG `c.r`;
the parts of one person or one address in a row are drawn once per row and shared by the columns of that row.
"""
from __future__ import annotations

import base64
import datetime as dt
import uuid
from typing import Any, Callable

from stdnum import luhn
from stdnum.cl import rut as cl_rut

from .gens import Col, Ctx, Gen

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def key(name: str, type_: str = "int") -> Col:
    """The table's own numeric key, 1..rows."""
    return Col(name, f"{type_} PRIMARY KEY", "none", lambda c, i: i)


def fk(n: int) -> Gen:
    return lambda c, i: c.r.randint(1, n)


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def ints(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def maybe(p: float, gen: Gen) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def day(start: int = 2019, years: int = 6) -> Gen:
    return lambda c, i: dt.date(start, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * years - 1))


def stamp(start: int = 2023, days: int = 700) -> Gen:
    return lambda c, i: dt.datetime(start, 1, 1) + dt.timedelta(minutes=c.r.randint(0, days * 1440))


def ymd(start: int = 2008, years: int = 12) -> Gen:
    return lambda c, i: (dt.date(start, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * years - 1))).strftime("%Y%m%d")


def chars(n: int, alphabet: str = ALNUM, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def blob64(nbytes: int) -> Gen:
    return lambda c, i: base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(nbytes))).decode()


def guid(c: Ctx, i: int) -> str:
    return str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def digits(c: Ctx, n: int) -> str:
    return "".join(c.r.choice("0123456789") for _ in range(n))


def ipv4(c: Ctx, i: int) -> str:
    first = c.r.choice([41, 102, 105, 154, 196, 197, 77, 88, 121, 175, 186, 190, 200, 81, 86])
    return f"{first}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def shared(salt: str, maker: Callable[[Ctx], dict]) -> Gen:
    """A generator of one dict per row, drawn once per row and shared by the columns that take parts of it."""
    def gen(c: Ctx, i: int) -> dict:
        cache = vars(c).setdefault("_blind10_rows", {})
        if (salt, i) not in cache:
            cache[(salt, i)] = maker(c)
        return cache[(salt, i)]
    return gen


def part(row: Gen, name: str) -> Gen:
    return lambda c, i: row(c, i)[name]


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñüÁÉÍÓÚÑ' ", "aeiounuAEIOUN--")
    return s.translate(table).lower()


def _mail(c: Ctx, first: str, last: str, domains: tuple[str, ...]) -> str:
    f, s = _ascii(first), _ascii(last).replace("-", "")
    local = c.r.choice([f"{f}.{s}", f"{f[0]}{s}", f"{f}{s}{c.r.randint(1, 99)}", f"{s}.{f}",
                        f"{f}{c.r.randint(1970, 2009)}"])
    return f"{local}@{c.r.choice(domains)}"


# ---- South Africa (nopCommerce shop) ----------------------------------------------------------------------------
ZA_MALE = ("Sipho", "Johan", "Pieter", "Themba", "Ruan", "Bongani", "Yusuf", "Kagiso", "Marius", "Tshepo", "Lwazi",
           "Thabo", "Riaan", "Mandla", "Dewald", "Ashwin", "Sibusiso", "Hendrik", "Mthunzi", "Brandon")
ZA_FEMALE = ("Thandi", "Anri", "Lerato", "Nomvula", "Zanele", "Chantelle", "Ayesha", "Priya", "Lindiwe", "Elize",
             "Palesa", "Naledi", "Karabo", "Marelize", "Fatima", "Nokuthula", "Jolandi", "Refilwe", "Kayla", "Busisiwe")
ZA_SURNAMES = ("Nkosi", "Dlamini", "van der Merwe", "Botha", "Naidoo", "Pillay", "Mokoena", "Khumalo", "Pretorius",
               "Ndlovu", "Smit", "Mahlangu", "Jacobs", "Adams", "Coetzee", "Govender", "Sithole", "Molefe",
               "du Plessis", "Venter", "Mthembu", "Steyn", "Moodley", "Hendricks", "Nel", "Maseko")
ZA_DOMAINS = ("gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "vodamail.co.za", "icloud.com",
              "outlook.com", "yahoo.co.za", "absamail.co.za")
ZA_TOWNS = (("Sandton", "2196", "Gauteng"), ("Cape Town", "8001", "Western Cape"), ("Durban", "4001", "KwaZulu-Natal"),
            ("Pretoria", "0181", "Gauteng"), ("Bloemfontein", "9301", "Free State"), ("Gqeberha", "6001", "Eastern Cape"),
            ("Stellenbosch", "7600", "Western Cape"), ("Polokwane", "0699", "Limpopo"), ("Soweto", "1804", "Gauteng"),
            ("Pietermaritzburg", "3201", "KwaZulu-Natal"), ("Umhlanga", "4319", "KwaZulu-Natal"),
            ("Centurion", "0157", "Gauteng"), ("Mbombela", "1200", "Mpumalanga"), ("George", "6529", "Western Cape"))
ZA_STREETS = ("Jan Smuts Avenue", "Main Road", "Voortrekker Road", "Oxford Road", "Church Street", "Rivonia Road",
              "Florida Road", "Beach Road", "Louis Botha Avenue", "Kloof Street", "Vilakazi Street", "Long Street",
              "Dorp Street", "Nelson Mandela Drive", "Umhlanga Rocks Drive", "Lynnwood Road")
ZA_COMPLEXES = ("Unit 4 Sunset Gardens", "12 Eden Villas", "Flat 203 Marine Court", "7 Oak Estate", "Unit 19 The Palms")


def za_phone(c: Ctx) -> str:
    net = c.r.choice(["82", "83", "84", "72", "73", "76", "79", "60", "61", "71"])
    a, b = digits(c, 3), digits(c, 4)
    return c.r.choice([f"0{net} {a} {b}", f"+27 {net} {a} {b}", f"0{net}{a}{b}", f"+27{net}{a}{b}"])


def za_id(c: Ctx, born: dt.date, sex: str) -> str:
    seq = c.r.randint(5000, 9999) if sex == "M" else c.r.randint(0, 4999)
    body = f"{born:%y%m%d}{seq:04d}{c.r.choice('01')}8"
    return body + luhn.calc_check_digit(body)


def za_person(c: Ctx) -> dict:
    sex = c.r.choice("MF")
    first = c.r.choice(ZA_MALE if sex == "M" else ZA_FEMALE)
    last = c.r.choice(ZA_SURNAMES)
    town, code, province = c.r.choice(ZA_TOWNS)
    born = dt.date(1950, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * 55))
    street = f"{c.r.randint(1, 240)} {c.r.choice(ZA_STREETS)}"
    return {"first": first, "last": last, "sex": sex, "email": _mail(c, first, last, ZA_DOMAINS), "phone": za_phone(c),
            "born": born, "id": za_id(c, born, sex), "street": street,
            "street2": c.r.choice(ZA_COMPLEXES) if c.r.random() < 0.35 else None,
            "town": town, "postcode": code, "province": province}


# ---- Tanzania (openIMIS) -------------------------------------------------------------------------------------------
TZ_MALE = ("Juma", "Baraka", "Hassani", "Salim", "Emmanuel", "Joseph", "Khamis", "Faraji", "Daudi", "Elia", "Rashidi",
           "Athumani", "Godfrey", "Nassoro", "Yohana", "Abdallah", "Frank", "Mussa", "Ramadhani", "Petro")
TZ_FEMALE = ("Amina", "Halima", "Neema", "Rehema", "Mwanaisha", "Zawadi", "Upendo", "Mariamu", "Pendo", "Saida",
             "Tumaini", "Grace", "Zuhura", "Agnes", "Mwajuma", "Esther", "Happiness", "Asha", "Winfrida", "Subira")
TZ_SURNAMES = ("Mwakyusa", "Kimaro", "Mushi", "Massawe", "Mrema", "Shirima", "Mollel", "Lyimo", "Msuya", "Mfinanga",
               "Kapinga", "Mwamba", "Ngowi", "Mbwambo", "Chacha", "Magesa", "Swai", "Hamisi", "Mnyampala", "Nyange",
               "Mtui", "Kombo", "Sanga", "Lukumay", "Mapunda")
TZ_VILLAGES = ("Mbuyuni", "Chamwino", "Mtumba", "Kibaigwa", "Majengo", "Mlali", "Bwawani", "Kwamsisi", "Mkata",
               "Msowero", "Mvumi", "Chinangali", "Ihumwa", "Lusanga")


def tz_phone(c: Ctx) -> str:
    net = c.r.choice(["754", "713", "688", "767", "655", "715", "621", "784"])
    a, b = digits(c, 3), digits(c, 3)
    return c.r.choice([f"0{net} {a} {b}", f"+255 {net} {a} {b}", f"0{net}{a}{b}", f"255{net}{a}{b}"])


def tz_address(c: Ctx, i: int = 0) -> str:
    village = c.r.choice(TZ_VILLAGES)
    return c.r.choice([f"Kijiji cha {village}, Kitongoji {c.r.choice('ABCD')}, Nyumba Na. {c.r.randint(1, 300)}",
                       f"Mtaa wa {village}, Nyumba Na. {c.r.randint(1, 120)}",
                       f"S.L.P {c.r.randint(10, 2999)}, {village}",
                       f"Kitongoji cha {village} Kati, karibu na msikiti"])


def tz_person(c: Ctx) -> dict:
    sex = c.r.choice("MF")
    first = c.r.choice(TZ_MALE if sex == "M" else TZ_FEMALE)
    other = f"{first} {c.r.choice(TZ_MALE)}" if c.r.random() < 0.5 else first
    last = c.r.choice(TZ_SURNAMES)
    mail = _mail(c, first, last, ("gmail.com", "yahoo.com", "hotmail.com", "ymail.com"))
    return {"first": other, "last": last, "sex": sex, "email": mail, "phone": tz_phone(c)}


# ---- Korea (hagwon ERP) -------------------------------------------------------------------------------------------
KR_SURNAMES = (("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
               ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"), ("서", "Seo"),
               ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"), ("류", "Ryu"), ("홍", "Hong"))
KR_GIVEN = (("민준", "Minjun", "M"), ("서연", "Seoyeon", "F"), ("도윤", "Doyun", "M"), ("하은", "Haeun", "F"),
            ("지호", "Jiho", "M"), ("서윤", "Seoyun", "F"), ("예준", "Yejun", "M"), ("지우", "Jiwoo", "F"),
            ("주원", "Juwon", "M"), ("하윤", "Hayun", "F"), ("시우", "Siwoo", "M"), ("수아", "Sua", "F"),
            ("준서", "Junseo", "M"), ("지아", "Jia", "F"), ("건우", "Geonwoo", "M"), ("은서", "Eunseo", "F"),
            ("현우", "Hyunwoo", "M"), ("채원", "Chaewon", "F"), ("유준", "Yujun", "M"), ("민서", "Minseo", "F"),
            ("성호", "Sungho", "M"), ("미경", "Mikyung", "F"), ("영수", "Youngsoo", "M"), ("지영", "Jiyoung", "F"),
            ("동현", "Donghyun", "M"), ("혜진", "Hyejin", "F"), ("재훈", "Jaehoon", "M"), ("수진", "Sujin", "F"))
KR_DOMAINS = ("naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com")
KR_TOWNS = (("서울특별시 강남구", "06", ("테헤란로", "도곡로", "삼성로", "역삼로", "선릉로")),
            ("서울특별시 노원구", "01", ("동일로", "노해로", "상계로", "중계로")),
            ("서울특별시 양천구", "07", ("목동동로", "목동서로", "신정로")),
            ("경기도 성남시 분당구", "13", ("분당로", "정자일로", "불정로", "황새울로")),
            ("경기도 고양시 일산동구", "10", ("중앙로", "정발산로", "일산로")),
            ("부산광역시 해운대구", "48", ("해운대로", "센텀중앙로", "좌동로")),
            ("대구광역시 수성구", "42", ("달구벌대로", "범어로", "들안로")))
KR_APTS = ("래미안아파트", "자이아파트", "현대아파트", "푸르지오", "힐스테이트", "롯데캐슬", "e편한세상", "주공아파트")


def kr_phone(c: Ctx) -> str:
    return c.r.choice([f"010-{digits(c, 4)}-{digits(c, 4)}", f"010{digits(c, 8)}", f"010 {digits(c, 4)} {digits(c, 4)}"])


def kr_person(c: Ctx, born_from: int = 1970, born_years: int = 20) -> dict:
    sur, sur_en = c.r.choice(KR_SURNAMES)
    given, given_en, sex = c.r.choice(KR_GIVEN)
    town, zip2, roads = c.r.choice(KR_TOWNS)
    born = dt.date(born_from, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * born_years))
    local = c.r.choice([f"{given_en.lower()}{c.r.randint(80, 99)}", f"{sur_en.lower()}{given_en.lower()}",
                        f"{given_en.lower()}.{sur_en.lower()}", f"{sur_en.lower()}_{given_en[:2].lower()}{c.r.randint(1, 999)}"])
    return {"name": sur + given, "name_en": f"{sur_en.upper()} {given_en}", "sex": sex, "born": born,
            "email": f"{local}@{c.r.choice(KR_DOMAINS)}", "phone": kr_phone(c),
            "zip": f"{zip2}{digits(c, 3)}", "addr1": f"{town} {c.r.choice(roads)} {c.r.randint(1, 420)}",
            "addr2": f"{c.r.choice(KR_APTS)} {c.r.randint(101, 120)}동 {c.r.randint(1, 25)}{c.r.randint(1, 4):02d}호"}


# ---- Chile (contractor access and occupational health at a mine) -------------------------------------------------
CL_MALE = ("Juan", "José", "Luis", "Carlos", "Cristián", "Rodrigo", "Francisco", "Patricio", "Felipe", "Sebastián",
           "Jorge", "Manuel", "Héctor", "Mauricio", "Claudio", "Nelson", "Víctor", "Matías")
CL_FEMALE = ("María", "Carolina", "Daniela", "Camila", "Javiera", "Constanza", "Paola", "Valentina", "Marcela",
             "Francisca", "Claudia", "Macarena", "Ximena", "Katherine")
CL_SURNAMES = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
               "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza",
               "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Cortés")
CL_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.es", "live.cl", "outlook.com", "hotmail.cl")
CL_COMUNAS = (("Rancagua", "O'Higgins"), ("Machalí", "O'Higgins"), ("Calama", "Antofagasta"),
              ("Antofagasta", "Antofagasta"), ("Copiapó", "Atacama"), ("La Serena", "Coquimbo"),
              ("Los Andes", "Valparaíso"), ("Puente Alto", "Metropolitana"), ("Maipú", "Metropolitana"))
CL_STREETS = ("Pasaje Los Aromos", "Avenida Grecia", "Calle Ramón Freire", "Avenida Granaderos", "Pasaje El Cobre",
              "Calle Latorre", "Avenida Einstein", "Villa Los Presidentes, Pasaje 7", "Calle Bueras", "Avenida Brasil")


def cl_rut_number(c: Ctx) -> tuple[int, str]:
    number = c.r.randint(7_000_000, 24_999_999)
    return number, cl_rut.calc_check_digit(str(number))


def cl_rut_text(c: Ctx) -> str:
    number, dv = cl_rut_number(c)
    return f"{number:,}".replace(",", ".") + f"-{dv}" if c.r.random() < 0.6 else f"{number}-{dv}"


def cl_phone(c: Ctx) -> str:
    a, b = digits(c, 4), digits(c, 4)
    return c.r.choice([f"+56 9 {a} {b}", f"+569{a}{b}", f"9{a}{b}", f"09-{a}{b}"])


def cl_person(c: Ctx) -> dict:
    sex = c.r.choice("MMMF")
    first = c.r.choice(CL_MALE if sex == "M" else CL_FEMALE)
    if c.r.random() < 0.3:
        first += " " + c.r.choice(CL_MALE if sex == "M" else CL_FEMALE)
    p, m = c.r.choice(CL_SURNAMES), c.r.choice(CL_SURNAMES)
    comuna, region = c.r.choice(CL_COMUNAS)
    number, dv = cl_rut_number(c)
    return {"first": first, "p": p, "m": m, "sex": sex, "rut": number, "dv": dv,
            "email": _mail(c, first.split()[0], p, CL_DOMAINS), "phone": cl_phone(c),
            "street": f"{c.r.choice(CL_STREETS)} {c.r.randint(10, 3999)}"
                      + (f", depto {c.r.randint(11, 804)}" if c.r.random() < 0.25 else ""),
            "comuna": comuna, "region": region}


# ---- the United Kingdom (criminal defence firm) -------------------------------------------------------------------
GB_MALE = ("Daniel", "Liam", "Connor", "Jamal", "Kyle", "Ryan", "Mohammed", "Jordan", "Callum", "Darren", "Tyrone",
           "Lewis", "Aaron", "Stephen", "Wayne", "Imran", "Craig", "Reece")
GB_FEMALE = ("Chloe", "Jade", "Stacey", "Aisha", "Kirsty", "Leanne", "Gemma", "Shannon", "Nadia", "Rebecca",
             "Kerry", "Danielle", "Amira", "Sophie")
GB_SURNAMES = ("Walsh", "Hughes", "Okafor", "Begum", "Hussain", "McAllister", "Clarke", "Doherty", "Evans", "Kowalski",
               "Patel", "Thompson", "O'Neill", "Barnes", "Ahmed", "Mensah", "Riley", "Fletcher", "Price", "Kaur",
               "Gallagher", "Whitfield", "Nowak", "Campbell", "Lloyd", "Brennan")
GB_DOMAINS = ("hotmail.co.uk", "gmail.com", "yahoo.co.uk", "outlook.com", "icloud.com", "live.co.uk", "btinternet.com")
GB_PLACES = (("Leeds", "LS9", ("Harehills Lane", "Seacroft Avenue", "Compton Road", "Ashley Road")),
             ("Bradford", "BD3", ("Leeds Road", "Barkerend Road", "Otley Road")),
             ("Wakefield", "WF1", ("Kirkgate", "Doncaster Road", "Eastmoor Road")),
             ("Huddersfield", "HD1", ("Manchester Road", "Trinity Street", "Fitzwilliam Street")),
             ("Halifax", "HX1", ("Gibbet Street", "King Cross Road", "Hopwood Lane")),
             ("Dewsbury", "WF13", ("Savile Town Road", "Warren Street", "Halifax Road")))


def gb_phone(c: Ctx) -> str:
    a, b = digits(c, 3), digits(c, 3)
    return c.r.choice([f"07{digits(c, 3)} {a}{b}", f"+44 7{digits(c, 3)} {a} {b}", f"07{digits(c, 9)}"])


def gb_ni(c: Ctx) -> str:
    return c.r.choice(["AB", "JK", "NP", "SH", "WL", "YZ", "PR", "TC"]) + digits(c, 6) + c.r.choice("ABCD")


def gb_person(c: Ctx) -> dict:
    sex = c.r.choice("MMMF")
    first = c.r.choice(GB_MALE if sex == "M" else GB_FEMALE)
    last = c.r.choice(GB_SURNAMES)
    town, outward, streets = c.r.choice(GB_PLACES)
    return {"first": first, "middle": c.r.choice(GB_MALE if sex == "M" else GB_FEMALE) if c.r.random() < 0.4 else "",
            "last": last, "sex": sex, "email": _mail(c, first, last, GB_DOMAINS), "phone": gb_phone(c),
            "line1": f"{c.r.randint(1, 180)} {c.r.choice(streets)}",
            "line2": f"Flat {c.r.randint(1, 30)}" if c.r.random() < 0.3 else None,
            "town": town, "postcode": f"{outward} {c.r.randint(1, 9)}{c.r.choice('ABDEFGHJLNPQRSTUWXY')}"
                                      f"{c.r.choice('ABDEFGHJLNPQRSTUWXY')}"}
