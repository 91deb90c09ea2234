"""v_kimai: Kimai 2 (open-source time tracking) at a Ljubljana architecture and engineering office: users,
preferences, customers (companies and private house-building clients), projects, activities, timesheets, invoices,
API access tokens and PHP sessions."""
from __future__ import annotations

from .blind18_gens import (alnum, bcrypt, boolean, ch, const, day, fk, maybe, money, num, pf, seq, stamp,
                           text_from, wch)
from .gens import Col, Table

S = "v_kimai"
U = "si:user"
K = "si:cust"
PK = "integer PRIMARY KEY"


def _fk(table: str, col: str, ref: str) -> str:
    return f'ALTER TABLE {S}.{table} ADD FOREIGN KEY ("{col}") REFERENCES {S}.{ref} (id)'


_FIRMS = ["Gradis", "Kolektor Koling", "Elektro Ljubljana", "Občina Grosuplje", "Mercator", "Petrol", "Krka",
          "Stanovanjski sklad MOL", "Javni zavod Vrtci", "Hotel Union", "Lesnina", "GH Holding", "Spar Slovenija"]
_PRIVATE = 0.4                                             # share of private clients (a couple building a house)


def _private(c, i) -> bool:
    return (i * 37) % 10 < _PRIVATE * 10


def _cust_name(c, i):
    if _private(c, i):
        return f"{pf(K, 'first')(c, i)} {pf(K, 'last')(c, i)}"
    return f"{_FIRMS[i % len(_FIRMS)]} d.{'o.o.' if i % 3 else 'd.'}" + ("" if i <= len(_FIRMS) else f" ({i})")


def _uname(c, i):
    return (pf(U, "first")(c, i)[0] + pf(U, "last")(c, i)).lower().translate(str.maketrans("čšžć", "cszc"))


_DESC = wch([(None, 30), ("izris PZI tlorisov", 10), ("koordinacija s statikom", 8), ("ogled terena", 6),
             ("popravki po pripombah investitorja", 8), ("BIM model – fasada", 6), ("priprava popisa del", 6),
             ("sestanek na UE Ljubljana", 4), (text_from(["klic z g. {s} ({t}) glede ponudbe"],
                                                         s=["Novakom", "Krajncem", "Zupanom"],
                                                         t=["041 227 118", "031 554 902"]), 6),
             (text_from(["sestanek z investitorko ga. {s}, {e}"], s=["Kos", "Golob"],
                        e=["mojca.kos@gmail.com", "petra.golob@siol.net"]), 4)])


def _desc(c, i):
    v = _DESC(c, i)
    return v(c, i) if callable(v) else v


def kimai_tables() -> list[Table]:
    users = Table(S, "kimai2_users", [
        Col("id", PK, "none", seq),
        Col("username", "varchar(180)", "none", _uname),
        Col("email", "varchar(180)", "email", lambda c, i: _uname(c, i) + "@arhitekti-krajnc.si"),
        Col("password", "varchar(255)", "credentials", bcrypt),
        Col("alias", "varchar(60)", "person_name", lambda c, i: f"{pf(U, 'first')(c, i)} {pf(U, 'last')(c, i)}"),
        Col("enabled", "boolean", "none", boolean(0.9)),
        Col("registration_date", "timestamp", "none", stamp(2018, 2024)),
        Col("title", "varchar(50)", "none", ch("univ. dipl. inž. arh.", "mag. inž. arh.", "gradb. tehnik", None)),
        Col("avatar", "varchar(255)", "none", const(None)),
        Col("api_token", "varchar(255)", "credentials", maybe(0.3, bcrypt)),
        Col("auth", "varchar(20)", "none", ch("kimai", "kimai", "ldap")),
        Col("color", "varchar(7)", "none", ch("#3c8dbc", "#f39c12", "#00a65a", None)),
        Col("roles", "text", "none", ch('["ROLE_USER"]', '["ROLE_TEAMLEAD"]', '["ROLE_SUPER_ADMIN"]')),
        Col("totp_secret", "varchar(255)", "secret_token", maybe(0.3, alnum(52, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
        Col("totp_enabled", "boolean", "none", boolean(0.3)),
        Col("system_account", "boolean", "none", const(False)),
        Col("supervisor_id", "integer", "none", maybe(0.7, ch(1, 2))),
        Col("timezone", "varchar(64)", "none", const("Europe/Ljubljana")),
        Col("language", "varchar(6)", "none", ch("sl", "sl", "en")),
        Col("account", "varchar(30)", "none", lambda c, i: f"AK-{i:03d}"),
        Col("confirmation_token", "varchar(180)", "secret_token", maybe(0.1, alnum(43))),
        Col("password_requested_at", "timestamp", "none", maybe(0.1, stamp(2024, 2024))),
    ], rows=26, extra=[_fk("kimai2_users", "supervisor_id", "kimai2_users")])
    prefs = Table(S, "kimai2_user_preferences", [
        Col("id", PK, "none", seq),
        Col("user_id", "integer", "none", lambda c, i: (i - 1) % 26 + 1),
        Col("name", "varchar(50)", "none", lambda c, i: ["hourly_rate", "internal_rate", "timezone", "language",
                                                         "theme.layout", "calendar_initial_view"][(i - 1) // 26 % 6]),
        Col("value", "varchar(255)", "none", lambda c, i: [str(c.r.choice([35, 42, 55, 65])), "30", "Europe/Ljubljana",
                                                           "sl", "fixed", "agendaWeek"][(i - 1) // 26 % 6]),
    ], rows=130, extra=[_fk("kimai2_user_preferences", "user_id", "kimai2_users")])
    cust = Table(S, "kimai2_customers", [
        Col("id", PK, "none", seq),
        Col("name", "varchar(150)", "person_name", _cust_name),
        Col("number", "varchar(50)", "none", lambda c, i: f"{i:04d}"),
        Col("comment", "text", "none", maybe(0.3, ch("plača v 30 dneh", "avans 30 %", "javno naročilo"))),
        Col("visible", "boolean", "none", boolean(0.9)),
        Col("company", "varchar(100)", "none", lambda c, i: None if _private(c, i) else _cust_name(c, i)),
        Col("vat_id", "varchar(50)", "none",
            lambda c, i: None if _private(c, i) else f"SI{c.r.randint(10000000, 99999999)}"),
        Col("contact", "varchar(100)", "person_name", lambda c, i: f"{pf(K, 'first')(c, i)} {pf(K, 'last')(c, i)}"),
        Col("address", "text", "postal_address", lambda c, i: f"{pf(K, 'street')(c, i)}\n{pf(K, 'pc')(c, i)} "
                                                             f"{pf(K, 'town')(c, i)}"),
        Col("country", "varchar(2)", "none", const("SI")),
        Col("currency", "varchar(3)", "none", const("EUR")),
        Col("phone", "varchar(30)", "none", lambda c, i: None if _private(c, i) else f"+386 1 {c.r.randint(200, 599)} "
                                                                                     f"{c.r.randint(10, 99)} 00"),
        Col("fax", "varchar(30)", "none", const(None)),
        Col("mobile", "varchar(30)", "phone", pf(K, "phone")),
        Col("email", "varchar(75)", "email", pf(K, "email")),
        Col("homepage", "varchar(100)", "none", const(None)),
        Col("timezone", "varchar(64)", "none", const("Europe/Ljubljana")),
        Col("budget", "double precision", "none", money(0, 40000)),
        Col("time_budget", "integer", "none", ch(0, 0, 360000)),
        Col("color", "varchar(7)", "none", const(None)),
    ], rows=90)
    proj = Table(S, "kimai2_projects", [
        Col("id", PK, "none", seq),
        Col("customer_id", "integer", "none", fk(90)),
        Col("name", "varchar(150)", "none", text_from(["{t} {k}", "{t} – {k}, faza {f}"],
                                                      t=["Enodružinska hiša", "Prenova stanovanja", "Vrtec",
                                                         "Poslovni objekt", "Nadzidava", "Dvojček"],
                                                      k=["Brezovica", "Črnuče", "Vič", "Domžale", "Šiška", "Polje"],
                                                      f=["IDZ", "DGD", "PZI", "PID"])),
        Col("order_number", "varchar(50)", "none", maybe(0.5, lambda c, i: f"NAR-{c.r.randint(100, 999)}/24")),
        Col("order_date", "timestamp", "none", maybe(0.5, stamp(2022, 2024))),
        Col("start", "timestamp", "none", maybe(0.6, stamp(2022, 2024))),
        Col("end", "timestamp", "none", maybe(0.3, stamp(2024, 2025))),
        Col("comment", "text", "none", maybe(0.2, ch("gradbeno dovoljenje izdano", "čakamo soglasje ELES"))),
        Col("visible", "boolean", "none", boolean(0.85)),
        Col("budget", "double precision", "none", money(0, 60000)),
        Col("billable", "boolean", "none", boolean(0.9)),
    ], rows=120, extra=[_fk("kimai2_projects", "customer_id", "kimai2_customers")])
    act = Table(S, "kimai2_activities", [
        Col("id", PK, "none", seq),
        Col("project_id", "integer", "none", maybe(0.6, fk(120))),
        Col("name", "varchar(150)", "none", ch("Idejna zasnova", "Projekt za gradbeno dovoljenje", "PZI", "Nadzor",
                                               "Sestanki", "Administracija", "Bolniška odsotnost", "Dopust",
                                               "Izobraževanje", "Popis del")),
        Col("comment", "text", "none", const(None)),
        Col("visible", "boolean", "none", boolean(0.9)),
        Col("billable", "boolean", "none", boolean(0.7)),
    ], rows=90, extra=[_fk("kimai2_activities", "project_id", "kimai2_projects")])
    ts = Table(S, "kimai2_timesheet", [
        Col("id", PK, "none", seq),
        Col("user", "integer", "none", fk(26)),
        Col("activity_id", "integer", "none", fk(90)),
        Col("project_id", "integer", "none", fk(120)),
        Col("start_time", "timestamp", "none", stamp(2024, 2024)),
        Col("end_time", "timestamp", "none", maybe(0.97, stamp(2024, 2024))),
        Col("duration", "integer", "none", lambda c, i: c.r.choice([900, 1800, 3600, 7200, 14400, 28800])),
        Col("timezone", "varchar(64)", "none", const("Europe/Ljubljana")),
        Col("description", "text", "free_text_may_contain_pii", _desc),
        Col("rate", "double precision", "none", money(10, 500)),
        Col("hourly_rate", "double precision", "none", ch(35.0, 42.0, 55.0, 65.0)),
        Col("fixed_rate", "double precision", "none", const(None)),
        Col("internal_rate", "double precision", "none", ch(30.0, 28.0)),
        Col("exported", "boolean", "none", boolean(0.6)),
        Col("billable", "boolean", "none", boolean(0.8)),
        Col("category", "varchar(10)", "none", const("work")),
        Col("modified_at", "timestamp", "none", stamp(2024, 2024)),
        Col("date_tz", "date", "none", day(2024, 2024)),
    ], rows=150, extra=[_fk("kimai2_timesheet", "user", "kimai2_users"),
                        _fk("kimai2_timesheet", "activity_id", "kimai2_activities"),
                        _fk("kimai2_timesheet", "project_id", "kimai2_projects")])
    inv = Table(S, "kimai2_invoices", [
        Col("id", PK, "none", seq),
        Col("customer_id", "integer", "none", fk(90)),
        Col("user_id", "integer", "none", ch(1, 2, 3)),
        Col("invoice_number", "varchar(50)", "none", lambda c, i: f"2024-{i:04d}"),
        Col("created_at", "timestamp", "none", stamp(2024, 2024)),
        Col("timezone", "varchar(64)", "none", const("Europe/Ljubljana")),
        Col("total", "double precision", "none", money(200, 25000)),
        Col("tax", "double precision", "none", money(40, 5500)),
        Col("currency", "varchar(3)", "none", const("EUR")),
        Col("status", "varchar(20)", "none", ch("new", "pending", "paid", "paid", "canceled")),
        Col("due_days", "integer", "none", ch(8, 15, 30)),
        Col("vat", "double precision", "none", const(22.0)),
        Col("invoice_filename", "varchar(150)", "none", lambda c, i: f"2024-{i:04d}-racun.pdf"),
        Col("payment_date", "date", "none", maybe(0.6, day(2024, 2024))),
        Col("comment", "text", "none", maybe(0.2, ch("opomin poslan", "delno plačano"))),
    ], rows=100, extra=[_fk("kimai2_invoices", "customer_id", "kimai2_customers"),
                        _fk("kimai2_invoices", "user_id", "kimai2_users")])
    tok = Table(S, "kimai2_access_token", [
        Col("id", PK, "none", seq),
        Col("user_id", "integer", "none", fk(26)),
        Col("token", "varchar(100)", "secret_token", alnum(48)),
        Col("name", "varchar(50)", "none", ch("Kimai mobile", "Power BI", "Zapier", "izvoz ur")),
        Col("last_usage", "timestamp", "none", maybe(0.7, stamp(2024, 2024))),
        Col("expires_at", "timestamp", "none", maybe(0.5, stamp(2025, 2026))),
    ], rows=40, extra=[_fk("kimai2_access_token", "user_id", "kimai2_users")])
    sess = Table(S, "kimai2_sessions", [
        Col("id", "varchar(128) PRIMARY KEY", "secret_token", alnum(26, "abcdefghijklmnopqrstuv0123456789")),
        Col("data", "bytea", "secret_token", lambda c, i: ('_sf2_attributes|a:2:{s:26:"_security.secured_area.target_'
                                                           f'path";s:0:"";s:14:"_csrf/logout";s:43:"'
                                                           f'{alnum(43)(c, i)}";}}'
                                                           ).encode()),
        Col("time", "integer", "none", num(1717000000, 1733000000)),
        Col("lifetime", "integer", "none", const(1440)),
    ], rows=100)
    return [users, prefs, cust, proj, act, ts, inv, tok, sess]

