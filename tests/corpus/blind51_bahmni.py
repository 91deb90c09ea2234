"""ba_bahmni: a re-creation of part of the Bahmni hospital system (OpenMRS data model underneath) as run by a
community clinic in Montpellier: users, persons, names, addresses, attributes, identifiers, observations and drug orders."""
from __future__ import annotations

from .blind26_gens import (C, amounts, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps,
                           uuid)
from .blind51_gens import P, any_mobile, name
from .gens import Table

S = "ba_bahmni"
N_P, N_U = 140, 24


def _uuid(c, i):
    return uuid(c)


def _obs_text(c, i):
    return c.r.choice([None, "RAS.", "Douleur thoracique atypique, ECG normal.",
                       f"Accompagné de sa fille {name('oc')(c, i)} (06 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"
                       f" {digits(c, 2)}).", "Toux sèche depuis 10 jours, pas de fièvre.",
                       f"Rappeler le Dr {name('oc')(c, i)} pour résultats."])


def bahmni_tables() -> list[Table]:
    p = lambda f: P("oc", "bh.person", f, 1938, 2020)       # noqa: E731
    u = lambda f: P("oc", "bh.users", f, 1960, 1998)        # noqa: E731
    return [
        Table(S, "users", [
            C("user_id", "integer PRIMARY KEY", "none", seq()),
            C("system_id", "varchar(50)", "none", lambda c, i: f"{i + 1}-{c.r.randint(1, 9)}"),
            C("username", "varchar(50)", "none", u("user")),
            C("password", "varchar(128)", "credentials", lambda c, i: hexs(c, 128)),
            C("salt", "varchar(128)", "credentials", lambda c, i: hexs(c, 128)),
            C("secret_question", "varchar(255)", "none", maybe(one("Nom de votre premier animal ?", "Ville natale ?"), 0.3)),
            C("secret_answer", "varchar(255)", "credentials", maybe(one("Pitchoun", "Rodez", "Misto", "Lunel"), 0.3)),
            C("given_name", "varchar(50)", "person_name", u("first")),
            C("family_name", "varchar(50)", "person_name", u("last")),
            C("retired", "boolean", "none", flag(0.1)),
            C("date_created", "timestamp", "none", stamps(2016, 2024)),
        ], rows=N_U),
        Table(S, "person", [
            C("person_id", "integer PRIMARY KEY", "none", seq()),
            C("gender", "varchar(50)", "none", p("sex")),
            C("birthdate", "date", "birth_date", p("birth")),
            C("birthdate_estimated", "boolean", "none", flag(0.08)),
            C("dead", "boolean", "none", flag(0.03)),
            C("cause_of_death", "varchar(80)", "health", maybe(one("Infarctus du myocarde", "AVC", "Cancer du poumon"), 0.03)),
            C("uuid", "char(36)", "none", _uuid),
            C("creator", "integer", "none", fk(N_U, 5)),
            C("date_created", "timestamp", "none", stamps(2016, 2025)),
        ], rows=N_P, extra=[fkey(S, "person", "creator", "users", "user_id")]),
        Table(S, "person_name", [
            C("person_name_id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", lambda c, i: i),
            C("preferred", "boolean", "none", flag(0.95)),
            C("prefix", "varchar(50)", "none", one("M.", "Mme", None)),
            C("given_name", "varchar(50)", "person_name", p("first")),
            C("middle_name", "varchar(50)", "person_name", maybe(lambda c, i: c.r.choice(["Marie", "Joan", "Pèire"]), 0.2)),
            C("family_name", "varchar(50)", "person_name", p("last")),
            C("family_name2", "varchar(50)", "person_name", maybe(p("last2"), 0.3), comment="nom de naissance"),
        ], rows=N_P, extra=[fkey(S, "person_name", "person_id", "person", "person_id")]),
        Table(S, "person_address", [
            C("person_address_id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", lambda c, i: i),
            C("address1", "varchar(255)", "postal_address", p("a_line")),
            C("city_village", "varchar(255)", "none", p("a_city")),
            C("postal_code", "varchar(50)", "postal_address", p("a_postcode")),
            C("state_province", "varchar(255)", "none", one("Occitanie")),
            C("latitude", "varchar(50)", "geo_location", maybe(lambda c, i: f"{43.6 + c.r.uniform(-0.4, 0.4):.5f}", 0.4)),
            C("longitude", "varchar(50)", "geo_location", maybe(lambda c, i: f"{3.87 + c.r.uniform(-0.9, 0.9):.5f}", 0.4)),
        ], rows=N_P, extra=[fkey(S, "person_address", "person_id", "person", "person_id")]),
        Table(S, "person_attribute", [
            C("person_attribute_id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", lambda c, i: i),
            C("phoneNumber", "varchar(50)", "phone", p("mobile")),
            C("email", "varchar(80)", "email", maybe(p("email"), 0.6)),
            C("healthInsurance", "varchar(50)", "none", one("CPAM + mutuelle", "CSS", "AME", "CPAM")),
            C("primaryRelative", "varchar(100)", "person_name", name("oc")),
            C("relativePhone", "varchar(50)", "phone", any_mobile("oc")),
            C("occupation", "varchar(50)", "none", one("Retraité", "Agriculteur", "Enseignante", "Sans emploi", "Cuisinier")),
            C("education", "varchar(50)", "none", one("Bac", "CAP", "Licence", "Aucun")),
        ], rows=N_P, extra=[fkey(S, "person_attribute", "person_id", "person", "person_id")]),
        Table(S, "patient_identifier", [
            C("patient_identifier_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", lambda c, i: i),
            C("identifier", "varchar(50)", "none", lambda c, i: f"MTP{200000 + i}"),
            C("nir", "varchar(15)", "national_id", p("natid")),
            C("location_id", "integer", "none", ints(1, 4)),
        ], rows=N_P, extra=[fkey(S, "patient_identifier", "patient_id", "person", "person_id")]),
        Table(S, "obs", [
            C("obs_id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", fk(N_P, 3)),
            C("concept_id", "integer", "none", one(5085, 5086, 5087, 5089, 5242, 160912)),
            C("obs_datetime", "timestamp", "none", stamps(2023, 2025)),
            C("value_numeric", "double precision", "health", amounts(35, 190, 1)),
            C("value_coded_name", "varchar(80)", "health", maybe(one("Diabète type 2", "HTA", "Asthme", "Dépression"), 0.5)),
            C("value_text", "text", "free_text_may_contain_pii", _obs_text),
            C("voided", "boolean", "none", flag(0.02)),
        ], rows=150, extra=[fkey(S, "obs", "person_id", "person", "person_id")]),
        Table(S, "drug_order", [
            C("order_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_P, 7)),
            C("orderer", "integer", "none", fk(N_U, 3)),
            C("drug_name", "varchar(80)", "health", one("Metformine 850 mg", "Amlodipine 5 mg", "Sertraline 50 mg",
                                                         "Salbutamol inhal.", "Lévothyrox 75 µg")),
            C("dose", "double precision", "none", one(1, 0.5, 2)),
            C("frequency", "varchar(30)", "none", one("1-0-1", "1-0-0", "si besoin")),
            C("duration_days", "integer", "none", ints(7, 90)),
            C("date_activated", "timestamp", "none", stamps(2023, 2025)),
            C("dispensed", "boolean", "none", flag(0.7)),
            C("total_price", "numeric(8,2)", "none", amounts(2, 80)),
        ], rows=150, extra=[fkey(S, "drug_order", "patient_id", "person", "person_id"),
                            fkey(S, "drug_order", "orderer", "users", "user_id")]),
    ]

