"""z_race: the registration and timing database of an Israeli road-race organiser (night runs and half marathons
in Tel Aviv, Haifa and Jerusalem), written in-house with camelCase columns and Hebrew values: events, running clubs,
runners, registrations, results, medical incidents on the course and refunds."""
from __future__ import annotations

import random

from .blind22_gens import (alnum, bcrypt, boolean, day, fk, fkey, iban, maybe, money, part, pick, rdate, row, seq,
                           slug, teudat_zehut)
from .gens import Col, Table

S = "z_race"
FIRST = [("Noa", "נועה", 1), ("Tamar", "תמר", 1), ("Maya", "מאיה", 1), ("Shira", "שירה", 1), ("Yael", "יעל", 1),
         ("Michal", "מיכל", 1), ("Adi", "עדי", 1), ("Rivka", "רבקה", 1), ("Lior", "ליאור", 0), ("Omer", "עומר", 0),
         ("Itai", "איתי", 0), ("Yonatan", "יונתן", 0), ("Eitan", "איתן", 0), ("Daniel", "דניאל", 0), ("Avi", "אבי", 0),
         ("Moshe", "משה", 0), ("Amir", "אמיר", 0), ("Nadav", "נדב", 0), ("Yusuf", "יוסף", 0), ("Rana", "רנא", 1)]
LAST = [("Cohen", "כהן"), ("Levi", "לוי"), ("Mizrahi", "מזרחי"), ("Peretz", "פרץ"), ("Biton", "ביטון"),
        ("Dahan", "דהן"), ("Avraham", "אברהם"), ("Friedman", "פרידמן"), ("Azoulay", "אזולאי"), ("Katz", "כץ"),
        ("Goldberg", "גולדברג"), ("Shapira", "שפירא"), ("Ben David", "בן דוד"), ("Haddad", "חדאד"), ("Halabi", "חלבי")]
CITIES = [("Tel Aviv-Yafo", ["Dizengoff", "Ibn Gabirol", "Allenby", "Ben Yehuda", "Frishman"]),
          ("Haifa", ["Herzl", "Moriah", "HaNassi"]), ("Jerusalem", ["Emek Refaim", "Jaffa", "King George"]),
          ("Ramat Gan", ["Bialik", "Jabotinsky"]), ("Be'er Sheva", ["Rager", "HaAtzmaut"]),
          ("Modi'in", ["Emek Dotan"]), ("Nazareth", ["Paulus VI"])]
EVENTS = [("Tel Aviv Night Run 2024", "Tel Aviv-Yafo"), ("Haifa Half Marathon 2024", "Haifa"),
          ("Jerusalem Winter 10K 2025", "Jerusalem"), ("Tel Aviv Night Run 2025", "Tel Aviv-Yafo"),
          ("Kinneret Sunrise 21K 2025", "Tiberias"), ("Eilat Desert Trail 2025", "Eilat")]
MAILS = ["gmail.com", "walla.co.il", "gmail.com", "hotmail.com", "bezeqint.net"]
CLUBS = ["Shvoong Running Club", "Haifa Runners", "Jerusalem Road Runners", "Run TLV", "Modi'in Runners",
         "Maccabi Tel Aviv Athletics", "Hapoel Be'er Sheva Athletics", "Galil Trail Team"]


def _runner(rr: random.Random, i: int) -> dict:
    first, first_he, fem = rr.choice(FIRST)
    last, last_he = rr.choice(LAST)
    city, streets = rr.choice(CITIES)
    ec_first, ec_he, _ = rr.choice(FIRST)
    return {"first": first, "first_he": first_he, "last": last, "last_he": last_he, "fem": bool(fem),
            "tz": teudat_zehut(rr), "dob": rdate(rr, 1950, 2008), "city": city,
            "street": f"{rr.choice(streets)} St {rr.randint(1, 180)}, apt {rr.randint(1, 40)}",
            "zip": f"{rr.randint(1000000, 9999999)}",
            "phone": f"05{rr.choice('0234578')}-{rr.randint(100, 999)}-{rr.randint(1000, 9999)}",
            "email": f"{slug(first)}{rr.choice(['.', '', '_'])}{slug(last.replace(' ', ''))}"
                     f"{rr.choice(['', str(rr.randint(1, 99))])}@{rr.choice(MAILS)}",
            "ec_name": f"{ec_first} {last}", "ec_phone": f"05{rr.choice('0234578')}-{rr.randint(1000000, 9999999)}"}


def R(name: str):
    return part("race.runner", _runner, name)


def race_tables() -> list[Table]:
    event = Table(S, "events", [
        Col("eventId", "integer PRIMARY KEY", "none", seq()),
        Col("eventName", "text", "none", lambda c, i: EVENTS[i - 1][0]),
        Col("city", "text", "none", lambda c, i: EVENTS[i - 1][1]),
        Col("eventDate", "date", "none", day(2024, 2025)),
        Col("distancesKm", "text", "none", pick("5,10", "10,21.1", "10", "21.1,42.2")),
        Col("medicalDirector", "text", "person_name", pick("Dr. Gil Shani", "Dr. Hila Rosen", "Dr. Samer Khoury")),
        Col("permitNo", "text", "none", lambda c, i: f"POL-{c.r.randint(10000, 99999)}")],
        rows=len(EVENTS))
    club = Table(S, "clubs", [
        Col("clubId", "integer PRIMARY KEY", "none", seq()),
        Col("clubName", "text", "none", lambda c, i: CLUBS[(i - 1) % len(CLUBS)] + ("" if i <= 8 else f" {i}")),
        Col("clubEmail", "text", "none", lambda c, i: f"info@{slug(CLUBS[(i - 1) % len(CLUBS)].split()[0])}run.co.il"),
        Col("coachName", "text", "person_name", lambda c, i: f"{c.r.choice(FIRST)[0]} {c.r.choice(LAST)[0]}"),
        Col("coachPhone", "text", "phone", lambda c, i: f"05{c.r.choice('0234')}-{c.r.randint(1000000, 9999999)}"),
        Col("clubCity", "text", "none", lambda c, i: c.r.choice(CITIES)[0]),
        Col("isAmutah", "boolean", "none", boolean(.5))],
        rows=80)
    runner = Table(S, "runners", [
        Col("runnerId", "integer PRIMARY KEY", "none", seq()),
        Col("teudatZehut", "varchar(9)", "national_id", R("tz")),
        Col("firstNameHe", "text", "person_name", R("first_he")),
        Col("lastNameHe", "text", "person_name", R("last_he")),
        Col("firstNameEn", "text", "person_name", R("first")),
        Col("lastNameEn", "text", "person_name", R("last")),
        Col("birthDate", "date", "birth_date", R("dob")),
        Col("gender", "char(1)", "none", lambda c, i: "F" if row(c, "race.runner", i, _runner)["fem"] else "M"),
        Col("city", "text", "none", R("city")),
        Col("street", "text", "postal_address", R("street")),
        Col("zip", "varchar(7)", "postal_address", R("zip")),
        Col("mobile", "text", "phone", R("phone")),
        Col("email", "text", "email", R("email")),
        Col("passwordHash", "text", "credentials", bcrypt),
        Col("clubId", "integer", "none", maybe(fk(80), .4)),
        Col("shirtSize", "varchar(4)", "none", pick("XS", "S", "M", "L", "XL")),
        Col("emergencyName", "text", "person_name", R("ec_name")),
        Col("emergencyPhone", "text", "phone", R("ec_phone")),
        Col("healthDeclaration", "boolean", "none", boolean(.97)),
        Col("medicalNotes", "text", "health", maybe(pick("אסתמה – נושא משאף", "Type 1 diabetic, carries glucose gel",
                                                         "קוצב לב", "Allergic to bee stings (EpiPen)", "אפילפסיה",
                                                         "After knee surgery 2023"), .2)),
        Col("marketingOptIn", "boolean", "none", boolean(.4))],
        rows=150, extra=[fkey(S, "runners", "clubId", "clubs", "clubId")])
    reg = Table(S, "registrations", [
        Col("registrationId", "integer PRIMARY KEY", "none", seq()),
        Col("runnerId", "integer", "none", fk(150)),
        Col("eventId", "integer", "none", fk(len(EVENTS))),
        Col("bib", "integer", "none", lambda c, i: 1000 + i),
        Col("distanceKm", "numeric(4,1)", "none", pick(5, 10, 21.1, 42.2)),
        Col("feeIls", "numeric(7,2)", "none", pick(90, 120, 160, 220, 0)),
        Col("couponCode", "text", "none", maybe(pick("SHVOONG20", "IDF-FREE", "EARLY24"), .2)),
        Col("paymentToken", "text", "secret_token", lambda c, i: f"tok_{alnum(28)(c, i)}"),
        Col("cardLast4", "varchar(4)", "none", lambda c, i: f"{c.r.randint(0, 9999):04d}"),
        Col("chipId", "text", "none", lambda c, i: f"E2000017{c.r.randint(10**15, 10**16 - 1):X}"),
        Col("registeredAt", "timestamp", "none", lambda c, i: f"2024-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d} "
                                                               f"{c.r.randint(6, 23):02d}:{c.r.randint(0, 59):02d}:00")],
        rows=150, extra=[fkey(S, "registrations", "runnerId", "runners", "runnerId"),
                         fkey(S, "registrations", "eventId", "events", "eventId")])
    result = Table(S, "results", [
        Col("resultId", "integer PRIMARY KEY", "none", seq()),
        Col("registrationId", "integer", "none", seq()),
        Col("gunTime", "interval", "none", lambda c, i: f"{c.r.randint(0, 2)}:{c.r.randint(15, 59):02d}:"
                                                        f"{c.r.randint(0, 59):02d}"),
        Col("chipTime", "interval", "none", lambda c, i: f"{c.r.randint(0, 2)}:{c.r.randint(15, 59):02d}:"
                                                         f"{c.r.randint(0, 59):02d}"),
        Col("overallRank", "integer", "none", lambda c, i: c.r.randint(1, 4000)),
        Col("ageGroup", "text", "none", pick("M35-39", "F30-34", "M40-44", "F45-49", "M20-24")),
        Col("dnf", "boolean", "none", boolean(.03)),
        Col("published", "boolean", "none", boolean(.95))],
        rows=140, extra=[fkey(S, "results", "registrationId", "registrations", "registrationId")])
    incident = Table(S, "medicalIncidents", [
        Col("incidentId", "integer PRIMARY KEY", "none", seq()),
        Col("registrationId", "integer", "none", fk(150)),
        Col("km", "numeric(4,1)", "none", money(0, 21, 1)),
        Col("description", "text", "health", pick("Heat exhaustion, IV fluids at aid station 3", "התעלפות בקו הסיום",
                                                  "Ankle sprain, ice and bandage", "Chest pain, ECG normal, released",
                                                  "היפוגליקמיה, קיבל גלוקוז", "Collapsed at km 18, cardiac arrest, "
                                                  "AED used", "Blisters", "Asthma attack, inhaler")),
        Col("treatedBy", "text", "none", pick("MDA", "Race medical team", "Hatzalah")),
        Col("evacuatedTo", "text", "none", maybe(pick("Ichilov", "Rambam", "Shaare Zedek", "Soroka"), .2)),
        Col("paramedicNotes", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice([
            "Runner stable, released", "Called wife {n} at {p}", "Father {n} picked him up", "No contact reached",
            "Contact {n} informed ({p})"]).format(n=c.r.choice(FIRST)[0], p=f"052-{c.r.randint(1000000, 9999999)}"))],
        rows=80, extra=[fkey(S, "medicalIncidents", "registrationId", "registrations", "registrationId")])
    refund = Table(S, "refunds", [
        Col("refundId", "integer PRIMARY KEY", "none", seq()),
        Col("registrationId", "integer", "none", fk(150)),
        Col("reason", "text", "none", pick("Event cancelled (security situation)", "Reserve duty (miluim)",
                                           "Duplicate payment", "Injury")),
        Col("accountHolder", "text", "person_name", lambda c, i: f"{c.r.choice(FIRST)[0]} {c.r.choice(LAST)[0]}"),
        Col("iban", "text", "iban", lambda c, i: iban("IL", f"{c.r.choice(['010', '012', '020', '011'])}"
                                                             f"{c.r.randint(100, 999)}{c.r.randint(10**12, 10**13 - 1)}")),
        Col("amountIls", "numeric(7,2)", "none", money(60, 220)),
        Col("processed", "boolean", "none", boolean(.8))],
        rows=90, extra=[fkey(S, "refunds", "registrationId", "registrations", "registrationId")])
    return [event, club, runner, reg, result, incident, refund]

