"""o_sacco: a Kericho tea farmers' savings and credit co-operative (SACCO), an in-house VB.NET/SQL Server system moved
to PostgreSQL: PascalCase tables and columns, M-Pesa paybill C2B confirmations stored as Safaricom sends them."""
from __future__ import annotations

import hashlib

from .blind12_gens import Row, chars, day, digits, fk, fkey, ipv4_public, money, opt, pick, stamp, template, UPNUM
from .gens import Col as C
from .gens import Table as T

S = "o_sacco"
MALE = ("John", "Peter", "Joseph", "David", "Samuel", "Daniel", "Stephen", "Francis", "Dennis", "Brian", "Kevin",
        "Collins", "Felix", "Geoffrey", "Wilson", "Gideon", "Nelson", "Josphat", "Hillary", "Enock", "Vincent")
FEMALE = ("Mary", "Grace", "Faith", "Esther", "Jane", "Lucy", "Ann", "Mercy", "Caroline", "Purity", "Joy", "Winnie",
          "Beatrice", "Sharon", "Eunice", "Nancy", "Gladys", "Lilian", "Emily", "Dorcas")
KALENJIN_M = ("Kiprotich", "Kipkemboi", "Kiprono", "Kipngetich", "Kibet", "Kipkoech", "Kiplagat", "Cheruiyot")
KALENJIN_F = ("Chebet", "Chepkoech", "Jepkosgei", "Chelangat", "Cherono", "Jerotich", "Chepngeno", "Cheptoo")
SURNAMES = ("Langat", "Koech", "Rotich", "Kirui", "Mutai", "Ngetich", "Bett", "Sang", "Kemboi", "Tanui", "Kamau",
            "Mwangi", "Otieno", "Ochieng", "Odhiambo", "Wanjiku", "Njoroge", "Wekesa", "Wanyama", "Mutiso", "Onyango",
            "Kiplangat", "Soi", "Korir", "Chumo", "Kosgei", "Ruto", "Maritim")
TOWNS = (("Kericho", "20200", "Kericho"), ("Litein", "20210", "Kericho"), ("Londiani", "20203", "Kericho"),
         ("Kipkelion", "20202", "Kericho"), ("Sosiot", "20205", "Kericho"), ("Bomet", "20400", "Bomet"),
         ("Sotik", "20406", "Bomet"), ("Nakuru", "20100", "Nakuru"), ("Kisumu", "40100", "Kisumu"),
         ("Nairobi", "00100", "Nairobi"))
VILLAGES = ("Kapsoit", "Chepseon", "Kaptebengwet", "Ainamoi", "Kapkatet", "Momul", "Chemamul", "Tebesonik",
            "Kapsuser", "Cheborge", "Kabianga", "Kapsaos")
MAILS = ("gmail.com", "yahoo.com", "gmail.com", "outlook.com", "ymail.com")
FACTORIES = ("Momul Tea Factory", "Kapkatet Tea Factory", "Litein Tea Factory", "Tegat Tea Factory",
             "Chelal Tea Factory", "Kericho County Government", "TSC", "Self employed", "James Finlay (K) Ltd")


def _member(c, i):
    sex = c.r.choice("MF")
    first = c.r.choice(MALE if sex == "M" else FEMALE)
    middle = c.r.choice(KALENJIN_M if sex == "M" else KALENJIN_F)
    last = c.r.choice(SURNAMES)
    town, pc, county = c.r.choice(TOWNS)
    birth = day(1955, 2003)(c, i)
    return {"first": first, "middle": middle, "last": last, "sex": sex, "birth": birth, "town": town, "pc": pc,
            "county": county, "box": f"P.O. Box {c.r.randint(1, 2999)}-{pc} {town}",
            "mobile": f"07{c.r.choice('0129')}{digits(c, 7)}" if c.r.random() < 0.85 else f"011{digits(c, 7)}",
            "idno": str(c.r.randint(10_000_000, 39_999_999)),
            "email": f"{first.lower()}{c.r.choice((middle, last)).lower()}{c.r.randint(1, 99)}@{c.r.choice(MAILS)}",
            "village": c.r.choice(VILLAGES), "memno": f"KTS/{i:05d}"}


def _kra(c, i):
    return f"A{digits(c, 9)}{c.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"


def _branches():
    names = ("Kericho Town", "Litein", "Londiani", "Kipkelion", "Sosiot", "Bomet", "Sotik", "Kapkatet")
    mgr = Row(lambda c, i: {"n": f"{c.r.choice(MALE + FEMALE)} {c.r.choice(SURNAMES)}"})
    return T(S, "Branches", [C("BranchID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("BranchCode", "varchar(5)", "none", lambda c, i: f"B{i:02d}"),
        C("BranchName", "varchar(60)", "none", lambda c, i: names[i - 1]),
        C("PostalAddress", "varchar(100)", "none", lambda c, i: f"P.O. Box {c.r.randint(100, 999)}-20200 Kericho"),
        C("PhoneNo", "varchar(20)", "none", lambda c, i: f"0{c.r.choice(('20', '52'))}{digits(c, 7)}"),
        C("Email", "varchar(80)", "none", lambda c, i: f"{names[i - 1].split()[0].lower()}@teasacco.co.ke"),
        C("BranchManager", "varchar(80)", "person_name", mgr("n")),
        C("OpenedOn", "date", "none", day(1998, 2018))], rows=8)


MEMBER_REMARK = template("Joined through {village} tea buying centre", "Changed phone from 0722{pc} after loss of line",
                         "Widow, NOK changed to son", "Dormant since 2021, reactivated",
                         "Requested statement to be sent to {email}", "", "Salary check-off through employer")


def _members():
    p = Row(_member)
    cols = [C("MemberID", "int PRIMARY KEY", "none", lambda c, i: i),
            C("MemberNo", "varchar(12)", "none", p("memno")),
            C("FirstName", "varchar(40)", "person_name", p("first")),
            C("MiddleName", "varchar(40)", "person_name", p("middle")),
            C("Surname", "varchar(40)", "person_name", p("last")),
            C("IDNumber", "varchar(10)", "national_id", p("idno")),
            C("KRAPin", "varchar(11)", "national_id", opt(0.8, _kra)),
            C("NHIFNo", "varchar(12)", "national_id", opt(0.6, lambda c, i: digits(c, c.r.choice((7, 8, 9))))),
            C("DateOfBirth", "date", "birth_date", p("birth")),
            C("Gender", "char(1)", "none", p("sex")),
            C("MaritalStatus", "varchar(10)", "none", pick("Married", "Single", "Widowed", "Married", "Divorced")),
            C("MobileNo", "varchar(15)", "phone", p("mobile")),
            C("AltPhone", "varchar(15)", "phone", opt(0.3, lambda c, i: f"07{c.r.choice('0129')}{digits(c, 7)}")),
            C("Email", "varchar(80)", "email", opt(0.45, p("email"))),
            C("PostalAddress", "varchar(80)", "postal_address", p("box")),
            C("Town", "varchar(40)", "none", p("town")),
            C("County", "varchar(30)", "none", p("county")),
            C("Residence", "varchar(80)", "postal_address",
              p.f(lambda d: f"{d['village']}, near {('AIC church', 'the tea buying centre', 'the primary school', 'the dispensary')[d['birth'].day % 4]}")),
            C("Employer", "varchar(60)", "none", pick(*FACTORIES)),
            C("PayrollNo", "varchar(15)", "none", opt(0.5, lambda c, i: f"PF{c.r.randint(10000, 99999)}")),
            C("GrowerNo", "varchar(15)", "none", opt(0.7, lambda c, i: f"{c.r.choice(('MO', 'KT', 'LT'))}{c.r.randint(1000, 19999)}")),
            C("IsPWD", "bit", "health", lambda c, i: "1" if c.r.random() < 0.04 else "0"),
            C("BranchID", "int", "none", fk(8)),
            C("DateJoined", "date", "none", day(1999, 2025)),
            C("ShareCapital", "numeric(12,2)", "none", money(1000, 20000)),
            C("Deposits", "numeric(14,2)", "none", money(0, 650000)),
            C("MemberStatus", "varchar(12)", "none", pick("Active", "Active", "Active", "Dormant", "Withdrawn", "Deceased")),
            C("PhotoPath", "varchar(200)", "none", p.f(lambda d: f"\\\\fileserver\\kyc\\photos\\{d['memno'].replace('/', '_')}.jpg")),
            C("SignaturePath", "varchar(200)", "none", p.f(lambda d: f"\\\\fileserver\\kyc\\sign\\{d['memno'].replace('/', '_')}.jpg")),
            C("Remarks", "varchar(250)", "free_text_may_contain_pii", opt(0.4, p.f(lambda d: MEMBER_REMARK(p.c, d)))),
            C("CreatedBy", "varchar(20)", "none", pick("jkoech", "mchebet", "admin", "brotich"))]
    return T(S, "Members", cols, rows=120, extra=[fkey(S, "Members", "BranchID", "Branches", "BranchID")])


def _next_of_kin():
    p = Row(_member)
    return T(S, "NextOfKin", [C("NOKID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("MemberID", "int", "none", fk(120)),
        C("FullName", "varchar(100)", "person_name", p.f(lambda d: f"{d['first']} {d['middle']} {d['last']}")),
        C("Relationship", "varchar(20)", "none", pick("Wife", "Husband", "Son", "Daughter", "Mother", "Brother")),
        C("IDNumber", "varchar(10)", "national_id", opt(0.7, p("idno"))),
        C("BirthCertNo", "varchar(12)", "national_id", opt(0.25, lambda c, i: digits(c, 9))),
        C("PhoneNo", "varchar(15)", "phone", opt(0.8, p("mobile"))),
        C("DateOfBirth", "date", "birth_date", p("birth")),
        C("AllocationPercent", "numeric(5,2)", "none", pick(100, 50, 50, 33.33, 25)),
        C("IsBeneficiary", "bit", "none", pick("1", "1", "0"))], rows=110,
        extra=[fkey(S, "NextOfKin", "MemberID", "Members", "MemberID")])


def _loans():
    def account(c, i):
        if c.r.random() < 0.5:
            return None
        bank = c.r.choice((("Equity", 13), ("KCB", 10), ("Co-op", 14), ("Family", 12)))
        return f"{bank[0]} {digits(c, bank[1])}"
    return T(S, "Loans", [C("LoanID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("LoanNo", "varchar(15)", "none", lambda c, i: f"LN{c.r.randint(2019, 2025)}{i:05d}"),
        C("MemberID", "int", "none", fk(120)),
        C("ProductCode", "varchar(6)", "none", pick("DEV", "EMG", "SCH", "FIN", "BOSA", "FOSA")),
        C("AppliedAmount", "numeric(14,2)", "none", money(5000, 900000)),
        C("ApprovedAmount", "numeric(14,2)", "none", money(5000, 800000)),
        C("InterestRate", "numeric(5,2)", "none", pick(1.0, 1.2, 12.0, 14.0)),
        C("RepaymentPeriod", "int", "none", pick(6, 12, 24, 36, 48)),
        C("ApplicationDate", "date", "none", day(2019, 2025)),
        C("DisbursementDate", "date", "none", opt(0.85, day(2019, 2025))),
        C("DisbursedVia", "varchar(10)", "none", pick("MPESA", "BANK", "FOSA")),
        C("DisbursementAccount", "varchar(30)", "bank_account", account),
        C("Purpose", "varchar(60)", "none", pick("School fees", "Farm inputs", "Dairy cow", "Construction",
                                                "Emergency", "Business stock")),
        C("LoanStatus", "varchar(12)", "none", pick("Running", "Running", "Cleared", "Defaulted", "Pending")),
        C("Balance", "numeric(14,2)", "none", money(0, 700000)),
        C("ArrearsAmount", "numeric(14,2)", "none", money(0, 40000)),
        C("CRBListed", "bit", "none", lambda c, i: "1" if c.r.random() < 0.08 else "0"),
        C("AppraisedBy", "varchar(20)", "none", pick("jkoech", "mchebet", "brotich")),
        C("Remarks", "varchar(250)", "none", opt(0.3, pick("Top-up of previous loan", "Guarantors confirmed",
                                                          "Recovered from deposits", "Rescheduled after drought")))],
        rows=120, extra=[fkey(S, "Loans", "MemberID", "Members", "MemberID")])


def _guarantors():
    p = Row(_member)
    return T(S, "LoanGuarantors", [C("GuarantorID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("LoanID", "int", "none", fk(120)),
        C("GuarantorMemberID", "int", "none", fk(120)),
        C("GuarantorName", "varchar(100)", "person_name", p.f(lambda d: f"{d['first']} {d['last']}".upper())),
        C("GuarantorIDNo", "varchar(10)", "national_id", p("idno")),
        C("GuarantorPhone", "varchar(15)", "phone", p("mobile")),
        C("AmountGuaranteed", "numeric(14,2)", "none", money(2000, 300000)),
        C("SignedOn", "date", "none", day(2019, 2025)),
        C("Status", "varchar(10)", "none", pick("Active", "Released", "Called"))], rows=130,
        extra=[fkey(S, "LoanGuarantors", "LoanID", "Loans", "LoanID"), fkey(S, "LoanGuarantors", "GuarantorMemberID", "Members", "MemberID")])


def _mpesa():
    p = Row(_member)

    def msisdn(c, i):
        d = p.get(c, i)
        full = "254" + d["mobile"][1:]
        if c.r.random() < 0.45:
            return hashlib.sha256(full.encode()).hexdigest()
        return full if c.r.random() < 0.6 else f"{full[:6]}***{full[-3:]}"
    return T(S, "MpesaC2B", [C("ID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("TransactionType", "varchar(40)", "none", pick("Pay Bill", "Pay Bill", "CustomerPayBillOnline")),
        C("TransID", "varchar(12)", "none", chars(10, UPNUM, "")),
        C("TransTime", "char(14)", "none", lambda c, i: stamp(2023, 2025, False)(c, i).strftime("%Y%m%d%H%M%S")),
        C("TransAmount", "numeric(12,2)", "none", pick(200, 500, 1000, 1500, 2000, 3000, 5000, 10000)),
        C("BusinessShortCode", "varchar(8)", "none", pick("522522", "400222")),
        C("BillRefNumber", "varchar(20)", "national_id", p.f(lambda d: d["idno"] if p.c.r.random() < 0.55 else d["memno"])),
        C("InvoiceNumber", "varchar(20)", "none", lambda c, i: ""),
        C("OrgAccountBalance", "numeric(14,2)", "none", money(10000, 9000000)),
        C("ThirdPartyTransID", "varchar(20)", "none", lambda c, i: ""),
        C("MSISDN", "varchar(70)", "phone", msisdn),
        C("FirstName", "varchar(40)", "person_name", p.f(lambda d: d["first"].upper())),
        C("MiddleName", "varchar(40)", "person_name", p.f(lambda d: d["middle"].upper() if p.c.r.random() < 0.6 else "")),
        C("LastName", "varchar(40)", "person_name", p.f(lambda d: d["last"].upper())),
        C("Posted", "bit", "none", pick("1", "1", "0")),
        C("MemberID", "int", "none", fk(120, 0.1))], rows=150, extra=[fkey(S, "MpesaC2B", "MemberID", "Members", "MemberID")])


SMS = template("Dear {first}, your deposit of KES {pc} has been received. Tea SACCO",
               "Dear Member, your loan application has been approved. Call 0722{pc} for queries.",
               "Dear {first} {last}, you have been listed as guarantor for loan {memno}. Reply NO to decline.",
               "Tea SACCO AGM on Saturday at Kericho Green Stadium. All members welcome.",
               "Your PIN has been reset. Do not share it with anyone.")


def _sms_and_users():
    p = Row(_member)
    sms = T(S, "SmsOutbox", [C("SmsID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("MemberID", "int", "none", fk(120)),
        C("PhoneNumber", "varchar(15)", "phone", p.f(lambda d: "+254" + d["mobile"][1:])),
        C("Message", "varchar(480)", "free_text_may_contain_pii", p.f(lambda d: SMS(p.c, d))),
        C("Status", "varchar(12)", "none", pick("Success", "Success", "Failed", "Queued")),
        C("SentAt", "timestamp", "none", stamp(2023, 2025, False)),
        C("Cost", "varchar(12)", "none", pick("KES 0.8000", "KES 0.8000", "KES 1.6000")),
        C("ProviderMessageID", "varchar(40)", "none", chars(26, UPNUM, "ATXid_"))], rows=120,
        extra=[fkey(S, "SmsOutbox", "MemberID", "Members", "MemberID")])
    q = Row(_member)
    users = T(S, "Users", [C("UserID", "int PRIMARY KEY", "none", lambda c, i: i),
        C("UserName", "varchar(20)", "none", q.f(lambda d: (d["first"][0] + d["last"]).lower())),
        C("FullName", "varchar(100)", "person_name", q.f(lambda d: f"{d['first']} {d['last']}")),
        C("Email", "varchar(80)", "email", q.f(lambda d: f"{d['first'][0].lower()}{d['last'].lower()}@teasacco.co.ke")),
        C("PhoneNo", "varchar(15)", "phone", q("mobile")),
        C("PasswordHash", "varchar(100)", "credentials", chars(28, ALNUM_B64, "")),
        C("PasswordSalt", "varchar(30)", "none", chars(24, ALNUM_B64, "")),
        C("Role", "varchar(20)", "none", pick("Teller", "Credit Officer", "Accountant", "Admin", "Manager")),
        C("BranchID", "int", "none", fk(8)),
        C("LastLoginDate", "timestamp", "none", stamp(2024, 2025, False)),
        C("LastLoginIP", "varchar(40)", "ip_address", lambda c, i: f"192.168.{c.r.randint(1, 8)}.{c.r.randint(2, 250)}"
          if c.r.random() < 0.8 else ipv4_public(c, i)),
        C("IsLocked", "bit", "none", pick("0", "0", "0", "1"))], rows=30,
        extra=[fkey(S, "Users", "BranchID", "Branches", "BranchID")])
    return [sms, users]


ALNUM_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def sacco_tables() -> list:
    return [_branches(), _members(), _next_of_kin(), _loans(), _guarantors(), _mpesa(), *_sms_and_users()]

