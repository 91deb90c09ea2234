"""n_homecare: an Ontario home-care agency's scheduling and care-record system, an ASP.NET Core application whose SQL
Server tables moved to PostgreSQL with their PascalCase names (Client, Caregiver, Visit, ...) and the ASP.NET
Identity user table (AspNetUsers). Canadian names, streets, postal codes, OHIP and SIN shapes are typed by hand."""
from __future__ import annotations

import base64
import datetime as dt

from .blind11_gens import (digits, fk, flag, jdump, luhn_complete, maybe, money, part, per_row, person_maker, pick,
                           pid, rand_uuid, rint, stamp)
from .gens import Col as C, Table as T

S = "n_homecare"
MALE = ("Harold", "Walter", "Donald", "Kenneth", "Gordon", "Michael", "David", "Ryan", "Brandon", "Marc-André",
        "Gurpreet", "Kwame", "Tyler", "Bernard", "Raymond", "Wei", "Giuseppe", "Emmanuel")
FEMALE = ("Dorothy", "Margaret", "Gladys", "Evelyn", "Shirley", "Emily", "Sarah", "Jessica", "Megan", "Jennifer",
          "Priya", "Harpreet", "Mei", "Chantal", "Sophie", "Marisol", "Abena", "Lorraine")
SURNAMES = ("Smith", "MacDonald", "Tremblay", "Gagnon", "Roy", "Wong", "Singh", "Patel", "Brown", "Campbell",
            "Wilson", "Martin", "Leblanc", "Nguyen", "Kowalski", "Ferreira", "O'Neill", "Fraser", "Mensah", "Dhillon",
            "Rossi", "Chan", "Bouchard", "Sinclair")
AREAS = (("Toronto", "416", ("M6P 3L4", "M4C 1B5", "M5R 2E3", "M1P 4P5"), ("Bloor St W", "Danforth Ave", "Spadina Rd", "Ellesmere Rd")),
         ("Mississauga", "905", ("L5B 2C9", "L5M 4Z5"), ("Hurontario St", "Eglinton Ave W", "Mavis Rd")),
         ("Hamilton", "905", ("L8P 4R5", "L9A 3K2"), ("King St W", "Upper James St", "Main St E")),
         ("Ottawa", "613", ("K1N 5T5", "K2P 1L4", "K1Y 2B3"), ("Rideau St", "Bank St", "Wellington St W")),
         ("London", "519", ("N6A 3K7", "N5Y 2R9"), ("Richmond St", "Dundas St", "Oxford St E")),
         ("Kingston", "613", ("K7L 2V7", "K7K 4B1"), ("Princess St", "Johnson St", "Bath Rd")))
DIAGNOSES = ("Congestive heart failure", "COPD", "Dementia – Alzheimer type", "Post hip replacement", "Type 2 diabetes",
             "Parkinson's disease", "Stroke, left hemiparesis", "Palliative – metastatic lung cancer", "MS")
DRUGS = (("Metformin", "500 mg"), ("Donepezil", "10 mg"), ("Furosemide", "40 mg"), ("Apixaban", "5 mg"),
         ("Levodopa/Carbidopa", "100/25 mg"), ("Hydromorphone", "1 mg"), ("Salbutamol", "2 puffs"),
         ("Acetaminophen", "650 mg"))


def _area(c):
    city, code, postals, streets = c.r.choice(AREAS)
    return city, code, c.r.choice(postals), f"{c.r.randint(10, 2900)} {c.r.choice(streets)}"


def _phone_in(code):
    return lambda c, i: c.r.choice([f"({code}) {c.r.randint(200, 989)}-{c.r.randint(1000, 9999)}",
                                    f"{code}-{c.r.randint(200, 989)}-{c.r.randint(1000, 9999)}",
                                    f"+1{code}{c.r.randint(200, 989)}{c.r.randint(1000, 9999)}"])


def _person(birth_from, years):
    base = person_maker(MALE, FEMALE, SURNAMES, ("gmail.com", "rogers.com", "sympatico.ca", "bell.net", "hotmail.com",
                                                  "yahoo.ca"), _phone_in("416"), birth_from, years)

    def make(c, i):
        p = base(c, i)
        city, code, postal, street = _area(c)
        return dict(p, city=city, postal=postal, street=street, phone=_phone_in(code)(c, i),
                    cell=_phone_in(c.r.choice(["647", "437", "905", "613", "519"]))(c, i),
                    unit=c.r.choice(["", "", f"Apt {c.r.randint(101, 2409)}", f"Unit {c.r.randint(1, 40)}"]))
    return make


CLI = per_row("hc.client", _person(1925, 40))
CG = per_row("hc.caregiver", _person(1960, 40))
CON = per_row("hc.contact", _person(1950, 40))
USR = per_row("hc.user", _person(1960, 40))
BILL = per_row("hc.bill", _person(1950, 40))
DRUG = per_row("hc.drug", lambda c, i: c.r.choice(DRUGS))


def _ohip(c, i):
    n = luhn_complete(c.r.choice("123456789") + digits(8)(c, i))
    return c.r.choice([f"{n[:4]}-{n[4:7]}-{n[7:]}", n, f"{n[:4]} {n[4:7]} {n[7:]}"])


def _sin(c, i):
    n = luhn_complete(c.r.choice("1234567") + digits(7)(c, i))
    return c.r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


CLIENT_NOTES = ("Key safe at side door. Daughter {first} prefers calls after 5pm.", "Lives alone, dog in house.",
                "POA is son, reach at {cell}.", "French-speaking, prefers Chantal as PSW.", "",
                "Do not park in driveway. Contact {email} for schedule changes.")
VISIT_NOTES = ("{first} was in good spirits, ate lunch, bath given.", "Client drowsy, informed nurse.",
               "Son {last} visited, asked that we call {cell} before changes.", "Skin intact, no redness on sacrum.",
               "Client refused bath. Left message with family at {phone}.", "Routine visit, no concerns.")
INCIDENTS = ("Found {first} {last} on bathroom floor, no visible injury, called 911.",
             "Wrong dose of Furosemide given, pharmacy and family ({cell}) informed.",
             "Client verbally aggressive toward PSW.", "Client's son alleged money missing from purse; supervisor notified.")


def _tasks(c, i):
    return jdump(c.r.sample(["bathing", "dressing", "medication reminder", "catheter care", "meal prep",
                             "transfer with Hoyer lift", "wound check", "toileting", "light housekeeping"], 3))


def _aspnet_hash(c, i):
    return base64.b64encode(bytes([1, 0, 0, 0, 1, 0, 0, 39, 16, 0, 0, 0, 16]) +
                            bytes(c.r.getrandbits(8) for _ in range(48))).decode()


def homecare_tables() -> list[T]:
    n = S
    return [
        T(n, "Office", [pid("OfficeId"),
          C("Name", "varchar(80)", "none", lambda c, i: ("Toronto West", "Mississauga", "Hamilton", "Ottawa", "London")[i - 1]),
          C("Street", "varchar(120)", "none", lambda c, i: _area(c)[3]),
          C("City", "varchar(60)", "none", lambda c, i: ("Toronto", "Mississauga", "Hamilton", "Ottawa", "London")[i - 1]),
          C("PostalCode", "varchar(7)", "none", lambda c, i: _area(c)[2]),
          C("MainPhone", "varchar(20)", "none", _phone_in("905")),
          C("Fax", "varchar(20)", "none", _phone_in("905"))], rows=5),
        T(n, "Client", [pid("ClientId"),
          C("ChartNumber", "varchar(12)", "none", lambda c, i: f"HC{20000 + i}"),
          C("FirstName", "varchar(50)", "person_name", part(CLI, "first")),
          C("LastName", "varchar(50)", "person_name", part(CLI, "last")),
          C("PreferredName", "varchar(50)", "person_name", maybe(0.3, pick("Dot", "Peggy", "Bud", "Ken", "Gord", "Evie"))),
          C("DateOfBirth", "date", "birth_date", part(CLI, "birth")),
          C("Gender", "varchar(10)", "none", part(CLI, "sex")),
          C("HealthCardNumber", "varchar(14)", "national_id", _ohip),
          C("HealthCardVersion", "varchar(2)", "none", pick("", "AB", "KM", "TX", "ZZ")),
          C("Address1", "varchar(120)", "postal_address", part(CLI, "street")),
          C("Address2", "varchar(60)", "postal_address", part(CLI, "unit")),
          C("City", "varchar(60)", "none", part(CLI, "city")),
          C("Province", "char(2)", "none", pick("ON")),
          C("PostalCode", "varchar(7)", "postal_address", part(CLI, "postal")),
          C("HomePhone", "varchar(20)", "phone", part(CLI, "phone")),
          C("CellPhone", "varchar(20)", "phone", maybe(0.4, part(CLI, "cell"))),
          C("Email", "varchar(120)", "email", maybe(0.3, part(CLI, "email"))),
          C("PrimaryLanguage", "varchar(20)", "none", pick("English", "English", "French", "Italian", "Punjabi", "Cantonese")),
          C("OfficeId", "int", "none", rint(1, 5)),
          C("FamilyPhysician", "varchar(80)", "person_name", lambda c, i: f"Dr. {c.r.choice(FEMALE + MALE)[0]}. {c.r.choice(SURNAMES)}"),
          C("PrimaryDiagnosis", "varchar(120)", "health", pick(*DIAGNOSES)),
          C("Allergies", "varchar(120)", "health", pick("NKDA", "Penicillin", "Sulfa", "Codeine", "Latex", "NKDA")),
          C("DNR", "boolean", "health", flag(0.3)),
          C("MobilityAid", "varchar(30)", "health", pick("None", "Walker", "Wheelchair", "Cane", "Hoyer lift")),
          C("KeySafeCode", "varchar(10)", "credentials", maybe(0.5, lambda c, i: f"{c.r.randint(0, 9999):04d}")),
          C("Notes", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(CLIENT_NOTES).format(**CLI(c, i))),
          C("CreatedOn", "timestamp", "none", stamp(2019, 5))], rows=130,
          extra=[fk(n, "Client", "OfficeId", "Office", "OfficeId")]),
        T(n, "ClientContact", [pid("ContactId"),
          C("ClientId", "int", "none", rint(1, 130)),
          C("Name", "varchar(100)", "person_name", part(CON, "full")),
          C("Relationship", "varchar(30)", "none", pick("Daughter", "Son", "Spouse", "Neighbour", "Niece", "POA")),
          C("Phone", "varchar(20)", "phone", part(CON, "cell")),
          C("Email", "varchar(120)", "email", maybe(0.6, part(CON, "email"))),
          C("IsPOA", "boolean", "none", flag(0.3))], rows=140,
          extra=[fk(n, "ClientContact", "ClientId", "Client", "ClientId")]),
        T(n, "Caregiver", [pid("CaregiverId"),
          C("EmployeeNo", "varchar(10)", "none", lambda c, i: f"E{5000 + i}"),
          C("FirstName", "varchar(50)", "person_name", part(CG, "first")),
          C("LastName", "varchar(50)", "person_name", part(CG, "last")),
          C("SIN", "varchar(11)", "national_id", _sin),
          C("DateOfBirth", "date", "birth_date", part(CG, "birth")),
          C("Email", "varchar(120)", "email", part(CG, "email")),
          C("CellPhone", "varchar(20)", "phone", part(CG, "cell")),
          C("Address", "varchar(160)", "postal_address", lambda c, i: f"{CG(c, i)['street']}, {CG(c, i)['city']}, ON {CG(c, i)['postal']}"),
          C("Role", "varchar(10)", "none", pick("PSW", "PSW", "PSW", "RPN", "RN")),
          C("HireDate", "date", "none", lambda c, i: dt.date(2012, 1, 1) + dt.timedelta(days=c.r.randint(0, 4500))),
          C("HourlyRate", "numeric(6,2)", "none", money(19, 42)),
          C("VulnerableSectorCheckDate", "date", "none", lambda c, i: dt.date(2020, 1, 1) + dt.timedelta(days=c.r.randint(0, 1800))),
          C("VulnerableSectorResult", "varchar(60)", "criminal_record",
            pick("Clear", "Clear", "Clear", "Clear", "Not clear – conviction on file (2009, theft under $5000)", "Pending")),
          C("TBTestResult", "varchar(20)", "health", pick("Negative", "Negative", "Positive – CXR clear")),
          C("CovidVaccinated", "boolean", "health", flag(0.9)),
          C("BankTransit", "char(5)", "none", digits(5)),
          C("BankInstitution", "char(3)", "none", pick("001", "002", "003", "004", "006", "010")),
          C("BankAccount", "varchar(12)", "bank_account", digits(7)),
          C("DriversLicence", "varchar(17)", "national_id",
            lambda c, i: f"{CG(c, i)['last'][0].upper()}{c.r.randint(1000, 9999)}-{c.r.randint(10000, 99999)}-{c.r.randint(10000, 99999)}"),
          C("OfficeId", "int", "none", rint(1, 5))], rows=100,
          extra=[fk(n, "Caregiver", "OfficeId", "Office", "OfficeId")]),
        T(n, "Visit", [pid("VisitId"),
          C("ClientId", "int", "none", rint(1, 130)),
          C("CaregiverId", "int", "none", rint(1, 100)),
          C("ScheduledStart", "timestamp", "none", stamp()),
          C("ScheduledEnd", "timestamp", "none", stamp()),
          C("CheckInTime", "timestamp", "none", stamp()),
          C("CheckInLat", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(42.9, 45.5), 6)),
          C("CheckInLng", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(-81.3, -75.6), 6)),
          C("CheckOutTime", "timestamp", "none", stamp()),
          C("ServiceCode", "varchar(6)", "none", pick("PSW", "PSW", "NUR", "HMK", "RESP")),
          C("Status", "varchar(12)", "none", pick("Completed", "Completed", "Missed", "Cancelled")),
          C("TasksCompleted", "jsonb", "health", _tasks),
          C("VisitNote", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(VISIT_NOTES).format(**CLI(c, i))),
          C("BillableHours", "numeric(4,2)", "none", pick(1, 1.5, 2, 3, 4))], rows=150,
          extra=[fk(n, "Visit", "ClientId", "Client", "ClientId"), fk(n, "Visit", "CaregiverId", "Caregiver", "CaregiverId")]),
        T(n, "MedicationAdministration", [pid("MarId"),
          C("VisitId", "int", "none", rint(1, 150)),
          C("ClientId", "int", "none", rint(1, 130)),
          C("DrugName", "varchar(60)", "health", lambda c, i: DRUG(c, i)[0]),
          C("Dose", "varchar(20)", "health", lambda c, i: DRUG(c, i)[1]),
          C("Route", "varchar(10)", "health", pick("PO", "PO", "SL", "INH", "TOP", "SC")),
          C("GivenAt", "timestamp", "none", stamp()),
          C("GivenByCaregiverId", "int", "none", rint(1, 100)),
          C("Refused", "boolean", "health", flag(0.1)),
          C("Comment", "varchar(200)", "health", maybe(0.4, pick("Taken with applesauce", "Client nauseous, refused",
                                                                  "Pain 6/10 before dose", "Crushed per care plan")))], rows=140,
          extra=[fk(n, "MedicationAdministration", "VisitId", "Visit", "VisitId"),
                 fk(n, "MedicationAdministration", "ClientId", "Client", "ClientId")]),
        T(n, "Invoice", [pid("InvoiceId"),
          C("ClientId", "int", "none", rint(1, 130)),
          C("Payer", "varchar(40)", "none", pick("Ontario Health atHome", "Private", "Veterans Affairs Canada", "Sun Life")),
          C("PayerReference", "varchar(20)", "none", lambda c, i: f"PO-{c.r.randint(100000, 999999)}"),
          C("Amount", "numeric(10,2)", "none", money(40, 4800)),
          C("IssuedOn", "date", "none", lambda c, i: dt.date(2024, 1, 1) + dt.timedelta(days=c.r.randint(0, 600))),
          C("PaidOn", "date", "none", maybe(0.7, lambda c, i: dt.date(2024, 2, 1) + dt.timedelta(days=c.r.randint(0, 600)))),
          C("CardLast4", "char(4)", "none", maybe(0.3, digits(4))),
          C("BillToName", "varchar(100)", "person_name", part(BILL, "full")),
          C("BillToAddress", "varchar(200)", "postal_address",
            lambda c, i: (lambda p: f"{p['street']} {p['unit']}, {p['city']} ON {p['postal']}".replace(" ,", ","))(BILL(c, i)))],
          rows=120, extra=[fk(n, "Invoice", "ClientId", "Client", "ClientId")]),
        T(n, "IncidentReport", [pid("IncidentId"),
          C("ClientId", "int", "none", rint(1, 130)),
          C("CaregiverId", "int", "none", rint(1, 100)),
          C("OccurredAt", "timestamp", "none", stamp()),
          C("Type", "varchar(30)", "none", pick("Fall", "Medication error", "Aggression", "Abuse allegation", "Property")),
          C("Description", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(INCIDENTS).format(**_person(1925, 40)(c, i))),
          C("Injury", "varchar(80)", "health", pick("None", "Skin tear left forearm", "Bruise right hip", "Head laceration")),
          C("ReportedToMinistry", "boolean", "none", flag(0.2)),
          C("FollowUp", "varchar(120)", "none", pick("Care plan updated", "Supervisor call", "None required"))], rows=90,
          extra=[fk(n, "IncidentReport", "ClientId", "Client", "ClientId"),
                 fk(n, "IncidentReport", "CaregiverId", "Caregiver", "CaregiverId")]),
        T(n, "AspNetUsers", [C("Id", "varchar(450) PRIMARY KEY", "none", rand_uuid),
          C("UserName", "varchar(256)", "email", part(USR, "email")),
          C("NormalizedUserName", "varchar(256)", "email", lambda c, i: USR(c, i)["email"].upper()),
          C("Email", "varchar(256)", "email", part(USR, "email")),
          C("NormalizedEmail", "varchar(256)", "email", lambda c, i: USR(c, i)["email"].upper()),
          C("EmailConfirmed", "boolean", "none", flag(0.9)),
          C("PasswordHash", "text", "credentials", _aspnet_hash),
          C("SecurityStamp", "text", "secret_token", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))),
          C("ConcurrencyStamp", "text", "none", rand_uuid),
          C("PhoneNumber", "text", "phone", part(USR, "cell")),
          C("PhoneNumberConfirmed", "boolean", "none", flag(0.6)),
          C("TwoFactorEnabled", "boolean", "none", flag(0.3)),
          C("LockoutEnd", "timestamptz", "none", maybe(0.05, stamp())),
          C("LockoutEnabled", "boolean", "none", flag(0.95)),
          C("AccessFailedCount", "int", "none", rint(0, 3))], rows=100),
    ]
