"""ai_openbiblio: OpenBiblio 0.7 (the small open-source PHP/MySQL library system; tables as in its install/*.sql,
recalled from memory) at a community library in Latrikunda, Kanifing Municipality (The Gambia): staff, members
(adults and school pupils with their grade and teacher), a custom member field, the classification reference table,
catalogue, copies with who holds them, fines, sessions and the one-row settings table."""
from __future__ import annotations

from .blind33_gens import (C, any_name, const, digits, fk, fkey, ints, maybe, md5, one, person, person_at, seq,
                           stamps)
from .gens import Table

S = "ai_openbiblio"
MBR, STAFF = "ob.member", "ob.staff"
N_STAFF, N_MBR, N_BIB, N_COPY = 12, 140, 120, 150
BOOKS = [("Things Fall Apart", "Achebe, Chinua", "823 ACH", "Fiction"),
         ("So Long a Letter", "Bâ, Mariama", "843 BA", "Fiction"),
         ("Roots", "Haley, Alex", "920 HAL", "Biography"),
         ("Half of a Yellow Sun", "Adichie, Chimamanda Ngozi", "823 ADI", "Fiction"),
         ("Weep Not, Child", "Ngũgĩ wa Thiong'o", "823 NGU", "Fiction"),
         ("The African Child", "Laye, Camara", "843 LAY", "Fiction"),
         ("Arrow of God", "Achebe, Chinua", "823 ACH", "Fiction"),
         ("Purple Hibiscus", "Adichie, Chimamanda Ngozi", "823 ADI", "Fiction"),
         ("The Beautyful Ones Are Not Yet Born", "Armah, Ayi Kwei", "823 ARM", "Fiction"),
         ("A History of the Gambia", "Gray, J. M.", "966.51 GRA", "History"),
         ("Historical Dictionary of The Gambia", "Hughes, Arnold", "966.51 HUG", "Reference"),
         ("Gambian Wolof-English Dictionary", "Gamble, David P.", "496.321 GAM", "Reference"),
         ("New General Mathematics for West Africa 3", "Channon, J. B.", "510 CHA", "Textbook"),
         ("Senior Secondary Biology", "Ramalingam, S. T.", "570 RAM", "Textbook"),
         ("Mission to Kala", "Beti, Mongo", "843 BET", "Fiction"),
         ("Long Walk to Freedom", "Mandela, Nelson", "968.06 MAN", "Biography")]
SCHOOLS = ["Latrikunda Upper Basic School", "Nusrat Senior Secondary School", "St. Therese's Upper Basic School",
           "Gambia High School", "Muslim Senior Secondary School", "Kanifing East Lower Basic School"]


def is_pupil(i: int) -> bool:
    return i % 5 < 3


def _address(c, i):
    p = lambda f: person("gm", MBR, f, 1958, 2013)(c, i)      # noqa: E731
    return f"{p('a_line')}\n{p('a_city')}"


def _guardian(c, i):
    m = (i * 5) % N_MBR + 1
    last = person("gm", MBR, "last", 1958, 2013)(c, m)
    first = c.r.choice(["Lamin", "Fatou", "Ebrima", "Isatou", "Modou", "Awa", "Kebba", "Haddy"])
    rel = c.r.choice(["father", "mother", "uncle", "aunt", "grandmother"])
    return c.r.choice([f"{first} {last} ({rel}), {c.r.choice(['70', '77', '99', '30'])}{digits(c, 1)} {digits(c, 4)}",
                       f"{first} {last}, tel {c.r.choice(['7', '3', '2'])}{digits(c, 6)}",
                       f"{rel.title()}: {first} {last}"])


def _fine_desc(c, i):
    return c.r.choice(["Overdue fine", "Overdue fine", "Lost book replaced", "Membership fee 2024", "Damaged cover",
                       f"Paid by her father {any_name('gm')(c, i)}", f"Paid cash, received by {person_at('gm', STAFF, 'full', N_STAFF)(c, i)}",
                       "Waived by librarian"])


def openbiblio_tables() -> list[Table]:
    m = lambda f: person("gm", MBR, f, 1958, 2013)           # noqa: E731
    s = lambda f: person("gm", STAFF, f, 1965, 2000)         # noqa: E731
    return [
        Table(S, "staff", [
            C("userid", "integer PRIMARY KEY", "none", seq()),
            C("create_dt", "timestamp", "none", stamps(2012, 2020)),
            C("last_change_dt", "timestamp", "none", stamps(2021, 2025)),
            C("last_change_userid", "integer", "none", const(1)),
            C("username", "varchar(20)", "none", lambda c, i: s("user")(c, i).split(".")[0][:1] + s("last")(c, i).lower()),
            C("pwd", "char(32)", "credentials", lambda c, i: md5(c)),
            C("last_name", "varchar(30)", "person_name", s("last")),
            C("first_name", "varchar(30)", "person_name", s("first")),
            C("suspended_flg", "char(1)", "none", one("N", "N", "N", "Y")),
            C("admin_flg", "char(1)", "none", lambda c, i: "Y" if i <= 2 else "N"),
            C("circ_flg", "char(1)", "none", const("Y")),
            C("catalog_flg", "char(1)", "none", one("Y", "N")),
        ], rows=N_STAFF),
        Table(S, "mbr_classify_dm", [
            C("code", "smallint PRIMARY KEY", "none", seq()),
            C("description", "varchar(40)", "none", lambda c, i: ["Adult", "Juvenile", "Teacher"][i - 1]),
            C("default_flg", "char(1)", "none", lambda c, i: "Y" if i == 2 else "N"),
            C("max_fines", "numeric(4,2)", "none", lambda c, i: [50, 25, 50][i - 1]),
        ], rows=3),
        Table(S, "member", [
            C("mbrid", "integer PRIMARY KEY", "none", seq()),
            C("barcode_nmbr", "varchar(20)", "none", lambda c, i: f"LCL{i + 2300:06d}"),
            C("create_dt", "timestamp", "none", stamps(2014, 2025)),
            C("last_change_dt", "timestamp", "none", stamps(2022, 2025)),
            C("last_change_userid", "integer", "none", fk(N_STAFF, 5)),
            C("last_name", "varchar(50)", "person_name", m("last")),
            C("first_name", "varchar(50)", "person_name", m("first")),
            C("address", "text", "postal_address", _address),
            C("home_phone", "varchar(15)", "phone", maybe(m("mobile"), 0.85)),
            C("work_phone", "varchar(15)", "phone", lambda c, i: None if is_pupil(i) else maybe(m("phone"), 0.4)(c, i)),
            C("email", "varchar(128)", "email", maybe(m("email"), 0.45)),
            C("classification", "smallint", "none", lambda c, i: 2 if is_pupil(i) else c.r.choice([1, 1, 3])),
            C("school_grade", "varchar(20)", "none", lambda c, i: f"Grade {c.r.randint(4, 12)}" if is_pupil(i) else None),
            C("school_teacher", "varchar(50)", "person_name", lambda c, i: (
                f"{c.r.choice(['Mr', 'Mrs', 'Ms'])} {any_name('gm')(c, i).split()[-1]}, {c.r.choice(SCHOOLS)}"
                if is_pupil(i) else None)),
        ], rows=N_MBR, extra=[fkey(S, "member", "classification", "mbr_classify_dm", "code"),
                              fkey(S, "member", "last_change_userid", "staff", "userid")]),
        Table(S, "member_fields", [
            C("mbrid", "integer", "none", lambda c, i: [k for k in range(1, N_MBR + 1) if is_pupil(k)][(i - 1) % 84]),
            C("code", "varchar(16)", "none", const("guardian")),
            C("data", "text", "free_text_may_contain_pii", _guardian, comment="Parent / guardian"),
        ], rows=84, extra=[fkey(S, "member_fields", "mbrid", "member", "mbrid")]),
        Table(S, "biblio", [
            C("bibid", "integer PRIMARY KEY", "none", seq()),
            C("create_dt", "timestamp", "none", stamps(2012, 2025)),
            C("last_change_userid", "integer", "none", fk(N_STAFF, 3)),
            C("material_cd", "smallint", "none", one(2, 2, 2, 5)),
            C("collection_cd", "smallint", "none", lambda c, i: ["Fiction", "Biography", "History", "Reference",
                                                                  "Textbook"].index(BOOKS[i % len(BOOKS)][3]) + 1),
            C("call_nmbr1", "varchar(20)", "none", lambda c, i: BOOKS[i % len(BOOKS)][2]),
            C("title", "text", "none", lambda c, i: BOOKS[i % len(BOOKS)][0] + ("" if i <= 16 else f" (copy set {i // 16})")),
            C("author", "text", "person_name", lambda c, i: BOOKS[i % len(BOOKS)][1]),
            C("topic1", "text", "none", lambda c, i: BOOKS[i % len(BOOKS)][3]),
            C("opac_flg", "char(1)", "none", one("Y", "Y", "Y", "N")),
        ], rows=N_BIB),
        Table(S, "biblio_copy", [
            C("bibid", "integer", "none", fk(N_BIB, 1)),
            C("copyid", "integer PRIMARY KEY", "none", seq()),
            C("create_dt", "timestamp", "none", stamps(2012, 2025)),
            C("copy_desc", "varchar(160)", "none", maybe(one("Donated by Book Aid International", "Water damaged",
                                                             "Reference only"), 0.3)),
            C("barcode_nmbr", "varchar(20)", "none", lambda c, i: f"{i + 10000:07d}"),
            C("status_cd", "char(3)", "none", lambda c, i: "out" if i % 3 == 0 else c.r.choice(["in", "in", "hld", "mnd"])),
            C("status_begin_dt", "timestamp", "none", stamps(2024, 2025)),
            C("due_back_dt", "date", "none", lambda c, i: stamps(2025, 2025)(c, i).date() if i % 3 == 0 else None),
            C("mbrid", "integer", "none", lambda c, i: (i * 7) % N_MBR + 1 if i % 3 == 0 else None),
            C("renewal_count", "smallint", "none", lambda c, i: c.r.randint(0, 2) if i % 3 == 0 else 0),
        ], rows=N_COPY, extra=[fkey(S, "biblio_copy", "bibid", "biblio", "bibid"),
                               fkey(S, "biblio_copy", "mbrid", "member", "mbrid")]),
        Table(S, "member_account", [
            C("mbrid", "integer", "none", fk(N_MBR, 11)),
            C("transid", "integer PRIMARY KEY", "none", seq()),
            C("create_dt", "timestamp", "none", stamps(2020, 2025)),
            C("create_userid", "integer", "none", fk(N_STAFF, 5)),
            C("transaction_type_cd", "char(2)", "none", one("+c", "+c", "-p", "+f")),
            C("amount", "numeric(10,2)", "none", one(5, 10, 25, 50, 150)),
            C("description", "varchar(128)", "free_text_may_contain_pii", _fine_desc),
        ], rows=120, extra=[fkey(S, "member_account", "mbrid", "member", "mbrid")]),
        Table(S, "session", [
            C("userid", "integer", "none", fk(N_STAFF, 1)),
            C("last_updated_dt", "timestamp", "none", stamps(2025, 2025)),
            C("token", "integer", "secret_token", ints(1, 2_147_000_000)),
        ], rows=40, extra=[fkey(S, "session", "userid", "staff", "userid")]),
        Table(S, "settings", [
            C("library_name", "varchar(128)", "none", const("Latrikunda Community Library")),
            C("library_hours", "varchar(128)", "none", const("Mon-Thu 9-18, Fri 9-12:30 and 14:30-18, Sat 10-14")),
            C("library_phone", "varchar(40)", "none", const("439 5127")),
            C("library_url", "text", "none", const("https://latrikundalibrary.gm")),
            C("session_timeout", "smallint", "none", const(20)),
            C("items_per_page", "smallint", "none", const(10)),
            C("version", "varchar(10)", "none", const("0.7.2")),
            C("block_checkouts_when_fines_due", "char(1)", "none", const("Y")),
            C("locale", "varchar(8)", "none", const("en")),
        ], rows=1),
    ]
