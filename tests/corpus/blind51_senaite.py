"""ba_senaite: a re-creation of part of SENAITE LIMS (the open-source laboratory information system) as run by a
clinical and food laboratory in Xixón (Asturias): client organisations, their contacts, patients, samples,
analyses, instruments and lab users."""
from __future__ import annotations

from .blind26_gens import C, amounts, b64, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, sha256, stamps
from .blind51_gens import P, city, name
from .gens import Table

S = "ba_senaite"
N_CL, N_CT, N_PT, N_LU, N_SM = 40, 90, 130, 22, 150


def _remarks(c, i):
    return c.r.choice([None, None, "Muestra hemolizada, se repite.", "Recibida a 6 °C.",
                       f"Llamó {name('as')(c, i)} preguntando por el resultado, tel. 6{digits(c, 2)} {digits(c, 3)} "
                       f"{digits(c, 3)}.", "Volumen insuficiente.",
                       f"Enviar copia a {P('as', 'se.contact', 'email')(c, c.r.randrange(N_CT))}"])


def senaite_tables() -> list[Table]:
    ct = lambda f: P("as", "se.contact", f, 1955, 2000)      # noqa: E731
    pt = lambda f: P("as", "se.patient", f, 1935, 2022)      # noqa: E731
    lu = lambda f: P("as", "se.labuser", f, 1962, 2000)      # noqa: E731
    return [
        Table(S, "client", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "varchar(20)", "none", lambda c, i: f"CL-{i + 1:04d}"),
            C("name", "varchar(120)", "none", lambda c, i: c.r.choice(["Centro de Salud ", "Conservas ", "Sidrería ",
                                                                        "Clínica ", "Quesería "]) + f"{city('as')(c, i)} {i}"),
            C("tax_number", "varchar(12)", "none", lambda c, i: f"B33{digits(c, 6)}"),
            C("email_address", "varchar(80)", "none", lambda c, i: f"laboratorio{i}@empresa{i}.es"),
            C("phone", "varchar(20)", "none", lambda c, i: f"985 {digits(c, 3)} {digits(c, 3)}"),
            C("physical_address", "varchar(160)", "none", lambda c, i: f"Polígono de Roces, nave {i + 1}, Xixón"),
            C("bank_name", "varchar(60)", "none", one("Caja Rural de Asturias", "Liberbank", "Sabadell Herrero")),
            C("member_discount", "numeric(4,1)", "none", amounts(0, 15, 1)),
        ], rows=N_CL),
        Table(S, "contact", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("client_uid", "integer", "none", fk(N_CL, 3)),
            C("salutation", "varchar(10)", "none", one("Sr.", "Sra.", "Dr.", "Dra.")),
            C("firstname", "varchar(60)", "person_name", ct("first")),
            C("surname", "varchar(60)", "person_name", ct("last")),
            C("job_title", "varchar(60)", "none", one("Responsable de calidad", "Médico de familia", "Gerente")),
            C("email_address", "varchar(80)", "email", ct("email")),
            C("mobile_phone", "varchar(20)", "phone", ct("mobile")),
            C("username", "varchar(40)", "none", ct("user")),
        ], rows=N_CT, extra=[fkey(S, "contact", "client_uid", "client", "uid")]),
        Table(S, "patient", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("mrn", "varchar(20)", "none", lambda c, i: f"XIX{i + 10000}"),
            C("firstname", "varchar(60)", "person_name", pt("first")),
            C("lastname", "varchar(80)", "person_name", lambda c, i: f"{pt('last')(c, i)} {pt('last2')(c, i)}"),
            C("dni", "varchar(9)", "national_id", pt("natid")),
            C("tis", "varchar(16)", "national_id", lambda c, i: f"ASTU{digits(c, 10)}", comment="tarjeta sanitaria"),
            C("birthdate", "date", "birth_date", pt("birth")),
            C("sex", "char(1)", "none", pt("sex")),
            C("gender_identity", "varchar(20)", "none", maybe(one("Mujer", "Hombre", "No binario"), 0.3)),
            C("address", "varchar(160)", "postal_address", pt("a_full")),
            C("phone", "varchar(20)", "phone", pt("mobile")),
            C("email", "varchar(80)", "email", maybe(pt("email"), 0.5)),
            C("ethnic_group", "varchar(30)", "ethnic_origin", maybe(one("Gitana", "Caucásica", "Magrebí", "Latinoamericana"), 0.4),
              comment="para valores de referencia"),
        ], rows=N_PT),
        Table(S, "lab_user", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("login", "varchar(40)", "none", lu("user")),
            C("fullname", "varchar(100)", "person_name", lu("full")),
            C("email", "varchar(80)", "email", lambda c, i: f"{lu('user')(c, i)}@laboratoriu-xixon.es"),
            C("password_ssha", "varchar(80)", "credentials", lambda c, i: "{SSHA}" + b64(c, 24)),
            C("api_key", "varchar(64)", "secret_token", lambda c, i: hexs(c, 40)),
            C("role", "varchar(30)", "none", one("LabManager", "Analyst", "Verifier", "Sampler", "LabClerk")),
            C("signature_png", "bytea", "none", lambda c, i: b"\x89PNG\r\n" + bytes(c.r.getrandbits(8) for _ in range(40))),
        ], rows=N_LU),
        Table(S, "sample", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("sample_id", "varchar(20)", "none", lambda c, i: f"H-{i + 1:05d}-R01"),
            C("client_uid", "integer", "none", fk(N_CL, 7)),
            C("contact_uid", "integer", "none", fk(N_CT, 5)),
            C("patient_uid", "integer", "none", fk(N_PT, 3, nullable_every=4)),
            C("sample_type", "varchar(40)", "none", one("Sangre total", "Suero", "Orina", "Agua de consumo", "Queso")),
            C("date_sampled", "timestamp", "none", stamps(2024, 2025)),
            C("clinical_info", "varchar(160)", "health", maybe(one("Sospecha de hipotiroidismo", "Control de embarazo, 12 sem.",
                                                                   "Seguimiento VIH", "Diabetes mellitus tipo 2"), 0.6)),
            C("remarks", "text", "free_text_may_contain_pii", _remarks),
            C("review_state", "varchar(20)", "none", one("sample_received", "to_be_verified", "verified", "published")),
            C("price", "numeric(8,2)", "none", amounts(6, 180)),
            C("publication_hash", "char(64)", "none", lambda c, i: sha256(c)),
        ], rows=N_SM, extra=[fkey(S, "sample", "client_uid", "client", "uid"),
                             fkey(S, "sample", "contact_uid", "contact", "uid"),
                             fkey(S, "sample", "patient_uid", "patient", "uid")]),
        Table(S, "analysis", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("sample_uid", "integer", "none", fk(N_SM, 11)),
            C("keyword", "varchar(20)", "none", one("TSH", "HbA1c", "GLU", "CREA", "pH", "ECOLI")),
            C("result", "varchar(20)", "health", lambda c, i: f"{c.r.uniform(0.3, 12):.2f}"),
            C("unit", "varchar(12)", "none", one("mUI/L", "%", "mg/dL", "UFC/100mL")),
            C("out_of_range", "boolean", "none", flag(0.2)),
            C("analyst_uid", "integer", "none", fk(N_LU, 3)),
            C("date_verified", "date", "none", dates(2024, 2025)),
            C("retest", "boolean", "none", flag(0.05)),
            C("instrument_serial", "varchar(20)", "none", lambda c, i: f"CBS{digits(c, 7)}"),
            C("uncertainty", "numeric(6,3)", "none", amounts(0.01, 0.5, 3)),
            C("dilution", "smallint", "none", ints(1, 10)),
        ], rows=150, extra=[fkey(S, "analysis", "sample_uid", "sample", "uid"),
                            fkey(S, "analysis", "analyst_uid", "lab_user", "uid")]),
    ]
