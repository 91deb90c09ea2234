"""ae_killbill: Kill Bill's tenants, accounts, account e-mails, payment methods, payments, custom fields, admin users,
Shiro sessions and audit log, as the author remembers them, for the subscriptions of a Guernsey island weekly and
its vegetable-box delivery round. Kill Bill itself declares no foreign keys; the ones here were added by the author
so that the part has its usual shape. Accounts 121-140 are businesses (company_name set, name of the business)."""
from __future__ import annotations

from .blind29_gens import cycle, fk, flag, maybe, money, num, pick, pw_hash, stamp, text, token, uuid
from .blind29_people import GG, person
from .gens import Col, Table

S = "ae_killbill"
SHOPS = ("Le Friquet Garden Centre", "Cobo Bay Café", "Town Church Bookshop", "Vale Garage Ltd",
         "St Martin's Hardware", "Ogier Fish Market", "Candie Gallery", "Bordeaux Harbour Kiosk")


def _kid(kind: str):
    """A stable char(36) id for row i of a table: the same row always gets the same id."""
    return lambda c, i: f"{kind}{i:06d}-7a1e-4c2b-9d3f-{i * 7919:012x}"


def _fkey(table: str, col: str, ref: str, refcol: str = "record_id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({refcol})"


def _who() -> list[Col]:
    return [Col("created_by", "varchar(50)", "none", pick("admin", "csr-louise", "system", "SubscriptionBaseTransition")),
            Col("created_date", "timestamp", "none", stamp(2021, 2025)),
            Col("updated_by", "varchar(50)", "none", pick("admin", "csr-louise", "system")),
            Col("updated_date", "timestamp", "none", stamp(2023, 2025))]


def tenants() -> Table:
    return Table(S, "tenants", [
        Col("record_id", "serial PRIMARY KEY", "none", lambda c, i: i),
        Col("id", "varchar(36)", "none", _kid("te")),
        Col("external_key", "varchar(255)", "none", cycle("press-weekly", "veg-box", "sandbox", "staging")),
        Col("api_key", "varchar(128)", "secret_token", cycle("pressweekly", "vegbox", "sandbox", "staging")),
        Col("api_secret", "varchar(128)", "credentials", lambda c, i: token(88, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")(c, i)),
        Col("api_salt", "varchar(128)", "none", token(24)),
        *_who()], rows=4)


def accounts() -> Table:
    def name(c, i):
        return SHOPS[i % len(SHOPS)] if i > 120 else person(c, GG, "acct", i)["name"]

    def part(key):
        return lambda c, i: person(c, GG, "acct", i)[key]
    return Table(S, "accounts", [
        Col("record_id", "serial PRIMARY KEY", "none", lambda c, i: i),
        Col("id", "varchar(36) UNIQUE", "none", _kid("ac")),
        Col("external_key", "varchar(255)", "none", lambda c, i: f"GPW-{10400 + i}"),
        Col("email", "varchar(128)", "email", lambda c, i: person(c, GG, "acct", i)["email"] if i <= 120
            else c.r.choice(("accounts", "hello", "info")) + "@" + SHOPS[i % len(SHOPS)].split()[0].lower() + ".gg"),
        Col("name", "varchar(100)", "person_name", name),
        Col("first_name_length", "integer", "none", lambda c, i: None if i > 120 else len(person(c, GG, "acct", i)["given"])),
        Col("currency", "varchar(3)", "none", pick("GBP")),
        Col("billing_cycle_day_local", "integer", "none", num(1, 28)),
        Col("parent_account_id", "varchar(36)", "none", pick(None)),
        Col("is_payment_delegated_to_parent", "boolean", "none", pick(False)),
        Col("payment_method_id", "varchar(36)", "none", _kid("pm")),
        Col("reference_time", "timestamp", "none", stamp(2021, 2024)),
        Col("time_zone", "varchar(50)", "none", pick("Europe/Guernsey")),
        Col("locale", "varchar(5)", "none", pick("en_GB")),
        Col("address1", "varchar(100)", "postal_address", part("street")),
        Col("address2", "varchar(100)", "postal_address", maybe(pick("Flat 1", "Flat 2", "Upper Floor", "Rear"), 0.2)),
        Col("company_name", "varchar(50)", "none", lambda c, i: SHOPS[i % len(SHOPS)] if i > 120 else None),
        Col("city", "varchar(50)", "none", part("city")),
        Col("state_or_province", "varchar(50)", "none", pick("Guernsey")),
        Col("country", "varchar(50)", "none", pick("GG")),
        Col("postal_code", "varchar(16)", "postal_address", part("postcode")),
        Col("phone", "varchar(25)", "phone", lambda c, i: person(c, GG, "acct", i)[c.r.choice(("mobile", "landline"))]),
        Col("notes", "varchar(4096)", "free_text_may_contain_pii", text(
            "Paper to be left in the green box at the gate", "Veg box: no mushrooms", "",
            "Spouse {given} also allowed to call about the account", "Moving to Jersey in spring, call {mobile}",
            "Paid cash at the office", country=GG, entity="spouse")),
        Col("migrated", "boolean", "none", flag(0.3)),
        *_who(),
        Col("tenant_record_id", "integer", "none", pick(1, 2))],
        rows=140, extra=[_fkey("accounts", "tenant_record_id", "tenants")])


def account_emails() -> Table:
    return Table(S, "account_emails", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("id", "varchar(36)", "none", uuid()),
        Col("account_id", "varchar(36)", "none", lambda c, i: _kid("ac")(c, (i * 7) % 120 + 1)),
        Col("email", "varchar(128)", "email", lambda c, i: person(c, GG, "cc", i)["email"]),
        Col("is_active", "boolean", "none", flag(0.9)),
        *_who(),
        Col("account_record_id", "integer", "none", lambda c, i: (i * 7) % 120 + 1),
        Col("tenant_record_id", "integer", "none", pick(1))],
        rows=90, extra=[_fkey("account_emails", "account_record_id", "accounts"),
                        _fkey("account_emails", "account_id", "accounts", "id")])


def payment_methods() -> Table:
    return Table(S, "payment_methods", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("id", "varchar(36)", "none", _kid("pm")),
        Col("external_key", "varchar(255)", "none", lambda c, i: f"pm_{token(24)(c, i)}"),
        Col("account_id", "varchar(36)", "none", _kid("ac")),
        Col("plugin_name", "varchar(50)", "none", pick("killbill-stripe", "killbill-gocardless", "__EXTERNAL_PAYMENT__")),
        Col("is_active", "boolean", "none", flag(0.9)),
        *_who(),
        Col("account_record_id", "integer", "none", lambda c, i: i),
        Col("tenant_record_id", "integer", "none", pick(1))],
        rows=140, extra=[_fkey("payment_methods", "account_record_id", "accounts")])


def payment_transactions() -> Table:
    return Table(S, "payment_transactions", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("id", "varchar(36)", "none", uuid()),
        Col("payment_id", "varchar(36)", "none", uuid()),
        Col("transaction_type", "varchar(32)", "none", pick("PURCHASE", "PURCHASE", "REFUND", "CREDIT")),
        Col("effective_date", "timestamp", "none", stamp(2023, 2025)),
        Col("transaction_status", "varchar(50)", "none", pick("SUCCESS", "SUCCESS", "PAYMENT_FAILURE", "PENDING")),
        Col("amount", "numeric(15,9)", "none", money(4.5, 60)),
        Col("currency", "varchar(3)", "none", pick("GBP")),
        Col("transaction_external_key", "varchar(255)", "none", lambda c, i: f"ch_{token(24)(c, i)}"),
        Col("gateway_error_msg", "varchar(256)", "none", maybe(pick("Your card was declined.", "Mandate cancelled"), 0.1)),
        Col("account_record_id", "integer", "none", fk(140, 7)),
        Col("tenant_record_id", "integer", "none", pick(1))],
        rows=150, extra=[_fkey("payment_transactions", "account_record_id", "accounts")])


def custom_fields() -> Table:
    kinds = ("delivery_instructions", "date_of_birth", "gift_from", "vat_number", "box_size")

    def value(c, i):
        p = person(c, GG, "acct", (i * 3) % 140 + 1)
        return {"delivery_instructions": f"Leave at {p['street'].split(',')[0]} back door",
                "date_of_birth": p["birth"].isoformat(), "gift_from": person(c, GG, "giver", i)["name"],
                "vat_number": "n/a", "box_size": c.r.choice(("small", "family"))}[kinds[i % 5]]
    return Table(S, "custom_fields", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("id", "varchar(36)", "none", uuid()),
        Col("object_id", "varchar(36)", "none", lambda c, i: _kid("ac")(c, (i * 3) % 140 + 1)),
        Col("object_type", "varchar(30)", "none", pick("ACCOUNT")),
        Col("field_name", "varchar(64)", "none", lambda c, i: kinds[i % 5]),
        Col("field_value", "varchar(255)", "free_text_may_contain_pii", value),
        Col("is_active", "boolean", "none", flag(0.95)),
        *_who(),
        Col("account_record_id", "integer", "none", lambda c, i: (i * 3) % 140 + 1),
        Col("tenant_record_id", "integer", "none", pick(1))],
        rows=120, extra=[_fkey("custom_fields", "account_record_id", "accounts")])


def users() -> Table:
    return Table(S, "users", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("username", "varchar(128)", "none", lambda c, i: "admin" if i == 1 else f"csr-{person(c, GG, 'csr', i)['given'].lower()}"),
        Col("password", "varchar(128)", "credentials", pw_hash("sha512")),
        Col("password_salt", "varchar(128)", "none", token(24)),
        Col("is_active", "boolean", "none", flag(0.8)),
        *_who()], rows=10)


def sessions() -> Table:
    return Table(S, "sessions", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("id", "varchar(36)", "secret_token", uuid()),
        Col("start_timestamp", "timestamp", "none", stamp(2025, 2025)),
        Col("last_access_time", "timestamp", "none", stamp(2025, 2025)),
        Col("timeout", "integer", "none", pick(3600000)),
        Col("host", "varchar(100)", "ip_address", lambda c, i: c.r.choice(("213.133.", "195.80.", "212.74.")) +
            f"{c.r.randint(1, 254)}.{c.r.randint(1, 254)}"),
        Col("session_data", "bytea", "none", lambda c, i: bytes(c.r.randbytes(48)))], rows=90)


def audit_log() -> Table:
    return Table(S, "audit_log", [
        Col("record_id", "serial", "none", lambda c, i: i),
        Col("id", "varchar(36)", "none", uuid()),
        Col("target_record_id", "integer", "none", fk(140, 11)),
        Col("table_name", "varchar(50)", "none", pick("ACCOUNT", "PAYMENT_METHODS", "SUBSCRIPTIONS", "INVOICES")),
        Col("change_type", "varchar(50)", "none", pick("INSERT", "UPDATE", "DELETE")),
        Col("created_by", "varchar(50)", "none", pick("admin", "csr-louise", "csr-gavin")),
        Col("reason_code", "varchar(255)", "none", pick(None, "CUSTOMER_REQUEST", "HOLIDAY_PAUSE")),
        Col("comments", "varchar(255)", "free_text_may_contain_pii", text(
            "Holiday pause requested by {given} {family} by phone", "Bank details changed", "",
            "Refund: box not delivered, per {given} {family}", "Paper redirected to {street}",
            country=GG, entity="acct", of=lambda i: (i * 11) % 140 + 1)),
        Col("user_token", "varchar(36)", "none", uuid()),
        Col("created_date", "timestamp", "none", stamp(2023, 2025)),
        Col("account_record_id", "integer", "none", lambda c, i: (i * 11) % 140 + 1),
        Col("tenant_record_id", "integer", "none", pick(1))],
        rows=150, extra=[_fkey("audit_log", "account_record_id", "accounts")])


def killbill_tables() -> list[Table]:
    return [tenants(), accounts(), account_emails(), payment_methods(), payment_transactions(), custom_fields(),
            users(), sessions(), audit_log()]


