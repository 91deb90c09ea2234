"""Hand-written value pools and helpers for the fifteenth blind corpus part (schemas r_*).

Names, streets, towns, postcodes and phone shapes are typed by hand per country; python-stdnum only computes check
digits. Everything random is drawn from the corpus RNG `c.r`; ids that foreign keys point at are derived from the row
index. `Rec` draws the values that must agree within one row once per row.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import string
import unicodedata
from typing import Any, Callable

from stdnum import luhn
from stdnum.iso7064 import mod_11_2
from stdnum.pt import cc as pt_cc
from stdnum.pt import nif as pt_nif

Gen = Callable[[Any, int], Any]
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B64 = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


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


# ---------------------------------------------------------------- small generators

def idx(c: Any, i: int) -> int:
    return i


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def const(value: Any) -> Gen:
    return lambda c, i: value


def ref(n: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if p_null and c.r.random() < p_null else c.r.randint(1, n)


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def num(a: float, b: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(a, b), nd)


def rint(a: int, b: int) -> Gen:
    return lambda c, i: c.r.randint(a, b)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def bit(p: float = 0.5) -> Gen:
    return lambda c, i: 1 if c.r.random() < p else 0


def day(c: Any, y0: int, y1: int) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def moment(c: Any, y0: int, y1: int) -> dt.datetime:
    d = day(c, y0, y1)
    return dt.datetime(d.year, d.month, d.day, c.r.randint(7, 22), c.r.randint(0, 59), c.r.randint(0, 59))


def dates(y0: int, y1: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if p_null and c.r.random() < p_null else day(c, y0, y1)


def stamps(y0: int, y1: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if p_null and c.r.random() < p_null else moment(c, y0, y1)


def hexs(c: Any, n: int) -> str:
    return "".join(c.r.choice(HEX) for _ in range(n))


def alnum(c: Any, n: int) -> str:
    return "".join(c.r.choice(ALNUM) for _ in range(n))


def hexgen(n: int) -> Gen:
    return lambda c, i: hexs(c, n)


def uid(tag: str, i: int) -> str:
    """A stable 32-hex id for row i of a table, so that foreign keys can point at it."""
    return hashlib.md5(f"{tag}:{i}".encode()).hexdigest()


def uref(tag: str, n: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if p_null and c.r.random() < p_null else uid(tag, c.r.randint(1, n))


def bcrypt(c: Any, prefix: str = "$2y$10$") -> str:
    return prefix + "".join(c.r.choice(B64) for _ in range(53))


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-_")).lower()


def mail(c: Any, first: str, last: str, domains: tuple[str, ...]) -> str:
    f, la = fold(first.split()[0]), fold(last.split()[-1])
    shape = c.r.randint(0, 4)
    local = (f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{c.r.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}")[shape]
    return f"{local}@{c.r.choice(domains)}"


def card(c: Any, prefix: str, length: int = 16) -> str:
    body = prefix + "".join(c.r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def digits(c: Any, n: int, first: str = "123456789") -> str:
    return c.r.choice(first) + "".join(c.r.choice(string.digits) for _ in range(n - 1))


def orcid(c: Any) -> str:
    base = "0000000" + c.r.choice("1223") + "".join(c.r.choice(string.digits) for _ in range(7))
    d = base + mod_11_2.calc_check_digit(base)
    return "-".join(d[k:k + 4] for k in range(0, 16, 4))


def aba_routing(c: Any) -> str:
    body = c.r.choice(("0", "1", "2", "3")) + "".join(c.r.choice(string.digits) for _ in range(7))
    w = (3, 7, 1, 3, 7, 1, 3, 7)
    return body + str((10 - sum(int(d) * k for d, k in zip(body, w)) % 10) % 10)


def ipv4_private(c: Any) -> str:
    return f"10.{c.r.randint(16, 40)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"


def ipv4_public(c: Any, firsts: tuple[int, ...]) -> str:
    return f"{c.r.choice(firsts)}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def mac(c: Any, sep: str = ":") -> str:
    return sep.join(hexs(c, 2).upper() for _ in range(6))


# ---------------------------------------------------------------- Austria (Vienna coffee roaster on Shopware)

AT_FIRST_F = ("Anna", "Sophie", "Lena", "Katharina", "Magdalena", "Theresa", "Julia", "Hannah", "Marie", "Valentina",
              "Elisabeth", "Johanna", "Christina", "Verena", "Barbara", "Sabine", "Andrea", "Ursula", "Birgit", "Petra",
              "Lea", "Emilia", "Laura", "Stefanie", "Michaela", "Ines", "Helene", "Agnes")
AT_FIRST_M = ("Lukas", "Maximilian", "Jakob", "Florian", "David", "Tobias", "Elias", "Paul", "Felix", "Alexander",
              "Stefan", "Thomas", "Michael", "Wolfgang", "Andreas", "Christoph", "Georg", "Johannes", "Markus",
              "Bernhard", "Matthias", "Philipp", "Clemens", "Leopold", "Valentin", "Dominik", "Manfred", "Gerhard")
AT_LAST = ("Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner",
           "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Schneider",
           "Reiter", "Mayr", "Wimmer", "Egger", "Brunner", "Lang", "Baumgartner", "Auer", "Binder", "Lechner",
           "Wallner", "Aigner", "Ebner", "Koller", "Lehner", "Haas", "Schuster", "Hödl", "Pöll", "Kowalski",
           "Novak", "Horvath", "Yılmaz", "Nguyen", "Szabó", "Jovanović", "Grünwald", "Kreuzer", "Strobl")
AT_STREETS = {
    ("1070", "Wien"): ("Neubaugasse", "Zieglergasse", "Kaiserstraße", "Westbahnstraße", "Burggasse"),
    ("1160", "Wien"): ("Ottakringer Straße", "Thaliastraße", "Brunnengasse", "Koppstraße", "Yppenplatz"),
    ("1020", "Wien"): ("Praterstraße", "Taborstraße", "Große Sperlgasse", "Karmelitergasse", "Lassallestraße"),
    ("1180", "Wien"): ("Währinger Straße", "Gentzgasse", "Kutschkergasse", "Schopenhauerstraße"),
    ("1100", "Wien"): ("Favoritenstraße", "Quellenstraße", "Laxenburger Straße", "Gudrunstraße"),
    ("1210", "Wien"): ("Brünner Straße", "Prager Straße", "Schloßhofer Straße", "Leopoldauer Straße"),
    ("8010", "Graz"): ("Sackstraße", "Leonhardstraße", "Elisabethstraße", "Glacisstraße", "Schillerstraße"),
    ("4020", "Linz"): ("Landstraße", "Herrenstraße", "Bethlehemstraße", "Lederergasse"),
    ("5020", "Salzburg"): ("Linzer Gasse", "Getreidegasse", "Ignaz-Harrer-Straße", "Nonntaler Hauptstraße"),
    ("6020", "Innsbruck"): ("Maria-Theresien-Straße", "Museumstraße", "Anichstraße", "Höttinger Au"),
    ("3100", "St. Pölten"): ("Kremser Gasse", "Wiener Straße", "Linzer Straße"),
    ("9020", "Klagenfurt am Wörthersee"): ("Bahnhofstraße", "Villacher Straße", "St. Veiter Ring"),
}
AT_MAIL = ("gmx.at", "gmail.com", "aon.at", "chello.at", "a1.net", "outlook.com", "icloud.com", "yahoo.de", "gmx.net")
AT_COMPANIES = ("Café Nepomuk KG", "Büro Steiner & Partner OG", "Kanzlei Dr. Haas", "Hotel Goldener Hirsch GmbH",
                "Bäckerei Ströck", "Coworking Spittelberg GmbH", "Architekturbüro Lang ZT GmbH", "Zahnarztpraxis Mayr")


def at_phone(c: Any) -> str:
    mob = c.r.choice(("664", "650", "676", "699", "660", "681"))
    return c.r.choice((f"+43 {mob} {digits(c, 7)}", f"0{mob} {digits(c, 3)} {digits(c, 4, string.digits)}",
                       f"+43{mob}{digits(c, 7)}", f"01 {digits(c, 3)} {digits(c, 2, string.digits)} "
                                                 f"{digits(c, 2, string.digits)}"))


def at_person(c: Any, i: int) -> dict:
    sex = c.r.choice("fm")
    first = c.r.choice(AT_FIRST_F if sex == "f" else AT_FIRST_M)
    last = c.r.choice(AT_LAST)
    if c.r.random() < 0.06:
        last = f"{last}-{c.r.choice(AT_LAST)}"
    (plz, town), streets = c.r.choice(list(AT_STREETS.items()))
    no = str(c.r.randint(1, 140))
    street = f"{c.r.choice(streets)} {no}" + (f"/{c.r.randint(1, 9)}/{c.r.randint(1, 24)}" if c.r.random() < 0.6
                                              else "")
    return {"sex": sex, "first": first, "last": last, "plz": plz, "town": town, "street": street,
            "email": mail(c, first, last, AT_MAIL), "phone": at_phone(c), "birth": day(c, 1948, 2004),
            "title": c.r.choice(("", "", "", "", "Mag.", "Dr.", "DI", "MSc", "BSc")),
            "company": c.r.choice(AT_COMPANIES) if c.r.random() < 0.12 else None}


# ---------------------------------------------------------------- Ukraine (university journals on OJS)

UA_FIRST = (("Олена", "Olena", "f"), ("Оксана", "Oksana", "f"), ("Наталія", "Nataliia", "f"), ("Ірина", "Iryna", "f"),
            ("Тетяна", "Tetiana", "f"), ("Світлана", "Svitlana", "f"), ("Юлія", "Yuliia", "f"),
            ("Катерина", "Kateryna", "f"), ("Галина", "Halyna", "f"), ("Людмила", "Liudmyla", "f"),
            ("Вікторія", "Viktoriia", "f"), ("Марина", "Maryna", "f"), ("Андрій", "Andrii", "m"),
            ("Олександр", "Oleksandr", "m"), ("Сергій", "Serhii", "m"), ("Володимир", "Volodymyr", "m"),
            ("Микола", "Mykola", "m"), ("Дмитро", "Dmytro", "m"), ("Юрій", "Yurii", "m"), ("Василь", "Vasyl", "m"),
            ("Богдан", "Bohdan", "m"), ("Тарас", "Taras", "m"), ("Ігор", "Ihor", "m"), ("Олег", "Oleh", "m"),
            ("Максим", "Maksym", "m"), ("Петро", "Petro", "m"))
UA_LAST = (("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"), ("Бондаренко", "Bondarenko"),
           ("Ткаченко", "Tkachenko"), ("Кравченко", "Kravchenko"), ("Олійник", "Oliinyk"), ("Мельник", "Melnyk"),
           ("Поліщук", "Polishchuk"), ("Бойко", "Boiko"), ("Лисенко", "Lysenko"), ("Савченко", "Savchenko"),
           ("Руденко", "Rudenko"), ("Марченко", "Marchenko"), ("Гончаренко", "Honcharenko"),
           ("Мороз", "Moroz"), ("Петренко", "Petrenko"), ("Ковальчук", "Kovalchuk"), ("Гнатюк", "Hnatiuk"),
           ("Литвиненко", "Lytvynenko"), ("Захарчук", "Zakharchuk"), ("Сидоренко", "Sydorenko"),
           ("Дорошенко", "Doroshenko"), ("Яковенко", "Yakovenko"), ("Стасюк", "Stasiuk"), ("Пономар", "Ponomar"),
           ("Костенко", "Kostenko"), ("Фещенко", "Feshchenko"), ("Гриценко", "Hrytsenko"))
UA_PATRON_M = ("Іванович", "Петрович", "Миколайович", "Васильович", "Олександрович", "Володимирович")
UA_PATRON_F = ("Іванівна", "Петрівна", "Миколаївна", "Василівна", "Олександрівна", "Володимирівна")
UA_AFFIL = (("Київський національний університет імені Тараса Шевченка",
             "Taras Shevchenko National University of Kyiv"),
            ("Національний університет «Києво-Могилянська академія»", "National University of Kyiv-Mohyla Academy"),
            ("Львівський національний університет імені Івана Франка", "Ivan Franko National University of Lviv"),
            ("Харківський національний університет імені В. Н. Каразіна", "V. N. Karazin Kharkiv National University"),
            ("Інститут історії України НАН України", "Institute of History of Ukraine, NAS of Ukraine"),
            ("Одеський національний університет імені І. І. Мечникова", "Odesa I. I. Mechnikov National University"),
            ("Чернівецький національний університет імені Юрія Федьковича",
             "Yuriy Fedkovych Chernivtsi National University"))
UA_ADDR = (("вул. Володимирська", "Київ", "01033"), ("просп. Перемоги", "Київ", "03056"),
           ("вул. Саксаганського", "Київ", "01032"), ("вул. Григорія Сковороди", "Київ", "04070"),
           ("вул. Університетська", "Львів", "79000"), ("вул. Дорошенка", "Львів", "79000"),
           ("вул. Сумська", "Харків", "61002"), ("вул. Дерибасівська", "Одеса", "65026"),
           ("вул. Коцюбинського", "Чернівці", "58012"), ("просп. Науки", "Харків", "61166"))
UA_MAIL = ("ukr.net", "gmail.com", "knu.ua", "ukma.edu.ua", "lnu.edu.ua", "karazin.ua", "i.ua", "meta.ua")


def ua_person(c: Any, i: int) -> dict:
    uk, en, sex = c.r.choice(UA_FIRST)
    luk, len_ = c.r.choice(UA_LAST)
    patr = c.r.choice(UA_PATRON_F if sex == "f" else UA_PATRON_M)
    street, town, idx_ = c.r.choice(UA_ADDR)
    affil = c.r.choice(UA_AFFIL)
    return {"uk": uk, "en": en, "luk": luk, "len": len_, "patr": patr, "sex": sex,
            "email": mail(c, en, len_, UA_MAIL), "username": f"{fold(en)[:1]}{fold(len_)}{c.r.randint(1, 99)}",
            "phone": c.r.choice((f"+380 {c.r.choice(('50', '67', '63', '97', '93', '66'))} {digits(c, 3)} "
                                 f"{digits(c, 2, string.digits)} {digits(c, 2, string.digits)}",
                                 f"0{c.r.choice(('50', '67', '97'))}{digits(c, 7)}")),
            "addr": f"{street}, {c.r.randint(1, 90)}, кв. {c.r.randint(1, 140)}, {town}, {idx_}",
            "affil_uk": affil[0], "affil_en": affil[1], "orcid": orcid(c)}


# ---------------------------------------------------------------- Portugal (Porto addiction treatment team)

PT_FIRST_F = ("Maria", "Ana", "Joana", "Catarina", "Sofia", "Inês", "Beatriz", "Mariana", "Rita", "Sara", "Patrícia",
              "Cláudia", "Sandra", "Carla", "Susana", "Fernanda", "Conceição", "Rosa", "Teresa", "Vânia", "Filipa")
PT_FIRST_M = ("João", "José", "António", "Manuel", "Francisco", "Rui", "Pedro", "Paulo", "Nuno", "Tiago", "Ricardo",
              "Miguel", "Carlos", "Jorge", "Luís", "Sérgio", "Hugo", "Bruno", "Fábio", "Vítor", "Joaquim", "Daniel")
PT_LAST = ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
           "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
           "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha",
           "Neves", "Coelho", "Cunha", "Magalhães", "Azevedo", "Barbosa", "Queirós", "Meireles", "Brandão")
PT_ADDR = (("Rua de Santa Catarina", "4000-447", "Porto", "Porto"), ("Rua do Bonfim", "4300-069", "Porto", "Porto"),
           ("Rua de Costa Cabral", "4200-211", "Porto", "Porto"), ("Rua Anselmo Braancamp", "4000-078", "Porto",
                                                                     "Porto"),
           ("Travessa de Cedofeita", "4050-183", "Porto", "Porto"), ("Rua do Heroísmo", "4300-259", "Porto", "Porto"),
           ("Bairro do Aleixo, Bloco 3", "4150-031", "Porto", "Porto"), ("Rua Direita", "4435-292", "Rio Tinto",
                                                                         "Gondomar"),
           ("Avenida da República", "4430-190", "Vila Nova de Gaia", "Vila Nova de Gaia"),
           ("Rua Soares dos Reis", "4400-315", "Vila Nova de Gaia", "Vila Nova de Gaia"),
           ("Rua Brito Capelo", "4450-068", "Matosinhos", "Matosinhos"), ("Rua de Cabanas", "4465-009",
                                                                         "São Mamede de Infesta", "Matosinhos"),
           ("Rua Dom Afonso Henriques", "4425-057", "Águas Santas", "Maia"), ("Largo do Souto", "4420-001",
                                                                              "Gondomar", "Gondomar"))
PT_MAIL = ("gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "iol.pt", "netcabo.pt")


def pt_nif_value(c: Any, first: str = "12") -> str:
    body = c.r.choice(first) + "".join(c.r.choice(string.digits) for _ in range(7))
    return body + pt_nif.calc_check_digit(body)


def pt_cc_value(c: Any) -> str:
    num8 = "".join(c.r.choice(string.digits) for _ in range(8))
    s = sum(int(d) * (9 - k) for k, d in enumerate(num8)) % 11
    chk = str((11 - s) % 11 % 10)
    base = num8 + chk + c.r.choice(string.ascii_uppercase) + c.r.choice("ZZZZVXWY")
    full = base + pt_cc.calc_check_digit(base)
    return f"{full[:8]} {full[8]} {full[9:]}"


def pt_phone(c: Any) -> str:
    return c.r.choice((f"9{c.r.choice('1236')}{digits(c, 7, string.digits)}",
                       f"9{c.r.choice('1236')}{digits(c, 1, string.digits)} {digits(c, 3)} {digits(c, 3)}",
                       f"+351 9{c.r.choice('1236')}{digits(c, 1, string.digits)} {digits(c, 3)} {digits(c, 3)}"))


def pt_person(c: Any, i: int) -> dict:
    sex = c.r.choice("MMMF")
    first = c.r.choice(PT_FIRST_F if sex == "F" else PT_FIRST_M)
    if c.r.random() < 0.4:
        first = f"{first} {c.r.choice(PT_FIRST_F if sex == 'F' else PT_FIRST_M)}"
    last = " ".join(c.r.sample(PT_LAST, c.r.choice((2, 2, 3))))
    street, cp, town, concelho = c.r.choice(PT_ADDR)
    return {"sex": sex, "first": first, "last": last, "cp": cp, "town": town, "concelho": concelho,
            "street": f"{street}, {c.r.randint(1, 900)}" + c.r.choice(("", "", ", 2.º Esq.", ", R/C Dto.",
                                                                      ", 3.º Frt.", ", casa 4")),
            "phone": pt_phone(c), "email": mail(c, first, last, PT_MAIL), "birth": day(c, 1962, 2003),
            "nif": pt_nif_value(c), "sns": digits(c, 9), "cc": pt_cc_value(c)}
