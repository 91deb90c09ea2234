"""p_sindicat: the membership system of a county teachers' union in Iași, an in-house PHP/MySQL application
moved to PostgreSQL (Romanian snake_case without diacritics): schools, members, dues deductions, aid requests,
legal cases, protest attendance, operators."""
from __future__ import annotations

import datetime as dt
from typing import Any

from stdnum.ro import cnp

from .blind13_gens import (RO_BANKS, RO_COUNTIES, RO_FIRST_F, RO_FIRST_M, RO_LAST, RO_STREETS, Rec, ascii_fold, birth,
                           bcrypt, day, digits, fk, flag, iban, ipv4, maybe, money, num, one, pk, ref, ts)
from .gens import Col as C, Table as T

S = "p_sindicat"
N_SCH, N_MEM, N_OPS = 90, 150, 8
_SCHOOL_KIND = ("Școala Gimnazială", "Liceul Teoretic", "Colegiul Național", "Grădinița cu P.P.", "Liceul Tehnologic")
_SCHOOL_NAME = ("Mihai Eminescu", "Ion Creangă", "Vasile Alecsandri", "Garabet Ibrăileanu", "Costache Negruzzi",
                "Gheorghe Asachi", "Otilia Cazimir", "nr. 3", "nr. 22", "Alexandru cel Bun", "Dimitrie Cantemir")
_TOWNS = ("Iași", "Pașcani", "Târgu Frumos", "Hârlău", "Podu Iloaiei", "Răducăneni", "Ciurea", "Miroslava",
          "Tomești", "Holboca")
_ROLES = ("membru", "membru", "membru", "membru", "lider de sindicat", "membru comitet", "cenzor",
          "vicepreședinte filială")


def _cnp(c: Any, female: bool, born: dt.date, county: str) -> str:
    s = (2 if female else 1) if born.year < 2000 else (6 if female else 5)
    body = f"{s}{born:%y%m%d}{county}{digits(c, 3)}"
    return body + cnp.calc_check_digit(body)


def _phone(c: Any) -> str:
    n = "07" + c.r.choice("24567") + digits(c, 7)
    return c.r.choice((n, f"+4{n}", f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}.{n[4:7]}.{n[7:]}"))


def _iban(c: Any) -> str:
    return iban("RO", c.r.choice(RO_BANKS) + "".join(c.r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                                     for _ in range(16)))


def _member(c: Any, i: int) -> dict:
    female = c.r.random() < 0.72
    first = c.r.choice(RO_FIRST_F if female else RO_FIRST_M)
    last = c.r.choice(RO_LAST)
    county, _, code, zip3 = c.r.choice(RO_COUNTIES[:1] * 4 + RO_COUNTIES)
    born = birth(c, 1960, 1999)
    mail = c.r.choice((f"{first}.{last}", f"{last}{first[0]}", f"prof.{first}{last}", f"{first}_{last}{born:%y}"))
    return {"first": first, "last": last, "init": c.r.choice(RO_FIRST_M)[0] + ".", "female": female, "born": born,
            "cnp": _cnp(c, female, born, code), "street": f"{c.r.choice(RO_STREETS)} nr. {c.r.randint(1, 140)}"
            + c.r.choice(("", "", f", bl. {c.r.choice('ABCDE')}{c.r.randint(1, 9)}, sc. {c.r.randint(1, 3)}, "
                                  f"ap. {c.r.randint(1, 60)}")),
            "town": c.r.choice(_TOWNS), "county": county, "zip": f"{zip3}{digits(c, 3)}", "phone": _phone(c),
            "mail": f"{ascii_fold(mail)}@{c.r.choice(('yahoo.com', 'gmail.com', 'yahoo.ro', 'isj.edu.ro'))}",
            "ci": f"{c.r.choice(('MX', 'MZ', 'IZ'))} {digits(c, 6)}", "iban": _iban(c)}


_M = Rec(_member)
_AIDS = (("deces", "Deces tată, certificat de deces nr. {x}"),
         ("boala", "Intervenție chirurgicală — cancer mamar, Spitalul Regional de Urgență"),
         ("boala", "Tratament oncologic, internare IRO Iași"), ("nastere", "Naștere copil"),
         ("boala", "Accident vascular cerebral, recuperare"), ("boala", "Depresie majoră, concediu medical 90 zile"),
         ("calamitate", "Inundație locuință"))
_AID = Rec(lambda c, i: dict(zip(("tip", "motiv"), c.r.choice(_AIDS))))
_CASES = ("Drepturi salariale restante 2018-2020", "Contestație decizie de reîncadrare",
          "Spor de dificultate neacordat", "Contestație sancțiune disciplinară", "Vouchere vacanță 2022")


def _case_note(c: Any, i: int) -> str:
    who = f"{c.r.choice(RO_LAST)} {c.r.choice(RO_FIRST_F + RO_FIRST_M)}"
    return c.r.choice((f"Reclamant principal {who}, tel. {_phone(c)}.", "Termen amânat, lipsă procedură.",
                       f"Avocat Cabinet {c.r.choice(RO_LAST)}; împuternicire semnată de {who}.", "Câștigat la fond.",
                       "Dosar conexat.", ""))


def sindicat_tables() -> list[T]:
    schools = T(S, "unitati_scolare", [
        pk("id_unitate", "integer"),
        C("denumire", "varchar(150)", "none", lambda c, i: f"{c.r.choice(_SCHOOL_KIND)} {c.r.choice(_SCHOOL_NAME)}"),
        C("localitate", "varchar(60)", "none", one(*_TOWNS)),
        C("adresa", "varchar(150)", "none", lambda c, i: f"{c.r.choice(RO_STREETS)} nr. {c.r.randint(1, 90)}"),
        C("cod_siiir", "char(10)", "none", lambda c, i: "22" + digits(c, 8)),
        C("cif", "varchar(10)", "none", lambda c, i: digits(c, 8)),
        C("telefon", "varchar(20)", "none", lambda c, i: f"0232 {digits(c, 6)}"),
        C("email", "varchar(80)", "none", lambda c, i: f"scoala{i}@isj.edu.ro"),
        C("director", "varchar(80)", "person_name", lambda c, i: f"prof. {c.r.choice(RO_LAST)} "
                                                                 f"{c.r.choice(RO_FIRST_F + RO_FIRST_M)}"),
        C("lider_sindical", "integer", "none", maybe(0.8, ref(N_MEM))),
        C("nr_membri", "smallint", "none", num(3, 85)),
    ], rows=N_SCH)
    members = T(S, "membri", [
        pk("id_membru", "integer"),
        C("nr_adeziune", "varchar(12)", "none", lambda c, i: f"{c.r.randint(1998, 2024)}/{c.r.randint(1, 900)}"),
        C("nume", "varchar(60)", "person_name", _M.f("last")),
        C("prenume", "varchar(60)", "person_name", _M.f("first")),
        C("initiala_tata", "varchar(4)", "none", _M.f("init")),
        C("cnp", "char(13)", "national_id", _M.f("cnp")),
        C("serie_nr_ci", "varchar(10)", "national_id", _M.f("ci")),
        C("data_nasterii", "date", "birth_date", _M.f("born")),
        C("sex", "char(1)", "none", lambda c, i: "F" if _M.f("female")(c, i) else "M"),
        C("domiciliu", "varchar(160)", "postal_address", _M.f("street")),
        C("localitate", "varchar(60)", "none", _M.f("town")),
        C("judet", "varchar(30)", "none", _M.f("county")),
        C("cod_postal", "char(6)", "postal_address", _M.f("zip")),
        C("telefon", "varchar(20)", "phone", _M.f("phone")),
        C("email", "varchar(80)", "email", _M.f("mail")),
        C("id_unitate", "integer", "none", ref(N_SCH)),
        C("functia", "varchar(60)", "none", one("profesor", "învățător", "educatoare", "profesor itinerant",
                                                 "secretar", "administrator financiar", "îngrijitor")),
        C("grad_didactic", "varchar(20)", "none", one("definitivat", "gradul II", "gradul I", "debutant", None)),
        C("specialitate", "varchar(60)", "none", one("limba română", "matematică", "religie ortodoxă",
                                                     "educație fizică", "învățământ primar", "religie romano-catolică")),
        C("functie_sindicala", "varchar(40)", "trade_union", one(*_ROLES)),
        C("data_adeziune", "date", "trade_union", day(1998, 26)),
        C("stare", "varchar(12)", "trade_union", one("activ", "activ", "activ", "retras", "suspendat", "pensionat")),
        C("cotizatie_procent", "numeric(3,2)", "none", one(0.5, 1.0)),
        C("iban_salariu", "varchar(24)", "iban", _M.f("iban")),
        C("grad_handicap", "varchar(12)", "health", one(*(None,) * 12, "mediu", "accentuat")),
        C("observatii", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice((
            "", "", "Transferată de la Vaslui.", f"Soțul {c.r.choice(RO_FIRST_M)} e membru tot la noi.",
            f"Sună doar după ora 16: {_phone(c)}", "Cerere retragere depusă, se anulează reținerea din salariu."))),
        C("creat_la", "timestamp", "none", ts(2015, 9)),
        C("modificat_de", "integer", "none", num(1, N_OPS)),
    ], rows=N_MEM, extra=[fk(S, "membri", "id_unitate", "unitati_scolare", "id_unitate"),
                          fk(S, "unitati_scolare", "lider_sindical", "membri", "id_membru")])
    dues = T(S, "retineri_cotizatii", [
        pk("id", "integer"),
        C("id_membru", "integer", "none", ref(N_MEM)),
        C("luna", "char(7)", "none", lambda c, i: f"2024-{c.r.randint(1, 12):02d}"),
        C("salariu_baza", "numeric(10,2)", "none", money(3200, 9800)),
        C("suma_retinuta", "numeric(8,2)", "none", money(32, 98)),
        C("id_unitate", "integer", "none", ref(N_SCH)),
        C("stat_plata", "varchar(30)", "none", lambda c, i: f"SP-{digits(c, 4)}/2024"),
        C("importat_la", "timestamp", "none", ts(2024, 1)),
    ], rows=150, extra=[fk(S, "retineri_cotizatii", "id_membru", "membri", "id_membru"),
                        fk(S, "retineri_cotizatii", "id_unitate", "unitati_scolare", "id_unitate")])
    aid = T(S, "ajutoare", [
        pk("id", "integer"),
        C("id_membru", "integer", "none", ref(N_MEM)),
        C("tip", "varchar(20)", "none", _AID.f("tip")),
        C("motiv", "text", "health", lambda c, i: _AID.f("motiv")(c, i).format(x=digits(c, 6))),
        C("suma", "numeric(8,2)", "none", one(300, 500, 800, 1000)),
        C("data_cerere", "date", "none", day(2021, 4)),
        C("aprobat", "boolean", "none", flag(0.85)),
        C("iban_plata", "varchar(24)", "iban", lambda c, i: _iban(c)),
        C("document", "varchar(120)", "none", lambda c, i: f"scanari/ajutoare/{i}_{digits(c, 5)}.pdf"),
    ], rows=100, extra=[fk(S, "ajutoare", "id_membru", "membri", "id_membru")])
    cases = T(S, "litigii", [
        pk("id", "integer"),
        C("nr_dosar", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1000, 9999)}/99/{c.r.randint(2018, 2024)}"),
        C("instanta", "varchar(60)", "none", one("Tribunalul Iași", "Curtea de Apel Iași", "Judecătoria Pașcani")),
        C("obiect", "varchar(120)", "none", one(*_CASES)),
        C("id_membru", "integer", "none", maybe(0.6, ref(N_MEM))),
        C("nr_reclamanti", "smallint", "none", num(1, 140)),
        C("termen_urmator", "date", "none", day(2024, 2)),
        C("stadiu", "varchar(20)", "none", one("fond", "apel", "recurs", "executare", "închis")),
        C("note", "text", "free_text_may_contain_pii", _case_note),
    ], rows=90, extra=[fk(S, "litigii", "id_membru", "membri", "id_membru")])
    protest = T(S, "participari_actiuni", [
        pk("id", "integer"),
        C("id_membru", "integer", "none", ref(N_MEM)),
        C("actiune", "varchar(80)", "trade_union", one("Miting București 2023-05-10", "Grevă generală mai-iunie 2023",
                                                 "Pichetare Prefectura Iași", "Marș FSLI 2019")),
        C("prezent", "boolean", "none", flag(0.7)),
        C("transport", "varchar(20)", "none", one("autocar 1", "autocar 2", "individual", None)),
        C("decont_transport", "numeric(8,2)", "none", money(0, 180)),
    ], rows=150, extra=[fk(S, "participari_actiuni", "id_membru", "membri", "id_membru")])
    ops = T(S, "operatori", [
        pk("id", "integer"),
        C("utilizator", "varchar(30)", "none", lambda c, i: f"op{i}"),
        C("parola", "varchar(60)", "credentials", bcrypt),
        C("nume_complet", "varchar(80)", "person_name", lambda c, i: f"{c.r.choice(RO_FIRST_F)} {c.r.choice(RO_LAST)}"),
        C("ultimul_ip", "varchar(45)", "ip_address", ipv4),
        C("rol", "varchar(20)", "none", one("admin", "operator", "contabil")),
    ], rows=N_OPS)
    return [schools, members, dues, aid, cases, protest, ops]
