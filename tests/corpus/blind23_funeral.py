"""f_funeral: the in-house case system of a Ghanaian funeral home (Accra, Kumasi, Takoradi), snake_case names."""
from __future__ import annotations

import random
from datetime import timedelta

from stdnum.gh import tin

from .blind23_gens import amount, bcrypt, col, day, digits, dob, field, fk, ident, per_row, pick, ref, when
from .gens import Table

S = "f_funeral"
N_BRANCH, N_STAFF, N_CASES, N_SVC, N_INV = 8, 80, 120, 30, 120

MALE = ["Kwame", "Kwabena", "Kofi", "Kwaku", "Yaw", "Kwesi", "Kojo", "Emmanuel", "Samuel", "Isaac", "Ebenezer",
        "Nii Armah", "Selasi", "Edem", "Mawuli", "Ibrahim", "Abdul-Rahman"]
FEMALE = ["Akosua", "Adwoa", "Abena", "Akua", "Yaa", "Afua", "Ama", "Efua", "Grace", "Comfort", "Patience",
          "Dorcas", "Felicia", "Gifty", "Mercy", "Naa Adjeley", "Esi", "Kafui", "Mariama"]
SUR = ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Ofori", "Amoah", "Darko", "Quaye",
       "Tetteh", "Lamptey", "Addo", "Adjei", "Sarpong", "Boakye", "Annan", "Quartey", "Agbeko", "Mohammed",
       "Iddrisu", "Alhassan", "Ansah", "Frimpong", "Nyarko"]
TOWNS = [("Accra", "GA"), ("Kumasi", "AK"), ("Takoradi", "WS"), ("Tema", "GT"), ("Cape Coast", "CC"),
         ("Koforidua", "EN"), ("Ho", "VH")]
AREAS = ["Dansoman", "Osu", "Madina", "Adenta", "Kasoa", "Bantama", "Asokwa", "Suame", "Anaji", "Community 9",
         "Nima", "Teshie", "Abeka Lapaz", "Spintex"]
DENOM = [("Methodist", "Wesley Methodist Church"), ("Presbyterian (PCG)", "Ebenezer Presbyterian Church"),
         ("Roman Catholic", "Christ the King Parish"), ("Anglican", "Holy Trinity Cathedral"),
         ("Pentecostal", "Church of Pentecost, Ringway Assembly"), ("Seventh-day Adventist", "SDA Central Church"),
         ("Charismatic", "ICGC Christ Temple"), ("Islam", "Central Mosque"), ("Islam (Ahmadiyya)", "Ahmadiyya Mosque"),
         ("Traditional", "")]
ETHNIC = ["Akan (Asante)", "Akan (Fante)", "Akan (Akuapem)", "Akan (Bono)", "Ewe", "Ga-Adangbe", "Dagomba",
          "Nzema", "Guan", "Frafra", "Hausa"]
CAUSES = ["Hypertensive heart disease", "Stroke (CVA)", "Complications of diabetes mellitus",
          "Road traffic accident - head injury", "Severe malaria", "Prostate cancer", "Breast cancer",
          "Chronic kidney disease", "Sickle cell crisis", "Pneumonia", "HIV-related illness", "Liver cirrhosis",
          "COVID-19", "Old age", "Cervical cancer", "Drowning"]
PLACES = ["Korle Bu Teaching Hospital", "Komfo Anokye Teaching Hospital", "37 Military Hospital", "Ridge Hospital",
          "At home", "Tema General Hospital", "Effia-Nkwanta Regional Hospital", "Brought in dead"]
SERVICES = [("MORT-D", "Mortuary storage per day", "mortuary", 120), ("EMB", "Embalming", "preparation", 1500),
            ("CSK-MAH", "Casket - mahogany", "casket", 9500), ("CSK-FAN", "Fantasy coffin (custom design)", "casket",
                                                                    18000),
            ("HRS", "Hearse hire (within city)", "transport", 2500), ("TRN-KM", "Transport to hometown per km",
                                                                       "transport", 18),
            ("DRS", "Body dressing and make-up", "preparation", 800), ("LIS", "Laying-in-state bed and decor",
                                                                       "ceremony", 4200),
            ("CAN", "Canopies and chairs (100)", "ceremony", 1800), ("BRO", "Funeral brochure printing (200)",
                                                                       "printing", 3600),
            ("POS", "Obituary posters (50)", "printing", 1250), ("CRM", "Cremation", "ceremony", 7000),
            ("AMB", "Ambulance body pick-up", "transport", 900)]


def _phone(r: random.Random) -> str:
    return r.choice(["024", "054", "055", "020", "050", "027", "059"]) + digits(r, 7)


def _gps(r: random.Random, code: str) -> str:
    return f"{code}-{r.randint(0, 999):03d}-{r.randint(1000, 9999)}"


def _card(r: random.Random) -> str:
    return f"GHA-{r.randint(700000000, 729999999)}-{r.randint(0, 9)}"


def _person(r: random.Random, i: int) -> dict:
    male = r.random() < 0.5
    first = r.choice(MALE if male else FEMALE)
    other = r.choice([n for n in (MALE if male else FEMALE) if n != first])
    sur = r.choice(SUR)
    town, code = r.choice(TOWNS)
    return {"first": first, "other": f"{first} {other}" if r.random() < 0.4 else first, "sur": sur,
            "sex": "M" if male else "F", "phone": _phone(r), "town": town, "code": code, "gps": _gps(r, code),
            "area": r.choice(AREAS), "dob": dob(r, 1930, 2005), "card": _card(r), "denom": r.choice(DENOM),
            "email": f"{first.split()[0].lower()}.{sur.lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'yahoo.com'])}"}


ST = per_row("fun.staff", _person)
D = per_row("fun.cases", _person)
K = per_row("fun.nok", _person)


def case_no(i: int) -> str:
    return f"TFS-{2022 + i % 4}-{i:05d}"


def _case_ref(c, i):
    return case_no(c.r.randint(1, N_CASES))


def _nok_of(c, i):
    return D(c, (i - 1) % N_CASES + 1)


def funeral_tables() -> list[Table]:
    branches = Table(S, "branches", [
        col("branch_id", "integer PRIMARY KEY", "none", ident),
        col("branch_name", "varchar(60)", "none", lambda c, i: f"Transitions {TOWNS[(i - 1) % 7][0]}"
            + ("" if i < 8 else " Annex")),
        col("region", "varchar(40)", "none", lambda c, i: ["Greater Accra", "Ashanti", "Western", "Greater Accra",
                                                           "Central", "Eastern", "Volta", "Greater Accra"][i - 1]),
        col("digital_address", "varchar(16)", "none", lambda c, i: _gps(c.r, TOWNS[(i - 1) % 7][1])),
        col("street_address", "varchar(120)", "none", lambda c, i: f"Plot {c.r.randint(1, 60)}, "
            f"{c.r.choice(['Ring Road Central', 'Liberation Road', 'Harper Road', 'Market Circle'])}"),
        col("phone_main", "varchar(20)", "none", lambda c, i: f"030{digits(c.r, 7)}"),
        col("email", "varchar(80)", "none", lambda c, i: f"{TOWNS[(i - 1) % 7][0].lower().replace(' ', '')}"
            "@transitionsfuneral.com.gh"),
        col("company_tin", "varchar(11)", "none", lambda c, i: "C0004417252"),
        col("manager_name", "varchar(80)", "person_name", lambda c, i: f"{ST(c, i)['first']} {ST(c, i)['sur']}"),
        col("manager_mobile", "varchar(20)", "phone", lambda c, i: ST(c, i)["phone"]),
        col("opened_on", "date", "none", lambda c, i: day(c.r, 2009, 2020)),
    ], rows=N_BRANCH)
    staff = Table(S, "staff", [
        col("staff_id", "integer PRIMARY KEY", "none", ident),
        col("branch_id", "integer", "none", ref(N_BRANCH)),
        col("full_name", "varchar(100)", "person_name", lambda c, i: f"{ST(c, i)['other']} {ST(c, i)['sur']}"),
        col("role", "varchar(40)", "none", pick("Mortician", "Embalmer", "Driver", "Funeral director", "Cashier",
                                                "Receptionist", "Attendant", "Branch manager")),
        col("mobile", "varchar(20)", "phone", field(ST, "phone")),
        col("email", "varchar(80)", "email", lambda c, i: f"{ST(c, i)['first'].split()[0].lower()}."
            f"{ST(c, i)['sur'].lower()}@transitionsfuneral.com.gh"),
        col("ghana_card_no", "varchar(16)", "national_id", field(ST, "card")),
        col("gra_tin", "varchar(11)", "national_id", lambda c, i: (lambda b: b + tin.calc_check_digit(b))(
            "P00" + digits(c.r, 7))),
        col("ssnit_no", "varchar(13)", "national_id", lambda c, i: f"{c.r.choice('CDE')}{digits(c.r, 12)}"),
        col("date_of_birth", "date", "birth_date", lambda c, i: dob(c.r, 1965, 2002)),
        col("pin_hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c.r, 12, "2y")),
        col("hired_on", "date", "none", lambda c, i: day(c.r, 2010, 2024)),
        col("active", "boolean", "none", pick(True, True, True, False)),
    ], rows=N_STAFF, extra=[fk(S, "staff", "branch_id", "branches", "branch_id")])
    cases = Table(S, "cases", [
        col("case_no", "varchar(16) PRIMARY KEY", "none", lambda c, i: case_no(i)),
        col("branch_id", "integer", "none", ref(N_BRANCH)),
        col("deceased_surname", "varchar(60)", "person_name", field(D, "sur")),
        col("deceased_other_names", "varchar(80)", "person_name", field(D, "other")),
        col("deceased_sex", "char(1)", "none", field(D, "sex")),
        col("deceased_dob", "date", "birth_date", field(D, "dob")),
        col("age_at_death", "integer", "none", lambda c, i: 2024 - D(c, i)["dob"].year),
        col("date_of_death", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("place_of_death", "varchar(80)", "none", pick(*PLACES)),
        col("cause_of_death", "varchar(120)", "health", pick(*CAUSES)),
        col("death_cert_no", "varchar(20)", "none", lambda c, i: f"BDR/{c.r.choice(['GA', 'AK', 'WR'])}/"
            f"{c.r.randint(2022, 2025)}/{digits(c.r, 6)}"),
        col("hometown", "varchar(60)", "none", pick("Kumawu", "Akropong", "Keta", "Anomabo", "Bolgatanga", "Tamale",
                                                    "Aburi", "Nkawkaw", "Winneba", "Ada")),
        col("denomination", "varchar(40)", "religious_belief", lambda c, i: D(c, i)["denom"][0]),
        col("congregation", "varchar(80)", "religious_belief", lambda c, i: D(c, i)["denom"][1]),
        col("ethnic_group", "varchar(40)", "ethnic_origin", pick(*ETHNIC)),
        col("occupation", "varchar(60)", "none", pick("Retired teacher", "Trader", "Farmer", "Civil servant",
                                                      "Nurse", "Driver", "Seamstress", "Pastor", "Student")),
        col("last_address", "varchar(120)", "postal_address", lambda c, i: f"H/No. {c.r.randint(1, 40)} "
            f"{D(c, i)['area']}, {D(c, i)['town']} ({D(c, i)['gps']})"),
        col("ghana_card_no", "varchar(16)", "national_id", lambda c, i: D(c, i)["card"] if c.r.random() < 0.7
            else None),
        col("body_received_at", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("received_from", "varchar(80)", "none", pick(*PLACES)),
        col("infectious_risk", "boolean", "health", pick(False, False, False, True),
            comment="handle with full PPE (TB, HIV, COVID)"),
        col("embalming_notes", "text", "health", pick("", "Post-mortem done, Y-incision sutured.",
                                                      "Jaundiced skin, extra arterial solution.", "Oedema of legs.",
                                                      "Amputated left foot (diabetic).", "Decomposition started.")),
        col("status", "varchar(20)", "none", pick("in_mortuary", "released", "buried", "cremated")),
        col("created_by", "integer", "none", ref(N_STAFF)),
    ], rows=N_CASES, extra=[fk(S, "cases", "branch_id", "branches", "branch_id"),
                            fk(S, "cases", "created_by", "staff", "staff_id")])
    nok = Table(S, "next_of_kin", [
        col("nok_id", "integer PRIMARY KEY", "none", ident),
        col("case_no", "varchar(16)", "none", lambda c, i: case_no((i - 1) % N_CASES + 1)),
        col("full_name", "varchar(100)", "person_name", lambda c, i: f"{K(c, i)['other']} "
            f"{_nok_of(c, i)['sur'] if c.r.random() < 0.6 else K(c, i)['sur']}"),
        col("relationship", "varchar(30)", "none", pick("Son", "Daughter", "Wife", "Husband", "Brother", "Sister",
                                                        "Nephew", "Abusuapanin (family head)")),
        col("mobile", "varchar(20)", "phone", field(K, "phone")),
        col("alt_phone", "varchar(20)", "phone", lambda c, i: None if c.r.random() < 0.5 else _phone(c.r)),
        col("email", "varchar(80)", "email", lambda c, i: K(c, i)["email"] if c.r.random() < 0.6 else None),
        col("gps_address", "varchar(16)", "postal_address", field(K, "gps")),
        col("is_payer", "boolean", "none", lambda c, i: i <= N_CASES),
        col("id_type", "varchar(20)", "none", pick("Ghana Card", "Ghana Card", "Passport", "Voter ID")),
        col("id_number", "varchar(20)", "national_id", field(K, "card")),
        col("momo_network", "varchar(12)", "none", pick("MTN", "Telecel", "AirtelTigo")),
    ], rows=150, extra=[fk(S, "next_of_kin", "case_no", "cases", "case_no")])
    storage = Table(S, "mortuary_storage", [
        col("storage_id", "integer PRIMARY KEY", "none", ident),
        col("case_no", "varchar(16)", "none", lambda c, i: case_no(i)),
        col("chamber_code", "varchar(8)", "none", lambda c, i: f"CH-{c.r.choice('ABCD')}"),
        col("tray_no", "integer", "none", lambda c, i: c.r.randint(1, 24)),
        col("temp_celsius", "numeric(4,1)", "none", lambda c, i: round(c.r.uniform(2.0, 4.5), 1),
            comment="chamber temperature at admission"),
        col("in_at", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("out_at", "timestamp", "none", lambda c, i: None if c.r.random() < 0.2 else when(c.r, 2022, 2025)),
        col("released_to", "varchar(100)", "person_name", lambda c, i: f"{K(c, i)['first']} {K(c, i)['sur']}"),
        col("police_case_ref", "varchar(30)", "none", lambda c, i: None if c.r.random() < 0.85
            else f"CID/{c.r.choice(['KAN', 'ACC', 'KMA'])}/{digits(c.r, 4)}/24"),
        col("remarks", "varchar(200)", "none", pick("", "Coroner's case, autopsy pending", "Family viewing Sat",
                                                    "Body to be transported to hometown")),
    ], rows=N_CASES, extra=[fk(S, "mortuary_storage", "case_no", "cases", "case_no")])
    catalogue = Table(S, "service_catalogue", [
        col("code", "varchar(10) PRIMARY KEY", "none", lambda c, i: (SERVICES[(i - 1) % 13][0]
                                                                      + ("" if i <= 13 else f"-{i}"))),
        col("description", "varchar(80)", "none", lambda c, i: SERVICES[(i - 1) % 13][1]),
        col("category", "varchar(20)", "none", lambda c, i: SERVICES[(i - 1) % 13][2]),
        col("unit_price_ghs", "numeric(10,2)", "none", lambda c, i: SERVICES[(i - 1) % 13][3] * (1 + i // 13 * .1)),
        col("taxable", "boolean", "none", pick(True, False)),
        col("active", "boolean", "none", lambda c, i: i <= 26),
    ], rows=N_SVC)
    lines = Table(S, "case_services", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("case_no", "varchar(16)", "none", _case_ref),
        col("service_code", "varchar(10)", "none", lambda c, i: SERVICES[c.r.randint(0, 12)][0]),
        col("qty", "integer", "none", lambda c, i: c.r.choice([1, 1, 1, 2, 14, 30])),
        col("unit_price", "numeric(10,2)", "none", lambda c, i: amount(c.r, 100, 9000)),
        col("discount", "numeric(10,2)", "none", lambda c, i: c.r.choice([0, 0, 100, 250])),
        col("line_total", "numeric(12,2)", "none", lambda c, i: amount(c.r, 100, 20000)),
        col("notes", "varchar(120)", "none", pick("", "kente-lined", "red and black theme", "white for elderly")),
    ], rows=150, extra=[fk(S, "case_services", "case_no", "cases", "case_no"),
                        fk(S, "case_services", "service_code", "service_catalogue", "code")])
    inv = Table(S, "invoices", [
        col("invoice_no", "integer PRIMARY KEY", "none", lambda c, i: 24000 + i),
        col("case_no", "varchar(16)", "none", lambda c, i: case_no(i)),
        col("billed_to_name", "varchar(100)", "person_name", lambda c, i: f"{K(c, i)['first']} {K(c, i)['sur']}"),
        col("billed_to_phone", "varchar(20)", "phone", lambda c, i: K(c, i)["phone"]),
        col("issued_on", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("due_on", "date", "none", lambda c, i: day(c.r, 2022, 2025) + timedelta(days=14)),
        col("subtotal", "numeric(12,2)", "none", lambda c, i: amount(c.r, 8000, 60000)),
        col("nhil_getfund", "numeric(10,2)", "none", lambda c, i: amount(c.r, 400, 3000)),
        col("vat", "numeric(10,2)", "none", lambda c, i: amount(c.r, 1200, 9000)),
        col("total_ghs", "numeric(12,2)", "none", lambda c, i: amount(c.r, 9000, 75000)),
        col("status", "varchar(12)", "none", pick("paid", "part_paid", "open", "written_off")),
    ], rows=N_INV, extra=[fk(S, "invoices", "case_no", "cases", "case_no")])

    def _payer_note(c, i):
        k = K(c, c.r.randint(1, 150))
        return c.r.choice(["", "", "Balance to follow after one-week celebration",
                           f"Paid by uncle {k['first']} {k['sur']} ({k['phone']})", "Church welfare contribution",
                           f"MoMo from {k['phone']} ref funeral"])
    pay = Table(S, "payments", [
        col("payment_id", "integer PRIMARY KEY", "none", ident),
        col("invoice_no", "integer", "none", lambda c, i: 24000 + c.r.randint(1, N_INV)),
        col("paid_on", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("method", "varchar(16)", "none", pick("MoMo", "MoMo", "Cash", "Bank transfer", "Cheque")),
        col("momo_number", "varchar(20)", "phone", lambda c, i: _phone(c.r) if c.r.random() < 0.6 else None),
        col("momo_txn_id", "varchar(20)", "none", lambda c, i: digits(c.r, 11)),
        col("bank_ref", "varchar(30)", "none", lambda c, i: None if c.r.random() < 0.7 else f"GCB{digits(c.r, 10)}"),
        col("amount", "numeric(12,2)", "none", lambda c, i: amount(c.r, 500, 30000)),
        col("received_by", "integer", "none", ref(N_STAFF)),
        col("payer_note", "varchar(200)", "free_text_may_contain_pii", _payer_note),
    ], rows=150, extra=[fk(S, "payments", "invoice_no", "invoices", "invoice_no"),
                        fk(S, "payments", "received_by", "staff", "staff_id")])

    def _obit(c, i):
        d, k = D(c, i), K(c, i)
        rel = c.r.choice(["Christian", "Muslim"]) if d["denom"][0] != "Traditional" else "Traditional"
        return (f"CALL TO GLORY. The {d['sur']} family of {d['town']} announce the passing of {d['other']} "
                f"{d['sur']} ({'Maame' if d['sex'] == 'F' else 'Nana'}), aged {2024 - d['dob'].year}. "
                f"{rel} burial service at {d['denom'][1] or 'the family house'}. Chief mourner: {k['first']} "
                f"{k['sur']} ({k['phone']}).")
    obits = Table(S, "obituaries", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("case_no", "varchar(16)", "none", lambda c, i: case_no(i)),
        col("headline", "varchar(80)", "none", pick("Call to Glory", "Celebration of Life", "Transition",
                                                    "Inna lillahi wa inna ilayhi raji'un", "What a Shock!")),
        col("body_text", "text", "free_text_may_contain_pii", _obit),
        col("funeral_venue", "varchar(100)", "none", pick("Family house, Kumawu", "Forecourt of the State House",
                                                          "Jubilee Park, Ho", "Church premises")),
        col("funeral_date", "date", "none", lambda c, i: day(c.r, 2022, 2025)),
        col("published_in", "varchar(40)", "none", pick("Daily Graphic", "Facebook", "Poster", "GhanaWeb")),
        col("photo_path", "varchar(120)", "none", lambda c, i: f"/uploads/obits/{case_no(i)}.jpg"),
        col("approved_by", "integer", "none", ref(N_STAFF)),
    ], rows=100, extra=[fk(S, "obituaries", "case_no", "cases", "case_no"),
                        fk(S, "obituaries", "approved_by", "staff", "staff_id")])
    return [branches, staff, cases, nok, storage, catalogue, lines, inv, pay, obits]
