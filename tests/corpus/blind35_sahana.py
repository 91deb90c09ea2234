"""ak_sahana: Sahana Eden (open-source disaster management, web2py) as recalled from memory, as deployed for the
September 2023 Derna flood in eastern Libya: responding organisations and offices, registered persons with their
contacts, identities, physical descriptions and details, shelters and shelter registrations, staff and logins."""
from __future__ import annotations

from decimal import Decimal

from .blind26_gens import (C, cached, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           seq, stamps, uuid)
from .blind35_gens import POOLS, any_name, person
from .gens import Table

S = "ak_sahana"
PR = "sa.person"
N_ORG, N_OFF, N_PER, N_SHEL, N_AUTH, N_LOC = 80, 80, 150, 30, 80, 150
ORGS = [("Libyan Red Crescent - Derna branch", "LRC"), ("Médecins Sans Frontières", "MSF"),
        ("International Medical Corps", "IMC"), ("UNICEF Libya", "UNICEF"), ("IOM Libya", "IOM"),
        ("WFP Libya", "WFP"), ("Libyan Emergency Medicine Centre", "EMC"), ("Al-Bayda Medical Centre", "BMC"),
        ("Derna Municipality Crisis Committee", "DMCC"), ("Benghazi Scouts and Guides", "BSG")]
SHELTERS = ["Omar Al-Mukhtar University hall", "Al-Fatah school", "Shahat sports centre", "Al-Bayda youth hostel",
            "Susa mosque annex", "Tent camp Wadi Al-Kuf", "Al-Qubba school", "Martuba community hall"]


def _home(c, i):
    lat, lon = (32.767, 22.637)
    return cached(c, ("sa.loc", i), lambda cx: {"lat": Decimal(str(round(lat + cx.r.uniform(-0.03, 0.03), 6))),
                                                 "lon": Decimal(str(round(lon + cx.r.uniform(-0.04, 0.04), 6)))})


def _person_comments(c, i):
    return c.r.choice([None, None, None, "Lost house in Al-Bilad; all documents lost",
                       f"Looking for brother {any_name('ly')(c, i)}, last seen Wadi Derna bridge",
                       f"Cousin in Benghazi can host, tel +218 92-{digits(c, 7)}", "Registered at Al-Fatah school",
                       "Family of 7, two elderly"])


def _medical(c, i):
    return c.r.choice([None, None, "Diabetic, insulin lost in flood", "Hypertension", "Crush injury left leg, cast",
                       "Pregnant, 7 months", "Wheelchair user", "Asthma", "Dialysis 3x weekly (Al-Bayda)",
                       "Acute stress reaction, referred to PSS team", "Aspiration pneumonia, treated"])


def sahana_tables() -> list[Table]:
    p = lambda f: person("ly", PR, f, 1940, 2022)           # noqa: E731
    a = lambda f: person("ly", "sa.auth", f, 1970, 2001)    # noqa: E731
    return [
        Table(S, "org_organisation", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "varchar(128)", "none", lambda c, i: "urn:uuid:" + uuid(c)),
            C("name", "varchar(128)", "none", lambda c, i: ORGS[i % 10][0] + ("" if i <= 10 else f" ({i})")),
            C("acronym", "varchar(16)", "none", lambda c, i: ORGS[i % 10][1]),
            C("organisation_type_id", "integer", "none", ints(1, 7)),
            C("country", "varchar(2)", "none", one("LY", "LY", "CH", "US", "FR")),
            C("website", "varchar(255)", "none", lambda c, i: f"https://org{i}.example.ly"),
            C("phone", "varchar(32)", "none", lambda c, i: f"+218 81-{digits(c, 6)}"),
            C("comments", "text", "none", maybe(one("Health cluster lead", "WASH partner", "Shelter cluster"), 0.4)),
            C("created_on", "timestamp", "none", stamps(2023, 2023)),
            C("deleted", "boolean", "none", flag(0.05)),
        ], rows=N_ORG),
        Table(S, "org_office", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", lambda c, i: f"{c.r.choice(POOLS['ly']['city'])} field office {i}"),
            C("code", "varchar(10)", "none", lambda c, i: f"OF{i:03d}"),
            C("organisation_id", "integer", "none", fk(N_ORG, 3)),
            C("phone1", "varchar(32)", "none", lambda c, i: f"+218 84-{digits(c, 6)}"),
            C("phone2", "varchar(32)", "none", const(None)),
            C("email", "varchar(128)", "none", lambda c, i: f"derna.office{i}@relief.org.ly"),
            C("fax", "varchar(32)", "none", const(None)),
            C("comments", "text", "none", maybe(one("Open 8-20", "Generator only", "Shared with WFP"), 0.4)),
            C("obsolete", "boolean", "none", flag(0.1)),
        ], rows=N_OFF, extra=[fkey(S, "org_office", "organisation_id", "org_organisation", "id")]),
        Table(S, "gis_location", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", const(None)),
            C("level", "varchar(2)", "none", const(None)),
            C("parent", "integer", "none", const(None)),
            C("addr_street", "text", "postal_address", lambda c, i: person("ly", PR, "a_line")(c, i)),
            C("addr_postcode", "varchar(128)", "none", const(None)),
            C("lat", "numeric(10,6)", "geo_location", lambda c, i: _home(c, i)["lat"]),
            C("lon", "numeric(10,6)", "geo_location", lambda c, i: _home(c, i)["lon"]),
            C("inherited", "boolean", "none", const(False)),
        ], rows=N_LOC, comment="home addresses of registered persons (specific locations only)"),
        Table(S, "pr_person", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("pe_id", "integer", "none", lambda c, i: 1000 + i),
            C("pe_label", "varchar(128)", "none", lambda c, i: f"DRN-{i:05d}"),
            C("first_name", "varchar(64)", "person_name", p("first")),
            C("middle_name", "varchar(64)", "person_name", p("middle")),
            C("last_name", "varchar(64)", "person_name", p("last")),
            C("initials", "varchar(8)", "none", const(None)),
            C("preferred_name", "varchar(64)", "person_name", maybe(lambda c, i: "Um " + p("middle")(c, i)
                                                                    if p("sex")(c, i) == "F" else "Abu " + p("middle")(c, i), 0.2)),
            C("local_name", "varchar(128)", "none", const(None)),
            C("gender", "integer", "none", lambda c, i: 2 if p("sex")(c, i) == "F" else 3),
            C("date_of_birth", "date", "birth_date", p("birth")),
            C("age_group", "integer", "none", one(1, 2, 3, 4, 5)),
            C("deceased", "boolean", "none", flag(0.06)),
            C("date_of_death", "date", "none", maybe(dates(2023, 2023), 0.06)),
            C("comments", "text", "free_text_may_contain_pii", _person_comments),
            C("created_on", "timestamp", "none", stamps(2023, 2024)),
        ], rows=N_PER),
        Table(S, "pr_person_details", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", seq()),
            C("nationality", "varchar(2)", "none", one("LY", "LY", "LY", "LY", "EG", "SD", "SY")),
            C("religion", "varchar(128)", "religious_belief", one("muslim", "muslim", "muslim", "christian", "other")),
            C("marital_status", "integer", "none", ints(1, 5)),
            C("occupation", "varchar(128)", "none", one("Teacher", "Fisherman", "Student", "Housewife", "Engineer",
                                                        "Unemployed", "Day labourer", "Nurse")),
            C("father_name", "varchar(128)", "person_name", p("middle")),
            C("mother_name", "varchar(128)", "person_name", lambda c, i: c.r.choice(POOLS["ly"]["f"]) + " "
              + c.r.choice(POOLS["ly"]["last"])),
            C("company", "varchar(128)", "none", maybe(one("Derna Port Authority", "Al-Wahda Bank", "GECOL"), 0.3)),
            C("affiliations", "text", "political_opinion", maybe(one("Justice and Construction Party", "National Forces Alliance",
                                                                     "Supporter of the House of Representatives"), 0.2)),
            C("alias", "varchar(128)", "none", const(None)),
        ], rows=N_PER, extra=[fkey(S, "pr_person_details", "person_id", "pr_person", "id")]),
        Table(S, "pr_contact", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("pe_id", "integer", "none", lambda c, i: 1000 + (i - 1) % N_PER + 1),
            C("contact_method", "varchar(10)", "none", lambda c, i: "SMS" if i % 3 else "HOME_PHONE"),
            C("value", "varchar(255)", "phone", lambda c, i: p("mobile")(c, i) if i % 3 else p("phone")(c, i)),
            C("contact_description", "varchar(128)", "none", maybe(one("Own", "Neighbour's phone", "Work"), 0.5)),
            C("priority", "integer", "none", ints(1, 3)),
            C("comments", "text", "none", const(None)),
        ], rows=150),
        Table(S, "pr_identity", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", fk(N_PER, 1)),
            C("type", "integer", "none", lambda c, i: 2 if i % 5 else 1),
            C("value", "varchar(128)", "national_id", lambda c, i: p("natid")(c, i % N_PER + 1) if i % 5
              else f"{c.r.choice('ABCDEFG')}{digits(c, 7)}"),
            C("valid_from", "date", "none", maybe(dates(2015, 2023), 0.5)),
            C("valid_until", "date", "none", maybe(dates(2024, 2031), 0.5)),
            C("country_code", "varchar(2)", "none", const("LY")),
            C("ia_name", "varchar(128)", "none", one("Civil Registry Authority", "Passport Department", "")),
        ], rows=140, extra=[fkey(S, "pr_identity", "person_id", "pr_person", "id")]),
        Table(S, "pr_physical_description", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", seq()),
            C("ethnicity", "varchar(64)", "ethnic_origin", one("Arab", "Arab", "Arab", "Amazigh", "Tebu", "Tuareg")),
            C("blood_type", "varchar(3)", "health", maybe(one("O+", "A+", "B+", "AB+", "O-"), 0.5)),
            C("eye_color", "integer", "none", ints(1, 5)),
            C("hair_color", "integer", "none", ints(1, 6)),
            C("height", "integer", "none", ints(3, 6)),
            C("weight", "integer", "none", ints(2, 6)),
            C("skin_marks", "text", "none", maybe(one("Scar left cheek", "Tattoo right forearm", "Birthmark on neck"), 0.2)),
            C("medical_conditions", "text", "health", _medical),
            C("other_details", "text", "none", const(None)),
        ], rows=N_PER, extra=[fkey(S, "pr_physical_description", "person_id", "pr_person", "id")]),
        Table(S, "cr_shelter", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", lambda c, i: SHELTERS[i % len(SHELTERS)] + ("" if i <= 8 else f" {i}")),
            C("code", "varchar(10)", "none", lambda c, i: f"SH{i:02d}"),
            C("organisation_id", "integer", "none", fk(N_ORG, 7)),
            C("phone", "varchar(32)", "none", lambda c, i: f"+218 84-{digits(c, 6)}"),
            C("email", "varchar(128)", "none", lambda c, i: f"shelter{i}@dmcc.gov.ly"),
            C("capacity_day", "integer", "none", ints(40, 600)),
            C("population", "integer", "none", ints(0, 600)),
            C("status", "integer", "none", one(1, 2, 2, 3)),
            C("comments", "text", "none", maybe(one("No hot water", "Women's wing separate", "Closed Jan 2024"), 0.4)),
        ], rows=N_SHEL, extra=[fkey(S, "cr_shelter", "organisation_id", "org_organisation", "id")]),
        Table(S, "cr_shelter_registration", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("shelter_id", "integer", "none", fk(N_SHEL, 7)),
            C("person_id", "integer", "none", seq()),
            C("check_in_date", "timestamp", "none", stamps(2023, 2023)),
            C("check_out_date", "timestamp", "none", maybe(stamps(2024, 2024), 0.4)),
            C("registration_status", "integer", "none", one(1, 2, 3)),
            C("bed", "varchar(8)", "none", lambda c, i: f"{c.r.choice('ABCD')}{c.r.randint(1, 60)}"),
        ], rows=N_PER, extra=[fkey(S, "cr_shelter_registration", "shelter_id", "cr_shelter", "id"),
                              fkey(S, "cr_shelter_registration", "person_id", "pr_person", "id")]),
        Table(S, "auth_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(128)", "person_name", a("first")),
            C("last_name", "varchar(128)", "person_name", a("last")),
            C("email", "varchar(255)", "email", a("email")),
            C("password", "varchar(512)", "credentials", lambda c, i: f"pbkdf2(1000,20,sha512)${hexs(c, 16)}${hexs(c, 40)}"),
            C("registration_key", "varchar(512)", "secret_token", maybe(lambda c, i: uuid(c), 0.1)),
            C("reset_password_key", "varchar(512)", "secret_token", maybe(lambda c, i: f"{c.r.randint(1_690_000_000, 1_760_000_000)}-{uuid(c)}", 0.1)),
            C("organisation_id", "integer", "none", fk(N_ORG, 3)),
            C("language", "varchar(16)", "none", one("ar", "en")),
            C("timestmp", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_AUTH, extra=[fkey(S, "auth_user", "organisation_id", "org_organisation", "id")]),
        Table(S, "hrm_human_resource", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", lambda c, i: (i * 3) % N_PER + 1),
            C("organisation_id", "integer", "none", fk(N_ORG, 11)),
            C("type", "integer", "none", one(1, 2)),
            C("code", "varchar(64)", "none", lambda c, i: f"V{i:04d}"),
            C("job_title", "varchar(64)", "none", one("Volunteer", "Doctor", "Nurse", "Logistician", "Psychologist")),
            C("status", "integer", "none", one(1, 1, 2)),
            C("start_date", "date", "none", dates(2023, 2023)),
            C("deployment_notes", "text", "none", maybe(one("Night shift", "Field team B", "Psychosocial support"), 0.4)),
        ], rows=100, extra=[fkey(S, "hrm_human_resource", "organisation_id", "org_organisation", "id"),
                            fkey(S, "hrm_human_resource", "person_id", "pr_person", "id")]),
    ]


