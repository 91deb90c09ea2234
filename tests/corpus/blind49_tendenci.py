"""ay_tendenci: Tendenci, the open-source association management system (Django), as run by a miners' and energy
workers' trade union local in Lusatia (Sorbian and German names): users and profiles, union memberships with SEPA
dues, member employers (corporate memberships), event registrants, strike-fund donations, invoices and payments."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, const, dates, digits, fk, fkey, flag, hexs, iban, ints, maybe, one, seq,
                           stamps, uuid)
from .blind49_gens import any_mobile, any_name, any_address, person
from .gens import Table

S = "ay_tendenci"
USER = "te.user"
N_USER, N_CORP, N_EVENT = 150, 80, 12


def _notes(c, i):
    return c.r.choice([None, None, "Schichtdienst, nur abends erreichbar.", "Möchte Post auf Sorbisch.",
                       f"Geworben von {any_name('hsb')(c, i)}.",
                       f"Ehefrau {any_name('hsb')(c, i)} ruft manchmal an: {any_mobile('hsb')(c, i)}"])


def _admin_notes(c, i):
    return c.r.choice([None, None, None, "Beitragsrückstand 3 Monate, Mahnung verschickt.",
                       "Rechtsschutzfall Kündigung 2024 abgeschlossen.",
                       f"Betriebsrat, Kontakt über {any_name('hsb')(c, i)}"])


def tendenci_tables() -> list[Table]:
    u = lambda f: person("hsb", USER, f, 1958, 2004)      # noqa: E731
    return [
        Table(S, "auth_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(150)", "none", u("user")),
            C("password", "varchar(128)", "credentials",
              lambda c, i: f"pbkdf2_sha256$720000${b64(c, 9)}${b64(c, 32)}"),
            C("email", "varchar(254)", "email", u("email")),
            C("first_name", "varchar(150)", "person_name", u("first")),
            C("last_name", "varchar(150)", "person_name", u("last")),
            C("is_staff", "boolean", "none", lambda c, i: i <= 6),
            C("is_active", "boolean", "none", flag(0.92)),
            C("date_joined", "timestamp", "none", stamps(2012, 2025)),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025), 0.8)),
        ], rows=N_USER),
        Table(S, "profiles_profile", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("guid", "varchar(50)", "none", lambda c, i: uuid(c)),
            C("salutation", "varchar(15)", "none", lambda c, i: "Herr" if u("sex")(c, i) == "M" else "Frau"),
            C("phone", "varchar(50)", "phone", u("phone")),
            C("mobile_phone", "varchar(50)", "phone", maybe(u("mobile"), 0.85)),
            C("address", "varchar(150)", "postal_address", u("a_line")),
            C("city", "varchar(50)", "none", u("a_city")),
            C("state", "varchar(50)", "none", one("Sachsen", "Brandenburg")),
            C("zipcode", "varchar(50)", "postal_address", u("a_zip")),
            C("country", "varchar(255)", "none", const("Deutschland")),
            C("dob", "date", "birth_date", u("birth")),
            C("sex", "varchar(50)", "none", lambda c, i: "male" if u("sex")(c, i) == "M" else "female"),
            C("spouse", "varchar(50)", "person_name", maybe(any_name("hsb"), 0.4)),
            C("company", "varchar(100)", "none", one("LEAG Kraftwerk Boxberg", "LEAG Tagebau Nochten", "Stadtwerke",
                                                     "Vattenfall Wärme", "Kreiskrankenhaus")),
            C("position_title", "varchar(50)", "none", one("Bandwärter", "Elektroniker", "Baggerfahrer", "Schlosser",
                                                          "Disponentin", "Pflegefachkraft")),
            C("language", "varchar(10)", "none", one("de", "de", "hsb", "dsb")),
            C("notes", "text", "free_text_may_contain_pii", _notes),
            C("admin_notes", "text", "free_text_may_contain_pii", _admin_notes),
            C("hide_in_search", "boolean", "none", flag(0.3)),
        ], rows=N_USER, extra=[fkey(S, "profiles_profile", "user_id", "auth_user", "id")]),
        Table(S, "corporate_memberships_corpprofile", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(250)", "none", lambda c, i: c.r.choice(["LEAG", "Stadtwerke", "Bergbau", "Energie"])
              + f" {c.r.choice(['Lausitz', 'Bautzen', 'Hoyerswerda', 'Cottbus'])} {c.r.choice(['GmbH', 'AG', 'eG'])}"),
            C("address", "varchar(150)", "none", any_address("hsb", "line")),
            C("zip", "varchar(50)", "none", any_address("hsb", "zip")),
            C("phone", "varchar(50)", "none", lambda c, i: f"0355 {digits(c, 4)}-0"),
            C("email", "varchar(200)", "none", one("info@leag.example", "betriebsrat@swb.example",
                                                   "zentrale@energie-lausitz.example")),
            C("number_employees", "integer", "none", ints(40, 7000)),
            C("works_council_chair", "varchar(100)", "person_name", any_name("hsb")),
            C("chair_mobile", "varchar(50)", "phone", any_mobile("hsb")),
        ], rows=N_CORP),
        Table(S, "memberships_membershipdefault", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 1)),
            C("corp_profile_id", "integer", "none", fk(N_CORP, 5, 6)),
            C("member_number", "varchar(50)", "none", lambda c, i: f"{digits(c, 7)}"),
            C("membership_type", "varchar(100)", "trade_union",
              one("Vollmitglied IG Bergbau-Energie", "Auszubildende IG BE", "Rentner IG BE", "Erwerbslos IG BE"),
              comment="union membership class"),
            C("status_detail", "varchar(50)", "none", one("active", "active", "expired", "pending")),
            C("join_dt", "date", "none", dates(1990, 2025)),
            C("expire_dt", "date", "none", maybe(dates(2025, 2026), 0.2)),
            C("dues_monthly", "numeric(8,2)", "none", amounts(2.5, 48)),
            C("payment_method", "varchar(50)", "none", one("SEPA-Lastschrift", "SEPA-Lastschrift", "Überweisung")),
            C("iban", "varchar(34)", "iban", lambda c, i: iban("DE", "85050000" + digits(c, 10))),
            C("account_holder", "varchar(100)", "person_name", lambda c, i: u("full")(c, i % N_USER + 1)),
            C("sepa_mandate_ref", "varchar(35)", "none", lambda c, i: f"IGBE-{i:06d}"),
        ], rows=140, extra=[fkey(S, "memberships_membershipdefault", "user_id", "auth_user", "id"),
                            fkey(S, "memberships_membershipdefault", "corp_profile_id",
                                 "corporate_memberships_corpprofile", "id")]),
        Table(S, "events_registrant", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("event_id", "integer", "none", fk(N_EVENT, 1)),
            C("user_id", "integer", "none", fk(N_USER, 7, 5)),
            C("first_name", "varchar(50)", "person_name", lambda c, i: u("first")(c, (i * 7) % N_USER + 1)),
            C("last_name", "varchar(50)", "person_name", lambda c, i: u("last")(c, (i * 7) % N_USER + 1)),
            C("email", "varchar(100)", "email", lambda c, i: u("email")(c, (i * 7) % N_USER + 1)),
            C("phone", "varchar(50)", "phone", lambda c, i: u("mobile")(c, (i * 7) % N_USER + 1)),
            C("dietary_needs", "varchar(100)", "health", maybe(one("glutenfrei", "Diabetiker", "Nussallergie",
                                                                  "laktosefrei"), 0.25)),
            C("pricing", "varchar(50)", "none", one("Mitglied", "Mitglied", "Gast")),
            C("checked_in", "boolean", "none", flag(0.7)),
            C("cancel_token", "varchar(64)", "secret_token", lambda c, i: hexs(c, 40)),
            C("create_dt", "timestamp", "none", stamps(2024, 2025)),
        ], rows=130),
        Table(S, "donations_donation", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(50)", "person_name", person("hsb", "te.donor", "first")),
            C("last_name", "varchar(50)", "person_name", person("hsb", "te.donor", "last")),
            C("email", "varchar(120)", "email", person("hsb", "te.donor", "email")),
            C("address", "varchar(150)", "postal_address", person("hsb", "te.donor", "a_line")),
            C("zip_code", "varchar(50)", "postal_address", person("hsb", "te.donor", "a_zip")),
            C("donation_amount", "numeric(10,2)", "none", one(10, 20, 25, 50, 100, 250)),
            C("allocation", "varchar(150)", "none", one("Streikkasse", "Jugendarbeit", "Sorbische Kulturarbeit")),
            C("payment_method", "varchar(50)", "none", one("paypal", "sepa", "stripe")),
            C("create_dt", "timestamp", "none", stamps(2023, 2025)),
        ], rows=100),
        Table(S, "invoices_invoice", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("object_type", "varchar(50)", "none", one("membershipdefault", "registrant", "donation")),
            C("bill_to", "varchar(120)", "person_name", lambda c, i: u("full")(c, (i * 3) % N_USER + 1)),
            C("bill_to_address", "varchar(250)", "postal_address", lambda c, i: u("a_full")(c, (i * 3) % N_USER + 1)),
            C("bill_to_email", "varchar(120)", "email", lambda c, i: u("email")(c, (i * 3) % N_USER + 1)),
            C("ship_to_company", "varchar(100)", "none", maybe(one("LEAG", "Stadtwerke Bautzen"), 0.2)),
            C("total", "numeric(15,2)", "none", amounts(2.5, 600)),
            C("balance", "numeric(15,2)", "none", one(0, 0, 0, 12.5)),
            C("status_detail", "varchar(50)", "none", one("tendered", "estimate", "void")),
            C("due_date", "date", "none", dates(2024, 2026)),
        ], rows=150),
        Table(S, "payments_payment", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("invoice_id", "integer", "none", fk(150, 1)),
            C("trans_id", "varchar(100)", "none", lambda c, i: f"ch_{hexs(c, 24)}"),
            C("response_code", "varchar(2)", "none", one("1", "1", "1", "2")),
            C("card_type", "varchar(50)", "none", maybe(one("Visa", "MasterCard"), 0.5)),
            C("account_number", "varchar(4)", "none", lambda c, i: digits(c, 4), comment="last four digits"),
            C("first_name", "varchar(50)", "person_name", lambda c, i: u("first")(c, (i * 3) % N_USER + 1)),
            C("last_name", "varchar(50)", "person_name", lambda c, i: u("last")(c, (i * 3) % N_USER + 1)),
            C("amount", "numeric(15,2)", "none", amounts(2.5, 600)),
        ], rows=150, extra=[fkey(S, "payments_payment", "invoice_id", "invoices_invoice", "id")]),
    ]
