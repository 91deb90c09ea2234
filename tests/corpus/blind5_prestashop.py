"""h_prestashop: PrestaShop 1.7/8 (ps_ prefix) of a French shop that also ships to Spain and Italy.

ps_connections.ip_address is PrestaShop's ip2long() integer; ps_customer_message.ip_address the dotted string.
"""
from __future__ import annotations

import ipaddress

from .blind5_gens import L, T, day, dob, fk, hexs, ipv4, loc, num, one, opt, stamp
from .gens import Ctx, Table, bcrypt_like, dni_value, ident, md5_hex, rand_token

S = "h_prestashop"
NCUST, NADDR, NORD, NGUEST = 120, 130, 130, 110
LOCS = ["fr_FR", "fr_FR", "fr_FR", "es_ES", "it_IT"]


def _f(c: Ctx):
    return loc(c, c.r.choice(LOCS))


def _phone(c: Ctx, i: int) -> str:
    return _f(c).phone_number()


def _mobile(c: Ctx, i: int) -> str:
    return c.r.choice([f"06 {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}",
                       f"+33 7 {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}",
                       f"+34 6{c.r.randint(10, 99)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}"])


def _dni(c: Ctx, i: int) -> str:
    return dni_value(c, i) if c.r.random() < 0.6 else loc(c, "it_IT").ssn()


def _note(c: Ctx, i: int) -> str:
    f = loc(c, "fr_FR")
    return c.r.choice([f"Cliente fidèle, préfère être appelée au {_mobile(c, i)}", f"Commande passée pour {f.name()}",
                       f"Litige colis 2023 réglé avec {f.first_name()} du SAV", f"Nouvelle adresse mail : {f.free_email()}"])


def _other(c: Ctx, i: int) -> str:
    return c.r.choice([f"Digicode {c.r.randint(1000, 9999)}B, sonner chez {loc(c, 'fr_FR').last_name()}",
                       f"Laisser au gardien M. {loc(c, 'fr_FR').last_name()}", f"Appeler le {_mobile(c, i)} avant livraison"])


def _gift(c: Ctx, i: int) -> str:
    f = loc(c, "fr_FR")
    return c.r.choice([f"Joyeux anniversaire {f.first_name()} ! Gros bisous, {f.first_name()}",
                       f"Pour {f.first_name()}, avec tout notre amour. La famille {f.last_name()}", f"Bonne fête maman ! {f.first_name()}"])


def _message(c: Ctx, i: int) -> str:
    f = loc(c, "fr_FR")
    return c.r.choice([f"Bonjour, je n'ai toujours pas reçu ma commande. Vous pouvez me joindre au {_mobile(c, i)}. {f.name()}",
                       f"Merci de modifier l'adresse de livraison : {f.street_address()}, {f.postcode()} {f.city()}",
                       f"Bonjour {f.first_name()}, votre colis a été renvoyé aujourd'hui. Cordialement, le service client",
                       f"Pouvez-vous envoyer la facture à {f.free_email()} ? Merci, {f.name()}"])


def _ip2long(c: Ctx, i: int) -> int:
    return int(ipaddress.IPv4Address(ipv4(c, i)))


def tables() -> list[Table]:
    return [
        T(S, "ps_customer", [
            ("id_customer", "int PRIMARY KEY", "none", ident),
            ("id_shop", "int", "none", one(1)),
            ("id_gender", "int", "none", one(1, 2, 0)),
            ("id_default_group", "int", "none", one(3, 3, 4)),
            ("id_lang", "int", "none", one(1, 1, 2, 3)),
            ("company", "varchar(255)", "none", opt(0.08, L("fr_FR", "company"))),
            ("siret", "varchar(14)", "none", opt(0.08, L("fr_FR", "siret"))),
            ("ape", "varchar(5)", "none", opt(0.08, one("4791A", "6201Z", "4778C"))),
            ("firstname", "varchar(255)", "person_name", lambda c, i: _f(c).first_name()),
            ("lastname", "varchar(255)", "person_name", lambda c, i: _f(c).last_name()),
            ("email", "varchar(255)", "email", lambda c, i: _f(c).email()),
            ("passwd", "varchar(255)", "credentials", lambda c, i: bcrypt_like(c, i) if c.r.random() < 0.7 else md5_hex(c, i)),
            ("last_passwd_gen", "timestamp", "none", stamp()),
            ("birthday", "date", "birth_date", opt(0.5, dob)),
            ("newsletter", "boolean", "none", one(True, False)),
            ("ip_registration_newsletter", "varchar(15)", "ip_address", opt(0.5, ipv4)),
            ("newsletter_date_add", "timestamp", "none", opt(0.5, stamp())),
            ("optin", "boolean", "none", one(True, False)),
            ("secure_key", "varchar(32)", "secret_token", hexs(32)),
            ("note", "text", "free_text_may_contain_pii", opt(0.25, _note)),
            ("active", "boolean", "none", one(True, True, False)),
            ("is_guest", "boolean", "none", one(False, False, True)),
            ("reset_password_token", "varchar(40)", "secret_token", opt(0.15, hexs(40))),
            ("reset_password_validity", "timestamp", "none", opt(0.15, stamp())),
            ("date_add", "timestamp", "none", stamp()),
            ("date_upd", "timestamp", "none", stamp())], rows=NCUST),
        T(S, "ps_address", [
            ("id_address", "int PRIMARY KEY", "none", ident),
            ("id_country", "int", "none", one(8, 8, 8, 6, 10)),
            ("id_customer", "int", "none", fk(NCUST)),
            ("alias", "varchar(32)", "none", one("Mon adresse", "Domicile", "Bureau", "Chez mes parents", "Mi dirección")),
            ("company", "varchar(255)", "none", opt(0.1, L("fr_FR", "company"))),
            ("lastname", "varchar(255)", "person_name", lambda c, i: _f(c).last_name()),
            ("firstname", "varchar(255)", "person_name", lambda c, i: _f(c).first_name()),
            ("address1", "varchar(128)", "postal_address", lambda c, i: _f(c).street_address()),
            ("address2", "varchar(128)", "postal_address", opt(0.3, lambda c, i: c.r.choice([f"Bâtiment {c.r.choice('ABCD')}", f"Apt {c.r.randint(1, 80)}", f"{c.r.randint(1, 9)}º {c.r.choice('ABCD')}"]))),
            ("postcode", "varchar(12)", "postal_address", lambda c, i: _f(c).postcode()),
            ("city", "varchar(64)", "none", lambda c, i: _f(c).city()),
            ("other", "text", "free_text_may_contain_pii", opt(0.3, _other)),
            ("phone", "varchar(32)", "phone", opt(0.6, _phone)),
            ("phone_mobile", "varchar(32)", "phone", opt(0.8, _mobile)),
            ("vat_number", "varchar(32)", "none", opt(0.05, lambda c, i: f"FR{c.r.randint(10, 99)}{c.r.randint(100_000_000, 999_999_999)}")),
            ("dni", "varchar(16)", "national_id", opt(0.4, _dni)),
            ("deleted", "boolean", "none", one(False, False, True)),
            ("date_add", "timestamp", "none", stamp())], rows=NADDR),
        T(S, "ps_orders", [
            ("id_order", "int PRIMARY KEY", "none", ident),
            ("reference", "varchar(9)", "none", rand_token(9, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
            ("id_carrier", "int", "none", one(1, 2, 5)),
            ("id_customer", "int", "none", fk(NCUST)),
            ("id_address_delivery", "int", "none", fk(NADDR)),
            ("id_address_invoice", "int", "none", fk(NADDR)),
            ("current_state", "int", "none", one(2, 3, 4, 5, 6)),
            ("secure_key", "varchar(32)", "secret_token", hexs(32)),
            ("payment", "varchar(255)", "none", one("Carte bancaire", "PayPal", "Virement bancaire", "Alma 3x")),
            ("module", "varchar(255)", "none", one("ps_checkout", "paypal", "ps_wirepayment")),
            ("gift", "boolean", "none", one(False, False, True)),
            ("gift_message", "text", "free_text_may_contain_pii", opt(0.3, _gift)),
            ("total_paid", "numeric(20,6)", "none", num(9, 480, 2)),
            ("total_shipping", "numeric(20,6)", "none", one(0, 4.9, 6.9)),
            ("invoice_number", "int", "none", ident),
            ("date_add", "timestamp", "none", stamp())], rows=NORD),
        T(S, "ps_guest", [
            ("id_guest", "int PRIMARY KEY", "none", ident),
            ("id_operating_system", "int", "none", one(1, 2, 3, 5, 7)),
            ("id_web_browser", "int", "none", one(2, 3, 11, 12)),
            ("id_customer", "int", "none", opt(0.5, fk(NCUST))),
            ("javascript", "boolean", "none", one(True)),
            ("screen_resolution_x", "smallint", "none", one(1920, 1366, 390, 414, 2560)),
            ("screen_resolution_y", "smallint", "none", one(1080, 768, 844, 896, 1440)),
            ("accept_language", "varchar(8)", "none", one("fr", "fr-FR", "es", "it", "en"))], rows=NGUEST),
        T(S, "ps_connections", [
            ("id_connections", "int PRIMARY KEY", "none", ident),
            ("id_shop", "int", "none", one(1)),
            ("id_guest", "int", "none", fk(NGUEST)),
            ("id_page", "int", "none", num(1, 40)),
            ("ip_address", "bigint", "ip_address", _ip2long),
            ("date_add", "timestamp", "none", stamp()),
            ("http_referer", "varchar(255)", "none", opt(0.5, one("https://www.google.fr/", "https://www.facebook.com/",
                                                                 "https://www.instagram.com/", "https://www.idealo.fr/")))],
            rows=140),
        T(S, "ps_customer_thread", [
            ("id_customer_thread", "int PRIMARY KEY", "none", ident),
            ("id_contact", "int", "none", one(1, 2)),
            ("id_customer", "int", "none", fk(NCUST)),
            ("id_order", "int", "none", fk(NORD)),
            ("status", "varchar(16)", "none", one("open", "closed", "pending1", "pending2")),
            ("email", "varchar(255)", "email", lambda c, i: _f(c).email()),
            ("token", "varchar(12)", "secret_token", rand_token(12)),
            ("date_add", "timestamp", "none", stamp())], rows=90),
        T(S, "ps_customer_message", [
            ("id_customer_message", "int PRIMARY KEY", "none", ident),
            ("id_customer_thread", "int", "none", fk(90)),
            ("id_employee", "int", "none", opt(0.5, fk(12))),
            ("message", "text", "free_text_may_contain_pii", _message),
            ("file_name", "varchar(18)", "none", opt(0.1, lambda c, i: f"{hexs(8)(c, i)}.jpg")),
            ("ip_address", "varchar(16)", "ip_address", ipv4),
            ("user_agent", "varchar(128)", "none", lambda c, i: loc(c, "en_US").user_agent()),
            ("private", "boolean", "none", one(False, False, True)),
            ("date_add", "timestamp", "none", stamp())], rows=120),
        T(S, "ps_employee", [
            ("id_employee", "int PRIMARY KEY", "none", ident),
            ("id_profile", "int", "none", one(1, 2, 3, 4)),
            ("lastname", "varchar(255)", "person_name", L("fr_FR", "last_name")),
            ("firstname", "varchar(255)", "person_name", L("fr_FR", "first_name")),
            ("email", "varchar(255)", "email", lambda c, i: f"{L('fr_FR', 'first_name')(c, i).lower()}@boutique-lavande.fr"),
            ("passwd", "varchar(255)", "credentials", bcrypt_like),
            ("last_passwd_gen", "timestamp", "none", stamp()),
            ("stats_date_from", "date", "none", day()),
            ("bo_color", "varchar(32)", "none", one("#FF5450", "", "#2EACCE")),
            ("active", "boolean", "none", one(True, True, False)),
            ("reset_password_token", "varchar(40)", "secret_token", opt(0.2, hexs(40))),
            ("last_connection_date", "date", "none", day(2025, 2025))], rows=12),
        T(S, "ps_store", [
            ("id_store", "int PRIMARY KEY", "none", ident),
            ("id_country", "int", "none", one(8)),
            ("city", "varchar(64)", "none", one("Lyon", "Paris", "Aix-en-Provence", "Bordeaux")),
            ("postcode", "varchar(12)", "none", one("69002", "75011", "13100", "33000")),
            ("latitude", "numeric(13,8)", "none", num(43.2, 48.9, 6)),
            ("longitude", "numeric(13,8)", "none", num(-0.6, 5.4, 6)),
            ("phone", "varchar(16)", "none", lambda c, i: f"04 78 {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"),
            ("email", "varchar(255)", "none", lambda c, i: f"boutique{i}@boutique-lavande.fr"),
            ("active", "boolean", "none", one(True))], rows=6),
    ]
