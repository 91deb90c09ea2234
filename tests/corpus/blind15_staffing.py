"""r_staffing: a Johannesburg staffing and recruitment agency's in-house ASP.NET Core system on PostgreSQL (EF Core
with Npgsql: quoted PascalCase tables and columns): client companies, recruiters, candidates (SA ID number, POPIA
consent, employment-equity race and disability fields), vacancies, applications, background checks, bank details of
temporary workers, timesheets. South African values typed by hand below."""
from __future__ import annotations

import datetime as dt
import string
from typing import Any

from stdnum import luhn

from .blind15_gens import (Rec, const, day, digits, fk, flag, idx, mail, maybe, num, pick, ref, rint,
                           stamps)
from .gens import Col, Table

S = "r_staffing"
N_CLIENT, N_REC, N_CAND, N_VAC = 80, 14, 150, 90


ZA_FIRST = {"African": (("Thabo", "M"), ("Sipho", "M"), ("Lungile", "F"), ("Nomvula", "F"), ("Thandeka", "F"),
                       ("Bongani", "M"), ("Sibusiso", "M"), ("Zanele", "F"), ("Lerato", "F"), ("Kagiso", "M"),
                       ("Tshepo", "M"), ("Palesa", "F"), ("Mpho", "F"), ("Ayanda", "F"), ("Siyabonga", "M"),
                       ("Nokuthula", "F"), ("Lindiwe", "F"), ("Xolani", "M"), ("Refilwe", "F"), ("Mandla", "M"),
                       ("Precious", "F"), ("Blessing", "M")),
            "White": (("Johan", "M"), ("Pieter", "M"), ("Annelie", "F"), ("Marelize", "F"), ("Riaan", "M"),
                      ("Elmarie", "F"), ("Jaco", "M"), ("Craig", "M"), ("Tanya", "F"), ("Liezl", "F")),
            "Coloured": (("Chantelle", "F"), ("Shaun", "M"), ("Natasha", "F"), ("Kevin", "M"), ("Nadia", "F"),
                         ("Ebrahim", "M"), ("Desiree", "F"), ("Clint", "M")),
            "Indian": (("Priya", "F"), ("Kavitha", "F"), ("Pravesh", "M"), ("Yusuf", "M"), ("Fatima", "F"),
                       ("Ashwin", "M"), ("Sharmila", "F"), ("Kubendran", "M"))}
ZA_MIDDLE = {"M": ("Johannes", "Sandile", "Willem", "Themba", "Vusumuzi"), "F": ("Maria", "Sibongile", "Nomsa",
                                                                                 "Patience", "Elizabeth")}
ZA_LAST = {"African": ("Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mokoena", "Mahlangu", "Zulu", "Mthembu", "Sithole",
                       "Molefe", "Mabaso", "Ngcobo", "Radebe", "Mkhize", "Nxumalo", "Mofokeng", "Tshabalala",
                       "Baloyi", "Maluleke", "Mathebula", "Ntuli", "Gumede", "Mbatha", "Xaba", "Cele", "Makhanya"),
           "White": ("van der Merwe", "Botha", "Pretorius", "Nel", "du Plessis", "Venter", "Coetzee", "Smith",
                     "Steyn", "van Wyk", "Kruger", "Fourie", "Swanepoel", "Jacobs", "O'Connor", "Meyer"),
           "Coloured": ("Adams", "Petersen", "Jacobs", "Williams", "Abrahams", "Davids", "Hendricks", "Isaacs",
                        "Arendse", "Samuels", "Solomons", "Fortuin"),
           "Indian": ("Naidoo", "Govender", "Pillay", "Moodley", "Reddy", "Chetty", "Singh", "Maharaj", "Naicker",
                      "Padayachee", "Moosa", "Essop")}
ZA_ADDR = (("Soweto", "Johannesburg", "1804", "Gauteng", ("Vilakazi Street", "Koma Road", "Klipspruit Valley Road")),
           ("Randburg", "Johannesburg", "2194", "Gauteng", ("Hill Street", "Bram Fischer Drive", "Oak Avenue")),
           ("Sandton", "Johannesburg", "2196", "Gauteng", ("Rivonia Road", "West Street", "Grayston Drive")),
           ("Tembisa", "Kempton Park", "1632", "Gauteng", ("Andrew Mapheto Drive", "Sangweni Street")),
           ("Midrand", "Midrand", "1685", "Gauteng", ("New Road", "Le Roux Avenue", "Old Pretoria Road")),
           ("Hatfield", "Pretoria", "0083", "Gauteng", ("Burnett Street", "Park Street", "Festival Street")),
           ("Centurion", "Centurion", "0157", "Gauteng", ("Jean Avenue", "Lenchen Avenue North")),
           ("Benoni", "Benoni", "1501", "Gauteng", ("Tom Jones Street", "Elston Avenue")),
           ("Mitchells Plain", "Cape Town", "7785", "Western Cape", ("AZ Berman Drive", "Merrydale Avenue")),
           ("Bellville", "Cape Town", "7530", "Western Cape", ("Voortrekker Road", "Durban Road")),
           ("Chatsworth", "Durban", "4092", "KwaZulu-Natal", ("Road 701", "Croftdene Drive", "Lotus Road")),
           ("Umlazi", "Durban", "4031", "KwaZulu-Natal", ("Mangosuthu Highway", "Griffiths Mxenge Highway")))
ZA_MAIL = ("gmail.com", "yahoo.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com", "telkomsa.net")
ZA_BANKS = (("FNB", "250655"), ("Standard Bank", "051001"), ("ABSA", "632005"), ("Capitec", "470010"),
            ("Nedbank", "198765"), ("TymeBank", "678910"), ("African Bank", "430000"))


def za_id(c: Any, birth: dt.date, sex: str) -> str:
    seq = c.r.randint(5000, 9999) if sex == "M" else c.r.randint(0, 4999)
    body = f"{birth:%y%m%d}{seq:04d}{c.r.choice('0000000001')}8"
    return body + luhn.calc_check_digit(body)


def za_phone(c: Any) -> str:
    pre = c.r.choice(("072", "073", "082", "083", "084", "060", "061", "071", "079", "076"))
    return c.r.choice((f"{pre} {digits(c, 3)} {digits(c, 4, string.digits)}", f"{pre}{digits(c, 7)}",
                       f"+27 {pre[1:]} {digits(c, 3)} {digits(c, 4, string.digits)}"))


def za_person(c: Any, i: int) -> dict:
    race = c.r.choice(("African",) * 6 + ("White", "White", "Coloured", "Coloured", "Indian"))
    first, sex = c.r.choice(ZA_FIRST[race])
    last = c.r.choice(ZA_LAST[race])
    suburb, city, code, prov, streets = c.r.choice(ZA_ADDR)
    birth = day(c, 1968, 2005)
    return {"race": race, "first": first, "last": last, "sex": sex, "birth": birth, "id": za_id(c, birth, sex),
            "suburb": suburb, "city": city, "code": code, "prov": prov,
            "street": c.r.choice((f"{c.r.randint(1, 2400)} {c.r.choice(streets)}",
                                  f"Unit {c.r.randint(1, 80)}, {c.r.choice(('Sunset', 'Jacaranda', 'Willow'))} "
                                  f"{c.r.choice(('Gardens', 'Court', 'Mews'))}, {c.r.choice(streets)}")),
            "phone": za_phone(c), "email": mail(c, first, last.replace(" ", ""), ZA_MAIL)}




CLIENTS = ("Mthembu Logistics (Pty) Ltd", "Highveld Cold Storage", "Sandton Medical Suites",
           "Rand Precision Engineering",
           "Jozi Fresh Produce Market", "Isithebe Textiles", "Gauteng Call Centre Solutions", "Benoni Packaging CC",
           "Kempton Warehousing", "Umhlanga Hospitality Group", "Cape Fruit Exporters", "Midrand Data Centre")
INDUSTRY = ("Logistics", "Manufacturing", "Healthcare", "Retail", "Contact centre", "Hospitality", "Agriculture")
JOBS = ("Forklift Operator", "General Worker", "Call Centre Agent", "Bookkeeper", "Enrolled Nurse", "Picker/Packer",
        "Sales Representative", "Electrician", "Receptionist", "Code 10 Driver", "Data Capturer", "Chef de Partie")
QUAL = ("Grade 12 (Matric)", "Grade 10", "N6 Electrical Engineering", "National Diploma: Accounting",
        "BCom", "Higher Certificate", "Trade Test (Red Seal)")
CV = ("{f} {l}\n{p} | {e}\n{a}\n\nPROFILE\nHard-working {j} with {n} years' experience. Own transport, valid "
      "licence.\nREFERENCES\nMr {rf} {rl} (supervisor) {rp}",
      "CURRICULUM VITAE\nName: {f} {l}\nID: {id}\nCell: {p}\nExperience: {j} at {c} ({n} yrs)",
      "Motivated {j}. Available immediately. Languages: English, isiZulu, Sesotho.")
NOTES = ("Good interview, strong on safety. Ref check with {rf} {rl} at {c} positive ({rp}).",
         "Arrived late, could not explain gap in CV 2019-2021. Client contact {rf} wants second interview.",
         "Candidate asked that we don't call current employer. Prefers WhatsApp on {p}.",
         "Shortlisted.", "Salary expectation too high for client budget.", "")


def _aspnet_hash(c: Any) -> str:
    body = "".join(c.r.choice(string.ascii_letters + string.digits + "+/") for _ in range(67))
    return f"AQAAAAIAAYagAAAAE{body}=="


def staffing_tables() -> list[Table]:
    def draw_client(c: Any, i: int) -> dict:
        p = za_person(c, i)
        p["company"] = c.r.choice(CLIENTS) + ("" if i <= 12 else f" ({p['city']})")
        return p
    cl = Rec(draw_client)
    clients = Table(S, "Clients", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("CompanyName", "text", "none", cl.f("company")),
        Col("RegistrationNumber", "text", "none", lambda c, i: f"{c.r.randint(1995, 2022)}/{c.r.randint(0, 999999):06d}"
                                                               f"/{c.r.choice(('07', '23', '06'))}"),
        Col("VatNumber", "text", "none", lambda c, i: f"4{c.r.randint(100000000, 999999999)}"),
        Col("Industry", "text", "none", pick(*INDUSTRY)),
        Col("PhysicalAddress", "text", "none",
            lambda c, i: f"{c.r.randint(1, 80)} Industry Road, {cl.f('suburb')(c, i)}"),
        Col("City", "text", "none", cl.f("city")),
        Col("Province", "text", "none", cl.f("prov")),
        Col("PostalCode", "text", "none", cl.f("code")),
        Col("ContactPersonName", "text", "person_name", lambda c, i: f"{cl.f('first')(c, i)} {cl.f('last')(c, i)}"),
        Col("ContactPersonEmail", "text", "email", cl.f("email")),
        Col("ContactPersonPhone", "text", "phone", cl.f("phone")),
        Col("AccountManagerId", "integer", "none", ref(N_REC)),
        Col("BbbeeLevel", "integer", "none", rint(1, 8)),
        Col("CreatedAt", "timestamp with time zone", "none", stamps(2014, 2025)),
    ], rows=N_CLIENT)
    rc = Rec(za_person)
    recruiters = Table(S, "Recruiters", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("FirstName", "text", "person_name", rc.f("first")),
        Col("LastName", "text", "person_name", rc.f("last")),
        Col("Email", "text", "email",
            lambda c, i: f"{rc.f('first')(c, i).lower()}.{rc.f('last')(c, i).lower().replace(' ', '')}"
                         "@umsebenzi-staffing.co.za"),
        Col("MobileNumber", "text", "phone", rc.f("phone")),
        Col("Branch", "text", "none", pick("Johannesburg", "Pretoria", "Durban", "Cape Town")),
        Col("PasswordHash", "text", "credentials", lambda c, i: _aspnet_hash(c)),
        Col("IsActive", "boolean", "none", flag(0.85)),
        Col("LastLoginAt", "timestamp with time zone", "none", stamps(2025, 2026)),
    ], rows=N_REC, extra=[fk(S, "Clients", "AccountManagerId", "Recruiters", "Id")])

    def draw_cand(c: Any, i: int) -> dict:
        p = za_person(c, i)
        r = za_person(c, i)
        p["foreign"] = c.r.random() < 0.12
        p["middle"] = c.r.choice(ZA_MIDDLE[p["sex"]]) if c.r.random() < 0.35 else ""
        p["known"] = p["middle"] if p["middle"] and c.r.random() < 0.4 else None
        p["dis"] = c.r.random() < 0.07
        job = c.r.choice(JOBS)
        p["cv"] = c.r.choice(CV).format(f=p["first"], l=p["last"], p=p["phone"], e=p["email"], a=p["street"], j=job,
                                        n=c.r.randint(1, 15), rf=r["first"], rl=r["last"], rp=r["phone"], id=p["id"],
                                        c=c.r.choice(CLIENTS))
        return p
    ca = Rec(draw_cand)
    candidates = Table(S, "Candidates", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("Title", "text", "none",
            lambda c, i: "Mr" if ca.f("sex")(c, i) == "M" else c.r.choice(("Ms", "Mrs", "Miss"))),
        Col("FirstName", "text", "person_name", ca.f("first")),
        Col("MiddleName", "text", "person_name", ca.f("middle")),
        Col("Surname", "text", "person_name", ca.f("last")),
        Col("KnownAs", "text", "person_name", ca.f("known")),
        Col("IdNumber", "character varying(13)", "national_id",
            lambda c, i: None if ca.f("foreign")(c, i) else ca.f("id")(c, i)),
        Col("PassportNumber", "text", "national_id", lambda c, i: c.r.choice(("FN", "EN", "DN")) + digits(c, 6)
            if ca.f("foreign")(c, i) else None),
        Col("DateOfBirth", "date", "birth_date", ca.f("birth")),
        Col("Gender", "text", "none", lambda c, i: "Male" if ca.f("sex")(c, i) == "M" else "Female"),
        Col("Race", "text", "ethnic_origin", lambda c, i: None if ca.f("foreign")(c, i) else ca.f("race")(c, i)),
        Col("Nationality", "text", "none", lambda c, i: c.r.choice(("Zimbabwean", "Malawian", "Mozambican", "Lesotho"))
            if ca.f("foreign")(c, i) else "South African"),
        Col("HomeLanguage", "text", "none", pick("isiZulu", "isiXhosa", "Sesotho", "Setswana", "Afrikaans", "English",
                                                 "Sepedi", "Xitsonga")),
        Col("HasDisability", "boolean", "health", ca.f("dis")),
        Col("DisabilityDetails", "text", "health", lambda c, i: c.r.choice((
            "Hearing impaired (left ear), uses hearing aid", "Below-knee amputation, prosthesis",
            "Epilepsy, controlled",
            "Low vision")) if ca.f("dis")(c, i) else None),
        Col("MobileNumber", "text", "phone", ca.f("phone")),
        Col("AltNumber", "text", "phone", maybe(0.3, lambda c, i: za_phone(c))),
        Col("Email", "text", "email", ca.f("email")),
        Col("StreetAddress", "text", "postal_address", ca.f("street")),
        Col("Suburb", "text", "none", ca.f("suburb")),
        Col("City", "text", "none", ca.f("city")),
        Col("PostalCode", "character varying(4)", "postal_address", ca.f("code")),
        Col("Province", "text", "none", ca.f("prov")),
        Col("DriversLicenceCode", "text", "none", pick(None, None, "B", "EB", "C1", "EC", "Code 10")),
        Col("OwnTransport", "boolean", "none", flag(0.35)),
        Col("HighestQualification", "text", "none", pick(*QUAL)),
        Col("CurrentEmployer", "text", "none",
            maybe(0.6, pick(*CLIENTS, "Shoprite Checkers", "Transnet", "Unemployed"))),
        Col("CurrentSalary", "numeric(12,2)", "none", num(4500, 38000)),
        Col("ExpectedSalary", "numeric(12,2)", "none", num(6000, 45000)),
        Col("NoticePeriod", "text", "none", pick("Immediate", "1 week", "1 month", "2 months")),
        Col("CvText", "text", "free_text_may_contain_pii", ca.f("cv")),
        Col("Source", "text", "none", pick("Walk-in", "PNet", "Careers24", "Facebook", "Referral", "LinkedIn")),
        Col("RecruiterId", "integer", "none", ref(N_REC)),
        Col("PopiaConsentAt", "timestamp with time zone", "none", stamps(2021, 2026, 0.1)),
        Col("CreatedAt", "timestamp with time zone", "none", stamps(2016, 2026)),
        Col("UpdatedAt", "timestamp with time zone", "none", stamps(2024, 2026)),
    ], rows=N_CAND, extra=[fk(S, "Candidates", "RecruiterId", "Recruiters", "Id")])
    vacancies = Table(S, "Vacancies", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("ClientId", "integer", "none", ref(N_CLIENT)),
        Col("JobTitle", "text", "none", pick(*JOBS)),
        Col("Description", "text", "none", pick("Temp-to-perm, night shift, Matric required.",
                                                "3-month contract, must have own PPE.", "Permanent. Medical aid and "
                                                "provident fund after probation.",
                                                "Weekend shifts, transport provided.")),
        Col("Location", "text", "none", pick("Isando", "Midrand", "Pinetown", "Epping", "Germiston", "Rosslyn")),
        Col("SalaryMin", "numeric(12,2)", "none", num(5000, 15000)),
        Col("SalaryMax", "numeric(12,2)", "none", num(15000, 40000)),
        Col("EmploymentType", "text", "none", pick("Temporary", "Contract", "Permanent")),
        Col("EeTarget", "text", "none", pick(None, None, "EE position: AF/AM preferred", "Open to all",
                                             "PWD candidates encouraged")),
        Col("Status", "text", "none", pick("Open", "Filled", "On hold", "Cancelled")),
        Col("CreatedAt", "timestamp with time zone", "none", stamps(2022, 2026)),
    ], rows=N_VAC, extra=[fk(S, "Vacancies", "ClientId", "Clients", "Id")])

    def draw_note(c: Any, i: int) -> dict:
        r = za_person(c, i)
        return {"n": c.r.choice(NOTES).format(rf=r["first"], rl=r["last"], rp=r["phone"], p=za_phone(c),
                                              c=c.r.choice(CLIENTS))}
    nt = Rec(draw_note)
    applications = Table(S, "Applications", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("CandidateId", "integer", "none", ref(N_CAND)),
        Col("VacancyId", "integer", "none", ref(N_VAC)),
        Col("Stage", "text", "none", pick("Applied", "Screened", "Interview", "Offer", "Placed", "Rejected")),
        Col("InterviewNotes", "text", "free_text_may_contain_pii", nt.f("n")),
        Col("Rating", "integer", "none", maybe(0.7, rint(1, 5))),
        Col("RejectedReason", "text", "none", maybe(0.2, pick("No matric", "Failed assessment", "Withdrew"))),
        Col("UpdatedAt", "timestamp with time zone", "none", stamps(2023, 2026)),
    ], rows=150, extra=[fk(S, "Applications", "CandidateId", "Candidates", "Id"),
                        fk(S, "Applications", "VacancyId", "Vacancies", "Id")])

    def draw_check(c: Any, i: int) -> dict:
        kind = c.r.choice(("Criminal", "Criminal", "Credit", "Qualification", "ID verification"))
        rec = kind == "Criminal" and c.r.random() < 0.25
        return {"kind": kind, "result": ("Record found" if rec else "Clear") if kind == "Criminal" else
                c.r.choice(("Verified", "Verified", "Not verified", "Adverse")),
                "details": c.r.choice(("Theft (2016), Johannesburg Magistrate's Court: fine R2 000",
                                       "Assault GBH (2012), suspended sentence 3 years",
                                       "Possession of dagga (2009), fine", "Fraud (2019), 24 months correctional "
                                       "supervision")) if rec else None}
    bc = Rec(draw_check)
    background_checks = Table(S, "BackgroundChecks", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("CandidateId", "integer", "none", ref(N_CAND)),
        Col("CheckType", "text", "none", bc.f("kind")),
        Col("Provider", "text", "none", pick("MIE", "Managed Integrity Evaluation", "LexisNexis Refcheck", "SAQA")),
        Col("RequestedAt", "timestamp with time zone", "none", stamps(2022, 2026)),
        Col("CompletedAt", "timestamp with time zone", "none", stamps(2022, 2026, 0.15)),
        Col("Result", "text", "none", bc.f("result")),
        Col("RecordDetails", "text", "criminal_record", bc.f("details")),
        Col("Reference", "text", "none", lambda c, i: f"MIE{c.r.randint(1000000, 9999999)}"),
        Col("ConsentFormSigned", "boolean", "none", const(True)),
    ], rows=120, extra=[fk(S, "BackgroundChecks", "CandidateId", "Candidates", "Id")])

    def draw_bank(c: Any, i: int) -> dict:
        bank, branch = c.r.choice(ZA_BANKS)
        p = za_person(c, i)
        return {"bank": bank, "branch": branch, "acc": digits(c, c.r.choice((10, 11))),
                "holder": f"{p['first'][0]} {p['last']}"}
    bk = Rec(draw_bank)
    bank_accounts = Table(S, "CandidateBankAccounts", [
        Col("Id", "integer PRIMARY KEY", "none", idx),
        Col("CandidateId", "integer", "none", ref(N_CAND)),
        Col("BankName", "text", "none", bk.f("bank")),
        Col("BranchCode", "text", "none", bk.f("branch")),
        Col("AccountNumber", "text", "bank_account", bk.f("acc")),
        Col("AccountType", "text", "none", pick("Savings", "Cheque", "Transmission")),
        Col("AccountHolder", "text", "person_name", bk.f("holder")),
        Col("VerifiedAt", "timestamp with time zone", "none", stamps(2022, 2026, 0.2)),
    ], rows=100, extra=[fk(S, "CandidateBankAccounts", "CandidateId", "Candidates", "Id")])

    return [clients, recruiters, candidates, vacancies, applications, background_checks, bank_accounts]
