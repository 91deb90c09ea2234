"""ab_vtiger: vtiger CRM 7 (vtiger_* tables) as recalled from memory, for a Jordanian office-equipment dealer in
Amman. Contacts are natural persons; accounts are the firms they work for."""
from __future__ import annotations

from .blind26_gens import (POOLS, C, amounts, any_name, bcrypt, const, digits, fk, fkey, hexs, ints, maybe, one,
                           person, public_ip, seq, stamps)
from .gens import Table

S = "ab_vtiger"
CON, USR = "vt.contact", "vt.user"
N_USER, N_CON, N_ACC = 30, 150, 100
FIRMS = ["Arab Potash Trading", "Zain Office Park", "Al-Hussein Technical Est.", "Petra Print House", "Jordan Gate Mall",
         "Aqaba Logistics Village", "Irbid Medical Supplies", "Nabil Foods", "Dead Sea Resorts Co.", "Umniah Partners"]


def _crm_description(c, i):
    p = person("jo", CON, "full")(c, i)
    return c.r.choice([None, "Interested in A3 colour copiers for 3 branches.", "Annual maintenance contract renewal.",
                       f"Met {p} at the Jordan ICT Expo; call back on +962 79 {digits(c, 3)} {digits(c, 4)}.",
                       f"Replaces {person('jo', CON, 'full')(c, c.r.randint(1, N_CON))} as procurement lead.",
                       "Tender documents requested."])


def _signature(c, i):
    p = lambda f: person("jo", USR, f)(c, i)     # noqa: E731
    return f"{p('full')}\nSales Executive | Petra Office Systems\nMobile: {p('mobile')}\n{p('user')}@petraoffice.jo"


def vtiger_tables() -> list[Table]:
    u = lambda f: person("jo", USR, f, 1968, 2000)           # noqa: E731
    p = lambda f: person("jo", CON, f, 1955, 2003)           # noqa: E731
    return [
        Table(S, "vtiger_users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_name", "varchar(255)", "none", u("user")),
            C("user_password", "varchar(200)", "credentials", lambda c, i: bcrypt(c)),
            C("confirm_password", "varchar(300)", "credentials", lambda c, i: bcrypt(c)),
            C("cal_color", "varchar(25)", "none", one("#E6FAD8", "#FFD5D5", "#D5E8FF")),
            C("first_name", "varchar(30)", "person_name", u("first")),
            C("last_name", "varchar(30)", "person_name", u("last")),
            C("is_admin", "varchar(3)", "none", lambda c, i: "on" if i == 1 else "off"),
            C("title", "varchar(50)", "none", one("Sales Executive", "Account Manager", "Service Engineer")),
            C("department", "varchar(50)", "none", one("Sales", "Service", "Finance")),
            C("phone_home", "varchar(50)", "phone", maybe(u("phone"), 0.4)),
            C("phone_mobile", "varchar(50)", "phone", u("mobile")),
            C("phone_work", "varchar(50)", "phone", lambda c, i: f"06 5{digits(c, 2)} {digits(c, 4)} ext. {100 + i}"),
            C("email1", "varchar(100)", "email", lambda c, i: u("user")(c, i) + "@petraoffice.jo"),
            C("email2", "varchar(100)", "email", maybe(u("email"), 0.5)),
            C("status", "varchar(25)", "none", one("Active", "Active", "Inactive")),
            C("signature", "text", "free_text_may_contain_pii", _signature),
            C("address_street", "varchar(150)", "postal_address", u("a_line")),
            C("address_city", "varchar(100)", "none", u("a_city")),
            C("address_postalcode", "varchar(100)", "postal_address", u("a_postcode")),
            C("user_preferences", "text", "none", const(None)),
            C("crypt_type", "varchar(20)", "none", const("PHASH")),
            C("accesskey", "varchar(36)", "secret_token", lambda c, i: "".join(c.r.choice(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))),
            C("time_zone", "varchar(200)", "none", const("Asia/Amman")),
            C("language", "varchar(36)", "none", one("en_us", "ar_ae")),
            C("deleted", "integer", "none", const(0)),
        ], rows=N_USER),
        Table(S, "vtiger_crmentity", [
            C("crmid", "integer PRIMARY KEY", "none", seq()),
            C("smcreatorid", "integer", "none", fk(N_USER, 3)),
            C("smownerid", "integer", "none", fk(N_USER, 5)),
            C("modifiedby", "integer", "none", ints(1, N_USER)),
            C("setype", "varchar(100)", "none", const("Contacts")),
            C("description", "text", "free_text_may_contain_pii", _crm_description),
            C("createdtime", "timestamp", "none", stamps(2019, 2023)),
            C("modifiedtime", "timestamp", "none", stamps(2023, 2025)),
            C("viewedtime", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("version", "integer", "none", const(0)),
            C("presence", "integer", "none", const(1)),
            C("deleted", "integer", "none", one(0, 0, 0, 0, 1)),
            C("label", "varchar(255)", "person_name", p("full")),
        ], rows=N_CON, extra=[fkey(S, "vtiger_crmentity", "smownerid", "vtiger_users", "id")]),
        Table(S, "vtiger_account", [
            C("accountid", "integer PRIMARY KEY", "none", seq(999)),
            C("account_no", "varchar(100)", "none", lambda c, i: f"ACC{i}"),
            C("accountname", "varchar(100)", "none", lambda c, i: FIRMS[i % 10] + ("" if i <= 10 else f" - {i}")),
            C("parentid", "integer", "none", const(0)),
            C("account_type", "varchar(200)", "none", one("Customer", "Reseller", "Prospect")),
            C("industry", "varchar(200)", "none", one("Banking", "Healthcare", "Education", "Government")),
            C("annualrevenue", "numeric(25,8)", "none", amounts(1e5, 5e7)),
            C("phone", "varchar(30)", "none", lambda c, i: f"06 5{digits(c, 2)} {digits(c, 4)}"),
            C("otherphone", "varchar(30)", "none", maybe(lambda c, i: f"06 4{digits(c, 2)} {digits(c, 4)}", 0.3)),
            C("email1", "varchar(100)", "none", lambda c, i: f"info@firm{i}.com.jo"),
            C("email2", "varchar(100)", "none", maybe(lambda c, i: f"procurement@firm{i}.com.jo", 0.3)),
            C("website", "varchar(100)", "none", lambda c, i: f"www.firm{i}.com.jo"),
            C("fax", "varchar(30)", "none", maybe(lambda c, i: f"06 5{digits(c, 2)} {digits(c, 4)}", 0.4)),
            C("employees", "integer", "none", ints(5, 4000)),
            C("emailoptout", "varchar(3)", "none", one("0", "1")),
        ], rows=N_ACC),
        Table(S, "vtiger_contactdetails", [
            C("contactid", "integer PRIMARY KEY", "none", seq()),
            C("contact_no", "varchar(100)", "none", lambda c, i: f"CON{i + 20}"),
            C("accountid", "integer", "none", lambda c, i: 999 + fk(N_ACC, 3)(c, i)),
            C("salutation", "varchar(200)", "none", lambda c, i: "Mr." if p("sex")(c, i) == "M" else "Ms."),
            C("firstname", "varchar(40)", "person_name", p("first")),
            C("lastname", "varchar(80)", "person_name", p("last")),
            C("email", "varchar(100)", "email", p("email")),
            C("phone", "varchar(50)", "phone", lambda c, i: f"06 5{digits(c, 2)} {digits(c, 4)} ext. {c.r.randint(10, 399)}"),
            C("mobile", "varchar(50)", "phone", p("mobile")),
            C("title", "varchar(50)", "none", one("IT Manager", "Procurement Officer", "Office Manager", "CFO")),
            C("department", "varchar(30)", "none", one("IT", "Procurement", "Admin", "Finance")),
            C("fax", "varchar(50)", "phone", maybe(lambda c, i: f"06 5{digits(c, 2)} {digits(c, 4)}", 0.2)),
            C("reportsto", "varchar(30)", "none", maybe(ints(1, N_CON), 0.2)),
            C("secondaryemail", "varchar(100)", "email", maybe(lambda c, i: f"{p('user')(c, i)}@firm{i % N_ACC + 1}.com.jo",
                                                               0.5)),
            C("otheremail", "varchar(100)", "email", maybe(p("email"), 0.1)),
            C("donotcall", "varchar(3)", "none", one("0", "0", "1")),
            C("emailoptout", "varchar(3)", "none", one("0", "0", "1")),
            C("imagename", "varchar(150)", "none", maybe(lambda c, i: f"{hexs(c, 8)}_photo.jpg", 0.2)),
            C("isconvertedfromlead", "varchar(3)", "none", one("0", "1")),
        ], rows=N_CON, extra=[fkey(S, "vtiger_contactdetails", "contactid", "vtiger_crmentity", "crmid"),
                              fkey(S, "vtiger_contactdetails", "accountid", "vtiger_account", "accountid")]),
        Table(S, "vtiger_contactsubdetails", [
            C("contactsubscriptionid", "integer PRIMARY KEY", "none", seq()),
            C("homephone", "varchar(50)", "phone", maybe(p("phone"), 0.5)),
            C("otherphone", "varchar(50)", "phone", maybe(lambda c, i: f"+962 7{c.r.choice('789')} {digits(c, 3)} "
                                                                       f"{digits(c, 4)}", 0.2)),
            C("assistant", "varchar(30)", "person_name", maybe(any_name("jo"), 0.3)),
            C("assistantphone", "varchar(50)", "phone", maybe(lambda c, i: f"06 5{digits(c, 2)} {digits(c, 4)}", 0.3)),
            C("birthday", "date", "birth_date", maybe(p("birth"), 0.6)),
            C("laststayintouchrequest", "integer", "none", const(0)),
            C("laststayintouchsavedate", "integer", "none", const(0)),
            C("leadsource", "varchar(200)", "none", one("Trade Show", "Web Site", "Existing Customer", "Cold Call")),
        ], rows=N_CON, extra=[fkey(S, "vtiger_contactsubdetails", "contactsubscriptionid", "vtiger_contactdetails",
                                   "contactid")]),
        Table(S, "vtiger_contactaddress", [
            C("contactaddressid", "integer PRIMARY KEY", "none", seq()),
            C("mailingcity", "varchar(40)", "none", p("a_city")),
            C("mailingstreet", "varchar(250)", "postal_address", p("a_line")),
            C("mailingcountry", "varchar(40)", "none", const("Jordan")),
            C("mailingstate", "varchar(30)", "none", one("Amman Governorate", "Irbid Governorate", "Zarqa Governorate")),
            C("mailingpobox", "varchar(30)", "postal_address", maybe(lambda c, i: f"P.O. Box {c.r.randint(100, 9999)}",
                                                                      0.5)),
            C("mailingzip", "varchar(30)", "postal_address", p("a_postcode")),
            C("othercity", "varchar(40)", "none", maybe(lambda c, i: c.r.choice(POOLS["jo"]["city"]), 0.2)),
            C("otherstreet", "varchar(250)", "postal_address",
              maybe(lambda c, i: f"Villa {c.r.randint(1, 80)}, {c.r.choice(POOLS['jo']['street'])}", 0.2)),
            C("otherzip", "varchar(30)", "postal_address", maybe(lambda c, i: f"11{c.r.randint(1, 9)}{digits(c, 2)}", 0.2)),
        ], rows=N_CON, extra=[fkey(S, "vtiger_contactaddress", "contactaddressid", "vtiger_contactdetails",
                                   "contactid")]),
        Table(S, "vtiger_portalinfo", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: 2 * i),
            C("user_name", "varchar(50)", "email", lambda c, i: p("email")(c, 2 * i)),
            C("user_password", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("type", "varchar(5)", "none", const("C")),
            C("cryptmode", "varchar(20)", "none", const("CRYPT")),
            C("last_login_time", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("login_time", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("logout_time", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("isactive", "integer", "none", one(0, 1, 1)),
        ], rows=75, extra=[fkey(S, "vtiger_portalinfo", "id", "vtiger_contactdetails", "contactid")]),
        Table(S, "vtiger_loginhistory", [
            C("login_id", "integer PRIMARY KEY", "none", seq()),
            C("user_name", "varchar(255)", "none", lambda c, i: u("user")(c, fk(N_USER, 7)(c, i))),
            C("user_ip", "varchar(25)", "ip_address", lambda c, i: public_ip(c, (46, 37, 176, 212, 94))),
            C("logout_time", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("login_time", "timestamp", "none", stamps(2024, 2025)),
            C("status", "varchar(25)", "none", one("Signed in", "Signed off")),
        ], rows=150),
    ]
