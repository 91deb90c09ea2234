"""s_clinic: a Dublin community sexual-health and PrEP clinic's booking and care-record app (Node.js with Prisma on
PostgreSQL: PascalCase models, camelCase fields, Prisma's foreign keys): clinicians, patients, appointments, visits,
sexual-history forms, lab results, HLA-B*57:01 tests, PrEP prescriptions, partner notification, SMS, audit log."""
from __future__ import annotations

from typing import Any

from .blind16_gens import (IE_F, IE_L, IE_M, Rec, alnum, day, digits, fk, hexs, idx, ie_person, ie_phone,
                           ipv4, maybe, num, pick, stamp, templ, uuid)
from .gens import Col, Table

S = "s_clinic"
TESTS = (("Chlamydia trachomatis NAAT", ("Not detected", "Not detected", "Detected")),
         ("Neisseria gonorrhoeae NAAT", ("Not detected", "Not detected", "Detected")),
         ("HIV-1/2 Ag/Ab (4th gen)", ("Non-reactive", "Non-reactive", "Reactive - referred")),
         ("Syphilis EIA", ("Negative", "Positive, RPR 1:16")), ("Hepatitis B sAg", ("Negative",)),
         ("Creatinine (umol/L)", ("72", "88", "104", "131")), ("eGFR", (">90", "78", "61")),
         ("Mycoplasma genitalium", ("Not detected", "Detected, macrolide resistance")))
PREP = (("Emtricitabine/Tenofovir disoproxil 200/245 mg", "daily"), ("Emtricitabine/Tenofovir disoproxil 200/245 mg",
        "event-based 2-1-1"))
REASONS = ("PrEP review", "STI screen - asymptomatic", "STI screen - symptomatic", "Contact of gonorrhoea",
           "PEP", "Hep A/B vaccination", "Results - positive recall")
NOTES = ("Reports receptive anal sex with 3 casual partners via Grindr since last visit. Condoms inconsistently.",
         "Partner {n} also attending, treat as contact. Mobile {t}.", "Chemsex disclosed (G, crystal). Referred to "
         "drug liaison.", "Asymptomatic, swabs taken x3 sites. Doxy 100mg bd 7/7 given.", "Pt asks we don't call the "
         "home landline. Use {t} only.", "Works as sex worker, offered outreach via SWAI.", "No issues, PrEP renewed.")
PN_NOTES = ("Contact traced by SMS, {n} to attend Thursday.", "Anonymous notification via app sent.",
            "Index declined to share details.", "Ex-partner {n} ({t}) informed by HA.")
NAMES = ("Darragh", "Cian B.", "Aoife", "Mark", "Ciarán Ó Súilleabháin")
TELS = ("087 443 9120", "+353861234077", "085 201 4433")


def _patient(c: Any, i: int) -> dict:
    p = ie_person(c, i)
    cis = "Man" if p["sex"] == "M" else "Woman"
    p["gid"] = c.r.choice((cis, cis, cis, cis, "Non-binary", "Trans woman" if p["sex"] == "M" else "Trans man"))
    p["orient"] = c.r.choice(("Gay", "Gay", "Bisexual", "Heterosexual", "Queer", "Prefer not to say"))
    p["alias"] = c.r.choice((None, None, c.r.choice(IE_M + IE_F)))
    p["mrn"] = f"GUM{i:06d}"
    return p


def _lab(c: Any, i: int) -> dict:
    name, vals = c.r.choice(TESTS)
    return {"t": name, "v": c.r.choice(vals), "site": c.r.choice(("urine", "throat", "rectal", "vaginal", "blood"))}


def _rx(c: Any, i: int) -> dict:
    d, reg = c.r.choice(PREP)
    return {"d": d, "reg": reg, "qty": 30 if reg == "daily" else c.r.choice((10, 20))}


def clinic_tables() -> list[Table]:
    cl = Rec(ie_person)
    p = Rec(_patient)
    lab = Rec(_lab)
    rx = Rec(_rx)
    pn = Rec(ie_person)
    return [
        Table(S, "Clinician", [
            Col("id", "text PRIMARY KEY", "none", uuid("cl")),
            Col("firstName", "text", "person_name", cl.f("first")),
            Col("lastName", "text", "person_name", cl.f("last")),
            Col("role", "text", "none", pick("NCHD", "CNS", "Consultant", "Health Adviser", "Receptionist")),
            Col("imcNumber", "text", "none", maybe(0.5, lambda c, i: digits(c, 6))),
            Col("email", "text", "email", lambda c, i: f"{cl.f('first')(c, i).lower()}.{cl.f('last')(c, i).lower().replace(' ', '')}@ghnclinic.ie"),
            Col("passwordHash", "text", "credentials", lambda c, i: f"$argon2id$v=19$m=65536,t=3,p=4${alnum(22)(c, i)}${alnum(43)(c, i)}"),
            Col("totpSecret", "text", "secret_token", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))),
            Col("createdAt", "timestamp(3)", "none", stamp(2020, 2024)),
        ], rows=22),
        Table(S, "Patient", [
            Col("id", "text PRIMARY KEY", "none", uuid("pt")),
            Col("clinicNumber", "text", "none", p.f("mrn")),
            Col("ppsn", "text", "national_id", maybe(0.7, p.f("pps"))),
            Col("firstName", "text", "person_name", p.f("first")),
            Col("lastName", "text", "person_name", p.f("last")),
            Col("preferredName", "text", "person_name", p.f("alias")),
            Col("dateOfBirth", "date", "birth_date", p.f("dob")),
            Col("sexAtBirth", "text", "none", p.f("sex")),
            Col("genderIdentity", "text", "none", p.f("gid")),
            Col("sexualOrientation", "text", "sex_life", p.f("orient")),
            Col("addressLine1", "text", "postal_address", p.f("street")),
            Col("town", "text", "none", p.f("town")),
            Col("eircode", "text", "postal_address", p.f("eircode")),
            Col("mobile", "text", "phone", p.f("phone")),
            Col("email", "text", "email", maybe(0.6, p.f("email"))),
            Col("smsConsent", "boolean", "none", pick(True, True, False)),
            Col("gpName", "text", "person_name", maybe(0.5, lambda c, i: f"Dr {c.r.choice(IE_F + IE_M)} {c.r.choice(IE_L)}")),
            Col("countryOfBirth", "text", "none", pick("Ireland", "Ireland", "Brazil", "Spain", "Poland", "India", "UK")),
            Col("ethnicity", "text", "ethnic_origin", pick("White Irish", "White Irish", "Irish Traveller", "Any other White background",
                                                             "Black or Black Irish - African", "Asian or Asian Irish", "Mixed")),
            Col("interpreterLanguage", "text", "none", pick(None, None, None, "Portuguese", "Spanish", "Arabic")),
            Col("nextOfKinName", "text", "person_name", maybe(0.6, lambda c, i: f"{c.r.choice(IE_F + IE_M)} {c.r.choice(IE_L)}")),
            Col("nextOfKinPhone", "text", "phone", maybe(0.6, lambda c, i: ie_phone(c))),
            Col("hivStatus", "text", "health", pick("Negative", "Negative", "Negative", "Positive - in care at Mater")),
            Col("createdAt", "timestamp(3)", "none", stamp(2019, 2024)),
        ], rows=140),
        Table(S, "Appointment", [
            Col("id", "text PRIMARY KEY", "none", uuid("ap")),
            Col("patientId", "text", "none", lambda c, i: uuid("pt")(c, c.r.randint(1, 140))),
            Col("slotStart", "timestamp(3)", "none", stamp(2024, 2025)),
            Col("reason", "text", "health", pick(*REASONS)),
            Col("bookingRef", "text", "none", alnum(8)),
            Col("cancelToken", "text", "secret_token", alnum(40)),
            Col("status", "text", "none", pick("BOOKED", "ATTENDED", "ATTENDED", "DNA", "CANCELLED")),
            Col("bookedFromIp", "text", "ip_address", ipv4),
        ], rows=150, extra=[fk(S, "Appointment", "patientId", "Patient")]),
        Table(S, "Visit", [
            Col("id", "text PRIMARY KEY", "none", uuid("vi")),
            Col("patientId", "text", "none", lambda c, i: uuid("pt")(c, c.r.randint(1, 140))),
            Col("clinicianId", "text", "none", lambda c, i: uuid("cl")(c, c.r.randint(1, 22))),
            Col("appointmentId", "text", "none", maybe(0.8, lambda c, i: uuid("ap")(c, c.r.randint(1, 150)))),
            Col("visitDate", "date", "none", day(2023, 2024)),
            Col("symptoms", "text", "health", pick("none", "none", "dysuria", "urethral discharge", "rash", "sore throat")),
            Col("treatmentGiven", "text", "health", pick("", "", "Ceftriaxone 1g IM", "Doxycycline 100mg bd 7/7",
                                                         "Benzathine penicillin 2.4MU IM", "PEP 28 days")),
            Col("clinicalNote", "text", "free_text_may_contain_pii", templ(NOTES, n=NAMES, t=TELS)),
        ], rows=150, extra=[fk(S, "Visit", "patientId", "Patient"), fk(S, "Visit", "clinicianId", "Clinician"),
                            fk(S, "Visit", "appointmentId", "Appointment")]),
        Table(S, "SexualHistory", [
            Col("id", "text", "none", uuid("sh")),
            Col("visitId", "text", "none", lambda c, i: uuid("vi")(c, i)),
            Col("partnersLast3Months", "integer", "sex_life", num(0, 25)),
            Col("partnerGenders", "text", "sex_life", pick("male", "male", "female", "male,female", "male,trans woman")),
            Col("receptiveAnal", "boolean", "sex_life", pick(True, False)),
            Col("condomUse", "text", "sex_life", pick("always", "sometimes", "never")),
            Col("chemsex", "boolean", "sex_life", pick(True, False, False, False)),
            Col("sexWork", "boolean", "sex_life", pick(True, False, False, False, False)),
            Col("injectingDrugUse", "boolean", "health", pick(True, False, False, False, False)),
            Col("onPrep", "boolean", "health", pick(True, True, False)),
            Col("partnerHivStatus", "text", "health", pick("unknown", "negative", "positive, undetectable", "n/a")),
            Col("contraception", "text", "health", pick(None, None, "COC", "LARC - implant", "Mirena IUS", "none")),
            Col("lastSexDate", "date", "sex_life", day(2024, 2024)),
        ], rows=150, extra=[fk(S, "SexualHistory", "visitId", "Visit")]),
        Table(S, "LabResult", [
            Col("id", "text", "none", uuid("lr")),
            Col("visitId", "text", "none", lambda c, i: uuid("vi")(c, c.r.randint(1, 150))),
            Col("specimenNumber", "text", "none", lambda c, i: f"M24{digits(c, 7)}"),
            Col("testName", "text", "health", lab.f("t")),
            Col("site", "text", "health", lab.f("site")),
            Col("result", "text", "health", lab.f("v")),
            Col("reportedAt", "timestamp(3)", "none", stamp(2023, 2024)),
            Col("resultSmsSent", "boolean", "none", pick(True, False)),
        ], rows=150, extra=[fk(S, "LabResult", "visitId", "Visit")]),
        Table(S, "HlaTest", [
            Col("id", "text", "none", uuid("hl")),
            Col("patientId", "text", "none", lambda c, i: uuid("pt")(c, c.r.randint(1, 140))),
            Col("allele", "text", "none", pick("HLA-B*57:01")),
            Col("result", "text", "genetic", pick("Not detected", "Not detected", "Not detected", "Detected")),
            Col("lab", "text", "none", pick("NHISL St James's", "Beaumont Tissue Typing")),
            Col("reportedAt", "date", "none", day(2019, 2024)),
        ], rows=80, extra=[fk(S, "HlaTest", "patientId", "Patient")]),
        Table(S, "PrepPrescription", [
            Col("id", "text", "none", uuid("rx")),
            Col("patientId", "text", "none", lambda c, i: uuid("pt")(c, c.r.randint(1, 140))),
            Col("drug", "text", "health", rx.f("d")),
            Col("regimen", "text", "health", rx.f("reg")),
            Col("quantity", "integer", "none", rx.f("qty")),
            Col("pharmacy", "text", "none", pick("Hickey's Parnell St", "Boots Grafton St", "McCabes Rathmines")),
            Col("issuedAt", "date", "none", day(2023, 2024)),
            Col("gmsNumber", "text", "none", maybe(0.3, lambda c, i: f"{digits(c, 6)}{c.r.choice('ABCDEFGHJ')}")),
        ], rows=130, extra=[fk(S, "PrepPrescription", "patientId", "Patient")]),
        Table(S, "PartnerNotification", [
            Col("id", "text", "none", uuid("pn")),
            Col("indexPatientId", "text", "none", lambda c, i: uuid("pt")(c, c.r.randint(1, 140))),
            Col("infection", "text", "health", pick("Chlamydia", "Gonorrhoea", "Syphilis", "HIV", "M. genitalium")),
            Col("contactName", "text", "person_name", maybe(0.7, pn.f("first"))),
            Col("contactPhone", "text", "phone", maybe(0.6, pn.f("phone"))),
            Col("contactEmail", "text", "email", maybe(0.3, pn.f("email"))),
            Col("method", "text", "none", pick("patient referral", "provider referral", "anonymous SMS")),
            Col("outcome", "text", "none", pick("attended", "not known", "attended elsewhere")),
            Col("notes", "text", "free_text_may_contain_pii", templ(PN_NOTES, n=NAMES, t=TELS)),
        ], rows=100, extra=[fk(S, "PartnerNotification", "indexPatientId", "Patient")]),
        Table(S, "SmsMessage", [
            Col("id", "integer", "none", idx),
            Col("to", "text", "phone", lambda c, i: ie_phone(c)),
            Col("body", "text", "none", pick("Your results are ready. Please call the clinic.",
                                              "Reminder: appt tomorrow 10:40. Reply N to cancel.",
                                              "All your recent results were clear.")),
            Col("providerSid", "text", "none", lambda c, i: "SM" + hexs(32)(c, i)),
            Col("status", "text", "none", pick("delivered", "delivered", "failed", "queued")),
            Col("sentAt", "timestamp(3)", "none", stamp(2024, 2024)),
        ], rows=150),
        Table(S, "AuditLog", [
            Col("id", "integer", "none", idx),
            Col("clinicianId", "text", "none", lambda c, i: uuid("cl")(c, c.r.randint(1, 22))),
            Col("action", "text", "none", pick("VIEW_PATIENT", "EDIT_VISIT", "EXPORT_RESULTS", "LOGIN")),
            Col("entityId", "text", "none", lambda c, i: uuid("pt")(c, c.r.randint(1, 140))),
            Col("ipAddress", "text", "ip_address", ipv4),
            Col("sessionId", "text", "secret_token", alnum(48)),
            Col("userAgent", "text", "none", pick("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/124.0", "okhttp/4.12.0")),
            Col("at", "timestamp(3)", "none", stamp(2024, 2024)),
        ], rows=150, extra=[fk(S, "AuditLog", "clinicianId", "Clinician")]),
    ]
