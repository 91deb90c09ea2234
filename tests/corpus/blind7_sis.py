"""j_sis: a US school district's student information system in the PowerSchool style (mixed-case column names):
Schools, Students (with the Alert_* fields and the old plain Web_Password), Teachers, StudentContact, Attendance,
the discipline Log, StoredGrades, Courses, a special-education IEP extension table and nurse office visits."""
from __future__ import annotations

from .blind7_gens import (US_LAST, birth, code, day, digits, email, first, fk, full_name, last, maybe, money,
                          one, phone, r_int, ssn, street, template, us_city, us_zip, work_email)
from .gens import Col, Table, bcrypt_like

S = "j_sis"
SCHOOLS = ["Westland High School", "Brookside Middle School", "Indian Run Elementary", "Hilltop Elementary",
           "Central Crossing High School", "Eastmoor Academy", "Alton Darby Elementary", "Pleasant View Middle"]
COURSES = [("ENG101", "English 9"), ("MTH220", "Algebra II"), ("SCI310", "Chemistry"), ("SOC110", "World History"),
           ("ART105", "Ceramics I"), ("PE900", "Physical Education"), ("SPA201", "Spanish II"), ("CTE450", "Welding Tech"),
           ("MTH310", "AP Calculus AB"), ("HLT100", "Health")]


def sis_tables() -> list[Table]:
    sch = Table(S, "Schools", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("School_Number", "int", "none", lambda c, i: 100 + i * 10),
        Col("Name", "varchar(60)", "none", lambda c, i: SCHOOLS[i - 1]),
        Col("SchoolAddress", "varchar(80)", "none", street("us")),
        Col("SchoolCity", "varchar(30)", "none", one("Columbus", "Galloway", "Grove City")),
        Col("SchoolZip", "varchar(10)", "none", us_zip),
        Col("SchoolPhone", "varchar(20)", "none", phone("us")),
        Col("Principal", "varchar(60)", "person_name", full_name("us")),
        Col("PrincipalEmail", "varchar(60)", "email", work_email("swcsd.us")),
        Col("Low_Grade", "smallint", "none", one(0, 6, 9)),
        Col("High_Grade", "smallint", "none", one(5, 8, 12)),
    ], rows=8)
    tea = Table(S, "Teachers", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("TeacherNumber", "varchar(10)", "none", digits(6)),
        Col("First_Name", "varchar(30)", "person_name", first("us")),
        Col("Last_Name", "varchar(40)", "person_name", last("us")),
        Col("Email_Addr", "varchar(60)", "email", work_email("swcsd.us")),
        Col("SchoolID", "int", "none", fk(8)),
        Col("LoginID", "varchar(20)", "none", lambda c, i: f"{first('us')(c, i)[0].lower()}{last('us')(c, i).lower().replace(chr(39), '')}"),
        Col("Password", "varchar(80)", "credentials", bcrypt_like),
        Col("Home_Phone", "varchar(20)", "phone", maybe(0.4, phone("us"), "")),
        Col("Status", "smallint", "none", one(1, 1, 1, 2)),
    ], rows=45)
    stu = Table(S, "Students", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("Student_Number", "int", "none", lambda c, i: 2031000 + i * 7),
        Col("State_StudentNumber", "varchar(10)", "none", code("AA9999999")),
        Col("SchoolID", "int", "none", fk(8)),
        Col("First_Name", "varchar(30)", "person_name", first("us")),
        Col("Middle_Name", "varchar(30)", "person_name", maybe(0.7, first("us"), "")),
        Col("Last_Name", "varchar(40)", "person_name", last("us")),
        Col("DOB", "date", "birth_date", birth(2007, 2020)),
        Col("Gender", "char(1)", "none", one("M", "F", "X")),
        Col("Grade_Level", "smallint", "none", r_int(0, 12)),
        Col("Enroll_Status", "smallint", "none", one(0, 0, 0, 2, 3)),
        Col("EntryDate", "date", "none", day(2015, 2025)),
        Col("Street", "varchar(80)", "postal_address", street("us")),
        Col("City", "varchar(30)", "none", us_city),
        Col("Zip", "varchar(10)", "postal_address", us_zip),
        Col("Home_Phone", "varchar(20)", "phone", phone("us")),
        Col("Mother", "varchar(60)", "person_name", lambda c, i: f"{c.r.choice(US_LAST)}, {first('us')(c, i)}"),
        Col("Father", "varchar(60)", "person_name", maybe(0.75, lambda c, i: f"{c.r.choice(US_LAST)}, {first('us')(c, i)}", "")),
        Col("FedEthnicity", "smallint", "ethnic_origin", one(0, 0, 0, 1)),
        Col("Ethnicity", "varchar(4)", "ethnic_origin", one("W", "W", "B", "H", "A", "M", "I")),
        Col("SSN", "varchar(11)", "national_id", maybe(0.3, ssn, "")),
        Col("LunchStatus", "varchar(4)", "none", one("F", "R", "P", "P", "FDC")),
        Col("GuardianEmail", "varchar(120)", "email", maybe(0.8, lambda c, i: email("us")(c, i) + (f",{email('us')(c, i)}" if c.r.random() < 0.3 else ""), "")),
        Col("Web_ID", "varchar(20)", "none", lambda c, i: f"{last('us')(c, i).lower().replace(chr(39), '')}{c.r.randint(10, 999)}"),
        Col("Web_Password", "varchar(20)", "credentials", lambda c, i: c.r.choice(["Tigers", "Password1", "summer", "Westland"]) + str(c.r.randint(1, 2025))),
        Col("Alert_Medical", "varchar(200)", "health", maybe(0.3, one("EpiPen in office - peanut allergy", "Asthma - inhaler in backpack",
                                                                       "Type 1 diabetic, insulin pump", "Seizures, Diastat at nurse", "ADHD - meds at noon"), "")),
        Col("Alert_Guardian", "varchar(200)", "free_text_may_contain_pii", maybe(0.15, template(
            "Do NOT release to father {n} - protective order on file", "Only mother may pick up. Grandma {n} ok, cell {p}",
            "Custody shared week on/week off", n=full_name("us"), p=phone("us")), "")),
        Col("Alert_Discipline", "varchar(200)", "none", maybe(0.1, one("Safety plan on file", "Threat assessment 10/2024", "No bus privileges"), "")),
    ], rows=140)
    con = Table(S, "StudentContact", [
        Col("ID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("StudentDCID", "int", "none", fk(140)),
        Col("FirstName", "varchar(30)", "person_name", first("us")),
        Col("LastName", "varchar(40)", "person_name", last("us")),
        Col("Relationship", "varchar(20)", "none", one("Mother", "Father", "Grandmother", "Stepfather", "Aunt", "Foster Parent")),
        Col("EmailAddress", "varchar(80)", "email", maybe(0.8, email("us"), "")),
        Col("CellPhone", "varchar(20)", "phone", phone("us")),
        Col("Employer", "varchar(40)", "none", maybe(0.5, one("Honda of America", "OSU Wexner", "Amazon CMH1", "self", "Kroger"), "")),
        Col("HasCustody", "boolean", "none", one(True, True, True, False)),
        Col("LivesWith", "boolean", "none", one(True, True, False)),
        Col("EmergencyPriority", "smallint", "none", r_int(1, 4)),
    ], rows=130)
    att = Table(S, "Attendance", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("StudentID", "int", "none", fk(140)),
        Col("Att_Date", "date", "none", day(2025, 2025)),
        Col("Attendance_CodeID", "smallint", "none", r_int(1, 9)),
        Col("Att_Mode_Code", "varchar(20)", "none", one("ATT_ModeDaily", "ATT_ModeMeeting")),
        Col("Att_Comment", "varchar(100)", "none", one("", "", "parent called", "late bus", "left early - note", "vacation")),
    ], rows=150)
    log = Table(S, "Log", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("StudentID", "int", "none", fk(140)),
        Col("Entry_Date", "date", "none", day(2024, 2025)),
        Col("Entry_Author", "varchar(60)", "person_name", lambda c, i: f"{last('us')(c, i)}, {first('us')(c, i)}"),
        Col("LogTypeID", "int", "none", one(-100000, -100000, 2, 3)),
        Col("Subject", "varchar(60)", "none", one("Fighting", "Tardy", "Defiance", "Vape in restroom", "Parent contact", "Bus referral")),
        Col("Entry", "text", "free_text_may_contain_pii", template(
            "Student was involved in a physical altercation with {n} in the cafeteria.", "Called mom at {p}, left VM.",
            "Found with vape pen in 2nd floor restroom, confiscated.", "Refused to go to class, escorted by SRO.",
            "Met with dad ({n}) re: grades, will email {e}.", n=full_name("us"), p=phone("us"), e=email("us"))),
        Col("Discipline_IncidentType", "varchar(20)", "none", one("FIGHT", "TOBACCO", "DISRUPT", "HARASS", "TRUANCY", "")),
        Col("Discipline_ActionTaken", "varchar(20)", "none", one("OSS", "ISS", "DET", "WARN", "EXP", "")),
        Col("Discipline_ActionTakenDetail", "varchar(40)", "none", one("3 days", "1 day", "Sat school", "", "Referred to hearing officer")),
        Col("Discipline_PoliceInvolvedFlag", "boolean", "none", one(False, False, False, True)),
    ], rows=150)
    crs = Table(S, "Courses", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("Course_Number", "varchar(10)", "none", lambda c, i: COURSES[i - 1][0]),
        Col("Course_Name", "varchar(40)", "none", lambda c, i: COURSES[i - 1][1]),
        Col("Credit_Hours", "numeric(3,1)", "none", one(0.5, 1.0, 1.0)),
        Col("Sched_Department", "varchar(10)", "none", one("ENG", "MATH", "SCI", "SS", "ELEC")),
    ], rows=10)
    grd = Table(S, "StoredGrades", [
        Col("DCID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("StudentID", "int", "none", fk(140)),
        Col("Course_Number", "varchar(10)", "none", lambda c, i: c.r.choice(COURSES)[0]),
        Col("StoreCode", "char(2)", "none", one("Q1", "Q2", "S1", "Y1")),
        Col("Grade", "varchar(3)", "none", one("A", "A-", "B+", "B", "C", "D", "F", "P")),
        Col("Percent", "numeric(5,2)", "none", money(40, 100)),
        Col("GPA_Points", "numeric(3,2)", "none", one(4.0, 3.7, 3.3, 3.0, 2.0, 1.0, 0.0)),
        Col("Teacher_Name", "varchar(60)", "person_name", lambda c, i: f"{last('us')(c, i)}, {first('us')(c, i)}"),
    ], rows=150)
    iep = Table(S, "S_SPED_IEP", [
        Col("ID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("StudentsDCID", "int", "none", fk(140)),
        Col("IEP_Start", "date", "none", day(2023, 2025)),
        Col("IEP_Annual_Review", "date", "none", day(2025, 2026)),
        Col("Primary_Disability", "varchar(40)", "health", one("Specific Learning Disability", "Autism", "Other Health Impaired (ADHD)",
                                                               "Speech/Language Impairment", "Emotional Disturbance", "Intellectual Disability")),
        Col("Secondary_Disability", "varchar(40)", "health", maybe(0.3, one("Speech/Language Impairment", "Visual Impairment", "OHI - Major"), "")),
        Col("Related_Services", "varchar(120)", "health", one("Speech 30 min/wk", "OT 60 min/mo", "Counseling 30 min/wk", "None", "PT consult")),
        Col("Accommodations", "varchar(120)", "health", one("Extended time 1.5x", "Read aloud (not reading)", "Small group testing", "Frequent breaks")),
        Col("Case_Manager", "varchar(60)", "person_name", full_name("us")),
        Col("LRE_Code", "char(2)", "none", one("01", "01", "02", "03")),
        Col("Plan_504", "boolean", "health", one(False, False, True)),
    ], rows=110)
    nurse = Table(S, "HealthOfficeVisit", [
        Col("ID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("StudentsDCID", "int", "none", fk(140)),
        Col("VisitDate", "date", "none", day(2024, 2025)),
        Col("TimeIn", "varchar(8)", "none", lambda c, i: f"{c.r.randint(7, 14)}:{c.r.randint(0, 59):02d}"),
        Col("Complaint", "varchar(80)", "health", one("Headache", "Stomachache", "Fever 100.8", "Nosebleed", "Anxiety", "Low blood sugar 62", "Injury - recess")),
        Col("Treatment", "varchar(80)", "health", one("Rest 15 min", "Ice pack", "Glucose tabs, recheck", "Called parent", "Ibuprofen 200mg per order")),
        Col("Disposition", "varchar(20)", "none", one("Returned to class", "Returned to class", "Sent home", "911")),
        Col("NurseInitials", "varchar(8)", "none", one("KB", "RN-JM", "LT")),
        Col("Temp_F", "numeric(4,1)", "health", maybe(0.4, money(97.0, 102.5))),
    ], rows=120)
    return [sch, tea, stu, con, att, log, crs, grd, iep, nurse]
