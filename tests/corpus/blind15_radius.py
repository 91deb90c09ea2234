"""r_radius: an Ibadan estate and campus Wi-Fi ISP's FreeRADIUS 3 database on PostgreSQL with the daloRADIUS web
front-end's tables (FreeRADIUS's lower-case rad* tables, daloRADIUS's userinfo and userbillinfo; neither declares
foreign keys): check and reply attributes, group membership, accounting, post-auth log, NAS clients, subscriber
details and billing details. Nigerian values typed by hand below."""
from __future__ import annotations

import string
from typing import Any

from .blind15_gens import (Rec, card, const, digits, hexs, idx, ipv4_private, mac, mail, maybe, moment,
                           pick, rint, stamps)
from .gens import Col, Table

S = "r_radius"
N_SUB, N_NAS = 150, 15


NG_FIRST = (("Adebayo", "M"), ("Oluwaseun", "M"), ("Olumide", "M"), ("Babatunde", "M"), ("Ayodele", "F"),
            ("Funmilayo", "F"), ("Folake", "F"), ("Temitope", "F"), ("Chinedu", "M"), ("Chukwuemeka", "M"),
            ("Ifeoma", "F"), ("Ngozi", "F"), ("Obinna", "M"), ("Adaeze", "F"), ("Emeka", "M"), ("Uchenna", "M"),
            ("Aisha", "F"), ("Fatima", "F"), ("Ibrahim", "M"), ("Musa", "M"), ("Abubakar", "M"), ("Zainab", "F"),
            ("Blessing", "F"), ("Precious", "F"), ("Godwin", "M"), ("Samuel", "M"), ("Grace", "F"),
            ("Damilola", "F"), ("Kehinde", "M"), ("Taiwo", "F"), ("Yetunde", "F"), ("Segun", "M"))
NG_LAST = ("Adeyemi", "Ogunleye", "Adewale", "Okafor", "Okonkwo", "Eze", "Nwosu", "Obi", "Bello", "Abubakar",
           "Lawal", "Balogun", "Olawale", "Akinola", "Oyelaran", "Adeleke", "Ogundipe", "Afolabi", "Ibekwe",
           "Chukwu", "Onyekachi", "Yusuf", "Suleiman", "Danjuma", "Ojo", "Fashola", "Akande", "Olatunji", "Nnamdi",
           "Ezeh", "Oladipo", "Ajayi", "Aluko", "Adegoke")
NG_ADDR = (("Bodija", "Ibadan", "Oyo", "200284", ("Awolowo Avenue", "Oshuntokun Avenue", "Kolapo Ishola Estate")),
           ("Agodi GRA", "Ibadan", "Oyo", "200221", ("Parliament Road", "Onireke Street")),
           ("Samonda", "Ibadan", "Oyo", "200132", ("Sango-Ui Road", "Polytechnic Road")),
           ("Akobo", "Ibadan", "Oyo", "200102", ("Olorunsogo Road", "Gbekuba Estate Road")),
           ("Jericho", "Ibadan", "Oyo", "200212", ("Jericho Road", "Gate Way Hotel Road")),
           ("Ikeja", "Lagos", "Lagos", "100271", ("Allen Avenue", "Opebi Road", "Toyin Street")),
           ("Yaba", "Lagos", "Lagos", "101212", ("Herbert Macaulay Way", "Commercial Avenue")),
           ("Abeokuta", "Abeokuta", "Ogun", "110101", ("Oke-Ilewo Road", "Ibara Housing Estate")))
NG_MAIL = ("gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "ui.edu.ng", "outlook.com")


def ng_phone(c: Any) -> str:
    pre = c.r.choice(("0803", "0806", "0813", "0816", "0703", "0706", "0805", "0807", "0815", "0905", "0902", "0809",
                      "0818", "0708"))
    return c.r.choice((f"{pre}{digits(c, 7, string.digits)}", f"{pre} {digits(c, 3)} {digits(c, 4, string.digits)}",
                       f"+234{pre[1:]}{digits(c, 7, string.digits)}", f"+234 {pre[1:]} {digits(c, 3)} "
                                                                          f"{digits(c, 4, string.digits)}"))


def ng_person(c: Any, i: int) -> dict:
    first, sex = c.r.choice(NG_FIRST)
    last = c.r.choice(NG_LAST)
    area, city, state, post, streets = c.r.choice(NG_ADDR)
    return {"first": first, "last": last, "sex": sex, "area": area, "city": city, "state": state, "post": post,
            "street": c.r.choice((f"No. {c.r.randint(1, 60)}, {c.r.choice(streets)}, {area}",
                                  f"{c.r.randint(1, 60)} {c.r.choice(streets)}",
                                  f"Block {c.r.choice('ABCDEFG')}{c.r.randint(1, 12)}, Flat {c.r.randint(1, 8)}, "
                                  f"{c.r.choice(streets)}")),
            "phone": ng_phone(c), "phone2": ng_phone(c), "email": mail(c, first, last, NG_MAIL)}




PLANS = ("Home-10Mbps-Monthly", "Home-20Mbps-Monthly", "Student-Daily-2GB", "Student-Weekly-10GB", "Estate-Unlimited",
         "SME-50Mbps", "Night-Plan")
STAFF = ("administrator", "tunde.ops", "ngozi.billing", "support1")


def uname(i: int) -> str:
    """Subscriber i's login: the first name and surname of the person in userinfo row i."""
    return f"{NG_FIRST[i % len(NG_FIRST)][0].lower()}.{NG_LAST[(i * 7) % len(NG_LAST)].lower()}{i % 10 or ''}"


def anyuser(c: Any, i: int) -> str:
    return uname(c.r.randint(1, N_SUB))


def wifi_password(c: Any) -> str:
    word = c.r.choice(('ibadan', 'bodija', 'jesus', 'blessing', 'arsenal', 'chelsea'))
    return c.r.choice((f"{word}{c.r.randint(1, 2025)}",
                       "".join(c.r.choice(string.ascii_lowercase + string.digits) for _ in range(8)),
                       digits(c, 6), f"{c.r.choice(('Grace', 'Mummy', 'Dami'))}@{c.r.randint(10, 99)}"))


def radius_tables() -> list[Table]:
    def draw_check(c: Any, i: int) -> dict:
        attr = c.r.choice(("Cleartext-Password",) * 7 + ("Expiration", "Simultaneous-Use", "Max-Daily-Session"))
        val = {"Cleartext-Password": wifi_password(c), "Expiration": f"{c.r.randint(1, 28):02d} "
               f"{c.r.choice(('Jan', 'Mar', 'Jun', 'Sep', 'Dec'))} 2026 23:59", "Simultaneous-Use": c.r.choice("123"),
               "Max-Daily-Session": str(c.r.choice((3600, 7200, 14400)))}[attr]
        return {"u": uname(i if attr == "Cleartext-Password" else c.r.randint(1, N_SUB)), "a": attr,
                "op": ":=" if attr != "Simultaneous-Use" else ":=", "v": val}
    ck = Rec(draw_check)
    radcheck = Table(S, "radcheck", [
        Col("id", "serial PRIMARY KEY", "none", idx),
        Col("username", "text", "none", ck.f("u")),
        Col("attribute", "text", "none", ck.f("a")),
        Col("op", "varchar(2)", "none", ck.f("op")),
        Col("value", "text", "credentials", ck.f("v")),
    ], rows=150)

    def draw_acct(c: Any, i: int) -> dict:
        start = moment(c, 2025, 2026)
        secs = c.r.randint(30, 86000)
        inb, outb = c.r.randint(10**5, 4 * 10**9), c.r.randint(10**6, 3 * 10**10)
        return {"start": start, "secs": secs, "in": inb, "out": outb, "sid": hexs(c, 8).upper(),
                "nas": f"10.20.0.{c.r.randint(1, N_NAS)}", "cause": c.r.choice(("User-Request", "Idle-Timeout",
                                                                                   "Session-Timeout", "Lost-Carrier",
                                                                                   "Admin-Reset", None))}
    ac = Rec(draw_acct)
    radacct = Table(S, "radacct", [
        Col("radacctid", "bigserial PRIMARY KEY", "none", idx),
        Col("acctsessionid", "text", "none", ac.f("sid")),
        Col("acctuniqueid", "text", "none", lambda c, i: hexs(c, 32)),
        Col("username", "text", "none", anyuser),
        Col("realm", "text", "none", const("")),
        Col("nasipaddress", "inet", "none", ac.f("nas")),
        Col("nasportid", "text", "none", pick("bridge-hotspot", "ether2-estate", "wlan1", "vlan120")),
        Col("nasporttype", "text", "none", pick("Wireless-802.11", "Ethernet")),
        Col("acctstarttime", "timestamp with time zone", "none", ac.f("start")),
        Col("acctupdatetime", "timestamp with time zone", "none", ac.f("start")),
        Col("acctstoptime", "timestamp with time zone", "none", stamps(2025, 2026, 0.2)),
        Col("acctinterval", "bigint", "none", const(300)),
        Col("acctsessiontime", "bigint", "none", ac.f("secs")),
        Col("acctauthentic", "text", "none", const("RADIUS")),
        Col("acctinputoctets", "bigint", "none", ac.f("in")),
        Col("acctoutputoctets", "bigint", "none", ac.f("out")),
        Col("calledstationid", "text", "none", pick("hotspot-bodija", "hotspot-ui-zik-hall", "estate-akobo",
                                                    "hotspot-samonda")),
        Col("callingstationid", "text", "none", lambda c, i: mac(c)),
        Col("acctterminatecause", "text", "none", ac.f("cause")),
        Col("servicetype", "text", "none", pick("Login-User", "Framed-User")),
        Col("framedprotocol", "text", "none", pick(None, "PPP")),
        Col("framedipaddress", "inet", "ip_address", lambda c, i: ipv4_private(c)),
        Col("framedipv6address", "inet", "ip_address",
            maybe(0.1, lambda c, i: f"2c0f:f5c0:{hexs(c, 4)}::{hexs(c, 3)}")),
    ], rows=150)

    def draw_post(c: Any, i: int) -> dict:
        ok = c.r.random() < 0.7
        return {"u": anyuser(c, i) if c.r.random() < 0.9 else c.r.choice(("admin", "test", "guest")),
                "pass": wifi_password(c) if not ok or c.r.random() < 0.5 else "Chap-Password",
                "reply": "Access-Accept" if ok else "Access-Reject"}
    po = Rec(draw_post)
    radpostauth = Table(S, "radpostauth", [
        Col("id", "bigserial PRIMARY KEY", "none", idx),
        Col("username", "text", "none", po.f("u")),
        Col("pass", "text", "credentials", po.f("pass")),
        Col("reply", "text", "none", po.f("reply")),
        Col("authdate", "timestamp with time zone", "none", stamps(2025, 2026)),
        Col("class", "text", "none", const(None)),
    ], rows=150)
    nas = Table(S, "nas", [
        Col("id", "serial PRIMARY KEY", "none", idx),
        Col("nasname", "text", "none", lambda c, i: f"10.20.0.{i}"),
        Col("shortname", "text", "none",
            lambda c, i: f"mt-{('bodija', 'akobo', 'samonda', 'jericho', 'agodi')[i % 5]}-{i}"),
        Col("type", "text", "none", pick("other", "mikrotik")),
        Col("ports", "integer", "none", const(None)),
        Col("secret", "text", "secret_token", lambda c, i: "".join(c.r.choice(string.ascii_letters + string.digits)
                                                                for _ in range(c.r.choice((12, 16, 24))))),
        Col("server", "text", "none", const(None)),
        Col("community", "text", "none", pick("public", "ibw-ro")),
        Col("description", "text", "none",
            pick("RB4011 Bodija POP", "hAP ac2 Zik Hall", "CCR1036 core", "RB951 estate gate")),
    ], rows=N_NAS)
    staff = pick(*STAFF)

    def draw_sub(c: Any, i: int) -> dict:
        p = ng_person(c, i)
        p["first"] = NG_FIRST[i % len(NG_FIRST)][0]
        p["last"] = NG_LAST[(i * 7) % len(NG_LAST)]
        p["email"] = mail(c, p["first"], p["last"], NG_MAIL)
        p["notes"] = c.r.choice(("", "", "Router installed by Segun, pole 14.",
                                 f"Call wife on {p['phone2']} if unreachable",
                                 "Paid cash to field agent", f"Student, matric no. {c.r.randint(190000, 239999)}",
                                 "Moved from Akobo, transfer CPE"))
        return p
    ui = Rec(draw_sub)
    userinfo = Table(S, "userinfo", [
        Col("id", "serial PRIMARY KEY", "none", idx),
        Col("username", "varchar(128)", "none", lambda c, i: uname(i)),
        Col("firstname", "varchar(200)", "person_name", ui.f("first")),
        Col("lastname", "varchar(200)", "person_name", ui.f("last")),
        Col("email", "varchar(200)", "email", ui.f("email")),
        Col("department", "varchar(200)", "none", maybe(0.3, pick("Faculty of Science", "Bursary", "Hall resident"))),
        Col("company", "varchar(200)", "none", maybe(0.2, pick("Oyo State Ministry of Health", "First Bank Bodija",
                                                               "University College Hospital"))),
        Col("workphone", "varchar(200)", "phone", maybe(0.2, lambda c, i: ng_phone(c))),
        Col("homephone", "varchar(200)", "phone", maybe(0.3, ui.f("phone2"))),
        Col("mobilephone", "varchar(200)", "phone", ui.f("phone")),
        Col("address", "varchar(200)", "postal_address", ui.f("street")),
        Col("city", "varchar(200)", "none", ui.f("city")),
        Col("state", "varchar(200)", "none", ui.f("state")),
        Col("country", "varchar(100)", "none", const("Nigeria")),
        Col("zip", "varchar(200)", "postal_address", ui.f("post")),
        Col("notes", "varchar(200)", "free_text_may_contain_pii", ui.f("notes")),
        Col("changeuserinfo", "varchar(128)", "none", pick("0", "1")),
        Col("portalloginpassword", "varchar(128)", "credentials", lambda c, i: wifi_password(c)),
        Col("enableportallogin", "integer", "none", pick(0, 1, 1)),
        Col("creationdate", "timestamp", "none", stamps(2019, 2026)),
        Col("creationby", "varchar(128)", "none", staff),
        Col("updatedate", "timestamp", "none", stamps(2024, 2026, 0.3)),
        Col("updateby", "varchar(128)", "none", staff),
    ], rows=N_SUB)

    def draw_bill(c: Any, i: int) -> dict:
        p = ng_person(c, i)
        method = c.r.choice(("Cash", "Bank transfer", "Bank transfer", "Card", "POS"))
        p["method"] = method
        p["card"] = card(c, c.r.choice(("5399", "5199", "4187", "506099")), 16) if method == "Card" \
            else None
        return p
    bi = Rec(draw_bill)
    userbillinfo = Table(S, "userbillinfo", [
        Col("id", "serial PRIMARY KEY", "none", idx),
        Col("username", "varchar(128)", "none", lambda c, i: uname(i)),
        Col("planname", "varchar(128)", "none", pick(*PLANS)),
        Col("hotspot_id", "integer", "none", rint(1, 6)),
        Col("hotspotlocation", "varchar(32)", "none", pick("Bodija", "Akobo", "Samonda", "UI campus")),
        Col("contactperson", "varchar(200)", "person_name", lambda c, i: f"{bi.f('first')(c, i)} {bi.f('last')(c, i)}"),
        Col("company", "varchar(200)", "none", const(None)),
        Col("email", "varchar(200)", "email", bi.f("email")),
        Col("phone", "varchar(200)", "phone", bi.f("phone")),
        Col("address", "varchar(200)", "postal_address", bi.f("street")),
        Col("city", "varchar(200)", "none", bi.f("city")),
        Col("state", "varchar(200)", "none", bi.f("state")),
        Col("country", "varchar(100)", "none", const("Nigeria")),
        Col("zip", "varchar(200)", "postal_address", bi.f("post")),
        Col("paymentmethod", "varchar(200)", "none", bi.f("method")),
        Col("cash", "varchar(200)", "none", lambda c, i: None),
        Col("creditcardname", "varchar(200)", "person_name",
            lambda c, i: f"{bi.f('first')(c, i)} {bi.f('last')(c, i)}".upper()
            if bi.f("card")(c, i) else None),
        Col("creditcardnumber", "varchar(200)", "payment_card", bi.f("card")),
        Col("creditcardverification", "varchar(200)", "payment_card", lambda c, i: f"{c.r.randint(100, 999)}"
            if bi.f("card")(c, i) and c.r.random() < 0.5 else None),
        Col("creditcardtype", "varchar(200)", "none", lambda c, i: c.r.choice(("Verve", "Mastercard", "Visa"))
            if bi.f("card")(c, i) else None),
        Col("creditcardexp", "varchar(200)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}"
            if bi.f("card")(c, i) else None),
        Col("notes", "varchar(200)", "none", pick("", "", "Renews on salary day", "Owes 2 months", "Promo 10% off")),
        Col("lead", "varchar(200)", "none", pick("", "Flyer", "Church announcement", "Referral")),
        Col("coupon", "varchar(200)", "none", maybe(0.1, pick("EASTER10", "UI2025"))),
        Col("ordertaker", "varchar(200)", "none", staff),
        Col("billstatus", "varchar(200)", "none", pick("paid", "unpaid", "paid")),
        Col("lastbill", "date", "none", stamps(2025, 2026)),
        Col("nextbill", "date", "none", stamps(2026, 2026)),
        Col("billdue", "integer", "none", rint(0, 25000)),
        Col("emailinvoice", "varchar(200)", "none", pick("0", "1")),
        Col("creationdate", "timestamp", "none", stamps(2019, 2026)),
        Col("creationby", "varchar(128)", "none", staff),
        Col("updatedate", "timestamp", "none", stamps(2024, 2026, 0.4)),
    ], rows=120)
    return [radcheck, radacct, radpostauth, nas, userinfo, userbillinfo]
