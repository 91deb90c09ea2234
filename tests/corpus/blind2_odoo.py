"""Odoo 16/17 (schema c_odoo): res_company, res_partner, res_users, res_users_apikeys, hr_employee, crm_lead."""
from __future__ import annotations

from .blind2_gens import (col, const, dob, eu_vat, flag, hexs, intr, opt, pbkdf2_sha512, pick_w, ref, text_pii, ts)
from .gens import Ctx, Table, ident, lat, lon, pick
from .clinical import passport

S = "c_odoo"
N_COMPANY, N_PARTNER, N_USERS, N_EMP = 90, 140, 110, 120


def _co(i: int) -> bool:
    """res_partner mixes companies (one row in four) with people (individual customers and company contacts)."""
    return i % 4 == 1


def _p(person, company):
    return lambda c, i: company(c, i) if _co(i) else person(c, i)


def _partner_parent(c: Ctx, i: int) -> int | None:
    return i - 1 if i % 4 == 2 else None


def res_company() -> Table:
    cols = [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("name", "varchar", "none", lambda c, i: c.fake.company()),
        col("partner_id", "integer", "none", lambda c, i: 4 * c.r.randint(0, 34) + 1),
        col("report_footer", "jsonb", "none", lambda c, i: '{"en_US": "%s | VAT %s"}' % (c.fake.url(), eu_vat(c, i))),
        col("email", "varchar", "none", lambda c, i: f"info@{c.fake.domain_name()}"),
        col("phone", "varchar", "none", lambda c, i: c.fake.phone_number()),
        col("company_registry", "varchar", "none", lambda c, i: f"RCS Paris {c.r.randint(300, 999)} "
                                                               f"{c.r.randint(100, 999)} {c.r.randint(100, 999)}"),
    ]
    return Table(S, "res_company", cols, rows=N_COMPANY)


def res_partner() -> Table:
    f = lambda m: (lambda c, i: getattr(c.fake, m)())  # noqa: E731
    cols = [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("name", "varchar", "person_name", _p(f("name"), f("company"))),
        col("complete_name", "varchar", "person_name",
            lambda c, i: c.fake.company() if _co(i) else (f"{c.fake.company()}, " if i % 4 == 2 else "") + c.fake.name()),
        col("company_id", "integer", "none", ref(N_COMPANY, 0.3)),
        col("parent_id", "integer", "none", _partner_parent),
        col("vat", "varchar", "none", lambda c, i: eu_vat(c, i) if _co(i) else None),
        col("website", "varchar", "none", lambda c, i: f"https://www.{c.fake.domain_name()}" if _co(i) else None),
        col("function", "varchar", "none", lambda c, i: None if _co(i) else c.fake.job()),
        col("type", "varchar", "none", lambda c, i: "contact" if _co(i) else c.r.choice(["contact", "invoice", "delivery"])),
        col("street", "varchar", "postal_address", lambda c, i: c.fake.street_address()),
        col("street2", "varchar", "postal_address", opt(0.3, lambda c, i: c.fake.secondary_address())),
        col("zip", "varchar", "postal_address", lambda c, i: c.fake.postcode()),
        col("city", "varchar", "none", lambda c, i: c.fake.city()),
        col("email", "varchar", "email", _p(lambda c, i: c.fake.email(), lambda c, i: f"info@{c.fake.domain_name()}")),
        col("email_normalized", "varchar", "email", _p(lambda c, i: c.fake.email(), lambda c, i: f"sales@{c.fake.domain_name()}")),
        col("phone", "varchar", "phone", lambda c, i: c.fake.phone_number()),
        col("mobile", "varchar", "phone", _p(lambda c, i: c.fake.phone_number(), const(None))),
        col("is_company", "boolean", "none", lambda c, i: _co(i)),
        col("commercial_company_name", "varchar", "none", lambda c, i: c.fake.company() if i % 4 in (1, 2) else None),
        col("comment", "text", "free_text_may_contain_pii", opt(0.8, text_pii(0.65, html=True))),
        col("partner_latitude", "numeric", "geo_location", opt(0.7, lat)),
        col("partner_longitude", "numeric", "geo_location", opt(0.7, lon)),
        col("signup_token", "varchar", "secret_token", opt(0.3, lambda c, i: c.fake.password(20, special_chars=False))),
        col("create_date", "timestamp", "none", ts()),
    ]
    extra = [f"ALTER TABLE {S}.res_partner ADD FOREIGN KEY (parent_id) REFERENCES {S}.res_partner (id)",
             f"ALTER TABLE {S}.res_partner ADD FOREIGN KEY (company_id) REFERENCES {S}.res_company (id)"]
    return Table(S, "res_partner", cols, rows=N_PARTNER, extra=extra,
                 comment="Odoo contacts: one row in four is a company, the rest are people")


def res_users() -> Table:
    cols = [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("active", "boolean", "none", flag(0.9)),
        col("login", "varchar", "email", lambda c, i: "admin" if i == 1 else c.fake.email()),
        col("password", "varchar", "credentials", pbkdf2_sha512),
        col("company_id", "integer", "none", ref(N_COMPANY)),
        col("partner_id", "integer", "none", lambda c, i: 4 * c.r.randint(0, 34) + c.r.choice([2, 3, 4])),
        col("signature", "text", "free_text_may_contain_pii",
            lambda c, i: f"<p>--<br>{c.fake.name()}<br>{c.fake.job()}<br>{c.fake.phone_number()}</p>"
            if c.r.random() < 0.75 else "<p><br></p>"),
        col("totp_secret", "varchar", "secret_token", opt(0.25, lambda c, i: "".join(
            c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)))),
        col("create_date", "timestamp", "none", ts()),
        col("login_date", "timestamp", "none", ts(2023, 2024)),
    ]
    extra = [f"ALTER TABLE {S}.res_users ADD FOREIGN KEY (partner_id) REFERENCES {S}.res_partner (id)",
             f"ALTER TABLE {S}.res_users ADD FOREIGN KEY (company_id) REFERENCES {S}.res_company (id)"]
    return Table(S, "res_users", cols, rows=N_USERS, extra=extra)


def res_users_apikeys() -> Table:
    cols = [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("name", "varchar", "none", pick("Zapier", "n8n sync", "Power BI", "mobile app", "backup script")),
        col("user_id", "integer", "none", ref(N_USERS)),
        col("scope", "varchar", "none", pick("rpc", None)),
        col("index", "varchar(8)", "none", hexs(8)),
        col("key", "varchar", "secret_token", pbkdf2_sha512),
        col("create_date", "timestamp", "none", ts()),
    ]
    return Table(S, "res_users_apikeys", cols, rows=85,
                 extra=[f"ALTER TABLE {S}.res_users_apikeys ADD FOREIGN KEY (user_id) REFERENCES {S}.res_users (id)"])


def hr_employee() -> Table:
    cols = [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("company_id", "integer", "none", ref(N_COMPANY)),
        col("work_contact_id", "integer", "none", lambda c, i: 4 * c.r.randint(0, 34) + 2),
        col("user_id", "integer", "none", ref(N_USERS, 0.6)),
        col("parent_id", "integer", "none", lambda c, i: c.r.randint(1, i - 1) if i > 3 else None),
        col("name", "varchar", "person_name", lambda c, i: c.fake.name()),
        col("job_title", "varchar", "none", lambda c, i: c.fake.job()),
        col("work_phone", "varchar", "phone", lambda c, i: c.fake.phone_number()),
        col("mobile_phone", "varchar", "phone", opt(0.7, lambda c, i: c.fake.phone_number())),
        col("work_email", "varchar", "email", lambda c, i: c.fake.company_email()),
        col("private_street", "varchar", "postal_address", lambda c, i: c.fake.street_address()),
        col("private_street2", "varchar", "postal_address", opt(0.3, lambda c, i: c.fake.secondary_address())),
        col("private_city", "varchar", "none", lambda c, i: c.fake.city()),
        col("private_zip", "varchar", "postal_address", lambda c, i: c.fake.postcode()),
        col("private_phone", "varchar", "phone", lambda c, i: c.fake.phone_number()),
        col("private_email", "varchar", "email", lambda c, i: c.fake.free_email()),
        col("gender", "varchar", "none", pick_w(("male", 5), ("female", 5), ("other", 1))),
        col("marital", "varchar", "none", pick("single", "married", "cohabitant", "widower", "divorced")),
        col("spouse_complete_name", "varchar", "person_name", opt(0.5, lambda c, i: c.fake.name())),
        col("spouse_birthdate", "date", "birth_date", opt(0.5, dob(1950, 2000))),
        col("place_of_birth", "varchar", "none", lambda c, i: c.fake.city()),
        col("birthday", "date", "birth_date", dob(1960, 2003)),
        col("ssnid", "varchar", "national_id", lambda c, i: c.fake.ssn()),
        col("sinid", "varchar", "national_id", opt(0.4, lambda c, i: f"{c.r.randint(100, 999)} {c.r.randint(100, 999)} "
                                                                  f"{c.r.randint(100, 999)}")),
        col("identification_id", "varchar", "national_id", lambda c, i: f"{c.r.randint(10, 99)}.{c.r.randint(1, 12):02d}."
                                                                     f"{c.r.randint(1, 28):02d}-{c.r.randint(100, 999)}."
                                                                     f"{c.r.randint(10, 97):02d}"),
        col("passport_id", "varchar", "national_id", opt(0.5, passport)),
        col("permit_no", "varchar", "national_id", opt(0.3, lambda c, i: f"B{c.r.randint(10**7, 10**8 - 1)}")),
        col("visa_no", "varchar", "national_id", opt(0.25, lambda c, i: f"{c.r.choice('CDV')}{c.r.randint(10**8, 10**9 - 1)}")),
        col("additional_note", "text", "free_text_may_contain_pii", opt(0.7, text_pii(0.7))),
        col("emergency_contact", "varchar", "person_name", lambda c, i: c.fake.name()),
        col("emergency_phone", "varchar", "phone", lambda c, i: c.fake.phone_number()),
        col("km_home_work", "integer", "none", intr(0, 80)),
        col("barcode", "varchar", "none", opt(0.6, lambda c, i: f"041{c.r.randint(10**9, 10**10 - 1)}")),
        col("pin", "varchar", "credentials", opt(0.7, lambda c, i: f"{c.r.randint(0, 9999):04d}")),
        col("private_car_plate", "varchar", "none", opt(0.4, lambda c, i: c.fake.license_plate())),
    ]
    extra = [f"ALTER TABLE {S}.hr_employee ADD FOREIGN KEY (parent_id) REFERENCES {S}.hr_employee (id)",
             f"ALTER TABLE {S}.hr_employee ADD FOREIGN KEY (user_id) REFERENCES {S}.res_users (id)",
             f"ALTER TABLE {S}.hr_employee ADD FOREIGN KEY (work_contact_id) REFERENCES {S}.res_partner (id)"]
    return Table(S, "hr_employee", cols, rows=N_EMP, extra=extra)


def crm_lead() -> Table:
    cols = [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("name", "varchar", "none", lambda c, i: c.r.choice([f"{c.r.randint(5, 200)} office chairs",
                                                               "Quote for ERP implementation", "Website redesign",
                                                               f"Renewal {c.r.randint(2023, 2025)}", "Training days",
                                                               "Need a price for 3 forklifts"])),
        col("user_id", "integer", "none", ref(N_USERS, 0.8)),
        col("partner_id", "integer", "none", ref(N_PARTNER, 0.5)),
        col("contact_name", "varchar", "person_name", lambda c, i: c.fake.name()),
        col("partner_name", "varchar", "none", opt(0.85, lambda c, i: c.fake.company())),
        col("function", "varchar", "none", opt(0.6, lambda c, i: c.fake.job())),
        col("email_from", "varchar", "email", lambda c, i: c.fake.email()),
        col("email_cc", "varchar", "email", opt(0.2, lambda c, i: c.fake.email())),
        col("phone", "varchar", "phone", lambda c, i: c.fake.phone_number()),
        col("mobile", "varchar", "phone", opt(0.5, lambda c, i: c.fake.phone_number())),
        col("phone_sanitized", "varchar", "phone", lambda c, i: "+1" + "".join(ch for ch in c.fake.msisdn()[:10])),
        col("website", "varchar", "none", opt(0.5, lambda c, i: c.fake.url())),
        col("street", "varchar", "none", lambda c, i: c.fake.street_address()),
        col("zip", "varchar", "none", lambda c, i: c.fake.postcode()),
        col("city", "varchar", "none", lambda c, i: c.fake.city()),
        col("description", "text", "free_text_may_contain_pii", text_pii(0.6, html=True)),
    ]
    extra = [f"ALTER TABLE {S}.crm_lead ADD FOREIGN KEY (partner_id) REFERENCES {S}.res_partner (id)",
             f"ALTER TABLE {S}.crm_lead ADD FOREIGN KEY (user_id) REFERENCES {S}.res_users (id)"]
    return Table(S, "crm_lead", cols, rows=130, extra=extra)


def odoo_tables() -> list[Table]:
    return [res_company(), res_partner(), res_users(), res_users_apikeys(), hr_employee(), crm_lead()]
