"""o_snipeit: the ICT service of a Flemish municipality (gemeente + OCMW) on Snipe-IT 6, moved from MySQL.

Laravel snake_case tables, custom fields as `_snipeit_<name>_<id>` columns on `assets`, Dutch values.
"""
from __future__ import annotations

import json

from .blind12_gens import (Row, bcrypt, chars, day, digits, fk, fkey, flag, fold, ipv4_public, luhn_digit, mail, money, num, opt,
                           person, pick, pk, stamp, template, uuid4, UPNUM)
from .gens import Col as C
from .gens import Table as T

S = "o_snipeit"
BE = {
    "male": ("Jan", "Pieter", "Wouter", "Koen", "Bart", "Stijn", "Tom", "Joris", "Sander", "Thomas", "Arne", "Jens",
             "Dries", "Geert", "Luc", "Filip", "Kristof", "Wim", "Maarten", "Sven", "Niels", "Ruben", "Brecht",
             "Yannick", "Mohamed", "Karim", "Jef", "Lander"),
    "female": ("An", "Els", "Sofie", "Lies", "Katrien", "Veerle", "Ine", "Hanne", "Lotte", "Eline", "Nele", "Sarah",
               "Griet", "Marleen", "Kaat", "Fien", "Leen", "Annelies", "Evelien", "Tine", "Fatima", "Nadia", "Ilse",
               "Ann-Sophie"),
    "last": ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
             "Dubois", "Vermeulen", "Van den Broeck", "De Backer", "Van Damme", "Verstraete", "Desmet", "Claeys",
             "Pauwels", "Vandenberghe", "De Clercq", "Lemmens", "Hermans", "Van Acker", "Smets", "Verhoeven",
             "Van de Velde", "Martens", "Aerts", "Stevens", "El Amrani", "Yilmaz", "D'Hondt", "Van Hecke"),
}
TOWNS = (("9000", "Gent"), ("9820", "Merelbeke"), ("9090", "Melle"), ("9050", "Gentbrugge"), ("9860", "Oosterzele"),
         ("9070", "Destelbergen"), ("9031", "Drongen"), ("9830", "Sint-Martens-Latem"), ("9840", "De Pinte"),
         ("9800", "Deinze"), ("9300", "Aalst"), ("9620", "Zottegem"), ("9052", "Zwijnaarde"))
STREETS = ("Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Hundelgemsesteenweg",
           "Brusselsesteenweg", "Kortrijksesteenweg", "Poelstraat", "Fraterstraat", "Hoekstraat", "Beekstraat",
           "Lindenlaan", "Kastanjelaan", "Guldensporenpark", "Ottergemsesteenweg", "Schelderodestraat", "Vijverstraat")
MAILS = ("telenet.be", "skynet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be", "icloud.com")
ORG = "leiebeke.be"
DEPTS = ("ICT", "Burgerzaken", "Financiën", "Omgeving", "Personeelsdienst", "Sociale Dienst OCMW", "Vrije Tijd",
         "Bibliotheek", "Technische Dienst", "Secretariaat", "Communicatie", "Woonzorgcentrum Ter Leie",
         "Kinderopvang", "Lokale Economie")


def _addr(c, d):
    return f"{c.r.choice(STREETS)} {c.r.randint(1, 180)}" + (f" bus {c.r.randint(1, 12)}" if c.r.random() < 0.2 else "")


def _gsm(c):
    n = digits(c, 6)
    return c.r.choice((f"04{c.r.choice('789')}{c.r.randint(0, 9)} {n[:2]} {n[2:4]} {n[4:]}",
                       f"+32 4{c.r.choice('789')}{c.r.randint(0, 9)} {n[:2]} {n[2:4]} {n[4:]}"))


def _imei(c):
    body = c.r.choice(("35", "86", "01")) + digits(c, 12)
    return body + luhn_digit(body)


def _staff(c, i):
    d = person(c, BE, 1960, 2001)
    d["pc"], d["town"] = c.r.choice(TOWNS)
    d["street"] = _addr(c, d)
    d["work"] = f"{d['first'].lower().replace(' ', '')}.{d['last'].lower().replace(' ', '').replace(chr(39), '')}@{ORG}"
    d["private"] = mail(c, d["first"], d["last"], MAILS, d["birth"].year)
    d["dial"] = f"09 {c.r.choice(('210', '211', '212'))} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"
    d["gsm"] = _gsm(c)
    return d


USER_NOTE = template("Thuiswerker, laptop via koerier naar thuisadres. Tel. {gsm}",
                     "Vervangt {first} tijdens zwangerschapsverlof", "Geen", "Deeltijds (4/5), woensdag vrij",
                     "Contract bepaalde duur", "Vroeger op OCMW, sinds fusie bij gemeente",
                     "Privé-mail voor wachtwoordreset: {private}", "Mag geen admin-rechten krijgen (beslissing DS)")


def _users():
    p = Row(_staff)
    cols = [pk(),
            C("email", "varchar(191)", "email", p("work")),
            C("password", "varchar(191)", "credentials", bcrypt()),
            C("permissions", "text", "none", pick('{"superuser":"0","admin":"0"}', '{"admin":"1"}', '[]',
                                                  '{"assets.view":"1","assets.checkout":"1"}')),
            C("activated", "boolean", "none", flag(0.93)),
            C("created_by", "integer", "none", fk(5)),
            C("activation_code", "varchar(191)", "secret_token", opt(0.3, chars(40))),
            C("activated_at", "timestamp", "none", stamp(2018, 2024, False)),
            C("last_login", "timestamp", "none", opt(0.9, stamp(2024, 2025, False))),
            C("first_name", "varchar(191)", "person_name", p("first")),
            C("last_name", "varchar(191)", "person_name", p("last")),
            C("created_at", "timestamp", "none", stamp(2018, 2024, False)),
            C("updated_at", "timestamp", "none", stamp(2024, 2025, False)),
            C("deleted_at", "timestamp", "none", opt(0.06, stamp(2024, 2025, False))),
            C("website", "varchar(191)", "none", opt(0.05, pick("https://www.leiebeke.be", "https://bib.leiebeke.be"))),
            C("country", "varchar(191)", "none", pick("BE")),
            C("gravatar", "varchar(191)", "email", opt(0.25, p("private"))),
            C("location_id", "integer", "none", fk(12)),
            C("phone", "varchar(191)", "phone", p("dial")),
            C("jobtitle", "varchar(191)", "none", pick("Deskundige", "Administratief medewerker", "Maatschappelijk werker",
                                                     "Diensthoofd", "Technisch assistent", "Bibliothecaris",
                                                     "Verpleegkundige", "Zorgkundige", "Stafmedewerker ICT")),
            C("manager_id", "integer", "none", fk(20, 0.1)),
            C("employee_num", "text", "none", lambda c, i: f"P{c.r.randint(1000, 4999)}"),
            C("avatar", "text", "none", opt(0.3, lambda c, i: f"avatar-{uuid4(c, i)[:13]}.jpg")),
            C("username", "varchar(191)", "none", p.f(lambda d: (d["first"][0] + d["last"].replace(" ", "")).lower()[:12])),
            C("notes", "text", "free_text_may_contain_pii", opt(0.5, p.f(lambda d: USER_NOTE(p.c, d)))),
            C("company_id", "integer", "none", fk(6)),
            C("remember_token", "varchar(100)", "secret_token", opt(0.6, chars(60))),
            C("ldap_import", "boolean", "none", flag(0.8)),
            C("locale", "varchar(10)", "none", pick("nl-BE", "nl-BE", "nl-BE", "fr-FR", "en-US")),
            C("show_in_list", "boolean", "none", flag(0.95)),
            C("two_factor_secret", "varchar(32)", "secret_token", opt(0.4, chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))),
            C("two_factor_enrolled", "boolean", "none", flag(0.4)),
            C("department_id", "integer", "none", fk(14)),
            C("address", "varchar(191)", "postal_address", opt(0.7, p("street"))),
            C("city", "varchar(191)", "none", opt(0.7, p("town"))),
            C("state", "varchar(191)", "none", opt(0.5, pick("Oost-Vlaanderen"))),
            C("zip", "varchar(10)", "postal_address", opt(0.7, p("pc"))),
            C("start_date", "date", "none", day(1995, 2024)),
            C("end_date", "date", "none", opt(0.08, day(2024, 2026))),
            C("remote", "boolean", "none", flag(0.3)),
            C("vip", "boolean", "none", flag(0.04)),
            C("scim_externalid", "varchar(191)", "none", opt(0.8, uuid4))]
    return T(S, "users", cols, rows=120, extra=[fkey(S, "users", "location_id", "locations"),
                                                fkey(S, "users", "company_id", "companies"),
                                                fkey(S, "users", "department_id", "departments"),
                                                fkey(S, "departments", "manager_id", "users"),
                                                fkey(S, "locations", "manager_id", "users")])


BIG = ("Realdolmen", "Cronos", "Dell Belgium", "Inforum", "Proximus", "Cevi", "Schaubroeck", "Cipal", "Econocom",
       "Bechtle", "Telenet Business", "Signpost", "Remmicom")
TRADES = ("Drukkerij", "Elektro", "Schrijnwerkerij", "Kantoorinrichting", "Bureau", "Audiovisueel", "IT-diensten",
          "Kabelwerken", "Verhuizingen")


def _supplier(c, i):
    d = person(c, BE)
    org = BIG[i - 1] if i <= len(BIG) else f"{c.r.choice(TRADES)} {c.r.choice(BE['last'])}{c.r.choice(('', ' BV', ' & Zonen', ' NV'))}"
    d["org"], d["dom"] = org, fold(org.split(" BV")[0].split(" NV")[0].split(" & ")[0]) + ".be"
    return d


def _catalogues():
    companies = T(S, "companies", [pk(),
        C("name", "varchar(191)", "none", lambda c, i: ("Gemeente Leiebeke", "OCMW Leiebeke", "AGB Sport Leiebeke",
                                                       "Woonzorgcentrum Ter Leie", "Politiezone Leie-Schelde",
                                                       "Bibliotheek Leiebeke")[i - 1]),
        C("created_at", "timestamp", "none", stamp(2018, 2019, False)),
        C("image", "varchar(191)", "none", opt(0.5, lambda c, i: f"company-{i}.png")),
        C("phone", "varchar(191)", "none", lambda c, i: f"09 210 {c.r.randint(10, 99)} 00"),
        C("fax", "varchar(191)", "none", opt(0.3, lambda c, i: f"09 210 {c.r.randint(10, 99)} 01")),
        C("email", "varchar(191)", "none", lambda c, i: ("info", "ocmw", "sport", "terleie", "info.pz", "bib")[i - 1] + "@" + ORG),
        C("tag_color", "varchar(9)", "none", pick("#3c8dbc", "#00a65a", "#f39c12"))], rows=6)
    departments = T(S, "departments", [pk(),
        C("name", "varchar(191)", "none", lambda c, i: DEPTS[i - 1]),
        C("company_id", "integer", "none", fk(6)),
        C("location_id", "integer", "none", fk(12)),
        C("manager_id", "integer", "none", fk(120)),
        C("notes", "text", "none", opt(0.3, pick("Kostenplaats 0119", "Valt onder algemeen directeur", "Sinds 2019 geïntegreerd"))),
        C("created_at", "timestamp", "none", stamp(2018, 2019, False))], rows=14,
        extra=[fkey(S, "departments", "company_id", "companies"), fkey(S, "departments", "location_id", "locations")])
    sites = ("Gemeentehuis", "Sociaal Huis", "Bibliotheek", "Sporthal De Leie", "Werkplaats Technische Dienst",
             "WZC Ter Leie", "Kinderdagverblijf Het Nestje", "Cultuurcentrum", "Recyclagepark", "Datacenter kelder",
             "Politiepost", "Jeugdhuis")
    locations = T(S, "locations", [pk(),
        C("name", "varchar(191)", "none", lambda c, i: sites[i - 1]),
        C("city", "varchar(191)", "none", pick("Leiebeke")),
        C("state", "varchar(191)", "none", pick("Oost-Vlaanderen")),
        C("country", "varchar(2)", "none", pick("BE")),
        C("address", "varchar(191)", "none", lambda c, i: f"{c.r.choice(STREETS)} {c.r.randint(1, 60)}"),
        C("address2", "varchar(191)", "none", opt(0.2, pick("Achteringang", "Gebouw B", "2de verdieping"))),
        C("zip", "varchar(10)", "none", pick("9860")),
        C("parent_id", "integer", "none", lambda c, i: None if i == 1 else 1),
        C("currency", "varchar(10)", "none", pick("EUR")),
        C("ldap_ou", "varchar(191)", "none", lambda c, i: f"OU=Site{i},OU=Leiebeke,DC=leiebeke,DC=local"),
        C("manager_id", "integer", "none", fk(120, 0.3)),
        C("phone", "varchar(191)", "none", lambda c, i: f"09 210 {c.r.randint(10, 99)} {c.r.randint(10, 99)}"),
        C("created_at", "timestamp", "none", stamp(2018, 2019, False))], rows=12,
        extra=[fkey(S, "locations", "parent_id", "locations")])
    sup = Row(_supplier)
    suppliers = T(S, "suppliers", [pk(),
        C("name", "varchar(191)", "none", sup("org")),
        C("address", "varchar(191)", "none", lambda c, i: f"{c.r.choice(('Industrieweg', 'Ikaroslaan', 'Prins Boudewijnlaan'))} {c.r.randint(1, 90)}"),
        C("city", "varchar(191)", "none", pick("Kontich", "Zaventem", "Gent", "Brugge", "Mechelen")),
        C("country", "varchar(2)", "none", pick("BE")),
        C("phone", "varchar(35)", "none", lambda c, i: f"0{c.r.choice('239')} {digits(c, 3)} {digits(c, 2)} {digits(c, 2)}"),
        C("email", "varchar(150)", "email", sup.f(lambda d: f"{fold(d['first'])}.{fold(d['last'])}@{d['dom']}")),
        C("contact", "varchar(100)", "person_name", sup.f(lambda d: f"{d['first']} {d['last']}")),
        C("notes", "text", "none", opt(0.4, pick("Raamcontract via Cevi", "Levering enkel op afspraak",
                                                "SLA 4u voor servers", "Factuur via Mercurius"))),
        C("zip", "varchar(10)", "none", pick("2550", "1930", "9000", "8200", "2800")),
        C("url", "varchar(250)", "none", sup.f(lambda d: f"https://www.{d['dom']}"))], rows=80)
    return [companies, locations, departments, suppliers]


ASSET_NOTE = template("Uitgeleend aan {first} {last} voor thuiswerk", "Scherm heeft dode pixel linksboven",
                      "Batterij vervangen", "Toestel terug van {first}, herinstallatie nodig", "",
                      "Sim-kaart {gsm} overgezet", "Gestolen uit wagen, aangifte PV gedaan")


def _assets():
    p = Row(lambda c, i: {**_staff(c, i), "kind": c.r.choice(("laptop", "gsm", "desktop", "scherm", "tablet"))})

    def gsm_field(c, i):
        d = p.get(c, i)
        return d["gsm"] if d["kind"] in ("gsm", "tablet") and c.r.random() < 0.9 else None
    cols = [pk(),
            C("name", "varchar(191)", "none", p.f(lambda d: {"laptop": "LT-", "gsm": "GSM-", "desktop": "PC-",
                                                            "scherm": "MON-", "tablet": "TAB-"}[d["kind"]] + d["last"][:4].upper())),
            C("asset_tag", "varchar(191)", "none", lambda c, i: f"LB{i:05d}"),
            C("model_id", "integer", "none", num(1, 30)),
            C("serial", "varchar(191)", "none", chars(10, UPNUM)),
            C("purchase_date", "date", "none", day(2018, 2025)),
            C("purchase_cost", "numeric(20,2)", "none", money(90, 2400)),
            C("order_number", "varchar(191)", "none", lambda c, i: f"BB{c.r.randint(2018, 2025)}/{c.r.randint(100, 999)}"),
            C("assigned_to", "integer", "none", fk(120, 0.15)),
            C("notes", "text", "free_text_may_contain_pii", opt(0.45, p.f(lambda d: ASSET_NOTE(p.c, d)))),
            C("image", "text", "none", opt(0.1, lambda c, i: f"{uuid4(c, i)}.jpg")),
            C("user_id", "integer", "none", fk(5)),
            C("created_at", "timestamp", "none", stamp(2018, 2025, False)),
            C("physical", "boolean", "none", flag(0.98)),
            C("status_id", "integer", "none", num(1, 5)),
            C("archived", "boolean", "none", flag(0.05)),
            C("warranty_months", "integer", "none", pick(12, 24, 36, 60)),
            C("depreciate", "boolean", "none", flag(0.5)),
            C("supplier_id", "integer", "none", fk(80)),
            C("requestable", "boolean", "none", flag(0.1)),
            C("rtd_location_id", "integer", "none", fk(12)),
            C("last_checkout", "timestamp", "none", opt(0.8, stamp(2022, 2025, False))),
            C("expected_checkin", "date", "none", opt(0.1, day(2025, 2026))),
            C("company_id", "integer", "none", fk(6)),
            C("assigned_type", "varchar(191)", "none", pick("App\\Models\\User", "App\\Models\\User", "App\\Models\\Location")),
            C("last_audit_date", "timestamp", "none", opt(0.5, stamp(2023, 2025, False))),
            C("location_id", "integer", "none", fk(12)),
            C("checkout_counter", "integer", "none", num(0, 9)),
            C("_snipeit_mac_adres_2", "text", "none", lambda c, i: ":".join(chars(2, "0123456789ABCDEF")(c, i) for _ in range(6))),
            C("_snipeit_imei_3", "text", "none", p.f(lambda d: _imei(p.c) if d["kind"] in ("gsm", "tablet") else None)),
            C("_snipeit_gsm_nummer_4", "text", "phone", gsm_field),
            C("_snipeit_ip_adres_5", "text", "ip_address", lambda c, i: f"10.60.{c.r.randint(1, 30)}.{c.r.randint(2, 250)}"),
            C("_snipeit_bitlocker_recovery_6", "text", "secret_token",
              lambda c, i: "-".join(digits(c, 6) for _ in range(8)) if c.r.random() < 0.6 else None)]
    return T(S, "assets", cols, rows=130, extra=[fkey(S, "assets", "assigned_to", "users"),
                                                 fkey(S, "assets", "supplier_id", "suppliers"),
                                                 fkey(S, "assets", "company_id", "companies"),
                                                 fkey(S, "assets", "location_id", "locations")])


LOG_NOTE = template("Afgegeven aan {first} {last} aan het onthaal", "Teruggebracht, lader ontbreekt",
                    "Nieuwe medewerker {first}, start maandag", "Bel {first} op {gsm} als het toestel klaar is",
                    "Audit 2024", "Herstel via garantie")


def _logs():
    p = Row(_staff)

    def meta(c, i):
        d = p.get(c, i)
        k = c.r.randint(0, 4)
        if k == 0:
            return json.dumps({"phone": {"old": d["dial"], "new": f"09 210 {c.r.randint(10, 99)} {c.r.randint(10, 99)}"}})
        if k == 1:
            return json.dumps({"last_name": {"old": c.r.choice(BE["last"]), "new": d["last"]}})
        if k == 2:
            return json.dumps({"address": {"old": None, "new": d["street"]}, "zip": {"old": None, "new": d["pc"]}})
        return None
    cols = [pk(),
            C("user_id", "integer", "none", fk(120)),
            C("action_type", "varchar(191)", "none", pick("checkout", "checkin from", "update", "audit", "create", "delete")),
            C("target_id", "integer", "none", fk(120)),
            C("target_type", "varchar(191)", "none", pick("App\\Models\\User", "App\\Models\\Location")),
            C("location_id", "integer", "none", fk(12, 0.5)),
            C("note", "text", "free_text_may_contain_pii", opt(0.5, p.f(lambda d: LOG_NOTE(p.c, d)))),
            C("filename", "text", "none", opt(0.1, lambda c, i: f"checkout-{uuid4(c, i)}.pdf")),
            C("item_type", "varchar(191)", "none", pick("App\\Models\\Asset", "App\\Models\\License", "App\\Models\\User")),
            C("item_id", "integer", "none", num(1, 130)),
            C("accept_signature", "varchar(100)", "none", opt(0.3, lambda c, i: f"siglog-{uuid4(c, i)}.png")),
            C("log_meta", "text", "free_text_may_contain_pii", meta),
            C("action_date", "timestamp", "none", stamp(2022, 2025, False)),
            C("created_at", "timestamp", "none", stamp(2022, 2025, False)),
            C("stored_eula", "text", "none", opt(0.2, pick("Het toestel blijft eigendom van het lokaal bestuur."))),
            C("action_source", "varchar(191)", "none", pick("gui", "gui", "api", "cli/import")),
            C("remote_ip", "varchar(45)", "ip_address", lambda c, i: f"10.60.{c.r.randint(1, 30)}.{c.r.randint(2, 250)}"
              if c.r.random() < 0.7 else ipv4_public(c, i)),
            C("user_agent", "varchar(191)", "none", pick("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4) Safari/604.1",
                                                        "GuzzleHttp/7"))]
    return T(S, "action_logs", cols, rows=150, extra=[fkey(S, "action_logs", "user_id", "users")])


def _licenses_and_resets():
    p = Row(_staff)
    lic = T(S, "licenses", [pk(),
        C("name", "varchar(191)", "none", pick("Adobe Acrobat Pro", "AutoCAD LT", "Microsoft Visio", "ArcGIS Pro",
                                               "Cobra Agenda", "Mercurius e-invoicing", "TeamViewer")),
        C("serial", "text", "secret_token", lambda c, i: "-".join(chars(5, UPNUM)(c, i) for _ in range(5))),
        C("purchase_date", "date", "none", day(2019, 2025)),
        C("purchase_cost", "numeric(20,2)", "none", money(40, 3200)),
        C("order_number", "varchar(191)", "none", lambda c, i: f"BB{c.r.randint(2019, 2025)}/{c.r.randint(100, 999)}"),
        C("seats", "integer", "none", pick(1, 1, 1, 5, 10, 25)),
        C("notes", "text", "none", opt(0.3, pick("Verlengen via Cevi-raamcontract", "Jaarlijks in december"))),
        C("license_name", "varchar(191)", "person_name", p.f(lambda d: f"{d['first']} {d['last']}"
                                                              if p.c.r.random() < 0.8 else "Gemeente Leiebeke")),
        C("license_email", "varchar(191)", "email", p("work")),
        C("supplier_id", "integer", "none", fk(80)),
        C("expiration_date", "date", "none", opt(0.7, day(2025, 2028))),
        C("purchase_order", "varchar(191)", "none", lambda c, i: f"PO-{c.r.randint(24000, 25999)}"),
        C("maintained", "boolean", "none", flag(0.6)),
        C("reassignable", "boolean", "none", flag(0.7)),
        C("company_id", "integer", "none", fk(6)),
        C("created_at", "timestamp", "none", stamp(2019, 2025, False))], rows=90,
        extra=[fkey(S, "licenses", "supplier_id", "suppliers"), fkey(S, "licenses", "company_id", "companies")])
    q = Row(_staff)
    resets = T(S, "password_resets", [
        C("email", "varchar(191)", "email", q.f(lambda d: d["work"] if q.c.r.random() < 0.8 else d["private"])),
        C("token", "varchar(191)", "secret_token", bcrypt()),
        C("created_at", "timestamp", "none", stamp(2024, 2025, False))], rows=80)
    clients = T(S, "oauth_clients", [pk(),
        C("user_id", "integer", "none", fk(5)),
        C("name", "varchar(191)", "none", lambda c, i: ("Topdesk koppeling", "Intune sync", "Personal Access Client",
                                                       "Password Grant Client", "Power BI rapport")[i - 1]),
        C("secret", "varchar(100)", "secret_token", chars(40)),
        C("redirect", "text", "none", pick("http://localhost", "https://topdesk.leiebeke.be/callback")),
        C("personal_access_client", "boolean", "none", flag(0.2)),
        C("password_client", "boolean", "none", flag(0.2)),
        C("revoked", "boolean", "none", flag(0.2))], rows=5, extra=[fkey(S, "oauth_clients", "user_id", "users")])
    return [lic, resets, clients]


def snipeit_tables() -> list:
    return [*_catalogues(), _users(), _assets(), _logs(), *_licenses_and_resets()]
