"""w_sada: an in-house doping-control register of a Slovak national anti-doping agency, migrated from Oracle (upper
case, unaccented Slovak column names). Athletes, their whereabouts, sample collections, laboratory results, the
blood passport, DNA profiles for sample-identity disputes, therapeutic use exemptions and proceedings.

Rodné čísla are divisible by 11 (women's months + 50); IBANs carry mod-97 check digits.
"""
from __future__ import annotations

from .blind19_gens import (
    fk, fkey, hexstr, iban_sk, integer, ipv4, maybe, num, person, pf, pick, seq, template, ts, wpick,
)
from .gens import Col, Table

S = "w_sada"
A, D, Z, U = "sada_ath", "sada_dco", "sada_fed", "sada_usr"
N_FED, N_ATH, N_DCO, N_SAMPLE = 80, 150, 30, 150

SPORTS = [("Slovenský atletický zväz", "atletika"), ("Slovenský zväz cyklistiky", "cyklistika"),
          ("Slovenský zväz biatlonu", "biatlon"), ("Slovenský zväz ľadového hokeja", "ľadový hokej"),
          ("Slovenský futbalový zväz", "futbal"), ("Slovenský zväz vzpierania", "vzpieranie"),
          ("Slovenský kanoistický zväz", "rýchlostná kanoistika"), ("Slovenská plavecká federácia", "plávanie"),
          ("Slovenský zápasnícky zväz", "zápasenie"), ("Slovenský zväz kulturistiky a fitness", "kulturistika")]
SUBST = ["stanozolol", "meldónium", "EPO", "furosemid", "drostanolón", "klenbuterol", "tamoxifén", "kanabinoidy",
         "metylhexánamín", "nandrolón (19-NA)"]
DIAG = [("J45.0", "Astma bronchiale, prevažne alergická", "salbutamol 200 µg inh."),
        ("E10.9", "Diabetes mellitus 1. typu bez komplikácií", "inzulín aspart"),
        ("F90.0", "ADHD - porucha aktivity a pozornosti", "metylfenidát 20 mg"),
        ("E23.0", "Hypogonadotropný hypogonadizmus", "testosterón enantát"),
        ("K50.9", "Crohnova choroba", "prednizolón 20 mg"),
        ("M54.5", "Lumbago, akútna bolesť", "betametazón inj."),
        ("I10", "Esenciálna hypertenzia", "bisoprolol 5 mg")]
LOCI = ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51", "D2S441", "D19S433",
        "TH01", "FGA", "D22S1045", "D5S818", "D13S317", "D7S820", "SE33", "D10S1248", "D1S1656", "D12S391"]
VENUES = ["NTC Bratislava, Príkopova 6", "Zimný štadión Ondreja Nepelu", "x-bionic sphere, Šamorín",
          "Štrbské Pleso, biatlonový areál", "Národný futbalový štadión, Tomášikova 33", "AŠK Dukla, Banská Bystrica",
          "Plaváreň Pasienky, Junácka 4", "hotel Patria, Štrbské Pleso"]


def _ath(field):
    return pf(A, field, "sk")


def _ath_home(c, i):
    p = person(c, A, i, "sk")
    return f"{p['street']}, {p['pc']} {p['city']}"


def _fed(k):
    return lambda c, i: SPORTS[(i - 1) % len(SPORTS)][k] + ("" if i <= len(SPORTS) else f" - {i}")


def _where_addr(c, i):
    if c.r.random() < 0.55:
        return _ath_home(c, (i * 7) % N_ATH + 1)
    return c.r.choice(VENUES)


def _str_profile(c, i):
    out = []
    for locus in LOCI:
        a, b = sorted((c.r.randint(8, 24), c.r.randint(8, 24)))
        out.append(f"{locus}:{a},{b}" if a != b else f"{locus}:{a}")
    return ";".join(out)


def tables() -> list[Table]:
    fed = Table(S, "ZVAZ", [
        Col("ID_ZVAZ", "numeric(10) PRIMARY KEY", "none", seq),
        Col("NAZOV", "varchar(200)", "none", _fed(0)),
        Col("SPORT", "varchar(100)", "none", _fed(1)),
        Col("ICO", "varchar(8)", "none", lambda c, i: f"{c.r.randint(30_000_000, 52_999_999)}"),
        Col("ADRESA", "varchar(300)", "none", lambda c, i: f"Junácka {c.r.randint(1, 6)}, 832 80 Bratislava"),
        Col("EMAIL", "varchar(100)", "none", pick("sekretariat@atletika.sk", "info@cyklistika.sk", "office@szlh.sk",
                                                 "antidoping@futbalsfz.sk", "szvz@vzpieranie.sk")),
        Col("TEL", "varchar(30)", "none", lambda c, i: f"02/{c.r.randint(4000, 4999)} {c.r.randint(1000, 9999)}"),
        Col("IBAN", "varchar(34)", "none", lambda c, i: iban_sk(c.r)),
        Col("KONTAKT_OSOBA", "varchar(100)", "person_name", lambda c, i: "{} {}".format(
            *(person(c, Z, i, "sk")[k] for k in ("first", "last")))),
        Col("KONTAKT_TEL", "varchar(30)", "phone", pf(Z, "phone", "sk")),
        Col("KONTAKT_EMAIL", "varchar(100)", "email", pf(Z, "email", "sk")),
    ], rows=N_FED)
    ath = Table(S, "SPORTOVEC", [
        Col("ID_SPORTOVEC", "numeric(10) PRIMARY KEY", "none", seq),
        Col("ADAMS_ID", "varchar(20)", "none", lambda c, i: f"SVK-{c.r.randint(100000, 999999)}"),
        Col("MENO", "varchar(50)", "person_name", _ath("first")),
        Col("PRIEZVISKO", "varchar(60)", "person_name", _ath("last")),
        Col("TITUL", "varchar(20)", "none", maybe(0.1, pick("Mgr.", "Bc.", "Ing.", "PaedDr."))),
        Col("RC", "varchar(11)", "national_id", _ath("id")),
        Col("DAT_NAR", "date", "birth_date", lambda c, i: person(c, A, i, "sk")["born"].isoformat()),
        Col("POHLAVIE", "char(1)", "none", lambda c, i: "M" if person(c, A, i, "sk")["sex"] == "M" else "Z"),
        Col("STATNA_PRISL", "varchar(3)", "none", wpick([("SVK", 19), ("CZE", 1)])),
        Col("ID_ZVAZ", "numeric(10)", "none", lambda c, i: (i - 1) % len(SPORTS) + 1),
        Col("DISCIPLINA", "varchar(100)", "none", pick("800 m", "cestná", "šprint", "K1 500 m", "do 81 kg", "")),
        Col("ULICA", "varchar(100)", "postal_address", _ath("street")),
        Col("PSC", "varchar(6)", "postal_address", _ath("pc")),
        Col("OBEC", "varchar(60)", "none", _ath("city")),
        Col("TEL", "varchar(30)", "phone", _ath("phone")),
        Col("EMAIL", "varchar(100)", "email", _ath("email")),
        Col("KATEGORIA", "varchar(5)", "none", wpick([("RTP", 2), ("TP", 3), ("NTP", 5)])),
        Col("CISLO_PASU", "varchar(9)", "national_id", maybe(0.6, lambda c, i: f"{c.r.choice('BCEP')}"
            f"{c.r.choice('ABCDEFGH')}{c.r.randint(1000000, 9999999)}")),
        Col("ZAKAZ_DO", "date", "none", maybe(0.05, ts(2025, 2029, True))),
        Col("POZN", "varchar(400)", "none", maybe(0.2, pick("juniorská reprezentácia", "prestup z ČR 2023",
                                                            "ukončil kariéru", "dvojité občianstvo"))),
    ], rows=N_ATH, extra=[fkey(S, "SPORTOVEC", "ID_ZVAZ", "ZVAZ", "ID_ZVAZ")])
    where = Table(S, "POBYT", [
        Col("ID_POBYT", "numeric(12) PRIMARY KEY", "none", seq),
        Col("ID_SPORTOVEC", "numeric(10)", "none", lambda c, i: (i * 7) % N_ATH + 1),
        Col("DATUM", "date", "none", ts(2025, 2025, True)),
        Col("CAS_OD", "varchar(5)", "none", lambda c, i: f"{c.r.randint(5, 22):02d}:00"),
        Col("MIESTO_TYP", "varchar(20)", "none", pick("BYDLISKO", "TRENING", "SUTAZ", "HOTEL", "PRACA")),
        Col("ADRESA", "varchar(300)", "postal_address", _where_addr),
        Col("GPS_LAT", "numeric(9,6)", "geo_location", maybe(0.5, num(47.8, 49.5, 6))),
        Col("GPS_LON", "numeric(9,6)", "geo_location", maybe(0.5, num(17.0, 22.4, 6))),
        Col("POZNAMKA", "varchar(400)", "none", maybe(0.3, pick("zvonček č. 12, pes na dvore", "brána zo zadnej strany",
                                                                "izba 214", "zazvoniť 2x", "vstup cez recepciu"))),
        Col("ZADANE", "timestamp", "none", ts(2024, 2025)),
    ], rows=N_SAMPLE, extra=[fkey(S, "POBYT", "ID_SPORTOVEC", "SPORTOVEC", "ID_SPORTOVEC")])
    dco = Table(S, "KONTROLOR", [
        Col("ID_KONTROLOR", "numeric(6) PRIMARY KEY", "none", seq),
        Col("MENO", "varchar(50)", "person_name", pf(D, "first", "sk")),
        Col("PRIEZVISKO", "varchar(60)", "person_name", pf(D, "last", "sk")),
        Col("CISLO_PREUKAZU", "varchar(10)", "none", lambda c, i: f"DCO-{i:03d}"),
        Col("TEL", "varchar(30)", "phone", pf(D, "phone", "sk")),
        Col("EMAIL", "varchar(100)", "email", pf(D, "email", "sk")),
        Col("IBAN", "varchar(34)", "iban", lambda c, i: iban_sk(c.r)),
        Col("VYPIS_RT_DATUM", "date", "none", ts(2023, 2025, True)),
        Col("VYPIS_RT_ZAZNAM", "varchar(200)", "criminal_record", wpick([("bez záznamu", 27),
            ("§ 289 ods. 1 TZ, ohrozenie pod vplyvom návykovej látky, 2009, zahladené", 1)])),
        Col("AKTIVNY", "char(1)", "none", wpick([("A", 9), ("N", 1)])),
    ], rows=N_DCO)
    sample = Table(S, "ODBER", [
        Col("ID_ODBER", "numeric(12) PRIMARY KEY", "none", seq),
        Col("ID_SPORTOVEC", "numeric(10)", "none", fk(N_ATH)),
        Col("ID_KONTROLOR", "numeric(6)", "none", fk(N_DCO)),
        Col("DATUM_ODBERU", "timestamp", "none", ts(2022, 2025)),
        Col("MIESTO", "varchar(200)", "none", pick(*VENUES)),
        Col("MIMO_SUTAZE", "char(1)", "none", pick("A", "N")),
        Col("TYP_VZORKY", "varchar(10)", "none", wpick([("MOC", 6), ("KRV", 2), ("KRV_ABP", 2), ("DBS", 1)])),
        Col("CISLO_VZORKY", "varchar(10)", "none", lambda c, i: f"{c.r.randint(4000000, 4999999)}"),
        Col("HUSTOTA_MOCU", "numeric(5,3)", "health", maybe(0.6, num(1.003, 1.035, 3))),
        Col("OBJEM_ML", "numeric(4)", "none", maybe(0.6, integer(90, 180))),
        Col("LIEKY_DEKLAROVANE", "varchar(500)", "health", maybe(0.6, pick(
            "Ibalgin 400, Magnesium B6", "salbutamol inh., vitamín D", "antikoncepcia (Yasmin)", "kreatín, proteín",
            "Nurofen, železo (Tardyferon)", "Euthyrox 50", "nič"))),
        Col("SPRIEVODCA", "varchar(100)", "person_name", maybe(0.7, lambda c, i: "{} {}".format(
            *(person(c, "sada_chap", i, "sk")[k] for k in ("first", "last"))))),
        Col("POZNAMKA_KONTROLORA", "varchar(1000)", "none", maybe(0.3, pick(
            "Športovec meškal 20 min, na tréningu.", "Prvá vzorka nedostatočná hustota, druhá OK.",
            "Bez pripomienok.", "Prítomný tréner počas celého odberu."))),
    ], rows=N_SAMPLE, extra=[fkey(S, "ODBER", "ID_SPORTOVEC", "SPORTOVEC", "ID_SPORTOVEC"),
                             fkey(S, "ODBER", "ID_KONTROLOR", "KONTROLOR", "ID_KONTROLOR")])
    res = Table(S, "VYSLEDOK", [
        Col("ID_VYSLEDOK", "numeric(12) PRIMARY KEY", "none", seq),
        Col("ID_ODBER", "numeric(12)", "none", seq),
        Col("LAB", "varchar(60)", "none", pick("WADA lab Seibersdorf", "WADA lab Praha", "WADA lab Kreischa")),
        Col("DATUM_ANALYZY", "date", "none", ts(2022, 2025, True)),
        Col("VYSLEDOK", "varchar(10)", "health", wpick([("NEG", 40), ("AAF", 2), ("ATF", 1)])),
        Col("LATKA", "varchar(100)", "health", maybe(0.08, pick(*SUBST))),
        Col("KONCENTRACIA", "varchar(40)", "health", maybe(0.08, lambda c, i: f"{c.r.uniform(0.5, 40):.1f} ng/mL")),
        Col("T_E_POMER", "numeric(5,2)", "health", maybe(0.7, num(0.3, 4.5))),
        Col("PROTOKOL_PDF", "varchar(200)", "none",
            lambda c, i: f"/archiv/lab/{c.r.randint(2022, 2025)}/{hexstr(12)(c, i)}.pdf"),
    ], rows=N_SAMPLE, extra=[fkey(S, "VYSLEDOK", "ID_ODBER", "ODBER", "ID_ODBER")])
    abp = Table(S, "PASPORT_KRV", [
        Col("ID_ZAZNAM", "numeric(12) PRIMARY KEY", "none", seq),
        Col("ID_ODBER", "numeric(12)", "none", lambda c, i: i + 10),
        Col("HGB", "numeric(4,1)", "health", num(12.5, 17.8, 1)),
        Col("HCT", "numeric(4,1)", "health", num(38.0, 52.0, 1)),
        Col("RET_PERC", "numeric(4,2)", "health", num(0.4, 1.8, 2)),
        Col("RBC", "numeric(4,2)", "health", num(4.1, 6.0, 2)),
        Col("MCV", "numeric(5,1)", "health", num(80, 98, 1)),
        Col("OFF_SCORE", "numeric(5,1)", "health", num(60, 115, 1)),
        Col("ABPS", "numeric(6,3)", "health", num(-2.0, 0.5, 3)),
        Col("ATYPICKY", "char(1)", "health", wpick([("N", 30), ("A", 1)])),
    ], rows=120, extra=[fkey(S, "PASPORT_KRV", "ID_ODBER", "ODBER", "ID_ODBER")])
    dna = Table(S, "DNA_PROFIL", [
        Col("ID_PROFIL", "numeric(10) PRIMARY KEY", "none", seq),
        Col("ID_SPORTOVEC", "numeric(10)", "none", fk(N_ATH)),
        Col("DATUM", "date", "none", ts(2021, 2025, True)),
        Col("LAB", "varchar(60)", "none", pick("ÚSKVBL Bratislava", "Forensic DNA lab Innsbruck")),
        Col("STR_PROFIL", "text", "genetic", _str_profile),
        Col("AMELOGENIN", "varchar(5)", "genetic", lambda c, i: c.r.choice(["X,Y", "X"])),
        Col("DOVOD", "varchar(200)", "none", pick("námietka identity vzorky", "porovnanie A/B vzorky",
                                                 "podozrenie na zámenu moču")),
    ], rows=85, extra=[fkey(S, "DNA_PROFIL", "ID_SPORTOVEC", "SPORTOVEC", "ID_SPORTOVEC")])
    tue = Table(S, "TUE", [
        Col("ID_TUE", "numeric(10) PRIMARY KEY", "none", seq),
        Col("ID_SPORTOVEC", "numeric(10)", "none", fk(N_ATH)),
        Col("MKCH10", "varchar(10)", "health", lambda c, i: DIAG[i % len(DIAG)][0]),
        Col("DIAGNOZA", "varchar(300)", "health", lambda c, i: DIAG[i % len(DIAG)][1]),
        Col("LIEK", "varchar(200)", "health", lambda c, i: DIAG[i % len(DIAG)][2]),
        Col("LEKAR", "varchar(100)", "person_name", lambda c, i: "MUDr. {} {}".format(
            *(person(c, "sada_doc", i % 25, "sk")[k] for k in ("first", "last")))),
        Col("LEKAR_TEL", "varchar(30)", "phone", lambda c, i: person(c, "sada_doc", i % 25, "sk")["phone"]),
        Col("PLATNOST_OD", "date", "none", ts(2022, 2025, True)),
        Col("PLATNOST_DO", "date", "none", ts(2025, 2028, True)),
        Col("ROZHODNUTIE", "varchar(12)", "none", wpick([("SCHVALENE", 8), ("ZAMIETNUTE", 1), ("V_KONANI", 1)])),
        Col("ZDOVODNENIE", "varchar(2000)", "health", template([
            "Spirometria {d}: FEV1 {n} %, pozitívny bronchodilatačný test.",
            "Dlhodobá liečba od {d}, kontrolný nález u špecialistu priložený.",
            "Hospitalizácia {d}, potrebná systémová liečba na {n} dní."], d=["03/2021", "11/2023", "06/2024"],
            n=["68", "72", "81", "10", "14"])),
    ], rows=100, extra=[fkey(S, "TUE", "ID_SPORTOVEC", "SPORTOVEC", "ID_SPORTOVEC")])
    proc = Table(S, "KONANIE", [
        Col("ID_KONANIE", "numeric(10) PRIMARY KEY", "none", seq),
        Col("ID_SPORTOVEC", "numeric(10)", "none", fk(N_ATH)),
        Col("CISLO_KONANIA", "varchar(20)", "none", lambda c, i: f"DK-{c.r.randint(2019, 2025)}/{i:03d}"),
        Col("CLANOK", "varchar(10)", "none", pick("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.9")),
        Col("SANKCIA", "varchar(200)", "none", pick("zákaz činnosti 4 roky", "pokarhanie", "zákaz činnosti 2 roky",
                                                   "zákaz činnosti 12 mesiacov", "konanie zastavené")),
        Col("DATUM_ROZHODNUTIA", "date", "none", maybe(0.8, ts(2019, 2025, True))),
        Col("TRESTNE_OZNAMENIE", "varchar(500)", "criminal_record", maybe(0.3, template([
            "Trestné oznámenie podané na OR PZ {m} pre podozrenie z TČ podľa § 170a TZ (dopingové látky), ČVS: "
            "ORP-{n}/{m2}-2024", "Vec postúpená NAKA, obvinenie vznesené {d}", "Odsúdený trestným rozkazom OS {m}, "
            "podmienečne 2 roky"], m=["Bratislava I", "Košice", "Žilina", "Trnava"], n=["112", "584", "1203", "77"],
            m2=["BA", "KE", "ZA", "TT"], d=["14.3.2023", "2.10.2024", "19.1.2025"]))),
        Col("ODVOLANIE_CAS", "char(1)", "none", pick("A", "N", "N")),
    ], rows=90, extra=[fkey(S, "KONANIE", "ID_SPORTOVEC", "SPORTOVEC", "ID_SPORTOVEC")])
    usr = Table(S, "POUZIVATEL", [
        Col("ID_POUZIVATEL", "numeric(6) PRIMARY KEY", "none", seq),
        Col("LOGIN", "varchar(30)", "none", lambda c, i: (person(c, U, i, "sk")["first"][0]
                                                         + person(c, U, i, "sk")["last"]).lower()),
        Col("HESLO_HASH", "varchar(40)", "credentials", hexstr(40)),
        Col("SALT", "varchar(16)", "credentials", hexstr(16)),
        Col("MENO_PRIEZVISKO", "varchar(120)", "person_name", lambda c, i: "{} {}".format(
            *(person(c, U, i, "sk")[k] for k in ("first", "last")))),
        Col("EMAIL", "varchar(100)", "email", lambda c, i: person(c, U, i, "sk")["user"] + "@antidoping.sk"),
        Col("TOTP_SECRET", "varchar(32)", "secret_token", maybe(0.7, lambda c, i: "".join(
            c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)))),
        Col("ROLA", "varchar(20)", "none", pick("ADMIN", "MANAZER_TESTOV", "TUE_VYBOR", "PRAVNIK", "CITANIE")),
        Col("POSLEDNE_PRIHLASENIE", "timestamp", "none", ts(2025, 2025)),
    ], rows=85)
    log = Table(S, "AUDIT_LOG", [
        Col("ID_LOG", "numeric(14) PRIMARY KEY", "none", seq),
        Col("ID_POUZIVATEL", "numeric(6)", "none", fk(85)),
        Col("CAS", "timestamp", "none", ts(2025, 2025)),
        Col("IP_ADRESA", "varchar(45)", "ip_address", lambda c, i: c.r.choice(["10.12.0.", "10.12.1."])
            + str(c.r.randint(2, 250)) if c.r.random() < 0.7 else ipv4(c, i)),
        Col("AKCIA", "varchar(20)", "none", pick("SELECT", "UPDATE", "INSERT", "EXPORT", "LOGIN")),
        Col("TABULKA", "varchar(30)", "none", pick("SPORTOVEC", "TUE", "VYSLEDOK", "POBYT", "KONANIE")),
        Col("ZAZNAM_ID", "numeric(12)", "none", integer(1, 150)),
    ], rows=150, extra=[fkey(S, "AUDIT_LOG", "ID_POUZIVATEL", "POUZIVATEL", "ID_POUZIVATEL")])
    return [fed, ath, where, dco, sample, res, abp, dna, tue, proc, usr, log]


sada_tables = tables
