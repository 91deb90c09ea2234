"""x_arod: in-house register of a Riga occupational-health service (obligātās veselības pārbaudes): client
employers, their workers, the periodic fitness-for-work examinations and results. Latvian column names."""
from __future__ import annotations

import random

from stdnum import iban
from stdnum.lv import pvn

from .blind20_gens import col, day, digits, field, fk, flag, hexstr, maybe, num, pick, rdate, seq, stamp, texts
from .gens import Table

S = "x_arod"
N_EMP, N_WORK, N_DOC, N_EXAM = 90, 150, 14, 150

VIR = [("Jānis", "janis"), ("Andris", "andris"), ("Māris", "maris"), ("Edgars", "edgars"), ("Kārlis", "karlis"),
       ("Raimonds", "raimonds"), ("Artūrs", "arturs"), ("Dmitrijs", "dmitrijs"), ("Sergejs", "sergejs"),
       ("Gatis", "gatis"), ("Valdis", "valdis")]
SIEV = [("Ilze", "ilze"), ("Inese", "inese"), ("Līga", "liga"), ("Kristīne", "kristine"), ("Anna", "anna"),
        ("Santa", "santa"), ("Jeļena", "jelena"), ("Dace", "dace"), ("Laura", "laura"), ("Olga", "olga")]
UZV = [("Bērziņš", "Bērziņa", "berzins"), ("Kalniņš", "Kalniņa", "kalnins"), ("Ozoliņš", "Ozoliņa", "ozolins"),
       ("Liepa", "Liepa", "liepa"), ("Krūmiņš", "Krūmiņa", "krumins"), ("Vītols", "Vītola", "vitols"),
       ("Ivanovs", "Ivanova", "ivanovs"), ("Petrovs", "Petrova", "petrovs"), ("Zariņš", "Zariņa", "zarins"),
       ("Kļaviņš", "Kļaviņa", "klavins"), ("Jansons", "Jansone", "jansons"), ("Pētersons", "Pētersone", "petersons")]
IELAS = ["Brīvības iela", "Krišjāņa Barona iela", "Maskavas iela", "Lāčplēša iela", "Dzirnavu iela", "Ganību dambis",
         "Zolitūdes iela", "Kurzemes prospekts", "Rīgas gatve", "Skolas iela"]
PILSETAS = ["Rīga", "Rīga", "Rīga", "Jūrmala", "Ogre", "Jelgava", "Salaspils", "Olaine"]
NOZARES = ["būvniecība", "pārtikas ražošana", "loģistika", "kokapstrāde", "veselības aprūpe", "metālapstrāde"]
AMATI = ["autovadītājs", "noliktavas darbinieks", "metinātājs", "pavārs", "grāmatvedis", "celtnieks",
         "autokrāvēja vadītājs", "medmāsa", "galdnieks", "programmētājs", "apkopēja"]
RISKI = ["troksnis", "vibrācija", "darbs pie datora", "smagumu pārvietošana", "nakts darbs", "metināšanas aerosoli",
         "koksnes putekļi", "darbs augstumā", "transportlīdzekļa vadīšana"]


def _phone(r: random.Random) -> str:
    n = "2" + digits(r, 7)
    return r.choice([n, f"+371 {n}", f"+371 {n[:2]} {n[2:5]} {n[5:]}"])


def _iban(r: random.Random) -> str:
    bban = r.choice(["HABA", "UNLA", "RIKO", "PARX"]) + digits(r, 13)
    return "LV" + iban.calc_check_digits("LV00" + bban) + bban


def _adrese(r: random.Random) -> str:
    return f"{r.choice(IELAS)} {r.randint(1, 180)}" + r.choice(["", f"-{r.randint(1, 80)}"]) + \
        f", {r.choice(PILSETAS)}, LV-{r.randint(1001, 2167)}"


def _pk(r: random.Random, born) -> str:
    if r.random() < 0.15:                       # new-style code issued since 2017
        body = "32" + digits(r, 8)
    else:
        body = f"{born:%d%m%y}" + ("1" if born.year < 2000 else "2") + digits(r, 3)
    return body[:6] + "-" + body[6:] + pvn.calc_check_digit_pers(body)


def _worker(r: random.Random, i: int) -> dict:
    fem = r.random() < 0.45
    vards, vlat = r.choice(SIEV if fem else VIR)
    m, f, ulat = r.choice(UZV)
    born = rdate(r, 1958, 2005)
    return {"vards": vards, "uzvards": f if fem else m, "dz": "S" if fem else "V", "born": born, "pk": _pk(r, born),
            "adr": _adrese(r), "tel": _phone(r),
            "mail": f"{vlat}.{ulat}@{r.choice(['inbox.lv', 'gmail.com', 'apollo.lv'])}" if r.random() < 0.7 else None}


def _arsts(r: random.Random, i: int) -> dict:
    fem = r.random() < 0.7
    vards, vlat = r.choice(SIEV if fem else VIR)
    m, f, ulat = r.choice(UZV)
    return {"vards": vards, "uzvards": f if fem else m, "mail": f"{vlat}.{ulat}@arodvesels.lv"}


W, A = "arod.darbinieki", "arod.arsti"
DIAG = ["H83.3 Trokšņa izraisīts iekšējās auss bojājums", "I10 Esenciāla hipertensija", "M54.5 Muguras lejasdaļas sāpes",
        "H52.1 Miopija", "J45.0 Alerģiska astma", "E11.9 2. tipa cukura diabēts", "G56.0 Karpālā kanāla sindroms",
        "Z00.0 Vispārēja medicīniska izmeklēšana", "T75.2 Vibrācijas ietekme", "F41.1 Ģeneralizēta trauksme"]
IEROB = ["Nav ieteicams nakts darbs", "Aizliegts darbs augstumā", "Lietot dzirdes aizsardzības līdzekļus obligāti",
         "Smagumu celšana ne vairāk kā 10 kg", "Atkārtota pārbaude pēc 6 mēnešiem (AS kontrole)",
         "Nav ieteicams darbs ar vibrējošiem instrumentiem", "Nepieciešamas brilles tālumam"]


def arod_tables() -> list[Table]:
    employers = Table(S, "darba_deveji", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("nosaukums", "varchar(200)", "none", lambda c, i: c.r.choice(
            ["SIA ", "AS ", "SIA ", "VSIA "]) + c.r.choice(["Baltijas Būve", "Latvijas Maiznīca", "RīgaLog", "Kokmeistars",
                                                            "Metālserviss", "Daugavas Pārtika", "Ziemeļu Klīnika"])
            + f" {c.r.choice(['', 'Grupa', 'Serviss', str(i)])}".rstrip()),
        col("reg_nr", "char(11)", "none", lambda c, i: "4" + c.r.choice(["0003", "0103", "0203"]) + digits(c.r, 6)),
        col("juridiska_adrese", "varchar(250)", "none", lambda c, i: _adrese(c.r)),
        col("talrunis", "varchar(30)", "none", lambda c, i: f"67{digits(c.r, 6)}"),
        col("epasts", "varchar(120)", "none", pick(["info@bbuve.lv", "birojs@maiznica.lv", "hr@rigalog.lv",
                                                    "gramatvediba@kokmeistars.lv", "office@metalserviss.lv"])),
        col("kontaktpersona", "varchar(120)", "person_name", lambda c, i: f"{c.r.choice(SIEV)[0]} {c.r.choice(UZV)[1]}"),
        col("kontakt_talrunis", "varchar(30)", "phone", lambda c, i: _phone(c.r)),
        col("nozare", "varchar(60)", "none", pick(NOZARES)),
        col("liguma_nr", "varchar(20)", "none", lambda c, i: f"OVP-{2018 + i % 7}/{i:04d}"),
        col("aktivs", "boolean", "none", flag(0.9)),
    ], rows=N_EMP)
    workers = Table(S, "darbinieki", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("personas_kods", "varchar(12)", "national_id", field(W, _worker, "pk")),
        col("vards", "varchar(60)", "person_name", field(W, _worker, "vards")),
        col("uzvards", "varchar(60)", "person_name", field(W, _worker, "uzvards")),
        col("dzimums", "char(1)", "none", field(W, _worker, "dz")),
        col("dzimsanas_datums", "date", "birth_date", field(W, _worker, "born")),
        col("adrese", "varchar(250)", "postal_address", field(W, _worker, "adr")),
        col("talrunis", "varchar(30)", "phone", field(W, _worker, "tel")),
        col("epasts", "varchar(120)", "email", field(W, _worker, "mail")),
        col("darba_devejs_id", "integer NOT NULL", "none", fk(N_EMP)),
        col("amats", "varchar(80)", "none", pick(AMATI)),
        col("struktura", "varchar(80)", "none", pick(["Ražošana", "Noliktava", "Administrācija", "Transports"])),
        col("pienemts", "date", "none", day("2005-01-01", "2024-10-01")),
        col("kaitigie_faktori", "varchar(250)", "none", lambda c, i: "; ".join(c.r.sample(RISKI, c.r.randint(1, 3)))),
        col("piezimes", "text", "free_text_may_contain_pii", texts(
            "", "", "Uz pārbaudi ieradīsies ar tulku (krievu val.)", "Zvanīt vadītājai {n} pa tālr. {p}",
            "Rēķinu sūtīt uz {m}", "Mainīts uzvārds (iepriekš {u})", n=[v[0] for v in SIEV], p=["29118734",
                                                                                            "+371 26 402 118"],
            m=["personals@bbuve.lv", "l.ozolina@rigalog.lv"], u=[u[1] for u in UZV])),
    ], rows=N_WORK, extra=[f"ALTER TABLE {S}.darbinieki ADD FOREIGN KEY (darba_devejs_id) REFERENCES {S}.darba_deveji (id)"])
    doctors = Table(S, "arsti", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("vards", "varchar(60)", "person_name", field(A, _arsts, "vards")),
        col("uzvards", "varchar(60)", "person_name", field(A, _arsts, "uzvards")),
        col("specialitate", "varchar(60)", "none", pick(["arodslimību ārsts", "ģimenes ārsts", "okulists", "LOR",
                                                        "neirologs"])),
        col("sertifikata_nr", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1000, 9999)}-{c.r.randint(10, 99)}"),
        col("epasts", "varchar(120)", "email", field(A, _arsts, "mail")),
        col("darba_talrunis", "varchar(30)", "phone", lambda c, i: f"+371 {c.r.choice(['2', '6'])}{digits(c.r, 7)}"),
    ], rows=N_DOC)
    exams = Table(S, "apskates", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("darbinieks_id", "integer NOT NULL", "none", fk(N_WORK)),
        col("arsts_id", "integer NOT NULL", "none", fk(N_DOC)),
        col("apskates_datums", "date", "none", day("2022-01-03", "2024-11-29")),
        col("veids", "varchar(20)", "none", pick(["periodiskā", "periodiskā", "pirmreizējā", "ārkārtas"])),
        col("sledziens", "varchar(40)", "health", pick(["derīgs", "derīgs", "derīgs", "derīgs ar ierobežojumiem",
                                                        "uz laiku nederīgs", "nederīgs"])),
        col("ierobezojumi", "text", "health", maybe(0.35, pick(IEROB), "")),
        col("nakama_apskate", "date", "none", day("2025-01-01", "2026-12-31")),
        col("asinsspiediens", "varchar(7)", "health", lambda c, i: f"{c.r.randint(105, 175)}/{c.r.randint(62, 105)}"),
        col("pulss", "smallint", "health", lambda c, i: c.r.randint(52, 104)),
        col("augums_cm", "smallint", "health", lambda c, i: c.r.randint(152, 198)),
        col("svars_kg", "numeric(5,1)", "health", num(48, 132, 1)),
        col("redze_laba", "numeric(3,1)", "health", pick([0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 1.0, 1.0])),
        col("redze_kreisa", "numeric(3,1)", "health", pick([0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 1.0, 1.0])),
        col("diagnoze", "varchar(120)", "health", maybe(0.5, pick(DIAG))),
        col("anamneze", "text", "health", texts(
            "Sūdzību nav.", "Sūdzas par sāpēm muguras lejasdaļā pēc maiņas.", "Smēķē ~{k} cig./dienā. Alkohols retāk.",
            "Lieto {z}. Stāvoklis stabils.", "Pēc COVID-19 (2022) elpas trūkums slodzē.", "Troksnis ausīs pēdējos gadus.",
            k=["5", "10", "20"], z=["amlodipīnu 5 mg", "metformīnu 1000 mg", "salbutamolu pēc vajadzības"])),
    ], rows=N_EXAM, extra=[f"ALTER TABLE {S}.apskates ADD FOREIGN KEY (darbinieks_id) REFERENCES {S}.darbinieki (id)",
                           f"ALTER TABLE {S}.apskates ADD FOREIGN KEY (arsts_id) REFERENCES {S}.arsti (id)"])
    audio = Table(S, "audiometrija", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("apskate_id", "integer NOT NULL", "none", fk(N_EXAM)),
        col("frekvence_hz", "integer", "none", pick([500, 1000, 2000, 3000, 4000, 6000, 8000])),
        col("laba_auss_db", "smallint", "health", lambda c, i: c.r.choice([5, 10, 15, 20, 25, 35, 45, 60])),
        col("kreisa_auss_db", "smallint", "health", lambda c, i: c.r.choice([5, 10, 15, 20, 25, 35, 45, 60])),
        col("iekarta", "varchar(40)", "none", pick(["Interacoustics AD226", "Amplivox 270+"])),
    ], rows=150, extra=[f"ALTER TABLE {S}.audiometrija ADD FOREIGN KEY (apskate_id) REFERENCES {S}.apskates (id)"])
    labs = Table(S, "analizes", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("apskate_id", "integer NOT NULL", "none", fk(N_EXAM)),
        col("analize", "varchar(60)", "none", pick(["Hemoglobīns", "Glikoze", "Holesterīns", "ALAT", "Svins asinīs",
                                                   "Leikocīti", "Kreatinīns"])),
        col("rezultats", "numeric(8,2)", "health", num(0.3, 160)),
        col("mervieniba", "varchar(20)", "none", pick(["g/L", "mmol/L", "U/L", "µg/L", "10^9/L", "µmol/L"])),
        col("atsauces_intervals", "varchar(30)", "none", pick(["120-160", "3.9-6.1", "<5.2", "<41", "<100"])),
        col("arpus_normas", "boolean", "health", flag(0.2)),
        col("laboratorija", "varchar(60)", "none", pick(["E. Gulbja laboratorija", "Centrālā laboratorija"])),
    ], rows=150, extra=[f"ALTER TABLE {S}.analizes ADD FOREIGN KEY (apskate_id) REFERENCES {S}.apskates (id)"])
    referrals = Table(S, "nosutijumi", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("apskate_id", "integer NOT NULL", "none", fk(N_EXAM)),
        col("specialists", "varchar(40)", "health", pick(["okulists", "neirologs", "LOR", "kardiologs",
                                                         "psihiatrs", "narkologs"])),
        col("iemesls", "text", "health", pick(["Redzes asuma samazināšanās", "Dzirdes zudums 4 kHz",
                                               "Paaugstināts AS atkārtoti", "Atkarības skrīnings (autovadītājs)",
                                               "Parestēzijas rokās"])),
        col("termins", "date", "none", day("2022-02-01", "2025-02-28")),
        col("statuss", "varchar(20)", "none", pick(["izsniegts", "apmeklēts", "nav apmeklēts"])),
    ], rows=110, extra=[f"ALTER TABLE {S}.nosutijumi ADD FOREIGN KEY (apskate_id) REFERENCES {S}.apskates (id)"])
    users = Table(S, "lietotaji", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("lietotajvards", "varchar(40)", "none", lambda c, i: f"{c.r.choice(SIEV + VIR)[1]}{i}"),
        col("paroles_hash", "varchar(128)", "credentials", lambda c, i: "pbkdf2_sha256$600000$" + hexstr(22)(c, i)
            + "$" + hexstr(43)(c, i)),
        col("loma", "varchar(20)", "none", pick(["registratore", "arsts", "admin", "gramatvede"])),
        col("pedeja_ieeja", "timestamp", "none", stamp("2024-06-01", "2024-11-30")),
        col("sesijas_atslega", "char(40)", "secret_token", hexstr(40)),
        col("ip_adrese", "inet", "ip_address", lambda c, i: f"{c.r.choice(['87.246', '212.3', '80.89'])}"
                                                             f".{c.r.randint(1, 254)}.{c.r.randint(1, 254)}"),
        col("pedeja_darbiba", "varchar(120)", "none", pick(["apskates saglabāšana", "rēķina izveide", "pieteikšanās"])),
    ], rows=85)
    invoices = Table(S, "rekini", [
        col("id", "integer PRIMARY KEY", "none", seq),
        col("darba_devejs_id", "integer NOT NULL", "none", fk(N_EMP)),
        col("numurs", "varchar(20)", "none", lambda c, i: f"AV-2024/{i:05d}"),
        col("datums", "date", "none", day("2022-01-01", "2024-11-29")),
        col("summa", "numeric(10,2)", "none", num(25, 4800)),
        col("pvn", "numeric(10,2)", "none", num(0, 1000)),
        col("apmaksats", "boolean", "none", flag(0.8)),
        col("maksataja_konts", "varchar(21)", "none", lambda c, i: _iban(c.r)),
    ], rows=120, extra=[f"ALTER TABLE {S}.rekini ADD FOREIGN KEY (darba_devejs_id) REFERENCES {S}.darba_deveji (id)"])
    return [employers, workers, doctors, exams, audio, labs, referrals, users, invoices]

