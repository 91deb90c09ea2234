"""v_erpnext: ERPNext / Frappe tables ("tab<DocType>", snake_case fields, custom_ fields) of a Penang electronics
contract manufacturer: employees with Malaysian custom fields, check-ins, leave, users, __Auth, customers,
suppliers, contacts and addresses. Frappe declares no foreign keys in the database."""
from __future__ import annotations

from .blind18_gens import alnum, ch, const, day, ip_any, maybe, money, pbkdf2, pf, pick, stamp, text_from, wch
from .gens import Col, Table

S = "v_erpnext"
E = "my:emp"
N = 150


def _std(prefix: str, width: int = 5) -> list[Col]:
    return [Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"{prefix}{i:0{width}d}"),
            Col("creation", "timestamp(6)", "none", stamp(2019, 2024)),
            Col("modified", "timestamp(6)", "none", stamp(2024, 2024)),
            Col("modified_by", "varchar(140)", "email", ch("Administrator", "hr.exec@penangprecision.com.my",
                                                          "azlina.ismail@penangprecision.com.my")),
            Col("owner", "varchar(140)", "email", ch("Administrator", "hr.exec@penangprecision.com.my")),
            Col("docstatus", "smallint", "none", const(0))]


def _addr(v: dict) -> str:
    return f"{v['street']}\n{v['pc']} {v['town']}\n{v['state']}"


def _full(c, i):
    return person(c, i)["full"]


def person(c, i):
    from .blind18_gens import person as p
    return p(c, E, i)


def _mail_user(c, i):
    v = person(c, i)
    return (v["first"].split()[0] + "." + v["last"].split()[-1]).lower() + "@penangprecision.com.my"


_CO = ["Penang Precision Sdn Bhd"]
_DEPT = ["Production - PPSB", "Quality - PPSB", "SMT Line - PPSB", "Warehouse - PPSB", "Human Resources - PPSB",
         "Accounts - PPSB", "Engineering - PPSB"]
_DESIG = ["Operator", "Senior Operator", "Technician", "QA Inspector", "Line Leader", "Process Engineer",
          "Storekeeper", "HR Executive", "Account Executive", "Production Supervisor"]
_BANKS = [("Maybank", 12), ("CIMB Bank", 14), ("Public Bank", 10), ("RHB Bank", 14), ("Hong Leong Bank", 11)]
_HEALTH = wch([(None, 70), ("Asthma, carries inhaler", 5), ("Hypertension - on medication", 6),
               ("Diabetes type 2", 4), ("Allergic to penicillin", 4), ("Colour blind (red-green)", 3),
               ("Hepatitis B carrier", 2), ("Back injury 2019, no heavy lifting", 3), ("Pregnant, EDD Oct", 3)])
_FAMILY = text_from(["Married, {n} children. Spouse: {sp}, works at {emp}.", "Single. Father {sp} (retired).",
                     "Spouse {sp} (+60 12-{a} {b}), 2 children at SK Bayan Lepas.", "Married. Wife housewife."],
                    sp=["Noraini binti Hamid", "Lim Siew Lan", "Rajendran a/l Pillai", "Ahmad Kamal bin Said"],
                    emp=["Intel Penang", "Jabil", "Hospital Pulau Pinang", "self-employed"],
                    a=["338", "412", "709"], b=["2210", "8841", "1173"])
_LEAVE = wch([("Annual Leave", 45), ("Medical Leave", 25), ("Hospitalisation Leave", 5), ("Maternity Leave", 3),
              ("Emergency Leave", 8), ("Compassionate Leave", 4), ("Unpaid Leave", 5), ("Hajj Leave", 2),
              ("Paternity Leave", 3)])
_REASON = text_from(["MC {d} days from {clinic}, {dx}.", "Balik kampung, Hari Raya.", "Family trip to Langkawi",
                     "Admitted {clinic} for {dx}", "Wife delivery at {clinic}", "Anak demam, bawa ke {clinic}",
                     "Grandmother passed away", "Personal matters"],
                    d=["1", "2", "3"], clinic=["Klinik Kesihatan Bayan Lepas", "Hospital Pulau Pinang",
                                                "Island Hospital", "Klinik Dr. Tan", "Pantai Hospital Penang"],
                    dx=["dengue fever", "acute gastroenteritis", "URTI", "migraine", "back pain", "appendicitis"])
_CUST = ["Keysight Technologies Malaysia", "Plexus Manufacturing", "Bosch Power Tools", "Agilent Technologies",
         "Flextronics Systems", "Vitrox Technologies", "Inari Amertron", "Globetronics", "Pentamaster",
         "SRM Integration",
         "Finisar Malaysia", "Sanmina-SCI Systems", "Kobay Technology", "Aemulus Corporation", "Dufu Technology"]
_SUPP = ["Mouser Electronics", "Digi-Key", "Element14", "Avnet Asia", "Arrow Electronics", "Kotra Industries",
         "Penang Packaging", "BM Trading & Logistics", "Hock Seng Hardware", "Syarikat Pengangkutan Ah Chye",
         "Juta Solder Supplies", "Techlead Chemicals", "MSC Cyberport"]


def _cust(c, i):
    return pick(c, "cust", i, "n", lambda rr: f"{rr.choice(_CUST)} Sdn Bhd" + ("" if i < 15 else f" ({i})"))


def _contact_name(c, i):
    v = pf("my:contact", "full")(c, i)
    return v


def erpnext_tables() -> list[Table]:
    emp = Table(S, "tabEmployee", _std("HR-EMP-") + [
        Col("employee_name", "varchar(140)", "person_name", _full),
        Col("first_name", "varchar(140)", "person_name", pf(E, "first")),
        Col("middle_name", "varchar(140)", "person_name", const(None)),
        Col("last_name", "varchar(140)", "person_name", pf(E, "last")),
        Col("salutation", "varchar(140)", "none", lambda c, i: "Mr" if person(c, i)["sex"] == "M"
            else c.r.choice(["Ms", "Mrs", "Madam"])),
        Col("gender", "varchar(140)", "none", pf(E, "sex", lambda s: "Male" if s == "M" else "Female")),
        Col("date_of_birth", "date", "birth_date", pf(E, "born")),
        Col("date_of_joining", "date", "none", day(2008, 2024)),
        Col("status", "varchar(140)", "none", wch([("Active", 85), ("Left", 12), ("Suspended", 3)])),
        Col("company", "varchar(140)", "none", const(_CO[0])),
        Col("department", "varchar(140)", "none", ch(*_DEPT)),
        Col("designation", "varchar(140)", "none", ch(*_DESIG)),
        Col("reports_to", "varchar(140)", "none", maybe(0.9, lambda c, i: f"HR-EMP-{c.r.randint(1, 12):05d}")),
        Col("cell_number", "varchar(140)", "phone", pf(E, "phone")),
        Col("personal_email", "varchar(140)", "email", maybe(0.8, pf(E, "email"))),
        Col("company_email", "varchar(140)", "email", maybe(0.4, _mail_user)),
        Col("prefered_contact_email", "varchar(140)", "none", ch("Company Email", "Personal Email", "")),
        Col("user_id", "varchar(140)", "email", maybe(0.4, _mail_user)),
        Col("current_address", "text", "postal_address", pf(E, "street", None)),
        Col("permanent_address", "text", "postal_address", lambda c, i: _addr(person(c, i))),
        Col("current_accommodation_type", "varchar(140)", "none", ch("Rented", "Owned", "", "Hostel")),
        Col("person_to_be_contacted", "varchar(140)", "person_name",
            text_from(["{a} binti {b}", "{b} bin {a}", "Tan {c}", "{d} a/p {b}"], a=["Rosnah", "Azman", "Hamidah"],
                      b=["Yusof", "Kassim", "Mohamad"], c=["Ah Beng", "Siew Lan", "Chee Meng"], d=["Letchumi"])),
        Col("emergency_phone_number", "varchar(140)", "phone",
            lambda c, i: f"+60 1{c.r.choice('23679')}-{c.r.randint(200, 999)} {c.r.randint(1000, 9999)}"),
        Col("relation", "varchar(140)", "none", ch("Spouse", "Mother", "Father", "Brother", "Sister", "Wife")),
        Col("marital_status", "varchar(140)", "none", ch("Single", "Married", "Married", "Divorced", "")),
        Col("blood_group", "varchar(140)", "health", wch([("O+", 35), ("A+", 25), ("B+", 25), ("AB+", 7),
                                                          ("O-", 2), ("", 6)])),
        Col("health_details", "text", "health", _HEALTH),
        Col("family_background", "text", "free_text_may_contain_pii", maybe(0.5, _FAMILY)),
        Col("bank_name", "varchar(140)", "none",
            lambda c, i: pick(c, "emp", i, "bank", lambda rr: rr.choice(_BANKS))[0]),
        Col("bank_ac_no", "varchar(140)", "bank_account",
            lambda c, i: "".join(c.r.choice("0123456789") for _ in range(pick(c, "emp", i, "bank",
                                                                               lambda rr: rr.choice(_BANKS))[1]))),
        Col("passport_number", "varchar(140)", "national_id",
            maybe(0.3, lambda c, i: f"{c.r.choice('AH')}{c.r.randint(10000000, 99999999)}")),
        Col("valid_upto", "date", "none", maybe(0.3, day(2025, 2030))),
        Col("custom_nric", "varchar(140)", "national_id", pf(E, "nric")),
        Col("custom_race", "varchar(140)", "ethnic_origin", pf(E, "race")),
        Col("custom_religion", "varchar(140)", "religious_belief", pf(E, "religion")),
        Col("custom_epf_no", "varchar(140)", "national_id", lambda c, i: str(c.r.randint(10000000, 24999999))),
        Col("custom_income_tax_no", "varchar(140)", "national_id",
            maybe(0.7, lambda c, i: f"IG {c.r.randint(1000000000, 9999999999)}0")),
        Col("custom_uniform_size", "varchar(140)", "none", ch("S", "M", "L", "XL")),
    ], rows=N)
    user = Table(S, "tabUser", [
        Col("name", "varchar(140)", "email", lambda c, i: "Administrator" if i == 1 else _mail_user(c, i)),
        Col("creation", "timestamp(6)", "none", stamp(2019, 2024)),
        Col("enabled", "smallint", "none", ch(1, 1, 1, 0)),
        Col("email", "varchar(140)", "email", lambda c, i: "admin@example.com" if i == 1 else _mail_user(c, i)),
        Col("first_name", "varchar(140)", "person_name", pf(E, "first")),
        Col("last_name", "varchar(140)", "person_name", pf(E, "last")),
        Col("full_name", "varchar(140)", "person_name", _full),
        Col("username", "varchar(140)", "none", lambda c, i: _mail_user(c, i).split("@")[0].replace(".", "")),
        Col("birth_date", "date", "birth_date", maybe(0.3, pf(E, "born"))),
        Col("mobile_no", "varchar(140)", "phone", maybe(0.5, pf(E, "phone"))),
        Col("location", "varchar(140)", "none", ch("Bayan Lepas", "", "Plant 2")),
        Col("bio", "text", "none", const(None)),
        Col("language", "varchar(140)", "none", ch("en", "en", "ms", "zh")),
        Col("time_zone", "varchar(140)", "none", const("Asia/Kuala_Lumpur")),
        Col("user_type", "varchar(140)", "none", wch([("System User", 40), ("Website User", 60)])),
        Col("last_login", "varchar(140)", "none", maybe(0.9, lambda c, i: str(stamp(2024, 2024)(c, i)))),
        Col("last_ip", "varchar(140)", "ip_address", maybe(0.9, ip_any)),
        Col("last_active", "timestamp(6)", "none", stamp(2024, 2024)),
        Col("api_key", "varchar(140)", "secret_token", maybe(0.15, alnum(15, "0123456789abcdef"))),
        Col("reset_password_key", "varchar(140)", "secret_token", maybe(0.1, alnum(32))),
        Col("simultaneous_sessions", "integer", "none", const(2)),
    ], rows=90)
    auth = Table(S, "__Auth", [
        Col("doctype", "varchar(140)", "none", const("User")),
        Col("name", "varchar(255)", "email",
            lambda c, i: "Administrator" if i == 1 else _mail_user(c, (i - 1) % 90 + 1)),
        Col("fieldname", "varchar(140)", "none", lambda c, i: "password" if i <= 90 else "api_secret"),
        Col("password", "text", "credentials",
            lambda c, i: pbkdf2(c, i) if i <= 90 else "gAAAAAB" + alnum(93, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij"
                                                                          "klmnopqrstuvwxyz0123456789-_")(c, i)),
        Col("encrypted", "smallint", "none", lambda c, i: 0 if i <= 90 else 1),
    ], rows=104)
    chk = Table(S, "tabEmployee Checkin", _std("EMP-CKIN-03-2024-0", 5) + [
        Col("employee", "varchar(140)", "none",
            lambda c, i: f"HR-EMP-{pick(c, 'chk', i, 'e', lambda rr: rr.randint(1, N)):05d}"),
        Col("employee_name", "varchar(140)", "person_name",
            lambda c, i: person(c, pick(c, "chk", i, "e", lambda rr: rr.randint(1, N)))["full"]),
        Col("log_type", "varchar(140)", "none", ch("IN", "OUT")),
        Col("time", "timestamp(6)", "none", stamp(2024, 2024)),
        Col("device_id", "varchar(140)", "none", ch("ZK-GATE-A", "ZK-GATE-B", "Mobile App")),
        Col("shift", "varchar(140)", "none", ch("Day 0800-1700", "Night 2000-0800", "Office")),
        Col("latitude", "double precision", "geo_location",
            maybe(0.5, lambda c, i: round(5.29 + c.r.uniform(0, .2), 6))),
        Col("longitude", "double precision", "geo_location",
            maybe(0.5, lambda c, i: round(100.26 + c.r.uniform(0, .2), 6))),
        Col("skip_auto_attendance", "smallint", "none", const(0)),
    ], rows=150)
    leave = Table(S, "tabLeave Application", _std("HR-LAP-2024-") + [
        Col("employee", "varchar(140)", "none",
            lambda c, i: f"HR-EMP-{pick(c, 'lap', i, 'e', lambda rr: rr.randint(1, N)):05d}"),
        Col("employee_name", "varchar(140)", "person_name",
            lambda c, i: person(c, pick(c, "lap", i, "e", lambda rr: rr.randint(1, N)))["full"]),
        Col("leave_type", "varchar(140)", "health", _LEAVE),
        Col("from_date", "date", "none", day(2024, 2024)),
        Col("to_date", "date", "none", day(2024, 2024)),
        Col("total_leave_days", "numeric(21,9)", "none", ch(0.5, 1, 1, 2, 3, 5, 60)),
        Col("description", "text", "health", maybe(0.8, _REASON)),
        Col("leave_approver", "varchar(140)", "email", ch("lim.meiling@penangprecision.com.my",
                                                         "azlina.ismail@penangprecision.com.my")),
        Col("leave_approver_name", "varchar(140)", "person_name", ch("Lim Mei Ling", "Azlina binti Ismail")),
        Col("status", "varchar(140)", "none", ch("Open", "Approved", "Approved", "Rejected")),
        Col("posting_date", "date", "none", day(2024, 2024)),
    ], rows=130)
    cust = Table(S, "tabCustomer", [
        Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"CUST-{i:04d}"),
        Col("creation", "timestamp(6)", "none", stamp(2016, 2024)),
        Col("customer_name", "varchar(140)", "none", _cust),
        Col("customer_type", "varchar(140)", "none", const("Company")),
        Col("customer_group", "varchar(140)", "none", ch("Commercial", "Semiconductor", "Industrial")),
        Col("territory", "varchar(140)", "none", ch("Malaysia", "Singapore", "United States", "Germany")),
        Col("tax_id", "varchar(140)", "none", lambda c, i: f"C{c.r.randint(1000000000, 9999999999)}0"),
        Col("customer_primary_contact", "varchar(140)", "person_name",
            lambda c, i: f"{_contact_name(c, i)}-{_cust(c, i)}"),
        Col("mobile_no", "varchar(140)", "phone", pf("my:contact", "phone")),
        Col("email_id", "varchar(140)", "email", pf("my:contact", "email")),
        Col("customer_primary_address", "varchar(140)", "none", lambda c, i: f"{_cust(c, i)}-Billing"),
        Col("primary_address", "text", "none", text_from(["Plot {n}, Jalan Hi-Tech 2/3<br>Bayan Lepas FIZ Phase "
                                                          "{a}<br>11900 Bayan Lepas<br>Pulau Pinang<br>Malaysia"],
                                                         a=["1", "2", "4"])),
        Col("default_currency", "varchar(140)", "none", ch("MYR", "USD", "USD")),
        Col("payment_terms", "varchar(140)", "none", ch("Net 30", "Net 60", "Net 90")),
        Col("credit_limit", "numeric(21,9)", "none", money(50000, 2000000)),
        Col("disabled", "smallint", "none", ch(0, 0, 0, 1)),
    ], rows=100)
    supp = Table(S, "tabSupplier", [
        Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"SUP-{i:04d}"),
        Col("creation", "timestamp(6)", "none", stamp(2016, 2024)),
        Col("supplier_name", "varchar(140)", "none",
            lambda c, i: c.r.choice(_SUPP) + c.r.choice([" Sdn Bhd", "", " Pte Ltd"])),
        Col("supplier_group", "varchar(140)", "none", ch("Raw Material", "Electronic Components", "Services",
                                                         "Logistics")),
        Col("country", "varchar(140)", "none", ch("Malaysia", "Malaysia", "Singapore", "United States")),
        Col("tax_id", "varchar(140)", "none", maybe(0.7, lambda c, i: f"W10-{c.r.randint(1000, 9999)}-"
                                                                      f"{c.r.randint(10000000, 99999999)}")),
        Col("supplier_details", "text", "none", maybe(0.3, ch("Approved vendor list 2024", "ISO 9001 certified",
                                                             "Min order RM 500"))),
        Col("website", "varchar(140)", "none", maybe(0.3, ch("https://www.mouser.my", "https://www.element14.com"))),
        Col("is_transporter", "smallint", "none", ch(0, 0, 0, 1)),
        Col("default_currency", "varchar(140)", "none", ch("MYR", "USD")),
        Col("on_hold", "smallint", "none", ch(0, 0, 0, 0, 1)),
    ], rows=90)
    contact = Table(S, "tabContact", [
        Col("name", "varchar(140) PRIMARY KEY", "person_name",
            lambda c, i: f"{pf('my:contact', 'full')(c, i)}-{i}"),
        Col("creation", "timestamp(6)", "none", stamp(2016, 2024)),
        Col("salutation", "varchar(140)", "none", ch("Mr", "Ms", "Dr", "", "Dato'")),
        Col("first_name", "varchar(140)", "person_name", pf("my:contact", "first")),
        Col("last_name", "varchar(140)", "person_name", pf("my:contact", "last")),
        Col("email_id", "varchar(140)", "email", pf("my:contact", "email")),
        Col("phone", "varchar(140)", "phone", maybe(0.4, text_from(["+60 4-{a} {b}"], a=["642", "643", "616"],
                                                                   b=["8800", "2211", "7013"]))),
        Col("mobile_no", "varchar(140)", "phone", pf("my:contact", "phone")),
        Col("designation", "varchar(140)", "none", ch("Purchasing Manager", "Buyer", "Sales Engineer", "Director")),
        Col("company_name", "varchar(140)", "none", lambda c, i: c.r.choice(_CUST + _SUPP)),
        Col("gender", "varchar(140)", "none", pf("my:contact", "sex", lambda s: "Male" if s == "M" else "Female")),
        Col("status", "varchar(140)", "none", ch("Passive", "Open", "Replied")),
        Col("is_primary_contact", "smallint", "none", ch(0, 1)),
        Col("unsubscribed", "smallint", "none", ch(0, 0, 0, 1)),
    ], rows=140)
    addr = Table(S, "tabAddress", [
        Col("name", "varchar(140) PRIMARY KEY", "none",
            lambda c, i: f"ADDR-{i:05d}-{c.r.choice(['Billing', 'Shipping'])}"),
        Col("address_title", "varchar(140)", "none", lambda c, i: c.r.choice(_CUST + _SUPP)),
        Col("address_type", "varchar(140)", "none", ch("Billing", "Shipping", "Office", "Warehouse")),
        Col("address_line1", "varchar(140)", "none", text_from(["Plot {n}, Lorong Perusahaan {a}",
                                                                "{n}, Jalan Sungai Pinang", "Lot {n}, Kawasan "
                                                                "Perindustrian Prai"], a=["1", "3", "8"])),
        Col("address_line2", "varchar(140)", "none", maybe(0.4, ch("Bayan Lepas FIZ", "Seberang Perai"))),
        Col("city", "varchar(140)", "none", ch("Bayan Lepas", "Perai", "Singapore", "Kulim")),
        Col("state", "varchar(140)", "none", ch("Pulau Pinang", "Kedah", "")),
        Col("pincode", "varchar(140)", "none", ch("11900", "13600", "09000", "628125")),
        Col("country", "varchar(140)", "none", ch("Malaysia", "Malaysia", "Singapore")),
        Col("email_id", "varchar(140)", "none", maybe(0.5, ch("ap@plexus.com", "purchasing@vitrox.com",
                                                              "logistics@inari.com.my"))),
        Col("phone", "varchar(140)", "none", maybe(0.6, ch("+60 4-643 8800", "+60 4-390 1122", "+65 6861 0021"))),
        Col("is_primary_address", "smallint", "none", ch(0, 1)),
        Col("is_shipping_address", "smallint", "none", ch(0, 1)),
        Col("disabled", "smallint", "none", const(0)),
    ], rows=120)
    return [emp, user, auth, chk, leave, cust, supp, contact, addr]

