"""ah_gibbon (pastoral care and office): Gibbon's medical, individual-needs, behaviour, attendance, log, invoicee and
admissions tables for the same Thimphu school (see blind32_gibbon.py for the persons)."""
from __future__ import annotations

from .blind32_gens import (C, any_name, const, dates, digits, fk, fkey, hexs, ints, make_person, cached, maybe,
                           one, seq, stamps)
from .blind32_gibbon import N_PERSON, S, local, per
from .gens import Table

CONDITIONS = [("Asthma", "Dust, cold air in winter, running", "Wheezing, shortness of breath",
               "Two puffs of salbutamol; call parent if no relief in 10 minutes", "Salbutamol inhaler (office)"),
              ("Epilepsy", "Missed medication, lack of sleep", "Absence seizures, occasionally tonic-clonic",
               "Recovery position, time the seizure, call 112 if over 5 minutes", "Sodium valproate 200 mg BD"),
              ("Type 1 diabetes", "Skipped lunch, sports", "Shaking, sweating, confusion",
               "Give juice from the office fridge, check glucose", "Insulin pen (mixtard) at home"),
              ("Peanut allergy", "Peanuts, groundnut oil in momo stalls", "Hives, lip swelling",
               "Cetirizine; adrenaline auto-injector if breathing affected", "EpiPen Jr in school bag"),
              ("Migraine", "Bright light, skipping breakfast", "Headache, vomiting", "Rest in sick bay",
               "Paracetamol 500 mg"),
              ("Rheumatic heart disease", "Strenuous exercise", "Breathlessness, palpitations",
               "No competitive sports; monthly injection at JDWNRH", "Benzathine penicillin every 4 weeks")]
DESCRIPTORS = ["Specific Learning Difficulty", "Hearing Impairment", "Visual Impairment", "Autism Spectrum Disorder",
               "ADHD", "Physical Disability", "Speech and Language", "Social, Emotional and Mental Health"]
STAFF_NAMES = lambda c: per(c, c.r.randint(2, 20))["full"]      # noqa: E731


def _stu(i: int) -> int:
    return 21 + (i - 1) % 80


def _med_comment(c, i):
    return c.r.choice([None, None, "Wears spectacles; sit near the board.", "Lactose intolerant.",
                       "Had appendectomy in 2023, no restrictions now.", "Mild hearing loss in left ear.",
                       "Vegetarian for health reasons (gastritis)."])


def _behaviour_comment(c, i):
    other = per(c, 21 + (i * 11) % 80)
    return c.r.choice([f"Pushed {other['first']} {other['last']} (Class 8B) during lunch; both spoke to counsellor.",
                       "Late to assembly three times this week.", "Mobile phone used in exam hall.",
                       f"Helped {other['first']} carry books after the football injury.",
                       f"Mother informed by phone on {local(per(c, 101 + i % 50)['mobile'])}.",
                       "Uniform: gho/kira not worn on Monday."])


def _followup(c, i):
    return c.r.choice([None, None, f"Met father {per(c, 101 + i % 50)['full']} on {c.r.randint(1, 28)}/"
                       f"{c.r.randint(1, 12)}; agreed a daily diary.", "Detention served.",
                       f"Referred to counsellor {STAFF_NAMES(c)}.", "No further action."])


def _att_comment(c, i):
    return c.r.choice([None, None, None, "Fever, seen at JDWNRH OPD.", f"Mother {per(c, 101 + i % 50)['first']} "
                       "called at 7:40 - stomach ache.", "Family went to Punakha for the annual rimdro.",
                       "Dental appointment.", f"Uncle {any_name('bt')(c, i)} collected at 11:00."])


def _app(entity: str, field: str, y0: int, y1: int):
    return lambda c, i: cached(c, (entity, i), lambda cx: make_person(cx, "bt", y0, y1))[field]


def _app_notes(c, i):
    return c.r.choice([None, f"Interviewed by {STAFF_NAMES(c)}; strong in Dzongkha.",
                       "Waiting list for Class PP.", f"Sibling of {per(c, 21 + i % 80)['full']} - priority.",
                       "Fee waiver requested, see letter."])


def gibbon_care_tables() -> list[Table]:
    k = lambda f: _app("gb.applicant", f, 2012, 2020)     # noqa: E731
    g = lambda f: _app("gb.applicant_parent", f, 1972, 1992)     # noqa: E731
    return [
        Table(S, "gibbonAlertLevel", [
            C("gibbonAlertLevelID", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(50)", "none", lambda c, i: ["Low", "Medium", "High"][i - 1]),
            C("nameShort", "varchar(4)", "none", lambda c, i: "LMH"[i - 1]),
            C("color", "varchar(7)", "none", lambda c, i: ["#0066cc", "#ff7414", "#ff0000"][i - 1]),
            C("colorBG", "varchar(7)", "none", lambda c, i: ["#d1e6ff", "#ffe9d6", "#ffd6d6"][i - 1]),
            C("description", "text", "none", lambda c, i: ["Information only", "Staff should be aware",
                                                           "Immediate response may be needed"][i - 1]),
            C("sequenceNumber", "integer", "none", seq()),
        ], rows=3),
        Table(S, "gibbonPersonMedical", [
            C("gibbonPersonMedicalID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonID", "integer", "none", lambda c, i: _stu(i)),
            C("bloodType", "varchar(3)", "health", one("O+", "O+", "B+", "A+", "AB+", "B+", "O-", "")),
            C("longTermMedication", "char(1)", "health", one("N", "N", "N", "Y")),
            C("longTermMedicationDetails", "text", "health",
              maybe(one("Salbutamol inhaler as needed", "Levothyroxine 50 mcg daily", "Iron syrup 5 ml",
                        "Sodium valproate 200 mg twice a day"), 0.25, "")),
            C("tetanusWithin10Years", "char(1)", "health", one("Y", "Y", "N", "")),
            C("comment", "text", "health", _med_comment),
        ], rows=80, extra=[fkey(S, "gibbonPersonMedical", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonPersonMedicalCondition", [
            C("gibbonPersonMedicalConditionID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonMedicalID", "integer", "none", fk(80, 3)),
            C("name", "varchar(100)", "health", lambda c, i: CONDITIONS[i % 6][0]),
            C("gibbonAlertLevelID", "integer", "none", ints(1, 3)),
            C("triggers", "varchar(255)", "health", lambda c, i: CONDITIONS[i % 6][1]),
            C("reaction", "varchar(255)", "health", lambda c, i: CONDITIONS[i % 6][2]),
            C("response", "varchar(255)", "health", lambda c, i: CONDITIONS[i % 6][3]),
            C("medication", "varchar(255)", "health", lambda c, i: CONDITIONS[i % 6][4]),
            C("lastEpisode", "date", "none", maybe(dates(2022, 2025), 0.6)),
            C("lastEpisodeTreatment", "varchar(255)", "health",
              maybe(one("Nebulised at JDWNRH emergency", "Observed in sick bay", "Sent home, recovered"), 0.5, "")),
            C("comment", "text", "health", maybe(one("Mild", "Outgrowing per paediatrician", "Care plan on file"),
                                                 0.4)),
            C("attachment", "varchar(255)", "none", maybe(lambda c, i: f"uploads/2024/05/careplan_{hexs(c, 10)}.pdf",
                                                          0.3)),
        ], rows=90, extra=[fkey(S, "gibbonPersonMedicalCondition", "gibbonPersonMedicalID", "gibbonPersonMedical",
                                "gibbonPersonMedicalID"),
                           fkey(S, "gibbonPersonMedicalCondition", "gibbonAlertLevelID", "gibbonAlertLevel",
                                "gibbonAlertLevelID")]),
        Table(S, "gibbonINDescriptor", [
            C("gibbonINDescriptorID", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(50)", "none", lambda c, i: DESCRIPTORS[i - 1]),
            C("nameShort", "varchar(5)", "none", lambda c, i: ["SpLD", "HI", "VI", "ASD", "ADHD", "PD", "SL",
                                                               "SEMH"][i - 1]),
            C("description", "text", "none", const("")),
            C("sequenceNumber", "integer", "none", seq()),
        ], rows=8),
        Table(S, "gibbonIN", [
            C("gibbonINID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonID", "integer", "none", lambda c, i: 21 + (i * 3) % 80),
            C("strategies", "text", "health", one("Extra time (25%) in examinations; enlarged print.",
                                                  "Seat away from the window; written instructions.",
                                                  "Movement breaks every 20 minutes.",
                                                  "Hearing aid checked daily by class teacher.")),
            C("targets", "text", "health", one("Read Class 3 level English text fluently by June.",
                                               "Use the calm corner instead of leaving class.",
                                               "Complete copying tasks with fewer than 3 errors.")),
            C("notes", "text", "health", maybe(one("Diagnosed with dyslexia at age 8 (Thimphu).",
                                                   "ADHD assessment pending with psychiatrist.",
                                                   "Anxiety after family bereavement; counselling weekly."), 0.7)),
        ], rows=30, extra=[fkey(S, "gibbonIN", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonINPersonDescriptor", [
            C("gibbonINPersonDescriptorID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonID", "integer", "none", lambda c, i: 21 + (i * 3) % 80),
            C("gibbonINDescriptorID", "integer", "none", fk(8, 5)),
            C("gibbonAlertLevelID", "integer", "none", ints(1, 3)),
        ], rows=36, extra=[fkey(S, "gibbonINPersonDescriptor", "gibbonINDescriptorID", "gibbonINDescriptor",
                                "gibbonINDescriptorID")]),
        Table(S, "gibbonBehaviour", [
            C("gibbonBehaviourID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonSchoolYearID", "integer", "none", one(24, 25)),
            C("gibbonPersonID", "integer", "none", lambda c, i: 21 + (i * 7) % 80),
            C("date", "date", "none", dates(2024, 2025)),
            C("type", "varchar(10)", "none", one("Negative", "Negative", "Positive")),
            C("descriptor", "varchar(100)", "none", one("Bullying", "Disrespect", "Late", "Uniform", "Mobile phone",
                                                        "Fighting", "Kindness", "Leadership")),
            C("level", "varchar(100)", "none", one("Level 1", "Level 1", "Level 2", "Level 3")),
            C("comment", "text", "free_text_may_contain_pii", _behaviour_comment),
            C("followup", "text", "free_text_may_contain_pii", _followup),
            C("gibbonPlannerEntryID", "integer", "none", maybe(ints(1000, 9000), 0.3)),
            C("gibbonPersonIDCreator", "integer", "none", ints(2, 20)),
            C("timestamp", "timestamp", "none", stamps(2024, 2025)),
        ], rows=120, extra=[fkey(S, "gibbonBehaviour", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonAttendanceLogPerson", [
            C("gibbonAttendanceLogPersonID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonAttendanceCodeID", "integer", "none", one(1, 1, 1, 2, 3, 5)),
            C("gibbonPersonID", "integer", "none", lambda c, i: 21 + (i * 13) % 80),
            C("direction", "varchar(3)", "none", one("In", "In", "Out")),
            C("type", "varchar(30)", "none", one("Present", "Present", "Absent", "Present - Late", "Left - Early")),
            C("reason", "varchar(30)", "none", one("", "", "Medical", "Family", "Transport", "Other")),
            C("context", "varchar(20)", "none", one("Form Group", "Class", "Roll Group")),
            C("comment", "varchar(255)", "free_text_may_contain_pii", _att_comment),
            C("gibbonPersonIDTaker", "integer", "none", ints(2, 20)),
            C("date", "date", "none", dates(2025, 2025)),
            C("timestampTaken", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "gibbonAttendanceLogPerson", "gibbonPersonID", "gibbonPerson",
                                 "gibbonPersonID")]),
        Table(S, "gibbonLog", [
            C("gibbonLogID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonModuleID", "integer", "none", maybe(ints(1, 40), 0.5)),
            C("gibbonPersonID", "integer", "none", fk(N_PERSON, 7, 9)),
            C("gibbonSchoolYearID", "integer", "none", const(25)),
            C("timestamp", "timestamp", "none", stamps(2025, 2025)),
            C("title", "varchar(50)", "none", one("Login - Success", "Login - Success", "Login - Failed",
                                                  "Password Reset Request", "Logout")),
            C("serialisedArray", "text", "none", lambda c, i: (lambda u: f'a:1:{{s:8:"username";s:{len(u)}:"{u}";}}')(
                per(c, 1 + (i * 7) % N_PERSON)["user"])),
            C("ip", "varchar(15)", "ip_address", lambda c, i: f"{c.r.choice(['202.144', '119.2', '103.7'])}."
                                                             f"{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
        ], rows=150),
        Table(S, "gibbonFinanceInvoicee", [
            C("gibbonFinanceInvoiceeID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonPersonID", "integer", "none", lambda c, i: 20 + i),
            C("invoiceTo", "varchar(8)", "none", lambda c, i: "Company" if i % 6 == 0 else "Family"),
            C("companyName", "varchar(100)", "none", lambda c, i: c.r.choice(["Druk Holding & Investments",
                                                                              "Bhutan Power Corporation",
                                                                              "Tashi Group"]) if i % 6 == 0 else ""),
            C("companyContact", "varchar(100)", "person_name", lambda c, i: any_name("bt")(c, i) if i % 6 == 0 else ""),
            C("companyAddress", "varchar(255)", "none", lambda c, i: c.r.choice(["Post Box 1127, Norzin Lam, Thimphu",
                                                                                 "Yarden Lam, Thimphu"])
              if i % 6 == 0 else ""),
            C("companyEmail", "text", "none", lambda c, i: c.r.choice(["accounts@dhi.bt", "hr@bpc.bt",
                                                                       "finance@tashigroup.bt"]) if i % 6 == 0 else ""),
            C("companyCCFamily", "char(1)", "none", one("Y", "N")),
            C("companyPhone", "varchar(20)", "none", lambda c, i: f"02-33{digits(c, 4)}" if i % 6 == 0 else ""),
            C("companyAll", "char(1)", "none", one("Y", "N")),
            C("gibbonFinanceFeeCategoryIDList", "text", "none", maybe(const("0001,0002"), 0.2)),
        ], rows=80, extra=[fkey(S, "gibbonFinanceInvoicee", "gibbonPersonID", "gibbonPerson", "gibbonPersonID")]),
        Table(S, "gibbonApplicationForm", [
            C("gibbonApplicationFormID", "integer PRIMARY KEY", "none", seq()),
            C("gibbonApplicationFormHash", "varchar(40)", "secret_token", lambda c, i: hexs(c, 40)),
            C("surname", "varchar(60)", "person_name", k("last")),
            C("firstName", "varchar(60)", "person_name", k("first")),
            C("preferredName", "varchar(60)", "person_name", lambda c, i: k("first")(c, i).split()[0]),
            C("officialName", "varchar(150)", "person_name", k("full")),
            C("gender", "varchar(12)", "none", k("sex")),
            C("dob", "date", "birth_date", k("birth")),
            C("email", "varchar(75)", "email", maybe(k("email"), 0.2, "")),
            C("phone1", "varchar(20)", "phone", maybe(lambda c, i: local(k("mobile")(c, i)), 0.2, "")),
            C("medicalInformation", "text", "health", maybe(one("Asthma, uses inhaler", "Allergic to penicillin",
                                                                "Born premature, no issues now", "Short-sighted"),
                                                            0.4, "")),
            C("sen", "char(1)", "health", one("N", "N", "N", "Y")),
            C("senDetails", "text", "health", maybe(one("Speech delay, therapy at JDWNRH", "Suspected dyslexia"),
                                                    0.15, "")),
            C("languageHomePrimary", "varchar(30)", "none", one("Dzongkha", "Sharchopkha", "Nepali")),
            C("gibbonYearGroupIDEntry", "integer", "none", ints(1, 12)),
            C("dateStart", "date", "none", dates(2025, 2026)),
            C("schoolName1", "varchar(50)", "none", maybe(one("Changangkha MSS", "Little Dragon School",
                                                              "Early Learning Centre Babesa"), 0.6, "")),
            C("schoolGrades1", "varchar(20)", "none", maybe(one("PP", "Class I", "Class III"), 0.6, "")),
            C("siblingName1", "varchar(50)", "person_name", maybe(lambda c, i: per(c, 21 + i % 80)["full"], 0.3, "")),
            C("siblingDOB1", "date", "birth_date", maybe(lambda c, i: per(c, 21 + i % 80)["birth"], 0.3)),
            C("siblingSchool1", "varchar(50)", "none", maybe(const("Norbu Rigter International School"), 0.3, "")),
            C("parent1surname", "varchar(60)", "person_name", g("last")),
            C("parent1firstName", "varchar(60)", "person_name", g("first")),
            C("parent1relationship", "varchar(30)", "none", one("Father", "Mother", "Guardian")),
            C("parent1email", "varchar(75)", "email", g("email")),
            C("parent1phone1", "varchar(20)", "phone", lambda c, i: local(g("mobile")(c, i))),
            C("parent1profession", "varchar(90)", "none", one("Civil servant", "Business", "Nurse", "Army officer")),
            C("homeAddress", "text", "postal_address", g("a_line")),
            C("homeAddressDistrict", "varchar(255)", "none", g("a_city")),
            C("referenceEmail", "varchar(100)", "email", maybe(lambda c, i: f"{per(c, c.r.randint(2, 20))['user']}"
                                                               "@education.gov.bt", 0.3, "")),
            C("status", "varchar(12)", "none", one("Pending", "Waiting List", "Accepted", "Rejected", "Withdrawn")),
            C("priority", "integer", "none", ints(0, 3)),
            C("notes", "text", "free_text_may_contain_pii", _app_notes),
            C("paymentMade", "varchar(10)", "none", one("N", "Y", "Exemption")),
            C("timestamp", "timestamp", "none", stamps(2024, 2025)),
        ], rows=60),
    ]
