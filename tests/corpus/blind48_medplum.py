"""ax_medplum: the PostgreSQL tables of Medplum, the open-source FHIR healthcare platform, re-created for a
Boston community clinic: one table per FHIR resource type (camelCase search columns beside the JSON `content`),
the users, their logins and the client applications."""
from __future__ import annotations

import json

from .blind26_gens import (C, amounts, b64, bcrypt, cached, dates, fk, fkey, flag, hexs, maybe, one, public_ip, stamps,
                           uuid)
from .blind48_gens import any_mobile, any_name, person
from .gens import Table

S = "ax_medplum"
PAT, PRAC, USR = "md.patient", "md.practitioner", "md.user"
N_PAT, N_PRAC, N_USR, N_PROJ = 140, 30, 90, 6


def _pid(c, i):
    return i


def _content(c, i):
    p = lambda f: person("us", PAT, f, 1938, 2020)(c, i)       # noqa: E731
    return json.dumps({"resourceType": "Patient", "name": [{"given": [p("first")], "family": p("last")}],
                       "birthDate": p("birth").isoformat(), "telecom": [{"system": "phone", "value": p("mobile")}],
                       "address": [{"line": [p("a_line")], "city": p("a_city"), "postalCode": p("a_post")}]})


def _obs(c, i):
    return cached(c, ("ax", "md.obs", i), lambda cx: _draw_obs(cx))["v"]


def _draw_obs(c):
    code, unit, lo, hi = c.r.choice([("8480-6", "mm[Hg]", 95, 190), ("2339-0", "mg/dL", 65, 310),
                                     ("4548-4", "%", 4.8, 12.5), ("29463-7", "kg", 40, 150)])
    return {"v": (code, unit, round(c.r.uniform(lo, hi), 1))}


def _obs_content(c, i):
    code, unit, v = _obs(c, i)
    return json.dumps({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org",
                       "code": code}]}, "valueQuantity": {"value": v, "unit": unit}})


def _note(c, i):
    return c.r.choice([None, None, "Pt reports improved sleep.", "Refill requested via portal.",
                       f"Daughter {any_name('us')(c, i)} will pick up meds, call {any_mobile('us')(c, i)}",
                       "Counselled on diet and exercise.", f"Interpreter needed; spoke with son {any_name('us')(c, i)}."])


def medplum_tables() -> list[Table]:
    p = lambda f: person("us", PAT, f, 1938, 2020)             # noqa: E731
    d = lambda f: person("us", PRAC, f, 1955, 1995)            # noqa: E731
    u = lambda f: person("us", USR, f, 1960, 2000)             # noqa: E731
    ref = lambda kind, n, step: lambda c, i: f"{kind}/{(i * step) % n + 1}"   # noqa: E731
    return [
        Table(S, "Project", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("name", "varchar(80)", "none", one("Dorchester Community Health", "Roxbury Diabetes Program",
                                                  "Quincy Telehealth", "Staging", "Research sandbox")),
            C("owner", "varchar(60)", "none", lambda c, i: f"User/{i}"),
            C("features", "varchar(80)", "none", one("bots,email", "bots", "cron,email,bots", "")),
            C("strictMode", "boolean", "none", flag(0.8)),
            C("lastUpdated", "timestamptz", "none", stamps(2023, 2025)),
        ], rows=N_PROJ),
        Table(S, "Practitioner", [
            C("id", "integer PRIMARY KEY", "none", _pid),
            C("projectId", "integer", "none", fk(N_PROJ, 1)),
            C("name", "varchar(120)", "person_name", d("full")),
            C("identifier", "varchar(20)", "none", lambda c, i: f"{c.r.choice('12')}{c.r.randint(100000000, 999999999)}",
              comment="NPI"),
            C("email", "varchar(120)", "email", lambda c, i: f"{d('user')(c, i)}@dorchesterchc.org"),
            C("phone", "varchar(24)", "phone", d("mobile")),
            C("gender", "varchar(10)", "none", lambda c, i: {"M": "male", "F": "female"}[d("sex")(c, i)]),
            C("qualification", "varchar(40)", "none", one("MD", "NP", "PA-C", "RN", "LICSW")),
            C("active", "boolean", "none", flag(0.9)),
            C("lastUpdated", "timestamptz", "none", stamps(2023, 2025)),
        ], rows=N_PRAC, extra=[fkey(S, "Practitioner", "projectId", "Project", "id")]),
        Table(S, "Patient", [
            C("id", "integer PRIMARY KEY", "none", _pid),
            C("projectId", "integer", "none", fk(N_PROJ, 1)),
            C("content", "text", "free_text_may_contain_pii", _content, comment="the FHIR resource as JSON"),
            C("name", "varchar(120)", "person_name", p("full")),
            C("given", "varchar(60)", "person_name", p("first")),
            C("family", "varchar(60)", "person_name", p("last")),
            C("birthdate", "date", "birth_date", p("birth")),
            C("gender", "varchar(10)", "none", lambda c, i: {"M": "male", "F": "female"}[p("sex")(c, i)]),
            C("telecom", "varchar(30)", "phone", p("mobile")),
            C("email", "varchar(120)", "email", maybe(p("email"), 0.7)),
            C("address", "varchar(200)", "postal_address", p("a_full")),
            C("addressCity", "varchar(40)", "none", p("a_city")),
            C("addressPostalCode", "varchar(10)", "postal_address", p("a_post")),
            C("identifier", "varchar(16)", "national_id", maybe(p("natid"), 0.6), comment="SSN, when collected"),
            C("mrn", "varchar(16)", "none", lambda c, i: f"DCH{i + 400000}"),
            C("race", "varchar(60)", "ethnic_origin", one("White", "Black or African American", "Asian",
                                                          "Hispanic or Latino", "Declined to specify")),
            C("sexualOrientation", "varchar(40)", "sex_life", maybe(one("Straight or heterosexual", "Lesbian or gay",
                                                                         "Bisexual", "Choose not to disclose"), 0.6),
              comment="US Core SDOH"),
            C("generalPractitioner", "varchar(40)", "none", ref("Practitioner", N_PRAC, 7)),
            C("deceased", "boolean", "none", flag(0.02)),
            C("lastUpdated", "timestamptz", "none", stamps(2023, 2025)),
        ], rows=N_PAT, extra=[fkey(S, "Patient", "projectId", "Project", "id")]),
        Table(S, "Observation", [
            C("id", "integer PRIMARY KEY", "none", _pid),
            C("subjectId", "integer", "none", fk(N_PAT, 3)),
            C("performerId", "integer", "none", fk(N_PRAC, 5)),
            C("content", "text", "health", _obs_content),
            C("code", "varchar(12)", "health", lambda c, i: _obs(c, i)[0], comment="LOINC"),
            C("valueQuantity", "numeric(7,1)", "health", lambda c, i: _obs(c, i)[2]),
            C("status", "varchar(12)", "none", one("final", "final", "amended", "preliminary")),
            C("effectiveDateTime", "timestamptz", "none", stamps(2024, 2025)),
            C("note", "text", "free_text_may_contain_pii", _note),
            C("lastUpdated", "timestamptz", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "Observation", "subjectId", "Patient", "id"),
                            fkey(S, "Observation", "performerId", "Practitioner", "id")]),
        Table(S, "MedicationRequest", [
            C("id", "integer PRIMARY KEY", "none", _pid),
            C("subjectId", "integer", "none", fk(N_PAT, 11)),
            C("requesterId", "integer", "none", fk(N_PRAC, 3)),
            C("medication", "varchar(80)", "health", one("metformin 500 mg tab", "lisinopril 10 mg tab",
                                                         "buprenorphine-naloxone 8-2 mg film", "sertraline 50 mg tab",
                                                         "emtricitabine-tenofovir 200-300 mg tab", "insulin glargine")),
            C("dosageInstruction", "varchar(120)", "health", one("1 tab PO BID with meals", "1 tab PO daily",
                                                                 "1 film SL daily", "10 units SC at bedtime")),
            C("status", "varchar(12)", "none", one("active", "completed", "stopped", "on-hold")),
            C("intent", "varchar(12)", "none", one("order", "plan")),
            C("authoredOn", "date", "none", dates(2023, 2025)),
            C("refills", "smallint", "none", lambda c, i: c.r.randint(0, 5)),
            C("copay", "numeric(7,2)", "none", amounts(0, 45)),
        ], rows=130, extra=[fkey(S, "MedicationRequest", "subjectId", "Patient", "id"),
                            fkey(S, "MedicationRequest", "requesterId", "Practitioner", "id")]),
        Table(S, "User", [
            C("id", "integer PRIMARY KEY", "none", _pid),
            C("firstName", "varchar(60)", "person_name", u("first")),
            C("lastName", "varchar(60)", "person_name", u("last")),
            C("email", "varchar(120)", "email", u("email")),
            C("passwordHash", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "10", "2a")),
            C("mfaSecret", "varchar(40)", "secret_token", maybe(lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                                                                                 for _ in range(32)), 0.5)),
            C("mfaEnrolled", "boolean", "none", flag(0.5)),
            C("emailVerified", "boolean", "none", flag(0.9)),
            C("admin", "boolean", "none", flag(0.1)),
            C("projectId", "integer", "none", fk(N_PROJ, 1)),
        ], rows=N_USR, extra=[fkey(S, "User", "projectId", "Project", "id")]),
        Table(S, "Login", [
            C("id", "uuid PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("userId", "integer", "none", fk(N_USR, 7)),
            C("authMethod", "varchar(12)", "none", one("password", "google", "external", "client")),
            C("code", "varchar(40)", "secret_token", lambda c, i: hexs(c, 32)),
            C("cookie", "varchar(40)", "secret_token", lambda c, i: hexs(c, 32)),
            C("refreshSecret", "varchar(60)", "secret_token", lambda c, i: b64(c, 32)),
            C("codeChallengeMethod", "varchar(8)", "none", one("S256", "plain")),
            C("remoteAddress", "inet", "ip_address", lambda c, i: public_ip(c, (24, 50, 66, 73, 96, 108, 173))),
            C("userAgent", "varchar(160)", "none", one("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15",
                                                       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                                       "Medplum-App/3.1 (iPhone; iOS 17.4)")),
            C("granted", "boolean", "none", flag(0.95)),
            C("revoked", "boolean", "none", flag(0.1)),
            C("authTime", "timestamptz", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "Login", "userId", "User", "id")]),
    ]
