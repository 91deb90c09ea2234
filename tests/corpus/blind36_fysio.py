"""al_fysiotherapeia: an in-house system of a physiotherapy and rehabilitation centre in Lemesos (Cyprus), with Greek
names written in Latin letters: insurers (asfalistikes, firms), therapists, patients (asthenis), appointments,
sessions and insurance claims."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps)
from .blind36_gens import any_name, cy_iban, person, tic
from .gens import Table

S = "al_fysiotherapeia"
AST, THE = "fy.asthenis", "fy.therapeftis"
N_ASF, N_THE, N_AST, N_RAN = 18, 24, 150, 150
INSURERS = ["Eurolife Ltd", "Ethniki Asfalistiki Kyprou", "Trust International", "Atlantic Insurance", "Gan Direct",
            "Alliance Insurance", "Universal Life", "Minerva Insurance", "CNP Asfalistiki"]


def _simeioseis(c, i):
    return c.r.choice([None, None, "Akyrose logo doulias.", "Erchetai me patericiá, chreiazetai voitheia sti skala.",
                       f"Tha ton ferei i kori tou {any_name('cy')(c, i)}, tel. 99 {digits(c, 6)}.",
                       f"Parapompi apo Dr. {any_name('cy')(c, i)}, orthopaidikos.", "Zitise apodeixi gia to GeSY."])


def _paratiriseis(c, i):
    return c.r.choice([None, "Veltiosi meta tin 4i synedria.", "Ponos sti nychta, epikoinonia me giatro.",
                       f"O therapeftis {person('cy', THE, 'full')(c, c.r.randint(1, N_THE))} anelave ti synecheia.",
                       "Askiseis spiti: 3 fores tin imera."])


def fysio_tables() -> list[Table]:
    a = lambda f: person("cy", AST, f, 1938, 2012)         # noqa: E731
    t = lambda f: person("cy", THE, f, 1970, 1999)         # noqa: E731
    return [
        Table(S, "asfalistikes", [
            C("kodikos", "integer PRIMARY KEY", "none", seq()),
            C("eponymia", "varchar(80)", "none", lambda c, i: INSURERS[(i - 1) % 9] + ("" if i <= 9 else " (Ygeias)")),
            C("arithmos_fpa", "varchar(12)", "none", lambda c, i: "CY" + tic(c)),
            C("dieuthinsi", "varchar(160)", "none", lambda c, i: f"Leoforos Makariou III {c.r.randint(1, 200)}, "
                                                                 f"{c.r.choice(['1065 Lefkosia', '3030 Lemesos'])}"),
            C("tilefono", "varchar(20)", "none", lambda c, i: f"22 {digits(c, 6)}"),
            C("email_apozimioseon", "varchar(80)", "none", lambda c, i: f"claims{i}@insurer{i}.com.cy"),
            C("atomo_epikoinonias", "varchar(80)", "person_name", any_name("cy")),
            C("kinito_epikoinonias", "varchar(20)", "phone", lambda c, i: f"+357 99 {digits(c, 6)}"),
            C("prothesmia_pliromis", "smallint", "none", one(30, 45, 60)),
        ], rows=N_ASF),
        Table(S, "therapeftes", [
            C("kodikos", "integer PRIMARY KEY", "none", seq()),
            C("onoma", "varchar(40)", "person_name", t("first")),
            C("epitheto", "varchar(60)", "person_name", t("last")),
            C("arithmos_mitroou", "varchar(10)", "none", lambda c, i: f"FS{c.r.randint(200, 1900)}"),
            C("kinito", "varchar(20)", "phone", t("mobile")),
            C("email", "varchar(80)", "email", lambda c, i: f"{t('user')(c, i)}@physiolemesos.com.cy"),
            C("kodikos_prosvasis", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("eidikotita", "varchar(40)", "none", one("Orthopaidiki", "Neurologiki", "Athlitiki", "Paidiatriki")),
        ], rows=N_THE),
        Table(S, "asthenis", [
            C("kodikos", "integer PRIMARY KEY", "none", seq()),
            C("onoma", "varchar(40)", "person_name", a("first")),
            C("epitheto", "varchar(60)", "person_name", a("last")),
            C("patronymo", "varchar(40)", "person_name", maybe(a("father"), 0.5)),
            C("imerominia_gennisis", "date", "birth_date", a("birth")),
            C("fylo", "char(1)", "none", lambda c, i: "A" if a("sex")(c, i) == "M" else "G"),
            C("arithmos_taftotitas", "varchar(10)", "national_id", a("natid")),
            C("ar_koinonikon_asfaliseon", "varchar(10)", "national_id", maybe(lambda c, i: digits(c, 8), 0.7)),
            C("dieuthinsi", "varchar(160)", "postal_address", a("a_line")),
            C("tk", "varchar(5)", "postal_address", a("a_postcode")),
            C("poli", "varchar(40)", "none", a("a_city")),
            C("kinito", "varchar(20)", "phone", a("mobile")),
            C("stathero", "varchar(20)", "phone", maybe(a("phone"), 0.4)),
            C("email", "varchar(80)", "email", maybe(a("email"), 0.6)),
            C("iban_epistrofis", "varchar(34)", "iban", maybe(lambda c, i: cy_iban(c), 0.3)),
            C("asfalistiki", "integer", "none", fk(N_ASF, 5, nullable_every=4)),
            C("arithmos_symvolaiou", "varchar(20)", "none", maybe(lambda c, i: f"POL-{digits(c, 8)}", 0.7)),
            C("dikaiouchos_gesy", "boolean", "none", flag(0.8)),
            C("epaggelma", "varchar(40)", "none", maybe(one("Ekpaideftikos", "Oikodomos", "Logistis", "Syntaxiouchos"), 0.6)),
            C("istoriko", "text", "health", maybe(one("Diskokili O4-O5", "Olik arthroplastiki gonatos 2022",
                                                      "Ischaimiko AEE", "Sklirynsi katapotas", "Rixi prosthiou chiastou"), 0.8)),
            C("allergies", "varchar(80)", "health", maybe(one("Penikillini", "Latex", "Aspirini"), 0.2)),
            C("kataxorisi", "timestamp", "none", stamps(2018, 2025)),
        ], rows=N_AST, extra=[fkey(S, "asthenis", "asfalistiki", "asfalistikes", "kodikos")]),
        Table(S, "rantevou", [
            C("kodikos", "integer PRIMARY KEY", "none", seq()),
            C("asthenis", "integer", "none", fk(N_AST, 7)),
            C("therapeftis", "integer", "none", fk(N_THE, 5)),
            C("imerominia", "date", "none", dates(2024, 2025)),
            C("ora", "time", "none", one("08:00", "09:30", "11:00", "15:00", "17:30")),
            C("katastasi", "varchar(16)", "none", one("Epivevaiomeno", "Oloklirothike", "Akyrothike", "Den irthe")),
            C("sms_stalthike", "boolean", "none", flag(0.8)),
            C("simeioseis", "text", "free_text_may_contain_pii", _simeioseis),
        ], rows=N_RAN, extra=[fkey(S, "rantevou", "asthenis", "asthenis", "kodikos"),
                              fkey(S, "rantevou", "therapeftis", "therapeftes", "kodikos")]),
        Table(S, "synedries", [
            C("kodikos", "integer PRIMARY KEY", "none", seq()),
            C("rantevou", "integer", "none", fk(N_RAN, 1)),
            C("klimaka_ponou", "smallint", "health", ints(0, 10)),
            C("perioxi", "varchar(40)", "health", one("Osfyiki moira", "Aftsenikos", "Gonato D", "Gonato A", "Omos D",
                                                      "Istio")),
            C("therapeia", "varchar(80)", "health", one("TENS + kinisiotherapia", "Ypersyntonia", "Laser", "Manual therapy",
                                                        "Ydrotherapeia", "Epanekpaidefsi vadisis")),
            C("evros_kinisis", "varchar(20)", "health", lambda c, i: f"{c.r.randint(20, 140)}°"),
            C("diarkeia_lepta", "smallint", "none", one(30, 45, 60)),
            C("paratiriseis", "text", "free_text_may_contain_pii", _paratiriseis),
        ], rows=150, extra=[fkey(S, "synedries", "rantevou", "rantevou", "kodikos")]),
        Table(S, "apozimioseis", [
            C("kodikos", "integer PRIMARY KEY", "none", seq()),
            C("asthenis", "integer", "none", fk(N_AST, 11)),
            C("asfalistiki", "integer", "none", fk(N_ASF, 7)),
            C("arithmos_apaitisis", "varchar(20)", "none", lambda c, i: f"CLM{c.r.randint(2024, 2025)}-{i:05d}"),
            C("diagnosi_icd10", "varchar(8)", "health", one("M54.5", "M17.1", "S83.5", "I63.9", "G35", "M75.1")),
            C("poso", "numeric(8,2)", "none", amounts(40, 1800)),
            C("nomisma", "char(3)", "none", const("EUR")),
            C("katastasi", "varchar(16)", "none", one("Ypovlithike", "Egkrithike", "Aporrifthike", "Plirothike")),
            C("imerominia_ypovolis", "date", "none", dates(2024, 2025)),
            C("arithmos_synedrion", "smallint", "none", ints(1, 20)),
        ], rows=120, extra=[fkey(S, "apozimioseis", "asthenis", "asthenis", "kodikos"),
                            fkey(S, "apozimioseis", "asfalistiki", "asfalistikes", "kodikos")]),
    ]
