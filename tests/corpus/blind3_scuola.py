"""e_scuola: an Italian school register (registro elettronico / segreteria) in the style of those tools: scuole
(institutes, keyed by codice meccanografico), alunni, docenti and assenze, with foreign keys."""

from __future__ import annotations

from .blind3_gens import C, IT_CITY, birth, city, day, email, first, fk, full, last, num, phone, postcode, street
from .blind3_formats import codice_fiscale, iban
from .gens import Col, Ctx, Table, ident, pick

S = "e_scuola"
SCUOLE, ALUNNI = 80, 140
IT = "it_IT"


def _mecc(i: int) -> str:
    prov = IT_CITY[i % len(IT_CITY)][1]
    return f"{prov}IC8{i:04d}{'ABCDEFGHLMNPQRSTVZ'[i % 18]}"


def _alunno_note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Ritira il nonno {full(IT)(c, i)} il martedì.",
            "",
            "",
            "Uscita anticipata autorizzata alle 12:30.",
            f"Genitori separati: comunicazioni a entrambi, madre {email(IT)(c, i)}.",
            f"Delega al ritiro: {full(IT)(c, i)}, tel. {phone(IT, mobile=True)(c, i)}",
        ]
    )


def scuola_tables() -> list[Table]:
    scuole = Table(
        S,
        "scuole",
        [
            C("codice_meccanografico", "varchar(10) PRIMARY KEY", "none", lambda c, i: _mecc(i)),
            C(
                "denominazione",
                "varchar(150)",
                "none",
                lambda c, i: (
                    f"{c.r.choice(['I.C.', 'Liceo Scientifico', 'I.I.S.', 'Scuola Primaria'])} "
                    f'"{fk(IT, c).last_name()}"'
                ),
            ),
            C(
                "indirizzo",
                "varchar(150)",
                "none",
                lambda c, i: (
                    f"{c.r.choice(['Via della Scuola', 'Piazza Municipio', 'Viale Europa'])}, {c.r.randint(1, 40)}"
                ),
            ),
            C("cap", "varchar(5)", "none", postcode(IT)),
            C("comune", "varchar(80)", "none", city(IT)),
            C("provincia", "char(2)", "none", lambda c, i: c.r.choice(IT_CITY)[1]),
            C("telefono", "varchar(20)", "none", phone(IT, mobile=False)),
            C("email", "varchar(120)", "none", lambda c, i: f"{_mecc(i).lower()}@istruzione.it"),
            C("pec", "varchar(120)", "none", lambda c, i: f"{_mecc(i).lower()}@pec.istruzione.it"),
            C(
                "codice_fiscale",
                "varchar(16)",
                "none",
                lambda c, i: f"{c.r.choice(['80', '90', '97'])}{c.r.randint(10**8, 10**9 - 1)}",
            ),
            C("dirigente", "varchar(120)", "person_name", full(IT)),
        ],
        rows=SCUOLE,
    )
    alunni = Table(
        S,
        "alunni",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("codice_meccanografico", "varchar(10)", "none", lambda c, i: _mecc(c.r.randint(1, SCUOLE))),
            C("cognome", "varchar(60)", "person_name", last(IT)),
            C("nome", "varchar(60)", "person_name", first(IT)),
            C("codice_fiscale", "char(16)", "national_id", codice_fiscale(2008, 2019)),
            C("sesso", "char(1)", "none", pick("M", "F")),
            C("data_nascita", "date", "birth_date", birth(2008, 2019)),
            C("comune_nascita", "varchar(80)", "none", city(IT)),
            C(
                "cittadinanza",
                "varchar(40)",
                "none",
                pick("ITALIANA", "ITALIANA", "ITALIANA", "ROMENA", "ALBANESE", "MAROCCHINA"),
            ),
            C("indirizzo", "varchar(150)", "postal_address", street(IT)),
            C("cap", "varchar(5)", "postal_address", postcode(IT)),
            C("comune_residenza", "varchar(80)", "none", city(IT)),
            C("cellulare_genitore", "varchar(20)", "phone", phone(IT, mobile=True)),
            C("email_genitore", "varchar(120)", "email", email(IT)),
            C("classe", "varchar(4)", "none", lambda c, i: f"{c.r.randint(1, 5)}{c.r.choice('ABCDE')}"),
            C(
                "disabilita",
                "varchar(80)",
                "health",
                pick(
                    "", "", "L.104/92 art.3 c.1", "L.104/92 art.3 c.3", "DSA - dislessia", "DSA - discalculia", "ADHD"
                ),
            ),
            C("irc", "boolean", "religious_belief", lambda c, i: c.r.random() < 0.8),
            C(
                "allergie",
                "varchar(200)",
                "health",
                pick("", "", "celiachia", "allergia arachidi", "intolleranza lattosio", "favismo"),
            ),
            C("note", "text", "free_text_may_contain_pii", _alunno_note),
        ],
        rows=ALUNNI,
        extra=[
            "ALTER TABLE e_scuola.alunni ADD CONSTRAINT alunni_scuola_fk FOREIGN KEY (codice_meccanografico) "
            "REFERENCES e_scuola.scuole(codice_meccanografico)"
        ],
    )
    docenti = Table(
        S,
        "docenti",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("cognome", "varchar(60)", "person_name", last(IT)),
            C("nome", "varchar(60)", "person_name", first(IT)),
            C("codice_fiscale", "char(16)", "national_id", codice_fiscale(1960, 1996)),
            C("data_nascita", "date", "birth_date", birth(1960, 1996)),
            C(
                "email_istituzionale",
                "varchar(120)",
                "email",
                lambda c, i: f"{first(IT)(c, i)}.{last(IT)(c, i)}@posta.istruzione.it".lower().replace(" ", ""),
            ),
            C("cellulare", "varchar(20)", "phone", phone(IT, mobile=True)),
            C("iban", "varchar(34)", "iban", iban(IT)),
            C("classe_concorso", "varchar(5)", "none", pick("A022", "A028", "EEEE", "A001", "AB24", "ADSS")),
            C("tipo_contratto", "varchar(20)", "none", pick("T.I.", "T.D. 30/06", "T.D. 31/08", "supplenza breve")),
            C(
                "sindacato",
                "varchar(40)",
                "trade_union",
                pick("FLC CGIL", "CISL Scuola", "UIL Scuola", "SNALS-Confsal", "Gilda-Unams", ""),
            ),
        ],
        rows=90,
    )
    assenze = Table(
        S,
        "assenze",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("alunno_id", "integer NOT NULL", "none", lambda c, i: c.r.randint(1, ALUNNI)),
            C("data", "date", "none", day(2023, 2025)),
            C("ore", "smallint", "none", num(1, 6)),
            C("giustificata", "boolean", "none", pick(True, True, False)),
            C(
                "motivo",
                "varchar(120)",
                "health",
                pick(
                    "malattia",
                    "malattia",
                    "motivi di salute",
                    "visita medica",
                    "terapia logopedica",
                    "motivi familiari",
                    "febbre",
                    "",
                ),
            ),
        ],
        rows=140,
        extra=[
            "ALTER TABLE e_scuola.assenze ADD CONSTRAINT assenze_alunno_fk FOREIGN KEY (alunno_id) REFERENCES e_scuola.alunni(id)"
        ],
    )
    return [scuole, alunni, docenti, assenze]
