"""y_woo: WordPress 6 with WooCommerce 8 (HPOS order tables) for a Serbian online bookshop (Latin and Cyrillic)."""
from __future__ import annotations

import random

from .blind21_gens import (RS_F, RS_M, RS_STREETS, RS_SUR, bcrypt_r, digits_r, fields, fk, hex_r, ipv4_r, maybe, num,
                           one, phpass_r, pk, rec, ref, ts, ts_r, urlsafe_r, weighted)
from .gens import Col, Table

S = "y_woo"
N_USER, N_POST, N_ORDER = 120, 100, 150

TITLES = ["Na Drini ćuprija", "Derviš i smrt", "Prokleta avlija", "Seobe", "Hazarski rečnik", "Roman o Londonu",
          "Tvrđava", "Gospođica", "Koreni", "Dnevnik o Čarnojeviću", "Enciklopedija mrtvih", "Knjiga o Milutinu",
          "Пешчаник", "Травничка хроника", "Друга књига Сеобa", "Kad su cvetale tikve", "Bašta, pepeo", "Uvod u Python",
          "Mali princ", "Hari Poter i kamen mudrosti"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
      "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/125.0 Mobile Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148"]
IP_PREF = ("109.92", "178.148", "93.87", "77.46", "212.200", "188.2", "79.101")


def _lat(s: str) -> str:
    for a, b in (("š", "s"), ("đ", "dj"), ("č", "c"), ("ć", "c"), ("ž", "z"), ("Đ", "Dj"), ("Š", "S"), ("Ž", "Z")):
        s = s.replace(a, b)
    return s


def _user(r: random.Random, i: int) -> dict:
    fem = r.random() < 0.58
    (fl, fc), (ll, lc) = r.choice(RS_F if fem else RS_M), r.choice(RS_SUR)
    cyr = r.random() < 0.2
    first, last = (fc, lc) if cyr else (fl, ll)
    login = r.choice([f"{_lat(fl).lower()}.{_lat(ll).lower()}", f"{_lat(fl).lower()}{r.randint(70, 2005)}",
                      f"{_lat(fl)[0].lower()}{_lat(ll).lower()}"])
    street, pc, city = r.choice(RS_STREETS)
    mail = f"{login}@{r.choice(['gmail.com', 'gmail.com', 'yahoo.com', 'sbb.rs', 'eunet.rs', 'mts.rs', 'hotmail.com'])}"
    return {"first": first, "last": last, "login": login, "mail": mail, "nice": login.replace(".", "-"),
            "display": f"{first} {last}", "addr1": f"{street} {r.randint(1, 140)}{r.choice(['', '', 'a', '/3'])}",
            "addr2": r.choice(["", "", f"stan {r.randint(1, 40)}", f"{r.randint(1, 9)}. sprat"]), "pc": pc,
                "city": city,
            "phone": r.choice([f"+381 6{r.randint(0, 6)} {digits_r(r, 3)} {digits_r(r, 4)}",
                               f"06{r.randint(0, 6)}/{digits_r(r, 3)}-{digits_r(r, 3)}{r.choice(['', digits_r(r, 1)])}",
                               f"011 {digits_r(r, 3)} {digits_r(r, 4)}"]),
            "company": r.choice([""] * 8 + ["Prosveta d.o.o.", "OŠ „Vuk Karadžić” Čačak", "Biblioteka grada Beograda"]),
            "reg": ts_r(r, 2016, 2024)}


U = fields("woo.user", _user)


def _ou(c, i: int) -> dict:
    return rec(c, "woo.user", rec(c, "woo.order", i, _order)["cust"], _user)


def _order(r: random.Random, i: int) -> dict:
    return {"cust": r.randint(1, N_USER), "ip": ipv4_r(r, IP_PREF), "ua": r.choice(UA), "created": ts_r(r, 2023, 2025),
            "pm": r.choice([("cod", "Plaćanje pouzećem"), ("bacs", "Uplata na račun"), ("nestpay", "Platna kartica")])}


OR = fields("woo.order", _order)
NOTES = [None, None, None, "Molim vas da kurir pozove pre dostave na {phone}", "Poklon - ne stavljati račun u paket",
         "Dostaviti na posao: {company}", "Ostaviti kod komšije {nb} ako nisam kući", "Хвала, наручујем поново!",
         "Treba mi do petka, rođendan je ćerki {child}"]
REVIEWS = ["Odlično izdanje, tvrd povez, stiglo za dva dana.", "Knjiga je stigla oštećena, ali je zamenjena brzo.",
           "Kupila sam ćerki {child} za lektiru, oduševljena je.", "Превод је одличан, препоручујем.",
           "Preporuka za sve ljubitelje Andrića. Pozdrav od {first} iz {city}!",
           "Kontaktirajte me na {mail} ako imate drugi tom.", "Slova su mala, teško se čita.", "Savršeno!"]


def woo_tables() -> list[Table]:
    users = Table(S, "wp_users", [
        Col("ID", "bigint PRIMARY KEY", "none", pk),
        Col("user_login", "varchar(60)", "none", U("login")),
        Col("user_pass", "varchar(255)", "credentials",
            lambda c, i: phpass_r(c.r) if c.r.random() < 0.6 else "$wp" + bcrypt_r(c.r)),
        Col("user_nicename", "varchar(50)", "none", U("nice")),
        Col("user_email", "varchar(100)", "email", U("mail")),
        Col("user_url", "varchar(100)", "none", weighted([("", 12), ("https://citaonica.rs", 1)])),
        Col("user_registered", "timestamp", "none", U("reg")),
        Col("user_activation_key", "varchar(255)", "secret_token",
            maybe(0.3, lambda c, i: f"{c.r.randint(1690000000, 1730000000)}:{phpass_r(c.r)}")),
        Col("user_status", "integer", "none", lambda c, i: 0),
        Col("display_name", "varchar(250)", "person_name", U("display")),
    ], rows=N_USER)
    KEYS = ["first_name", "last_name", "nickname", "billing_phone", "billing_address_1", "billing_city",
        "session_tokens",
            "wp_capabilities", "show_admin_bar_front", "locale"]

    def meta_val(c, i):
        uid = 1 + (i - 1) % N_USER
        u = rec(c, "woo.user", uid, _user)
        k = KEYS[(i - 1) % len(KEYS)]
        tok = hex_r(c.r, 64)
        return {"first_name": u["first"], "last_name": u["last"], "nickname": u["login"], "billing_phone": u["phone"],
                "billing_address_1": u["addr1"], "billing_city": u["city"],
                "session_tokens": f'a:1:{{s:64:"{tok}";a:4:{{s:10:"expiration";i:{c.r.randint(1720000000, 1740000000)};'
                                  f's:2:"ip";s:13:"{ipv4_r(c.r, IP_PREF)}";s:2:"ua";s:20:"{c.r.choice(UA)[:20]}";'
                                  f's:5:"login";i:{c.r.randint(1710000000, 1719999999)};}}}}',
                "wp_capabilities": 'a:1:{s:8:"customer";b:1;}', "show_admin_bar_front": "true",
                "locale": c.r.choice(["sr_RS", "", "sr_RS@latin"])}[k]
    meta = Table(S, "wp_usermeta", [
        Col("umeta_id", "bigint", "none", pk),
        Col("user_id", "bigint", "none", lambda c, i: 1 + (i - 1) % N_USER),
        Col("meta_key", "varchar(255)", "none", lambda c, i: KEYS[(i - 1) % len(KEYS)]),
        Col("meta_value", "text", "free_text_may_contain_pii", meta_val),
    ], rows=150, extra=[fk(S, "wp_usermeta", "user_id", 'wp_users("ID")')])
    posts = Table(S, "wp_posts", [
        Col("ID", "bigint PRIMARY KEY", "none", pk),
        Col("post_author", "bigint", "none", lambda c, i: c.r.choice([1, 2, 3])),
        Col("post_date", "timestamp", "none", ts(2018, 2025)),
        Col("post_content", "text", "none", lambda c, i: c.r.choice([
            "Jedan od najznačajnijih romana srpske književnosti, novo izdanje sa predgovorom.",
            "Класично издање у тврдом повезу, ћирилица, 384 стране.", "Lektira za VII razred osnovne škole.",
            "Bestseler godine. Format 13x20 cm, broširan povez."])),
        Col("post_title", "text", "none", lambda c, i: TITLES[(i - 1) % len(TITLES)] + ("" if i <= 20 else f" ({i})")),
        Col("post_excerpt", "text", "none", one(["", "Izdavač: Laguna", "Издавач: Матица српска", "Izdavač: Vulkan"])),
        Col("post_status", "varchar(20)", "none", weighted([("publish", 9), ("draft", 1)])),
        Col("comment_status", "varchar(20)", "none", lambda c, i: "open"),
        Col("post_name", "varchar(200)", "none", lambda c, i: f"knjiga-{i}"),
        Col("post_modified", "timestamp", "none", ts(2024, 2025)),
        Col("post_parent", "bigint", "none", lambda c, i: 0),
        Col("guid", "varchar(255)", "none", lambda c, i: f"https://zlatnikljuc.rs/?post_type=product&p={i}"),
        Col("post_type", "varchar(20)", "none", lambda c, i: "product"),
        Col("comment_count", "bigint", "none", num(0, 6)),
    ], rows=N_POST)

    def _rev(r, i):
        u = _user(r, i)
        child = r.choice(RS_F + RS_M)[0]
        return {"a": u["display"], "m": u["mail"], "txt": r.choice(REVIEWS).format(child=child, first=u["first"],
                                                                                     city=u["city"], mail=u["mail"])}
    RV = fields("woo.rev", _rev)
    comments = Table(S, "wp_comments", [
        Col("comment_ID", "bigint PRIMARY KEY", "none", pk),
        Col("comment_post_ID", "bigint", "none", ref(N_POST)),
        Col("comment_author", "text", "person_name", RV("a")),
        Col("comment_author_email", "varchar(100)", "email", RV("m")),
        Col("comment_author_url", "varchar(200)", "none", lambda c, i: ""),
        Col("comment_author_IP", "varchar(100)", "ip_address", lambda c, i: ipv4_r(c.r, IP_PREF)),
        Col("comment_date", "timestamp", "none", ts(2020, 2025)),
        Col("comment_content", "text", "free_text_may_contain_pii", RV("txt")),
        Col("comment_approved", "varchar(20)", "none", weighted([("1", 8), ("0", 1), ("spam", 1)])),
        Col("comment_agent", "varchar(255)", "none", one(UA)),
        Col("comment_type", "varchar(20)", "none", lambda c, i: "review"),
        Col("comment_parent", "bigint", "none", lambda c, i: 0),
        Col("user_id", "bigint", "none", lambda c, i: 0 if c.r.random() < 0.5 else c.r.randint(1, N_USER)),
    ], rows=130, extra=[fk(S, "wp_comments", '"comment_post_ID"', 'wp_posts("ID")')])

    def note(c, i):
        u = _ou(c, i)
        n = c.r.choice(NOTES)
        return None if n is None else n.format(phone=u["phone"], company=u["company"] or "Apoteka Zdravlje",
                                               nb=c.r.choice(RS_SUR)[0], child=c.r.choice(RS_F)[0])
    orders = Table(S, "wp_wc_orders", [
        Col("id", "bigint PRIMARY KEY", "none", lambda c, i: 4000 + i),
        Col("status", "varchar(20)", "none", one(["wc-completed", "wc-completed", "wc-processing", "wc-cancelled",
                                                  "wc-on-hold", "wc-refunded"])),
        Col("currency", "varchar(10)", "none", lambda c, i: "RSD"),
        Col("type", "varchar(20)", "none", lambda c, i: "shop_order"),
        Col("tax_amount", "numeric(26,8)", "none", num(80, 2400, 2)),
        Col("total_amount", "numeric(26,8)", "none", num(990, 14500, 2)),
        Col("customer_id", "bigint", "none", OR("cust")),
        Col("billing_email", "varchar(320)", "email", lambda c, i: _ou(c, i)["mail"]),
        Col("date_created_gmt", "timestamp", "none", OR("created")),
        Col("date_updated_gmt", "timestamp", "none", OR("created")),
        Col("parent_order_id", "bigint", "none", lambda c, i: 0),
        Col("payment_method", "varchar(100)", "none", lambda c, i: OR("pm")(c, i)[0]),
        Col("payment_method_title", "text", "none", lambda c, i: OR("pm")(c, i)[1]),
        Col("transaction_id", "varchar(100)", "none",
            lambda c, i: f"{c.r.randint(24000, 25999)}{digits_r(c.r, 9)}" if OR("pm")(c, i)[0] == "nestpay" else ""),
        Col("ip_address", "varchar(100)", "ip_address", OR("ip")),
        Col("user_agent", "text", "none", OR("ua")),
        Col("customer_note", "text", "free_text_may_contain_pii", note),
    ], rows=N_ORDER, extra=[fk(S, "wp_wc_orders", "customer_id", 'wp_users("ID")')])
    addr = Table(S, "wp_wc_order_addresses", [
        Col("id", "bigint", "none", pk),
        Col("order_id", "bigint", "none", lambda c, i: 4000 + i),
        Col("address_type", "varchar(20)", "none", lambda c, i: "billing"),
        Col("first_name", "text", "person_name", lambda c, i: _ou(c, i)["first"]),
        Col("last_name", "text", "person_name", lambda c, i: _ou(c, i)["last"]),
        Col("company", "text", "none", lambda c, i: _ou(c, i)["company"]),
        Col("address_1", "text", "postal_address", lambda c, i: _ou(c, i)["addr1"]),
        Col("address_2", "text", "postal_address", lambda c, i: _ou(c, i)["addr2"]),
        Col("city", "text", "none", lambda c, i: _ou(c, i)["city"]),
        Col("state", "text", "none", lambda c, i: ""),
        Col("postcode", "text", "postal_address", lambda c, i: _ou(c, i)["pc"]),
        Col("country", "text", "none", lambda c, i: "RS"),
        Col("email", "varchar(320)", "email", lambda c, i: _ou(c, i)["mail"]),
        Col("phone", "varchar(100)", "phone", lambda c, i: _ou(c, i)["phone"]),
    ], rows=N_ORDER, extra=[fk(S, "wp_wc_order_addresses", "order_id", "wp_wc_orders(id)")])
    op = Table(S, "wp_wc_order_operational_data", [
        Col("id", "bigint", "none", pk),
        Col("order_id", "bigint", "none", lambda c, i: 4000 + i),
        Col("created_via", "varchar(100)", "none", weighted([("checkout", 9), ("admin", 1)])),
        Col("woocommerce_version", "varchar(20)", "none", one(["8.2.1", "8.5.2", "8.9.3"])),
        Col("prices_include_tax", "smallint", "none", lambda c, i: 1),
        Col("coupon_usages_are_counted", "smallint", "none", one([0, 1])),
        Col("download_permission_granted", "smallint", "none", one([0, 1])),
        Col("cart_hash", "varchar(100)", "none", lambda c, i: hex_r(c.r, 32)),
        Col("new_order_email_sent", "smallint", "none", one([0, 1, 1])),
        Col("order_key", "varchar(100)", "secret_token", lambda c, i: "wc_order_" + urlsafe_r(c.r, 13).replace("-",
            "x")),
        Col("order_stock_reduced", "smallint", "none", one([0, 1])),
        Col("date_paid_gmt", "timestamp", "none", maybe(0.7, ts(2023, 2025))),
        Col("date_completed_gmt", "timestamp", "none", maybe(0.6, ts(2023, 2025))),
        Col("shipping_tax_amount", "numeric(26,8)", "none", one([0, 50, 75])),
        Col("shipping_total_amount", "numeric(26,8)", "none", one([0, 390, 450])),
        Col("discount_tax_amount", "numeric(26,8)", "none", one([0, 0, 40])),
        Col("discount_total_amount", "numeric(26,8)", "none", one([0, 0, 200, 500])),
        Col("recorded_sales", "smallint", "none", one([0, 1])),
    ], rows=N_ORDER, extra=[f"ALTER TABLE {S}.wp_wc_order_operational_data ADD FOREIGN KEY (order_id) "
                            f"REFERENCES {S}.wp_wc_orders(id)"])
    api = Table(S, "wp_woocommerce_api_keys", [
        Col("key_id", "bigint", "none", pk),
        Col("user_id", "bigint", "none", lambda c, i: 1 + i % 3),
        Col("description", "varchar(200)", "none", lambda c, i: ["Knjigovodstvo (Pantheon)", "Kurirska služba",
                                                                 "Google Merchant feed", "Mobilna aplikacija",
                                                                 "eFiskalizacija bridge"][i - 1]),
        Col("permissions", "varchar(10)", "none", one(["read", "read_write"])),
        Col("consumer_key", "char(64)", "credentials", lambda c, i: hex_r(c.r, 64), comment="HMAC-SHA256 of the key"),
        Col("consumer_secret", "char(43)", "secret_token", lambda c, i: "cs_" + hex_r(c.r, 40)),
        Col("nonces", "text", "none", lambda c, i: None),
        Col("truncated_key", "char(7)", "none", lambda c, i: hex_r(c.r, 7)),
        Col("last_access", "timestamp", "none", ts(2024, 2025)),
    ], rows=5)
    look = Table(S, "wp_wc_customer_lookup", [
        Col("customer_id", "bigint", "none", pk),
        Col("user_id", "bigint", "none", pk),
        Col("username", "varchar(60)", "none", U("login")),
        Col("first_name", "varchar(255)", "person_name", U("first")),
        Col("last_name", "varchar(255)", "person_name", U("last")),
        Col("email", "varchar(100)", "email", U("mail")),
        Col("date_last_active", "timestamp", "none", ts(2024, 2025)),
        Col("date_registered", "timestamp", "none", U("reg")),
        Col("country", "char(2)", "none", lambda c, i: "RS"),
        Col("postcode", "varchar(20)", "postal_address", U("pc")),
        Col("city", "varchar(100)", "none", U("city")),
        Col("state", "varchar(100)", "none", lambda c, i: ""),
    ], rows=N_USER, extra=[fk(S, "wp_wc_customer_lookup", "user_id", 'wp_users("ID")')])
    return [users, meta, posts, comments, orders, addr, op, api, look]



