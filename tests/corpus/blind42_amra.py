"""ar_amra: an in-house system of a small sanatorium in Gagra, Abkhazia, written by a local developer with Cyrillic
(Russian, and Abkhaz for the staff table) names: guests from Russia, travel agencies, rooms, vouchers, the spa
resort card with diagnoses, prescribed procedures, staff, payments, guest reviews and the login log."""
from __future__ import annotations

from .blind26_gens import (C, alnum, amounts, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, public_ip, seq,
                           stamps)
from .blind42_gens import POOLS, any_name, inn10, inn12, mobile, person, snils
from .gens import Table

S = "ar_amra"
GST, STAFF = "ab.gost", "ab.staff"
N_GST, N_AG, N_ROOM, N_STAFF, N_PUT, N_KARTA, N_PROC = 150, 40, 80, 35, 150, 120, 30
AGENCIES = ["ООО «Абхазия-Тур»", "ООО «Солнечный берег»", "ИП Гагринское бюро путешествий", "ООО «Пицунда Трэвел»",
            "АО «Кубань-Курорт»", "ООО «Черноморские каникулы»", "ООО «Апсны Отдых»", "ООО «Южный ветер»"]


def _note(c, i):
    return c.r.choice([None, None, "Просит номер с видом на море.", "Постоянный гость, скидка 10%.",
                       f"Приедет с мужем, {any_name('ru')(c, i)}, тел. {mobile(c, 'ru')}",
                       "Поздний заезд, после 23:00.", f"Трансфер заказал {any_name('ru')(c, i)}"])


def _review(c, i):
    return c.r.choice(["Отличное питание, чистый пляж.", "Море тёплое, персонал вежливый.",
                       f"Огромное спасибо доктору {person('ab', STAFF, 'last')(c, c.r.randint(1, N_STAFF))}!",
                       "Шумно по ночам, ремонт в соседнем корпусе.",
                       f"Администратор {person('ab', STAFF, 'first')(c, c.r.randint(1, N_STAFF))} помогла с такси.",
                       "Вернёмся в следующем году."])


def amra_tables() -> list[Table]:
    g = lambda f: person("ru", GST, f, 1944, 2006)      # noqa: E731
    s = lambda f: person("ab", STAFF, f, 1960, 2001)    # noqa: E731
    return [
        Table(S, "турагентства", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("название", "varchar(80)", "none", lambda c, i: AGENCIES[i % len(AGENCIES)] + ("" if i <= 8 else f" №{i}")),
            C("инн", "char(10)", "none", lambda c, i: inn10(c, c.r.choice(["23", "61", "77", "78"]))),
            C("телефон", "varchar(24)", "none", lambda c, i: f"8 (800) {digits(c, 3)}-{digits(c, 2)}-{digits(c, 2)}"),
            C("email", "varchar(60)", "none", lambda c, i: f"info@agency{i}.ru"),
            C("контактное_лицо", "varchar(80)", "person_name", any_name("ru")),
            C("город", "varchar(40)", "none", lambda c, i: c.r.choice(POOLS["ru"]["city"])),
            C("комиссия_проц", "numeric(4,1)", "none", amounts(5, 15, 1)),
            C("api_ключ", "varchar(40)", "secret_token", lambda c, i: "sk_" + alnum(c, 32, "abcdef0123456789")),
        ], rows=N_AG),
        Table(S, "отдыхающие", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("фамилия", "varchar(40)", "person_name", g("last")),
            C("имя", "varchar(40)", "person_name", g("first")),
            C("отчество", "varchar(40)", "person_name", g("patr")),
            C("дата_рождения", "date", "birth_date", g("birth")),
            C("пол", "char(1)", "none", lambda c, i: "м" if g("sex")(c, i) == "M" else "ж"),
            C("паспорт", "varchar(14)", "national_id", g("natid")),
            C("снилс", "varchar(14)", "national_id", maybe(lambda c, i: snils(c), 0.6)),
            C("инн", "char(12)", "national_id", maybe(lambda c, i: inn12(c, c.r.choice(["23", "61", "77", "78"])), 0.3),
              comment="для справки на налоговый вычет за лечение"),
            C("полис_омс", "char(16)", "national_id", maybe(lambda c, i: digits(c, 16), 0.7)),
            C("телефон", "varchar(24)", "phone", g("mobile")),
            C("email", "varchar(80)", "email", maybe(g("email"), 0.8)),
            C("адрес_регистрации", "varchar(160)", "postal_address", g("a_full")),
            C("город", "varchar(40)", "none", g("a_city")),
            C("гражданство", "varchar(20)", "none", one("РФ", "РФ", "РФ", "Беларусь", "Казахстан")),
            C("инвалидность", "varchar(20)", "health", maybe(one("I группа", "II группа", "III группа"), 0.15)),
            C("агентство_id", "integer", "none", fk(N_AG, 3, 4)),
            C("примечание", "text", "free_text_may_contain_pii", _note),
            C("согласие_на_рассылку", "boolean", "none", flag(0.4)),
            C("создан", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_GST, extra=[fkey(S, "отдыхающие", "агентство_id", "турагентства", "id")]),
        Table(S, "номера", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("корпус", "varchar(10)", "none", one("А", "Б", "Коттедж")),
            C("этаж", "smallint", "none", ints(1, 5)),
            C("тип", "varchar(20)", "none", one("стандарт", "стандарт", "полулюкс", "люкс")),
            C("цена_сутки", "numeric(8,2)", "none", amounts(3500, 14000, 0)),
            C("вид_на_море", "boolean", "none", flag(0.4)),
        ], rows=N_ROOM),
        Table(S, "аусзуҩцәа", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ахьӡ", "varchar(40)", "person_name", s("first")),
            C("ажәла", "varchar(40)", "person_name", s("last")),
            C("аҭел", "varchar(24)", "phone", s("mobile")),
            C("email", "varchar(80)", "email", lambda c, i: f"{s('user')(c, i)}@amra-gagra.ru"),
            C("должность", "varchar(40)", "none", one("врач-терапевт", "физиотерапевт", "медсестра", "администратор",
                                                      "массажист", "горничная")),
            C("национальность", "varchar(20)", "ethnic_origin", lambda c, i: c.r.choice(
                ["абхаз", "абхаз", "абхаз", "армянин", "русский", "грек", "грузин"] if s("sex")(c, i) == "M" else
                ["абхазка", "абхазка", "абхазка", "армянка", "русская", "гречанка", "грузинка"])),
            C("паспорт_ра", "varchar(12)", "national_id", s("natid"), comment="паспорт гражданина Республики Абхазия"),
            C("оклад", "numeric(9,2)", "none", amounts(15000, 60000, 0)),
            C("логин", "varchar(30)", "none", s("user")),
            C("пароль_хэш", "varchar(100)", "credentials",
              lambda c, i: f"$argon2id$v=19$m=65536,t=3,p=4${alnum(c, 22)}${alnum(c, 43)}"),
        ], rows=N_STAFF),
        Table(S, "путёвки", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("отдыхающий_id", "integer", "none", fk(N_GST, 7)),
            C("номер_id", "integer", "none", fk(N_ROOM, 11)),
            C("агентство_id", "integer", "none", fk(N_AG, 5, 3)),
            C("заезд", "date", "none", dates(2024, 2025)),
            C("ночей", "smallint", "none", ints(5, 21)),
            C("сумма", "numeric(10,2)", "none", amounts(20000, 250000, 0)),
            C("статус", "varchar(16)", "none", one("оплачена", "бронь", "отменена", "заселён")),
            C("промокод", "varchar(12)", "none", maybe(one("LETO2025", "AMRA10", "SEMYA"), 0.2)),
        ], rows=N_PUT, extra=[fkey(S, "путёвки", "отдыхающий_id", "отдыхающие", "id"),
                              fkey(S, "путёвки", "номер_id", "номера", "id"),
                              fkey(S, "путёвки", "агентство_id", "турагентства", "id")]),
        Table(S, "курортная_карта", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("отдыхающий_id", "integer", "none", lambda c, i: i),
            C("номер_карты", "varchar(12)", "none", lambda c, i: f"СКК-{i + 4000}"),
            C("код_мкб", "varchar(8)", "health", one("I11.9", "J45.0", "M42.1", "K29.5", "E11.9", "M17.0", "G47.0")),
            C("диагноз", "varchar(120)", "health", one("Гипертоническая болезнь II ст.", "Бронхиальная астма",
                                                       "Остеохондроз позвоночника", "Хронический гастрит",
                                                       "Сахарный диабет 2 типа", "Гонартроз", "Неврастения")),
            C("противопоказания", "varchar(80)", "health", maybe(one("Грязелечение противопоказано",
                                                                     "Без ограничений", "Исключить горячие ванны"))),
            C("выдал_врач", "varchar(80)", "person_name", any_name("ru")),
            C("лпу", "varchar(80)", "none", one("ГБУЗ ГП №12 (Москва)", "Поликлиника №3 (Краснодар)",
                                                "ГП №5 (Ростов-на-Дону)", "ЦРБ (Тула)")),
        ], rows=N_KARTA, extra=[fkey(S, "курортная_карта", "отдыхающий_id", "отдыхающие", "id")]),
        Table(S, "процедуры", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("название", "varchar(60)", "none", lambda c, i: ["Сероводородная ванна", "Лечебный массаж",
                                                               "Грязевая аппликация", "Ингаляция", "ЛФК",
                                                               "Электрофорез"][i % 6] + f" ({i})"),
            C("длительность_мин", "smallint", "none", one(15, 20, 30, 45)),
            C("цена", "numeric(8,2)", "none", amounts(500, 3500, 0)),
        ], rows=N_PROC),
        Table(S, "назначения", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("карта_id", "integer", "none", fk(N_KARTA, 7)),
            C("процедура_id", "integer", "none", fk(N_PROC, 3)),
            C("врач_id", "integer", "none", fk(N_STAFF, 5)),
            C("дата", "date", "none", dates(2024, 2025)),
            C("кол_во", "smallint", "none", ints(3, 12)),
            C("комментарий_врача", "varchar(160)", "health",
              maybe(one("АД 150/95, снизить нагрузку", "Жалобы на боли в пояснице", "Пульс 96, наблюдение",
                        "Отменить ванны из-за аритмии", "Сахар 9,2 ммоль/л"), 0.6)),
        ], rows=150, extra=[fkey(S, "назначения", "карта_id", "курортная_карта", "id"),
                            fkey(S, "назначения", "процедура_id", "процедуры", "id"),
                            fkey(S, "назначения", "врач_id", "аусзуҩцәа", "id")]),
        Table(S, "оплаты", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("путёвка_id", "integer", "none", fk(N_PUT, 7)),
            C("сумма", "numeric(10,2)", "none", amounts(5000, 250000, 0)),
            C("способ", "varchar(16)", "none", one("наличные", "перевод", "карта")),
            C("карта_маска", "varchar(20)", "none", maybe(lambda c, i: f"2202 **** **** {digits(c, 4)}", 0.4)),
            C("плательщик", "varchar(120)", "person_name", lambda c, i: g("full")(c, (i * 7) % N_GST + 1)),
            C("чек_номер", "varchar(16)", "none", lambda c, i: f"ЧК-{digits(c, 8)}"),
            C("дата", "timestamp", "none", stamps(2024, 2025)),
        ], rows=140, extra=[fkey(S, "оплаты", "путёвка_id", "путёвки", "id")]),
        Table(S, "отзывы", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("отдыхающий_id", "integer", "none", fk(N_GST, 13)),
            C("оценка", "smallint", "none", ints(2, 5)),
            C("текст", "text", "free_text_may_contain_pii", _review),
            C("опубликован", "boolean", "none", flag(0.7)),
        ], rows=100, extra=[fkey(S, "отзывы", "отдыхающий_id", "отдыхающие", "id")]),
        Table(S, "журнал_входа", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("сотрудник_id", "integer", "none", fk(N_STAFF, 3)),
            C("время", "timestamp", "none", stamps(2024, 2025)),
            C("ip", "varchar(15)", "ip_address", lambda c, i: public_ip(c, (5, 46, 95, 185))),
            C("сессия", "char(32)", "secret_token", lambda c, i: hexs(c, 32)),
        ], rows=150, extra=[fkey(S, "журнал_входа", "сотрудник_id", "аусзуҩцәа", "id")]),
    ]
