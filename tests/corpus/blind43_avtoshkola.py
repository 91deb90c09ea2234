"""as_автошкола: in-house system of a private driving school in Tiraspol (Transnistria). Table and column names in
Russian, with some Moldovan (Cyrillic) columns, as a local developer wrote them: learners, instructors, cars, exams,
medical certificates, payments and the log."""
from __future__ import annotations

from .blind26_gens import (C, amounts, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, sha256,
                           stamps)
from .blind43_gens import any_mobile, any_name, person
from .gens import Table

S = "as_автошкола"
UCH, INS = "md.ученик", "md.инструктор"
N_UCH, N_INS, N_AVTO, N_GR = 140, 25, 20, 12


def _prim(c, i):
    return c.r.choice([None, None, None, "Пропустил 2 занятия, отработка в субботу.", "Хорошо водит, слабая теория.",
                       f"Оплату вносит отец, {any_name('md')(c, i)}, тел. {any_mobile('md')(c, i)}",
                       f"Просит инструктора {person('md', INS, 'full')(c, c.r.randint(1, N_INS))}",
                       "Нервничает на площадке."])


def _bank_acc(c, i):
    return "40817" + "498" + digits(c, 12)


def avtoshkola_tables() -> list[Table]:
    s = lambda f: person("md", UCH, f, 1965, 2008)          # noqa: E731
    t = lambda f: person("md", INS, f, 1958, 1995)          # noqa: E731
    return [
        Table(S, "инструкторы", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("фио", "varchar(150)", "person_name", t("full")),
            C("дата_рождения", "date", "birth_date", t("birth")),
            C("паспорт", "varchar(20)", "national_id", t("natid")),
            C("моб_телефон", "varchar(20)", "phone", t("mobile")),
            C("адрес", "varchar(200)", "postal_address", t("a_full")),
            C("вод_удостоверение", "varchar(20)", "national_id", lambda c, i: f"ПМР {digits(c, 2)} {digits(c, 6)}"),
            C("стаж_лет", "smallint", "none", ints(3, 35)),
            C("справка_о_несудимости", "varchar(60)", "criminal_record",
              one("не судим", "не судим", "не судим", "судимость погашена (ст. 264 УК ПМР)", "не судим"),
              comment="из МВД ПМР"),
            C("категории", "varchar(20)", "none", one("B", "B,C", "A,B", "B,C,D")),
            C("зарплата", "numeric(10,2)", "none", amounts(3500, 9000)),
            C("счет_агропромбанк", "varchar(20)", "bank_account", _bank_acc),
            C("активен", "boolean", "none", flag(0.9)),
        ], rows=N_INS),
        Table(S, "автомобили", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("марка", "varchar(40)", "none", one("ВАЗ-2107", "Renault Logan", "Skoda Octavia", "Volkswagen Polo", "ЗИЛ-130")),
            C("гос_номер", "varchar(12)", "none", lambda c, i: f"{c.r.choice('ТБРД')} {digits(c, 3)} {c.r.choice('АВЕКМНОРСТ')}{c.r.choice('АВЕКМНОРСТ')}"),
            C("кпп", "varchar(10)", "none", one("МКПП", "МКПП", "АКПП")),
            C("инструктор_ид", "integer", "none", fk(N_INS, 1)),
            C("пробег", "integer", "none", ints(40000, 390000)),
            C("gps_трекер_imei", "varchar(15)", "none", lambda c, i: "35" + digits(c, 13)),
            C("страховка_до", "date", "none", dates(2025, 2026)),
        ], rows=N_AVTO, extra=[fkey(S, "автомобили", "инструктор_ид", "инструкторы", "ид")]),
        Table(S, "группы", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("нумэр", "varchar(10)", "none", lambda c, i: f"Б-{i:02d}/25"),
            C("категория", "varchar(5)", "none", one("B", "B", "C", "A")),
            C("лимба", "varchar(20)", "none", one("русский", "русский", "молдовеняскэ"), comment="язык обучения"),
            C("дата_начала", "date", "none", dates(2024, 2025)),
            C("стоимость", "numeric(10,2)", "none", one(4200, 4200, 5600, 3100)),
        ], rows=N_GR),
        Table(S, "ученики", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("фамилие", "varchar(60)", "person_name", s("last"), comment="фамилия"),
            C("пренуме", "varchar(60)", "person_name", s("first"), comment="имя"),
            C("отчество", "varchar(60)", "person_name", s("patr")),
            C("дата_наштерий", "date", "birth_date", s("birth")),
            C("пол", "char(1)", "none", lambda c, i: "М" if s("sex")(c, i) == "M" else "Ж"),
            C("документ", "varchar(20)", "national_id", s("natid")),
            C("гражданство", "varchar(30)", "none", one("ПМР", "ПМР, РФ", "ПМР, РМ", "ПМР, Украина")),
            C("телефон", "varchar(20)", "phone", s("mobile")),
            C("дом_телефон", "varchar(20)", "phone", maybe(s("phone"), 0.4)),
            C("эмаил", "varchar(80)", "email", maybe(s("email"), 0.6)),
            C("страда", "varchar(120)", "postal_address", s("a_line"), comment="улица, дом, кв."),
            C("локалитатя", "varchar(40)", "none", s("a_town")),
            C("индекс", "varchar(10)", "postal_address", s("a_postcode")),
            C("группа_ид", "integer", "none", fk(N_GR, 1)),
            C("инструктор_ид", "integer", "none", fk(N_INS, 3)),
            C("sms_рассылка", "boolean", "none", flag(0.7)),
            C("примечание", "text", "free_text_may_contain_pii", _prim),
            C("создан", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_UCH, extra=[fkey(S, "ученики", "группа_ид", "группы", "ид"),
                              fkey(S, "ученики", "инструктор_ид", "инструкторы", "ид")]),
        Table(S, "мед_справки", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("ученик_ид", "integer", "none", seq()),
            C("номер_справки", "varchar(20)", "none", lambda c, i: f"083/у-{digits(c, 5)}"),
            C("учреждение", "varchar(80)", "none", one("ГУ РКБ Тирасполь", "ГУ Бендерская ЦГБ", "ГУ Слободзейская ЦРБ")),
            C("годен", "boolean", "health", flag(0.95)),
            C("ограничения", "varchar(100)", "health", one("без ограничений", "без ограничений", "в очках/линзах",
                                                           "только АКПП", "слуховой аппарат")),
            C("острота_зрения", "varchar(20)", "health", lambda c, i: f"OD {c.r.choice(['1.0', '0.8', '0.6'])} OS {c.r.choice(['1.0', '0.9', '0.7'])}"),
            C("нарколог_на_учете", "boolean", "health", flag(0.02), comment="состоит на учёте у нарколога"),
            C("дата_выдачи", "date", "none", dates(2023, 2025)),
            C("скан_sha256", "char(64)", "none", lambda c, i: sha256(c)),
        ], rows=N_UCH, extra=[fkey(S, "мед_справки", "ученик_ид", "ученики", "ид")]),
        Table(S, "занятия", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("ученик_ид", "integer", "none", fk(N_UCH, 3)),
            C("автомобиль_ид", "integer", "none", fk(N_AVTO, 7)),
            C("начало", "timestamp", "none", stamps(2025, 2025)),
            C("часов", "numeric(3,1)", "none", one(1, 1.5, 2)),
            C("маршрут_старт", "varchar(40)", "geo_location",
              lambda c, i: f"{46.84 + c.r.uniform(-0.02, 0.02):.5f},{29.62 + c.r.uniform(-0.03, 0.03):.5f}",
              comment="точка, где ученик сел в машину (часто у дома)"),
            C("оценка", "smallint", "none", ints(2, 5)),
        ], rows=150, extra=[fkey(S, "занятия", "ученик_ид", "ученики", "ид"),
                            fkey(S, "занятия", "автомобиль_ид", "автомобили", "ид")]),
        Table(S, "экзамены", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("ученик_ид", "integer", "none", fk(N_UCH, 5)),
            C("вид", "varchar(20)", "none", one("теория", "площадка", "город")),
            C("дата", "date", "none", dates(2024, 2025)),
            C("результат", "varchar(10)", "none", one("сдал", "сдал", "не сдал")),
            C("ошибок", "smallint", "none", ints(0, 6)),
            C("экзаменатор_гаи", "varchar(100)", "person_name", lambda c, i: "ст. лейт. " + any_name("md")(c, i)),
        ], rows=150, extra=[fkey(S, "экзамены", "ученик_ид", "ученики", "ид")]),
        Table(S, "оплаты", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("ученик_ид", "integer", "none", fk(N_UCH, 7)),
            C("сумма", "numeric(10,2)", "none", amounts(300, 4200)),
            C("валюта", "char(3)", "none", one("RUP", "RUP", "MDL", "USD")),
            C("способ", "varchar(20)", "none", one("наличные", "Клевер", "перевод")),
            C("карта_клевер", "varchar(19)", "payment_card",
              maybe(lambda c, i: "9" + digits(c, 3) + " " + digits(c, 4) + " " + digits(c, 4) + " " + digits(c, 4), 0.4),
              comment="номер карты «Клевер» Приднестровского Сбербанка"),
            C("квитанция", "varchar(20)", "none", lambda c, i: f"КВ-{i + 5000:06d}"),
            C("дата", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "оплаты", "ученик_ид", "ученики", "ид")]),
        Table(S, "пользователи", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("логин", "varchar(40)", "none", lambda c, i: ["admin", "buh", "kassa", "dispetcher", "direktor", "metodist"][i - 1]),
            C("пароль", "varchar(128)", "credentials", lambda c, i: sha256(c)),
            C("роль", "varchar(20)", "none", one("админ", "бухгалтер", "кассир")),
            C("токен_api", "varchar(64)", "secret_token", lambda c, i: hexs(c, 48)),
        ], rows=6),
        Table(S, "журнал", [
            C("ид", "integer PRIMARY KEY", "none", seq()),
            C("пользователь_ид", "integer", "none", fk(6, 1)),
            C("действие", "varchar(40)", "none", one("вход", "правка ученика", "печать договора", "удаление оплаты")),
            C("ip", "varchar(40)", "ip_address", lambda c, i: f"{c.r.choice(['91.208', '178.168', '195.22'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("когда", "timestamp", "none", stamps(2025, 2025)),
            C("количество_записей", "integer", "none", ints(1, 40)),
        ], rows=150, extra=[fkey(S, "журнал", "пользователь_ид", "пользователи", "ид")]),
    ]
