"""as_librebooking: LibreBooking (the fork of Booked Scheduler; MySQL-born tables) as recalled from memory, for the
rooms, laboratories and equipment of a university faculty in Tiraspol. Staff and students write in Russian."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, const, dates, digits, fk, fkey, hexs, ints, maybe, md5, one, seq,
                           sha1, stamps)
from .blind43_gens import any_mobile, any_name, person, slug
from .gens import Table

S = "as_librebooking"
USR = "lb.user"
N_USER, N_GROUP, N_SCHED, N_RES, N_SERIES, N_INST = 130, 8, 4, 80, 140, 150
RESOURCES = ["Ауд. 214 (компьютерный класс)", "Ауд. 301", "Актовый зал", "Лаборатория химии 12", "Проектор Epson №3",
             "Ноутбук HP №7", "Спортзал", "Читальный зал", "Микроскоп Olympus CX23", "Переговорная ректората"]


def _contact(c, i):
    return c.r.choice([f"{any_name('md')(c, i)}, вн. {digits(c, 3)}", f"Лаборант {any_name('md')(c, i)}, {any_mobile('md')(c, i)}",
                       f"{any_name('md')(c, i)} ({any_mobile('md')(c, i)})"])


def _title(c, i):
    return c.r.choice(["Лекция: органическая химия", "Защита курсовых", "Заседание кафедры", "Семинар ИТ-201",
                       "Консультация", "Репетиция хора", "Лабораторная работа №4"])


def _description(c, i):
    return c.r.choice([None, None, "Нужен проектор и доска.", "Группа 24-ПИ, 25 человек.",
                       f"Ответственный: {any_name('md')(c, i)}, тел. {any_mobile('md')(c, i)}",
                       "Перенос с четверга.", f"Гость из Кишинёва, встретить на проходной ({any_name('md')(c, i)})."])


def _attr_value(c, i):
    kind = i % 4
    if kind == 3:
        return c.r.choice(["ИТ-201", "ХБ-302", "ФМ-101", "ЭК-401"])
    return person("md", USR, "mobile")(c, fk(N_USER, 1)(c, i))


def librebooking_tables() -> list[Table]:
    u = lambda f: person("md", USR, f, 1958, 2006)          # noqa: E731
    return [
        Table(S, "groups", [
            C("group_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(85)", "none", lambda c, i: ["Администраторы", "Преподаватели", "Студенты", "Лаборанты",
                                                          "Кафедра химии", "Кафедра ИТ", "Гости", "Ректорат"][i - 1]),
            C("admin_group_id", "integer", "none", lambda c, i: None if i == 1 else 1),
            C("legacyid", "char(16)", "none", const(None)),
            C("isdefault", "smallint", "none", lambda c, i: 1 if i == 3 else 0),
        ], rows=N_GROUP),
        Table(S, "users", [
            C("user_id", "integer PRIMARY KEY", "none", seq()),
            C("fname", "varchar(85)", "person_name", u("first")),
            C("lname", "varchar(85)", "person_name", u("last")),
            C("username", "varchar(85)", "none", u("user")),
            C("email", "varchar(85)", "email", lambda c, i: u("email")(c, i) if i % 3 else
              f"{slug(u('first')(c, i))[0]}.{slug(u('last')(c, i))}@spsu.ru"),
            C("password", "varchar(85)", "credentials", lambda c, i: "$2y$10$" + b64(c, 40)[:53]),
            C("salt", "varchar(85)", "none", lambda c, i: hexs(c, 8)),
            C("legacypassword", "varchar(85)", "credentials", maybe(lambda c, i: sha1(c), 0.3)),
            C("organization", "varchar(85)", "none", one("ПГУ им. Т.Г. Шевченко", "ПГУ им. Т.Г. Шевченко",
                                                         "Тираспольский техникум", "Бендерский политехнический филиал")),
            C("position", "varchar(85)", "none", one("студент", "студент", "студентка", "доцент", "лаборант",
                                                     "ст. преподаватель")),
            C("phone", "varchar(85)", "phone", maybe(u("mobile"), 0.8)),
            C("timezone", "varchar(85)", "none", const("Europe/Chisinau")),
            C("language", "varchar(10)", "none", one("ru_ru", "ru_ru", "ro_ro", "en_us")),
            C("homepageid", "smallint", "none", const(1)),
            C("date_created", "timestamp", "none", stamps(2019, 2025)),
            C("last_modified", "timestamp", "none", stamps(2024, 2025)),
            C("lastlogin", "timestamp", "none", maybe(stamps(2025, 2025))),
            C("status_id", "smallint", "none", one(1, 1, 1, 2, 3)),
            C("public_id", "varchar(20)", "none", lambda c, i: hexs(c, 20)),
            C("allow_calendar_subscription", "smallint", "none", one(0, 1)),
            C("default_schedule_id", "integer", "none", ints(1, N_SCHED)),
            C("credit_count", "numeric(7,2)", "none", amounts(0, 50)),
            C("terms_date_accepted", "timestamp", "none", maybe(stamps(2022, 2025))),
            C("api_only", "smallint", "none", const(0)),
            C("mfa_key", "varchar(64)", "secret_token",
              maybe(lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)), 0.25)),
        ], rows=N_USER),
        Table(S, "user_groups", [
            C("user_id", "integer", "none", fk(N_USER, 1)),
            C("group_id", "integer", "none", lambda c, i: 3 if i % 4 else c.r.randint(1, N_GROUP)),
        ], rows=N_USER, extra=[fkey(S, "user_groups", "user_id", "users", "user_id"),
                               fkey(S, "user_groups", "group_id", "groups", "group_id")]),
        Table(S, "schedules", [
            C("schedule_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(85)", "none", lambda c, i: ["Аудитории", "Лаборатории", "Оборудование", "Спорт"][i - 1]),
            C("isdefault", "smallint", "none", lambda c, i: int(i == 1)),
            C("weekdaystart", "smallint", "none", const(1)),
            C("daysvisible", "smallint", "none", const(7)),
            C("admin_group_id", "integer", "none", const(1)),
        ], rows=N_SCHED),
        Table(S, "resources", [
            C("resource_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(85)", "none", lambda c, i: f"{RESOURCES[i % 10]}" + ("" if i <= 10 else f" ({i})")),
            C("location", "varchar(85)", "none", one("Корпус 1, ул. 25 Октября, 128", "Корпус 3", "Главный корпус, 2 этаж")),
            C("contact_info", "varchar(85)", "free_text_may_contain_pii", _contact),
            C("description", "text", "none", maybe(one("Вместимость 30 мест.", "Ключ на вахте.", "Только для сотрудников."))),
            C("notes", "text", "none", maybe(one("Не работает розетка у окна.", "Инвентарный № 01380042"), 0.3)),
            C("min_duration", "integer", "none", one(None, 1800, 3600)),
            C("max_duration", "integer", "none", one(None, 14400, 28800)),
            C("requires_approval", "smallint", "none", one(0, 1)),
            C("allow_multiday_reservations", "smallint", "none", one(0, 1)),
            C("max_participants", "integer", "none", maybe(ints(5, 120))),
            C("schedule_id", "integer", "none", fk(N_SCHED, 1)),
            C("status_id", "smallint", "none", one(1, 1, 1, 0, 2)),
            C("public_id", "varchar(20)", "none", lambda c, i: hexs(c, 20)),
        ], rows=N_RES, extra=[fkey(S, "resources", "schedule_id", "schedules", "schedule_id")]),
        Table(S, "reservation_series", [
            C("series_id", "integer PRIMARY KEY", "none", seq()),
            C("date_created", "timestamp", "none", stamps(2024, 2025)),
            C("title", "varchar(300)", "none", _title),
            C("description", "text", "free_text_may_contain_pii", _description),
            C("allow_participation", "smallint", "none", one(0, 1)),
            C("repeat_type", "varchar(10)", "none", one("none", "none", "weekly", "daily")),
            C("repeat_options", "varchar(255)", "none", one("", "interval=1|termination=20250530|days=1,3", "")),
            C("type_id", "smallint", "none", const(1)),
            C("status_id", "smallint", "none", one(1, 1, 2)),
            C("owner_id", "integer", "none", fk(N_USER, 7)),
            C("last_action_by", "integer", "none", fk(N_USER, 7)),
        ], rows=N_SERIES, extra=[fkey(S, "reservation_series", "owner_id", "users", "user_id")]),
        Table(S, "reservation_resources", [
            C("series_id", "integer", "none", fk(N_SERIES, 1)),
            C("resource_id", "integer", "none", fk(N_RES, 3)),
            C("resource_level_id", "smallint", "none", const(1)),
        ], rows=N_SERIES, extra=[fkey(S, "reservation_resources", "series_id", "reservation_series", "series_id"),
                                 fkey(S, "reservation_resources", "resource_id", "resources", "resource_id")]),
        Table(S, "reservation_instances", [
            C("reservation_instance_id", "integer PRIMARY KEY", "none", seq()),
            C("start_date", "timestamp", "none", stamps(2025, 2025)),
            C("end_date", "timestamp", "none", stamps(2025, 2025)),
            C("reference_number", "varchar(50)", "none", lambda c, i: hexs(c, 13)),
            C("series_id", "integer", "none", fk(N_SERIES, 1)),
            C("checkin_date", "timestamp", "none", maybe(stamps(2025, 2025), 0.3)),
            C("credit_count", "numeric(7,2)", "none", amounts(0, 4)),
        ], rows=N_INST, extra=[fkey(S, "reservation_instances", "series_id", "reservation_series", "series_id")]),
        Table(S, "reservation_users", [
            C("reservation_instance_id", "integer", "none", fk(N_INST, 1)),
            C("user_id", "integer", "none", fk(N_USER, 11)),
            C("reservation_user_level", "smallint", "none", one(1, 2, 2, 3)),
        ], rows=150, extra=[fkey(S, "reservation_users", "reservation_instance_id", "reservation_instances",
                                 "reservation_instance_id"),
                            fkey(S, "reservation_users", "user_id", "users", "user_id")]),
        Table(S, "reservation_guests", [
            C("reservation_instance_id", "integer", "none", fk(N_INST, 3)),
            C("email", "varchar(255)", "email", person("md", "lb.guest", "email")),
            C("reservation_user_level", "smallint", "none", one(2, 3)),
        ], rows=90, extra=[fkey(S, "reservation_guests", "reservation_instance_id", "reservation_instances",
                                "reservation_instance_id")]),
        Table(S, "custom_attribute_values", [
            C("custom_attribute_value_id", "integer PRIMARY KEY", "none", seq()),
            C("custom_attribute_id", "integer", "none", lambda c, i: 2 if i % 4 == 3 else 1,
              comment="1 = Контактный телефон, 2 = Учебная группа"),
            C("attribute_value", "text", "phone", _attr_value),
            C("entity_id", "integer", "none", fk(N_USER, 1)),
            C("attribute_category", "smallint", "none", const(2)),
        ], rows=120, extra=[fkey(S, "custom_attribute_values", "entity_id", "users", "user_id")]),
        Table(S, "user_session", [
            C("user_session_id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("last_modified", "timestamp", "none", stamps(2025, 2025)),
            C("session_token", "varchar(50)", "secret_token", lambda c, i: hexs(c, 40)),
            C("user_session_value", "text", "email", lambda c, i: (
                f'O:11:"UserSession":4:{{s:6:"UserId";i:{fk(N_USER, 3)(c, i)};s:5:"Email";s:30:"'
                f'{person("md", USR, "email")(c, fk(N_USER, 3)(c, i))}";s:9:"FirstName";s:12:"'
                f'{person("md", USR, "first")(c, fk(N_USER, 3)(c, i))}";s:7:"IsAdmin";b:0;}}')),
        ], rows=100, extra=[fkey(S, "user_session", "user_id", "users", "user_id")]),
        Table(S, "account_activation", [
            C("account_activation_id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 5)),
            C("activation_code", "varchar(30)", "secret_token", lambda c, i: md5(c)[:30]),
            C("date_created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=80, extra=[fkey(S, "account_activation", "user_id", "users", "user_id")]),
        Table(S, "announcements", [
            C("announcementid", "integer PRIMARY KEY", "none", seq()),
            C("announcement_text", "text", "none", one("С 1 по 10 июля аудитории корпуса 3 закрыты на ремонт.",
                                                       "Бронирование спортзала только через кафедру физвоспитания.",
                                                       "Новый проектор в ауд. 301.")),
            C("priority", "integer", "none", ints(1, 3)),
            C("start_date", "date", "none", dates(2024, 2025)),
            C("end_date", "date", "none", dates(2025, 2025)),
        ], rows=12),
        Table(S, "payment_transaction_log", [
            C("payment_transaction_log_id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 13)),
            C("status", "varchar(255)", "none", one("COMPLETED", "COMPLETED", "PENDING", "REFUNDED")),
            C("invoice_number", "varchar(50)", "none", lambda c, i: f"INV-{2025}-{i:05d}"),
            C("transaction_id", "varchar(50)", "none", lambda c, i: f"{hexs(c, 17).upper()}"),
            C("total_amount", "numeric(7,2)", "none", amounts(5, 200)),
            C("currency", "varchar(3)", "none", const("RUP")),
            C("gateway_name", "varchar(100)", "none", one("Kvant", "Agroprombank")),
            C("date_created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=80, extra=[fkey(S, "payment_transaction_log", "user_id", "users", "user_id")]),
    ]
