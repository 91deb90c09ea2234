"""w_firefly: Firefly III, the self-hosted personal finance manager (Laravel), kept by a household in Luxembourg.
Accounts mix shops, employers and private persons (landlord, nanny, friends paid by Payconiq); notes record what
medical bills the CNS reimbursed. Luxembourg IBANs carry mod-97 checks; card numbers pass Luhn.
"""
from __future__ import annotations

import json

from .blind19_gens import (
    alnum, bcrypt, card_number, const, fk, fkey, hexstr, iban_lu, integer, maybe, num, person, pick, seq,
    template, ts, wpick,
)
from .gens import Col, Table

S = "w_firefly"
U, PP = "ff_user", "ff_payee"
N_USERS, N_ACC, N_JOURNALS = 4, 120, 150

SHOPS = ["Cactus Howald", "Auchan Kirchberg", "Delhaize Strassen", "Aldi Bertrange", "Lidl Hesperange",
         "Boulangerie Fischer", "Hoffmann Bäckerei", "Luxair", "CFL mobilitéit", "Aral Gasperich", "POST Luxembourg",
         "Enovos", "LuxTram", "Pharmacie du Globe", "Laboratoires Réunis", "Ketterthill", "Cinémathèque",
         "Ikea Sterpenich", "Amazon EU S.à r.l.", "Banque de Luxembourg", "Employeur: Amazon EU", "ArcelorMittal",
         "Commune de Luxembourg", "Zalando SE", "Foyer Assurances", "CNS - remboursements"]
CATS = ["Courses", "Loyer", "Santé", "Transport", "Restaurants", "Enfants", "Impôts", "Épargne", "Vacances",
        "Médecins", "Pharmacie", "Kiné", "Cadeaux", "Abonnements", "Salaire"]
DESCS = ["{shop} CB {d}", "Virement loyer {m} - {who}", "Payconiq {who} resto", "Salaire {m}",
         "Argent de poche {kid}", "Remboursement CNS {m}", "Garde enfants {m} - {who}", "{shop}",
         "Domiciliation {shop}", "Facture {shop} {m}"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre"]
KIDS = ["Léa", "Tom", "Noah", "Lina", "Ben"]
HEALTH_NOTES = [
    "Psychothérapeute, séance {n}/10 - remboursé à 70%", "Kiné genou après opération LCA, ordonnance 8 séances",
    "Dermatologue: biopsie naevus, résultat bénin", "Pédiatre - otite, amoxicilline", "Lunettes: myopie -3,25",
    "Gynéco contrôle grossesse 2e trimestre", "IRM lombaire - hernie discale L5-S1", "Insuline + capteurs FreeStyle",
    "Dentiste: couronne, devis accepté par la CMCM", "Consultation cardiologue, holter 24h",
]
ACC_ROLES = ["defaultAsset", "sharedAsset", "savingAsset", "ccAsset", "cashWalletAsset"]


def _payee(c, i):
    p = person(c, PP, i, "lu")
    return f"{p['first']} {p['last']}"


def _acc_name(c, i):
    if i <= 12:
        return ["BCEE Compte courant", "BGL Compte joint", "Spuerkeess Épargne", "Visa BIL", "Portefeuille",
                "ING Lion Deposit", "Raiffeisen Compte enfants", "Revolut", "PayPal", "Bausparen Wüstenrot",
                "Mastercard Gold BCEE", "Cash"][i - 1]
    if i % 3 == 0:
        return _payee(c, i)
    return SHOPS[i % len(SHOPS)]


def _acc_iban(c, i):
    if i <= 12 or i % 3 == 0:
        return iban_lu(c.r) if c.r.random() < 0.8 else None
    return None


def _meta_name(c, i):
    return ["account_role", "account_number", "BIC", "currency_id", "include_net_worth", "account_number"][i % 6]


def _meta_data(c, i):
    name = _meta_name(c, i)
    if name == "account_role":
        return json.dumps(c.r.choice(ACC_ROLES))
    if name == "account_number":
        return json.dumps(card_number(c.r, c.r.choice(["4", "51", "53"])) if i % 4 else
                          f"{c.r.randint(100, 999)}-{c.r.randint(100000, 999999)}-{c.r.randint(10, 99)}")
    if name == "BIC":
        return json.dumps(c.r.choice(["BCEELULL", "BGLLLULL", "BILLLULL", "CCRALULL", "CELLLULL"]))
    if name == "currency_id":
        return json.dumps(str(c.r.choice([1, 1, 1, 2])))
    return json.dumps(c.r.choice(["1", "0"]))


def tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("email", "varchar(255)", "email", lambda c, i: person(c, U, i, "lu")["email"]),
        Col("password", "varchar(60)", "credentials", bcrypt()),
        Col("remember_token", "varchar(100)", "secret_token", maybe(0.7, hexstr(60))),
        Col("reset", "varchar(32)", "secret_token", maybe(0.3, hexstr(32))),
        Col("blocked", "boolean", "none", const(False)),
        Col("blocked_code", "varchar(25)", "none", const(None)),
        Col("mfa_secret", "varchar(50)", "secret_token", maybe(0.5, lambda c, i: "".join(
            c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)))),
        Col("objectguid", "uuid", "none", const(None)),
        Col("domain", "varchar(191)", "none", const(None)),
        Col("created_at", "timestamp", "none", ts(2020, 2022)),
    ], rows=N_USERS)
    accounts = Table(S, "accounts", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("user_group_id", "integer", "none", const(1)),
        Col("account_type_id", "integer", "none", lambda c, i: 3 if i <= 12 else c.r.choice([4, 5])),
        Col("name", "varchar(1024)", "person_name", _acc_name),
        Col("virtual_balance", "numeric(32,12)", "none", maybe(0.1, num(-2000, 0))),
        Col("iban", "varchar(255)", "iban", _acc_iban),
        Col("active", "boolean", "none", wpick([(True, 9), (False, 1)])),
        Col("encrypted", "boolean", "none", const(False)),
        Col("order", "integer", "none", integer(0, 20)),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
    ], rows=N_ACC, extra=[fkey(S, "accounts", "user_id", "users")])
    meta = Table(S, "account_meta", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("account_id", "integer", "none", lambda c, i: (i - 1) % 12 + 1),
        Col("name", "varchar(255)", "none", _meta_name),
        Col("data", "text", "bank_account", _meta_data),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
    ], rows=96, extra=[fkey(S, "account_meta", "account_id", "accounts")])
    cats = Table(S, "categories", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("name", "varchar(1024)", "none", lambda c, i: CATS[(i - 1) % len(CATS)] + ("" if i <= len(CATS) else
                                                                                        f" {2019 + i % 7}")),
        Col("encrypted", "boolean", "none", const(False)),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
    ], rows=90, extra=[fkey(S, "categories", "user_id", "users")])
    bills = Table(S, "bills", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("name", "varchar(1024)", "none", pick("Loyer", "Enovos électricité", "POST Internet", "Netflix",
                                                 "CMCM cotisation", "Crèche Bei de Bambi", "Assurance auto Foyer")),
        Col("match", "varchar(1024)", "none", pick("enovos", "post,fibre", "netflix", "cmcm", "foyer")),
        Col("amount_min", "numeric(32,12)", "none", num(10, 900)),
        Col("amount_max", "numeric(32,12)", "none", num(900, 1800)),
        Col("date", "date", "none", ts(2021, 2025, True)),
        Col("repeat_freq", "varchar(30)", "none", pick("monthly", "quarterly", "yearly")),
        Col("skip", "smallint", "none", const(0)),
        Col("active", "boolean", "none", const(True)),
    ], rows=80, extra=[fkey(S, "bills", "user_id", "users")])
    journals = Table(S, "transaction_journals", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("transaction_type_id", "integer", "none", pick(1, 2, 3)),
        Col("transaction_currency_id", "integer", "none", wpick([(1, 20), (2, 1)])),
        Col("bill_id", "integer", "none", maybe(0.2, fk(80))),
        Col("description", "varchar(1024)", "free_text_may_contain_pii", lambda c, i: c.r.choice(DESCS).format(
            shop=c.r.choice(SHOPS).upper(), d=f"{c.r.randint(1, 28):02d}/{c.r.randint(1, 12):02d}",
            m=c.r.choice(MONTHS), who=_payee(c, c.r.randint(1, 40) * 3), kid=c.r.choice(KIDS))),
        Col("date", "timestamp", "none", ts(2021, 2025)),
        Col("interest_date", "date", "none", maybe(0.1, ts(2021, 2025, True))),
        Col("book_date", "date", "none", maybe(0.3, ts(2021, 2025, True))),
        Col("order", "integer", "none", const(0)),
        Col("tag_count", "integer", "none", integer(0, 3)),
        Col("completed", "boolean", "none", const(True)),
        Col("created_at", "timestamp", "none", ts(2021, 2025)),
    ], rows=N_JOURNALS, extra=[fkey(S, "transaction_journals", "user_id", "users"),
                               fkey(S, "transaction_journals", "bill_id", "bills")])
    trans = Table(S, "transactions", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("account_id", "integer", "none", fk(N_ACC)),
        Col("transaction_journal_id", "integer", "none", lambda c, i: (i - 1) % N_JOURNALS + 1),
        Col("description", "varchar(1024)", "none", const(None)),
        Col("amount", "numeric(32,12)", "none", num(-1500, 4500)),
        Col("foreign_amount", "numeric(32,12)", "none", maybe(0.05, num(-300, 300))),
        Col("reconciled", "boolean", "none", pick(True, False)),
        Col("identifier", "integer", "none", const(0)),
    ], rows=150, extra=[fkey(S, "transactions", "account_id", "accounts"),
                        fkey(S, "transactions", "transaction_journal_id", "transaction_journals")])
    notes = Table(S, "notes", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("noteable_id", "integer", "none", fk(N_JOURNALS)),
        Col("noteable_type", "varchar(191)", "none", const("FireflyIII\\Models\\TransactionJournal")),
        Col("title", "varchar(1024)", "none", const(None)),
        Col("text", "text", "health", template(HEALTH_NOTES, n=["2", "4", "7", "9"])),
        Col("created_at", "timestamp", "none", ts(2021, 2025)),
    ], rows=90)
    locs = Table(S, "locations", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("locatable_id", "integer", "none", fk(N_JOURNALS)),
        Col("locatable_type", "varchar(191)", "none", pick("FireflyIII\\Models\\TransactionJournal",
                                                           "FireflyIII\\Models\\Tag")),
        Col("latitude", "numeric(12,8)", "geo_location", num(49.45, 49.85, 8)),
        Col("longitude", "numeric(12,8)", "geo_location", num(5.85, 6.45, 8)),
        Col("zoom_level", "smallint", "none", pick(6, 12, 15, 16)),
    ], rows=90)
    piggy = Table(S, "piggy_banks", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("account_id", "integer", "none", fk(12)),
        Col("name", "varchar(1024)", "none", pick("Vacances Algarve", "Nouvelle voiture", "Études Léa",
                                                 "Fonds d'urgence", "Cadeau Noël", "Appartement Esch")),
        Col("target_amount", "numeric(32,12)", "none", num(500, 40000)),
        Col("start_date", "date", "none", ts(2021, 2025, True)),
        Col("target_date", "date", "none", maybe(0.6, ts(2025, 2030, True))),
        Col("order", "integer", "none", integer(0, 10)),
        Col("active", "boolean", "none", const(True)),
    ], rows=80, extra=[fkey(S, "piggy_banks", "account_id", "accounts")])
    att = Table(S, "attachments", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("attachable_id", "integer", "none", fk(N_JOURNALS)),
        Col("attachable_type", "varchar(255)", "none", const("FireflyIII\\Models\\TransactionJournal")),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("md5", "varchar(128)", "none", hexstr(32)),
        Col("filename", "varchar(1024)", "none", template(["facture_{s}.pdf", "scan_{n}.jpg", "ticket_{n}.png",
                                                           "IMG_{n}.HEIC"], s=["enovos", "post", "ikea"],
                                                          n=["0412", "2231", "7789", "1001"])),
        Col("mime", "varchar(1024)", "none", pick("application/pdf", "image/jpeg", "image/png")),
        Col("size", "integer", "none", integer(20_000, 4_000_000)),
        Col("uploaded", "boolean", "none", const(True)),
    ], rows=85)
    clients = Table(S, "oauth_clients", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "integer", "none", maybe(0.5, fk(N_USERS))),
        Col("name", "varchar(255)", "none", pick("Firefly III Personal Access Client", "Data Importer",
                                                 "Abacus iOS", "Home Assistant")),
        Col("secret", "varchar(100)", "secret_token", alnum(40)),
        Col("redirect", "text", "none", pick("http://localhost", "https://importer.maison.lu/callback")),
        Col("personal_access_client", "boolean", "none", pick(True, False)),
        Col("revoked", "boolean", "none", const(False)),
    ], rows=6)
    tokens = Table(S, "oauth_access_tokens", [
        Col("id", "varchar(100) PRIMARY KEY", "none", hexstr(80)),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("client_id", "integer", "none", fk(6)),
        Col("name", "varchar(255)", "none", pick("importer", "abacus", "ha", None)),
        Col("scopes", "text", "none", const("[]")),
        Col("revoked", "boolean", "none", pick(True, False)),
        Col("expires_at", "timestamp", "none", ts(2025, 2026)),
    ], rows=90, extra=[fkey(S, "oauth_access_tokens", "client_id", "oauth_clients")])
    hooks = Table(S, "webhooks", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("user_id", "integer", "none", fk(N_USERS)),
        Col("title", "varchar(255)", "none", pick("Notify HA", "n8n budget alert")),
        Col("secret", "varchar(32)", "secret_token", alnum(24)),
        Col("url", "varchar(1024)", "none", pick("https://ha.maison.lu/api/webhook/firefly",
                                                 "https://n8n.maison.lu/webhook/ff")),
        Col("active", "boolean", "none", const(True)),
    ], rows=8, extra=[fkey(S, "webhooks", "user_id", "users")])
    audit = Table(S, "audit_log_entries", [
        Col("id", "integer PRIMARY KEY", "none", seq),
        Col("auditable_id", "integer", "none", fk(N_JOURNALS)),
        Col("changer_id", "integer", "none", fk(N_USERS)),
        Col("auditable_type", "varchar(255)", "none", const("FireflyIII\\Models\\TransactionJournal")),
        Col("changer_type", "varchar(255)", "none", const("FireflyIII\\User")),
        Col("action", "varchar(255)", "none", pick("update_amount", "update_description", "add_to_piggy")),
        Col("before", "text", "none", num(1, 500)),
        Col("after", "text", "none", num(1, 500)),
    ], rows=120)
    return [users, accounts, meta, cats, bills, journals, trans, notes, locs, piggy, att, clients, tokens, hooks,
            audit]


firefly_tables = tables
