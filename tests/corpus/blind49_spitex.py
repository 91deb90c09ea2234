"""ay_spitex: an in-house system of a home-care (Spitex) service in the Surselva and Engiadina valleys of
Graubünden, with Romansh column names: clients, carers, visits, diagnoses, medication plans, wound records, health
insurers and billing."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, rbytes, seq,
                           stamps)
from .blind49_gens import any_landline, any_mobile, any_name, org_iban, person, work_email
from .gens import Table

S = "ay_spitex"
CLI, COL = "sp.client", "sp.collaboratur"
N_CLI, N_COL, N_KK = 140, 28, 8


def _rapport(c, i):
    return c.r.choice([None, "Cliente stabla, paun mangià.", "Tensiun auta, infurmà il medi.",
                       f"La figlia {any_name('rm')(c, i)} era preschenta, tel. {any_mobile('rm')(c, i)}",
                       "Plaja dal chalun meglra.", "Klient verwirrt, Sturzgefahr beachten.",
                       f"Medi da chasa Dr. {any_name('rm')(c, i)} clamà per la medicaziun."])


def spitex_tables() -> list[Table]:
    k = lambda f: person("rm", CLI, f, 1925, 1965)       # noqa: E731
    w = lambda f: person("rm", COL, f, 1965, 2003)       # noqa: E731
    return [
        Table(S, "collaboraturs", [
            C("collaboratur_id", "integer PRIMARY KEY", "none", seq()),
            C("num", "varchar(60)", "person_name", w("first")),
            C("nom_famiglia", "varchar(60)", "person_name", w("last")),
            C("funcziun", "varchar(40)", "none", one("Tgirunza FH", "Assistenta da tgira", "Tgirunza HF", "Mistral")),
            C("e_mail", "varchar(80)", "email", work_email("rm", COL, "spitex-surselva.example")),
            C("natel", "varchar(20)", "phone", w("mobile")),
            C("pensum_pct", "smallint", "none", one(40, 60, 80, 100)),
            C("pin_tablet", "varchar(6)", "credentials", lambda c, i: digits(c, 6)),
        ], rows=N_COL),
        Table(S, "cassas_malsauns", [
            C("cassa_id", "integer PRIMARY KEY", "none", seq()),
            C("num_cassa", "varchar(60)", "none", one("ÖKK", "Helsana", "CSS", "SWICA", "Sanitas", "Visana", "Concordia",
                                                      "Assura")),
            C("gln", "varchar(13)", "none", lambda c, i: "76010000" + digits(c, 5)),
            C("adressa", "varchar(120)", "none", one("Bahnhofstrasse 9, 7302 Landquart", "Postfach, 8081 Zürich",
                                                      "Tribschenstrasse 21, 6002 Luzern")),
            C("telefon", "varchar(20)", "none", any_landline("rm")),
            C("iban", "varchar(34)", "none", org_iban("rm")),
        ], rows=N_KK),
        Table(S, "clients", [
            C("client_id", "integer PRIMARY KEY", "none", seq()),
            C("num", "varchar(60)", "person_name", k("first")),
            C("nom", "varchar(60)", "person_name", k("last")),
            C("nr_ahv", "varchar(16)", "national_id", k("natid")),
            C("naschientscha", "date", "birth_date", k("birth")),
            C("schlattaina", "char(1)", "none", k("sex")),
            C("lingua", "varchar(10)", "none", one("rm", "rm", "de", "it")),
            C("confessiun", "varchar(30)", "religious_belief", maybe(one("catolic", "refurmà", "nagina"), 0.8),
              comment="per l'assistenza spirtala"),
            C("adressa", "varchar(120)", "postal_address", k("a_line")),
            C("plz", "varchar(4)", "postal_address", k("a_zip")),
            C("vischnanca", "varchar(40)", "none", k("a_city")),
            C("telefon", "varchar(20)", "phone", k("phone")),
            C("cassa_id", "integer", "none", fk(N_KK, 3)),
            C("nr_assicurada", "varchar(20)", "national_id", lambda c, i: "80756" + digits(c, 15),
              comment="numer da la carta d'assicuranza"),
            C("medi_da_chasa", "varchar(80)", "person_name", lambda c, i: "Dr. " + any_name("rm")(c, i)),
            C("contact_urgenza", "varchar(80)", "person_name", any_name("rm")),
            C("tel_urgenza", "varchar(20)", "phone", any_mobile("rm")),
            C("clav_chasa", "varchar(10)", "secret_token", maybe(lambda c, i: digits(c, 4), 0.4),
              comment="code dal tresor da clavs"),
            C("directiva_pazient", "boolean", "health", flag(0.3)),
            C("status", "varchar(12)", "none", one("activ", "activ", "pausà", "serrà")),
        ], rows=N_CLI, extra=[fkey(S, "clients", "cassa_id", "cassas_malsauns", "cassa_id")]),
        Table(S, "diagnosas", [
            C("diagnosa_id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 1)),
            C("icd10", "varchar(8)", "health", one("I50.9", "E11.9", "F03", "M17.1", "J44.9", "G20", "C50.9")),
            C("descripziun", "varchar(120)", "health", one("Insufficienza cardiala", "Diabetes tip 2", "Demenza",
                                                          "Artrosa dal schanugl", "BPCO", "Parkinson")),
            C("data", "date", "none", dates(2015, 2025)),
        ], rows=150, extra=[fkey(S, "diagnosas", "client_id", "clients", "client_id")]),
        Table(S, "plan_medicaments", [
            C("plan_id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 7)),
            C("medicament", "varchar(80)", "health", one("Metformin 500 mg", "Torasemid 10 mg", "Donepezil 5 mg",
                                                        "Madopar 125", "Marcoumar 3 mg", "Oxycodon 5 mg")),
            C("dosa", "varchar(20)", "health", one("1-0-1", "1-0-0", "0-0-1", "½-0-½")),
            C("controllà_da", "integer", "none", fk(N_COL, 5)),
            C("valid_dals", "date", "none", dates(2023, 2025)),
        ], rows=130, extra=[fkey(S, "plan_medicaments", "client_id", "clients", "client_id"),
                            fkey(S, "plan_medicaments", "controllà_da", "collaboraturs", "collaboratur_id")]),
        Table(S, "visetas", [
            C("viseta_id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 11)),
            C("collaboratur_id", "integer", "none", fk(N_COL, 3)),
            C("cumenzament", "timestamp", "none", stamps(2024, 2025)),
            C("minutas", "smallint", "none", ints(10, 90)),
            C("prestaziun_klv", "varchar(4)", "health", one("a", "b", "c"),
              comment="KLV Art. 7: a instrucziun, b examinaziun e tractament, c tgira fundamentala"),
            C("tensiun", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 185)}/{c.r.randint(55, 100)}"),
            C("glucosa", "numeric(4,1)", "health", maybe(amounts(4, 16, 1), 0.4)),
            C("rapport", "text", "free_text_may_contain_pii", _rapport),
            C("gps_lat", "numeric(9,6)", "geo_location", lambda c, i: round(46.6 + c.r.uniform(-0.2, 0.2), 6),
              comment="posiziun dal tablet a la fin da la viseta"),
            C("gps_lon", "numeric(9,6)", "geo_location", lambda c, i: round(9.4 + c.r.uniform(-0.8, 0.8), 6)),
            C("suttascripziun", "bytea", "biometric", lambda c, i: b"SIG1" + rbytes(c, 64),
              comment="suttascripziun digitala dal client (dinamica)"),
        ], rows=150, extra=[fkey(S, "visetas", "client_id", "clients", "client_id"),
                            fkey(S, "visetas", "collaboratur_id", "collaboraturs", "collaboratur_id")]),
        Table(S, "quints", [
            C("quint_id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 13)),
            C("cassa_id", "integer", "none", fk(N_KK, 1)),
            C("perioda", "varchar(7)", "none", lambda c, i: f"2025-{c.r.randint(1, 12):02d}"),
            C("import_chf", "numeric(10,2)", "none", amounts(60, 4200)),
            C("part_client", "numeric(8,2)", "none", amounts(0, 15.35)),
            C("nr_quint", "varchar(20)", "none", lambda c, i: f"SPX-{digits(c, 8)}"),
            C("qr_referenza", "varchar(27)", "none", lambda c, i: digits(c, 27)),
            C("pajà", "boolean", "none", flag(0.8)),
            C("creà", "timestamp", "none", stamps(2025, 2025)),
            C("hash_pdf", "char(32)", "none", lambda c, i: hexs(c, 32)),
            C("tramess_per", "varchar(10)", "none", one("XML 4.5", "post", "e-mail")),
            C("remartgas", "varchar(100)", "none", maybe(one("Storno", "Copia", "Rectificaziun"), 0.1)),
            C("valuta", "char(3)", "none", const("CHF")),
        ], rows=140, extra=[fkey(S, "quints", "client_id", "clients", "client_id"),
                            fkey(S, "quints", "cassa_id", "cassas_malsauns", "cassa_id")]),
    ]
