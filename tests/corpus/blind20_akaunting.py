"""x_akaunting: Akaunting (Laravel accounting) of a Sofia interior-design studio; private Bulgarian clients and
supplier companies, Bulgarian-language documents."""
from __future__ import annotations

import random

from stdnum import iban
from stdnum.bg import egn, vat

from .blind20_gens import (b64tok, bcrypt, col, digits, field, fk, flag, maybe, num, pick, rdate, row, seq, stamp,
                           texts)
from .gens import Table

S = "x_akaunting"
N_COMP, N_USERS, N_CONTACTS, N_ACC, N_CAT, N_DOCS = 7, 40, 150, 12, 24, 150

MEN = ["Георги", "Иван", "Димитър", "Николай", "Петър", "Стоян", "Христо", "Калоян", "Васил", "Тодор", "Мартин"]
WOMEN = ["Мария", "Елена", "Десислава", "Йорданка", "Ралица", "Цветелина", "Надежда", "Гергана", "Виктория", "Аня"]
SURN = ["Иванов", "Петров", "Георгиев", "Димитров", "Стоянов", "Николов", "Христов", "Тодоров", "Колев", "Маринов",
        "Ангелов", "Попов", "Вълчев", "Костадинов", "Цветков"]
LAT = {"Георги": "georgi", "Иван": "ivan", "Димитър": "dimitar", "Николай": "nikolay", "Петър": "petar",
       "Стоян": "stoyan", "Христо": "hristo", "Калоян": "kaloyan", "Васил": "vasil", "Тодор": "todor",
       "Мартин": "martin", "Мария": "maria", "Елена": "elena", "Десислава": "desislava", "Йорданка": "yordanka",
       "Ралица": "ralitsa", "Цветелина": "tsvetelina", "Надежда": "nadezhda", "Гергана": "gergana",
       "Виктория": "viktoria", "Аня": "anya"}
VENDOR_DOMAINS = ["videnov.bg", "terazid.bg", "baumax.bg", "kera.bg", "bor-bg.com", "svetlini.bg",
                  "textil-sz.bg", "mrbricolage.bg"]
SURN_LAT = ["ivanov", "petrova", "georgieva", "dimitrov", "stoyanov", "kolev", "marinova", "popov"]
CITIES = [("София", "1", 0.6), ("Пловдив", "4", 0.15), ("Варна", "9", 0.1), ("Бургас", "8", 0.08),
          ("Банско", "2", 0.07)]
STREETS = ["ул. „Граф Игнатиев“", "бул. „Витоша“", "ул. „Шипка“", "бул. „Черни връх“", "ул. „Оборище“",
           "ул. „Цар Асен“", "бул. „Сливница“", "ул. „Раковски“"]
QUARTERS = ["ж.к. Младост 1", "ж.к. Люлин 5", "ж.к. Дружба 2", "кв. Лозенец", "ж.к. Надежда 3"]
VENDORS = ["Мебели Виденов ЕООД", "Теразид АД", "Баумакс България ЕООД", "Керамика Кера ООД", "Дървообработка Бор ООД",
           "Светлини Дизайн ЕООД", "Текстил Ст. Загора АД", "Мосю Бриколаж България ЕАД"]


def _phone(r: random.Random) -> str:
    n = digits(r, 7)
    op = r.choice(["88", "87", "89", "98", "99", "89"])
    return r.choice([f"+359 {op} {n[:3]} {n[3:]}", f"0{op}{n}", f"0{op}{n[0]} {n[1:4]} {n[4:]}"])


def _egn(r: random.Random, born) -> str:
    mm = born.month + (40 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{mm:02d}{born.day:02d}{digits(r, 3)}"
    return body + egn.calc_check_digit(body)


def _eik(r: random.Random) -> str:
    body = r.choice(["1", "2"]) + digits(r, 7)
    return body + vat.calc_check_digit_legal(body)


def _iban(r: random.Random) -> str:
    bban = r.choice(["UNCR", "STSA", "FINV", "RZBB", "UBBS"]) + r.choice(["7000", "9300", "8888"]) + "10" + digits(r, 8)
    return "BG" + iban.calc_check_digits("BG00" + bban) + bban


def _addr(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"{r.choice(QUARTERS)}, бл. {r.randint(1, 320)}, вх. {r.choice('АБВГ')}, ет. {r.randint(1, 14)}, " \
               f"ап. {r.randint(1, 90)}"
    return f"{r.choice(STREETS)} {r.randint(1, 140)}" + r.choice(["", f", ет. {r.randint(1, 7)}"])


def _contact(r: random.Random, i: int) -> dict:
    vendor = i % 6 == 0
    city, pc, _ = r.choices(CITIES, [x[2] for x in CITIES])[0]
    female = r.random() < 0.5
    first = r.choice(WOMEN if female else MEN)
    last = r.choice(SURN) + ("а" if female else "")
    if vendor:
        k = r.randrange(len(VENDORS))
        name = VENDORS[k]
        mail = f"{r.choice(['office', 'sales', 'orders'])}@{VENDOR_DOMAINS[k]}"
        tax, phone = "BG" + _eik(r), f"02 {digits(r, 3)} {digits(r, 4)}"
    else:
        name = f"{first} {last}"
        mail = f"{LAT[first]}.{r.randint(70, 99)}@{r.choice(['abv.bg', 'gmail.com', 'mail.bg', 'dir.bg'])}"
        tax, phone = _egn(r, rdate(r, 1955, 2001)), _phone(r)
    return {"type": "vendor" if vendor else "customer", "name": name, "mail": mail, "tax": tax, "phone": phone,
            "addr": _addr(r), "city": city, "zip": pc + digits(r, 3), "first": first, "last": last}


def _user(r: random.Random, i: int) -> dict:
    female = r.random() < 0.6
    first = r.choice(WOMEN if female else MEN)
    last = r.choice(SURN) + ("а" if female else "")
    return {"name": f"{first} {last}", "mail": f"{LAT[first]}@studio-lineya.bg" if i < 30 else
            f"{LAT[first]}.{r.choice(SURN_LAT)}@abv.bg"}


C, U = "akaunting.contacts", "akaunting.users"
TS = [col("created_at", "timestamp", "none", stamp("2021-01-01", "2024-11-30")),
      col("updated_at", "timestamp", "none", stamp("2024-01-01", "2024-11-30"))]


def akaunting_tables() -> list[Table]:
    companies = Table(S, "companies", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("domain", "varchar(255)", "none", pick(["", "lineya.bg"])),
        col("enabled", "boolean", "none", flag(0.9)),
        col("created_from", "varchar(100)", "none", lambda c, i: "core::ui"),
        col("created_by", "integer", "none", lambda c, i: 1),
        *TS,
        col("deleted_at", "timestamp", "none", lambda c, i: None),
    ], rows=N_COMP)
    settings_pool = [("company.name", "Студио Линея ЕООД"), ("company.email", "office@studio-lineya.bg"),
                     ("company.phone", "02 981 44 20"), ("company.address", "ул. „Шипка“ 34, 1504 София"),
                     ("company.tax_number", "BG205611739"), ("localisation.financial_start", "01-01"),
                     ("default.currency", "BGN"), ("default.locale", "bg-BG"), ("invoice.prefix", "INV-"),
                     ("email.protocol", "smtp"), ("email.smtp_host", "mail.studio-lineya.bg"),
                     ("email.smtp_username", "office@studio-lineya.bg"), ("email.smtp_password", None)]
    settings = Table(S, "settings", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: (i - 1) // len(settings_pool) % N_COMP + 1),
        col("key", "varchar(255)", "none", lambda c, i: settings_pool[(i - 1) % len(settings_pool)][0]),
        col("value", "text", "credentials", lambda c, i: settings_pool[(i - 1) % len(settings_pool)][1] or c.r.choice(
            ["Lineya#2021", "Sm7p!sofia", "Parola123!", "kD9$wq2Lm"])),
    ], rows=91,
        extra=[f"ALTER TABLE {S}.settings ADD FOREIGN KEY (company_id) REFERENCES {S}.companies (id)"])
    users = Table(S, "users", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("name", "varchar(255)", "person_name", field(U, _user, "name")),
        col("email", "varchar(255)", "email", field(U, _user, "mail")),
        col("password", "varchar(255)", "credentials", bcrypt),
        col("remember_token", "varchar(100)", "secret_token", maybe(0.7, b64tok(45))),
        col("last_logged_in_at", "timestamp", "none", stamp("2024-01-01", "2024-11-30")),
        col("locale", "varchar(255)", "none", pick(["bg-BG", "bg-BG", "en-GB"])),
        col("landing_page", "varchar(70)", "none", pick(["dashboard", "sales.invoices.index"])),
        col("enabled", "boolean", "none", flag(0.9)),
        col("created_from", "varchar(100)", "none", pick(["core::ui", "core::invitation"])),
        col("created_by", "integer", "none", lambda c, i: 1),
        *TS,
        col("deleted_at", "timestamp", "none", lambda c, i: None),
    ], rows=N_USERS)
    user_companies = Table(S, "user_companies", [
        col("user_id", "integer NOT NULL", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: i % N_COMP + 1),
        col("user_type", "varchar(255)", "none", lambda c, i: "user"),
    ], rows=N_USERS, extra=[f"ALTER TABLE {S}.user_companies ADD FOREIGN KEY (user_id) REFERENCES {S}.users (id)",
                            f"ALTER TABLE {S}.user_companies ADD FOREIGN KEY (company_id) REFERENCES {S}.companies (id)"])
    contacts = Table(S, "contacts", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: 1),
        col("type", "varchar(255)", "none", field(C, _contact, "type")),
        col("name", "varchar(255)", "person_name", field(C, _contact, "name")),
        col("email", "varchar(255)", "email", field(C, _contact, "mail")),
        col("user_id", "integer", "none", lambda c, i: None),
        col("tax_number", "varchar(255)", "national_id", field(C, _contact, "tax")),
        col("phone", "varchar(255)", "phone", field(C, _contact, "phone")),
        col("address", "text", "postal_address", field(C, _contact, "addr")),
        col("city", "varchar(255)", "none", field(C, _contact, "city")),
        col("zip_code", "varchar(255)", "postal_address", field(C, _contact, "zip")),
        col("state", "varchar(255)", "none", lambda c, i: None),
        col("country", "varchar(255)", "none", lambda c, i: "BG"),
        col("website", "varchar(255)", "none", lambda c, i: None),
        col("currency_code", "varchar(255)", "none", pick(["BGN", "BGN", "EUR"])),
        col("enabled", "boolean", "none", flag(0.95)),
        col("reference", "varchar(255)", "none", maybe(0.3, lambda c, i: f"обект {c.r.randint(1, 400)}")),
        col("created_from", "varchar(100)", "none", pick(["core::ui", "core::import"])),
        col("created_by", "integer", "none", fk(N_USERS)),
        *TS,
    ], rows=N_CONTACTS, extra=[f"ALTER TABLE {S}.contacts ADD FOREIGN KEY (company_id) REFERENCES {S}.companies (id)"])
    # supplier companies name a person to talk to
    contact_persons = Table(S, "contact_persons", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: 1),
        col("contact_id", "integer NOT NULL", "none", lambda c, i: 6 * (i % 25 + 1)),
        col("type", "varchar(255)", "none", lambda c, i: "vendor"),
        col("name", "varchar(255)", "person_name", lambda c, i: c.r.choice(
            [f"{c.r.choice(MEN)} {c.r.choice(SURN)}", f"{c.r.choice(WOMEN)} {c.r.choice(SURN)}а"])),
        col("email", "varchar(255)", "email", lambda c, i: f"{c.r.choice(list(LAT.values()))}.{c.r.choice(SURN_LAT)}"
                                                           f"@{c.r.choice(['videnov.bg', 'kera.bg', 'bor-bg.com'])}"),
        col("phone", "varchar(255)", "phone", lambda c, i: _phone(c.r)),
        col("created_from", "varchar(100)", "none", lambda c, i: "core::ui"),
        col("created_by", "integer", "none", fk(N_USERS)),
        *TS,
    ], rows=80, extra=[f"ALTER TABLE {S}.contact_persons ADD FOREIGN KEY (contact_id) REFERENCES {S}.contacts (id)"])
    accounts = Table(S, "accounts", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: i % N_COMP + 1),
        col("type", "varchar(255)", "none", pick(["bank", "bank", "credit_card"])),
        col("name", "varchar(255)", "none", pick(["Разплащателна сметка", "Каса", "Сметка EUR", "Кредитна карта"])),
        col("number", "varchar(255)", "none", lambda c, i: _iban(c.r)),
        col("currency_code", "varchar(255)", "none", pick(["BGN", "EUR"])),
        col("opening_balance", "numeric(15,4)", "none", num(0, 40000, 4)),
        col("bank_name", "varchar(255)", "none", pick(["УниКредит Булбанк", "ДСК", "Пощенска банка", "ОББ"])),
        col("bank_phone", "varchar(255)", "none", pick(["0700 1 84 84", "0700 10 375", "0700 117 17"])),
        col("bank_address", "text", "none", pick(["пл. „Света Неделя“ 7, София", "ул. „Московска“ 19, София"])),
        col("enabled", "boolean", "none", flag(0.9)),
        *TS,
    ], rows=N_ACC, extra=[f"ALTER TABLE {S}.accounts ADD FOREIGN KEY (company_id) REFERENCES {S}.companies (id)"])
    categories = Table(S, "categories", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: i % N_COMP + 1),
        col("name", "varchar(255)", "none", pick(["Проектиране", "Авторски надзор", "Мебели", "Осветление",
                                                  "Наем", "Заплати", "Транспорт", "Консултация", "Други"])),
        col("type", "varchar(255)", "none", pick(["income", "expense", "item", "other"])),
        col("color", "varchar(255)", "none", pick(["#6da252", "#efad32", "#328aef", "#e5e5e5"])),
        col("enabled", "boolean", "none", flag(0.9)),
    ], rows=N_CAT)

    def doc(name: str):
        return lambda c, i: row(c, C, (i * 7) % N_CONTACTS + 1, _contact)[name]

    documents = Table(S, "documents", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: 1),
        col("type", "varchar(255)", "none", lambda c, i: "bill" if doc("type")(c, i) == "vendor" else "invoice"),
        col("document_number", "varchar(255)", "none", lambda c, i: f"INV-{i + 1200:05d}"),
        col("order_number", "varchar(255)", "none", maybe(0.3, lambda c, i: f"ПОР-{c.r.randint(100, 999)}")),
        col("status", "varchar(255)", "none", pick(["draft", "sent", "paid", "paid", "partial", "cancelled"])),
        col("issued_at", "timestamp", "none", stamp("2022-01-01", "2024-11-30")),
        col("due_at", "timestamp", "none", stamp("2022-01-15", "2024-12-31")),
        col("amount", "numeric(15,4)", "none", num(80, 25000, 4)),
        col("currency_code", "varchar(255)", "none", lambda c, i: "BGN"),
        col("currency_rate", "double precision", "none", lambda c, i: 1.0),
        col("category_id", "integer", "none", fk(N_CAT)),
        col("contact_id", "integer NOT NULL", "none", lambda c, i: (i * 7) % N_CONTACTS + 1),
        col("contact_name", "varchar(255)", "person_name", doc("name")),
        col("contact_email", "varchar(255)", "email", doc("mail")),
        col("contact_tax_number", "varchar(255)", "national_id", doc("tax")),
        col("contact_phone", "varchar(255)", "phone", doc("phone")),
        col("contact_address", "text", "postal_address", doc("addr")),
        col("contact_city", "varchar(255)", "none", doc("city")),
        col("contact_zip_code", "varchar(255)", "postal_address", doc("zip")),
        col("contact_state", "varchar(255)", "none", lambda c, i: None),
        col("contact_country", "varchar(255)", "none", lambda c, i: "BG"),
        col("notes", "text", "free_text_may_contain_pii", texts(
            "", "Проект: дневна и кухня, {a}. Ключ от портиера.", "Обект {a}; за връзка с {n} {s}, тел. {p}.",
            "Аванс 50% по договор {k}", "Монтажът е съгласуван с {n} — {p}",
            a=QUARTERS, n=MEN + WOMEN, s=SURN, p=["0888 412 330", "+359 87 915 2047", "0898 61 44 02"],
            k=["Д-2023/14", "Д-2024/03", "Д-2024/22"])),
        col("footer", "text", "none", pick(["Благодарим Ви!", "Плащане по банков път в срок 7 дни.", ""])),
        col("parent_id", "integer", "none", lambda c, i: None),
        col("created_from", "varchar(100)", "none", pick(["core::ui", "core::recurring"])),
        col("created_by", "integer", "none", fk(N_USERS)),
        *TS,
    ], rows=N_DOCS, extra=[f"ALTER TABLE {S}.documents ADD FOREIGN KEY (contact_id) REFERENCES {S}.contacts (id)",
                           f"ALTER TABLE {S}.documents ADD FOREIGN KEY (category_id) REFERENCES {S}.categories (id)"])
    items = Table(S, "document_items", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: 1),
        col("type", "varchar(255)", "none", lambda c, i: "invoice"),
        col("document_id", "integer NOT NULL", "none", fk(N_DOCS)),
        col("item_id", "integer", "none", maybe(0.7, fk(60))),
        col("name", "varchar(255)", "none", pick(["Идеен проект", "3D визуализация", "Работен проект", "Авторски надзор",
                                                  "Доставка и монтаж на кухня", "Осветително тяло", "Завеси"])),
        col("description", "text", "none", pick(["", "м² жилищна площ", "по спецификация", "вкл. транспорт"])),
        col("sku", "varchar(255)", "none", maybe(0.5, lambda c, i: f"LN-{c.r.randint(100, 999)}")),
        col("quantity", "double precision", "none", pick([1, 1, 2, 3, 45, 78, 120])),
        col("price", "double precision", "none", num(15, 4500)),
        col("tax", "double precision", "none", lambda c, i: 20.0),
        col("discount_type", "varchar(255)", "none", pick(["normal", "fixed"])),
        col("discount_rate", "double precision", "none", pick([0, 0, 0, 5, 10])),
        col("total", "double precision", "none", num(15, 9000)),
        *TS,
    ], rows=150, extra=[f"ALTER TABLE {S}.document_items ADD FOREIGN KEY (document_id) REFERENCES {S}.documents (id)"])
    transactions = Table(S, "transactions", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("company_id", "integer NOT NULL", "none", lambda c, i: 1),
        col("type", "varchar(255)", "none", pick(["income", "income", "expense"])),
        col("number", "varchar(255)", "none", lambda c, i: f"TRA-{i:05d}"),
        col("paid_at", "timestamp", "none", stamp("2022-01-01", "2024-11-30")),
        col("amount", "numeric(15,4)", "none", num(20, 20000, 4)),
        col("currency_code", "varchar(255)", "none", lambda c, i: "BGN"),
        col("currency_rate", "double precision", "none", lambda c, i: 1.0),
        col("account_id", "integer NOT NULL", "none", fk(N_ACC)),
        col("document_id", "integer", "none", fk(N_DOCS, 0.2)),
        col("contact_id", "integer", "none", fk(N_CONTACTS, 0.1)),
        col("category_id", "integer NOT NULL", "none", fk(N_CAT)),
        col("description", "text", "none", texts("Плащане по фактура INV-{k}", "Наем офис {m}", "Гориво",
                                                 "Банкова такса", k=[f"{x:05d}" for x in range(1200, 1350)],
                                                 m=["януари", "февруари", "март", "октомври"])),
        col("payment_method", "varchar(255)", "none", pick(["offline-payments.bank_transfer.2",
                                                            "offline-payments.cash.1"])),
        col("reference", "varchar(255)", "none", maybe(0.5, lambda c, i: f"FT{digits(c.r, 10)}")),
        col("parent_id", "integer", "none", lambda c, i: None),
        col("reconciled", "boolean", "none", flag(0.6)),
        col("created_by", "integer", "none", fk(N_USERS)),
        *TS,
    ], rows=150, extra=[f"ALTER TABLE {S}.transactions ADD FOREIGN KEY (account_id) REFERENCES {S}.accounts (id)",
                        f"ALTER TABLE {S}.transactions ADD FOREIGN KEY (document_id) REFERENCES {S}.documents (id)",
                        f"ALTER TABLE {S}.transactions ADD FOREIGN KEY (contact_id) REFERENCES {S}.contacts (id)"])
    return [companies, settings, users, user_companies, contacts, contact_persons, accounts, categories, documents,
            items, transactions]
