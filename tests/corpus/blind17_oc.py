"""t_oc: an Open Collective (opencollective-api) database of a Belgian fiscal host and its grassroots collectives.

Sequelize names: PascalCase quoted tables, camelCase columns, "…Id" foreign keys to "Users" and "Collectives".
Collectives 1-100 are the USER profiles of users 1-100; 101-140 are organisations, collectives and the host.
"""
from __future__ import annotations

import json

from .blind17_gens import (argon2id, b64, bcrypt, boolean, chars, fill, fk, fkey, hexs, iban_be, ipv4, num,
                           person, pick, ref, rng, seq, some, spaced, uuid4, when, wpick)
from .gens import Col, Ctx, Table

S = "t_oc"
U = "oc.users"
NU = 100
ORGS = ["Open Collective Europe ASBL", "Repair Café Gent", "Fietsersbond Leuven-Noord", "Hackerspace Bruxelles",
        "Voedselteam Mechelen", "CoderDojo Antwerpen Zuid", "Kringloop De Cirkel", "Buurtmoestuin Dampoort",
        "Atelier Vélo Liège", "Open Knowledge Vlaanderen", "Zwerfkat Brugge vzw", "Namur Linux User Group",
        "Festival Les Tilleuls", "Schoolstraat Sint-Amandsberg", "Climate Bike Ride 2024", "PeerTube Belgique"]
TS = "timestamp with time zone"


def _p(c: Ctx, j: int):
    return person(c, U, j, "be", (1958, 2004))


def _slug(s: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in s.lower().replace("é", "e").replace("ë", "e").replace("ç", "c"))
    return "-".join(part for part in out.split("-") if part)


def _users() -> Table:
    def data(c: Ctx, i: int) -> str:
        req = {"ip": ipv4(["81.82", "84.197", "91.180", "178.51", "109.130", "2.233"])(c, i),
               "userAgent": c.r.choice(["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Firefox/122.0",
                                        "Mozilla/5.0 (Linux; Android 14) Chrome/121.0 Mobile"])}
        return json.dumps({"creationRequest": req} if c.r.random() < 0.8 else {})
    return Table(S, "Users", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("email", "character varying(255) NOT NULL", "email", lambda c, i: _p(c, i).email),
        Col("createdAt", TS + " NOT NULL", "none", when(2017, 2024)),
        Col("updatedAt", TS + " NOT NULL", "none", when(2024, 2024)),
        Col("deletedAt", TS, "none", some(0.03, when(2024, 2024))),
        Col("lastLoginAt", TS, "none", when(2023, 2024)),
        Col("CollectiveId", "integer", "none", seq),
        Col("emailWaitingForValidation", "character varying(255)", "email",
            lambda c, i: f"{_p(c, i).first.lower()}@posteo.be" if c.r.random() < 0.05 else None),
        Col("emailConfirmationToken", "character varying(255)", "secret_token", some(0.1, hexs(40))),
        Col("passwordHash", "character varying(255)", "credentials", lambda c, i: bcrypt(c, i) if i % 4 == 0 else None),
        Col("passwordUpdatedAt", TS, "none", lambda c, i: when(2022, 2024)(c, i) if i % 4 == 0 else None),
        Col("confirmedAt", TS, "none", when(2017, 2024)),
        Col("newsletterOptIn", "boolean DEFAULT false", "none", boolean(0.3)),
        Col("data", "jsonb DEFAULT '{}'::jsonb", "ip_address", data),
        Col("twoFactorAuthRecoveryCode", "character varying(255)", "credentials",
            lambda c, i: argon2id(c, i) if i % 7 == 0 else None),
        Col("changelogViewDate", TS, "none", some(0.3, when(2023, 2024))),
    ], rows=NU)


def _is_person(i: int) -> bool:
    return i <= NU


def _cname(c: Ctx, i: int) -> str:
    if _is_person(i):
        p = _p(c, i)
        return "Incognito" if i % 23 == 0 else f"{p.first} {p.last}"
    return ORGS[(i - 101) % len(ORGS)] + ("" if i - 101 < len(ORGS) else f" {i - 100}")


def _caddr(c: Ctx, i: int) -> str | None:
    if _is_person(i):
        p = _p(c, i)
        return f"{p.street}\n{p.postcode} {p.city}" if rng(c, "oc.addr", i).random() < 0.35 else None
    return c.r.choice([None, "Rue Royale 12\n1000 Bruxelles", "Dampoortstraat 54\n9000 Gent", "Bondgenotenlaan 3\n3000 "
                       "Leuven"])


def _cgeo(c: Ctx, i: int) -> str | None:
    if not _is_person(i) or rng(c, "oc.addr", i).random() >= 0.35:
        return None
    p = _p(c, i)
    return json.dumps({"type": "Point", "coordinates": [p.lat, p.lon]})


def _collectives() -> Table:
    def ctype(c: Ctx, i: int) -> str:
        return "USER" if _is_person(i) else ("ORGANIZATION" if i in (101, 111) else
                                             "EVENT" if i % 9 == 0 else "COLLECTIVE")
    about = fill(["Samen repareren in plaats van weggooien.", "Un atelier vélo participatif et solidaire.",
                  "Open source enthusiast, maintainer of a few npm packages.",
                  "We verzamelen voedsel bij lokale boeren.",
                  "Backer of open source.", ""])
    return Table(S, "Collectives", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("name", "character varying(255)", "person_name", _cname),
        Col("slug", "character varying(255)", "none", lambda c, i: _slug(_cname(c, i)) + ("" if i % 23 else str(i))),
        Col("type", "character varying(255) DEFAULT 'COLLECTIVE'", "none", ctype),
        Col("description", "character varying(255)", "none", about),
        Col("longDescription", "text", "none", lambda c, i: None if _is_person(i) else
            "<p>" + c.r.choice(["Elke derde zaterdag in het buurthuis.", "Nous nous retrouvons chaque mardi soir.",
                               "Budget transparent: zie onze uitgaven."]) + "</p>"),
        Col("currency", "character varying(255)", "none", pick("EUR", "EUR", "EUR", "USD")),
        Col("image", "character varying(255)", "none", some(0.5, chars(12, prefix="https://images.oc.com/"))),
        Col("website", "character varying(255)", "none",
            lambda c, i: None if _is_person(i) else f"https://{_slug(_cname(c, i))[:18]}.be"),
        Col("twitterHandle", "character varying(255)", "none", some(0.2, lambda c, i: _slug(_cname(c, i))[:14])),
        Col("countryISO", "character varying(255)", "none", pick("BE", "BE", "BE", "NL", "FR", None)),
        Col("address", "text", "postal_address", _caddr),
        Col("geoLocationLatLong", "jsonb", "geo_location", _cgeo),
        Col("legalName", "character varying(255)", "person_name",
            lambda c, i: (f"{_p(c, i).first} {_p(c, i).last}" if i % 23 == 0 else None) if _is_person(i)
            else _cname(c, i).replace("vzw", "VZW") if c.r.random() < 0.5 else None),
        Col("isIncognito", "boolean DEFAULT false", "none", lambda c, i: i % 23 == 0),
        Col("isHostAccount", "boolean DEFAULT false", "none", lambda c, i: i == 101),
        Col("HostCollectiveId", "integer", "none", lambda c, i: None if _is_person(i) or i == 101 else 101),
        Col("ParentCollectiveId", "integer", "none", lambda c, i: 102 + i % 8 if ctype(c, i) == "EVENT" else None),
        Col("CreatedByUserId", "integer", "none", lambda c, i: i if _is_person(i) else c.r.randint(1, NU)),
        Col("createdAt", TS + " NOT NULL", "none", when(2017, 2024)),
        Col("settings", "jsonb", "none",
            pick('{"features": {"conversations": true}}', '{}', '{"VAT": {"type": "HOST"}}')),
        Col("tags", "character varying(255)[]", "none", pick(None, "{repair,circular-economy}", "{open-source}",
                                                            "{food,local}", "{cycling,mobility}")),
        Col("isActive", "boolean DEFAULT false", "none", boolean(0.8)),
    ], rows=140, extra=[fkey(S, "Collectives", "HostCollectiveId", "Collectives"),
                        fkey(S, "Collectives", "ParentCollectiveId", "Collectives"),
                        fkey(S, "Collectives", "CreatedByUserId", "Users"),
                        fkey(S, "Users", "CollectiveId", "Collectives")])


_PM = ref("oc.pm", NU)


def _pm_data(c: Ctx, i: int) -> str:
    p = _p(c, _PM(c, i))
    return json.dumps({"brand": c.r.choice(["Visa", "MasterCard", "American Express", "Bancontact"]),
                       "country": "BE", "expMonth": c.r.randint(1, 12), "expYear": c.r.randint(2025, 2030),
                       "fullName": f"{p.first} {p.last}", "funding": "credit",
                       "fingerprint": chars(16)(c, i)}, ensure_ascii=False)


def _payment_methods() -> Table:
    return Table(S, "PaymentMethods", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("uuid", "uuid", "none", uuid4),
        Col("CollectiveId", "integer", "none", _PM),
        Col("CreatedByUserId", "integer", "none", _PM),
        Col("name", "character varying(255)", "none", lambda c, i: f"{c.r.randint(0, 9999):04d}"),
        Col("token", "character varying(255)", "secret_token",
            lambda c, i: c.r.choice(["tok_", "pm_", "src_"]) + chars(24)(c, i)),
        Col("customerId", "character varying(255)", "none", chars(14, prefix="cus_")),
        Col("service", "character varying(255) DEFAULT 'stripe'", "none", pick("stripe", "stripe", "paypal")),
        Col("type", "character varying(255)", "none", pick("creditcard", "creditcard", "bancontact", "sepa_debit")),
        Col("data", "jsonb", "person_name", _pm_data),
        Col("expiryDate", TS, "none", when(2025, 2030)),
        Col("currency", "character varying(3)", "none", pick("EUR")),
        Col("archivedAt", TS, "none", some(0.1, when(2023, 2024))),
        Col("saved", "boolean", "none", boolean(0.7)),
        Col("primary", "boolean DEFAULT false", "none", boolean(0.5)),
        Col("createdAt", TS + " NOT NULL", "none", when(2018, 2024)),
    ], rows=110, extra=[fkey(S, "PaymentMethods", "CollectiveId", "Collectives"),
                        fkey(S, "PaymentMethods", "CreatedByUserId", "Users")])


_OR = ref("oc.order", NU)


def _orders() -> Table:
    private = fill(["Graag een factuur op naam van {name}, {street}.", "Can you send the receipt to {mail}?",
                    "Pour l'atelier du samedi. Contact : {phone}", "Mag anoniem blijven aub."],
                   name=lambda c, i: f"{_p(c, _OR(c, i)).first} {_p(c, _OR(c, i)).last}",
                   street=lambda c, i: _p(c, _OR(c, i)).street, mail=lambda c, i: _p(c, _OR(c, i)).email,
                   phone=lambda c, i: _p(c, _OR(c, i)).phone)
    return Table(S, "Orders", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("CreatedByUserId", "integer", "none", _OR),
        Col("FromCollectiveId", "integer", "none", _OR),
        Col("CollectiveId", "integer", "none", num(102, 140)),
        Col("PaymentMethodId", "integer", "none", fk(110)),
        Col("quantity", "integer", "none", pick(1, 1, 1, 2)),
        Col("currency", "character varying(3)", "none", pick("EUR")),
        Col("totalAmount", "integer", "none", pick(500, 1000, 1500, 2000, 2500, 5000, 10000)),
        Col("description", "character varying(255)", "none",
            pick("Monthly financial contribution", "Financial contribution", "Lidgeld 2024", "Don ponctuel")),
        Col("publicMessage", "character varying(255)", "none",
            pick(None, None, "Keep up the good work!", "Merci pour tout ❤", "Veel succes!")),
        Col("privateMessage", "text", "free_text_may_contain_pii", some(0.4, private)),
        Col("status", "character varying(255)", "none", pick("PAID", "PAID", "ACTIVE", "CANCELLED", "ERROR")),
        Col("processedAt", TS, "none", when(2019, 2024)),
        Col("interval", "character varying(255)", "none", pick(None, "month", "year")),
        Col("createdAt", TS + " NOT NULL", "none", when(2019, 2024)),
        Col("data", "jsonb", "none", pick('{"platformTip": 200}', '{"isFeesOnTop": true}', '{}')),
    ], rows=150, extra=[fkey(S, "Orders", c_, t_) for c_, t_ in [
        ("CreatedByUserId", "Users"), ("FromCollectiveId", "Collectives"), ("CollectiveId", "Collectives"),
        ("PaymentMethodId", "PaymentMethods")]])


_PO = ref("oc.po", NU)


def _payout_methods() -> Table:
    def data(c: Ctx, i: int) -> str:
        p = _p(c, _PO(c, i))
        if rng(c, "oc.po:t", i).random() < 0.2:
            return json.dumps({"email": p.email})
        ib = iban_be(c, i)
        return json.dumps({"accountHolderName": f"{p.first} {p.last}", "currency": "EUR", "type": "iban",
                           "details": {"IBAN": spaced(ib) if c.r.random() < 0.5 else ib}}, ensure_ascii=False)
    return Table(S, "PayoutMethods", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("type", "character varying(255)", "none",
            lambda c, i: "PAYPAL" if rng(c, "oc.po:t", i).random() < 0.2 else "BANK_ACCOUNT"),
        Col("data", "jsonb", "iban", data),
        Col("name", "character varying(255)", "none", pick(None, "Mijn rekening", "Compte Belfius", "KBC")),
        Col("isSaved", "boolean", "none", boolean(0.8)),
        Col("CollectiveId", "integer", "none", _PO),
        Col("CreatedByUserId", "integer", "none", _PO),
        Col("createdAt", TS + " NOT NULL", "none", when(2019, 2024)),
    ], rows=100, extra=[fkey(S, "PayoutMethods", "CollectiveId", "Collectives"),
                        fkey(S, "PayoutMethods", "CreatedByUserId", "Users")])


_EX = ref("oc.ex", NU)


def _expenses() -> Table:
    def loc(c: Ctx, i: int) -> str:
        p = _p(c, _EX(c, i))
        return json.dumps({"address": f"{p.street}, {p.postcode} {p.city}", "country": "BE"}, ensure_ascii=False)
    msg = fill(["Bonnetjes in bijlage. Bel me op {phone} als er iets ontbreekt.", "Remboursement achat chambres à air.",
                "Huur zaal buurthuis, betaald met eigen kaart.", "Voor vragen: {mail}"],
               phone=lambda c, i: _p(c, _EX(c, i)).phone, mail=lambda c, i: _p(c, _EX(c, i)).email)
    info = fill(["{name}\n{street}\n{pc} {city}", "{name} - BTW niet van toepassing (particulier)", ""],
                name=lambda c, i: f"{_p(c, _EX(c, i)).first} {_p(c, _EX(c, i)).last}",
                street=lambda c, i: _p(c, _EX(c, i)).street, pc=lambda c, i: _p(c, _EX(c, i)).postcode,
                city=lambda c, i: _p(c, _EX(c, i)).city)
    return Table(S, "Expenses", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("UserId", "integer", "none", _EX),
        Col("CollectiveId", "integer", "none", num(102, 140)),
        Col("FromCollectiveId", "integer", "none", _EX),
        Col("description", "character varying(255)", "none",
            pick("Materiaal repair café", "Location salle", "Fietsonderdelen", "Drukwerk flyers", "Hosting VPS")),
        Col("amount", "integer", "none", num(500, 60000)),
        Col("currency", "character varying(255)", "none", pick("EUR")),
        Col("incurredAt", TS, "none", when(2020, 2024)),
        Col("status", "character varying(255)", "none", pick("PENDING", "APPROVED", "PAID", "PAID", "REJECTED")),
        Col("type", "character varying(255)", "none", pick("RECEIPT", "RECEIPT", "INVOICE", "UNCLASSIFIED")),
        Col("payeeLocation", "jsonb", "postal_address", loc),
        Col("privateMessage", "text", "free_text_may_contain_pii", some(0.5, msg)),
        Col("invoiceInfo", "text", "free_text_may_contain_pii", some(0.4, info)),
        Col("legalName", "character varying(255)", "person_name",
            lambda c, i: f"{_p(c, _EX(c, i)).first} {_p(c, _EX(c, i)).last}" if c.r.random() < 0.3 else None),
        Col("PayoutMethodId", "integer", "none", fk(100, 0.1)),
        Col("createdAt", TS + " NOT NULL", "none", when(2020, 2024)),
        Col("lastEditedById", "integer", "none", _EX),
    ], rows=100, extra=[fkey(S, "Expenses", c_, t_) for c_, t_ in [
        ("UserId", "Users"), ("CollectiveId", "Collectives"), ("FromCollectiveId", "Collectives"),
        ("PayoutMethodId", "PayoutMethods"), ("lastEditedById", "Users")]])


def _transactions() -> Table:
    amount = lambda c, i: rng(c, "oc.tx", i).choice([500, 1000, 2000, 2500, 5000, 12000])  # noqa: E731
    return Table(S, "Transactions", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("uuid", "uuid", "none", uuid4),
        Col("type", "character varying(255)", "none", pick("CREDIT", "DEBIT")),
        Col("kind", "character varying(255)", "none", pick("CONTRIBUTION", "HOST_FEE", "PLATFORM_TIP", "EXPENSE")),
        Col("description", "character varying(255)", "none", pick("Monthly financial contribution", "Host Fee",
                                                                  "Financial contribution to Repair Café Gent")),
        Col("amount", "integer", "none", amount),
        Col("currency", "character varying(255)", "none", pick("EUR")),
        Col("hostCurrency", "character varying(255)", "none", pick("EUR")),
        Col("hostCurrencyFxRate", "double precision", "none", pick(1.0)),
        Col("amountInHostCurrency", "integer", "none", amount),
        Col("platformFeeInHostCurrency", "integer", "none", pick(0)),
        Col("hostFeeInHostCurrency", "integer", "none", lambda c, i: -amount(c, i) // 20),
        Col("paymentProcessorFeeInHostCurrency", "integer", "none", lambda c, i: -(25 + amount(c, i) * 15 // 1000)),
        Col("CreatedByUserId", "integer", "none", fk(NU)),
        Col("FromCollectiveId", "integer", "none", fk(NU)),
        Col("CollectiveId", "integer", "none", num(102, 140)),
        Col("HostCollectiveId", "integer", "none", pick(101)),
        Col("OrderId", "integer", "none", fk(150, 0.3)),
        Col("ExpenseId", "integer", "none", fk(100, 0.7)),
        Col("PaymentMethodId", "integer", "none", fk(110, 0.2)),
        Col("TransactionGroup", "uuid", "none", uuid4),
        Col("isRefund", "boolean DEFAULT false", "none", boolean(0.03)),
        Col("clearedAt", TS, "none", when(2019, 2024)),
        Col("createdAt", TS + " NOT NULL", "none", when(2019, 2024)),
        Col("data", "jsonb", "none", lambda c, i: json.dumps({"charge": {"id": chars(24, prefix="ch_")(c, i)}})),
    ], rows=150, extra=[fkey(S, "Transactions", c_, t_) for c_, t_ in [
        ("CreatedByUserId", "Users"), ("FromCollectiveId", "Collectives"), ("CollectiveId", "Collectives"),
        ("HostCollectiveId", "Collectives"), ("OrderId", "Orders"), ("ExpenseId", "Expenses"),
        ("PaymentMethodId", "PaymentMethods")]])


_CA = ref("oc.ca", NU)


def _connected() -> Table:
    svc = lambda c, i: rng(c, "oc.ca:s", i).choice(["github", "github", "twitter", "stripe", "paypal"])  # noqa: E731
    return Table(S, "ConnectedAccounts", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("service", "character varying(255)", "none", svc),
        Col("username", "character varying(255)", "none", lambda c, i: _p(c, _CA(c, i)).login),
        Col("clientId", "character varying(255)", "none",
            lambda c, i: chars(16, prefix="acct_")(c, i) if svc(c, i) == "stripe" else None),
        Col("token", "character varying(255)", "secret_token",
            lambda c, i: {"github": "gho_", "stripe": "sk_live_"}.get(svc(c, i), "") + chars(36)(c, i)),
        Col("refreshToken", "character varying(255)", "secret_token", some(0.4, chars(40, prefix="ghr_"))),
        Col("data", "json", "none", pick('{"scope": "user:email,read:org"}', '{}', '{"publishable_key": "pk_live"}')),
        Col("settings", "json", "none", pick(None, '{"updates": true}')),
        Col("CollectiveId", "integer", "none", _CA),
        Col("CreatedByUserId", "integer", "none", _CA),
        Col("hash", "character varying(255)", "none", hexs(40)),
        Col("createdAt", TS + " NOT NULL", "none", when(2018, 2024)),
    ], rows=80, extra=[fkey(S, "ConnectedAccounts", "CollectiveId", "Collectives"),
                       fkey(S, "ConnectedAccounts", "CreatedByUserId", "Users")])


def _comments() -> Table:
    html = fill(["<p>Bedankt {first}, goedgekeurd.</p>", "<p>Il manque le ticket de caisse, peux-tu le rajouter ?</p>",
                 "<p>Kan je het rekeningnummer nakijken? De betaling kwam terug.</p>",
                 "<p>Contacte {first} au {phone} pour la clé du local.</p>", "<p>Approved 👍</p>"],
                first=["Lotte", "Wout", "Margot", "Karim"], phone=["0475 12 34 56", "+32 486 90 11 22"])
    return Table(S, "Comments", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("CollectiveId", "integer", "none", num(102, 140)),
        Col("FromCollectiveId", "integer", "none", fk(NU)),
        Col("CreatedByUserId", "integer", "none", fk(NU)),
        Col("ExpenseId", "integer", "none", fk(100)),
        Col("html", "text", "free_text_may_contain_pii", html),
        Col("createdAt", TS + " NOT NULL", "none", when(2020, 2024)),
        Col("editedAt", TS, "none", some(0.1, when(2024, 2024))),
    ], rows=120, extra=[fkey(S, "Comments", c_, t_) for c_, t_ in [
        ("CollectiveId", "Collectives"), ("FromCollectiveId", "Collectives"), ("CreatedByUserId", "Users"),
        ("ExpenseId", "Expenses")]])


def _twofactor() -> Table:
    return Table(S, "UserTwoFactorMethods", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("UserId", "integer NOT NULL", "none", lambda c, i: i),
        Col("method", "character varying(255) NOT NULL", "none", wpick([("totp", 8), ("yubikey_otp", 1)])),
        Col("data", "jsonb NOT NULL", "secret_token",
            lambda c, i: json.dumps({"secret": "U2FsdGVkX1" + b64(c, 48)})),
        Col("name", "character varying(255)", "none", pick("Authenticator", "Aegis", "YubiKey 5C")),
        Col("createdAt", TS + " NOT NULL", "none", when(2021, 2024)),
    ], rows=60, extra=[fkey(S, "UserTwoFactorMethods", "UserId", "Users")])


def oc_tables() -> list[Table]:
    return [_users(), _collectives(), _payment_methods(), _orders(), _payout_methods(), _expenses(), _transactions(),
            _connected(), _comments(), _twofactor()]
