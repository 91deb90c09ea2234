"""aw_care2x: Care2x 2.x (integrated hospital information system, care_* tables) as recalled from memory, for a
mission hospital in Kinshasa. Patients, encounters, diagnoses, lab findings, staff users and insurance firms."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, ints, maybe, md5, one, seq, stamps)
from .blind47_gens import any_mobile, any_name, person, pick
from .gens import Table

S = "aw_care2x"
PAT, USR = "c2x.person", "c2x.user"
N_PAT, N_ENC, N_USR, N_FIRM = 140, 150, 30, 12
FIRMS = ["SONAS", "Rawsur Life", "Activa Assurances RDC", "SFA Congo", "Mutuelle des Enseignants", "MUSAKI",
         "Sunu Assurances", "Gras Savoye RDC", "Mutuelle de Santé Bondeko", "Régie des Voies Aériennes (convention)",
         "SNEL (convention)", "Bralima (convention)"]
ICD = [("B50.9", "Paludisme à Plasmodium falciparum"), ("A01.0", "Fièvre typhoïde"), ("I10", "Hypertension essentielle"),
       ("E11.9", "Diabète de type 2"), ("D57.1", "Drépanocytose sans crise"), ("O80", "Accouchement unique spontané"),
       ("J18.9", "Pneumopathie"), ("B20", "Infection à VIH"), ("A15.0", "Tuberculose pulmonaire")]


def _notes(c, i):
    return c.r.choice([None, None, "Patient stable, transfusé 1 poche.", "Référé vers Cliniques Universitaires.",
                       f"Accompagné par sa soeur {any_name('cd')(c, i)}, tél. {any_mobile('cd')(c, i)}",
                       f"Famille à prévenir: {person('cd', PAT, 'full')(c, c.r.randint(1, N_PAT))} (époux)",
                       "Goutte épaisse positive, traitement artésunate IV."])


def care2x_tables() -> list[Table]:
    p = lambda f: person("cd", PAT, f, 1945, 2023)     # noqa: E731
    u = lambda f: person("cd", USR, f, 1960, 1998)     # noqa: E731
    return [
        Table(S, "care_insurance_firm", [
            C("firm_id", "varchar(40) PRIMARY KEY", "none", lambda c, i: f"F{i:03d}"),
            C("name", "varchar(60)", "none", pick(*FIRMS)),
            C("iso_country_id", "char(3)", "none", const("CD")),
            C("type_nr", "smallint", "none", one(1, 2, 3)),
            C("addr", "varchar(255)", "none", lambda c, i: f"{c.r.randint(1, 90)}, Boulevard du 30 Juin, Gombe"),
            C("addr_mail", "varchar(200)", "none", lambda c, i: f"B.P. {c.r.randint(1000, 9999)} Kinshasa I"),
            C("addr_email", "varchar(60)", "none", lambda c, i: f"sinistres@{FIRMS[(i - 1) % 12].split()[0].lower()}.cd"),
            C("phone_main", "varchar(35)", "none", lambda c, i: f"+243 81 {digits(c, 3)} {digits(c, 4)}"),
            C("fax", "varchar(35)", "none", const("")),
            C("contact_person", "varchar(60)", "person_name", any_name("cd")),
            C("contact_phone", "varchar(35)", "phone", any_mobile("cd")),
            C("use_frequency", "bigint", "none", ints(0, 900)),
            C("status", "varchar(25)", "none", const("")),
        ], rows=N_FIRM),
        Table(S, "care_users", [
            C("login_id", "varchar(35) PRIMARY KEY", "none", lambda c, i: f"{u('user')(c, i)}{i}"),
            C("name", "varchar(60)", "person_name", u("full")),
            C("password", "varchar(255)", "credentials", lambda c, i: md5(c)),
            C("personell_nr", "integer", "none", seq(100)),
            C("lockflag", "smallint", "none", one(0, 0, 0, 1)),
            C("permission", "text", "none", one("_a_1_medocs", "_a_1_labwrite _a_1_labread", "System_Admin",
                                                "_a_1_nursingstationallwrite")),
            C("s_date", "date", "none", dates(2015, 2022)),
            C("expire_date", "date", "none", dates(2026, 2027)),
            C("modify_time", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_USR),
        Table(S, "care_person", [
            C("pid", "integer PRIMARY KEY", "none", seq()),
            C("date_reg", "timestamp", "none", stamps(2012, 2025)),
            C("name_first", "varchar(60)", "person_name", p("first")),
            C("name_2", "varchar(60)", "person_name", one("", "", "Mbuyi", "Nsimba", "Kapinga", "Lusamba"),
              comment="postnom"),
            C("name_last", "varchar(60)", "person_name", p("last")),
            C("name_maiden", "varchar(60)", "person_name", maybe(lambda c, i: any_name("cd")(c, i).split()[-1], 0.3)),
            C("date_birth", "date", "birth_date", p("birth")),
            C("blood_group", "char(2)", "health", one("O", "O", "A", "B", "AB")),
            C("addr_str", "varchar(60)", "postal_address", p("a_line")),
            C("addr_str_nr", "varchar(10)", "postal_address", lambda c, i: str(c.r.randint(1, 180))),
            C("addr_zip", "varchar(15)", "postal_address", lambda c, i: c.r.choice(["1050", "1070", "93200"])
              if c.r.random() < 0.06 else "", comment="rarely filled: Kinshasa has no postcodes"),
            C("addr_citytown_nr", "integer", "none", ints(1, 24)),
            C("phone_1_nr", "varchar(35)", "phone", maybe(p("phone"), 0.4)),
            C("cellphone_1_nr", "varchar(35)", "phone", p("mobile")),
            C("email", "varchar(60)", "email", maybe(p("email"), 0.4)),
            C("civil_status", "varchar(35)", "none", one("married", "single", "widowed", "single")),
            C("sex", "char(1)", "none", lambda c, i: p("sex")(c, i).lower()),
            C("title", "varchar(25)", "none", one("", "M.", "Mme", "Mlle", "Abbé")),
            C("photo_filename", "varchar(60)", "none", maybe(lambda c, i: f"{i}.jpg", 0.5)),
            C("ethnic_orig", "integer", "ethnic_origin", maybe(ints(1, 12), 0.8),
              comment="care_type_ethnic_orig: Kongo, Luba, Mongo, Tetela..."),
            C("org_id", "varchar(60)", "none", const("")),
            C("sss_nr", "varchar(60)", "national_id", maybe(lambda c, i: f"INSS-{digits(c, 9)}", 0.3),
              comment="Institut National de Sécurité Sociale"),
            C("nat_id_nr", "varchar(60)", "national_id", p("natid")),
            C("religion", "varchar(125)", "religious_belief", one("Catholique", "Protestant (ECC)", "Kimbanguiste",
                                                                  "Église de réveil", "Musulman", "")),
            C("mother_pid", "integer", "none", const(0)),
            C("contact_person", "varchar(255)", "person_name", any_name("cd")),
            C("contact_relation", "varchar(35)", "none", one("époux", "épouse", "mère", "frère", "fils")),
            C("death_date", "date", "none", maybe(dates(2020, 2025), 0.04)),
            C("death_cause", "varchar(255)", "health", maybe(one("Paludisme grave", "AVC", "Sepsis néonatal"), 0.04)),
            C("history", "text", "none", lambda c, i: f"Create: {c.r.choice(['2019', '2021', '2023'])}-0{c.r.randint(1, 9)}"
              f"-1{c.r.randint(0, 9)} = {u('user')(c, c.r.randint(1, N_USR))}"),
            C("status", "varchar(20)", "none", one("", "", "deleted")),
        ], rows=N_PAT),
        Table(S, "care_encounter", [
            C("encounter_nr", "bigint PRIMARY KEY", "none", seq(2024000000)),
            C("pid", "integer", "none", fk(N_PAT, 3)),
            C("encounter_date", "timestamp", "none", stamps(2023, 2025)),
            C("encounter_class_nr", "smallint", "none", one(1, 2)),
            C("encounter_type", "varchar(35)", "none", one("referral", "emergency", "walk_in")),
            C("referrer_diagnosis", "varchar(255)", "health", maybe(lambda c, i: c.r.choice(ICD)[1], 0.5)),
            C("referrer_dr", "varchar(60)", "person_name", maybe(lambda c, i: "Dr " + any_name("cd")(c, i), 0.5)),
            C("referrer_institution", "varchar(255)", "none", maybe(one("CS Bondeko", "HGR Kintambo", "CS Saint Joseph"))),
            C("insurance_nr", "varchar(25)", "none", maybe(lambda c, i: digits(c, 10), 0.4)),
            C("insurance_firm_id", "varchar(40)", "none", maybe(lambda c, i: f"F{c.r.randint(1, N_FIRM):03d}", 0.4)),
            C("current_ward_nr", "smallint", "none", ints(0, 9)),
            C("current_room_nr", "smallint", "none", ints(0, 30)),
            C("current_dept_nr", "smallint", "none", one(5, 7, 12, 16)),
            C("consulting_dr", "varchar(60)", "person_name", lambda c, i: u("full")(c, c.r.randint(1, N_USR))),
            C("is_discharged", "boolean", "none", flag(0.8)),
            C("discharge_date", "date", "none", maybe(dates(2023, 2025), 0.8)),
            C("post_encounter_notes", "text", "free_text_may_contain_pii", _notes),
            C("status", "varchar(10)", "none", const("")),
        ], rows=N_ENC, extra=[fkey(S, "care_encounter", "pid", "care_person", "pid"),
                              fkey(S, "care_encounter", "insurance_firm_id", "care_insurance_firm", "firm_id")]),
        Table(S, "care_encounter_diagnosis", [
            C("diagnosis_nr", "integer PRIMARY KEY", "none", seq()),
            C("encounter_nr", "bigint", "none", lambda c, i: 2024000000 + (i * 7) % N_ENC + 1),
            C("date", "date", "none", dates(2023, 2025)),
            C("code", "varchar(25)", "health", lambda c, i: ICD[(i * 5) % len(ICD)][0]),
            C("type", "smallint", "none", one(0, 1)),
            C("localization", "varchar(35)", "none", one("", "", "gauche", "droite")),
            C("diagnosing_clinician", "varchar(60)", "person_name", lambda c, i: u("full")(c, c.r.randint(1, N_USR))),
            C("diagnosing_dept_nr", "smallint", "none", one(5, 7, 12, 16)),
            C("status", "varchar(25)", "none", const("")),
        ], rows=130, extra=[fkey(S, "care_encounter_diagnosis", "encounter_nr", "care_encounter", "encounter_nr")]),
        Table(S, "care_test_findings_chemlab", [
            C("batch_nr", "integer PRIMARY KEY", "none", seq(30000)),
            C("encounter_nr", "bigint", "none", lambda c, i: 2024000000 + (i * 11) % N_ENC + 1),
            C("job_id", "varchar(25)", "none", lambda c, i: f"L{digits(c, 6)}"),
            C("test_date", "date", "none", dates(2023, 2025)),
            C("group_id", "varchar(30)", "none", one("hematology", "biochemistry", "parasitology")),
            C("serial_value", "text", "health", lambda c, i: f"hb={amounts(5, 15, 1)(c, i)}&gb={ints(3, 19)(c, i)}000"
              f"&ge={c.r.choice(['neg', 'pos +', 'pos +++'])}"),
            C("validator", "varchar(35)", "none", lambda c, i: u("user")(c, c.r.randint(1, N_USR))),
            C("status", "varchar(20)", "none", one("pending", "done", "done")),
        ], rows=140, extra=[fkey(S, "care_test_findings_chemlab", "encounter_nr", "care_encounter", "encounter_nr")]),
        Table(S, "care_billing_bill", [
            C("bill_bill_no", "bigint PRIMARY KEY", "none", seq(500000)),
            C("bill_encounter_nr", "bigint", "none", lambda c, i: 2024000000 + (i * 13) % N_ENC + 1),
            C("bill_date_time", "timestamp", "none", stamps(2023, 2025)),
            C("bill_amount", "numeric(10,2)", "none", amounts(5, 900)),
            C("bill_outstanding", "numeric(10,2)", "none", amounts(0, 300)),
            C("bill_currency", "char(3)", "none", one("USD", "USD", "CDF")),
        ], rows=120, extra=[fkey(S, "care_billing_bill", "bill_encounter_nr", "care_encounter", "encounter_nr")]),
    ]
