"""v_parama: an in-house social-assistance case system of a Lithuanian city municipality (Panevėžys), with
abbreviated Lithuanian snake_case names: persons, applications, household members, disability, social-risk
assessments, payments, providers and staff."""
from __future__ import annotations

from .blind18_gens import (bcrypt, boolean, ch, day, fk, iban, maybe, money, num, pf, pfx, seq, stamp,
                           text_from, wch, who)
from .gens import Col, Table

S = "v_parama"
P = "lt:asm"
N = 150
PK = "integer PRIMARY KEY"


def _fk(table: str, col: str, ref: str, ref_col: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({ref_col})"


def _adr(c, i):
    return f"{pf(P, 'street')(c, i)}, {pf(P, 'pc')(c, i)} Panevėžys"


_RUSIS = wch([("Socialinė pašalpa", 40), ("Kompensacija už būsto šildymą", 25),
              ("Kompensacija už geriamąjį vandenį", 8),
              ("Vienkartinė pašalpa", 10), ("Parama mokinio reikmėms", 7), ("Nemokamas maitinimas mokykloje", 10)])
_PASTABOS = text_from(["Trūksta pažymos iš Užimtumo tarnybos.", "Pareiškėja {v} {p} atvyko asmeniškai, tel. {t}.",
                       "Pateikta per SPIS, dokumentai tvarkingi.", "Gyvena kartu su sugyventiniu {v} {p}.",
                       "Prašymą pateikė sūnus {v}, įgaliojimas Nr. {n}/2024.", ""],
                      v=["Jonas", "Rūta", "Tomas", "Inga", "Andrius"], p=["Kazlauskas", "Petrauskienė", "Ivanov",
                                                                          "Butkus", "Sadovska"],
                      t=["+370 612 34567", "8 686 11223", "+370 655 90871"])
_ISVADOS = text_from([
    "Šeima patiria socialinę riziką: tėvas {v} piktnaudžiauja alkoholiu, vaikai lanko dienos centrą.",
    "Rekomenduota atvejo vadyba. Susitikimas su {v} {p} numatytas {d} d.",
    "Rizikos veiksnių nenustatyta, {v} dirba sezoninius darbus.",
    "Motina {v} {p} po gydymo priklausomybės centre, tel. {t}; stebėti kas mėnesį.",
    "Bendradarbiauja, skolos už šildymą sumažėjo."],
    v=["Mindaugas", "Jurgita", "Saulius", "Daiva"], p=["Žukauskas", "Jankauskienė", "Kozlov"],
    d=["kovo 12", "balandžio 3", "gegužės 20"], t=["+370 699 12345", "8 611 22876"])
_TEIST = wch([(None, 70), ("Neteistas", 12), ("Teistas pagal BK 178 str. (vagystė), 2019 m., bausmė atlikta", 4),
              ("Teistas pagal BK 140 str., lygtinai paleistas 2023-05", 3), ("Administracinė nuobauda (KET)", 4),
              ("Teistumas išnykęs", 4), ("Probacijos priežiūra iki 2025-02", 3)])
_PRIKL = wch([(None, 65), ("alkoholis", 20), ("narkotinės medžiagos", 5), ("lošimai", 3),
              ("alkoholis; gydosi Priklausomybės ligų centre", 7)])
_TEIKEJAI = ["VšĮ Panevėžio socialinių paslaugų centras", "AB Panevėžio energija", "UAB Aukštaitijos vandenys",
             "Panevėžio Caritas", "Maisto bankas", "VšĮ Vaikų dienos centras „Šaltinis“", "UAB Panevėžio butų ūkis",
             "Panevėžio krizių centras", "Raudonojo Kryžiaus Panevėžio skyrius"]


def parama_tables() -> list[Table]:
    darb = Table(S, "darbuotojas", [
        Col("darb_id", PK, "none", seq),
        Col("vardas", "varchar(50)", "person_name", pf("lt:darb", "first")),
        Col("pavarde", "varchar(60)", "person_name", pf("lt:darb", "last")),
        Col("pareigos", "varchar(80)", "none", ch("Socialinė darbuotoja", "Vyr. specialistė", "Skyriaus vedėja",
                                                  "Socialinis darbuotojas", "Atvejo vadybininkė")),
        Col("el_pastas", "varchar(100)", "email", lambda c, i: (pf("lt:darb", "first")(c, i)[0] + "."
                                                                + pf("lt:darb", "last")(c, i)).lower()
            .translate(str.maketrans("ėūųčšžįą", "euucszia")) + "@panevezys.lt"),
        Col("tel", "varchar(20)", "phone", lambda c, i: f"(8 45) 50{c.r.randint(1000, 1999)}"),
        Col("prisijungimas", "varchar(30)", "none", lambda c, i: f"ssd{i:03d}"),
        Col("slaptazodis", "varchar(60)", "credentials", bcrypt),
        Col("paskut_prisijungimas", "timestamp", "none", stamp(2024, 2024)),
        Col("aktyvus", "boolean", "none", boolean(0.9)),
    ], rows=28)
    asm = Table(S, "asmuo", [
        Col("asm_id", PK, "none", seq),
        Col("asm_kodas", "char(11)", "national_id", pf(P, "ak")),
        Col("vardas", "varchar(50)", "person_name", pf(P, "first")),
        Col("pavarde", "varchar(60)", "person_name", pf(P, "last")),
        Col("gim_data", "date", "birth_date", pf(P, "born")),
        Col("lytis", "char(1)", "none", pf(P, "sex", lambda s: "V" if s == "M" else "M")),
        Col("tautybe", "varchar(30)", "ethnic_origin", maybe(0.8, pf(P, "eth"))),
        Col("pilietybe", "varchar(30)", "none",
            wch([("Lietuvos Respublika", 95), ("Ukraina", 4), ("be pilietybės", 1)])),
        Col("seim_padetis", "varchar(30)", "none", ch("vedęs / ištekėjusi", "nevedęs / netekėjusi", "išsituokęs",
                                                      "našlys / našlė", "gyvena partnerystėje")),
        Col("tel_nr", "varchar(20)", "phone", maybe(0.85, pf(P, "phone"))),
        Col("el_pastas", "varchar(100)", "email", maybe(0.45, pf(P, "email"))),
        Col("deklar_adresas", "varchar(200)", "postal_address", _adr),
        Col("faktinis_adresas", "varchar(200)", "postal_address", maybe(0.2, _adr)),
        Col("seniunija", "varchar(40)", "none", ch("Centro", "Rožių", "Klaipėdos", "Ramygalos", "Tulpių")),
        Col("isimoksl", "varchar(40)", "none", ch("pagrindinis", "vidurinis", "profesinis", "aukštasis", None)),
        Col("uzimtumas", "varchar(40)", "none", ch("bedarbis", "dirbantis", "pensininkas", "studentas",
                                                   "vaiko priežiūros atostogose")),
        Col("sukurta", "timestamp", "none", stamp(2015, 2024)),
        Col("sukure", "integer", "none", fk(28)),
    ], rows=N, extra=[_fk("asmuo", "sukure", "darbuotojas", "darb_id")])
    pras = Table(S, "prasymas", [
        Col("pras_id", PK, "none", seq),
        Col("asm_id", "integer", "none", fk(N)),
        Col("pras_nr", "varchar(20)", "none", lambda c, i: f"SP-2024-{4000 + i:06d}"),
        Col("pras_data", "date", "none", day(2023, 2024)),
        Col("ismokos_rusis", "varchar(60)", "none", _RUSIS),
        Col("busena", "varchar(20)", "none", ch("pateiktas", "nagrinėjamas", "patenkintas", "patenkintas", "atmestas")),
        Col("sprendimo_nr", "varchar(20)", "none", maybe(0.7, lambda c, i: f"SPS-{c.r.randint(1, 9000)}")),
        Col("sprendimo_data", "date", "none", maybe(0.7, day(2023, 2024))),
        Col("suma_eur", "numeric(9,2)", "none", money(15, 650)),
        Col("saskaita", "varchar(34)", "iban", maybe(0.8, iban("LT", 16, "73000"))),
        Col("pastabos", "text", "free_text_may_contain_pii", maybe(0.6, _PASTABOS)),
        Col("darb_id", "integer", "none", fk(28)),
    ], rows=150, extra=[_fk("prasymas", "asm_id", "asmuo", "asm_id"), _fk("prasymas", "darb_id", "darbuotojas",
                                                                          "darb_id")])
    nar = Table(S, "seimos_narys", [
        Col("narys_id", PK, "none", seq),
        Col("pras_id", "integer", "none", fk(150)),
        Col("asm_kodas", "char(11)", "national_id", pf("lt:narys", "ak")),
        Col("vardas_pavarde", "varchar(120)", "person_name",
            lambda c, i: f"{pf('lt:narys', 'first')(c, i)} {pf('lt:narys', 'last')(c, i)}".upper()),
        Col("gim_data", "date", "birth_date", pf("lt:narys", "born")),
        Col("rysys", "varchar(30)", "none", ch("sutuoktinis", "sūnus", "duktė", "sugyventinis", "motina", "vaikaitis")),
        Col("uzimtumas", "varchar(40)", "none", ch("mokinys", "bedarbis", "dirbantis", "pensininkas")),
        Col("pajamos_eur", "numeric(9,2)", "none", money(0, 1400)),
        Col("mokosi", "boolean", "none", boolean(0.3)),
    ], rows=150, extra=[_fk("seimos_narys", "pras_id", "prasymas", "pras_id")])
    neg = Table(S, "negalia", [
        Col("neg_id", PK, "none", seq),
        Col("asm_id", "integer", "none", fk(N)),
        Col("darbingumo_lygis", "varchar(10)", "health", ch("0-25 %", "30-40 %", "45-55 %", None)),
        Col("neg_lygis", "varchar(20)", "health", ch("sunkus", "vidutinis", "lengvas", None)),
        Col("spec_poreikiai", "varchar(60)", "health", ch("nuolatinė slauga", "nuolatinė priežiūra (pagalba)",
                                                           "transporto išlaidų kompensacija", None, None)),
        Col("nustatyta_nuo", "date", "none", day(2010, 2024)),
        Col("nustatyta_iki", "date", "none", maybe(0.6, day(2024, 2028))),
        Col("ndnt_sprendimas", "varchar(20)", "none", lambda c, i: f"NDNT-{c.r.randint(100000, 999999)}"),
        Col("pagalbos_priem", "varchar(80)", "health", maybe(0.4, ch("vežimėlis", "klausos aparatas",
                                                                     "ramentai", "funkcinė lova"))),
    ], rows=90, extra=[_fk("negalia", "asm_id", "asmuo", "asm_id")])
    riz = Table(S, "soc_rizika", [
        Col("vert_id", PK, "none", seq),
        Col("asm_id", "integer", "none", fk(N)),
        Col("vert_data", "date", "none", day(2022, 2024)),
        Col("priklausomybes", "varchar(80)", "health", _PRIKL),
        Col("teistumas", "varchar(120)", "criminal_record", _TEIST),
        Col("smurtas_artimoje_aplinkoje", "boolean", "none", boolean(0.1)),
        Col("vaiku_sk", "smallint", "none", num(0, 6)),
        Col("rizikos_balas", "smallint", "none", num(0, 40)),
        Col("isvados", "text", "free_text_may_contain_pii", _ISVADOS),
        Col("darb_id", "integer", "none", fk(28)),
    ], rows=110, extra=[_fk("soc_rizika", "asm_id", "asmuo", "asm_id"), _fk("soc_rizika", "darb_id", "darbuotojas",
                                                                            "darb_id")])
    teik = Table(S, "paslaugu_teikejas", [
        Col("teik_id", PK, "none", seq),
        Col("pavadinimas", "varchar(120)", "none", lambda c, i: _TEIKEJAI[(i - 1) % len(_TEIKEJAI)]),
        Col("im_kodas", "char(9)", "none", lambda c, i: f"{c.r.choice('13')}{c.r.randint(10000000, 99999999)}"),
        Col("adresas", "varchar(200)", "none", ch("Respublikos g. 68, Panevėžys", "Senamiesčio g. 114, Panevėžys")),
        Col("tel", "varchar(20)", "none", ch("(8 45) 46 33 10", "(8 45) 50 25 01")),
        Col("el_pastas", "varchar(100)", "none", ch("info@pspc.lt", "klientai@pe.lt", "panevezys@redcross.lt")),
        Col("kont_asmuo", "varchar(120)", "person_name", lambda c, i: f"{pf('lt:teik', 'first')(c, i)} "
                                                                      f"{pf('lt:teik', 'last')(c, i)}"),
        Col("kont_tel", "varchar(20)", "phone", pf("lt:teik", "phone")),
        Col("sutarties_nr", "varchar(20)", "none", lambda c, i: f"SUT-{c.r.randint(10, 99)}/{2020 + i % 5}"),
    ], rows=30)
    ism = Table(S, "ismoka", [
        Col("ism_id", PK, "none", seq),
        Col("pras_id", "integer", "none", fk(150)),
        Col("mokejimo_data", "date", "none", day(2024, 2024)),
        Col("suma", "numeric(9,2)", "none", money(10, 600)),
        Col("teik_id", "integer", "none", maybe(0.3, fk(30))),
        Col("gavejo_saskaita", "varchar(34)", "iban", iban("LT", 16)),
        Col("gavejas", "varchar(120)", "person_name",
            lambda c, i: (f"{pfx('ism', P, N, 'first')(c, i)} {pfx('ism', P, N, 'last')(c, i)}".upper()
                          if c.r.random() < 0.7 else c.r.choice(_TEIKEJAI[1:3]))),
        Col("paskirtis", "varchar(140)", "national_id",
            lambda c, i: f"Soc. pašalpa 2024-{c.r.randint(1, 12):02d}, a.k. {pfx('ism', P, N, 'ak')(c, i)}"
            if c.r.random() < 0.6 else f"Kompensacija už šildymą, byla {who('ism', N)(c, i)}"),
        Col("grazinta", "boolean", "none", boolean(0.03)),
    ], rows=150, extra=[_fk("ismoka", "pras_id", "prasymas", "pras_id"), _fk("ismoka", "teik_id",
                                                                             "paslaugu_teikejas", "teik_id")])
    return [darb, asm, pras, nar, neg, riz, teik, ism]
