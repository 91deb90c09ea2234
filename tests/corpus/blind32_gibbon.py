"""ah_gibbon (people): Gibbon, the open-source school platform (gibbonedu.org; camelCase MySQL tables kept as quoted
identifiers), as recalled from its public schema, for a private day school in Thimphu, Bhutan. Persons 1-20 are
staff, 21-100 students and 101-150 parents; the school added a custom field holding the Bhutanese CID."""
from __future__ import annotations

import json

from .blind32_gens import (C, any_name, cached, const, dates, digits, fkey, hexs, ints, make_person,
                           maybe, one, seq, sha256, stamps)
from .gens import Table

S = "ah_gibbon"
PER = "gb.person"
N_PERSON, N_FAMILY = 150, 40
SCHOOL_MAIL = "nris.edu.bt"
DZ = {"Tshering": "ཚེ་རིང་", "Dorji": "རྡོ་རྗེ་", "Karma": "ཀརྨ་", "Sonam": "བསོད་ནམས་", "Pema": "པདྨ་",
      "Tashi": "བཀྲ་ཤིས་", "Kinley": "ཀུན་ལེགས་", "Dechen": "བདེ་ཆེན་", "Wangmo": "དབང་མོ་", "Choden": "ཆོས་སྒྲོན་",
      "Lhamo": "ལྷ་མོ་", "Wangchuk": "དབང་ཕྱུག་", "Jigme": "འཇིགས་མེད་", "Ugyen": "ཨོ་རྒྱན་", "Zangmo": "བཟང་མོ་",
      "Norbu": "ནོར་བུ་", "Tenzin": "བསྟན་འཛིན་", "Penjor": "དཔལ་འབྱོར་", "Gyeltshen": "རྒྱལ་མཚན་",
      "Phuntsho": "ཕུན་ཚོགས་", "Yangchen": "དབྱངས་ཅན་", "Namgay": "རྣམ་རྒྱལ་", "Rinzin": "རིག་འཛིན་", "Dawa": "ཟླ་བ་",
      "Nima": "ཉི་མ་", "Pelden": "དཔལ་ལྡན་", "Sangay": "སངས་རྒྱས་", "Wangdi": "དབང་འདུས་", "Lhendup": "ལྷུན་གྲུབ་",
      "Dolma": "སྒྲོལ་མ་", "Tandin": "རྟ་མགྲིན་"}


def kind(i: int) -> str:
    return "staff" if i <= 20 else "student" if i <= 100 else "parent"


def _years(i: int) -> tuple[int, int]:
    return {"staff": (1965, 1997), "student": (2007, 2019), "parent": (1968, 1990)}[kind(i)]


def per(c, i: int) -> dict:
    return cached(c, (PER, i), lambda cx: make_person(cx, "bt", *_years(i)))


def P(field: str):
    return lambda c, i: per(c, i)[field]


def role_of(c, i: int) -> int:
    if kind(i) != "staff":
        return 3 if kind(i) == "student" else 4
    return 1 if i == 1 else cached(c, ("gb.role", i), lambda cx: {"v": cx.r.choice([2, 2, 6])})["v"]


def family_of(i: int) -> int:
    """The family of a student (21-100) or a parent (101-150)."""
    return (i - 21) % N_FAMILY + 1 if i <= 100 else (i - 101) % N_FAMILY + 1


def local(phone: str) -> str:
    return phone.replace("+975 ", "").replace(" ", "")


def _email(c, i):
    p = per(c, i)
    if kind(i) == "staff":
        return f"{p['user']}@{SCHOOL_MAIL}"
    if kind(i) == "student":
        return f"{p['user']}{p['birth'].year % 100}@student.{SCHOOL_MAIL}"
    return p["email"]


def _ip(c, i):
    return f"{c.r.choice(['202.144', '119.2', '103.7', '202.144'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"


def _in_chars(c, i):
    p = per(c, i)
    a, b = p["first"].split()[0], p["last"]
    return DZ[a] + DZ[b] if a in DZ and b in DZ else ""


def _transport_notes(c, i):
    if kind(i) != "student":
        return None
    return c.r.choice([None, None, "Walks home with elder sister.", "Taxi BT-1-A{0}, driver known to family."
                       .format(digits(c, 4)),
                       f"Picked up by grandmother {any_name('bt')(c, i)} at the Changzamtog stop.",
                       f"Only father may collect. If late call uncle on {local(per(c, 100 + i % 50)['mobile'])}."])


def _background(c, i):
    if kind(i) != "student":
        return None
    return c.r.choice([None, None, "Transferred from a school in Phuentsholing after Class 4.",
                       f"Lives with aunt {any_name('bt')(c, i)} while parents work in Perth.",
                       f"Younger brother {per(c, 21 + (i + 7) % 80)['first']} also enrolled.",
                       "Family moved from Trashigang in 2022; Sharchopkha at home."])


def _fields(c, i):
    return json.dumps({"00001": per(c, i)["natid"], "00002": c.r.choice(["Yes", "No"])})


def _biography(c, i):
    p = per(c, i)
    return c.r.choice([f"{p['first']} {p['last']} grew up in {p['a_city']} and trained at Paro College of "
                       "Education. Outside class, archery and the school choir.",
                       f"Teacher {p['first']} joined us in {c.r.randint(2009, 2022)} after nine years at a "
                       "central school in Mongar.",
                       f"Contact {p['first']} through the school office or on {local(p['mobile'])}."])


def _adult_comment(c, i):
    return c.r.choice([None, None, None, "Works in Gasa; reachable on weekends only.",
                       f"Call mother first. Driver {any_name('bt')(c, i)} (17{digits(c, 6)}) may collect.",
                       "Prefers Dzongkha in meetings."])


def gibbon_people_tables() -> list[Table]:
    return [
        Table(S, "gibbonRole", [
            C("gibbonRoleID", "integer PRIMARY KEY", "none", seq()),
            C("category", "varchar(8)", "none", lambda c, i: ["Staff", "Staff", "Student", "Parent", "Other", "Staff"]
              [i - 1]),
            C("name", "varchar(20)", "none", lambda c, i: ["Administrator", "Teacher", "Student", "Parent", "Guest",
                                                           "Support Staff"][i - 1]),
            C("nameShort", "varchar(4)", "none", lambda c, i: ["Adm", "Tcr", "Std", "Prt", "Gst", "SSt"][i - 1]),
            C("description", "varchar(60)", "none", lambda c, i: ["Controls all aspects of the system",
                                                                  "Teaching staff", "Enrolled students",
                                                                  "Parents and guardians", "Visiting users",
                                                                  "Non-teaching staff"][i - 1]),
            C("type", "varchar(6)", "none", lambda c, i: "Core"),
            C("canLoginRole", "char(1)", "none", const("Y")),
            C("futureYearsLogin", "char(1)", "none", const("Y")),
            C("pastYearsLogin", "char(1)", "none", const("Y")),
            C("restriction", "varchar(12)", "none", one("None", "None", "Admin Only")),
        ], rows=6),
        Table(S, "gibbonPerson", [
            C("gibbonPersonID", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(5)", "none", lambda c, i: "" if kind(i) == "student" else
              ("Mr." if per(c, i)["sex"] == "M" else c.r.choice(["Ms.", "Mrs."]))),
            C("surname", "varchar(60)", "person_name", P("last")),
            C("firstName", "varchar(60)", "person_name", P("first")),
            C("preferredName", "varchar(60)", "person_name", lambda c, i: per(c, i)["first"].split()[0]),
            C("officialName", "varchar(150)", "person_name", P("full")),
            C("nameInCharacters", "varchar(60)", "person_name", _in_chars),
            C("gender", "varchar(12)", "none", lambda c, i: per(c, i)["sex"]),
            C("username", "varchar(20)", "none", lambda c, i: per(c, i)["user"][:20]),
            C("passwordStrong", "varchar(255)", "credentials", lambda c, i: sha256(c)),
            C("passwordStrongSalt", "varchar(255)", "none", lambda c, i: hexs(c, 22)),
            C("passwordForceReset", "char(1)", "none", one("N", "N", "N", "Y")),
            C("status", "varchar(16)", "none", one("Full", "Full", "Full", "Full", "Left", "Expected")),
            C("canLogin", "char(1)", "none", one("Y", "Y", "N")),
            C("gibbonRoleIDPrimary", "integer", "none", lambda c, i: role_of(c, i)),
            C("gibbonRoleIDAll", "varchar(255)", "none", lambda c, i: f"{role_of(c, i):03d}"),
            C("dob", "date", "birth_date", P("birth")),
            C("email", "varchar(75)", "email", _email),
            C("emailAlternate", "varchar(75)", "email", maybe(P("email"), 0.4)),
            C("image_240", "varchar(255)", "none", maybe(lambda c, i: f"uploads/{c.r.randint(2019, 2025)}/"
                                                         f"{c.r.randint(1, 12):02d}/{hexs(c, 16)}.jpg", 0.7)),
            C("lastIPAddress", "varchar(15)", "ip_address", maybe(_ip, 0.8)),
            C("lastTimestamp", "timestamp", "none", maybe(stamps(2024, 2025), 0.8)),
            C("lastFailIPAddress", "varchar(15)", "ip_address", maybe(_ip, 0.3)),
            C("lastFailTimestamp", "timestamp", "none", maybe(stamps(2024, 2025), 0.3)),
            C("failCount", "integer", "none", one(0, 0, 0, 1, 2)),
            C("address1", "text", "postal_address", lambda c, i: per(c, i)["a_line"]),
            C("address1District", "varchar(255)", "none", lambda c, i: per(c, i)["a_city"]),
            C("address1Country", "varchar(255)", "none", const("Bhutan")),
            C("address2", "text", "postal_address", maybe(lambda c, i: f"{c.r.choice(['Village', 'Chiwog'])} "
                                                          f"{c.r.choice(['Ura', 'Chume', 'Rukubji', 'Khaling'])}, "
                                                          f"{c.r.choice(['Bumthang', 'Trongsa', 'Wangdue'])}", 0.2)),
            C("address2District", "varchar(255)", "none", maybe(one("Bumthang", "Trongsa", "Wangdue Phodrang"), 0.2)),
            C("address2Country", "varchar(255)", "none", maybe(const("Bhutan"), 0.2)),
            C("phone1Type", "varchar(20)", "none", const("Mobile")),
            C("phone1CountryCode", "varchar(7)", "none", const("975")),
            C("phone1", "varchar(20)", "phone", lambda c, i: local(per(c, i)["mobile"])),
            C("phone2Type", "varchar(20)", "none", maybe(one("Home", "Work"), 0.4, "")),
            C("phone2CountryCode", "varchar(7)", "none", maybe(const("975"), 0.4, "")),
            C("phone2", "varchar(20)", "phone", maybe(lambda c, i: per(c, i)["phone"].replace("-", ""), 0.4, "")),
            C("website", "varchar(255)", "none", const("")),
            C("languageFirst", "varchar(30)", "none", one("Dzongkha", "Dzongkha", "Sharchopkha", "Nepali")),
            C("languageSecond", "varchar(30)", "none", one("English", "English", "Hindi", "")),
            C("countryOfBirth", "varchar(30)", "none", one("Bhutan", "Bhutan", "Bhutan", "Bhutan", "India")),
            C("birthCertificateScan", "varchar(255)", "none", maybe(lambda c, i: f"uploads/2021/03/bc_{hexs(c, 12)}.pdf",
                                                                    0.3, "")),
            C("ethnicity", "varchar(255)", "ethnic_origin", P("ethnic")),
            C("religion", "varchar(30)", "religious_belief", P("religion")),
            C("profession", "varchar(90)", "none", lambda c, i: c.r.choice(["Civil servant", "Farmer", "Business",
                                                                            "Engineer", "Nurse", "Monk", "Teacher"])
              if kind(i) == "parent" else ""),
            C("employer", "varchar(90)", "none", lambda c, i: c.r.choice(["Royal Civil Service Commission",
                                                                          "Druk Green Power Corporation",
                                                                          "Bhutan Telecom", "Self-employed",
                                                                          "Bank of Bhutan", "JDWNRH"])
              if kind(i) == "parent" else ""),
            C("jobTitle", "varchar(90)", "none", lambda c, i: "" if kind(i) == "student" else
              c.r.choice(["Dzongkha teacher", "Mathematics teacher", "Accountant", "Officer", "Driver", "Librarian"])),
            C("emergency1Name", "varchar(90)", "person_name", lambda c, i: any_name("bt")(c, i)
              if kind(i) != "student" else per(c, 101 + (i - 21) % 50)["full"]),
            C("emergency1Number1", "varchar(30)", "phone", lambda c, i: local(per(c, 101 + (i - 21) % 50)["mobile"])
              if kind(i) == "student" else "17" + digits(c, 6)),
            C("emergency1Number2", "varchar(30)", "phone", maybe(lambda c, i: "77" + digits(c, 6), 0.3, "")),
            C("emergency1Relationship", "varchar(30)", "none", one("Father", "Mother", "Spouse", "Uncle", "Aunt")),
            C("emergency2Name", "varchar(90)", "person_name", maybe(any_name("bt"), 0.5, "")),
            C("emergency2Number1", "varchar(30)", "phone", maybe(lambda c, i: "17" + digits(c, 6), 0.5, "")),
            C("emergency2Relationship", "varchar(30)", "none", maybe(one("Grandmother", "Sibling", "Neighbour"), 0.5,
                                                                     "")),
            C("gibbonHouseID", "integer", "none", maybe(ints(1, 4), 0.6)),
            C("studentID", "varchar(15)", "none", lambda c, i: f"NRIS{2012 + i % 12}{i:03d}" if kind(i) == "student"
              else ""),
            C("dateStart", "date", "none", dates(2012, 2025)),
            C("dateEnd", "date", "none", maybe(dates(2022, 2025), 0.1)),
            C("gibbonSchoolYearIDClassOf", "integer", "none", lambda c, i: 20 + i % 12 if kind(i) == "student"
              else None),
            C("lastSchool", "varchar(100)", "none", lambda c, i: c.r.choice(["Changangkha MSS", "Loselling MSS",
                                                                             "Jigme Namgyel LSS", "Kelki HSS", ""])
              if kind(i) == "student" else ""),
            C("nextSchool", "varchar(100)", "none", const("")),
            C("departureReason", "varchar(50)", "none", maybe(one("Moved to Australia", "Transferred"), 0.05, "")),
            C("transport", "varchar(255)", "none", lambda c, i: c.r.choice(["Bus 1 - Babesa", "Bus 3 - Taba",
                                                                            "Private", "Walk"])
              if kind(i) == "student" else ""),
            C("transportNotes", "text", "free_text_may_contain_pii", _transport_notes),
            C("calendarFeedPersonal", "text", "email", maybe(P("email"), 0.2, "")),
            C("viewCalendarSchool", "char(1)", "none", one("Y", "N")),
            C("viewCalendarPersonal", "char(1)", "none", one("Y", "N")),
            C("lockerNumber", "varchar(20)", "none", lambda c, i: f"B-{c.r.randint(1, 240)}" if kind(i) == "student"
              else ""),
            C("vehicleRegistration", "varchar(20)", "none", lambda c, i: "" if kind(i) == "student" else
              c.r.choice(["", f"BP-1-A{digits(c, 4)}", f"BP-1-B{digits(c, 4)}"])),
            C("personalBackground", "text", "free_text_may_contain_pii", _background),
            C("messengerLastRead", "timestamp", "none", maybe(stamps(2025, 2025), 0.5)),
            C("privacy", "text", "none", maybe(one("No photos on website", "No photos in yearbook"), 0.1)),
            C("dayType", "varchar(255)", "none", const(None)),
            C("gibboni18nIDPersonal", "integer", "none", maybe(const(1), 0.2)),
            C("studentAgreements", "text", "none", lambda c, i: "ICT Acceptable Use" if kind(i) == "student" else None),
            C("googleAPIRefreshToken", "text", "secret_token", lambda c, i: "1//0g" + "".join(
                c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(98))
              if kind(i) == "staff" and c.r.random() < 0.7 else ""),
            C("receiveNotificationEmails", "char(1)", "none", one("Y", "Y", "N")),
            C("mfaSecret", "varchar(16)", "secret_token", lambda c, i: "".join(
                c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)) if kind(i) == "staff" else None),
            C("cookieConsent", "char(1)", "none", one("Y", "Y", "N")),
            C("fields", "text", "national_id", _fields, comment="custom fields: 00001 CID No., 00002 Scouts member"),
        ], rows=N_PERSON),
        Table(S, "gibbonPersonalDocument", [
            C("gibbonPersonalDocumentID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonalDocumentTypeID", "integer", "none", lambda c, i: 2 if i % 9 == 0 else 1),
            C("foreignTable", "varchar(60)", "none", const("gibbonPerson")),
            C("foreignTableID", "integer", "none", lambda c, i: (i - 1) % N_PERSON + 1),
            C("documentName", "varchar(120)", "person_name", lambda c, i: per(c, (i - 1) % N_PERSON + 1)["full"]),
            C("documentNumber", "varchar(120)", "national_id", lambda c, i: per(c, (i - 1) % N_PERSON + 1)["natid"]
              if i % 9 else f"{c.r.choice('JKLPRZ')}{digits(c, 7)}"),
            C("country", "varchar(80)", "none", lambda c, i: "Bhutan" if i % 9 else "India"),
            C("dateIssue", "date", "none", dates(2012, 2024)),
            C("dateExpiry", "date", "none", maybe(dates(2026, 2034), 0.6)),
            C("filePath", "varchar(255)", "none", lambda c, i: f"uploads/documents/{hexs(c, 20)}.pdf"),
            C("timestamp", "timestamp", "none", stamps(2021, 2025)),
        ], rows=140, extra=[fkey(S, "gibbonPersonalDocument", "foreignTableID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonFamily", [
            C("gibbonFamilyID", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(100)", "person_name", lambda c, i: f"{per(c, 100 + i)['full']} Family"),
            C("nameAddress", "varchar(100)", "person_name", lambda c, i: per(c, 100 + i)["full"]
              + (f" & {per(c, 140 + i)['full']}" if i <= 10 else "")),
            C("homeAddress", "text", "postal_address", lambda c, i: per(c, 100 + i)["a_line"]),
            C("homeAddressDistrict", "varchar(255)", "none", lambda c, i: per(c, 100 + i)["a_city"]),
            C("homeAddressCountry", "varchar(255)", "none", const("Bhutan")),
            C("status", "varchar(12)", "none", one("Married", "Married", "Married", "Separated", "Divorced", "Other")),
            C("languageHomePrimary", "varchar(30)", "none", one("Dzongkha", "Sharchopkha", "Nepali", "Khengkha")),
            C("languageHomeSecondary", "varchar(30)", "none", one("English", "Hindi", "")),
            C("familySync", "varchar(50)", "none", lambda c, i: f"FAM{i:04d}"),
        ], rows=N_FAMILY),
        Table(S, "gibbonFamilyAdult", [
            C("gibbonFamilyAdultID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonFamilyID", "integer", "none", lambda c, i: family_of(100 + i)),
            C("gibbonPersonID", "integer", "none", lambda c, i: 100 + i),
            C("comment", "text", "free_text_may_contain_pii", _adult_comment),
            C("childDataAccess", "char(1)", "none", one("Y", "Y", "N")),
            C("contactPriority", "integer", "none", one(1, 2)),
            C("contactCall", "char(1)", "none", one("Y", "N")),
            C("contactSMS", "char(1)", "none", one("Y", "N")),
            C("contactEmail", "char(1)", "none", one("Y", "N")),
            C("contactMail", "char(1)", "none", const("N")),
        ], rows=50, extra=[fkey(S, "gibbonFamilyAdult", "gibbonFamilyID", "gibbonFamily", "gibbonFamilyID"),
                           fkey(S, "gibbonFamilyAdult", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonFamilyChild", [
            C("gibbonFamilyChildID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonFamilyID", "integer", "none", lambda c, i: family_of(20 + i)),
            C("gibbonPersonID", "integer", "none", lambda c, i: 20 + i),
            C("comment", "text", "none", maybe(one("Boarding with relatives on weekdays", "Half sibling"), 0.1)),
        ], rows=80, extra=[fkey(S, "gibbonFamilyChild", "gibbonFamilyID", "gibbonFamily", "gibbonFamilyID"),
                           fkey(S, "gibbonFamilyChild", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonStaff", [
            C("gibbonStaffID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonID", "integer", "none", seq()),
            C("initials", "varchar(4)", "none", lambda c, i: (per(c, i)["first"][0] + per(c, i)["last"][0]).upper()),
            C("type", "varchar(20)", "none", one("Teaching", "Teaching", "Support")),
            C("jobTitle", "varchar(100)", "none", one("Head of Science", "Class teacher 6A", "Bursar", "Counsellor")),
            C("smartWorkflowHelp", "char(1)", "none", one("Y", "N")),
            C("firstAidQualified", "char(1)", "none", one("Y", "N", "N")),
            C("firstAidQualification", "varchar(100)", "none", maybe(const("BRCS Basic First Aid"), 0.3)),
            C("firstAidExpiry", "date", "none", maybe(dates(2025, 2027), 0.3)),
            C("countryOfOrigin", "varchar(80)", "none", one("Bhutan", "Bhutan", "Bhutan", "India")),
            C("qualifications", "varchar(255)", "none", one("B.Ed. (Paro CE)", "PGDE (Samtse CE)", "M.Sc. Physics",
                                                            "B.Com. (Gaeddu College)")),
            C("biography", "text", "free_text_may_contain_pii", _biography),
        ], rows=20, extra=[fkey(S, "gibbonStaff", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonStudentEnrolment", [
            C("gibbonStudentEnrolmentID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonID", "integer", "none", lambda c, i: 20 + i),
            C("gibbonSchoolYearID", "integer", "none", const(25)),
            C("gibbonYearGroupID", "integer", "none", lambda c, i: 1 + i % 12),
            C("gibbonFormGroupID", "integer", "none", lambda c, i: 1 + i % 24),
            C("rollOrder", "integer", "none", ints(1, 32)),
        ], rows=80, extra=[fkey(S, "gibbonStudentEnrolment", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
    ]
