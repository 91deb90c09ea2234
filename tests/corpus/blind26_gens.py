"""Hand-written value helpers for the twenty-sixth blind corpus part (schemas ab_*): no Faker, no word lists.

Every random draw comes from the context's seeded `c.r`. The parts of one person (names, birth date, contacts,
national id, address) are drawn once per (entity, row) by `person` and cached, so the columns of a row agree.
python-stdnum only computes check digits (Luhn, Paraguayan RUC, IBAN). Ids referenced by foreign keys are derived
from the row index (`fk`).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from decimal import Decimal
from typing import Any, Callable

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.py import ruc as py_ruc

from .gens import Col, Ctx

Gen = Callable[[Ctx, int], Any]

# --- names, places and shapes of the six countries, written by hand -----------------------------------------------
POOLS: dict[str, dict[str, list[str]]] = {
    "eg": {   # Egypt
        "m": ["Ahmed", "Mohamed", "Mahmoud", "Karim", "Tarek", "Hossam", "Amr", "Sherif", "Youssef", "Mostafa",
              "Khaled", "Ramy", "Hany", "Wael", "Islam", "Omar"],
        "f": ["Mona", "Nourhan", "Heba", "Yasmin", "Dina", "Rania", "Salma", "Aya", "Marwa", "Shaimaa", "Nadia",
              "Eman", "Ghada", "Reem", "Hagar", "Sara"],
        "last": ["Abdel Fattah", "El-Sayed", "Hassan", "Mansour", "Fathy", "Ragab", "Soliman", "Abou Zeid", "Shehata",
                 "El-Masry", "Gaber", "Farouk", "Zaki", "Hamdy", "Ezzat", "Morsy", "Badawy", "Kamel"],
        "street": ["Shari' El-Tahrir", "Gameat El-Dowal El-Arabeya St.", "Mossadak St.", "Abbas El-Akkad St.",
                   "Makram Ebeid St.", "El-Horreya Rd.", "Port Said St.", "Shehab St.", "El-Nozha St.", "Ahmed Orabi St."],
        "district": ["Dokki", "Mohandessin", "Nasr City", "Heliopolis", "Maadi", "Sidi Gaber", "Smouha", "Agouza",
                     "Shubra", "Zamalek"],
        "city": ["Cairo", "Giza", "Alexandria", "Mansoura", "Tanta", "Asyut", "Zagazig", "Ismailia"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "te.eg"],
    },
    "py": {   # Paraguay
        "m": ["Juan Carlos", "Osvaldo", "Derlis", "Rodrigo", "Aníbal", "Hugo", "Fernando", "Nelson", "Arnaldo", "Rubén",
              "Celso", "Lucio", "Édgar", "Víctor", "Ramón", "Blas"],
        "f": ["María José", "Liz", "Nilda", "Gladys", "Sonia", "Mirta", "Rossana", "Fátima", "Lourdes", "Perla",
              "Zunilda", "Clara", "Noelia", "Patricia", "Lorena", "Graciela"],
        "last": ["Benítez", "Giménez", "Ayala", "Villalba", "Cáceres", "Aquino", "Ortiz", "Duarte", "Cabañas", "Ramírez",
                 "Galeano", "Báez", "Insfrán", "Riquelme", "Acosta", "Zárate", "Ojeda", "Vera", "Chamorro", "Núñez"],
        "street": ["Avda. Mariscal López", "Avda. España", "Eusebio Ayala", "Mcal. Estigarribia", "Tte. Fariña",
                   "Avda. Santa Teresa", "Cerro Corá", "Avda. Eusebio Ayala", "Gral. Díaz", "Defensores del Chaco"],
        "district": ["Villa Morra", "Sajonia", "Recoleta", "Barrio Obrero", "San Vicente", "Las Mercedes", "Carmelitas",
                     "Trinidad", "Mburucuyá", "Loma Pytã"],
        "city": ["Asunción", "Ciudad del Este", "Encarnación", "San Lorenzo", "Luque", "Fernando de la Mora",
                 "Lambaré", "Capiatá", "Villarrica", "Concepción"],
        "mail": ["gmail.com", "hotmail.com", "tigo.com.py", "yahoo.com.ar", "outlook.com"],
    },
    "jo": {   # Jordan
        "m": ["Ahmad", "Omar", "Yazan", "Laith", "Zaid", "Hamzeh", "Mohammad", "Fadi", "Odai", "Sami", "Ayman",
              "Bashar", "Tariq", "Rami", "Khalil", "Anas"],
        "f": ["Rania", "Lina", "Dana", "Ruba", "Haya", "Tala", "Sawsan", "Abeer", "Hala", "Maysa", "Noor", "Farah",
              "Razan", "Lubna", "Shereen", "Aseel"],
        "last": ["Al-Masri", "Haddad", "Khalaf", "Nasser", "Obeidat", "Al-Zoubi", "Majali", "Tarawneh", "Qudah",
                 "Bataineh", "Abu Ghazaleh", "Rawashdeh", "Hijazi", "Smadi", "Al-Khatib", "Nsour", "Shdeifat", "Abbadi"],
        "street": ["Al-Rainbow St.", "Zahran St.", "Mecca St.", "Wasfi Al-Tal St.", "Queen Rania St.", "Abdoun Circle",
                   "Al-Madina Al-Munawwara St.", "Gardens St.", "King Abdullah II St.", "Prince Hashem St."],
        "district": ["Jabal Amman", "Shmeisani", "Sweifieh", "Khalda", "Tla' Al-Ali", "Abdoun", "Marka", "Jabal Al-Hussein",
                     "Dabouq", "Um Uthaina"],
        "city": ["Amman", "Irbid", "Zarqa", "Aqaba", "Salt", "Madaba", "Jerash", "Karak"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "orange.jo", "outlook.com"],
    },
    "al": {   # Albania
        "m": ["Arben", "Besnik", "Gentian", "Ilir", "Erion", "Dritan", "Klodian", "Altin", "Ermal", "Fatmir", "Sokol",
              "Arjan", "Endrit", "Genci", "Bledar", "Luan"],
        "f": ["Elira", "Mirela", "Anila", "Blerta", "Ornela", "Xhensila", "Eda", "Jonida", "Valbona", "Drita", "Entela",
              "Klea", "Migena", "Rezarta", "Alketa", "Fjorela"],
        "last": ["Hoxha", "Shehu", "Krasniqi", "Gashi", "Leka", "Dervishi", "Çela", "Kola", "Basha", "Meta", "Duka",
                 "Prifti", "Muça", "Hysa", "Marku", "Berisha", "Lika", "Tafaj"],
        "street": ["Rruga Myslym Shyri", "Rruga e Durrësit", "Bulevardi Bajram Curri", "Rruga Sami Frashëri",
                   "Rruga e Kavajës", "Rruga Ismail Qemali", "Rruga Abdyl Frashëri", "Rruga Qemal Stafa",
                   "Rruga Pjetër Bogdani", "Rruga Dibrës"],
        "district": ["Blloku", "Njësia 2", "Njësia 5", "Kombinat", "Laprakë", "Ali Demi", "Don Bosko", "Selitë"],
        "city": ["Tiranë", "Durrës", "Vlorë", "Shkodër", "Elbasan", "Korçë", "Fier", "Berat"],
        "mail": ["gmail.com", "yahoo.com", "abcom.al", "hotmail.com", "live.com"],
    },
    "tz": {   # Tanzania
        "m": ["Juma", "Baraka", "Emmanuel", "Hamisi", "Godfrey", "Athumani", "Frank", "Salum", "Elia", "Daudi",
              "Rashidi", "Joseph", "Musa", "Hassani", "Erasto", "Peter"],
        "f": ["Neema", "Rehema", "Zawadi", "Mwanaisha", "Halima", "Upendo", "Agnes", "Tumaini", "Saida", "Grace",
              "Mwajuma", "Esther", "Happiness", "Faraja", "Zuhura", "Anna"],
        "last": ["Mwakyusa", "Kimaro", "Massawe", "Mrema", "Shirima", "Mushi", "Mollel", "Lyimo", "Mwakalinga",
                 "Nyirenda", "Salim", "Komba", "Mbwambo", "Kisanga", "Magesa", "Chuwa", "Temba", "Swai"],
        "street": ["Uhuru Street", "Msimbazi Street", "Morogoro Road", "Ali Hassan Mwinyi Road", "Nyerere Road",
                   "Bibi Titi Mohamed St.", "Kilwa Road", "Samora Avenue", "Mandela Road", "Sokoine Drive"],
        "district": ["Kariakoo", "Upanga", "Sinza", "Mbezi Beach", "Tabata", "Temeke", "Ubungo", "Kinondoni", "Ilala",
                     "Mikocheni"],
        "city": ["Dar es Salaam", "Dodoma", "Arusha", "Mwanza", "Morogoro", "Tanga", "Mbeya", "Moshi"],
        "mail": ["gmail.com", "yahoo.com", "hotmail.com", "ttcl.co.tz", "outlook.com"],
    },
    "do": {   # Dominican Republic
        "m": ["José Miguel", "Ramón", "Wander", "Franklin", "Yunior", "Rafael", "Héctor", "Manuel", "Luis Alberto",
              "Cristian", "Wilkin", "Pedro", "Nelson", "Eddy", "Félix", "Starlin"],
        "f": ["Yokasta", "Yanelis", "Altagracia", "Yudelka", "Rosanna", "Mildred", "Carolina", "Francisca", "Yesenia",
              "Dulce María", "Miledys", "Ana Julia", "Leidy", "Esmeralda", "Yamilet", "Marisol"],
        "last": ["Peralta", "De los Santos", "Rosario", "Almonte", "Tavárez", "Jiménez", "Reyes", "Féliz", "Mejía",
                 "Báez", "Santana", "Polanco", "Guzmán", "Encarnación", "Matos", "Cuevas", "Batista", "Paulino"],
        "street": ["Calle El Conde", "Av. Abraham Lincoln", "Av. 27 de Febrero", "Calle Duarte", "Av. Independencia",
                   "Calle Las Mercedes", "Av. San Vicente de Paúl", "Calle Restauración", "Av. Núñez de Cáceres",
                   "Calle Padre Billini"],
        "district": ["Zona Colonial", "Gazcue", "Naco", "Los Mina", "Villa Consuelo", "Ensanche Ozama", "Cristo Rey",
                     "Los Alcarrizos", "Villa Mella", "Bella Vista"],
        "city": ["Santo Domingo", "Santiago de los Caballeros", "San Cristóbal", "La Romana", "San Pedro de Macorís",
                 "Puerto Plata", "La Vega", "Higüey"],
        "mail": ["gmail.com", "hotmail.com", "yahoo.com", "claro.net.do", "outlook.com"],
    },
}

_ASCII = str.maketrans("áéíóúñÁÉÍÓÚÑçÇëËãâüÜ' ", "aeiounAEIOUNcCeEaauU._")


def ascii_slug(s: str) -> str:
    return s.translate(_ASCII).lower().replace("-", "").replace("__", "_")


# --- small value helpers -------------------------------------------------------------------------------------------
def digits(c: Ctx, n: int) -> str:
    return "".join(c.r.choice("0123456789") for _ in range(n))


def alnum(c: Ctx, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(c.r.choice(alphabet) for _ in range(n))


def hexs(c: Ctx, n: int) -> str:
    return "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def b64(c: Ctx, n: int) -> str:
    return base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(n))).decode()


def rbytes(c: Ctx, n: int) -> bytes:
    return bytes(c.r.getrandbits(8) for _ in range(n))


def uuid(c: Ctx) -> str:
    h = hexs(c, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def date(c: Ctx, y0: int = 2018, y1: int = 2025) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def ts(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.datetime:
    return dt.datetime.combine(date(c, y0, y1), dt.time(c.r.randrange(6, 23), c.r.randrange(60), c.r.randrange(60)))


def money(c: Ctx, lo: float, hi: float, places: int = 2) -> Decimal:
    return Decimal(str(round(c.r.uniform(lo, hi), places)))


def bcrypt(c: Ctx, cost: str = "10", v: str = "2y") -> str:
    return f"${v}${cost}$" + alnum(c, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def sha256(c: Ctx) -> str:
    return hashlib.sha256(rbytes(c, 16)).hexdigest()


def sha1(c: Ctx) -> str:
    return hashlib.sha1(rbytes(c, 16)).hexdigest()


def md5(c: Ctx) -> str:
    return hashlib.md5(rbytes(c, 16)).hexdigest()


def public_ip(c: Ctx, firsts: tuple[int, ...] = (41, 62, 102, 154, 156, 181, 186, 196, 197)) -> str:
    return f"{c.r.choice(firsts)}.{c.r.randrange(256)}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"


def card(c: Ctx) -> str:
    body = c.r.choice(["4", "51", "53", "55"]) + digits(c, 13)
    body = body[:15]
    return body + luhn.calc_check_digit(body)


def iban(cc: str, bban: str) -> str:
    return cc + std_iban.calc_check_digits(cc + "00" + bban) + bban


# --- generator builders --------------------------------------------------------------------------------------------
def seq(start: int = 0) -> Gen:
    return lambda c, i: start + i


def fk(n: int, step: int = 7, nullable_every: int = 0) -> Gen:
    """A parent id in 1..n derived from the row index (every `nullable_every`-th row None)."""
    def g(c: Ctx, i: int) -> int | None:
        if nullable_every and i % nullable_every == 0:
            return None
        return (i * step) % n + 1
    return g


def one(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def const(v: Any) -> Gen:
    return lambda c, i: v


def maybe(g: Gen, p: float = 0.7) -> Gen:
    return lambda c, i: g(c, i) if c.r.random() < p else None


def fmt(pattern: str, width: int = 0) -> Gen:
    return lambda c, i: pattern.format(i=i, z=str(i).zfill(width))


def dates(y0: int = 2018, y1: int = 2025) -> Gen:
    return lambda c, i: date(c, y0, y1)


def stamps(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: ts(c, y0, y1)


def amounts(lo: float, hi: float, places: int = 2) -> Gen:
    return lambda c, i: money(c, lo, hi, places)


def ints(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def yn(p: float = 0.5, yes: str = "Y", no: str = "N") -> Gen:
    return lambda c, i: yes if c.r.random() < p else no


def C(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    return Col(name, type_, label, gen, comment)


# --- persons, cached per (entity, row) -----------------------------------------------------------------------------
_CACHE: dict[str, Any] = {"r": None, "rows": {}}


def cached(c: Ctx, key: tuple, make: Callable[[Ctx], dict]) -> dict:
    if _CACHE["r"] is not c.r:
        _CACHE["r"], _CACHE["rows"] = c.r, {}
    if key not in _CACHE["rows"]:
        _CACHE["rows"][key] = make(c)
    return _CACHE["rows"][key]


def _mobile(c: Ctx, cc: str) -> tuple[str, str]:
    """(international mobile, landline) in the country's shapes."""
    if cc == "eg":
        return (f"+20 1{c.r.choice('0125')} {digits(c, 4)} {digits(c, 4)}",
                f"02 {c.r.choice('23')}{digits(c, 3)} {digits(c, 4)}")
    if cc == "py":
        return (f"+595 9{c.r.choice(['81', '82', '83', '71', '72', '61', '91'])} {digits(c, 3)} {digits(c, 3)}",
                f"(021) {digits(c, 3)} {digits(c, 3)}")
    if cc == "jo":
        return (f"+962 7{c.r.choice('789')} {digits(c, 3)} {digits(c, 4)}", f"06 {c.r.choice('45')}{digits(c, 2)} {digits(c, 4)}")
    if cc == "al":
        return (f"+355 6{c.r.choice('789')} {digits(c, 3)} {digits(c, 4)}", f"04 22{digits(c, 2)} {digits(c, 3)}")
    if cc == "tz":
        return (f"+255 7{c.r.choice('1456789')}{digits(c, 1)} {digits(c, 3)} {digits(c, 3)}",
                f"+255 22 2{digits(c, 2)} {digits(c, 4)}")
    return (f"({c.r.choice(['809', '829', '849'])}) {digits(c, 3)}-{digits(c, 4)}", f"809-{c.r.choice('56')}{digits(c, 2)}-{digits(c, 4)}")


def _natid(c: Ctx, cc: str, sex: str, birth: dt.date) -> str:
    y = birth.year
    if cc == "eg":    # century, YYMMDD, governorate, serial with sex digit, check digit
        serial = digits(c, 3) + c.r.choice("13579" if sex == "M" else "02468")
        return f"{2 if y < 2000 else 3}{birth:%y%m%d}{c.r.choice(['01', '02', '21', '12', '16', '25'])}{serial}{digits(c, 1)}"
    if cc == "py":    # cédula de identidad, dotted
        n = c.r.randrange(1_200_000, 6_900_000)
        return f"{n:,}".replace(",", ".")
    if cc == "jo":    # national number
        return f"{'9' if sex == 'M' else '2'}{y % 100:02d}{digits(c, 7)}"
    if cc == "al":    # numri personal: decade letter, year, month (+50 for women), day, serial, check letter
        decade = "GHIJK"[min(4, max(0, (y - 1950) // 10))]
        month = birth.month + (50 if sex == "F" else 0)
        return f"{decade}{y % 10}{month:02d}{birth.day:02d}{digits(c, 3)}{c.r.choice('ABCDEFGHIJKLMNOPQRSTUVW')}"
    if cc == "tz":    # NIDA
        return f"{birth:%Y%m%d}-{digits(c, 5)}-{digits(c, 5)}-{digits(c, 2)}"
    body = c.r.choice(["001", "402", "031", "223", "047"]) + digits(c, 7)   # Dominican cédula, Luhn check digit
    return f"{body[:3]}-{body[3:]}-{luhn.calc_check_digit(body)}"


def _address(c: Ctx, cc: str) -> dict[str, str]:
    p = POOLS[cc]
    street, district, city = c.r.choice(p["street"]), c.r.choice(p["district"]), c.r.choice(p["city"])
    n = c.r.randint(1, 240)
    if cc == "eg":
        line, postcode = f"{n} {street}, {district}", digits(c, 5)
    elif cc == "py":
        line, postcode = f"{street} {n * 7} c/ {c.r.choice(p['street'])}", f"{c.r.randint(1, 9)}{digits(c, 3)}"
    elif cc == "jo":
        line, postcode = f"Bldg {n}, {street}, {district}", f"11{c.r.randint(1, 9)}{digits(c, 2)}"
    elif cc == "al":
        line, postcode = f"{street}, Pall. {n}, Ap. {c.r.randint(1, 30)}", f"{c.r.choice('1234')}0{digits(c, 2)}"
    elif cc == "tz":
        line, postcode = f"Plot {n}, {street}, {district}", f"P.O. Box {c.r.randint(100, 35000)}"
    else:
        line, postcode = f"{street} #{n}, {district}", f"10{c.r.randint(1, 9)}{digits(c, 2)}"
    return {"line": line, "street": street, "house": str(n), "district": district, "city": city, "postcode": postcode,
            "full": f"{line}, {city} {postcode}" if cc != "tz" else f"{line}, {postcode}, {city}"}


def make_person(c: Ctx, cc: str, y0: int = 1945, y1: int = 2004) -> dict[str, Any]:
    p = POOLS[cc]
    sex = c.r.choice("MF")
    first = c.r.choice(p["m" if sex == "M" else "f"])
    last, last2 = c.r.choice(p["last"]), c.r.choice(p["last"])
    birth = date(c, y0, y1)
    mobile, landline = _mobile(c, cc)
    user = ascii_slug(f"{first.split()[0]}.{last}")
    email = f"{user}{c.r.choice(['', str(birth.year % 100), str(c.r.randint(1, 99))])}@{c.r.choice(p['mail'])}"
    person = {"sex": sex, "first": first, "last": last, "last2": last2, "full": f"{first} {last}",
              "birth": birth, "mobile": mobile, "phone": landline, "email": email, "user": user,
              "natid": _natid(c, cc, sex, birth), "ip": public_ip(c)}
    person.update({f"a_{k}": v for k, v in _address(c, cc).items()})
    return person


def person(cc: str, entity: str, field: str, y0: int = 1945, y1: int = 2004) -> Gen:
    """A generator of one field of the person of row i of `entity` (drawn once per row)."""
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, cc, y0, y1))[field]


def work_email(cc: str, entity: str, domain: str) -> Gen:
    def g(c: Ctx, i: int) -> str:
        p = cached(c, (entity, i), lambda cx: make_person(cx, cc))
        return f"{ascii_slug(p['first'].split()[0])[0]}.{ascii_slug(p['last'])}@{domain}"
    return g


def any_name(cc: str) -> Gen:
    """A person's full name not tied to any row (a relative, a contact person)."""
    def g(c: Ctx, i: int) -> str:
        p = POOLS[cc]
        return f"{c.r.choice(p['m'] + p['f'])} {c.r.choice(p['last'])}"
    return g


def any_mobile(cc: str) -> Gen:
    return lambda c, i: _mobile(c, cc)[0]


def any_address(cc: str, part: str = "full") -> Gen:
    return lambda c, i: _address(c, cc)[part]


def city(cc: str) -> Gen:
    return lambda c, i: c.r.choice(POOLS[cc]["city"])


def ruc(c: Ctx, cedula: str | None = None) -> str:
    """A Paraguayan RUC: a cédula number (the given one, or a new one) and its check digit."""
    n = cedula.replace(".", "") if cedula else str(c.r.randrange(800_000, 6_900_000))
    return f"{n}-{py_ruc.calc_check_digit(n)}"


def geo(lat: float, lon: float, spread: float = 0.15) -> Callable[[Ctx], tuple[Decimal, Decimal]]:
    return lambda c: (Decimal(str(round(lat + c.r.uniform(-spread, spread), 6))),
                      Decimal(str(round(lon + c.r.uniform(-spread, spread), 6))))


def fkey(schema: str, table: str, col: str, parent: str, pcol: str) -> str:
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{parent}" ("{pcol}")')
