"""q_sylius: a Zagreb outdoor and mountaineering shop ("Planinarski kutak") on Sylius 1.12 (Doctrine snake_case,
sylius_ prefix): customers, addresses, shop users, admin users, orders and payments through CorvusPay, bank transfer
(uplatnica) and cash on delivery (pouzeće)."""
from __future__ import annotations

import json

from .blind14_gens import (HR_F, HR_LAST, HR_M, Rec, alnum, argon2id, b64, boolean, const, digits, fk, hr_person,
                           integer, ipv4, maybe, one, pk, ref, ts, when)
from .gens import Col, Table

S = "q_sylius"
N_CUST, N_ADDR, N_ORDER = 140, 150, 150
HR_IPS = ("31.45", "93.136", "78.0", "89.164", "46.188", "95.168", "188.252", "213.191", "141.138")
COMPANIES = ("Infobip d.o.o.", "Span d.d.", "Agrokor d.d.", "Ericsson Nikola Tesla d.d.", "Podravka d.d.",
             "Končar d.d.", "Rimac Technology d.o.o.", "Hrvatski Telekom d.d.", "Arbona d.o.o.", "Atlantic Grupa d.d.")
NOTES = ("Molim dostavu nakon 16 sati.", "Ako nisam doma, ostavite paket kod susjede {neighbour} na 2. katu.",
         "Poklon za {first}, molim bez računa u paketu.", "Nazovite prije dostave: {phone}",
         "Dostava na posao, recepcija, pitati za {first} {last}.", "Trebam R1 račun na tvrtku.",
         "Veličina cipela 42 ako 43 nije dostupna.", "Hitno, idemo na Velebit u subotu!",
         "Molim zamjenu za veći broj, vraćam stari paket kuriru.", "Ne zvoniti, beba spava. Ostaviti pred vratima.",
         "Javite se na mail {email} ako kasni.", "Platit ću karticom kod dostavljača.")


def _customer(c, i):
    p = hr_person(c)
    return {**p, "canon": p["email"].lower(), "gender": p["sex"] if c.r.random() < 0.7 else "u",
            "birthday": p["birth"] if c.r.random() < 0.35 else None}


def customers() -> Table:
    r = Rec(_customer)
    return Table(S, "sylius_customer", [
        pk("id", "integer"),
        Col("customer_group_id", "integer", "none", maybe(0.2, one(1, 2))),
        Col("default_address_id", "integer", "none", ref(N_ADDR, 0.15)),
        Col("email", "varchar(255)", "email", r.f("email")),
        Col("email_canonical", "varchar(255)", "email", r.f("canon")),
        Col("first_name", "varchar(255)", "person_name", r.f("first")),
        Col("last_name", "varchar(255)", "person_name", r.f("last")),
        Col("birthday", "timestamp", "birth_date", r.f("birthday")),
        Col("gender", "varchar(1)", "none", r.f("gender")),
        Col("created_at", "timestamp", "none", ts(2019, 2026)),
        Col("updated_at", "timestamp", "none", ts(2023, 2026, 0.3)),
        Col("phone_number", "varchar(255)", "phone", maybe(0.6, r.f("phone"))),
        Col("subscribed_to_newsletter", "boolean", "none", boolean(0.4)),
    ], rows=N_CUST)


def _address(c, i):
    p = hr_person(c)
    return {**p, "company": c.r.choice(COMPANIES) if c.r.random() < 0.12 else None,
            "pname": p["town"] if p["prov"] != "HR-21" else "Grad Zagreb"}


def addresses() -> Table:
    r = Rec(_address)
    return Table(S, "sylius_address", [
        pk("id", "integer"),
        Col("customer_id", "integer", "none", ref(N_CUST, 0.2)),
        Col("first_name", "varchar(255)", "person_name", r.f("first")),
        Col("last_name", "varchar(255)", "person_name", r.f("last")),
        Col("phone_number", "varchar(255)", "phone", r.f("phone")),
        Col("street", "varchar(255)", "postal_address", r.f("street")),
        Col("company", "varchar(255)", "none", r.f("company")),
        Col("city", "varchar(255)", "none", r.f("town")),
        Col("postcode", "varchar(255)", "postal_address", r.f("pc")),
        Col("created_at", "timestamp", "none", ts(2019, 2026)),
        Col("updated_at", "timestamp", "none", ts(2023, 2026, 0.4)),
        Col("country_code", "varchar(255)", "none", const("HR")),
        Col("province_code", "varchar(255)", "none", maybe(0.5, r.f("prov"))),
        Col("province_name", "varchar(255)", "none", maybe(0.3, r.f("pname"))),
    ], rows=N_ADDR, extra=[fk(S, "sylius_address", "customer_id", "sylius_customer"),
                           fk(S, "sylius_customer", "default_address_id", "sylius_address")])


SERIAL_ROLE = 'a:1:{i:0;s:9:"ROLE_USER";}'
ADMIN_ROLE = 'a:1:{i:0;s:26:"ROLE_ADMINISTRATION_ACCESS";}'


def _password(c):
    return argon2id(c).replace("argon2id", "argon2i") if c.r.random() < 0.8 else b64(c, 64)


def _shop_user(c, i):
    p = hr_person(c)
    verified = c.r.random() < 0.8
    reset = c.r.random() < 0.1
    return {"username": p["email"], "canon": p["email"].lower(), "salt": alnum(c, 31).lower(),
            "password": _password(c), "evt": None if verified else b64(c, 32, url=True),
            "verified": when(c, 2019, 2026) if verified else None,
            "reset": alnum(c, 32) if reset else None, "req": when(c, 2025, 2026) if reset else None}


def shop_users() -> Table:
    r = Rec(_shop_user)
    return Table(S, "sylius_shop_user", [
        pk("id", "integer"),
        Col("customer_id", "integer UNIQUE", "none", lambda c, i: i),
        Col("username", "varchar(255)", "email", r.f("username")),
        Col("username_canonical", "varchar(255)", "email", r.f("canon")),
        Col("enabled", "boolean", "none", boolean(0.95)),
        Col("salt", "varchar(255)", "none", r.f("salt")),
        Col("password", "varchar(255)", "credentials", r.f("password")),
        Col("last_login", "timestamp", "none", ts(2024, 2026, 0.1)),
        Col("password_reset_token", "varchar(255)", "secret_token", r.f("reset")),
        Col("password_requested_at", "timestamp", "none", r.f("req")),
        Col("email_verification_token", "varchar(255)", "secret_token", r.f("evt")),
        Col("verified_at", "timestamp", "none", r.f("verified")),
        Col("locked", "boolean", "none", const(False)),
        Col("expires_at", "timestamp", "none", const(None)),
        Col("credentials_expire_at", "timestamp", "none", const(None)),
        Col("roles", "text", "none", const(SERIAL_ROLE)),
        Col("encoder_name", "varchar(255)", "none", one("argon2i", "argon2i", "argon2i", "sha512")),
        Col("created_at", "timestamp", "none", ts(2019, 2026)),
        Col("updated_at", "timestamp", "none", ts(2024, 2026)),
    ], rows=130, extra=[fk(S, "sylius_shop_user", "customer_id", "sylius_customer")])


ADMINS = (("ivana.peric", "Ivana", "Perić"), ("tomislav", "Tomislav", "Horvat"), ("skladiste", "Davor", "Knežević"),
          ("marija.b", "Marija", "Babić"), ("webshop", "Hrvoje", "Lovrić"), ("luka.admin", "Luka", "Šimić"),
          ("racunovodstvo", "Snježana", "Vidović"), ("dora", "Dora", "Matić"), ("agencija.pixel", "Filip", "Grgić"),
          ("support", "Nikolina", "Jurić"))


def _admin(c, i):
    user, first, last = ADMINS[(i - 1) % len(ADMINS)]
    em = f"{first.lower().replace('š', 's').replace('ž', 'z').replace('č', 'c')}@planinarski-kutak.hr"
    return {"user": user, "first": first, "last": last, "email": em, "salt": alnum(c, 31).lower(),
            "password": _password(c)}


def admins() -> Table:
    r = Rec(_admin)
    return Table(S, "sylius_admin_user", [
        pk("id", "integer"),
        Col("username", "varchar(255)", "none", r.f("user")),
        Col("username_canonical", "varchar(255)", "none", r.f("user")),
        Col("enabled", "boolean", "none", boolean(0.9)),
        Col("salt", "varchar(255)", "none", r.f("salt")),
        Col("password", "varchar(255)", "credentials", r.f("password")),
        Col("last_login", "timestamp", "none", ts(2025, 2026)),
        Col("password_reset_token", "varchar(255)", "secret_token", maybe(0.3, lambda c, i: alnum(c, 32))),
        Col("password_requested_at", "timestamp", "none", ts(2025, 2026, 0.7)),
        Col("email_verification_token", "varchar(255)", "none", const(None)),
        Col("verified_at", "timestamp", "none", const(None)),
        Col("locked", "boolean", "none", const(False)),
        Col("expires_at", "timestamp", "none", const(None)),
        Col("credentials_expire_at", "timestamp", "none", const(None)),
        Col("roles", "text", "none", const(ADMIN_ROLE)),
        Col("email", "varchar(255)", "email", r.f("email")),
        Col("email_canonical", "varchar(255)", "email", r.f("email")),
        Col("created_at", "timestamp", "none", ts(2019, 2022)),
        Col("updated_at", "timestamp", "none", ts(2024, 2026)),
        Col("first_name", "varchar(255)", "person_name", r.f("first")),
        Col("last_name", "varchar(255)", "person_name", r.f("last")),
        Col("locale_code", "varchar(255)", "none", one("hr_HR", "hr_HR", "en_US")),
        Col("encoder_name", "varchar(255)", "none", const("argon2i")),
    ], rows=10)


def _order(c, i):
    p = hr_person(c)
    state = c.r.choice(("new", "new", "fulfilled", "fulfilled", "fulfilled", "cancelled", "cart"))
    items = c.r.randint(1500, 189900)
    ship = c.r.choice((0, 0, 3500, 4500))
    note = None
    if c.r.random() < 0.45:
        neighbour = f"{c.r.choice(HR_F + HR_M)} {c.r.choice(HR_LAST)}"
        note = c.r.choice(NOTES).format(first=p["first"], last=p["last"], phone=p["phone"], email=p["email"],
                                        neighbour=neighbour)
    return {"state": state, "items": items, "adj": ship, "total": items + ship, "note": note,
            "checkout": "cart" if state == "cart" else "completed",
            "pay": {"cart": "cart", "cancelled": "cancelled", "new": c.r.choice(("awaiting_payment", "paid"))}.get(
                state, "paid"),
            "ship": {"fulfilled": "shipped", "cart": "cart", "cancelled": "cancelled"}.get(state, "ready"),
            "completed": None if state == "cart" else when(c, 2020, 2026)}


def orders() -> Table:
    r = Rec(_order)
    return Table(S, "sylius_order", [
        pk("id", "integer"),
        Col("shipping_address_id", "integer", "none", ref(N_ADDR, 0.1)),
        Col("billing_address_id", "integer", "none", ref(N_ADDR, 0.1)),
        Col("channel_id", "integer", "none", const(1)),
        Col("promotion_coupon_id", "integer", "none", maybe(0.1, one(3, 4, 7))),
        Col("customer_id", "integer", "none", ref(N_CUST, 0.05)),
        Col("number", "varchar(255)", "none", lambda c, i: f"{10200 + i:09d}"),
        Col("notes", "text", "free_text_may_contain_pii", r.f("note")),
        Col("state", "varchar(255)", "none", r.f("state")),
        Col("checkout_completed_at", "timestamp", "none", r.f("completed")),
        Col("items_total", "integer", "none", r.f("items")),
        Col("adjustments_total", "integer", "none", r.f("adj")),
        Col("total", "integer", "none", r.f("total")),
        Col("created_at", "timestamp", "none", ts(2020, 2026)),
        Col("updated_at", "timestamp", "none", ts(2020, 2026)),
        Col("currency_code", "varchar(3)", "none", one("EUR", "EUR", "EUR", "HRK")),
        Col("locale_code", "varchar(255)", "none", one("hr_HR", "hr_HR", "hr_HR", "en_US")),
        Col("checkout_state", "varchar(255)", "none", r.f("checkout")),
        Col("payment_state", "varchar(255)", "none", r.f("pay")),
        Col("shipping_state", "varchar(255)", "none", r.f("ship")),
        Col("token_value", "varchar(255)", "secret_token", lambda c, i: alnum(c, 10)),
        Col("customer_ip", "varchar(255)", "ip_address", lambda c, i: ipv4(c, HR_IPS)),
        Col("created_by_guest", "boolean", "none", boolean(0.3)),
    ], rows=N_ORDER, extra=[fk(S, "sylius_order", "customer_id", "sylius_customer"),
                            fk(S, "sylius_order", "shipping_address_id", "sylius_address"),
                            fk(S, "sylius_order", "billing_address_id", "sylius_address")])


def _payment(c, i):
    method = c.r.choice((1, 1, 1, 2, 3))
    if method == 1:
        p = hr_person(c)
        brand = c.r.choice(("visa", "mastercard", "maestro", "diners"))
        pan = {"visa": "4", "mastercard": "5", "maestro": "6", "diners": "3"}[brand] + digits(c, 5)
        details = {"order_number": f"PK-{c.r.randint(100000, 999999)}", "approval_code": digits(c, 6),
                   "card_type": brand, "masked_pan": f"{pan}******{digits(c, 4)}",
                   "cardholder_name": f"{p['first']} {p['last']}".upper(), "installments": c.r.choice((0, 0, 0, 3, 6))}
    elif method == 2:
        details = {"model": "HR00", "poziv_na_broj": f"{c.r.randint(10000, 99999)}-{c.r.randint(2020, 2026)}",
                   "iban_primatelja": "HR1723600001101234565"}
    else:
        details = {"pouzece": True, "dostavljac": c.r.choice(("GLS", "Overseas", "HP Express", "DPD"))}
    return {"method": method, "details": json.dumps(details, ensure_ascii=False)}


def payments() -> Table:
    r = Rec(_payment)
    return Table(S, "sylius_payment", [
        pk("id", "integer"),
        Col("method_id", "integer", "none", r.f("method")),
        Col("order_id", "integer", "none", ref(N_ORDER)),
        Col("currency_code", "varchar(3)", "none", const("EUR")),
        Col("amount", "integer", "none", integer(1500, 189900)),
        Col("state", "varchar(255)", "none", one("completed", "completed", "new", "failed", "refunded")),
        Col("details", "json", "free_text_may_contain_pii", r.f("details")),
        Col("created_at", "timestamp", "none", ts(2020, 2026)),
        Col("updated_at", "timestamp", "none", ts(2020, 2026)),
    ], rows=150, extra=[fk(S, "sylius_payment", "order_id", "sylius_order")])


def sylius_tables() -> list[Table]:
    return [customers(), addresses(), shop_users(), admins(), orders(), payments()]
