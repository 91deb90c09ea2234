"""ao_ihris: iHRIS Manage (health-workforce HR) as recalled from its cached form tables (hippo_*), for the health
ministry of Equatorial Guinea. Ids are iHRIS form ids ("person|12"); facilities are organisations."""
from __future__ import annotations

from .blind26_gens import C, amounts, const, dates, digits, fkey, maybe, one, sha1, stamps
from .blind39_gens import person, town
from .gens import Table

S = "ao_ihris"
PER = "ih.person"
N_FAC, N_POS, N_PER = 80, 110, 140
FAC = ["Hospital Regional de Bata", "Hospital General de Malabo", "Centro de Salud Ela Nguema", "Centro de Salud Semu",
       "Hospital Distrital de Ebebiyín", "Centro de Salud Luba", "Puesto de Salud Riaba", "Hospital de Mongomo"]


def ref(kind: str, n: int, step: int = 1):
    return lambda c, i: f"{kind}|{(i * step) % n + 1}"


def ihris_tables() -> list[Table]:
    p = lambda f: person("gq", PER, f, 1958, 2000)                     # noqa: E731
    return [
        Table(S, "user", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("username", "varchar(60)", "none", lambda c, i: person("gq", "ih.user", "user")(c, i)),
            C("firstname", "varchar(100)", "person_name", lambda c, i: person("gq", "ih.user", "first")(c, i)),
            C("lastname", "varchar(100)", "person_name", lambda c, i: person("gq", "ih.user", "last")(c, i)),
            C("email", "varchar(100)", "email", lambda c, i: person("gq", "ih.user", "user")(c, i) + "@minsabs.gob.gq"),
            C("password", "varchar(40)", "credentials", lambda c, i: sha1(c)),
            C("role", "varchar(30)", "none", one("admin", "hr_manager", "hr_staff", "executive")),
            C("creator", "integer", "none", const(1)),
            C("locale", "varchar(10)", "none", one("es_GQ", "fr_FR", "en_US")),
        ], rows=24),
        Table(S, "hippo_facility", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"facility|{i}"),
            C("parent", "varchar(64)", "none", const("")),
            C("name", "varchar(255)", "none", lambda c, i: FAC[i % 8] if i <= 8 else f"Puesto de Salud {i:03d}"),
            C("facility_type", "varchar(64)", "none", one("facility_type|hospital", "facility_type|centro",
                                                          "facility_type|puesto")),
            C("location", "varchar(64)", "none", one("district|malabo", "district|bata", "district|luba",
                                                     "district|mongomo", "district|ebebiyin")),
            C("status", "varchar(64)", "none", one("facility_status|open", "facility_status|open", "facility_status|closed")),
            C("last_modified", "timestamp", "none", stamps(2016, 2025)),
        ], rows=N_FAC),
        Table(S, "hippo_facility_contact", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"contact_work|{i}"),
            C("parent", "varchar(64)", "none", lambda c, i: f"facility|{i}"),
            C("address", "text", "none", lambda c, i: f"{c.r.choice(['Carretera', 'Calle'])} del hospital s/n, "
                                                     f"{town('gq')(c, i)}"),
            C("telephone", "varchar(40)", "none", lambda c, i: f"+240 333 0{digits(c, 2)} {digits(c, 3)}"),
            C("fax", "varchar(40)", "none", maybe(lambda c, i: f"+240 333 0{digits(c, 2)} {digits(c, 3)}", 0.3)),
            C("email", "varchar(100)", "none", lambda c, i: f"direccion.fac{i}@minsabs.gob.gq"),
        ], rows=N_FAC, extra=[fkey(S, "hippo_facility_contact", "parent", "hippo_facility", "id")]),
        Table(S, "hippo_position", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"position|{i}"),
            C("code", "varchar(20)", "none", lambda c, i: f"MS-{i:04d}"),
            C("title", "varchar(255)", "none", one("Enfermero/a", "Matrona", "Médico general", "Técnico de laboratorio",
                                                   "Farmacéutico/a", "Auxiliar de clínica")),
            C("job", "varchar(64)", "none", one("job|nurse", "job|midwife", "job|md", "job|labtech")),
            C("facility", "varchar(64)", "none", ref("facility", N_FAC, 3)),
            C("status", "varchar(64)", "none", one("position_status|filled", "position_status|open")),
            C("pos_type", "varchar(64)", "none", one("position_type|permanent", "position_type|contract")),
            C("last_modified", "timestamp", "none", stamps(2016, 2025)),
        ], rows=N_POS, extra=[fkey(S, "hippo_position", "facility", "hippo_facility", "id")]),
        Table(S, "hippo_person", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"person|{i}"),
            C("parent", "varchar(64)", "none", const("")),
            C("firstname", "varchar(100)", "person_name", p("first")),
            C("surname", "varchar(100)", "person_name", p("last")),
            C("othername", "varchar(100)", "person_name", maybe(lambda c, i: c.r.choice(["Nchama", "Ayingono", "Bindang",
                                                                                       "Mokuy", "Eworo"]), 0.5)),
            C("nationality", "varchar(64)", "none", one("country|GQ", "country|GQ", "country|CM", "country|CU")),
            C("residence", "varchar(64)", "none", one("district|malabo", "district|bata", "district|luba")),
            C("last_modified", "timestamp", "none", stamps(2016, 2025)),
        ], rows=N_PER),
        Table(S, "hippo_demographic", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"demographic|{i}"),
            C("parent", "varchar(64)", "none", lambda c, i: f"person|{i}"),
            C("birth_date", "date", "birth_date", p("birth")),
            C("gender", "varchar(64)", "none", lambda c, i: f"gender|{p('sex')(c, i)}"),
            C("marital_status", "varchar(64)", "none", one("marital_status|single", "marital_status|married",
                                                           "marital_status|widowed")),
            C("dependents", "integer", "none", one(0, 1, 2, 3, 4, 5, 6)),
        ], rows=N_PER, extra=[fkey(S, "hippo_demographic", "parent", "hippo_person", "id")]),
        Table(S, "hippo_person_id", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"person_id|{i}"),
            C("parent", "varchar(64)", "none", lambda c, i: f"person|{i}"),
            C("id_type", "varchar(64)", "none", one("id_type|dip", "id_type|dip", "id_type|pasaporte")),
            C("id_num", "varchar(40)", "national_id", p("natid")),
            C("issue_date", "date", "none", dates(2012, 2024)),
            C("expiration_date", "date", "none", dates(2025, 2034)),
            C("place", "varchar(64)", "none", town("gq")),
        ], rows=N_PER, extra=[fkey(S, "hippo_person_id", "parent", "hippo_person", "id")]),
        Table(S, "hippo_person_contact_personal", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"person_contact_personal|{i}"),
            C("parent", "varchar(64)", "none", lambda c, i: f"person|{i}"),
            C("address", "text", "postal_address", p("a_line")),
            C("telephone", "varchar(40)", "phone", maybe(p("phone"), 0.3)),
            C("mobile_phone", "varchar(40)", "phone", p("mobile")),
            C("email", "varchar(100)", "email", maybe(p("email"), 0.6)),
            C("fax", "varchar(40)", "none", const("")),
        ], rows=N_PER, extra=[fkey(S, "hippo_person_contact_personal", "parent", "hippo_person", "id")]),
        Table(S, "hippo_person_position", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"person_position|{i}"),
            C("parent", "varchar(64)", "none", lambda c, i: f"person|{i}"),
            C("position", "varchar(64)", "none", ref("position", N_POS, 1)),
            C("start_date", "date", "none", dates(2005, 2024)),
            C("end_date", "date", "none", maybe(dates(2020, 2025), 0.2)),
            C("start_salary", "varchar(40)", "none", lambda c, i: f"currency|XAF={amounts(180000, 900000, 0)(c, i)}"),
            C("reason", "varchar(64)", "none", maybe(one("reason_departure|retired", "reason_departure|resigned",
                                                         "reason_departure|deceased"), 0.2)),
        ], rows=N_PER, extra=[fkey(S, "hippo_person_position", "parent", "hippo_person", "id"),
                              fkey(S, "hippo_person_position", "position", "hippo_position", "id")]),
        Table(S, "hippo_person_education", [
            C("id", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"education|{i}"),
            C("parent", "varchar(64)", "none", ref("person", N_PER, 7)),
            C("degree", "varchar(64)", "none", one("degree|enfermeria", "degree|medicina", "degree|matrona",
                                                   "degree|laboratorio")),
            C("institution", "varchar(255)", "none", one("Universidad Nacional de Guinea Ecuatorial",
                                                         "Escuela de Enfermería de Bata", "Universidad de Ciencias "
                                                         "Médicas de La Habana", "Université de Yaoundé I")),
            C("year", "integer", "none", one(1998, 2004, 2009, 2012, 2016, 2019)),
            C("last_modified", "timestamp", "none", stamps(2016, 2025)),
        ], rows=120, extra=[fkey(S, "hippo_person_education", "parent", "hippo_person", "id")]),
    ]
