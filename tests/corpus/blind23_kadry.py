"""f_kadry: the in-house personnel (кадры) database of a Kazakh grain-elevator company in Kostanay and Akmola,
with transliterated Russian column names (familiya, imya, otchestvo...)."""
from __future__ import annotations

import random

from .blind23_gens import (alnum, amount, card, col, day, digits, dob, django_pbkdf2, field, fk, iban, ident,
                           per_row, pick, public_ip, ref, when)
from .gens import Table

S = "f_kadry"
N_DEP, N_DOL, N_EMP = 15, 25, 120

KAZ_M = ["Айдос", "Ерлан", "Нурлан", "Данияр", "Асхат", "Бауыржан", "Ержан", "Серик", "Марат", "Тимур"]
KAZ_F = ["Айгерим", "Динара", "Гульнара", "Жанар", "Салтанат", "Асель", "Мадина", "Айжан", "Карлыгаш"]
RUS_M = ["Сергей", "Андрей", "Дмитрий", "Виктор", "Александр", "Евгений"]
RUS_F = ["Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Светлана"]
KAZ_SUR = ["Ахметов", "Сулейменов", "Жаксылыков", "Нурланов", "Абдрахманов", "Касымов", "Тулегенов", "Оспанов",
           "Бекмуханов", "Искаков", "Мукашев"]
RUS_SUR = ["Иванов", "Петров", "Кузнецов", "Волков", "Соколов"]
OTHER = [("Ким", "кореец"), ("Шмидт", "немец"), ("Юсупов", "уйгур"), ("Хабибуллин", "татарин"),
         ("Бондаренко", "украинец"), ("Рахимов", "узбек")]
FATHERS = ["Серик", "Болат", "Кайрат", "Нурлан", "Ерлан", "Марат", "Виктор", "Сергей", "Николай", "Амангельды"]
TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "a", "g", "k", "n", "o", "u",
               "u", "h", "i"]))
CITIES = ["г. Костанай", "г. Рудный", "г. Кокшетау", "г. Астана", "с. Затобольск", "г. Петропавловск",
          "г. Лисаковск"]
STREETS = ["ул. Абая", "ул. Байтурсынова", "пр. Аль-Фараби", "ул. Гоголя", "ул. Тарана", "мкр. 9",
           "ул. Майлина", "ул. Кенесары", "пр. Республики"]


def translit(s: str) -> str:
    out = "".join(TR.get(ch.lower(), ch) for ch in s)
    return out[:1].upper() + out[1:]


def iin(r: random.Random, born, male: bool) -> str:
    """Kazakh IIN: YYMMDD, century/sex digit, four serial digits, check digit."""
    while True:
        cent = (3 if male else 4) if born.year < 2000 else (5 if male else 6)
        body = f"{born:%y%m%d}{cent}{digits(r, 4)}"
        d = [int(x) for x in body]
        k = sum(w * x for w, x in zip(range(1, 12), d)) % 11
        if k == 10:
            k = sum(w * x for w, x in zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], d)) % 11
        if k != 10:
            return body + str(k)


def _fem(sur: str) -> str:
    return sur + "а" if sur.endswith(("ов", "ев", "ин")) else sur


def _person(r: random.Random, i: int) -> dict:
    male = r.random() < 0.55
    kind = r.random()
    if kind < 0.6:
        first, sur, nat = r.choice(KAZ_M if male else KAZ_F), r.choice(KAZ_SUR), "казах"
    elif kind < 0.85:
        first, sur, nat = r.choice(RUS_M if male else RUS_F), r.choice(RUS_SUR), "русский"
    else:
        sur, nat = r.choice(OTHER)
        first = r.choice(RUS_M if male else RUS_F)
    sur = sur if male else _fem(sur)
    father = r.choice(FATHERS)
    if nat == "казах" and r.random() < 0.3:
        patr = father + ("ұлы" if male else "қызы")
    else:
        patr = father + ("ович" if male else "овна")
    born = dob(r, 1962, 2003)
    city = r.choice(CITIES)
    addr = f"{city}, {r.choice(STREETS)}, д. {r.randint(1, 120)}" + (f", кв. {r.randint(1, 90)}"
                                                                   if r.random() < 0.7 else "")
    return {"first": first, "sur": sur, "patr": patr, "nat": nat, "male": male, "born": born,
            "iin": iin(r, born, male), "addr": addr, "addr2": addr if r.random() < 0.6 else
            f"{city}, {r.choice(STREETS)}, д. {r.randint(1, 120)}",
            "phone": f"+7 7{r.choice(['01', '05', '07', '47', '77', '75'])} {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
            "mail": f"{translit(first).lower()}.{translit(sur).lower()}{r.randint(1, 99)}@"
                    f"{r.choice(['mail.ru', 'gmail.com', 'inbox.kz', 'yandex.kz'])}"}


E = per_row("kadry.sotrudniki", _person)
R = per_row("kadry.rodstvenniki", _person)


def _fio(p: dict) -> str:
    return f"{p['sur']} {p['first']} {p['patr']}"


def _kz_iban(r: random.Random) -> str:
    return iban("KZ", r.choice(["601", "722", "996", "998", "914"]) + alnum(r, 13, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"))


def kadry_tables() -> list[Table]:
    deps = ["Элеватор Затобольск", "Элеватор Рудный", "Лаборатория качества зерна", "Бухгалтерия",
            "Отдел кадров", "Служба охраны труда", "Автотранспортный цех", "Склад ГСМ", "Приёмка зерна",
            "Сушильный комплекс", "Отдел продаж", "ИТ-отдел", "Элеватор Кокшетау", "Ремонтный цех", "Руководство"]
    podr = Table(S, "podrazdeleniya", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("kod", "varchar(10)", "none", lambda c, i: f"{i:03d}"),
        col("naimenovanie", "varchar(120)", "none", lambda c, i: deps[i - 1]),
        col("rukovoditel_fio", "varchar(150)", "person_name", lambda c, i: _fio(E(c, i))),
        col("adres", "varchar(200)", "none", lambda c, i: f"{c.r.choice(CITIES)}, промзона, участок {i}"),
        col("telefon", "varchar(20)", "none", lambda c, i: f"8 (7142) {digits(c.r, 2)}-{digits(c.r, 2)}-{digits(c.r, 2)}"),
        col("oblast", "varchar(60)", "none", pick("Костанайская", "Акмолинская", "Северо-Казахстанская")),
    ], rows=N_DEP)
    titles = ["Директор", "Главный бухгалтер", "Бухгалтер", "Лаборант", "Старший лаборант", "Водитель категории C",
              "Машинист зерносушилки", "Весовщик", "Охранник", "Инспектор по кадрам", "Электрогазосварщик",
              "Слесарь-ремонтник", "Инженер по ТБ", "Менеджер по продажам", "Программист 1С", "Кладовщик",
              "Оператор элеватора", "Тракторист", "Уборщица", "Механик", "Экономист", "Юрист", "Диспетчер",
              "Начальник элеватора", "Грузчик"]
    dol = Table(S, "dolzhnosti", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("naimenovanie", "varchar(120)", "none", lambda c, i: titles[i - 1]),
        col("razryad", "integer", "none", lambda c, i: c.r.randint(1, 6)),
        col("oklad_kzt", "numeric(12,2)", "none", lambda c, i: c.r.randrange(180000, 900000, 5000)),
        col("vrednost", "varchar(20)", "none", pick("нет", "нет", "класс 3.1", "класс 3.2")),
        col("kategoriya", "varchar(30)", "none", pick("рабочие", "специалисты", "руководители")),
    ], rows=N_DOL)
    emp = Table(S, "sotrudniki", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("tabelnyi_nomer", "varchar(10)", "none", lambda c, i: f"{i + 1000:06d}"),
        col("iin", "char(12)", "national_id", field(E, "iin")),
        col("familiya", "varchar(60)", "person_name", field(E, "sur")),
        col("imya", "varchar(60)", "person_name", field(E, "first")),
        col("otchestvo", "varchar(60)", "person_name", field(E, "patr")),
        col("fio_lat", "varchar(120)", "person_name", lambda c, i: f"{translit(E(c, i)['sur']).upper()} "
            f"{translit(E(c, i)['first']).upper()}", comment="как в удостоверении"),
        col("data_rozhdeniya", "date", "birth_date", field(E, "born")),
        col("pol", "char(1)", "none", lambda c, i: "М" if E(c, i)["male"] else "Ж"),
        col("natsionalnost", "varchar(30)", "ethnic_origin", field(E, "nat")),
        col("grazhdanstvo", "varchar(30)", "none", pick("Казахстан", "Казахстан", "Казахстан", "Россия")),
        col("semeinoe_polozhenie", "varchar(30)", "none", pick("женат/замужем", "холост/не замужем",
                                                                "разведён(а)", "вдовец/вдова")),
        col("adres_registratsii", "varchar(200)", "postal_address", field(E, "addr")),
        col("adres_fakt", "varchar(200)", "postal_address", field(E, "addr2")),
        col("telefon_mob", "varchar(20)", "phone", field(E, "phone")),
        col("email_lichnyi", "varchar(80)", "email", field(E, "mail")),
        col("udostoverenie_nomer", "char(9)", "national_id", lambda c, i: "0" + digits(c.r, 8)),
        col("udostoverenie_vydano", "varchar(40)", "none", pick("МВД РК", "МЮ РК")),
        col("podrazdelenie_id", "integer", "none", ref(N_DEP)),
        col("dolzhnost_id", "integer", "none", ref(N_DOL)),
        col("data_priema", "date", "none", lambda c, i: day(c.r, 2008, 2025)),
        col("data_uvolneniya", "date", "none", lambda c, i: None if c.r.random() < 0.85 else day(c.r, 2023, 2025)),
        col("invalidnost_gruppa", "varchar(20)", "health", lambda c, i: c.r.choice([None] * 8 + ["III группа",
                                                                                                "II группа"])),
        col("voinskiy_uchet", "varchar(40)", "none", lambda c, i: ("военнообязанный" if c.r.random() < 0.7
                                                                  else "снят с учёта") if E(c, i)["male"] else
            "не военнообязанная"),
        col("sudimost", "varchar(120)", "criminal_record", pick("отсутствует", "отсутствует", "отсутствует",
                                                                "ст. 188 ч.2 УК РК, погашена 2016",
                                                                "ст. 345 УК РК (ДТП), условно",
                                                                "справка не предоставлена")),
        col("chlen_profsoyuza", "boolean", "trade_union", pick(True, True, False)),
    ], rows=N_EMP, extra=[fk(S, "sotrudniki", "podrazdelenie_id", "podrazdeleniya"),
                          fk(S, "sotrudniki", "dolzhnost_id", "dolzhnosti")])
    rod = Table(S, "rodstvenniki", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("sotrudnik_id", "integer", "none", ref(N_EMP)),
        col("stepen_rodstva", "varchar(20)", "none", pick("супруг(а)", "сын", "дочь", "мать", "отец")),
        col("fio", "varchar(150)", "person_name", lambda c, i: _fio(R(c, i))),
        col("data_rozhdeniya", "date", "birth_date", field(R, "born")),
        col("telefon", "varchar(20)", "phone", lambda c, i: R(c, i)["phone"] if c.r.random() < 0.7 else None),
        col("mesto_raboty", "varchar(120)", "none", pick("", "школа-гимназия №3", "ТОО «Агроцентр»", "пенсионер(ка)",
                                                         "АО «ССГПО»", "студент КРУ")),
        col("iin", "char(12)", "national_id", field(R, "iin")),
    ], rows=150, extra=[fk(S, "rodstvenniki", "sotrudnik_id", "sotrudniki")])
    otp = Table(S, "otpuska", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("sotrudnik_id", "integer", "none", ref(N_EMP)),
        col("vid_otpuska", "varchar(40)", "none", pick("ежегодный оплачиваемый", "ежегодный оплачиваемый",
                                                       "без сохранения з/п", "учебный", "по беременности и родам")),
        col("data_nachala", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("data_okonchaniya", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("dney", "integer", "none", lambda c, i: c.r.choice([7, 14, 24, 30, 126])),
        col("prikaz_nomer", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1, 400)}-О"),
        col("soglasoval", "varchar(150)", "person_name", lambda c, i: _fio(E(c, c.r.randint(1, N_DEP)))),
    ], rows=130, extra=[fk(S, "otpuska", "sotrudnik_id", "sotrudniki")])
    mkb = [("J06.9", "ОРВИ"), ("J18.9", "Пневмония неуточнённая"), ("M54.5", "Люмбаго"), ("I10", "Гипертензия"),
           ("S82.6", "Перелом наружной лодыжки"), ("K29.7", "Гастрит"), ("U07.1", "COVID-19"),
           ("O80", "Роды"), ("F32.1", "Депрессивный эпизод средней тяжести"), ("E11.9", "Сахарный диабет 2 типа")]
    bol = Table(S, "bolnichnye", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("sotrudnik_id", "integer", "none", ref(N_EMP)),
        col("list_nomer", "varchar(20)", "none", lambda c, i: f"ЛН{digits(c.r, 9)}"),
        col("data_otkrytiya", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("data_zakrytiya", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("kod_mkb", "varchar(8)", "health", lambda c, i: mkb[(i * 7) % len(mkb)][0]),
        col("diagnoz", "varchar(120)", "health", lambda c, i: mkb[(i * 7) % len(mkb)][1]),
        col("lpu", "varchar(120)", "none", pick("Поликлиника №1 г. Костанай", "Городская больница г. Рудный",
                                                "Медцентр «Сункар»", "ЦРБ Костанайского района")),
        col("vrach_fio", "varchar(150)", "person_name", lambda c, i: _fio(R(c, c.r.randint(1, 150)))),
        col("summa_posobiya", "numeric(12,2)", "none", lambda c, i: amount(c.r, 15000, 250000)),
        col("kommentariy", "varchar(200)", "health", pick("", "", "травма на производстве, акт Н-1 №12",
                                                          "продлён ВКК", "госпитализация", "уход за ребёнком")),
    ], rows=100, extra=[fk(S, "bolnichnye", "sotrudnik_id", "sotrudniki")])
    sch = Table(S, "zarplata_scheta", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("sotrudnik_id", "integer", "none", lambda c, i: i),
        col("bank", "varchar(60)", "none", pick("АО «Halyk Bank»", "АО «Kaspi Bank»", "АО «ForteBank»",
                                                "АО «Jusan Bank»")),
        col("bik", "varchar(11)", "none", pick("HSBKKZKX", "CASPKZKA", "IRTYKZKA", "TSESKZKA")),
        col("iban", "char(20)", "iban", lambda c, i: _kz_iban(c.r)),
        col("karta_nomer", "varchar(19)", "payment_card", lambda c, i: card(c.r, c.r.choice(["440043", "440563",
                                                                                             "5169497"]))),
        col("valyuta", "char(3)", "none", pick("KZT")),
        col("osnovnoi", "boolean", "none", pick(True, True, False)),
    ], rows=N_EMP, extra=[fk(S, "zarplata_scheta", "sotrudnik_id", "sotrudniki")])
    ud = Table(S, "uderzhaniya", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("sotrudnik_id", "integer", "none", ref(N_EMP)),
        col("period", "char(7)", "none", lambda c, i: f"2025-{c.r.randint(1, 9):02d}"),
        col("ipn", "numeric(12,2)", "none", lambda c, i: amount(c.r, 15000, 90000)),
        col("opv", "numeric(12,2)", "none", lambda c, i: amount(c.r, 18000, 95000)),
        col("vosms", "numeric(12,2)", "none", lambda c, i: amount(c.r, 3600, 19000)),
        col("profvznos", "numeric(10,2)", "trade_union", lambda c, i: c.r.choice([0, amount(c.r, 1800, 9000)]),
            comment="1% в ППО отраслевого профсоюза"),
        col("alimenty", "numeric(12,2)", "none", lambda c, i: c.r.choice([0, 0, 0, amount(c.r, 40000, 120000)])),
        col("alimenty_poluchatel", "varchar(150)", "person_name", lambda c, i: None if c.r.random() < 0.75
            else _fio(R(c, c.r.randint(1, 150)))),
        col("ispolnit_list", "varchar(40)", "none", lambda c, i: None if c.r.random() < 0.8
            else f"ИЛ №2-{c.r.randint(100, 9999)}/{c.r.randint(2019, 2024)}"),
    ], rows=150, extra=[fk(S, "uderzhaniya", "sotrudnik_id", "sotrudniki")])
    pol = Table(S, "polzovateli", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("login", "varchar(40)", "none", lambda c, i: f"{translit(E(c, i)['first'])[0].lower()}."
            f"{translit(E(c, i)['sur']).lower()}"),
        col("parol_hash", "varchar(128)", "credentials", lambda c, i: django_pbkdf2(c.r, 600000)),
        col("sotrudnik_id", "integer", "none", ident),
        col("rol", "varchar(20)", "none", pick("kadrovik", "buhgalter", "rukovoditel", "admin", "prosmotr")),
        col("posledniy_vkhod", "timestamp", "none", lambda c, i: when(c.r, 2024, 2025)),
        col("ip_poslednego_vkhoda", "inet", "ip_address", lambda c, i: public_ip(c.r, (2, 37, 89, 178, 212))),
        col("aktiven", "boolean", "none", pick(True, True, False)),
        col("totp_secret", "varchar(32)", "secret_token", lambda c, i: None if c.r.random() < 0.4 else
            alnum(c.r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
    ], rows=80, extra=[fk(S, "polzovateli", "sotrudnik_id", "sotrudniki")])
    return [podr, dol, emp, rod, otp, bol, sch, ud, pol]
