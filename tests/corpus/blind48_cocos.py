"""ax_cocos: an in-house community services system of the Cocos (Keeling) Islands, in Cocos Malay with English
codes: residents of Home Island and West Island, clinic visits with medevac flags, inter-island ferry bookings,
mainland contractors (organisations) and their workers' permits, and the office staff."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, stamps)
from .blind48_gens import any_landline, any_mobile, any_name, person
from .gens import Table

S = "ax_cocos"
PEN, PEG, PEK = "cc.penduduk", "cc.pegawai", "cc.pekerja"
N_PEN, N_PEG, N_KON = 150, 18, 24


def _catatan(c, i):
    return c.r.choice([None, "Datang dengan anak.", "Follow-up in 2 weeks with fly-in GP.",
                       f"Interpreter: {any_name('cc')(c, i)} (cucu).", "Tiada komplikasi.",
                       f"Rujuk Fiona Stanley Hospital; emak {any_name('cc')(c, i)} tel {any_mobile('cc')(c, i)}",
                       "Luka kaki terkena batu karang, dibalut."])


def cocos_tables() -> list[Table]:
    p = lambda f: person("cc", PEN, f, 1940, 2020)            # noqa: E731
    s = lambda f: person("cc", PEG, f, 1965, 2000)            # noqa: E731
    w = lambda f: person("cc", PEK, f, 1965, 2003)            # noqa: E731
    return [
        Table(S, "pegawai", [
            C("pegawai_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("nama", "varchar(100)", "person_name", s("full")),
            C("jawatan", "varchar(40)", "none", one("Community Nurse", "Pegawai Kaunter", "Ferry Master", "Admin Officer")),
            C("emel", "varchar(100)", "email", lambda c, i: f"{s('user')(c, i)}@shire.cc"),
            C("kata_laluan", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("pin_pintu", "char(6)", "secret_token", lambda c, i: digits(c, 6), comment="PIN pintu klinik"),
            C("aktif", "boolean", "none", flag(0.9)),
        ], rows=N_PEG),
        Table(S, "penduduk", [
            C("penduduk_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("nama", "varchar(100)", "person_name", p("full")),
            C("nama_bapa", "varchar(100)", "person_name", any_name("cc"), comment="bin/binti"),
            C("tarikh_lahir", "date", "birth_date", p("birth")),
            C("jantina", "char(1)", "none", p("sex")),
            C("medicare_no", "varchar(14)", "national_id", maybe(p("natid"), 0.9)),
            C("no_tel", "varchar(20)", "phone", p("mobile")),
            C("tel_rumah", "varchar(20)", "phone", maybe(p("phone"), 0.5)),
            C("emel", "varchar(100)", "email", maybe(p("email"), 0.4)),
            C("alamat", "varchar(120)", "postal_address", p("a_line")),
            C("pulau", "varchar(20)", "none", p("a_city")),
            C("poskod", "char(4)", "postal_address", p("a_post"), comment="all of the territory is 6799"),
            C("agama", "varchar(20)", "religious_belief", one("Islam", "Islam", "Islam", "Kristian", "Tiada")),
            C("suku", "varchar(30)", "ethnic_origin", one("Melayu Cocos", "Melayu Cocos", "Australian", "Other")),
            C("pekerjaan", "varchar(40)", "none", maybe(one("Nelayan", "Shire worker", "Guru", "Pekedai", "Pesara"), 0.8)),
            C("bahasa", "varchar(20)", "none", one("Cocos Malay", "English")),
            C("daftar", "timestamp", "none", stamps(2015, 2025)),
        ], rows=N_PEN),
        Table(S, "klinik_lawatan", [
            C("lawatan_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("penduduk_id", "integer", "none", fk(N_PEN, 7)),
            C("pegawai_id", "integer", "none", fk(N_PEG, 5)),
            C("tarikh", "date", "none", dates(2023, 2025)),
            C("doktor", "varchar(100)", "person_name", one("Dr Helen Pickering", "Dr Sam Dolan", "Dr Aisha Kassim")),
            C("sebab", "varchar(80)", "health", one("Demam", "Darah tinggi", "Kencing manis - semakan", "Luka",
                                                    "Antenatal", "Batuk berpanjangan")),
            C("icpc2", "varchar(5)", "health", one("A03", "K86", "T90", "S18", "W78", "R05")),
            C("bp", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 185)}/{c.r.randint(60, 110)}"),
            C("ubat", "varchar(80)", "health", maybe(one("Amlodipine 5mg", "Metformin 500mg", "Amoxicillin 500mg",
                                                         "Paracetamol 500mg"), 0.7)),
            C("medevac", "boolean", "health", flag(0.04), comment="diterbangkan ke Perth"),
            C("catatan", "text", "free_text_may_contain_pii", _catatan),
            C("bayaran", "numeric(7,2)", "none", amounts(0, 60)),
        ], rows=150, extra=[fkey(S, "klinik_lawatan", "penduduk_id", "penduduk", "penduduk_id"),
                            fkey(S, "klinik_lawatan", "pegawai_id", "pegawai", "pegawai_id")]),
        Table(S, "feri_tempahan", [
            C("tempahan_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("penduduk_id", "integer", "none", fk(N_PEN, 11, 6)),
            C("tarikh", "date", "none", dates(2024, 2025)),
            C("laluan", "varchar(40)", "none", one("Home Island - West Island", "West Island - Home Island",
                                                   "West Island - Direction Island")),
            C("tiket_no", "varchar(10)", "none", lambda c, i: f"FR{i + 70000}"),
            C("penumpang", "smallint", "none", ints(1, 5)),
            C("basikal", "boolean", "none", flag(0.2)),
            C("harga", "numeric(6,2)", "none", one(5, 10, 15)),
            C("dibuat", "timestamp", "none", stamps(2024, 2025)),
        ], rows=120, extra=[fkey(S, "feri_tempahan", "penduduk_id", "penduduk", "penduduk_id")]),
        Table(S, "kontraktor", [
            C("kontraktor_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("nama_syarikat", "varchar(100)", "none", one("Indian Ocean Territories Builders Pty Ltd", "Perth Marine Works",
                                                           "Cocos Fuel Services", "Westcoast Electrical Pty Ltd",
                                                           "Keeling Civil & Drainage")),
            C("abn", "char(14)", "none", lambda c, i: f"{digits(c, 2)} {digits(c, 3)} {digits(c, 3)} {digits(c, 3)}"),
            C("alamat", "varchar(120)", "none", one("12 Kewdale Rd, Welshpool WA 6106", "3/44 Marine Tce, Fremantle WA 6160",
                                                    "Lot 9 Air Force Rd, West Island WA 6799")),
            C("telefon", "varchar(20)", "none", any_landline("cc")),
            C("emel", "varchar(80)", "none", one("admin@iotbuilders.com.au", "ops@perthmarine.com.au", "accounts@cfs.cc")),
            C("orang_hubungan", "varchar(100)", "person_name", any_name("cc")),
            C("hubungan_mobil", "varchar(20)", "phone", any_mobile("cc")),
            C("insurans_tamat", "date", "none", dates(2025, 2027)),
        ], rows=N_KON),
        Table(S, "permit_kerja", [
            C("permit_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("kontraktor_id", "integer", "none", fk(N_KON, 5)),
            C("nama_pekerja", "varchar(100)", "person_name", w("full")),
            C("no_pasport", "varchar(10)", "national_id", lambda c, i: c.r.choice("NPRE") + digits(c, 7)),
            C("tarikh_lahir", "date", "birth_date", w("birth")),
            C("mula", "date", "none", dates(2024, 2025)),
            C("tamat", "date", "none", dates(2025, 2026)),
            C("semakan_polis", "varchar(80)", "criminal_record", one("No disclosable court outcomes", "No disclosable court outcomes",
                                                                     "Disclosable: drink driving 2017")),
            C("suntikan_lengkap", "boolean", "health", flag(0.8), comment="vaksin lengkap"),
        ], rows=80, extra=[fkey(S, "permit_kerja", "kontraktor_id", "kontraktor", "kontraktor_id")]),
    ]
