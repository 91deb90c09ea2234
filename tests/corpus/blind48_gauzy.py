"""ax_gauzy: tables of Ever Gauzy, the open-source business management platform (HRM, time tracking, recruiting),
re-created for a distributed software company with staff in Bulgaria, India, Ukraine, Brazil and the Philippines."""
from __future__ import annotations

from .blind26_gens import (C, alnum, amounts, b64, bcrypt, dates, fk, fkey, flag, hexs, ints, maybe, one, stamps,
                           uuid)
from .blind48_gens import any_name, person
from .gens import Table

S = "ax_gauzy"
USR, CAND = "gz.user", "gz.candidate"
N_TEN, N_ORG, N_USR, N_EMP, N_CAND = 4, 20, 110, 100, 120


def _jwt(c, i):
    return f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{b64(c, 48).rstrip('=')}.{b64(c, 32).rstrip('=')}"


def _expense_note(c, i):
    return c.r.choice([None, "Client dinner, Sofia office.", "Coworking day pass.", "Taxi to airport",
                       f"Flight for {any_name('int')(c, i)} (new hire onboarding)", "Monitor for home office",
                       f"Reimburse to {any_name('int')(c, i)}, see receipt"])


def _feedback(c, i):
    return c.r.choice(["Strong on TypeScript, weak on SQL.", "Good culture fit.", "Asked about salary early; ok.",
                       f"Referred by {any_name('int')(c, i)}; second round with CTO.", "No show.",
                       "Mentioned a pending surgery, wants to start in March."])


def gauzy_tables() -> list[Table]:
    u = lambda f: person("int", USR, f, 1970, 2003)           # noqa: E731
    k = lambda f: person("int", CAND, f, 1975, 2004)          # noqa: E731
    return [
        Table(S, "tenant", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("name", "varchar(60)", "none", one("Ever Co.", "Kodeline Labs", "Acme Demo Tenant")),
            C("logo", "varchar(200)", "none", lambda c, i: f"https://cdn.gauzy.local/logo/{hexs(c, 12)}.png"),
            C("createdAt", "timestamptz", "none", stamps(2021, 2023)),
        ], rows=N_TEN),
        Table(S, "organization", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("tenantId", "integer", "none", fk(N_TEN, 1)),
            C("name", "varchar(80)", "none", one("Kodeline Sofia", "Kodeline Bengaluru", "Kodeline Kyiv", "Kodeline BR",
                                                  "Kodeline Manila", "Northwind Client Squad")),
            C("officialName", "varchar(120)", "none", one("Kodeline EOOD", "Kodeline Software Pvt Ltd", "TOV Kodeline",
                                                          "Kodeline Tecnologia Ltda.", "Kodeline Philippines Inc.")),
            C("taxId", "varchar(20)", "none", lambda c, i: f"BG{c.r.randint(100000000, 999999999)}"),
            C("website", "varchar(80)", "none", one("https://kodeline.dev", "https://kodeline.in", "https://kodeline.com.br")),
            C("contactEmail", "varchar(80)", "none", one("hello@kodeline.dev", "office@kodeline.in", "contato@kodeline.com.br")),
            C("contactPhone", "varchar(24)", "none", one("+359 2 491 7720", "+91 80 4718 2200", "+55 11 3090-4411")),
            C("currency", "char(3)", "none", one("BGN", "EUR", "INR", "UAH", "BRL", "PHP")),
            C("defaultValueDateType", "varchar(12)", "none", one("TODAY", "END_OF_MONTH")),
            C("brandColor", "varchar(8)", "none", lambda c, i: "#" + hexs(c, 6)),
        ], rows=N_ORG, extra=[fkey(S, "organization", "tenantId", "tenant", "id")]),
        Table(S, "user", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("tenantId", "integer", "none", fk(N_TEN, 1)),
            C("firstName", "varchar(60)", "person_name", u("first")),
            C("lastName", "varchar(60)", "person_name", u("last")),
            C("email", "varchar(120)", "email", lambda c, i: f"{u('user')(c, i)}@kodeline.dev"),
            C("phoneNumber", "varchar(24)", "phone", maybe(u("mobile"), 0.6)),
            C("username", "varchar(60)", "none", u("user")),
            C("hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("refreshToken", "text", "secret_token", maybe(_jwt, 0.6)),
            C("emailToken", "varchar(64)", "secret_token", maybe(lambda c, i: hexs(c, 64), 0.2)),
            C("code", "integer", "secret_token", maybe(lambda c, i: c.r.randint(100000, 999999), 0.2),
              comment="magic login code"),
            C("imageUrl", "varchar(200)", "none", lambda c, i: f"https://cdn.gauzy.local/avatars/{uuid(c)}.jpg"),
            C("preferredLanguage", "varchar(5)", "none", one("en", "bg", "ru", "pt", "he")),
            C("timeZone", "varchar(40)", "none", one("Europe/Sofia", "Asia/Kolkata", "Europe/Kyiv", "America/Sao_Paulo")),
            C("isActive", "boolean", "none", flag(0.9)),
            C("lastLoginAt", "timestamptz", "none", stamps(2024, 2025)),
        ], rows=N_USR, extra=[fkey(S, "user", "tenantId", "tenant", "id")]),
        Table(S, "employee", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("userId", "integer", "none", lambda c, i: i),
            C("organizationId", "integer", "none", fk(N_ORG, 3)),
            C("startedWorkOn", "date", "none", dates(2018, 2025)),
            C("endWork", "date", "none", maybe(dates(2024, 2025), 0.1)),
            C("payPeriod", "varchar(12)", "none", one("MONTHLY", "BI_WEEKLY", "WEEKLY")),
            C("billRateValue", "numeric(8,2)", "none", amounts(12, 95)),
            C("reWeeklyLimit", "integer", "none", one(20, 30, 40)),
            C("employeeLevel", "varchar(10)", "none", one("Junior", "Middle", "Senior", "Lead")),
            C("averageIncome", "numeric(10,2)", "none", amounts(900, 7200)),
            C("anonymousBonus", "boolean", "none", flag(0.3)),
            C("linkedInUrl", "varchar(120)", "none", maybe(lambda c, i: f"https://www.linkedin.com/in/{u('user')(c, i).replace('.', '-')}", 0.6)),
            C("githubUrl", "varchar(120)", "none", maybe(lambda c, i: f"https://github.com/{alnum(c, 8, 'abcdefghijklmnopqrstuvwxyz')}", 0.5)),
            C("short_description", "varchar(200)", "none", one("Backend developer (NestJS)", "QA automation",
                                                              "Angular frontend", "DevOps / Kubernetes", "UX designer")),
            C("isVerified", "boolean", "none", flag(0.7)),
            C("totalWorkHours", "integer", "none", ints(40, 9000)),
        ], rows=N_EMP, extra=[fkey(S, "employee", "userId", "user", "id"),
                              fkey(S, "employee", "organizationId", "organization", "id")]),
        Table(S, "candidate", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("organizationId", "integer", "none", fk(N_ORG, 7)),
            C("firstName", "varchar(60)", "person_name", k("first")),
            C("lastName", "varchar(60)", "person_name", k("last")),
            C("email", "varchar(120)", "email", k("email")),
            C("phone", "varchar(24)", "phone", k("mobile")),
            C("dob", "date", "birth_date", maybe(k("birth"), 0.5)),
            C("address", "varchar(200)", "postal_address", maybe(k("a_full"), 0.6)),
            C("cvUrl", "varchar(200)", "none", lambda c, i: f"https://files.gauzy.local/cv/{uuid(c)}.pdf"),
            C("source", "varchar(20)", "none", one("LinkedIn", "Referral", "Djinni", "Jobs.bg", "Naukri")),
            C("rating", "numeric(2,1)", "none", amounts(1, 5, 1)),
            C("status", "varchar(12)", "none", one("APPLIED", "INTERVIEW", "HIRED", "REJECTED")),
            C("appliedDate", "date", "none", dates(2023, 2025)),
            C("expectedSalary", "numeric(9,2)", "none", amounts(800, 6500)),
            C("feedback", "text", "free_text_may_contain_pii", _feedback),
        ], rows=N_CAND, extra=[fkey(S, "candidate", "organizationId", "organization", "id")]),
        Table(S, "time_log", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("employeeId", "integer", "none", fk(N_EMP, 13)),
            C("startedAt", "timestamptz", "none", stamps(2025, 2025)),
            C("logType", "varchar(10)", "none", one("TRACKED", "MANUAL", "IDLE")),
            C("source", "varchar(12)", "none", one("DESKTOP", "BROWSER", "MOBILE")),
            C("description", "varchar(200)", "none", one("Sprint 42 tickets", "Code review", "Standup", "Bugfix GZ-881")),
            C("isBillable", "boolean", "none", flag(0.8)),
            C("duration", "integer", "none", ints(300, 28800)),
            C("screenshotUrl", "varchar(200)", "none", lambda c, i: f"https://files.gauzy.local/shots/{uuid(c)}.png"),
        ], rows=150, extra=[fkey(S, "time_log", "employeeId", "employee", "id")]),
        Table(S, "expense", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("employeeId", "integer", "none", fk(N_EMP, 17, 5)),
            C("vendorName", "varchar(80)", "none", one("Bolt", "Lufthansa", "Uber", "eMAG", "Amazon.in", "Regus")),
            C("categoryName", "varchar(40)", "none", one("Travel", "Equipment", "Meals", "Office")),
            C("amount", "numeric(9,2)", "none", amounts(4, 1800)),
            C("currency", "char(3)", "none", one("EUR", "BGN", "INR", "USD")),
            C("notes", "text", "free_text_may_contain_pii", _expense_note),
            C("receipt", "varchar(200)", "none", lambda c, i: f"https://files.gauzy.local/receipts/{hexs(c, 16)}.jpg"),
            C("typeOfExpense", "varchar(20)", "none", one("TAX_DEDUCTIBLE", "NOT_TAX_DEDUCTIBLE", "BILLABLE_TO_CONTACT")),
            C("valueDate", "date", "none", dates(2024, 2025)),
        ], rows=120, extra=[fkey(S, "expense", "employeeId", "employee", "id")]),
        Table(S, "invite", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("organizationId", "integer", "none", fk(N_ORG, 3)),
            C("email", "varchar(120)", "email", lambda c, i: person("int", "gz.invitee", "email")(c, i)),
            C("fullName", "varchar(120)", "person_name", maybe(lambda c, i: person("int", "gz.invitee", "full")(c, i), 0.6)),
            C("token", "varchar(64)", "secret_token", lambda c, i: hexs(c, 64)),
            C("code", "varchar(6)", "secret_token", lambda c, i: alnum(c, 6, "0123456789")),
            C("status", "varchar(10)", "none", one("INVITED", "ACCEPTED", "EXPIRED")),
            C("invitedById", "integer", "none", fk(N_USR, 9)),
            C("expireDate", "date", "none", dates(2024, 2026)),
        ], rows=90, extra=[fkey(S, "invite", "organizationId", "organization", "id"),
                           fkey(S, "invite", "invitedById", "user", "id")]),
    ]
