"""v_mautic: Mautic (open-source marketing automation) as a Dalmatian hotel group runs it: contacts (leads) of guests
and agencies, companies, notes, tracked e-mails, page hits, devices and IP addresses."""
from __future__ import annotations

from .blind18_gens import (HR_TOWNS, bcrypt, boolean, ch, const, fk, hexs, ip_any, maybe, money, num, pf, pfx, pick,
                           seq, stamp, text_from, wch, who)
from .gens import Col, Table

S = "v_mautic"
PK = "integer PRIMARY KEY"


def _fk(table: str, col: str, ref: str, ref_col: str = "id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({ref_col})"


def _signature(c, i):
    p = pf("hr:staff", "first")(c, i), pf("hr:staff", "last")(c, i), pf("hr:staff", "fixed")(c, i)
    role = c.r.choice(["Voditeljica prodaje", "Marketing specijalist", "Revenue manager", "Sales Executive"])
    return f"<p>Srdačan pozdrav / Kind regards,<br>{p[0]} {p[1]}<br>{role}<br>Jadran Resorts d.d.<br>T: {p[2]}</p>"


_COMPANIES = ["Adria Travel", "Dalmacija Tours", "Kvarner Express", "Istra Bike Tours", "Sunny Coast Events",
              "Mediteran Congress", "Bura Sailing", "Zagreb Incentive", "Panorama DMC", "Euro-Alpin Reisen",
              "Ljubljana Travel Partners", "Roma Viaggi", "Nordic Sun Holidays", "Pelješac Wine Trails"]
_SUFFIX = ["d.o.o.", "d.o.o.", "j.d.o.o.", "d.d.", "GmbH", "s.r.l."]
_IND = ["Travel Agency", "Event Management", "Tour Operator", "Corporate", "Education", "Wedding Planner"]


def _company(c, i):
    return pick(c, "companies", i, "name", lambda rr: f"{rr.choice(_COMPANIES)} {rr.choice(_SUFFIX)}")


_NOTE = text_from(
    ["Nazvala gđa. {f} {s}, zanima je grupni aranžman za {n} osoba u rujnu. Povratno zvati na {ph}.",
     "Gost se žali na buku iz bara, ponuditi 10% popusta za sljedeći boravak. Kontakt: {f} {s}.",
     "Meeting with {f} {s} at ITB Berlin - wants allotment of {n} rooms for June/July.",
     "Poslan cjenik za vjenčanje, mladenci {f} i {s}. Tel {ph}",
     "Traži ponudu za team building, e-mail proslijeđen na {f}.{s2}@adriatravel.hr",
     "Nije zainteresiran, maknuti s liste za newsletter.", "Ponuda poslana, čekamo potvrdu.",
     "Reklamacija riješena, vraćen depozit."],
    f=["Ivana", "Marko", "Petra", "Ante", "Katarina", "Hans", "Sabine", "Tomislav"],
    s=["Horvat", "Jurić", "Babić", "Huber", "Kovačić", "Lovrić", "Meier"], s2=["horvat", "juric", "babic"],
    ph=["+385 91 345 2281", "098 776 1204", "+43 664 218 7730", "+385 21 558 900"])

_DIET = wch([(None, 60), ("vegetarijanac", 8), ("vegan", 4), ("celijakija - bez glutena", 5),
             ("alergija na orašaste plodove", 4), ("intolerancija na laktozu", 5), ("dijabetičar", 3),
             ("halal", 3), ("košer", 1), ("alergija na školjke", 2)])


def _ipdetails(c, i):
    pc, town = c.r.choice(HR_TOWNS)
    lat, lon = round(c.r.uniform(42.6, 46.2), 4), round(c.r.uniform(13.6, 18.9), 4)
    isp = c.r.choice(["Hrvatski Telekom d.d.", "A1 Hrvatska", "Telemach Hrvatska", "Iskon Internet"])
    return (f'a:9:{{s:4:"city";s:{len(town.encode())}:"{town}";s:6:"region";s:0:"";s:7:"zipcode";s:5:"{pc}";'
            f's:7:"country";s:7:"Croatia";s:8:"latitude";d:{lat};s:9:"longitude";d:{lon};s:3:"isp";'
            f's:{len(isp.encode())}:"{isp}";s:12:"organization";s:0:"";s:8:"timezone";s:13:"Europe/Zagreb";}}')


_UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile",
       "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)"]


def _host(c, i):
    a, b, d = c.r.randint(1, 254), c.r.randint(0, 255), c.r.randint(1, 254)
    return c.r.choice([f"93-{a}-{b}-{d}.adsl.net.t-com.hr", f"cpe-{a}-{b}-{d}.dynamic.amis.hr",
                       f"{a}-{b}-{d}.static.a1.hr", "", ""])


def mautic_tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", PK, "none", seq),
        Col("role_id", "integer", "none", ch(1, 2, 2, 3)),
        Col("is_published", "boolean", "none", boolean(0.9)),
        Col("date_added", "timestamp", "none", stamp(2019, 2023)),
        Col("created_by_user", "varchar(191)", "person_name", ch("Ivana Marić", "Admin Admin", None)),
        Col("username", "varchar(191)", "none", lambda c, i: (pf("hr:staff", "first")(c, i)[0]
                                                                + pf("hr:staff", "last")(c, i)).lower()),
        Col("password", "varchar(64)", "credentials", bcrypt),
        Col("first_name", "varchar(191)", "person_name", pf("hr:staff", "first")),
        Col("last_name", "varchar(191)", "person_name", pf("hr:staff", "last")),
        Col("email", "varchar(191)", "email", lambda c, i: (pf("hr:staff", "first")(c, i) + "."
                                                            + pf("hr:staff", "last")(c, i)).lower()
            .replace("č", "c").replace("ć", "c").replace("š", "s").replace("ž", "z") + "@jadranresorts.hr"),
        Col("position", "varchar(191)", "none", ch("Sales", "Marketing", "Reservations", "Revenue", None)),
        Col("timezone", "varchar(191)", "none", const("Europe/Zagreb")),
        Col("locale", "varchar(191)", "none", ch("hr", "en_US", None)),
        Col("last_login", "timestamp", "none", stamp(2024, 2024)),
        Col("last_active", "timestamp", "none", stamp(2024, 2024)),
        Col("preferences", "text", "none", const("a:0:{}")),
        Col("signature", "text", "free_text_may_contain_pii", maybe(0.8, _signature)),
    ], rows=24)
    companies = Table(S, "companies", [
        Col("id", PK, "none", seq),
        Col("owner_id", "integer", "none", fk(24)),
        Col("is_published", "boolean", "none", const(True)),
        Col("date_added", "timestamp", "none", stamp(2020, 2024)),
        Col("companyname", "varchar(255)", "none", _company),
        Col("companyemail", "varchar(255)", "none",
            lambda c, i: c.r.choice(["info", "booking", "groups", "office"]) + "@"
            + _company(c, i).split()[0].lower().replace("š", "s").replace("ž", "z") + c.r.choice([".hr", ".com"])),
        Col("companyaddress1", "varchar(255)", "none", text_from(["{st} {n}"], st=["Ulica grada Vukovara",
            "Riva", "Radnička cesta", "Bahnhofplatz", "Via Nazionale", "Slovenska cesta"])),
        Col("companyaddress2", "varchar(255)", "none", maybe(0.2, ch("3. kat", "Poslovni centar Adria"))),
        Col("companyphone", "varchar(255)", "none", text_from(["+385 {a} {n}00 {b}"], a=["1", "21", "51", "20"],
                                                              b=["100", "222", "345", "901"])),
        Col("companycity", "varchar(255)", "none", lambda c, i: c.r.choice(HR_TOWNS)[1]),
        Col("companystate", "varchar(255)", "none", maybe(0.5, ch("Splitsko-dalmatinska", "Grad Zagreb"))),
        Col("companyzipcode", "varchar(255)", "none", lambda c, i: c.r.choice(HR_TOWNS)[0]),
        Col("companycountry", "varchar(255)", "none", wch([("Croatia", 70), ("Austria", 10), ("Slovenia", 10),
                                                             ("Italy", 10)])),
        Col("companywebsite", "varchar(255)", "none", lambda c, i: "https://www."
            + _company(c, i).split()[0].lower().replace("š", "s").replace("ž", "z") + ".hr"),
        Col("companyindustry", "varchar(255)", "none", ch(*_IND)),
        Col("companynumber_of_employees", "integer", "none", num(2, 250)),
        Col("companyannual_revenue", "double precision", "none", money(80000, 9000000)),
        Col("companydescription", "text", "none", maybe(0.4, ch("DMC za Dalmaciju, grupe iz Skandinavije.",
                                                               "Incoming agencija, MICE i incentive putovanja.",
                                                               "Partner za biciklističke ture."))),
        Col("score", "integer", "none", num(0, 120)),
    ], rows=90)
    leads = Table(S, "leads", [
        Col("id", PK, "none", seq),
        Col("owner_id", "integer", "none", maybe(0.7, fk(24))),
        Col("stage_id", "integer", "none", maybe(0.5, ch(1, 2, 3, 4))),
        Col("is_published", "boolean", "none", const(True)),
        Col("date_added", "timestamp", "none", stamp(2020, 2024)),
        Col("date_identified", "timestamp", "none", maybe(0.8, stamp(2020, 2024))),
        Col("last_active", "timestamp", "none", stamp(2023, 2024)),
        Col("points", "integer", "none", num(0, 300)),
        Col("internal", "text", "none", const("a:0:{}")),
        Col("social_cache", "text", "none", const("a:0:{}")),
        Col("title", "varchar(191)", "none", lambda c, i: {"M": "G.", "F": "Gđa."}[pf("hr:lead", "sex")(c, i)]
            if c.r.random() < 0.5 else None),
        Col("firstname", "varchar(191)", "person_name", pf("hr:lead", "first")),
        Col("lastname", "varchar(191)", "person_name", pf("hr:lead", "last")),
        Col("company", "varchar(191)", "none", maybe(0.3, ch(*_COMPANIES))),
        Col("position", "varchar(191)", "none", maybe(0.3, ch("Direktor", "Event manager", "HR", "Owner"))),
        Col("email", "varchar(191)", "email", pf("hr:lead", "email")),
        Col("phone", "varchar(191)", "phone", maybe(0.3, pf("hr:lead", "fixed"))),
        Col("mobile", "varchar(191)", "phone", maybe(0.7, pf("hr:lead", "phone"))),
        Col("address1", "varchar(191)", "postal_address", maybe(0.6, pf("hr:lead", "street"))),
        Col("address2", "varchar(191)", "postal_address", maybe(0.05, ch("2. kat, stan 7", "Stan 12"))),
        Col("city", "varchar(191)", "none", maybe(0.7, pf("hr:lead", "town"))),
        Col("state", "varchar(191)", "none", const(None)),
        Col("zipcode", "varchar(191)", "postal_address", maybe(0.6, pf("hr:lead", "pc"))),
        Col("country", "varchar(191)", "none", ch("Croatia", "Croatia", "Croatia", None)),
        Col("timezone", "varchar(191)", "none", ch("Europe/Zagreb", None)),
        Col("preferred_locale", "varchar(191)", "none", ch("hr", "en", "de")),
        Col("fax", "varchar(191)", "none", const(None)),
        Col("website", "varchar(191)", "none", const(None)),
        Col("facebook", "varchar(191)", "none", const(None)),
        Col("linkedin", "varchar(191)", "none", maybe(0.1, const("in"))),
        Col("attribution", "double precision", "none", money(0, 1500)),
        Col("attribution_date", "timestamp", "none", maybe(0.4, stamp(2022, 2024))),
        Col("preferred_profile_image", "varchar(191)", "none", const("gravatar")),
        Col("datum_rodjenja", "date", "birth_date", maybe(0.4, pf("hr:lead", "born"))),
        Col("oib", "varchar(191)", "national_id", maybe(0.35, pf("hr:lead", "oib"))),
        Col("prehrambene_napomene", "text", "health", _DIET),
        Col("broj_nocenja", "integer", "none", num(0, 60)),
        Col("loyalty_card", "varchar(191)", "none", maybe(0.5, lambda c, i: f"JR-{i:06d}")),
    ], rows=150, extra=[_fk("leads", "owner_id", "users")])
    xref = Table(S, "companies_leads", [
        Col("company_id", "integer", "none", fk(90)),
        Col("lead_id", "integer", "none", fk(150)),
        Col("date_added", "timestamp", "none", stamp(2021, 2024)),
        Col("is_primary", "boolean", "none", boolean(0.8)),
    ], rows=110, extra=[_fk("companies_leads", "company_id", "companies"),
                        _fk("companies_leads", "lead_id", "leads")])
    notes = Table(S, "lead_notes", [
        Col("id", PK, "none", seq),
        Col("lead_id", "integer", "none", fk(150)),
        Col("is_published", "boolean", "none", const(True)),
        Col("date_added", "timestamp", "none", stamp(2021, 2024)),
        Col("created_by_user", "varchar(191)", "person_name",
            lambda c, i: f"{pf('hr:staff', 'first')(c, i % 24 + 1)} {pf('hr:staff', 'last')(c, i % 24 + 1)}"),
        Col("text", "text", "free_text_may_contain_pii", _NOTE),
        Col("type", "varchar(50)", "none", ch("general", "call", "email", "meeting")),
        Col("date_time", "timestamp", "none", stamp(2021, 2024)),
    ], rows=120, extra=[_fk("lead_notes", "lead_id", "leads")])
    ips = Table(S, "ip_addresses", [
        Col("id", PK, "none", seq),
        Col("ip_address", "varchar(45)", "ip_address", ip_any),
        Col("ip_details", "text", "geo_location", maybe(0.85, _ipdetails)),
    ], rows=140)
    ipx = Table(S, "lead_ips_xref", [
        Col("lead_id", "integer", "none", lambda c, i: (i - 1) % 150 + 1),
        Col("ip_id", "integer", "none", seq),
    ], rows=140, extra=[_fk("lead_ips_xref", "lead_id", "leads"), _fk("lead_ips_xref", "ip_id", "ip_addresses")])
    stats = Table(S, "email_stats", [
        Col("id", PK, "none", seq),
        Col("email_id", "integer", "none", num(1, 40)),
        Col("lead_id", "integer", "none", who("email_stats", 150)),
        Col("email_address", "varchar(191)", "email", pfx("email_stats", "hr:lead", 150, "email")),
        Col("ip_id", "integer", "none", maybe(0.6, fk(140))),
        Col("date_sent", "timestamp", "none", stamp(2023, 2024)),
        Col("is_read", "boolean", "none", boolean(0.4)),
        Col("is_failed", "boolean", "none", boolean(0.03)),
        Col("viewed_in_browser", "boolean", "none", boolean(0.05)),
        Col("date_read", "timestamp", "none", maybe(0.4, stamp(2023, 2024))),
        Col("tracking_hash", "varchar(191)", "secret_token", hexs(13)),
        Col("retry_count", "integer", "none", ch(0, 0, 0, 1)),
        Col("source", "varchar(191)", "none", ch("campaign", "email", None)),
        Col("open_count", "integer", "none", num(0, 6)),
        Col("open_details", "text", "none", lambda c, i: 'a:1:{i:0;a:3:{s:8:"datetime";s:19:"2024-0'
            f'{c.r.randint(1, 9)}-1{c.r.randint(0, 9)} 0{c.r.randint(6, 9)}:12:44";s:9:"useragent";'
            f's:{len(ua := c.r.choice(_UA))}:"{ua}";s:9:"inBrowser";b:0;}}}}'),
    ], rows=150, extra=[_fk("email_stats", "lead_id", "leads"), _fk("email_stats", "ip_id", "ip_addresses")])
    devices = Table(S, "lead_devices", [
        Col("id", PK, "none", seq),
        Col("lead_id", "integer", "none", fk(150)),
        Col("date_added", "timestamp", "none", stamp(2022, 2024)),
        Col("device", "varchar(191)", "none", ch("smartphone", "desktop", "tablet")),
        Col("device_os_name", "varchar(191)", "none", ch("iOS", "Android", "Windows", "Mac")),
        Col("device_os_version", "varchar(191)", "none", ch("17.4", "14", "10", "13.6")),
        Col("device_brand", "varchar(191)", "none", ch("AP", "SA", "XI", "HU", None)),
        Col("device_model", "varchar(191)", "none", ch("iPhone", "SM-S911B", "Redmi Note 12", None)),
        Col("device_fingerprint", "varchar(191)", "none", maybe(0.6, hexs(32))),
        Col("tracking_id", "varchar(191)", "none", hexs(23)),
    ], rows=130, extra=[_fk("lead_devices", "lead_id", "leads")])
    hits = Table(S, "page_hits", [
        Col("id", PK, "none", seq),
        Col("page_id", "integer", "none", maybe(0.7, num(1, 30))),
        Col("ip_id", "integer", "none", fk(140)),
        Col("lead_id", "integer", "none", maybe(0.8, fk(150))),
        Col("device_id", "integer", "none", maybe(0.7, fk(130))),
        Col("date_hit", "timestamp", "none", stamp(2024, 2024)),
        Col("date_left", "timestamp", "none", maybe(0.5, stamp(2024, 2024))),
        Col("country", "varchar(191)", "none", ch("Croatia", "Austria", "Germany", "")),
        Col("region", "varchar(191)", "none", ch("", "Split-Dalmatia", "Zagreb")),
        Col("city", "varchar(191)", "none", ch("", "Split", "Zagreb", "Wien")),
        Col("isp", "varchar(191)", "none", ch("", "Hrvatski Telekom d.d.", "A1 Telekom Austria")),
        Col("code", "integer", "none", ch(200, 200, 200, 404)),
        Col("referer", "text", "none", ch("https://www.google.com/", "https://www.booking.com/", None, None)),
        Col("url", "text", "none", text_from(["https://www.jadranresorts.hr/{p}?utm_source={u}&utm_medium=email"],
                                           p=["ponude/ljeto-2024", "hr/wellness", "en/weddings", "de/angebote"],
                                           u=["newsletter", "mautic", "facebook"])),
        Col("url_title", "varchar(191)", "none", ch("Ljetne ponude", "Wellness & Spa", "Weddings")),
        Col("user_agent", "text", "none", ch(*_UA)),
        Col("remote_host", "varchar(191)", "ip_address", _host),
        Col("page_language", "varchar(191)", "none", ch("hr", "en", "de")),
        Col("source", "varchar(191)", "none", ch("email", None)),
        Col("source_id", "integer", "none", maybe(0.5, num(1, 40))),
        Col("query", "text", "none", const('a:1:{s:10:"utm_source";s:10:"newsletter";}')),
        Col("tracking_id", "varchar(191)", "none", hexs(23)),
    ], rows=150, extra=[_fk("page_hits", "ip_id", "ip_addresses"), _fk("page_hits", "lead_id", "leads"),
                        _fk("page_hits", "device_id", "lead_devices")])
    clients = Table(S, "oauth2_clients", [
        Col("id", PK, "none", seq),
        Col("role_id", "integer", "none", const(None)),
        Col("name", "varchar(191)", "none", ch("Booking engine sync", "Zapier", "Website forms", "CRM export")),
        Col("random_id", "varchar(191)", "none", lambda c, i: f"{i}_" + hexs(40)(c, i)),
        Col("secret", "varchar(191)", "secret_token", hexs(50)),
        Col("redirect_uris", "text", "none", const('a:1:{i:0;s:32:"https://booking.jadranresorts.hr";}')),
        Col("allowed_grant_types", "text", "none",
            const('a:2:{i:0;s:18:"authorization_code";i:1;s:13:"refresh_token";}')),
    ], rows=8)
    return [users, companies, leads, xref, notes, ips, ipx, stats, devices, hits, clients]
