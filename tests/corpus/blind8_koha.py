"""k_koha: a New Zealand district council's public libraries on Koha ILS (lower-case Koha table and column names,
borrowers with their Koha columns, branches, patron categories, biblio/items, issues, reserves, accountlines,
extended patron attributes, the notice queue, action logs, statistics, authorised values and CGI sessions).
Koha declares foreign keys with InnoDB; they are declared here as well."""
from __future__ import annotations

import base64

from .blind8_gens import (address_line, day, fk, money, num, opt, phone, postcode, stamp,
                          street, template, town, who, with_fks)
from .gens import ID, Col, Table, bcrypt_like, pick, rand_token

S = "k_koha"
BRANCHES = "CEN OTU MTM PAP GRT WEL MOB ILL HOM KAT TEP WAI".split()
BRANCH_NAMES = ["Central Library", "Ōtūmoetai Library", "Mount Maunganui Library", "Pāpāmoa Library",
                "Greerton Library", "Welcome Bay Library", "Mobile Library", "Interloans", "Home Service",
                "Katikati Library", "Te Puke Library", "Waihī Beach Library"]
CATEGORIES = "AD JU YA ST SC HB IL VI SE OR".split()
N_BORROWERS, N_BIBLIO, N_ITEMS = 140, 120, 130


def _branch(c, i) -> str:
    return c.r.choice(BRANCHES[:7] + BRANCHES[9:])


def _kv_dump(c, i) -> str:
    p = who("nz", "bor", "first")(c, i), who("nz", "bor", "last")(c, i)
    return (f"{{ borrowernumber => {c.r.randint(1, N_BORROWERS)}, cardnumber => '2300{c.r.randint(100000, 999999)}', "
            f"firstname => '{p[0]}', surname => '{p[1]}', email => '{who('nz', 'bor', 'email')(c, i)}', "
            f"phone => '{phone('nz')(c, i)}' }}")


def _session(c, i) -> str:
    yaml = (f"---\n_SESSION_ATIME: '{1700000000 + i * 37}'\n_SESSION_REMOTE_ADDR: 10.{c.r.randint(1, 40)}.{c.r.randint(0, 255)}."
            f"{c.r.randint(1, 254)}\nbranch: {_branch(c, i)}\ncardnumber: '2300{c.r.randint(100000, 999999)}'\n"
            f"emailaddress: {who('nz', 'ses', 'email')(c, i)}\nfirstname: {who('nz', 'ses', 'first')(c, i)}\n"
            f"surname: {who('nz', 'ses', 'last')(c, i)}\nid: {who('nz', 'ses', 'last')(c, i).lower()}\n")
    return yaml if c.r.random() < 0.7 else base64.b64encode(yaml.encode()).decode()


def koha_tables() -> list[Table]:
    return with_fks([
        Table(S, "branches", [
            Col("branchcode", "varchar(10) PRIMARY KEY", "none", lambda c, i: BRANCHES[i - 1]),
            Col("branchname", "text", "none", lambda c, i: BRANCH_NAMES[i - 1]),
            Col("branchaddress1", "text", "none", street("nz")),
            Col("branchaddress2", "text", "none", pick("", "", "Private Bag 12022", "Cnr Cameron Road")),
            Col("branchcity", "text", "none", pick("Tauranga", "Tauranga", "Mount Maunganui", "Katikati", "Te Puke")),
            Col("branchzip", "varchar(25)", "none", pick("3110", "3116", "3112", "3129", "3119")),
            Col("branchcountry", "text", "none", pick("New Zealand")),
            Col("branchphone", "text", "none", lambda c, i: f"07 577 {7000 + i}"),
            Col("branchemail", "text", "none", lambda c, i: f"{BRANCHES[i - 1].lower()}.library@tedc.govt.nz"),
            Col("branchurl", "text", "none", pick("https://library.tedc.govt.nz", "")),
            Col("branchip", "varchar(15)", "none", lambda c, i: f"10.{20 + i}.0.0/16"),
            Col("opac_info", "text", "none", pick("Mon-Fri 9:30-5:30, Sat 9:30-4", "Closed public holidays", "")),
        ], rows=12),
        Table(S, "categories", [
            Col("categorycode", "varchar(10) PRIMARY KEY", "none", lambda c, i: CATEGORIES[i - 1]),
            Col("description", "text", "none", lambda c, i: ["Adult", "Junior (0-12)", "Young adult", "Staff", "School",
                                                             "Housebound", "Interloan library", "Visitor",
                                                             "SuperGold", "Organisation"][i - 1]),
            Col("enrolmentperiod", "smallint", "none", pick(12, 24, 60)),
            Col("upperagelimit", "smallint", "none", pick(None, None, 12, 18)),
            Col("dateofbirthrequired", "smallint", "none", pick(None, 5, 13)),
            Col("category_type", "varchar(1)", "none", pick("A", "A", "C", "S", "I", "P")),
            Col("enrolmentfee", "numeric(28,6)", "none", pick(0, 0, 5, 10)),
        ], rows=10),
        Table(S, "borrowers", [
            Col("borrowernumber", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("cardnumber", "varchar(32)", "none", lambda c, i: f"2300{100000 + i * 7}"),
            Col("surname", "text", "person_name", who("nz", "bor", "last")),
            Col("firstname", "text", "person_name", who("nz", "bor", "first")),
            Col("title", "text", "none", pick("", "", "Mr", "Mrs", "Ms", "Miss", "Dr")),
            Col("othernames", "text", "person_name", opt(0.2, pick("Bub", "Nana Mere", "Koro", "Liz", "Sam", "Moni"), "")),
            Col("streetnumber", "text", "postal_address", lambda c, i: str(c.r.randint(1, 250)) + c.r.choice(["", "", "A", "/2"])),
            Col("streettype", "text", "postal_address", pick("Road", "Street", "St", "Avenue", "Drive", "Place", "")),
            Col("address", "text", "postal_address", street("nz", number=False)),
            Col("address2", "text", "postal_address", opt(0.5, pick("Flat 3", "Unit 12", "Bethlehem", "Gate Pā", "Brookfield",
                                                                    "RD 2", "Papamoa Beach"), "")),
            Col("city", "text", "none", town("nz")),
            Col("state", "text", "none", pick("Bay of Plenty", "", "")),
            Col("zipcode", "varchar(25)", "postal_address", postcode("nz")),
            Col("country", "text", "none", pick("New Zealand", "NZ", "")),
            Col("email", "text", "email", opt(0.75, who("nz", "bor", "email"), "")),
            Col("phone", "text", "phone", opt(0.5, phone("nz"), "")),
            Col("mobile", "varchar(50)", "phone", opt(0.7, phone("nz"), "")),
            Col("emailpro", "text", "email", opt(0.1, lambda c, i: f"{who('nz', 'bor', 'first')(c, i).lower()}@bopdhb.govt.nz", "")),
            Col("B_address", "varchar(100)", "postal_address", opt(0.1, address_line("nz"), "")),
            Col("B_city", "text", "none", opt(0.1, town("nz"), "")),
            Col("dateofbirth", "date", "birth_date", opt(0.9, day(1935, 2020))),
            Col("branchcode", "varchar(10)", "none", _branch),
            Col("categorycode", "varchar(10)", "none", pick("AD", "AD", "AD", "JU", "JU", "YA", "SE", "HB", "ST", "VI")),
            Col("dateenrolled", "date", "none", day(2004, 2024)),
            Col("dateexpiry", "date", "none", day(2024, 2029)),
            Col("gonenoaddress", "smallint", "none", pick(None, None, 0, 0, 1)),
            Col("lost", "smallint", "none", pick(None, 0, 0, 1)),
            Col("debarred", "date", "none", opt(0.08, day(2025, 2026))),
            Col("debarredcomment", "varchar(255)", "none", opt(0.08, pick("Restriction added by overdues process 12/03/2024",
                                                                          "Unpaid lost items - see Circ Manager"))),
            Col("contactname", "text", "person_name", opt(0.2, who("nz", "guard", "last"), "")),
            Col("contactfirstname", "text", "person_name", opt(0.2, who("nz", "guard", "first"), "")),
            Col("relationship", "varchar(100)", "none", opt(0.2, pick("mother", "father", "grandparent", "caregiver"), "")),
            Col("borrowernotes", "text", "free_text_may_contain_pii", opt(0.3, template(
                "nz", "Mum {first} is guarantor, ph {phone}", "Card replaced {d} - old card stolen",
                "Housebound delivery Tuesdays, ring {phone} first", "Prefers large print. Daughter {name} collects",
                "Email bounced, new address {email}", "Merged duplicate record"), "")),
            Col("sex", "varchar(1)", "none", who("nz", "bor", "sex")),
            Col("password", "varchar(60)", "credentials", opt(0.7, bcrypt_like)),
            Col("userid", "varchar(75)", "none", lambda c, i: f"2300{100000 + i * 7}"),
            Col("opacnote", "text", "none", opt(0.1, pick("Please update your contact details", "Your card expires soon"), "")),
            Col("lastseen", "timestamp", "none", stamp(2023, 2024)),
            Col("privacy", "int", "none", pick(1, 1, 0, 2)),
            Col("sort1", "varchar(80)", "none", opt(0.5, pick("TGA", "WBOP", "OOD", "SCH"), "")),
            Col("lang", "varchar(25)", "none", pick("default", "default", "mi-NZ", "en")),
        ], rows=N_BORROWERS),
        Table(S, "biblio", [
            Col("biblionumber", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("frameworkcode", "varchar(4)", "none", pick("", "", "BKS", "FA")),
            Col("author", "text", "person_name", lambda c, i: c.r.choice(
                ["Ihimaera, Witi", "Grace, Patricia", "Catton, Eleanor", "Hulme, Keri", "Cowley, Joy", "Dodd, Lynley",
                 "Mahy, Margaret", "Child, Lee", "Rowling, J. K.", "Christie, Agatha", "Osman, Richard", "Riley, Lucinda",
                 "Te Awekotuku, Ngahuia", "Pratchett, Terry", "Moriarty, Liane"])),
            Col("title", "text", "none", lambda c, i: c.r.choice(
                ["The whale rider", "Potiki", "The luminaries", "The bone people", "Hairy Maclary from Donaldson's Dairy",
                 "The lion in the meadow", "Killing floor", "The Thursday murder club", "Mrs Wordsmith",
                 "Te reo Māori for beginners", "NZ road code", "Big little lies", "The seven sisters"])),
            Col("unititle", "text", "none", pick(None, None, None, "Large print")),
            Col("notes", "text", "none", opt(0.3, pick("Includes index.", "Originally published: Auckland, 1987.",
                                                       "Text in English and Māori.")),),
            Col("serial", "smallint", "none", pick(0, 0, 0, 1)),
            Col("seriestitle", "text", "none", opt(0.2, pick("Hairy Maclary and friends", "Jack Reacher", "Discworld"))),
            Col("copyrightdate", "smallint", "none", num(1960, 2024)),
            Col("datecreated", "date", "none", day(2008, 2024)),
            Col("abstract", "text", "none", opt(0.3, pick("A young Māori girl's bond with a whale.",
                                                          "Four retirees investigate a murder.", "Picture book in rhyme."))),
        ], rows=N_BIBLIO),
        Table(S, "items", [
            Col("itemnumber", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("biblionumber", "int", "none", num(1, N_BIBLIO)),
            Col("barcode", "varchar(20)", "none", lambda c, i: f"3300{200000 + i * 13}"),
            Col("dateaccessioned", "date", "none", day(2008, 2024)),
            Col("homebranch", "varchar(10)", "none", _branch),
            Col("holdingbranch", "varchar(10)", "none", _branch),
            Col("itemcallnumber", "varchar(255)", "none", pick("NZF IHI", "NZF GRA", "J PIC DOD", "AF CHI", "499.442 TER",
                                                               "LP AF OSM", "YA HUN")),
            Col("itype", "varchar(10)", "none", pick("BK", "BK", "BK", "JBK", "LP", "DVD", "MAG")),
            Col("price", "numeric(8,2)", "none", money(9, 60)),
            Col("replacementprice", "numeric(8,2)", "none", money(12, 70)),
            Col("datelastborrowed", "date", "none", opt(0.8, day(2022, 2024))),
            Col("onloan", "date", "none", opt(0.3, day(2024, 2024))),
            Col("issues", "smallint", "none", num(0, 180)),
            Col("itemlost", "smallint", "none", pick(0, 0, 0, 0, 1, 2)),
            Col("withdrawn", "smallint", "none", pick(0, 0, 0, 1)),
            Col("notforloan", "smallint", "none", pick(0, 0, 0, -1, 1)),
            Col("ccode", "varchar(80)", "none", pick("NZ", "FIC", "NF", "PIC", "TEREO")),
            Col("location", "varchar(80)", "none", pick("GEN", "CHILD", "YA", "REF", "STACK")),
            Col("itemnotes_nonpublic", "text", "none", opt(0.15, pick("Damaged spine - repaired", "Donated by Rotary",
                                                                      "Check for missing CD"))),
        ], rows=N_ITEMS),
        Table(S, "issues", [
            Col("issue_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("borrowernumber", "int", "none", num(1, N_BORROWERS)),
            Col("itemnumber", "int", "none", num(1, N_ITEMS)),
            Col("date_due", "timestamp", "none", stamp(2024, 2024)),
            Col("branchcode", "varchar(10)", "none", _branch),
            Col("returndate", "timestamp", "none", opt(0.4, stamp(2024, 2024))),
            Col("lastreneweddate", "timestamp", "none", opt(0.3, stamp(2024, 2024))),
            Col("renewals_count", "smallint", "none", pick(0, 0, 0, 1, 2)),
            Col("issuedate", "timestamp", "none", stamp(2023, 2024)),
            Col("auto_renew", "smallint", "none", pick(0, 0, 1)),
            Col("note", "text", "none", opt(0.05, pick("Missing DVD 2", "Wet on return"))),
        ], rows=130),
        Table(S, "reserves", [
            Col("reserve_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("borrowernumber", "int", "none", num(1, N_BORROWERS)),
            Col("reservedate", "date", "none", day(2024, 2024)),
            Col("biblionumber", "int", "none", num(1, N_BIBLIO)),
            Col("branchcode", "varchar(10)", "none", _branch),
            Col("notificationdate", "date", "none", opt(0.4, day(2024, 2024))),
            Col("reservenotes", "text", "none", opt(0.1, pick("large print if poss", "for book club", "any edition"))),
            Col("priority", "smallint", "none", num(0, 12)),
            Col("found", "varchar(1)", "none", pick(None, None, "W", "T")),
            Col("expirationdate", "date", "none", opt(0.5, day(2024, 2025))),
        ], rows=100),
        Table(S, "accountlines", [
            Col("accountlines_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("borrowernumber", "int", "none", num(1, N_BORROWERS)),
            Col("date", "timestamp", "none", stamp(2022, 2024)),
            Col("amount", "numeric(28,6)", "none", money(-40, 45)),
            Col("description", "text", "none", pick("Overdue fine", "Lost item: The luminaries 33002045", "Reserve fee",
                                                    "Payment, thanks", "Replacement card", "Interloan charge")),
            Col("debit_type_code", "varchar(64)", "none", pick("OVERDUE", "LOST", "RESERVE", "NEW_CARD", None)),
            Col("credit_type_code", "varchar(80)", "none", pick(None, None, "PAYMENT", "WRITEOFF", "FORGIVEN")),
            Col("amountoutstanding", "numeric(28,6)", "none", money(0, 30)),
            Col("note", "text", "free_text_may_contain_pii", opt(0.35, template(
                "nz", "Paid by {first} (mum) over phone", "Written off - {name} on WINZ benefit", "Eftpos",
                "Refund to {name}, acct ref {n}", "Waived: item found in book drop"), "")),
            Col("manager_id", "int", "none", pick(None, 3, 17, 22)),
        ], rows=130),
        Table(S, "borrower_attributes", [ID,
            Col("borrowernumber", "int", "none", num(1, N_BORROWERS)),
            Col("code", "varchar(10)", "none", lambda c, i: ["ETHNIC", "ETHNIC", "SCHOOL", "HOMEBOUND", "IWI"][i % 5]),
            Col("attribute", "varchar(255)", "ethnic_origin", lambda c, i: [
                c.r.choice(["NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian", "Other European"]),
                c.r.choice(["NZ European/Pākehā", "Māori", "Cook Islands Māori", "Filipino", "Korean", "Declined"]),
                c.r.choice(["Tauranga Boys' College", "Ōtūmoetai Intermediate", "Te Kura Kaupapa Māori o Te Kura Mai"]),
                c.r.choice(["Y", "N"]), c.r.choice(["Ngāi Te Rangi", "Ngāti Ranginui", "Ngāti Pūkenga", "Ngāpuhi",
                                                    "Ngāti Porou"])][i % 5]),
        ], rows=140),
        Table(S, "message_queue", [
            Col("message_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("borrowernumber", "int", "none", num(1, N_BORROWERS)),
            Col("subject", "text", "none", pick("Hold available for pickup", "Items due soon", "Overdue notice",
                                                "Welcome to Te Awa Libraries")),
            Col("content", "text", "free_text_may_contain_pii", template(
                "nz", "Kia ora {first},\n\nYou have a hold waiting at Central Library.\n\nTe Awa Libraries",
                "Dear {name},\nThe following items are overdue: The luminaries (due {d}).",
                "Hi {first} {last}, your card will expire on {d}. Ph 07 577 7000 to renew.")),
            Col("message_transport_type", "varchar(20)", "none", pick("email", "email", "sms", "print")),
            Col("status", "varchar(10)", "none", pick("sent", "sent", "sent", "failed", "pending")),
            Col("time_queued", "timestamp", "none", stamp(2024, 2024)),
            Col("to_address", "text", "email", lambda c, i: who("nz", "mq", "email")(c, i) if c.r.random() < 0.8 else None),
            Col("from_address", "text", "none", pick("library@tedc.govt.nz", None)),
            Col("letter_code", "varchar(64)", "none", pick("HOLD", "PREDUE", "ODUE", "WELCOME")),
        ], rows=120),
        Table(S, "action_logs", [
            Col("action_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("timestamp", "timestamp", "none", stamp(2024, 2024)),
            Col("user", "int", "none", pick(0, 3, 17, 22, 41)),
            Col("module", "text", "none", pick("MEMBERS", "MEMBERS", "CIRCULATION", "FINES", "AUTH")),
            Col("action", "text", "none", pick("MODIFY", "CREATE", "ISSUE", "RETURN", "PAYMENT", "SUCCESS")),
            Col("object", "int", "none", num(1, N_BORROWERS)),
            Col("info", "text", "free_text_may_contain_pii", lambda c, i: _kv_dump(c, i) if c.r.random() < 0.6 else
                str(c.r.randint(1, N_ITEMS))),
            Col("interface", "varchar(30)", "none", pick("intranet", "opac", "cron", "sip")),
            Col("script", "varchar(255)", "none", pick("members/memberentry.pl", "circ/circulation.pl", "opac-user.pl")),
        ], rows=110),
        Table(S, "statistics", [
            Col("datetime", "timestamp", "none", stamp(2024, 2024)),
            Col("branch", "varchar(10)", "none", _branch),
            Col("value", "numeric(28,6)", "none", pick(0, 0, 0, 2.5, 5, 12.9)),
            Col("type", "varchar(16)", "none", pick("issue", "issue", "return", "renew", "payment", "localuse")),
            Col("other", "text", "none", pick("", "", "SIP", "selfcheck")),
            Col("itemnumber", "int", "none", num(1, N_ITEMS)),
            Col("itemtype", "varchar(10)", "none", pick("BK", "JBK", "LP", "DVD")),
            Col("location", "varchar(80)", "none", pick("GEN", "CHILD", "YA")),
            Col("borrowernumber", "int", "none", num(1, N_BORROWERS)),
            Col("ccode", "varchar(80)", "none", pick("NZ", "FIC", "NF")),
            Col("categorycode", "varchar(10)", "none", pick("AD", "JU", "SE")),
        ], rows=150),
        Table(S, "authorised_values", [ID,
            Col("category", "varchar(32)", "none", lambda c, i: ["LOC", "CCODE", "LOST", "NOT_LOAN", "BOR_NOTES", "WITHDRAWN"][i % 6]),
            Col("authorised_value", "varchar(80)", "none", lambda c, i: ["GEN", "NZ", "2", "-1", "ADDR", "1"][i % 6] + ("" if i < 7 else str(i))),
            Col("lib", "varchar(200)", "none", lambda c, i: ["General collection", "New Zealand collection", "Long overdue (lost)",
                                                             "Ordered", "Address notes", "Withdrawn"][i % 6]),
            Col("lib_opac", "varchar(200)", "none", pick("", "Adult fiction", "On order")),
            Col("imageurl", "varchar(200)", "none", pick("", "")),
        ], rows=60),
        Table(S, "sessions", [
            Col("id", "varchar(32) PRIMARY KEY", "secret_token", lambda c, i: rand_token(32, alphabet="0123456789abcdef")(c, i)),
            Col("a_session", "text", "free_text_may_contain_pii", _session),
        ], rows=90),
    ], [
        fk(S, "borrowers", "branchcode", "branches", "branchcode"), fk(S, "borrowers", "categorycode", "categories", "categorycode"),
        fk(S, "items", "biblionumber", "biblio", "biblionumber"), fk(S, "items", "homebranch", "branches", "branchcode"),
        fk(S, "items", "holdingbranch", "branches", "branchcode"), fk(S, "issues", "borrowernumber", "borrowers", "borrowernumber"),
        fk(S, "issues", "itemnumber", "items", "itemnumber"), fk(S, "reserves", "borrowernumber", "borrowers", "borrowernumber"),
        fk(S, "reserves", "biblionumber", "biblio", "biblionumber"),
        fk(S, "accountlines", "borrowernumber", "borrowers", "borrowernumber"),
        fk(S, "borrower_attributes", "borrowernumber", "borrowers", "borrowernumber"),
        fk(S, "message_queue", "borrowernumber", "borrowers", "borrowernumber"),
    ])
