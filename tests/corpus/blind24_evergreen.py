"""a_evergreen: the Evergreen ILS library system, recreated from memory; its actor, asset, action and money schemas are
flattened into one schema under their own table names (usr, usr_address, card, passwd, usr_note, org_unit, asset_copy,
circulation, hold_request, billing, credit_card_payment), for a Georgian public-library consortium."""
from __future__ import annotations

from .blind24_gens import (GE_CITIES, GE_STREETS, alnum, anyone, ch, col, dec, fk, flag, hexs, num, opt, people,
                           person, pk, ref, ts)
from .gens import Ctx, Table

S = "a_evergreen"
N_OU, N_USR, N_COPY, N_CIRC = 12, 140, 120, 150
BRANCHES = ("National Parliamentary Library", "Tbilisi Central Library", "Vake Branch", "Saburtalo Branch",
            "Isani Branch", "Gldani Branch", "Kutaisi Public Library", "Batumi Public Library", "Rustavi Library",
            "Zugdidi Library", "Gori Library", "Telavi Library")


def org_unit() -> Table:
    return Table(S, "org_unit", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("parent_ou", "integer", "none", lambda c, i: None if i == 1 else 1),
        col("ou_type", "integer", "none", lambda c, i: 1 if i == 1 else 3),
        col("ill_address", "integer", "none", pk),
        col("holds_address", "integer", "none", pk),
        col("mailing_address", "integer", "none", pk),
        col("billing_address", "integer", "none", pk),
        col("shortname", "text", "none", lambda c, i: f"GE-{BRANCHES[i - 1][:3].upper()}{i}"),
        col("name", "text", "none", lambda c, i: BRANCHES[i - 1]),
        col("email", "text", "none", lambda c, i: f"info.{BRANCHES[i - 1].split()[0].lower()}@library.ge"),
        col("phone", "text", "none", lambda c, i: f"032 2{c.r.randint(10, 99)} {c.r.randint(10, 99)} "
                                                 f"{c.r.randint(10, 99)}"),
        col("opac_visible", "boolean", "none", flag(0.95)),
        col("fiscal_calendar", "integer", "none", ch(1))], rows=N_OU)


def org_address() -> Table:
    return Table(S, "org_address", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("valid", "boolean", "none", flag(0.95)),
        col("address_type", "text", "none", ch("MAILING", "PHYSICAL")),
        col("org_unit", "integer", "none", pk),
        col("street1", "text", "none", lambda c, i: f"{c.r.randint(1, 60)} {c.r.choice(GE_STREETS)}"),
        col("city", "text", "none", lambda c, i: c.r.choice(GE_CITIES)[0]),
        col("country", "text", "none", ch("Georgia")),
        col("post_code", "text", "none", lambda c, i: c.r.choice(GE_CITIES)[1]),
        col("san", "text", "none", opt(alnum(7, "0123456789"), 0.6))], rows=N_OU,
        extra=[fk(S, "org_address", "org_unit", "org_unit")])


def usr() -> Table:
    p = people("ge", "usr")

    def alert(c: Ctx, i: int) -> str | None:
        if c.r.random() < 0.7:
            return None
        o = anyone(c, "ge")
        return c.r.choice((f"Mother {o['first']} {person(c, 'ge', 'usr', i)['last']} will collect holds, "
                           f"call {o['mobile']}", f"Returned mail - ask for new address. Sister: {o['full']}",
                           f"Do not give card to {o['full']}", "Owes for lost DVD, see billing"))
    return Table(S, "usr", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("card", "integer", "none", pk),
        col("profile", "integer", "none", ch(2, 2, 2, 3, 10)),
        col("usrname", "text", "none", lambda c, i: f"{person(c, 'ge', 'usr', i)['first'].lower()}{c.r.randint(1, 999)}"),
        col("email", "text", "email", opt(p("email"), 0.25)),
        col("passwd", "text", "credentials", hexs(32), "md5 of the salted password (legacy column)"),
        col("standing", "integer", "none", ch(1, 1, 1, 2)),
        col("ident_type", "integer", "none", ch(1, 2, 3)),
        col("ident_value", "text", "national_id", p("pn"), "Personal number from the ID card"),
        col("ident_type2", "integer", "none", opt(ch(2, 3), 0.7)),
        col("ident_value2", "text", "national_id", opt(p("passport"), 0.7)),
        col("net_access_level", "integer", "none", ch(1, 2, 3)),
        col("photo_url", "text", "none", opt(lambda c, i: f"https://catalog.library.ge/patron-photos/{i}.jpg", 0.8)),
        col("prefix", "text", "none", opt(ch("Mr", "Ms", "Dr", "Prof."), 0.7)),
        col("first_given_name", "text", "person_name", p("first")),
        col("family_name", "text", "person_name", p("last")),
        col("suffix", "text", "none", opt(ch("Jr.", "II"), 0.97)),
        col("alias", "text", "person_name", opt(lambda c, i: f"{person(c, 'ge', 'usr', i)['first']} "
                                                   f"{person(c, 'ge', 'usr', i)['last'][0]}.", 0.7),
            "Name shown on the holds shelf"),
        col("day_phone", "text", "phone", opt(p("mobile"), 0.1)),
        col("mailing_address", "integer", "none", pk),
        col("billing_address", "integer", "none", opt(pk, 0.6)),
        col("home_ou", "integer", "none", ref(N_OU)),
        col("dob", "date", "birth_date", p("dob")),
        col("active", "boolean", "none", flag(0.92)),
        col("master_account", "boolean", "none", flag(0.05)),
        col("super_user", "boolean", "none", flag(0.02)),
        col("barred", "boolean", "none", flag(0.04)),
        col("deleted", "boolean", "none", flag(0.03)),
        col("juvenile", "boolean", "none", lambda c, i: person(c, "ge", "usr", i)["dob"].year > 2006),
        col("usrgroup", "integer", "none", pk),
        col("claims_returned_count", "integer", "none", num(0, 2)),
        col("credit_forward_balance", "numeric(6,2)", "none", dec(0, 5)),
        col("alert_message", "text", "free_text_may_contain_pii", alert),
        col("create_date", "timestamptz", "none", ts(2015, 2024)),
        col("expire_date", "timestamptz", "none", ts(2025, 2027)),
        col("last_update_time", "timestamptz", "none", ts(2023, 2024)),
        col("locale", "text", "none", ch("ka-GE", "ka-GE", "en-US", "ru-RU")),
        col("guardian", "text", "person_name", lambda c, i: anyone(c, "ge")["full"]
            if person(c, "ge", "usr", i)["dob"].year > 2006 else None)], rows=N_USR,
        extra=[fk(S, "usr", "home_ou", "org_unit")])


def usr_address() -> Table:
    p = people("ge", "usr")      # the address of the patron of the same row
    return Table(S, "usr_address", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("valid", "boolean", "none", flag(0.95)),
        col("within_city_limits", "boolean", "none", flag(0.7)),
        col("address_type", "text", "none", ch("MAILING", "MAILING", "HOME")),
        col("usr", "integer", "none", pk),
        col("street1", "text", "postal_address", p("street")),
        col("street2", "text", "postal_address", p("street2")),
        col("city", "text", "none", p("city")),
        col("county", "text", "none", p("region")),
        col("state", "text", "none", ch("")),
        col("country", "text", "none", ch("Georgia")),
        col("post_code", "text", "postal_address", p("zip")),
        col("pending", "boolean", "none", flag(0.05))], rows=N_USR,
        extra=[fk(S, "usr_address", "usr", "usr")])


def card() -> Table:
    return Table(S, "card", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("usr", "integer", "none", pk),
        col("barcode", "text", "none", lambda c, i: f"2{c.r.randint(10**12, 10**13 - 1)}"),
        col("active", "boolean", "none", flag(0.9))], rows=N_USR,
        extra=[fk(S, "card", "usr", "usr")])


def passwd() -> Table:
    return Table(S, "passwd", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("usr", "integer", "none", pk),
        col("salt", "text", "none", hexs(8)),
        col("passwd", "text", "credentials", lambda c, i: "$2a$10$" + alnum(53, "./abcdefghijklmnopqrstuvwxyz"
                                                                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")(c, i)),
        col("passwd_type", "text", "none", ch("main", "main", "main")),
        col("create_date", "timestamptz", "none", ts(2018, 2024)),
        col("edit_date", "timestamptz", "none", ts(2022, 2024))], rows=N_USR,
        extra=[fk(S, "passwd", "usr", "usr")])


def usr_note() -> Table:
    def value(c: Ctx, i: int) -> str:
        o = anyone(c, "ge")
        return c.r.choice((f"Spoke to {o['full']} (neighbour) about overdue items, tel. {o['mobile']}",
                           f"Card replaced; old card reported lost by husband {o['first']}",
                           "Prefers Georgian-language audiobooks", "Interlibrary loan from Kutaisi arranged",
                           f"New e-mail given by phone: {o['email']}"))
    return Table(S, "usr_note", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("usr", "integer", "none", ref(N_USR, 3)),
        col("creator", "integer", "none", ref(N_USR, 1, 100)),
        col("create_date", "timestamptz", "none", ts(2020, 2024)),
        col("pub", "boolean", "none", flag(0.2)),
        col("title", "text", "none", ch("Phone call", "Lost card", "Circulation", "Address")),
        col("value", "text", "free_text_may_contain_pii", value)], rows=100,
        extra=[fk(S, "usr_note", "usr", "usr"), fk(S, "usr_note", "creator", "usr")])


def asset_copy() -> Table:
    return Table(S, "asset_copy", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("circ_lib", "integer", "none", ref(N_OU)),
        col("creator", "bigint", "none", ref(N_USR, 1, 110)),
        col("call_number", "bigint", "none", num(1000, 99999)),
        col("barcode", "text", "none", lambda c, i: f"3{c.r.randint(10**12, 10**13 - 1)}"),
        col("create_date", "timestamptz", "none", ts(2010, 2024)),
        col("copy_number", "integer", "none", num(1, 4)),
        col("status", "integer", "none", ch(0, 0, 1, 7)),
        col("location", "integer", "none", num(1, 30)),
        col("loan_duration", "integer", "none", ch(1, 2, 3)),
        col("fine_level", "integer", "none", ch(1, 2, 3)),
        col("circulate", "boolean", "none", flag(0.9)),
        col("deposit", "boolean", "none", flag(0.05)),
        col("ref", "boolean", "none", flag(0.1)),
        col("holdable", "boolean", "none", flag(0.9)),
        col("price", "numeric(8,2)", "none", dec(5, 80)),
        col("opac_visible", "boolean", "none", flag(0.95)),
        col("deleted", "boolean", "none", flag(0.03)),
        col("circ_modifier", "text", "none", ch("book", "dvd", "audiobook", "magazine")),
        col("alert_message", "text", "none", opt(ch("Check for CD in back pocket", "Fragile binding",
                                                     "Missing map insert"), 0.85))], rows=N_COPY,
        extra=[fk(S, "asset_copy", "circ_lib", "org_unit"), fk(S, "asset_copy", "creator", "usr")])


def circulation() -> Table:
    return Table(S, "circulation", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("usr", "integer", "none", ref(N_USR, 7)),
        col("xact_start", "timestamptz", "none", ts(2023, 2024)),
        col("xact_finish", "timestamptz", "none", opt(ts(2023, 2024), 0.3)),
        col("unrecovered", "boolean", "none", flag(0.02)),
        col("target_copy", "bigint", "none", ref(N_COPY, 1)),
        col("circ_lib", "integer", "none", ref(N_OU, 5)),
        col("circ_staff", "integer", "none", ref(N_USR, 1, 120)),
        col("checkin_staff", "integer", "none", opt(ref(N_USR, 1, 125), 0.3)),
        col("checkin_lib", "integer", "none", opt(ref(N_OU, 3), 0.3)),
        col("renewal_remaining", "integer", "none", num(0, 3)),
        col("due_date", "timestamptz", "none", ts(2023, 2024)),
        col("stop_fines_time", "timestamptz", "none", opt(ts(2023, 2024), 0.6)),
        col("checkin_time", "timestamptz", "none", opt(ts(2023, 2024), 0.3)),
        col("duration", "interval", "none", ch("14 days", "21 days", "7 days")),
        col("fine_interval", "interval", "none", ch("1 day")),
        col("recurring_fine", "numeric(6,2)", "none", ch(0.10, 0.20, 0.50)),
        col("max_fine", "numeric(6,2)", "none", ch(5.00, 10.00)),
        col("phone_renewal", "boolean", "none", flag(0.05)),
        col("desk_renewal", "boolean", "none", flag(0.1)),
        col("opac_renewal", "boolean", "none", flag(0.3)),
        col("duration_rule", "text", "none", ch("default", "7_days_2_renew", "21_days_2_renew")),
        col("stop_fines", "text", "none", opt(ch("CHECKIN", "RENEW", "LOST", "MAXFINES"), 0.4)),
        col("workstation", "integer", "none", num(1, 25)),
        col("auto_renewal", "boolean", "none", flag(0.2))], rows=N_CIRC,
        extra=[fk(S, "circulation", "usr", "usr"), fk(S, "circulation", "target_copy", "asset_copy"),
               fk(S, "circulation", "circ_lib", "org_unit")])


def hold_request() -> Table:
    p = people("ge", "usr")
    return Table(S, "hold_request", [
        col("id", "integer PRIMARY KEY", "none", pk),
        col("request_time", "timestamptz", "none", ts(2023, 2024)),
        col("capture_time", "timestamptz", "none", opt(ts(2023, 2024), 0.4)),
        col("fulfillment_time", "timestamptz", "none", opt(ts(2023, 2024), 0.5)),
        col("expire_time", "timestamptz", "none", opt(ts(2025, 2025), 0.3)),
        col("cancel_time", "timestamptz", "none", opt(ts(2023, 2024), 0.85)),
        col("cancel_note", "text", "none", opt(ch("Patron no longer needs it", "Duplicate hold",
                                                  "Item withdrawn"), 0.85)),
        col("target", "bigint", "none", num(1000, 99999)),
        col("current_copy", "bigint", "none", opt(ref(N_COPY, 3), 0.4)),
        col("request_lib", "integer", "none", ref(N_OU, 7)),
        col("requestor", "integer", "none", pk),
        col("usr", "integer", "none", pk),
        col("pickup_lib", "integer", "none", ref(N_OU, 5)),
        col("hold_type", "text", "none", ch("T", "T", "C", "V", "M")),
        col("phone_notify", "text", "phone", opt(p("mobile"), 0.5)),
        col("email_notify", "boolean", "none", flag(0.6)),
        col("sms_notify", "text", "phone", opt(lambda c, i: person(c, "ge", "usr", i)["mobile"].replace(" ", ""),
                                               0.7)),
        col("sms_carrier", "integer", "none", opt(ch(1, 2, 3), 0.7)),
        col("frozen", "boolean", "none", flag(0.1)),
        col("shelf_time", "timestamptz", "none", opt(ts(2023, 2024), 0.5)),
        col("cut_in_line", "boolean", "none", flag(0.02))], rows=130,
        extra=[fk(S, "hold_request", "usr", "usr"), fk(S, "hold_request", "pickup_lib", "org_unit")])


def billing() -> Table:
    return Table(S, "billing", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("xact", "bigint", "none", ref(N_CIRC, 3)),
        col("billing_ts", "timestamptz", "none", ts(2023, 2024)),
        col("voided", "boolean", "none", flag(0.1)),
        col("amount", "numeric(6,2)", "none", dec(0.1, 40)),
        col("billing_type", "text", "none", ch("Overdue materials", "Lost materials", "Damaged item",
                                               "Lost materials processing fee")),
        col("btype", "integer", "none", num(1, 8)),
        col("note", "text", "none", opt(ch("Waived once", "Water damage", "Cover torn"), 0.7))], rows=120,
        extra=[fk(S, "billing", "xact", "circulation")])


def credit_card_payment() -> Table:
    return Table(S, "credit_card_payment", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("xact", "bigint", "none", ref(N_CIRC, 5)),
        col("payment_ts", "timestamptz", "none", ts(2023, 2024)),
        col("voided", "boolean", "none", flag(0.03)),
        col("amount", "numeric(6,2)", "none", dec(1, 40)),
        col("cc_number", "text", "none", lambda c, i: f"{c.r.randint(0, 9999):04d}", "Last four digits only"),
        col("cc_processor", "text", "none", ch("TBC Pay", "BOG iPay")),
        col("approval_code", "text", "none", alnum(6)),
        col("cc_order_number", "text", "none", lambda c, i: f"ORD{c.r.randint(10**8, 10**9 - 1)}")], rows=90,
        extra=[fk(S, "credit_card_payment", "xact", "circulation")])


def evergreen_tables() -> list[Table]:
    return [org_unit(), org_address(), usr(), usr_address(), card(), passwd(), usr_note(), asset_copy(),
            circulation(), hold_request(), billing(), credit_card_payment()]
