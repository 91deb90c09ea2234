"""j_campaign: a US congressional campaign's donor and field database (in the style of an NGP VAN export next to
the FEC Schedule A filing data): committees, contacts from the voter file (VanID, party), contributions, stored
card payments, fundraising events and sign-ups, canvass responses, activist codes and Schedule A itemisations."""
from __future__ import annotations

from .blind7_gens import (place, US_CITIES, birth, code, day, digits, email, first, fk, fkey, full_name, ipv4, last, maybe,
                          money, one, phone, r_int, stamp, street, template, us_city, us_state, us_zip)
from .gens import Col, Table, card

S = "j_campaign"
COMMITTEES = ["Friends of Dana Whitfield", "Whitfield Victory Fund", "Ohio Democratic Party", "Franklin County Republican Party",
              "Buckeye Working Families PAC", "Ohioans for Responsible Growth", "UAW V-CAP", "Carver for Congress",
              "Ohio Right to Life PAC", "Conservative Ohio Leadership Fund", "Planned Parenthood Votes Ohio", "ActBlue"]
OCC = ["RETIRED", "TEACHER", "ATTORNEY", "PHYSICIAN", "NOT EMPLOYED", "ENGINEER", "NURSE", "HOMEMAKER", "CEO", "INFORMATION REQUESTED"]
EMPL = ["RETIRED", "SELF-EMPLOYED", "COLUMBUS CITY SCHOOLS", "OHIO STATE UNIVERSITY", "NATIONWIDE", "JONES DAY", "NONE", "HONDA"]


def campaign_tables() -> list[Table]:
    com = Table(S, "committee", [
        Col("committee_id", "char(9) PRIMARY KEY", "none", lambda c, i: f"C00{700000 + i * 37:06d}"),
        Col("committee_name", "varchar(80)", "none", lambda c, i: COMMITTEES[i - 1]),
        Col("committee_type", "char(1)", "none", one("H", "H", "Y", "Q", "N", "X")),
        Col("party", "char(3)", "none", one("DEM", "REP", "", "DEM", "REP")),
        Col("treasurer_name", "varchar(60)", "person_name", lambda c, i: f"{last('us')(c, i).upper()}, {first('us')(c, i).upper()}"),
        Col("street_1", "varchar(60)", "none", lambda c, i: f"PO BOX {c.r.randint(100, 99999)}" if c.r.random() < 0.5 else street("us")(c, i)),
        Col("city", "varchar(30)", "none", us_city),
        Col("state", "char(2)", "none", one("OH", "OH", "DC")),
        Col("zip", "varchar(10)", "none", us_zip),
        Col("info_email", "varchar(60)", "none", one("info@whitfieldforohio.com", "compliance@ohiodems.org", "treasurer@bwfpac.org", "")),
    ], rows=12)
    con = Table(S, "contact", [
        Col("VanID", "int PRIMARY KEY", "none", lambda c, i: 10_400_000 + i),
        Col("FirstName", "varchar(30)", "person_name", first("us")),
        Col("MiddleName", "varchar(30)", "person_name", maybe(0.4, first("us"), "")),
        Col("LastName", "varchar(40)", "person_name", last("us")),
        Col("Suffix", "varchar(5)", "none", maybe(0.05, one("Jr.", "Sr.", "III"), "")),
        Col("AddressLine1", "varchar(80)", "postal_address", street("us")),
        Col("City", "varchar(30)", "none", us_city),
        Col("State", "char(2)", "none", us_state),
        Col("Zip5", "char(5)", "postal_address", lambda c, i: place(US_CITIES, i)[2] + f"{c.r.randint(1, 99):02d}"),
        Col("Email", "varchar(80)", "email", maybe(0.75, email("us"), "")),
        Col("HomePhone", "varchar(20)", "phone", maybe(0.4, phone("us"), "")),
        Col("CellPhone", "varchar(20)", "phone", maybe(0.7, phone("us"), "")),
        Col("Employer", "varchar(60)", "none", one(*EMPL)),
        Col("Occupation", "varchar(40)", "none", one(*OCC)),
        Col("DOB", "date", "birth_date", maybe(0.8, birth(1935, 2004))),
        Col("Sex", "char(1)", "none", one("F", "M", "U")),
        Col("StateVoterID", "varchar(14)", "none", maybe(0.85, code("OH9999999999"), "")),
        Col("Party", "char(1)", "political_opinion", one("D", "D", "R", "R", "U", "U", "G", "L")),
        Col("UnionMember", "boolean", "trade_union", one(False, False, False, True)),
        Col("DateCreated", "timestamp", "none", stamp(2018, 2025)),
    ], rows=140)
    ctb = Table(S, "contribution", [
        Col("ContributionID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("VanID", "int", "none", lambda c, i: 10_400_000 + c.r.randint(1, 140)),
        Col("committee_id", "char(9)", "none", lambda c, i: f"C00{700000 + c.r.randint(1, 12) * 37:06d}"),
        Col("Amount", "numeric(10,2)", "none", one(5, 10, 25, 27, 50, 100, 250, 500, 1000, 3300)),
        Col("DateReceived", "date", "none", day(2024, 2025)),
        Col("PaymentMethod", "varchar(12)", "none", one("Credit Card", "Credit Card", "Check", "ACH", "Cash")),
        Col("CheckNumber", "varchar(8)", "none", maybe(0.2, digits(4), "")),
        Col("SourceCode", "varchar(40)", "none", one("em_2025_q3_deadline", "sms_rapid", "dm_house_fall", "event_0914", "web_organic")),
        Col("Designation", "varchar(6)", "none", one("P2026", "P2026", "G2026")),
        Col("FecLine", "varchar(5)", "none", one("11AI", "11AI", "11C", "12")),
        Col("IsRefund", "boolean", "none", one(False, False, False, False, True)),
        Col("AggregateYTD", "numeric(10,2)", "none", money(5, 6600)),
        Col("Memo", "varchar(100)", "none", one("", "", "Earmarked through ActBlue", "In honor of Mom", "Jt fundraiser allocation")),
    ], rows=150, extra=[fkey(S, "contribution", "VanID", "contact", "VanID"),
                        fkey(S, "contribution", "committee_id", "committee", "committee_id")])
    pay = Table(S, "card_payment", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("ContributionID", "int", "none", fk(150)),
        Col("card_number", "varchar(19)", "payment_card", card),
        Col("exp_month", "smallint", "none", r_int(1, 12)),
        Col("exp_year", "smallint", "none", r_int(2025, 2031)),
        Col("billing_zip", "varchar(10)", "postal_address", us_zip),
        Col("processor_txn_id", "varchar(30)", "none", code("ch_9AAA9AA99AA9AA9")),
        Col("client_ip", "varchar(45)", "ip_address", ipv4),
        Col("avs_result", "char(1)", "none", one("Y", "Y", "Z", "N", "A")),
    ], rows=120, extra=[fkey(S, "card_payment", "ContributionID", "contribution", "ContributionID")])
    ev = Table(S, "event", [
        Col("EventID", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("EventName", "varchar(80)", "none", one("Grassroots BBQ", "Women for Whitfield Brunch", "Labor Breakfast", "Host Committee Reception", "Canvass Kickoff")),
        Col("Venue", "varchar(60)", "none", one("Local 412 Hall", "Schmidt's Sausage Haus", "private residence", "Columbus Athenaeum")),
        Col("StartDate", "timestamp", "none", stamp(2024, 2025)),
        Col("HostNames", "varchar(120)", "person_name", lambda c, i: f"{full_name('us')(c, i)} & {full_name('us')(c, i)}"),
        Col("SuggestedAmount", "numeric(8,2)", "none", one(25, 100, 250, 1000)),
        Col("Capacity", "smallint", "none", r_int(20, 400)),
    ], rows=25)
    sign = Table(S, "event_signup", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("EventID", "int", "none", fk(25)),
        Col("VanID", "int", "none", lambda c, i: 10_400_000 + c.r.randint(1, 140)),
        Col("Status", "varchar(12)", "none", one("Scheduled", "Completed", "No Show", "Declined")),
        Col("Role", "varchar(12)", "none", one("Attendee", "Attendee", "Volunteer", "Host", "Speaker")),
        Col("GuestName", "varchar(60)", "person_name", maybe(0.3, full_name("us"), "")),
    ], rows=120, extra=[fkey(S, "event_signup", "EventID", "event", "EventID"), fkey(S, "event_signup", "VanID", "contact", "VanID")])
    can = Table(S, "canvass_response", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("VanID", "int", "none", lambda c, i: 10_400_000 + c.r.randint(1, 140)),
        Col("CanvassedBy", "varchar(60)", "person_name", full_name("us")),
        Col("DateCanvassed", "date", "none", day(2024, 2025)),
        Col("ContactType", "varchar(10)", "none", one("Walk", "Walk", "Phone", "SMS")),
        Col("ResultCode", "varchar(12)", "none", one("Canvassed", "Canvassed", "Not Home", "Refused", "Moved", "Deceased")),
        Col("SurveyQuestion", "varchar(40)", "none", one("2026 House Support ID", "Gov Support", "Issue 1 Support")),
        Col("SurveyResponse", "varchar(30)", "political_opinion", one("1 - Strong Whitfield", "2 - Lean Whitfield", "3 - Undecided",
                                                                     "4 - Lean Carver", "5 - Strong Carver", "Yes on 1", "No on 1")),
        Col("IssuePriority", "varchar(30)", "political_opinion", one("Abortion rights", "Gun rights", "Immigration", "Cost of living", "Unions/jobs", "")),
        Col("Notes", "text", "free_text_may_contain_pii", template(
            "", "", "Dog in yard", "Wife ({n}) is a strong supporter, husband undecided", "Wants yard sign, text {p}",
            "Hostile - do not return", "Asked about abortion position, send lit to {e}", n=first("us"), p=phone("us"), e=email("us"))),
    ], rows=140, extra=[fkey(S, "canvass_response", "VanID", "contact", "VanID")])
    act = Table(S, "activist_code", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("VanID", "int", "none", lambda c, i: 10_400_000 + c.r.randint(1, 140)),
        Col("ActivistCodeName", "varchar(40)", "political_opinion", one("Yard Sign 2026", "Volunteer - Phonebank", "Precinct Captain",
                                                                         "Delegate", "Whitfield Supporter", "Pro-Choice Activist")),
        Col("DateApplied", "date", "none", day(2023, 2025)),
        Col("AppliedBy", "varchar(20)", "none", lambda c, i: code("AAAA99")(c, i).lower()),
    ], rows=90, extra=[fkey(S, "activist_code", "VanID", "contact", "VanID")])
    sa = Table(S, "fec_sched_a", [
        Col("sub_id", "bigint PRIMARY KEY", "none", lambda c, i: 4_032_520_250_000_000_000 + i),
        Col("committee_id", "char(9)", "none", lambda c, i: f"C00{700000 + c.r.randint(1, 12) * 37:06d}"),
        Col("entity_type", "char(3)", "none", one("IND", "IND", "IND", "IND", "PAC", "ORG")),
        Col("contributor_last_name", "varchar(40)", "person_name", lambda c, i: last("us")(c, i).upper()),
        Col("contributor_first_name", "varchar(30)", "person_name", lambda c, i: first("us")(c, i).upper()),
        Col("contributor_street_1", "varchar(60)", "postal_address", lambda c, i: street("us")(c, i).upper()),
        Col("contributor_city", "varchar(30)", "none", lambda c, i: us_city(c, i).upper()),
        Col("contributor_state", "char(2)", "none", us_state),
        Col("contributor_zip", "varchar(9)", "postal_address", lambda c, i: us_zip(c, i).replace("-", "")),
        Col("contributor_employer", "varchar(60)", "none", one(*EMPL)),
        Col("contributor_occupation", "varchar(40)", "none", one(*OCC)),
        Col("contribution_receipt_date", "date", "none", day(2024, 2025)),
        Col("contribution_receipt_amount", "numeric(10,2)", "none", money(200.01, 3300)),
        Col("line_number", "varchar(4)", "none", one("11AI", "11AI", "11C", "17")),
    ], rows=120, extra=[fkey(S, "fec_sched_a", "committee_id", "committee", "committee_id")])
    return [com, con, ctb, pay, ev, sign, can, act, sa]
