"""aj_timetrex: TimeTrex Workforce Management (community edition, PostgreSQL; users, bank_account, punch, station,
user_identification, ethnic_group, user_contact) as recalled from its schema files, for a cement and construction
company in Luanda, Angola. Notes are in Portuguese. Time clocks are fingerprint readers."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, bcrypt, const, dates, digits, fk, fkey, hexs, ints, maybe, one, public_ip,
                           seq, stamps)
from .blind26_gens import iban as mk_iban
from .blind34_gens import any_mobile, any_name, person
from .gens import Table

S = "aj_timetrex"
E, K = "tt.user", "tt.contact"
N_USER = 150
ETHNIC = ["Ovimbundu", "Ambundu", "Bakongo", "Lunda-Chokwe", "Nyaneka-Humbe", "Ovambo", "Mestiço", "Europeu"]


def e(f: str):
    return person("ao", E, f, 1962, 2005)


def _note(c, i):
    return c.r.choice([None, None, "Transferido da obra de Viana em 2023.", "Licença de maternidade até Março.",
                       f"Contactar a esposa {any_name('ao')(c, i)} em caso de acidente: {any_mobile('ao')(c, i)}",
                       "Carta de condução categoria C.", "Advertência escrita por faltas injustificadas."])


def timetrex_tables() -> list[Table]:
    k = lambda f: person("ao", K, f)     # noqa: E731
    return [
        Table(S, "ethnic_group", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("name", "varchar(250)", "none", lambda c, i: ETHNIC[i - 1], "reference list"),
            C("created_date", "integer", "none", const(1577836800)),
            C("deleted", "smallint", "none", const(0)),
        ], rows=len(ETHNIC)),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("status_id", "integer", "none", one(10, 10, 10, 20)),
            C("user_name", "varchar(250)", "none", e("user")),
            C("password", "varchar(250)", "credentials", lambda c, i: "2:" + bcrypt(c)),
            C("password_reset_key", "varchar(250)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.1)),
            C("password_reset_date", "integer", "none", maybe(ints(1600000000, 1750000000), 0.1)),
            C("phone_id", "varchar(250)", "none", lambda c, i: str(1000 + i), "quick-punch employee number"),
            C("phone_password", "varchar(250)", "credentials", lambda c, i: digits(c, 4), "quick-punch PIN"),
            C("employee_number", "integer", "none", seq(1000)),
            C("first_name", "varchar(250)", "person_name", e("first")),
            C("middle_name", "varchar(250)", "person_name", maybe(lambda c, i: c.r.choice(["José", "Maria", "Paulo"]), 0.4)),
            C("last_name", "varchar(250)", "person_name", e("last")),
            C("second_last_name", "varchar(250)", "person_name", maybe(lambda c, i: c.r.choice(["Neto", "Kiala", "Capitão"]),
                                                                      0.3)),
            C("sex_id", "integer", "none", lambda c, i: 10 if e("sex")(c, i) == "M" else 20),
            C("address1", "varchar(250)", "postal_address", e("a_line")),
            C("address2", "varchar(250)", "postal_address", maybe(one("Casa 4", "Prédio B, 3.º andar"), 0.2)),
            C("city", "varchar(250)", "none", e("a_city")),
            C("country", "varchar(250)", "none", const("AO")),
            C("province", "varchar(250)", "none", one("LUA", "BGO", "HUA")),
            C("postal_code", "varchar(250)", "none", const(None)),
            C("work_phone", "varchar(250)", "phone", maybe(lambda c, i: f"+244 222 {digits(c, 3)} {digits(c, 3)}", 0.3)),
            C("home_phone", "varchar(250)", "phone", maybe(any_mobile("ao"), 0.3)),
            C("mobile_phone", "varchar(250)", "phone", e("mobile")),
            C("home_email", "varchar(250)", "email", maybe(e("email"), 0.6)),
            C("work_email", "varchar(250)", "email", lambda c, i: f"{e('user')(c, i)}@cimentokwanza.co.ao"),
            C("birth_date", "date", "birth_date", e("birth")),
            C("hire_date", "date", "none", dates(2008, 2025)),
            C("termination_date", "date", "none", maybe(dates(2022, 2025), 0.1)),
            C("sin", "varchar(250)", "national_id", e("natid"), "Bilhete de Identidade"),
            C("other_id1", "varchar(250)", "national_id", lambda c, i: f"{digits(c, 9)}", "INSS (segurança social) number"),
            C("other_id2", "varchar(250)", "national_id", maybe(lambda c, i: f"LA-{digits(c, 6)}", 0.3), "driving licence"),
            C("ethnic_group_id", "integer", "ethnic_origin", maybe(ints(1, len(ETHNIC)), 0.7)),
            C("note", "text", "free_text_may_contain_pii", _note),
            C("longitude", "numeric(15,10)", "geo_location", maybe(lambda c, i: round(13.2 + c.r.uniform(-0.1, 0.2), 7), 0.5)),
            C("latitude", "numeric(15,10)", "geo_location", maybe(lambda c, i: round(-8.85 + c.r.uniform(-0.1, 0.1), 7), 0.5)),
            C("created_date", "integer", "none", ints(1500000000, 1750000000)),
            C("deleted", "smallint", "none", const(0)),
        ], rows=N_USER, extra=[fkey(S, "users", "ethnic_group_id", "ethnic_group", "id")]),
        Table(S, "bank_account", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("user_id", "integer", "none", seq()),
            C("institution", "varchar(15)", "none", one("0040", "0051", "0055", "0006"), "BAI, BFA, BIC, BCI bank codes"),
            C("transit", "varchar(15)", "none", lambda c, i: digits(c, 4), "branch code"),
            C("account", "varchar(50)", "iban", lambda c, i: mk_iban("AO", c.r.choice(["0040", "0051", "0055"]) + digits(c, 17))),
            C("created_date", "integer", "none", ints(1500000000, 1750000000)),
            C("deleted", "smallint", "none", const(0)),
        ], rows=N_USER, extra=[fkey(S, "bank_account", "user_id", "users", "id")]),
        Table(S, "station", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("status_id", "integer", "none", const(20)),
            C("type_id", "integer", "none", one(10, 25, 28, 65)),
            C("station_id", "varchar(250)", "none", lambda c, i: "ANY" if i == 1 else hexs(c, 32)),
            C("source", "varchar(250)", "none", lambda c, i: c.r.choice(["ANY", "192.168.10.0/24", "10.20.1.15"]),
              "allowed network of the clock"),
            C("description", "varchar(250)", "none", one("Portaria Fábrica Cacuaco", "Obra Talatona", "Escritório Maianga")),
            C("last_punch_time_stamp", "timestamp", "none", stamps(2025, 2025)),
        ], rows=12),
        Table(S, "punch", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("punch_control_id", "integer", "none", lambda c, i: (i + 1) // 2),
            C("station_id", "integer", "none", ints(1, 12)),
            C("type_id", "integer", "none", one(10, 10, 20, 30)),
            C("status_id", "integer", "none", lambda c, i: 10 if i % 2 else 20),
            C("time_stamp", "timestamp", "none", stamps(2025, 2025)),
            C("original_time_stamp", "timestamp", "none", stamps(2025, 2025)),
            C("transfer", "smallint", "none", const(0)),
            C("longitude", "numeric(15,10)", "geo_location", lambda c, i: round(13.23 + c.r.uniform(-0.06, 0.06), 7)),
            C("latitude", "numeric(15,10)", "geo_location", lambda c, i: round(-8.83 + c.r.uniform(-0.06, 0.06), 7)),
            C("position_accuracy", "integer", "none", ints(3, 60)),
            C("has_image", "smallint", "none", one(0, 1)),
            C("created_by", "integer", "none", fk(N_USER, 7)),
            C("created_date", "integer", "none", ints(1730000000, 1760000000)),
        ], rows=150, extra=[fkey(S, "punch", "station_id", "station", "id"),
                              fkey(S, "punch", "created_by", "users", "id")]),
        Table(S, "user_identification", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 1)),
            C("type_id", "integer", "none", one(100, 100, 20), "100 = fingerprint template, 20 = badge"),
            C("number", "integer", "none", ints(0, 9), "finger index"),
            C("value", "text", "biometric", lambda c, i: "Rk1SACAyMAA" + b64(c, 360), "fingerprint template, base64"),
            C("extra_value", "text", "none", maybe(one("GrFinger 4.5", "ZK 10.0"), 0.7)),
            C("created_date", "integer", "none", ints(1600000000, 1750000000)),
        ], rows=140, extra=[fkey(S, "user_identification", "user_id", "users", "id")]),
        Table(S, "user_contact", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("status_id", "integer", "none", const(10)),
            C("type_id", "integer", "none", one(10, 20), "10 = emergency contact, 20 = dependant"),
            C("first_name", "varchar(250)", "person_name", k("first")),
            C("last_name", "varchar(250)", "person_name", k("last")),
            C("sex_id", "integer", "none", lambda c, i: 10 if k("sex")(c, i) == "M" else 20),
            C("ethnic_group_id", "integer", "ethnic_origin", maybe(ints(1, len(ETHNIC)), 0.3)),
            C("address1", "varchar(250)", "postal_address", k("a_line")),
            C("city", "varchar(250)", "none", k("a_city")),
            C("home_phone", "varchar(250)", "phone", maybe(any_mobile("ao"), 0.4)),
            C("mobile_phone", "varchar(250)", "phone", k("mobile")),
            C("home_email", "varchar(250)", "email", maybe(k("email"), 0.4)),
            C("birth_date", "date", "birth_date", maybe(k("birth"), 0.6)),
            C("sin", "varchar(250)", "national_id", maybe(k("natid"), 0.4)),
            C("note", "text", "none", maybe(one("Cônjuge", "Filho", "Mãe", "Irmão"), 0.8), "relationship"),
        ], rows=120, extra=[fkey(S, "user_contact", "user_id", "users", "id")]),
        Table(S, "user_wage", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("type_id", "integer", "none", one(10, 20)),
            C("wage", "numeric(20,4)", "none", amounts(70000, 900000), "AOA per month"),
            C("hourly_rate", "numeric(20,4)", "none", amounts(400, 5200)),
            C("effective_date", "date", "none", dates(2020, 2025)),
            C("note", "text", "none", maybe(one("Aumento anual", "Promoção a encarregado"), 0.3)),
        ], rows=N_USER, extra=[fkey(S, "user_wage", "user_id", "users", "id")]),
        Table(S, "authentication", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("session_id", "varchar(250)", "secret_token", lambda c, i: hexs(c, 40)),
            C("object_id", "integer", "none", fk(N_USER, 7)),
            C("type_id", "integer", "none", one(800, 810)),
            C("ip_address", "varchar(250)", "ip_address", lambda c, i: public_ip(c, (41, 102, 105, 197))),
            C("user_agent", "varchar(250)", "none", one("TimeTrex Mobile App/5.0", "Mozilla/5.0 (Linux; Android 13)")),
            C("created_date", "integer", "none", ints(1740000000, 1760000000)),
            C("updated_date", "integer", "none", ints(1740000000, 1760000000)),
        ], rows=100, extra=[fkey(S, "authentication", "object_id", "users", "id")]),
    ]
