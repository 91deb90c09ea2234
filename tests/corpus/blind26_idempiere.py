"""ab_idempiere: iDempiere ERP (lower-case PostgreSQL tables, numeric ids, Y/N character flags) as recalled from
memory, for a Paraguayan hardware distributor. Business partners mix natural persons (every even id) and firms."""
from __future__ import annotations

from .blind26_gens import (POOLS, C, amounts, card, const, digits, fk, fkey, hexs,
                           ints, maybe, one, person, ruc, seq, stamps, uuid, yn)
from .gens import Table

S = "ab_idempiere"
BP, USR = "id.c_bpartner", "id.ad_user"
N_BP, N_USER, N_LOC, N_BPL, N_BANK, N_ORDER = 120, 120, 150, 150, 80, 150
FIRMS = ["Ferretería El Tajy", "Constructora Yvaga S.A.", "Agroganadera Chaco Boreal S.R.L.", "Pinturas Guaraní S.A.",
         "Distribuidora Tres Fronteras", "Cooperativa Colonias Unidas Ltda.", "Sanitarios Itá S.A.",
         "Inmobiliaria Mburicaó", "Maderera Alto Paraná", "Electro Luque S.A."]


def std(id_col: str) -> list:
    """The columns every iDempiere table starts with."""
    return [C(id_col, "numeric(10,0) PRIMARY KEY", "none", seq(999999)),
            C("ad_client_id", "numeric(10,0)", "none", const(1000000)),
            C("ad_org_id", "numeric(10,0)", "none", one(0, 1000000, 1000001)),
            C("isactive", "character(1)", "none", yn(0.93)),
            C("created", "timestamp", "none", stamps(2017, 2022)),
            C("createdby", "numeric(10,0)", "none", ints(100, 1000010)),
            C("updated", "timestamp", "none", stamps(2022, 2025)),
            C("updatedby", "numeric(10,0)", "none", ints(100, 1000010))]


def ref(n: int, step: int = 7, every: int = 0):
    g = fk(n, step, every)
    return lambda c, i: None if (v := g(c, i)) is None else 999999 + v


def is_person(i: int) -> bool:
    return i % 2 == 0


def _bp_name(c, i):
    return person("py", BP, "full")(c, i) if is_person(i) else FIRMS[i % len(FIRMS)] + ("" if i < 20 else f" ({i})")


def _bp_taxid(c, i):
    return ruc(c, person("py", BP, "natid")(c, i)) if is_person(i) else f"80{digits(c, 6)}-{c.r.randint(0, 9)}"


def _bp_of_account(i: int) -> int:
    return ((i * 7) % (N_BP // 2) + 1) * 2         # only natural persons keep accounts here


def _user_comment(c, i):
    return c.r.choice([None, None, "Cliente mayorista, paga con cheque diferido.",
                       f"Llamar después de las 17 h, o a su esposa {person('py', 'id.spouse', 'full')(c, i)} al "
                       f"0981 {digits(c, 3)} {digits(c, 3)}",
                       "Prefiere retirar en depósito de San Lorenzo.",
                       f"Referido por {person('py', USR, 'full')(c, c.r.randint(1, N_USER))}"])


def _street(c, i):
    return f"{c.r.choice(POOLS['py']['street'])} {c.r.randint(12, 4200)}"


def idempiere_tables() -> list[Table]:
    u = lambda f: person("py", USR, f, 1955, 2001)            # noqa: E731
    bp = lambda f: person("py", BP, f, 1950, 2002)            # noqa: E731
    holder = lambda f: lambda c, i: person("py", BP, f)(c, _bp_of_account(i))   # noqa: E731
    return [
        Table(S, "c_bpartner", std("c_bpartner_id") + [
            C("value", "varchar(40)", "none", lambda c, i: f"C-{i:05d}"),
            C("name", "varchar(120)", "person_name", _bp_name),
            C("name2", "varchar(60)", "none", lambda c, i: None if is_person(i) else c.r.choice(["", "Casa Central",
                                                                                             "Sucursal Este"])),
            C("description", "varchar(255)", "none", maybe(one("Cliente contado", "Cliente crédito 30 días",
                                                               "Proveedor de insumos"), 0.5)),
            C("issummary", "character(1)", "none", const("N")),
            C("c_bp_group_id", "numeric(10,0)", "none", one(1000000, 1000001, 1000002)),
            C("isvendor", "character(1)", "none", lambda c, i: "N" if is_person(i) else c.r.choice("YN")),
            C("iscustomer", "character(1)", "none", yn(0.85)),
            C("isemployee", "character(1)", "none", lambda c, i: c.r.choice("YNN") if is_person(i) else "N"),
            C("issalesrep", "character(1)", "none", yn(0.1)),
            C("referenceno", "varchar(40)", "none", maybe(lambda c, i: f"REF{digits(c, 5)}", 0.3)),
            C("duns", "varchar(11)", "none", lambda c, i: None if is_person(i) else digits(c, 9)),
            C("taxid", "varchar(20)", "national_id", _bp_taxid, comment="RUC"),
            C("istaxexempt", "character(1)", "none", yn(0.05)),
            C("url", "varchar(120)", "none", lambda c, i: None if is_person(i) else f"https://www.firma{i}.com.py"),
            C("so_creditlimit", "numeric", "none", amounts(0, 90_000_000, 0)),
            C("so_creditused", "numeric", "none", amounts(0, 40_000_000, 0)),
            C("totalopenbalance", "numeric", "none", amounts(0, 40_000_000, 0)),
            C("firstsale", "timestamp", "none", maybe(stamps(2015, 2024))),
            C("socreditstatus", "character(1)", "none", one("O", "W", "H", "X")),
            C("salesrep_id", "numeric(10,0)", "none", maybe(ints(1000000, 1000020))),
            C("ad_language", "varchar(6)", "none", const("es_PY")),
            C("c_bpartner_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=N_BP),
        Table(S, "c_location", std("c_location_id") + [
            C("address1", "varchar(60)", "postal_address", _street),
            C("address2", "varchar(60)", "postal_address", maybe(lambda c, i: f"c/ {c.r.choice(POOLS['py']['street'])}")),
            C("address3", "varchar(60)", "postal_address", maybe(one("Piso 2, Dpto. B", "Edificio Yrendague, of. 304",
                                                                     "Casa 14", "Galpón 3"), 0.4)),
            C("city", "varchar(60)", "none", lambda c, i: c.r.choice(POOLS["py"]["city"])),
            C("postal", "varchar(10)", "postal_address", lambda c, i: f"{c.r.randint(1, 9)}{digits(c, 3)}"),
            C("c_country_id", "numeric(10,0)", "none", const(299)),
            C("c_region_id", "numeric(10,0)", "none", maybe(ints(500, 517))),
            C("regionname", "varchar(40)", "none", one("Central", "Alto Paraná", "Itapúa", "Capital", "Guairá")),
            C("c_city_id", "numeric(10,0)", "none", maybe(ints(1000000, 1000040))),
            C("c_location_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=N_LOC),
        Table(S, "c_bpartner_location", std("c_bpartner_location_id") + [
            C("name", "varchar(60)", "postal_address",
              lambda c, i: f"{c.r.choice(POOLS['py']['city'])} ({_street(c, i)})"),
            C("isbillto", "character(1)", "none", yn(0.8)),
            C("isshipto", "character(1)", "none", yn(0.8)),
            C("ispayfrom", "character(1)", "none", yn(0.7)),
            C("isremitto", "character(1)", "none", yn(0.7)),
            C("phone", "varchar(40)", "phone", lambda c, i: person("py", BP, "mobile")(c, (i - 1) % N_BP + 1)),
            C("phone2", "varchar(40)", "phone", maybe(lambda c, i: person("py", BP, "phone")(c, (i - 1) % N_BP + 1), 0.4)),
            C("fax", "varchar(40)", "phone", maybe(lambda c, i: f"(021) {digits(c, 3)} {digits(c, 3)}", 0.15)),
            C("c_salesregion_id", "numeric(10,0)", "none", maybe(ints(1000000, 1000005))),
            C("c_bpartner_id", "numeric(10,0)", "none", lambda c, i: 999999 + (i - 1) % N_BP + 1),
            C("c_location_id", "numeric(10,0)", "none", ref(N_LOC, 1)),
            C("c_bpartner_location_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=N_BPL, extra=[fkey(S, "c_bpartner_location", "c_bpartner_id", "c_bpartner", "c_bpartner_id"),
                              fkey(S, "c_bpartner_location", "c_location_id", "c_location", "c_location_id")]),
        Table(S, "ad_user", std("ad_user_id") + [
            C("name", "varchar(60)", "person_name", u("full")),
            C("description", "varchar(255)", "none", maybe(one("Encargado de compras", "Vendedor", "Cajera"), 0.4)),
            C("password", "varchar(1024)", "credentials", lambda c, i: hexs(c, 128) if i % 3 else None),
            C("salt", "varchar(16)", "none", lambda c, i: hexs(c, 16) if i % 3 else None),
            C("email", "varchar(60)", "email", u("email")),
            C("supervisor_id", "numeric(10,0)", "none", maybe(ints(1000000, 1000010), 0.3)),
            C("c_bpartner_id", "numeric(10,0)", "none", ref(N_BP, 5)),
            C("emailuser", "varchar(60)", "email", maybe(u("email"), 0.3)),
            C("emailuserpw", "varchar(255)", "credentials",
              maybe(lambda c, i: c.r.choice(["Tajy2023!", "ferre.lu7", "Py#0981abc", "Asu-" + digits(c, 4)]), 0.3)),
            C("c_bpartner_location_id", "numeric(10,0)", "none", ref(N_BPL, 3, 4)),
            C("c_greeting_id", "numeric(10,0)", "none", maybe(ints(1000000, 1000004))),
            C("title", "varchar(40)", "none", maybe(one("Ing.", "Lic.", "Arq.", "Sr.", "Sra."))),
            C("comments", "varchar(2000)", "free_text_may_contain_pii", _user_comment),
            C("phone", "varchar(40)", "phone", u("mobile")),
            C("phone2", "varchar(40)", "phone", maybe(u("phone"), 0.4)),
            C("fax", "varchar(40)", "phone", maybe(lambda c, i: f"(021) {digits(c, 3)} {digits(c, 3)}", 0.1)),
            C("lastcontact", "timestamp", "none", maybe(stamps(2023, 2025))),
            C("lastresult", "varchar(255)", "none", maybe(one("Pidió cotización", "No contesta", "Visitar en marzo"))),
            C("birthday", "timestamp", "birth_date", maybe(lambda c, i: u("birth")(c, i), 0.6)),
            C("emailverify", "varchar(40)", "none", maybe(lambda c, i: digits(c, 6), 0.2)),
            C("notificationtype", "character(1)", "none", one("E", "N", "B", "X")),
            C("ldapuser", "varchar(60)", "none", maybe(u("user"), 0.2)),
            C("value", "varchar(40)", "none", u("user")),
            C("isloginuser", "character(1)", "none", yn(0.4)),
            C("securityquestion", "varchar(255)", "none",
              maybe(one("¿Nombre de su primera mascota?", "¿Ciudad donde nació su madre?"), 0.3)),
            C("answer", "varchar(255)", "credentials", maybe(one("Firulais", "Villarrica", "Pirulo", "Caacupé"), 0.3)),
            C("datepasswordchanged", "timestamp", "none", maybe(stamps(2023, 2025))),
            C("datelastlogin", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("failedlogincount", "numeric(10,0)", "none", ints(0, 4)),
            C("islocked", "character(1)", "none", yn(0.03)),
            C("ad_user_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=N_USER, extra=[fkey(S, "ad_user", "c_bpartner_id", "c_bpartner", "c_bpartner_id"),
                               fkey(S, "ad_user", "c_bpartner_location_id", "c_bpartner_location",
                                    "c_bpartner_location_id")]),
        Table(S, "c_bp_bankaccount", std("c_bp_bankaccount_id") + [
            C("c_bpartner_id", "numeric(10,0)", "none", lambda c, i: 999999 + _bp_of_account(i)),
            C("c_bank_id", "numeric(10,0)", "none", one(1000000, 1000001, 1000002, 1000003)),
            C("accountno", "varchar(20)", "bank_account", lambda c, i: f"{c.r.randint(1, 9)}{digits(c, 9)}"),
            C("bpbankacctuse", "character(1)", "none", one("B", "D", "T", "N")),
            C("creditcardtype", "character(1)", "none", one("M", "V", None)),
            C("creditcardnumber", "varchar(20)", "payment_card", maybe(lambda c, i: card(c), 0.4)),
            C("creditcardvv", "varchar(4)", "payment_card", maybe(lambda c, i: digits(c, 3), 0.2)),
            C("creditcardexpmm", "numeric(10,0)", "none", ints(1, 12)),
            C("creditcardexpyy", "numeric(10,0)", "none", ints(2025, 2030)),
            C("a_name", "varchar(60)", "person_name", holder("full")),
            C("a_street", "varchar(60)", "postal_address", holder("a_line")),
            C("a_city", "varchar(60)", "none", holder("a_city")),
            C("a_zip", "varchar(20)", "postal_address", holder("a_postcode")),
            C("a_state", "varchar(60)", "none", one("Central", "Capital", "Alto Paraná")),
            C("a_country", "varchar(60)", "none", const("Paraguay")),
            C("a_email", "varchar(60)", "email", holder("email")),
            C("a_ident_dl", "varchar(20)", "national_id", maybe(lambda c, i: f"LC-{digits(c, 7)}", 0.3),
              comment="driver licence number"),
            C("a_ident_ssn", "varchar(20)", "national_id", holder("natid"), comment="cédula de identidad"),
            C("r_avsaddr", "character(1)", "none", one("Y", "N", "X")),
            C("r_avszip", "character(1)", "none", one("Y", "N", "X")),
            C("routingno", "varchar(20)", "none", one("BCOPPYPA", "BNFAPYPA", "UBBVPYPX", "VISCPYPA")),
            C("isach", "character(1)", "none", yn(0.7)),
            C("bankaccounttype", "character(1)", "none", one("C", "S")),
            C("c_bp_bankaccount_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=N_BANK, extra=[fkey(S, "c_bp_bankaccount", "c_bpartner_id", "c_bpartner", "c_bpartner_id")]),
        Table(S, "ad_session", std("ad_session_id") + [
            C("websession", "varchar(40)", "secret_token", lambda c, i: hexs(c, 32).upper()),
            C("remote_addr", "varchar(60)", "ip_address", lambda c, i: c.r.choice(
                [f"181.{c.r.randint(120, 127)}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}",
                 f"190.{c.r.randint(104, 106)}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"])),
            C("remote_host", "varchar(120)", "ip_address",
              lambda c, i: f"186.{c.r.randint(16, 17)}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("processed", "character(1)", "none", yn(0.9)),
            C("description", "varchar(255)", "none", maybe(one("Timeout", "Logout"), 0.5)),
            C("ad_role_id", "numeric(10,0)", "none", one(1000000, 1000001, 1000002)),
            C("logindate", "timestamp", "none", stamps(2024, 2025)),
            C("servername", "varchar(80)", "none", one("erp-asu-01", "erp-asu-02")),
            C("ad_session_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=150),
        Table(S, "c_order", std("c_order_id") + [
            C("documentno", "varchar(30)", "none", lambda c, i: f"001-002-{i + 4410:07d}"),
            C("docstatus", "character(2)", "none", one("CO", "CO", "DR", "VO", "CL")),
            C("c_doctypetarget_id", "numeric(10,0)", "none", one(1000030, 1000031)),
            C("issotrx", "character(1)", "none", yn(0.9)),
            C("description", "varchar(255)", "none", maybe(one("Entrega en obra", "Retira cliente", "Pedido web"))),
            C("poreference", "varchar(20)", "none", maybe(lambda c, i: f"OC-{digits(c, 4)}", 0.4)),
            C("dateordered", "timestamp", "none", stamps(2023, 2025)),
            C("datepromised", "timestamp", "none", stamps(2023, 2025)),
            C("c_bpartner_id", "numeric(10,0)", "none", ref(N_BP, 11)),
            C("c_bpartner_location_id", "numeric(10,0)", "none", ref(N_BPL, 11)),
            C("ad_user_id", "numeric(10,0)", "none", ref(N_USER, 13, 5)),
            C("salesrep_id", "numeric(10,0)", "none", ref(N_USER, 17)),
            C("totallines", "numeric", "none", amounts(50_000, 30_000_000, 0)),
            C("grandtotal", "numeric", "none", amounts(55_000, 33_000_000, 0)),
            C("deliveryviarule", "character(1)", "none", one("P", "D", "S")),
            C("c_currency_id", "numeric(10,0)", "none", const(100)),
        ], rows=N_ORDER, extra=[fkey(S, "c_order", "c_bpartner_id", "c_bpartner", "c_bpartner_id"),
                                fkey(S, "c_order", "c_bpartner_location_id", "c_bpartner_location",
                                     "c_bpartner_location_id"),
                                fkey(S, "c_order", "ad_user_id", "ad_user", "ad_user_id"),
                                fkey(S, "c_order", "salesrep_id", "ad_user", "ad_user_id")]),
        Table(S, "hr_employee", std("hr_employee_id") + [
            C("c_bpartner_id", "numeric(10,0)", "none", lambda c, i: 999999 + 2 * i),
            C("hr_department_id", "numeric(10,0)", "none", one(1000000, 1000001, 1000002, 1000003)),
            C("hr_job_id", "numeric(10,0)", "none", one(1000000, 1000001, 1000002, 1000003, 1000004)),
            C("startdate", "timestamp", "none", stamps(2008, 2024)),
            C("enddate", "timestamp", "none", maybe(stamps(2024, 2025), 0.15)),
            C("code", "varchar(40)", "none", lambda c, i: f"LEG-{i:04d}"),
            C("nationalcode", "varchar(40)", "national_id", lambda c, i: bp("natid")(c, 2 * i)),
            C("sscode", "varchar(40)", "national_id", lambda c, i: f"{digits(c, 7)}", comment="Nro. asegurado IPS"),
            C("name2", "varchar(60)", "person_name", lambda c, i: bp("last2")(c, 2 * i),
              comment="segundo apellido"),
            C("hr_employee_uu", "varchar(36)", "none", lambda c, i: uuid(c)),
        ], rows=60, extra=[fkey(S, "hr_employee", "c_bpartner_id", "c_bpartner", "c_bpartner_id")]),
    ]

