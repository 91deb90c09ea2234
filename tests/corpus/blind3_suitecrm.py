"""e_suitecrm: SuiteCRM 7 (SugarCRM CE schema): contacts, accounts, leads, the shared email_addresses table with its
relation table, and notes. Ids are char(36) UUIDs; like SugarCRM, no foreign keys are declared."""

from __future__ import annotations

from .blind3_gens import (C, company, birth, city, const, email, first, fk, full, last, opt, phone, postcode, street,
                          us_state, when)
from .blind3_formats import uid, uid_ref
from .gens import Col, Ctx, Table, pick

S = "e_suitecrm"
TITLES = ["CFO", "IT Director", "Purchasing Manager", "Head of Operations", "CEO", "Office Manager", "Sales Rep"]
SOURCES = ["Cold Call", "Existing Customer", "Trade Show", "Web Site", "Word of mouth", "Campaign", ""]


def _contact_desc(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Prefers calls after 3pm on her private mobile {phone(mobile=True)(c, i)}.",
            f"Decision maker for the IT budget; assistant {full()(c, i)} handles scheduling.",
            "Met at the Chicago trade show 2023.",
            "",
            "",
            f"Moved from Acme, new address sent by {email()(c, i)}.",
            f"Husband {full()(c, i)} is our contact at Globex.",
        ]
    )


def _note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Called {full()(c, i)} re renewal, she asked to send the quote to {email()(c, i)}.",
            "Left voicemail.",
            f"Spoke with {first()(c, i)} from purchasing, PO expected next week.",
            "Sent brochure and price list.",
            f"New direct line {phone()(c, i)}, old switchboard number no longer valid.",
            "Demo went well, follow up in two weeks.",
        ]
    )


def _email_i(i: int, c: Ctx) -> str:
    f = fk("en_US", c)
    f.seed_instance(4_711 * i)
    a, b = f.first_name().lower(), f.last_name().lower()
    return f"{a}.{b}@{f.random_element(['gmail.com', 'acme-corp.com', 'yahoo.com', 'globex.net', 'outlook.com'])}"


def sugar() -> list[Col]:
    """The audit columns every SugarCRM module table carries."""
    return [C("date_entered", "timestamp", "none", when()), C("deleted", "boolean", "none", pick(False, False, False, True)),
            C("assigned_user_id", "char(36)", "none", uid_ref("crm-user", 12))]


def suitecrm_tables() -> list[Table]:
    contacts = Table(
        S,
        "contacts",
        [
            C("id", "char(36) PRIMARY KEY", "none", uid("contact")),
            *sugar(),
            C("description", "text", "free_text_may_contain_pii", _contact_desc),
            C("salutation", "varchar(255)", "none", pick("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "")),
            C("first_name", "varchar(100)", "person_name", first()),
            C("last_name", "varchar(100)", "person_name", last()),
            C("title", "varchar(100)", "none", pick(*TITLES)),
            C("department", "varchar(255)", "none", pick("Finance", "IT", "Procurement", "")),
            C("phone_home", "varchar(100)", "phone", phone(mobile=False)),
            C("phone_mobile", "varchar(100)", "phone", phone(mobile=True)),
            C("phone_work", "varchar(100)", "phone", phone()),
            C("phone_other", "varchar(100)", "phone", lambda c, i: phone()(c, i) if c.r.random() < 0.5 else ""),
            C("phone_fax", "varchar(100)", "phone", phone(mobile=False)),
            C("primary_address_street", "varchar(150)", "postal_address", street()),
            C("primary_address_city", "varchar(100)", "none", city()),
            C("primary_address_state", "varchar(100)", "none", us_state),
            C("primary_address_postalcode", "varchar(20)", "postal_address", postcode()),
            C("primary_address_country", "varchar(255)", "none", pick("USA", "United States", "Canada")),
            C(
                "alt_address_street",
                "varchar(150)",
                "postal_address",
                lambda c, i: street()(c, i) if c.r.random() < 0.6 else "",
            ),
            C("assistant", "varchar(75)", "person_name", full()),
            C("assistant_phone", "varchar(100)", "phone", phone()),
            C("lead_source", "varchar(255)", "none", pick(*SOURCES)),
            C("reports_to_id", "char(36)", "none", opt(0.3, uid_ref("contact", 130))),
            C("birthdate", "date", "birth_date", birth(1950, 2000)),
        ],
        rows=130,
    )
    accounts = Table(
        S,
        "accounts",
        [
            C("id", "char(36) PRIMARY KEY", "none", uid("account")),
            C("name", "varchar(150)", "none", lambda c, i: company(c, i)),
            *sugar(),
            C(
                "description",
                "text",
                "none",
                pick(
                    "Regional distributor of industrial fasteners.",
                    "Key account since 2016.",
                    "Software reseller, 3 offices.",
                    "",
                ),
            ),
            C("account_type", "varchar(50)", "none", pick("Customer", "Partner", "Prospect", "Reseller")),
            C(
                "billing_address_street",
                "varchar(150)",
                "none",
                lambda c, i: (
                    f"{c.r.randint(100, 9999)} {c.r.choice(['Industrial Pkwy', 'Commerce Dr', 'Corporate Blvd'])}"
                ),
            ),
            C("billing_address_city", "varchar(100)", "none", city()),
            C("billing_address_state", "varchar(100)", "none", us_state),
            C("billing_address_postalcode", "varchar(20)", "none", postcode()),
            C("phone_office", "varchar(100)", "none", phone(mobile=False)),
            C("website", "varchar(255)", "none", lambda c, i: f"https://www.{fk('en_US', c).domain_name()}"),
            C("sic_code", "varchar(10)", "none", pick("3452", "5045", "7372", "8062", "5961")),
        ],
        rows=100,
    )
    leads = Table(
        S,
        "leads",
        [
            C("id", "char(36) PRIMARY KEY", "none", uid("lead")),
            *sugar(),
            C("first_name", "varchar(100)", "person_name", first()),
            C("last_name", "varchar(100)", "person_name", last()),
            C("phone_mobile", "varchar(100)", "phone", phone(mobile=True)),
            C("phone_work", "varchar(100)", "phone", phone()),
            C("primary_address_street", "varchar(150)", "postal_address", street()),
            C("primary_address_city", "varchar(100)", "none", city()),
            C("primary_address_postalcode", "varchar(20)", "postal_address", postcode()),
            C("refered_by", "varchar(100)", "person_name", lambda c, i: full()(c, i) if c.r.random() < 0.7 else ""),
            C("lead_source", "varchar(100)", "none", pick(*SOURCES)),
            C(
                "lead_source_description",
                "text",
                "none",
                pick("Booth 14B", "Google Ads spring campaign", "Webinar signup", ""),
            ),
            C("status", "varchar(100)", "none", pick("New", "Assigned", "In Process", "Converted", "Dead")),
            C("account_name", "varchar(255)", "none", lambda c, i: company(c, i)),
            C("birthdate", "date", "birth_date", birth(1955, 2001)),
        ],
        rows=110,
    )
    emails = Table(
        S,
        "email_addresses",
        [
            C("id", "char(36) PRIMARY KEY", "none", uid("email")),
            C("email_address", "varchar(255)", "email", lambda c, i: _email_i(i, c)),
            C("email_address_caps", "varchar(255)", "email", lambda c, i: _email_i(i, c).upper()),
            C("invalid_email", "boolean", "none", pick(False, False, False, True)),
            C("opt_out", "boolean", "none", pick(False, False, True)),
            C("confirm_opt_in", "varchar(255)", "none", pick("not-opt-in", "opt-in", "confirmed-opt-in")),
            C("date_created", "timestamp", "none", when()),
            C("deleted", "boolean", "none", const(False)),
        ],
        rows=150,
    )
    rel = Table(
        S,
        "email_addr_bean_rel",
        [
            C("id", "char(36) PRIMARY KEY", "none", uid("eabr")),
            C("email_address_id", "char(36)", "none", uid_ref("email", 150)),
            C("bean_id", "char(36)", "none", uid_ref("contact", 130)),
            C("bean_module", "varchar(100)", "none", pick("Contacts", "Contacts", "Leads", "Accounts")),
        ],
        rows=150,
    )
    notes = Table(
        S,
        "notes",
        [
            C("id", "char(36) PRIMARY KEY", "none", uid("note")),
            *sugar(),
            C(
                "name",
                "varchar(255)",
                "none",
                pick("Follow-up call", "Quote sent", "Meeting notes", "Renewal", "Voicemail"),
            ),
            C("filename", "varchar(255)", "none", pick(None, None, "Quote_2024-113.pdf", "price_list.xlsx")),
            C("parent_id", "char(36)", "none", uid_ref("account", 100)),
            C("contact_id", "char(36)", "none", uid_ref("contact", 130)),
            C("description", "text", "free_text_may_contain_pii", _note),
        ],
        rows=120,
    )
    return [contacts, accounts, leads, emails, rel, notes]
