"""aw_vendure: Vendure 2 (headless TypeScript commerce on PostgreSQL, camelCase columns) as recalled from memory, for a
Saint-Pierre shop selling local crafts, salted cod and books, shipping to Canada and metropolitan France."""
from __future__ import annotations

import json

from .blind26_gens import (C, b64, bcrypt, const, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps)
from .blind47_gens import POOLS, any_mobile, any_name, person, pick
from .gens import Table

S = "aw_vendure"
CUS, ADM = "vd.customer", "vd.admin"
N_CUS, N_ADM, N_ORD, N_VAR = 140, 8, 150, 90
PRODUCTS = ["Morue salée 500 g", "Confiture de plate-bière", "Livre: Histoire des Îles", "Doris miniature en bois",
            "Tuque tricotée", "Carte postale Île aux Marins", "Sirop de bleuets", "Tasse drapeau basque"]


def _json_addr(c, i):
    n = (i * 3) % N_CUS + 1
    p = lambda f: person("pm", CUS, f)(c, n)     # noqa: E731
    return json.dumps({"fullName": p("full"), "streetLine1": p("a_line"), "city": p("a_city"), "postalCode": "97500",
                       "countryCode": "PM", "phoneNumber": p("mobile")}, ensure_ascii=False)


def _history(c, i):
    return json.dumps(c.r.choice([{"from": "ArrangingPayment", "to": "PaymentSettled"},
                                  {"note": "Client a appelé, livrer chez sa voisine "
                                           f"{any_name('pm')(c, i)} au {any_mobile('pm')(c, i)}"},
                                  {"note": "Colis parti par le Nordik Express."},
                                  {"from": "PaymentSettled", "to": "Shipped"}]), ensure_ascii=False)


def vendure_tables() -> list[Table]:
    cu = lambda f: person("pm", CUS, f, 1950, 2005)     # noqa: E731
    ad = lambda f: person("pm", ADM, f, 1970, 2000)     # noqa: E731
    return [
        Table(S, "user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("createdAt", "timestamp", "none", stamps(2021, 2024)),
            C("identifier", "varchar(255)", "email", lambda c, i: cu("email")(c, i) if i <= N_CUS
              else f"{ad('user')(c, i - N_CUS)}@boutique-archipel.pm"),
            C("verified", "boolean", "none", flag(0.9)),
            C("lastLogin", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("deletedAt", "timestamp", "none", const(None)),
        ], rows=N_CUS + N_ADM),
        Table(S, "authentication_method", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("type", "varchar(255)", "none", const("NativeAuthenticationMethod")),
            C("identifier", "varchar(255)", "email", lambda c, i: cu("email")(c, i)),
            C("passwordHash", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("verificationToken", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 24), 0.1)),
            C("passwordResetToken", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 24), 0.1)),
            C("identifierChangeToken", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 24), 0.05)),
            C("pendingIdentifier", "varchar(255)", "email", maybe(lambda c, i: f"{cu('user')(c, i)}@cheznoo.net", 0.05)),
            C("userId", "integer", "none", seq()),
        ], rows=N_CUS, extra=[fkey(S, "authentication_method", "userId", "user", "id")]),
        Table(S, "administrator", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("firstName", "varchar(255)", "person_name", ad("first")),
            C("lastName", "varchar(255)", "person_name", ad("last")),
            C("emailAddress", "varchar(255)", "email", lambda c, i: f"{ad('user')(c, i)}@boutique-archipel.pm"),
            C("userId", "integer", "none", lambda c, i: N_CUS + i),
        ], rows=N_ADM, extra=[fkey(S, "administrator", "userId", "user", "id")]),
        Table(S, "customer", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("createdAt", "timestamp", "none", stamps(2021, 2025)),
            C("title", "varchar(255)", "none", one("", "M.", "Mme")),
            C("firstName", "varchar(255)", "person_name", cu("first")),
            C("lastName", "varchar(255)", "person_name", cu("last")),
            C("phoneNumber", "varchar(255)", "phone", maybe(cu("mobile"), 0.7)),
            C("emailAddress", "varchar(255)", "email", cu("email")),
            C("userId", "integer", "none", seq()),
            C("customFieldsNewsletter", "boolean", "none", flag(0.4)),
        ], rows=N_CUS, extra=[fkey(S, "customer", "userId", "user", "id")]),
        Table(S, "address", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("customerId", "integer", "none", fk(N_CUS, 1)),
            C("fullName", "varchar(255)", "person_name", lambda c, i: cu("full")(c, (i - 1) % N_CUS + 1)),
            C("company", "varchar(255)", "none", maybe(one("Mairie de Miquelon", "Pêcheries de l'Archipel",
                                                           "Collège Saint-Christophe"), 0.15)),
            C("streetLine1", "varchar(255)", "postal_address", lambda c, i: cu("a_line")(c, (i - 1) % N_CUS + 1)),
            C("streetLine2", "varchar(255)", "postal_address", maybe(one("Appt 2", "BP 4210", "Chez Mme Olano"), 0.2)),
            C("city", "varchar(255)", "none", lambda c, i: cu("a_city")(c, (i - 1) % N_CUS + 1)),
            C("province", "varchar(255)", "none", const("")),
            C("postalCode", "varchar(255)", "postal_address", const("97500")),
            C("phoneNumber", "varchar(255)", "phone", lambda c, i: cu("phone")(c, (i - 1) % N_CUS + 1)),
            C("defaultShippingAddress", "boolean", "none", flag(0.8)),
            C("defaultBillingAddress", "boolean", "none", flag(0.8)),
            C("countryId", "integer", "none", one(1, 1, 1, 2, 3)),
        ], rows=N_CUS, extra=[fkey(S, "address", "customerId", "customer", "id")]),
        Table(S, "product_variant", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("sku", "varchar(255)", "none", lambda c, i: f"SPM-{i:04d}"),
            C("name", "varchar(255)", "none", pick(*PRODUCTS)),
            C("enabled", "boolean", "none", flag(0.9)),
            C("outOfStockThreshold", "integer", "none", const(0)),
            C("taxCategoryId", "integer", "none", one(1, 2)),
        ], rows=N_VAR),
        Table(S, "order", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("code", "varchar(255)", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                                   for _ in range(16))),
            C("state", "varchar(255)", "none", one("PaymentSettled", "Shipped", "Delivered", "Cancelled")),
            C("active", "boolean", "none", flag(0.05)),
            C("orderPlacedAt", "timestamp", "none", stamps(2022, 2025)),
            C("couponCodes", "text", "none", one("", "", "NOEL24", "MIQUELON10")),
            C("shippingAddress", "text", "postal_address", _json_addr),
            C("billingAddress", "text", "postal_address", _json_addr),
            C("currencyCode", "varchar(3)", "none", one("EUR", "EUR", "CAD")),
            C("subTotal", "integer", "none", ints(800, 24000)),
            C("shippingWithTax", "integer", "none", ints(0, 4500)),
            C("customerId", "integer", "none", fk(N_CUS, 3)),
            C("type", "varchar(255)", "none", const("Regular")),
        ], rows=N_ORD, extra=[fkey(S, "order", "customerId", "customer", "id")]),
        Table(S, "order_line", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("orderId", "integer", "none", fk(N_ORD, 1)),
            C("productVariantId", "integer", "none", fk(N_VAR, 7)),
            C("quantity", "integer", "none", ints(1, 4)),
            C("listPrice", "integer", "none", ints(300, 6000)),
            C("customFieldsGiftMessage", "text", "free_text_may_contain_pii", maybe(lambda c, i: c.r.choice([
                f"Joyeux anniversaire {POOLS['pm']['f'][i % 14]} ! Bises de Saint-Pierre",
                "Bonne fête", f"Pour tonton {POOLS['pm']['m'][i % 14]}, de la part de toute la famille"]), 0.3)),
        ], rows=150, extra=[fkey(S, "order_line", "orderId", "order", "id"),
                            fkey(S, "order_line", "productVariantId", "product_variant", "id")]),
        Table(S, "payment", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("method", "varchar(255)", "none", one("stripe", "stripe", "virement-bancaire", "paiement-boutique")),
            C("amount", "integer", "none", ints(800, 28000)),
            C("state", "varchar(255)", "none", one("Settled", "Settled", "Declined", "Authorized")),
            C("transactionId", "varchar(255)", "none", lambda c, i: f"pi_3{hexs(c, 22)}"),
            C("errorMessage", "varchar(255)", "none", maybe(const("Your card was declined."), 0.05)),
            C("metadata", "text", "none", lambda c, i: json.dumps({"last4": digits(c, 4), "brand": "visa"})),
            C("orderId", "integer", "none", fk(N_ORD, 1)),
        ], rows=N_ORD, extra=[fkey(S, "payment", "orderId", "order", "id")]),
        Table(S, "session", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("token", "varchar(255)", "secret_token", lambda c, i: hexs(c, 40)),
            C("expires", "timestamp", "none", stamps(2025, 2026)),
            C("invalidated", "boolean", "none", flag(0.2)),
            C("type", "varchar(255)", "none", one("AuthenticatedSession", "AnonymousSession")),
            C("userId", "integer", "none", fk(N_CUS, 11, 3)),
            C("authenticationStrategy", "varchar(255)", "none", const("native")),
        ], rows=150, extra=[fkey(S, "session", "userId", "user", "id")]),
        Table(S, "history_entry", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("createdAt", "timestamp", "none", stamps(2022, 2025)),
            C("type", "varchar(255)", "none", one("ORDER_STATE_TRANSITION", "ORDER_NOTE")),
            C("isPublic", "boolean", "none", flag(0.3)),
            C("data", "text", "free_text_may_contain_pii", _history),
            C("administratorId", "integer", "none", fk(N_ADM, 1, 2)),
            C("orderId", "integer", "none", fk(N_ORD, 5)),
        ], rows=150, extra=[fkey(S, "history_entry", "orderId", "order", "id"),
                            fkey(S, "history_entry", "administratorId", "administrator", "id")]),
    ]
