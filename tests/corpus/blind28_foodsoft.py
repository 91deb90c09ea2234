"""ad_foodsoft: Foodsoft (the food co-operative ordering app) recreated from memory, for a food co-op on the Isle of
Man: members and their households (ordergroups), work groups, Manx suppliers, orders, accounts and bank imports."""
from __future__ import annotations

from .blind28_gens import (const, fill, fk, fk_sql, flag, hexstr, iban_of, ident, maybe, money, num, one_of, per,
                           pick, token, when)
from .gens import Col, Table

S, CC = "ad_foodsoft", "im"
N_USERS, N_GROUPS, N_WORK, N_SUPP, N_ORDERS = 130, 100, 10, 40, 120
N_HOUSE = N_GROUPS - N_WORK
WORKGROUPS = ["Finance", "Orders", "Pickup Douglas", "Pickup Ramsey", "Suppliers", "IT", "Cleaning", "Events",
              "Newsletter", "Stock"]
SUPPLIERS = ["Laxey Glen Mills", "Isle of Man Creamery", "Ballakelly Farm", "Close Leece Farm", "Manx Honey Co",
             "Andreas Organics", "Ramsey Bakery", "Peel Smokehouse", "Ballaugh Eggs", "Kirk Michael Veg Boxes"]


def _house(offset_step: int):
    """An ordergroup (household) id, 11..100, derived from the row index."""
    return lambda c, i: N_WORK + 1 + (i * offset_step) % N_HOUSE


def _is_house(c, i):
    return i > N_WORK


def foodsoft_tables() -> list[Table]:
    def house(field):
        return lambda c, i: per(CC, "household", field)(c, i) if _is_house(c, i) else None

    users = Table(S, "users", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("nick", "varchar(255)", "none", per(CC, "member", "user")),
        Col("password_hash", "varchar(255)", "credentials", hexstr(40)),
        Col("password_salt", "varchar(255)", "credentials", hexstr(8)),
        Col("first_name", "varchar(255)", "person_name", per(CC, "member", "first")),
        Col("last_name", "varchar(255)", "person_name", per(CC, "member", "last")),
        Col("email", "varchar(255)", "email", per(CC, "member", "email")),
        Col("phone", "varchar(255)", "phone", maybe(per(CC, "member", "mobile"), 0.2)),
        Col("created_on", "timestamp", "none", when(2014, 2023)),
        Col("reset_password_token", "varchar(255)", "secret_token", maybe(token(20, "0123456789abcdef"), 0.8)),
        Col("reset_password_expires", "timestamp", "none", maybe(when(2025, 2025), 0.8)),
        Col("last_login", "timestamp", "none", when(2024, 2025)),
        Col("last_activity", "timestamp", "none", when(2025, 2025)),
        Col("deleted_at", "timestamp", "none", maybe(when(2020, 2025), 0.9)),
        Col("iban", "varchar(255)", "iban", maybe(iban_of(CC), 0.5)),
    ], rows=N_USERS)
    groups = Table(S, "groups", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("type", "varchar(255)", "none", lambda c, i: "Ordergroup" if _is_house(c, i) else "Workgroup"),
        Col("name", "varchar(255)", "person_name", lambda c, i: (per(CC, "household", "last")(c, i) + " household" +
                                                                 ("" if i % 3 else f" {i}")) if _is_house(c, i)
            else WORKGROUPS[i - 1], comment="households are named after their members"),
        Col("description", "varchar(255)", "none", maybe(pick("two adults", "family of four", "shared flat",
                                                              "members since the start"), 0.5)),
        Col("account_balance", "numeric(12,2)", "none", money(-40, 300)),
        Col("created_on", "timestamp", "none", when(2014, 2024)),
        Col("role_admin", "boolean", "none", lambda c, i: i == 6),
        Col("role_suppliers", "boolean", "none", lambda c, i: i == 5),
        Col("role_finance", "boolean", "none", lambda c, i: i == 1),
        Col("role_orders", "boolean", "none", lambda c, i: i == 2),
        Col("deleted_at", "timestamp", "none", maybe(when(2020, 2025), 0.9)),
        Col("contact_person", "varchar(255)", "person_name", house("name")),
        Col("contact_phone", "varchar(255)", "phone", house("landline")),
        Col("contact_address", "varchar(255)", "postal_address", house("address")),
        Col("stats", "text", "none", lambda c, i: f"---\n:jobs_size: {i % 5}\n:orders_sum: {i * 13 % 900}.5\n"),
        Col("break_start", "date", "none", maybe(lambda c, i: when(2025, 2025)(c, i).date(), 0.9)),
    ], rows=N_GROUPS)
    members = Table(S, "memberships", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("group_id", "integer", "none", lambda c, i: (i % N_WORK) + 1 if i % 4 == 0 else _house(1)(c, i)),
        Col("user_id", "integer", "none", fk(N_USERS, 1, -1)),
    ], rows=150, extra=[fk_sql(S, "memberships", "group_id", "groups"), fk_sql(S, "memberships", "user_id", "users")])
    suppliers = Table(S, "suppliers", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("name", "varchar(255)", "none", lambda c, i: SUPPLIERS[(i - 1) % 10] + ("" if i <= 10 else f" ({i})")),
        Col("address", "varchar(255)", "none", lambda c, i: f"{SUPPLIERS[(i - 1) % 10]}, "
            + per(CC, "farm", "address")(c, i)),
        Col("phone", "varchar(255)", "none", per(CC, "farm", "landline")),
        Col("phone2", "varchar(255)", "none", maybe(per(CC, "farm", "landline"), 0.7)),
        Col("fax", "varchar(255)", "none", maybe(per(CC, "farm", "landline"), 0.9)),
        Col("email", "varchar(255)", "none", lambda c, i: f"orders@supplier{i}.example.im"),
        Col("url", "varchar(255)", "none", lambda c, i: f"https://supplier{i}.example.im"),
        Col("contact_person", "varchar(255)", "person_name", per(CC, "farmer", "name")),
        Col("customer_number", "varchar(255)", "none", lambda c, i: f"FC-{100 + i}"),
        Col("delivery_days", "varchar(255)", "none", pick("Tue", "Thu", "Tue, Fri")),
        Col("order_howto", "varchar(255)", "none", pick("Email the list by Monday noon", "Online shop, co-op login")),
        Col("note", "varchar(255)", "none", maybe(pick("Cash on delivery", "Crates must be returned"), 0.5)),
        Col("min_order_quantity", "varchar(255)", "none", maybe(pick("GBP 50", "10 kg"), 0.5)),
        Col("iban", "varchar(255)", "none", iban_of(CC), comment="the supplier business's account"),
    ], rows=N_SUPP)
    articles = Table(S, "articles", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("name", "varchar(255)", "none", pick("Porridge oats", "Plain flour", "Free-range eggs", "Kippers",
                                                 "Queenies", "Mature cheddar", "Honey", "Potatoes", "Leeks")),
        Col("supplier_id", "integer", "none", fk(N_SUPP)),
        Col("number", "varchar(255)", "none", lambda c, i: f"A{i:04d}"),
        Col("note", "varchar(255)", "none", maybe(pick("organic", "seasonal", "frozen"), 0.5)),
        Col("origin", "varchar(255)", "none", pick("IM", "IM", "GB", "IE")),
        Col("unit", "varchar(255)", "none", pick("kg", "500g", "dozen", "jar")),
        Col("price", "numeric(8,2)", "none", money(0.5, 20)),
        Col("tax", "numeric(8,2)", "none", pick(0, 5, 20)),
        Col("unit_quantity", "integer", "none", num(1, 12)),
    ], rows=150, extra=[fk_sql(S, "articles", "supplier_id", "suppliers")])
    orders = Table(S, "orders", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("supplier_id", "integer", "none", fk(N_SUPP, 3)),
        Col("note", "text", "none", maybe(pick("Christmas order", "short on eggs this week"), 0.7)),
        Col("starts", "timestamp", "none", when(2022, 2025)),
        Col("ends", "timestamp", "none", when(2022, 2025)),
        Col("state", "varchar(255)", "none", pick("open", "finished", "closed", "closed")),
        Col("updated_by_user_id", "integer", "none", fk(N_USERS, 5)),
        Col("created_by_user_id", "integer", "none", fk(N_USERS, 5)),
        Col("pickup", "date", "none", lambda c, i: when(2022, 2025)(c, i).date()),
    ], rows=N_ORDERS, extra=[fk_sql(S, "orders", "supplier_id", "suppliers"),
                             fk_sql(S, "orders", "created_by_user_id", "users")])
    gorders = Table(S, "group_orders", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("ordergroup_id", "integer", "none", _house(7)),
        Col("order_id", "integer", "none", fk(N_ORDERS, 3)),
        Col("price", "numeric(8,2)", "none", money(5, 140)),
        Col("lock_version", "integer", "none", num(0, 5)),
        Col("updated_on", "timestamp", "none", when(2022, 2025)),
        Col("updated_by_user_id", "integer", "none", fk(N_USERS, 11)),
    ], rows=150, extra=[fk_sql(S, "group_orders", "ordergroup_id", "groups"),
                        fk_sql(S, "group_orders", "order_id", "orders")])
    transactions = Table(S, "financial_transactions", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("ordergroup_id", "integer", "none", _house(3)),
        Col("amount", "numeric(8,2)", "none", money(-120, 200)),
        Col("note", "text", "free_text_may_contain_pii", one_of(
            const("Order settlement"), const("Membership fee 2025"),
            fill("Bank transfer from {n}", n=per(CC, "household", "name", _house(3))),
            fill("Cash paid to {n} at pickup", n=per(CC, "member", "first", fk(N_USERS, 3))))),
        Col("user_id", "integer", "none", fk(N_USERS, 3)),
        Col("created_on", "timestamp", "none", when(2022, 2025)),
        Col("financial_transaction_type_id", "integer", "none", pick(1, 1, 2)),
        Col("group_order_id", "integer", "none", maybe(fk(150), 0.5)),
    ], rows=150, extra=[fk_sql(S, "financial_transactions", "ordergroup_id", "groups"),
                        fk_sql(S, "financial_transactions", "user_id", "users")])
    accounts = Table(S, "bank_accounts", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("name", "varchar(255)", "none", lambda c, i: ["Co-op current", "Co-op deposit", "Events float"][i - 1]),
        Col("iban", "varchar(255)", "none", iban_of(CC), comment="the co-operative's own accounts"),
        Col("description", "text", "none", const("Society account")),
        Col("balance", "numeric(12,2)", "none", money(100, 9000)),
        Col("last_import", "timestamp", "none", when(2025, 2025)),
    ], rows=3)
    banktx = Table(S, "bank_transactions", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("bank_account_id", "integer", "none", fk(3)),
        Col("external_id", "varchar(255)", "none", token(16, "0123456789ABCDEF")),
        Col("date", "date", "none", lambda c, i: when(2023, 2025)(c, i).date()),
        Col("amount", "numeric(8,2)", "none", money(-300, 300)),
        Col("iban", "varchar(255)", "iban", iban_of(CC)),
        Col("reference", "varchar(255)", "none", lambda c, i: f"FS{_house(5)(c, i)}"),
        Col("text", "text", "free_text_may_contain_pii", fill("{n} FS{g} TOP UP", n=per(CC, "payer", "name"),
                                                              g=_house(5))),
        Col("receipt", "text", "none", maybe(pick("DD", "FPS", "BGC"), 0.3)),
        Col("financial_link_id", "integer", "none", maybe(num(1, 400), 0.3)),
    ], rows=150, extra=[fk_sql(S, "bank_transactions", "bank_account_id", "bank_accounts")])
    messages = Table(S, "messages", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("sender_id", "integer", "none", fk(N_USERS, 9)),
        Col("subject", "varchar(255)", "none", pick("Pickup this Thursday", "Egg shortage", "AGM minutes")),
        Col("body", "text", "free_text_may_contain_pii", one_of(
            const("Pickup moves to the Onchan hall this week, same time."),
            fill("Please contact {n} on {m} if you can help unload on Saturday.",
                 n=per(CC, "member", "name", fk(N_USERS, 9)), m=per(CC, "member", "mobile", fk(N_USERS, 9))),
            const("No kippers this week, the smokehouse is closed for repairs."))),
        Col("email_state", "integer", "none", pick(0, 1, 2)),
        Col("private", "boolean", "none", flag(0.2)),
        Col("created_at", "timestamp", "none", when(2022, 2025)),
        Col("group_id", "integer", "none", maybe(fk(N_WORK), 0.5)),
    ], rows=100, extra=[fk_sql(S, "messages", "sender_id", "users")])
    tasks = Table(S, "tasks", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("name", "varchar(255)", "none", pick("Unload delivery", "Sort veg boxes", "Clean fridge", "Bookkeeping")),
        Col("description", "varchar(255)", "none", maybe(const("Key is with the hall caretaker"), 0.5)),
        Col("due_date", "date", "none", lambda c, i: when(2024, 2026)(c, i).date()),
        Col("done", "boolean", "none", flag(0.6)),
        Col("workgroup_id", "integer", "none", fk(N_WORK)),
        Col("required_users", "integer", "none", num(1, 4)),
    ], rows=90, extra=[fk_sql(S, "tasks", "workgroup_id", "groups")])
    invites = Table(S, "invites", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("token", "varchar(255)", "secret_token", token(20, "0123456789abcdef")),
        Col("expires_at", "timestamp", "none", when(2024, 2026)),
        Col("group_id", "integer", "none", _house(11)),
        Col("user_id", "integer", "none", fk(N_USERS, 13)),
        Col("email", "varchar(255)", "email", per(CC, "invitee", "email")),
    ], rows=80, extra=[fk_sql(S, "invites", "group_id", "groups"), fk_sql(S, "invites", "user_id", "users")])
    return [users, groups, members, suppliers, articles, orders, gorders, transactions, accounts, banktx, messages,
            tasks, invites]
