"""ah_slims: SLiMS (Senayan Library Management System, slims.web.id; lower-case MySQL tables) as recalled from its
public schema, for a university library in Lae, Papua New Guinea. Members are students (id = student number), staff
and external readers; `pin` (SLiMS's "Personal ID Number") holds the PNG national id number where one was given."""
from __future__ import annotations

from .blind32_gens import (C, any_name, bcrypt, cached, const, dates, digits, fk, fkey, hexs, ints, make_person,
                           maybe, one, public_ip, seq, stamps)
from .gens import Table

S = "ah_slims"
MEM = "sl.member"
N_MEM, N_BIB, N_ITEM, N_USER, N_AUTH = 140, 150, 150, 12, 100
PNG_IP = (202, 203, 124, 180)
AUTHORS = ["Waiko, John Dademo", "Narokobi, Bernard", "Eri, Vincent", "Kiki, Albert Maori", "Soaba, Russell",
           "Malinowski, Bronislaw", "Mead, Margaret", "Dorney, Sean", "Somare, Michael", "Denoon, Donald",
           "Sinclair, James", "Nelson, Hank", "Kituai, August", "Gorle, Gilian", "Sillitoe, Paul",
           "Papua New Guinea. Department of Education", "National Research Institute (Papua New Guinea)",
           "Hibbeler, R. C.", "Das, Braja M.", "Kreyszig, Erwin", "Sommerville, Ian", "Mankiw, N. Gregory"]
TITLES = ["A short history of Papua New Guinea", "The Melanesian way", "The crocodile", "Ten thousand years in a "
          "lifetime", "Maiba: a Papuan novel", "Argonauts of the Western Pacific", "Growing up in New Guinea",
          "Papua New Guinea: people, politics and history since 1975", "Sana: an autobiography", "Getting it wrong",
          "Engineering mechanics: statics", "Principles of geotechnical engineering", "Advanced engineering "
          "mathematics", "Software engineering", "Principles of economics", "Taim bilong masta",
          "My gun, my brother", "Managing rural development in PNG", "PNG national curriculum statement"]


def mid(i: int) -> str:
    """Member i's member_id: a student number, a staff number or an external reader number."""
    if i % 10 == 0:
        return f"STF{i:04d}"
    if i % 10 == 5:
        return f"EXT{i:04d}"
    return f"{17 + i % 9}{300 + (i * 37) % 600:03d}{i:03d}"


def mem(c, i: int) -> dict:
    return cached(c, (MEM, i), lambda cx: make_person(cx, "pg", 1962, 2006))


def M(field: str):
    return lambda c, i: mem(c, i)[field]


def _isbn13(c, i):
    body = "978" + c.r.choice(["9980", "0195", "0471", "0070", "1305"]) + digits(c, 5)
    check = (10 - sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(body)) % 10) % 10
    return body + str(check)


def _member_notes(c, i):
    return c.r.choice([None, None, None, "Owes K45.00 from 2023, blocked until paid.",
                       f"Guarantor: {any_name('pg')(c, i)} (staff), ext. {c.r.randint(200, 480)}",
                       "Lost ID card, replacement issued.",
                       f"Thesis supervisor {any_name('pg')(c, i)}; borrow limit raised to 10."])


def _comment(c, i):
    return c.r.choice(["Very useful for CE 301.", "Pages 120-140 missing.", "Good reading on Melanesian identity.",
                       f"Mr. {mem(c, 10 * (1 + i % 14))['last']} recommends chapter 4 for the exam.",
                       f"Please hold a copy for me - {mem(c, i)['first']}, {mem(c, i)['mobile']}"])


def _log_msg(c, i):
    k = 1 + (i * 7) % N_MEM
    return c.r.choice([f"Member {mem(c, k)['full']} ({mid(k)}) logged in to the OPAC",
                       f"Librarian changed member data ({mem(c, k)['full']}) with ID ({mid(k)})",
                       f"Item B{digits(c, 6)} returned by member {mid(k)}",
                       "Database backup created", f"User {['admin', 'circ1', 'lib.ref'][i % 3]} logged in"])


def slims_tables() -> list[Table]:
    return [
        Table(S, "mst_member_type", [
            C("member_type_id", "integer PRIMARY KEY", "none", seq()),
            C("member_type_name", "varchar(50)", "none", lambda c, i: ["Undergraduate", "Postgraduate", "Staff",
                                                                       "External reader", "Alumni"][i - 1]),
            C("loan_limit", "integer", "none", lambda c, i: [3, 6, 10, 2, 2][i - 1]),
            C("loan_periode", "integer", "none", lambda c, i: [14, 28, 60, 7, 14][i - 1]),
            C("enable_reserve", "integer", "none", const(1)),
            C("reserve_limit", "integer", "none", const(2)),
            C("member_periode", "integer", "none", const(365)),
            C("reborrow_limit", "integer", "none", const(1)),
            C("fine_each_day", "integer", "none", lambda c, i: [1, 1, 0, 2, 2][i - 1]),
            C("grace_periode", "integer", "none", const(2)),
            C("input_date", "date", "none", dates(2014, 2015)),
            C("last_update", "date", "none", dates(2020, 2024)),
        ], rows=5),
        Table(S, "member", [
            C("member_id", "varchar(20) PRIMARY KEY", "none", lambda c, i: mid(i)),
            C("member_name", "varchar(100)", "person_name", M("full")),
            C("gender", "integer", "none", lambda c, i: int(mem(c, i)["sex"] == "M")),
            C("birth_date", "date", "birth_date", maybe(M("birth"), 0.8)),
            C("member_type_id", "integer", "none", lambda c, i: 3 if i % 10 == 0 else 4 if i % 10 == 5 else
              c.r.choice([1, 1, 1, 2, 5])),
            C("member_address", "text", "postal_address", M("a_line")),
            C("member_mail_address", "varchar(255)", "postal_address",
              maybe(lambda c, i: f"PO Box {c.r.randint(100, 4999)}, {mem(c, i)['a_city']}", 0.5)),
            C("member_email", "varchar(100)", "email", M("email")),
            C("postal_code", "varchar(20)", "postal_address", M("a_postcode")),
            C("inst_name", "varchar(100)", "none", one("Dept. of Civil Engineering", "Dept. of Agriculture",
                                                       "School of Business", "Dept. of Mining Engineering",
                                                       "Dept. of Forestry", "Lae Secondary School")),
            C("is_new", "integer", "none", one(0, 0, 1)),
            C("member_image", "varchar(200)", "none", maybe(lambda c, i: f"member_{mid(i)}.jpg", 0.6)),
            C("pin", "varchar(50)", "national_id", maybe(M("natid"), 0.5, "")),
            C("member_phone", "varchar(50)", "phone", M("mobile")),
            C("member_fax", "varchar(50)", "phone", maybe(lambda c, i: f"472 {digits(c, 4)}", 0.1, "")),
            C("member_since_date", "date", "none", dates(2016, 2025)),
            C("register_date", "date", "none", dates(2016, 2025)),
            C("expire_date", "date", "none", dates(2025, 2027)),
            C("member_notes", "text", "free_text_may_contain_pii", _member_notes),
            C("is_pending", "integer", "none", one(0, 0, 0, 1)),
            C("mpasswd", "varchar(64)", "credentials", maybe(lambda c, i: bcrypt(c), 0.7)),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025), 0.7)),
            C("last_login_ip", "varchar(20)", "ip_address", maybe(lambda c, i: public_ip(c, PNG_IP), 0.7)),
            C("input_date", "date", "none", dates(2016, 2025)),
            C("last_update", "date", "none", dates(2024, 2025)),
        ], rows=N_MEM, extra=[fkey(S, "member", "member_type_id", "mst_member_type", "member_type_id")]),
        Table(S, "mst_author", [
            C("author_id", "integer PRIMARY KEY", "none", seq()),
            C("author_name", "varchar(100)", "person_name", lambda c, i: AUTHORS[i - 1] if i <= len(AUTHORS) else
              f"{mem(c, 1 + i % N_MEM)['last']}, {mem(c, 1 + i % N_MEM)['first']}"),
            C("author_year", "varchar(20)", "none", maybe(lambda c, i: str(c.r.randint(1884, 1975)) + "-", 0.2, "")),
            C("authority_type", "char(1)", "none", lambda c, i: "o" if i in (16, 17) else "p"),
            C("auth_list", "varchar(20)", "none", const(None)),
            C("input_date", "date", "none", dates(2014, 2025)),
            C("last_update", "date", "none", dates(2020, 2025)),
        ], rows=N_AUTH),
        Table(S, "biblio", [
            C("biblio_id", "integer PRIMARY KEY", "none", seq()),
            C("gmd_id", "integer", "none", one(1, 1, 1, 3, 7)),
            C("title", "text", "none", lambda c, i: TITLES[i % len(TITLES)] + ("" if i <= len(TITLES) else
                                                                              f" (copy set {i // len(TITLES)})")),
            C("sor", "varchar(200)", "person_name", maybe(lambda c, i: " ".join(
                reversed(AUTHORS[i % len(AUTHORS)].split(", "))), 0.4)),
            C("edition", "varchar(50)", "none", maybe(one("2nd ed.", "3rd ed.", "Rev. ed.", "14th ed."), 0.4)),
            C("isbn_issn", "varchar(20)", "none", maybe(_isbn13, 0.8)),
            C("publisher_id", "integer", "none", ints(1, 30)),
            C("publish_year", "varchar(20)", "none", lambda c, i: str(c.r.randint(1922, 2024))),
            C("collation", "varchar(100)", "none", lambda c, i: f"xii, {c.r.randint(90, 900)} p. : ill. ; "
                                                                f"{c.r.choice([21, 22, 24])} cm"),
            C("series_title", "varchar(200)", "none", maybe(one("Melanesian studies", "NRI discussion paper"), 0.2)),
            C("call_number", "varchar(50)", "none", lambda c, i: f"{c.r.choice(['995.3', '624.1', '330', '005.1'])} "
                                                                 f"{AUTHORS[i % len(AUTHORS)][:3].upper()} "
                                                                 f"{TITLES[i % len(TITLES)][0].lower()}"),
            C("language_id", "char(5)", "none", one("en", "en", "en", "tpi")),
            C("source", "varchar(3)", "none", const(None)),
            C("publish_place_id", "integer", "none", ints(1, 12)),
            C("classification", "varchar(40)", "none", one("995.3", "624.1", "330", "005.1", "301.2")),
            C("notes", "text", "none", maybe(one("Includes bibliographical references and index.",
                                                 "Donated by the Australian High Commission."), 0.4)),
            C("image", "varchar(100)", "none", maybe(lambda c, i: f"{hexs(c, 8)}.jpg", 0.3)),
            C("opac_hide", "smallint", "none", const(0)),
            C("promoted", "smallint", "none", one(0, 0, 0, 1)),
            C("labels", "text", "none", const(None)),
            C("frequency_id", "integer", "none", const(0)),
            C("content_type_id", "integer", "none", const(1)),
            C("media_type_id", "integer", "none", const(1)),
            C("carrier_type_id", "integer", "none", const(1)),
            C("input_date", "timestamp", "none", stamps(2014, 2025)),
            C("last_update", "timestamp", "none", stamps(2020, 2025)),
            C("uid", "integer", "none", ints(1, N_USER)),
        ], rows=N_BIB),
        Table(S, "item", [
            C("item_id", "integer PRIMARY KEY", "none", seq()),
            C("biblio_id", "integer", "none", fk(N_BIB, 1)),
            C("call_number", "varchar(50)", "none", lambda c, i: f"995.3 {c.r.choice('ABCDKMNSW')}{digits(c, 2)}"),
            C("coll_type_id", "integer", "none", one(1, 1, 2, 3)),
            C("item_code", "varchar(20) UNIQUE", "none", lambda c, i: f"B{i + 10000:06d}"),
            C("inventory_code", "varchar(200)", "none", lambda c, i: f"INV/{c.r.randint(2014, 2025)}/{i:05d}"),
            C("received_date", "date", "none", dates(2014, 2025)),
            C("supplier_id", "integer", "none", ints(1, 6)),
            C("order_no", "varchar(20)", "none", maybe(lambda c, i: f"PO{digits(c, 5)}", 0.5)),
            C("location_id", "varchar(3)", "none", one("MAI", "REF", "PAC", "RES")),
            C("item_status_id", "char(3)", "none", one("0", "0", "0", "R", "MIS", "NL")),
            C("site", "varchar(50)", "none", one("Level 1 stacks", "Pacific Collection", "Reserve desk")),
            C("source", "integer", "none", one(1, 2)),
            C("invoice", "varchar(20)", "none", maybe(lambda c, i: f"INV-{digits(c, 6)}", 0.4)),
            C("price", "integer", "none", ints(40, 680)),
            C("price_currency", "varchar(10)", "none", const("PGK")),
            C("input_date", "timestamp", "none", stamps(2014, 2025)),
            C("last_update", "timestamp", "none", stamps(2020, 2025)),
            C("uid", "integer", "none", ints(1, N_USER)),
        ], rows=N_ITEM, extra=[fkey(S, "item", "biblio_id", "biblio", "biblio_id")]),
        Table(S, "loan", [
            C("loan_id", "integer PRIMARY KEY", "none", seq()),
            C("item_code", "varchar(20)", "none", lambda c, i: f"B{(i * 7) % N_ITEM + 10001:06d}"),
            C("member_id", "varchar(20)", "none", lambda c, i: mid((i * 11) % N_MEM + 1)),
            C("loan_date", "date", "none", dates(2024, 2025)),
            C("due_date", "date", "none", dates(2024, 2025)),
            C("renewed", "integer", "none", one(0, 0, 1, 2)),
            C("loan_rules_id", "integer", "none", const(0)),
            C("actual", "date", "none", maybe(dates(2024, 2025), 0.7)),
            C("is_lent", "integer", "none", const(1)),
            C("is_return", "integer", "none", one(0, 1, 1, 1)),
            C("return_date", "date", "none", maybe(dates(2024, 2025), 0.7)),
            C("input_date", "timestamp", "none", stamps(2024, 2025)),
            C("last_update", "timestamp", "none", stamps(2024, 2025)),
            C("uid", "integer", "none", ints(1, N_USER)),
        ], rows=150, extra=[fkey(S, "loan", "member_id", "member", "member_id"),
                            fkey(S, "loan", "item_code", "item", "item_code")]),
        Table(S, "fines", [
            C("fines_id", "integer PRIMARY KEY", "none", seq()),
            C("fines_date", "date", "none", dates(2023, 2025)),
            C("member_id", "varchar(20)", "none", lambda c, i: mid((i * 13) % N_MEM + 1)),
            C("debet", "integer", "none", ints(0, 60)),
            C("credit", "integer", "none", ints(0, 60)),
            C("description", "varchar(255)", "none", lambda c, i: f"Overdue fine for item B{(i * 7) % N_ITEM + 10001:06d}"),
        ], rows=100, extra=[fkey(S, "fines", "member_id", "member", "member_id")]),
        Table(S, "user", [
            C("user_id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(50)", "none", lambda c, i: ["admin", "circ1", "circ2", "lib.ref", "cataloguer",
                                                               "acq", "serials", "pacific", "circ3", "night1",
                                                               "it.support", "univ.librarian"][i - 1]),
            C("realname", "varchar(100)", "person_name", lambda c, i: mem(c, 10 * i)["full"]),
            C("passwd", "varchar(64)", "credentials", lambda c, i: bcrypt(c)),
            C("2fa", "text", "secret_token", maybe(lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                                                                      for _ in range(32)), 0.4)),
            C("email", "varchar(200)", "email", lambda c, i: f"{mem(c, 10 * i)['user']}@library.mtu.ac.pg"),
            C("user_type", "integer", "none", one(1, 2, 2)),
            C("user_image", "varchar(250)", "none", maybe(lambda c, i: f"user_{i}.png", 0.3)),
            C("social_media", "text", "none", const(None)),
            C("last_login", "timestamp", "none", stamps(2025, 2025)),
            C("last_login_ip", "varchar(15)", "ip_address", lambda c, i: f"10.{c.r.randint(1, 30)}.{c.r.randint(0, 255)}."
                                                                         f"{c.r.randint(2, 254)}"),
            C("groups", "varchar(200)", "none", lambda c, i: 'a:1:{i:0;s:1:"1";}' if i == 1 else 'a:1:{i:0;s:1:"2";}'),
            C("forgot", "varchar(80)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.2)),
            C("admin_template", "text", "none", const(None)),
            C("input_date", "date", "none", dates(2014, 2024)),
            C("last_update", "date", "none", dates(2024, 2025)),
        ], rows=N_USER),
        Table(S, "visitor_count", [
            C("visitor_id", "integer PRIMARY KEY", "none", seq()),
            C("member_id", "varchar(20)", "none", lambda c, i: mid((i * 3) % N_MEM + 1) if i % 4 else None),
            C("member_name", "varchar(255)", "person_name", lambda c, i: mem(c, (i * 3) % N_MEM + 1)["full"] if i % 4
              else any_name("pg")(c, i)),
            C("institution", "varchar(100)", "none", lambda c, i: None if i % 4 else c.r.choice(
                ["Bugandi Secondary", "Lae Technical College", "Morobe Provincial Government", "Visitor"])),
            C("room_code", "varchar(5)", "none", one("MAIN", "PAC", "LAB")),
            C("checkin_date", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150),
        Table(S, "mst_supplier", [
            C("supplier_id", "integer PRIMARY KEY", "none", seq()),
            C("supplier_name", "varchar(100)", "none", lambda c, i: ["UPNG Bookshop", "Theodist Ltd", "Brian Bell "
                                                                     "Stationery", "Co-op Bookshop (Australia)",
                                                                     "NRI Publications", "Oxford University Press "
                                                                     "Australia"][i - 1]),
            C("address", "varchar(100)", "none", lambda c, i: ["Waigani Campus", "Section 5 Lot 12, Boroko",
                                                               "Huon Road, Lae", "Broadway, Sydney NSW",
                                                               "Waigani Drive", "Docklands VIC"][i - 1]),
            C("postal_code", "varchar(10)", "none", lambda c, i: ["134", "111", "411", "2007", "131", "3008"][i - 1]),
            C("phone", "varchar(14)", "none", lambda c, i: f"{c.r.choice(['325', '472', '321'])} {digits(c, 4)}"),
            C("contact", "varchar(30)", "person_name", lambda c, i: any_name("pg")(c, i)),
            C("fax", "varchar(14)", "none", maybe(lambda c, i: f"325 {digits(c, 4)}", 0.5)),
            C("account", "varchar(12)", "none", lambda c, i: f"1000{digits(c, 8)}"),
            C("e_mail", "varchar(80)", "none", lambda c, i: ["bookshop@upng.ac.pg", "sales@theodist.com.pg",
                                                             "lae@brianbell.com.pg", "orders@coop.com.au",
                                                             "publications@nri.org.pg", "cs.au@oup.com"][i - 1]),
            C("input_date", "date", "none", dates(2014, 2020)),
            C("last_update", "date", "none", dates(2021, 2025)),
        ], rows=6),
        Table(S, "comment", [
            C("comment_id", "integer PRIMARY KEY", "none", seq()),
            C("biblio_id", "integer", "none", fk(N_BIB, 9)),
            C("member_id", "varchar(20)", "none", lambda c, i: mid(i)),
            C("comment", "text", "free_text_may_contain_pii", _comment),
            C("input_date", "timestamp", "none", stamps(2023, 2025)),
            C("last_update", "timestamp", "none", stamps(2023, 2025)),
        ], rows=80, extra=[fkey(S, "comment", "biblio_id", "biblio", "biblio_id"),
                           fkey(S, "comment", "member_id", "member", "member_id")]),
        Table(S, "system_log", [
            C("log_id", "integer PRIMARY KEY", "none", seq()),
            C("log_type", "varchar(10)", "none", one("staff", "member", "system")),
            C("id", "varchar(50)", "none", lambda c, i: str(c.r.randint(1, N_USER))),
            C("log_location", "varchar(50)", "none", one("circulation", "membership", "system", "opac")),
            C("sub_module", "varchar(50)", "none", one("Login", "Member", "Return", "Backup")),
            C("action", "varchar(50)", "none", one("Login", "Update", "Return", "Create")),
            C("log_msg", "text", "free_text_may_contain_pii", _log_msg),
            C("log_date", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150),
    ]
