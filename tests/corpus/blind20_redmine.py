"""x_redmine: Redmine (Rails project tracker) as run by a Kyiv/Lviv software house; Ukrainian staff and clients."""
from __future__ import annotations

import datetime as dt
import random

from stdnum import iban
from stdnum.ua import rntrc

from .blind20_gens import (col, day, digits, field, fk, flag, hexstr, integer, maybe, num, pick, rdate, seq,
                           sha1_of, sha256_of, stamp, texts)
from .gens import Table

S = "x_redmine"
N_USERS, N_PROJECTS, N_ISSUES = 120, 60, 150

MEN = [("Олександр", "oleksandr"), ("Андрій", "andrii"), ("Богдан", "bohdan"), ("Тарас", "taras"),
       ("Дмитро", "dmytro"), ("Юрій", "yurii"), ("Максим", "maksym"), ("Ігор", "ihor"), ("Василь", "vasyl"),
       ("Остап", "ostap"), ("Назар", "nazar"), ("Святослав", "sviatoslav"), ("Євген", "yevhen"), ("Роман", "roman")]
WOMEN = [("Олена", "olena"), ("Наталія", "nataliia"), ("Ірина", "iryna"), ("Оксана", "oksana"),
         ("Соломія", "solomiia"), ("Христина", "khrystyna"), ("Юлія", "yuliia"), ("Марта", "marta"),
         ("Анастасія", "anastasiia"), ("Дарина", "daryna"), ("Галина", "halyna"), ("Вікторія", "viktoriia")]
SURNAMES = [("Коваленко", "kovalenko"), ("Шевчук", "shevchuk"), ("Бондар", "bondar"), ("Ткаченко", "tkachenko"),
            ("Мельник", "melnyk"), ("Кравчук", "kravchuk"), ("Олійник", "oliinyk"), ("Лисенко", "lysenko"),
            ("Гнатюк", "hnatiuk"), ("Павленко", "pavlenko"), ("Савчук", "savchuk"), ("Марченко", "marchenko"),
            ("Романюк", "romaniuk"), ("Федорів", "fedoriv"), ("Гуменюк", "humeniuk"), ("Дорошенко", "doroshenko"),
            ("Яремчук", "yaremchuk"), ("Стасюк", "stasiuk"), ("Проценко", "protsenko"), ("Зінченко", "zinchenko")]
OPERATORS = ["67", "68", "96", "97", "98", "50", "66", "95", "63", "73", "93"]


def _phone(r: random.Random) -> str:
    op, n = r.choice(OPERATORS), digits(r, 7)
    return r.choice([f"+380{op}{n}", f"+380 {op} {n[:3]} {n[3:5]} {n[5:]}", f"0{op}-{n[:3]}-{n[3:5]}-{n[5:]}"])


def _iban(r: random.Random) -> str:
    bban = r.choice(["305299", "322001", "300528", "320649"]) + "0000" + digits(r, 15)
    return "UA" + iban.calc_check_digits("UA00" + bban) + bban


def _user(r: random.Random, i: int) -> dict:
    female = r.random() < 0.42
    first, flat = r.choice(WOMEN if female else MEN)
    last, llat = r.choice(SURNAMES)
    if r.random() < 0.25:                     # some staff keep their profile in Latin letters
        first, last = flat.capitalize(), llat.capitalize()
    login = r.choice([f"{flat[0]}.{llat}", f"{flat}.{llat}", f"{llat}{flat[0]}"])
    dom = r.choice(["kvitkasoft.com.ua", "kvitkasoft.com.ua", "kvitkasoft.com.ua", "ukr.net", "gmail.com"])
    birth = rdate(r, 1969, 2002)
    tax = f"{(birth - dt.date(1899, 12, 31)).days:05d}{digits(r, 3)}{r.choice('02468' if female else '13579')}"
    return {"first": first, "last": last, "login": login, "mail": f"{login}@{dom}", "phone": _phone(r),
            "tax": tax + rntrc.calc_check_digit(tax), "birth": birth, "iban": _iban(r)}


U = "redmine.users"

SUBJECTS = ["Помилка при експорті звіту в PDF", "Додати фільтр за датою на сторінці замовлень",
            "Timeout on /api/v2/orders after deploy", "Оновити Rails до 7.1", "Кнопка «Зберегти» неактивна в Safari",
            "Refactor payment webhook handler", "Не приходять push-сповіщення на Android 14",
            "Мультимовність: переклад інтерфейсу польською", "Slow query in reports dashboard",
            "Інтеграція з Нова Пошта API", "Додати експорт CSV для бухгалтерії", "Login page: 500 error on empty captcha"]
CLIENTS = ["ТОВ «Агро-Світ»", "Rozetka Partners", "ФОП Гнатюк", "Silpo Retail", "LvivTech Hub"]
FIRSTS = [m[0] for m in MEN + WOMEN]
LASTS = [s[0] for s in SURNAMES]
PHONES = ["+380 67 412 33 90", "+380 50 118 72 04", "096-551-20-17", "+380 93 700 14 88", "068-203-45-61"]
MAILS = ["h.savchuk@agrosvit.ua", "buh@silpo-retail.ua", "o.lysenko@ukr.net", "marta.f@gmail.com", "pm@lvivtech.org"]


def redmine_tables() -> list[Table]:
    users = Table(S, "users", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("login", "varchar(255)", "none", field(U, _user, "login")),
        col("hashed_password", "varchar(40)", "credentials", sha1_of),
        col("firstname", "varchar(30)", "person_name", field(U, _user, "first")),
        col("lastname", "varchar(255)", "person_name", field(U, _user, "last")),
        col("admin", "boolean", "none", flag(0.06)),
        col("status", "integer", "none", pick([1, 1, 1, 1, 3, 2])),
        col("last_login_on", "timestamp", "none", maybe(0.9, stamp("2023-01-01", "2024-11-30"))),
        col("language", "varchar(5)", "none", pick(["uk", "uk", "en", "pl"])),
        col("auth_source_id", "integer", "none", maybe(0.3, integer(1, 1))),
        col("created_on", "timestamp", "none", stamp("2016-03-01", "2023-12-31")),
        col("updated_on", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
        col("type", "varchar(255)", "none", pick(["User"] * 12 + ["Group"])),
        col("mail_notification", "varchar(255)", "none",
            pick(["only_my_events", "all", "only_assigned", "none", "selected"])),
        col("salt", "varchar(64)", "none", hexstr(32)),
        col("must_change_passwd", "boolean", "none", flag(0.05)),
        col("passwd_changed_on", "timestamp", "none", maybe(0.7, stamp("2022-01-01", "2024-11-30"))),
        col("twofa_scheme", "varchar(255)", "none", maybe(0.3, pick(["totp"]))),
        col("twofa_totp_key", "varchar(255)", "secret_token", maybe(0.3, lambda c, i: "aes-256-cbc:" + "".join(
            c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(44))
            + "--" + "".join(c.r.choice("abcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22)) + "==")),
        col("twofa_totp_last_used_at", "integer", "none", maybe(0.3, integer(1_690_000_000, 1_732_000_000))),
    ], rows=N_USERS)
    emails = Table(S, "email_addresses", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("user_id", "integer NOT NULL", "none", lambda c, i: i if i <= N_USERS else i - N_USERS),
        col("address", "varchar(255)", "email", lambda c, i: field(U, _user, "mail")(c, i) if i <= N_USERS else
            field(U, _user, "login")(c, i - N_USERS).replace(".", "") + c.r.choice(["@gmail.com", "@ukr.net"])),
        col("is_default", "boolean", "none", lambda c, i: i <= N_USERS),
        col("notify", "boolean", "none", flag(0.8)),
        col("created_on", "timestamp", "none", stamp("2016-03-01", "2024-06-30")),
        col("updated_on", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
    ], rows=140, extra=[f"ALTER TABLE {S}.email_addresses ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)"])
    tokens = Table(S, "tokens", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("user_id", "integer", "none", fk(N_USERS)),
        col("action", "varchar(30)", "none", pick(["session", "session", "autologin", "feeds", "api", "recovery"])),
        col("value", "varchar(40)", "secret_token", hexstr(40)),
        col("created_on", "timestamp", "none", stamp("2024-06-01", "2024-11-30")),
        col("updated_on", "timestamp", "none", stamp("2024-06-01", "2024-11-30")),
    ], rows=120, extra=[f"ALTER TABLE {S}.tokens ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)"])
    projects = Table(S, "projects", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("name", "varchar(255)", "none", lambda c, i: c.r.choice(
            ["CRM", "Mobile App", "Портал дилерів", "Склад", "Data Warehouse", "Сайт", "Billing", "HR-бот"])
            + f" {c.r.choice(CLIENTS)} #{i}"),
        col("description", "text", "none", texts(
            "Розробка та підтримка системи для клієнта {c}.", "Support & maintenance contract, SLA 8x5, client {c}.",
            "Внутрішній проєкт. Репозиторій: git.kvitkasoft.com.ua/{k}", c=CLIENTS, k=["crm", "wms", "bi", "bot"])),
        col("homepage", "varchar(255)", "none", maybe(0.4, pick(["https://agrosvit.ua", "https://lvivtech.org",
                                                                 "https://partners.rozetka.com.ua"]), "")),
        col("is_public", "boolean", "none", flag(0.2)),
        col("parent_id", "integer", "none", lambda c, i: None if i <= 10 else c.r.randint(1, 10)),
        col("created_on", "timestamp", "none", stamp("2016-03-01", "2024-06-30")),
        col("updated_on", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
        col("identifier", "varchar(255)", "none", lambda c, i: f"{c.r.choice(['crm', 'app', 'wms', 'bi'])}-{i}"),
        col("status", "integer", "none", pick([1, 1, 1, 5, 9])),
        col("lft", "integer", "none", lambda c, i: 2 * i - 1),
        col("rgt", "integer", "none", lambda c, i: 2 * i),
        col("inherit_members", "boolean", "none", flag(0.3)),
        col("default_version_id", "integer", "none", maybe(0.3, integer(1, 40))),
        col("default_assigned_to_id", "integer", "none", maybe(0.3, fk(N_USERS))),
    ], rows=N_PROJECTS)
    issue_text = texts(
        "Клієнт ({n} {s}, тел. {p}) повідомив, що після оновлення не відкривається звіт.\nКроки: 1) увійти 2) Звіти",
        "Steps to reproduce:\n1. Open /orders\n2. Filter by date\nExpected: list. Actual: 500.\nReported by {n} {s}",
        "Прохання від {m}: додати колонку «ЄДРПОУ» в експорт. Контакт: {n}, {p}",
        "Див. лог у вкладенні. Стек: ActiveRecord::StatementInvalid PG::QueryCanceled",
        n=FIRSTS, s=LASTS, p=PHONES, m=MAILS)
    issues = Table(S, "issues", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("tracker_id", "integer", "none", pick([1, 2, 3])),
        col("project_id", "integer NOT NULL", "none", fk(N_PROJECTS)),
        col("subject", "varchar(255)", "none", pick(SUBJECTS)),
        col("description", "text", "free_text_may_contain_pii", issue_text),
        col("due_date", "date", "none", maybe(0.4, day("2024-01-01", "2025-03-31"))),
        col("category_id", "integer", "none", maybe(0.3, integer(1, 12))),
        col("status_id", "integer", "none", pick([1, 2, 3, 5, 5, 6])),
        col("assigned_to_id", "integer", "none", fk(N_USERS, 0.15)),
        col("priority_id", "integer", "none", pick([1, 2, 2, 2, 3, 4])),
        col("fixed_version_id", "integer", "none", maybe(0.5, integer(1, 40))),
        col("author_id", "integer NOT NULL", "none", fk(N_USERS)),
        col("lock_version", "integer", "none", integer(0, 9)),
        col("created_on", "timestamp", "none", stamp("2022-01-01", "2024-11-30")),
        col("updated_on", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
        col("start_date", "date", "none", day("2022-01-01", "2024-11-30")),
        col("done_ratio", "integer", "none", pick([0, 10, 30, 50, 80, 100])),
        col("estimated_hours", "double precision", "none", maybe(0.6, pick([0.5, 1, 2, 4, 8, 16, 24]))),
        col("parent_id", "integer", "none", lambda c, i: None if i <= 40 or c.r.random() < 0.6 else c.r.randint(1, 40)),
        col("root_id", "integer", "none", seq),
        col("lft", "integer", "none", lambda c, i: 1),
        col("rgt", "integer", "none", lambda c, i: 2),
        col("is_private", "boolean", "none", flag(0.1)),
        col("closed_on", "timestamp", "none", maybe(0.45, stamp("2022-02-01", "2024-11-30"))),
    ], rows=N_ISSUES, extra=[f"ALTER TABLE {S}.issues ADD FOREIGN KEY (project_id) REFERENCES {S}.projects (id)",
                             f"ALTER TABLE {S}.issues ADD FOREIGN KEY (author_id) REFERENCES {S}.users (id)",
                             f"ALTER TABLE {S}.issues ADD FOREIGN KEY (assigned_to_id) REFERENCES {S}.users (id)"])
    journals = Table(S, "journals", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("journalized_id", "integer NOT NULL", "none", fk(N_ISSUES)),
        col("journalized_type", "varchar(30)", "none", lambda c, i: "Issue"),
        col("user_id", "integer NOT NULL", "none", fk(N_USERS)),
        col("notes", "text", "free_text_may_contain_pii", texts(
            "", "Виправлено в r{k}. Перевірте, будь ласка.", "@{n} {s}, глянь, будь ласка, до п'ятниці",
            "Клієнт просить зателефонувати: {p} ({n})", "Deployed to staging. cc {m}", "Дублікат #{k}",
            n=FIRSTS, s=LASTS, p=PHONES, m=MAILS, k=[str(x) for x in range(1000, 9999, 37)])),
        col("created_on", "timestamp", "none", stamp("2022-01-01", "2024-11-30")),
        col("private_notes", "boolean", "none", flag(0.1)),
        col("updated_on", "timestamp", "none", stamp("2022-01-01", "2024-11-30")),
        col("updated_by_id", "integer", "none", fk(N_USERS, 0.8)),
    ], rows=150, extra=[f"ALTER TABLE {S}.journals ADD FOREIGN KEY (journalized_id) REFERENCES {S}.issues (id)",
                        f"ALTER TABLE {S}.journals ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)"])
    # user custom fields 1 "Мобільний" and 2 "ІПН (для договору ФОП)" are kept in one value column each
    cv_phone = Table(S, "custom_values", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("customized_type", "varchar(30)", "none", lambda c, i: "Principal"),
        col("customized_id", "integer NOT NULL", "none", lambda c, i: i),
        col("custom_field_id", "integer NOT NULL", "none", lambda c, i: 1),
        col("value", "text", "phone", field(U, _user, "phone")),
    ], rows=110)
    time_entries = Table(S, "time_entries", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("project_id", "integer NOT NULL", "none", fk(N_PROJECTS)),
        col("author_id", "integer", "none", fk(N_USERS)),
        col("user_id", "integer NOT NULL", "none", fk(N_USERS)),
        col("issue_id", "integer", "none", fk(N_ISSUES, 0.2)),
        col("hours", "double precision", "none", pick([0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 8.0])),
        col("comments", "varchar(1024)", "none", pick(["code review", "Daily standup", "Деплой на прод",
                                                       "Аналіз вимог", "Фікс багів", "", "Мітинг з клієнтом"])),
        col("activity_id", "integer NOT NULL", "none", pick([8, 9, 10, 11])),
        col("spent_on", "date", "none", day("2024-01-01", "2024-11-29")),
        col("tyear", "integer", "none", lambda c, i: 2024),
        col("tmonth", "integer", "none", integer(1, 11)),
        col("tweek", "integer", "none", integer(1, 48)),
        col("created_on", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
        col("updated_on", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
    ], rows=150, extra=[f"ALTER TABLE {S}.time_entries ADD FOREIGN KEY (project_id) REFERENCES {S}.projects (id)",
                        f"ALTER TABLE {S}.time_entries ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)",
                        f"ALTER TABLE {S}.time_entries ADD FOREIGN KEY (issue_id) REFERENCES {S}.issues (id)"])
    attachments = Table(S, "attachments", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("container_id", "integer", "none", fk(N_ISSUES)),
        col("container_type", "varchar(30)", "none", lambda c, i: "Issue"),
        col("filename", "varchar(255)", "none", lambda c, i: c.r.choice(
            ["screenshot.png", "production.log", "export.csv", "ТЗ_v{}.docx", "dump_{}.sql.gz", "image{}.jpg"])
            .format(c.r.randint(1, 40))),
        col("disk_filename", "varchar(255)", "none", lambda c, i: f"2411{c.r.randint(10, 30)}{c.r.randint(100000, 999999)}"
            f"_{''.join(c.r.choice('0123456789abcdef') for _ in range(32))}.bin"),
        col("filesize", "bigint", "none", integer(800, 9_000_000)),
        col("content_type", "varchar(255)", "none", pick(["image/png", "text/plain", "application/pdf", "text/csv"])),
        col("digest", "varchar(64)", "none", sha256_of),
        col("downloads", "integer", "none", integer(0, 40)),
        col("author_id", "integer NOT NULL", "none", fk(N_USERS)),
        col("created_on", "timestamp", "none", stamp("2022-01-01", "2024-11-30")),
        col("description", "varchar(255)", "none", pick(["", "лог з продакшену", "макет", "mockup v2"])),
        col("disk_directory", "varchar(255)", "none", lambda c, i: f"2024/{c.r.randint(1, 11):02d}"),
    ], rows=100, extra=[f"ALTER TABLE {S}.attachments ADD FOREIGN KEY (author_id) REFERENCES {S}.users (id)"])
    members = Table(S, "members", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("user_id", "integer NOT NULL", "none", fk(N_USERS)),
        col("project_id", "integer NOT NULL", "none", fk(N_PROJECTS)),
        col("created_on", "timestamp", "none", stamp("2016-03-01", "2024-11-30")),
        col("mail_notification", "boolean", "none", flag(0.2)),
    ], rows=130, extra=[f"ALTER TABLE {S}.members ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)",
                        f"ALTER TABLE {S}.members ADD FOREIGN KEY (project_id) REFERENCES {S}.projects (id)"])
    # a plugin table (redmine_contacts-like) for the FOP contractors' tax ids and birthdays, keyed by user
    contractors = Table(S, "fop_contractor_profiles", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("user_id", "integer NOT NULL", "none", seq),
        col("ipn", "varchar(10)", "national_id", field(U, _user, "tax")),
        col("birthday", "date", "birth_date", field(U, _user, "birth")),
        col("contract_no", "varchar(20)", "none", lambda c, i: f"ФОП-{2019 + i % 6}/{i:03d}"),
        col("rate_usd", "numeric(8,2)", "none", num(8, 45)),
        col("payout_card_mask", "varchar(19)", "none", lambda c, i: f"{c.r.choice(['5168', '4149', '5375'])} **** **** "
                                                                   f"{c.r.randint(1000, 9999)}"),
        col("iban", "varchar(29)", "iban", field(U, _user, "iban")),
    ], rows=95, extra=[f"ALTER TABLE {S}.fop_contractor_profiles ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)"])
    return [users, emails, tokens, projects, issues, journals, cv_phone, time_entries, attachments, members,
            contractors]
