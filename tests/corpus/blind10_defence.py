"""m_defence: a West Yorkshire criminal defence solicitors' case management system (a Rails application: plural
snake_case tables, *_id foreign keys, Devise users): fee earners, police stations, courts, clients with the Legal Aid
Agency monitoring codes and police identifiers, matters with offences and outcomes, means assessments, attendance
notes, custody records, witnesses and court hearings."""
from __future__ import annotations

from .blind10_gens import (chars, day, digits, fk, flag, gb_ni, gb_person, gb_phone, ints, ipv4, key, maybe, money,
                           part, pick, shared, stamp)
from .gens import Col as C
from .gens import Ctx, Table as T

S = "m_defence"
TS = "timestamp(6) without time zone"
OFFENCES = (("TH68010", "Theft from a shop (Theft Act 1968 s.1)"), ("CJ88001", "Common assault (CJA 1988 s.39)"),
            ("OF61047", "Assault occasioning actual bodily harm (OAPA 1861 s.47)"), ("MD71230", "Possession of cannabis (MDA 1971 s.5(2))"),
            ("MD71520", "Possession with intent to supply class A (MDA 1971 s.5(3))"), ("RT88338", "Drive with excess alcohol (RTA 1988 s.5)"),
            ("TH68029", "Burglary - dwelling (Theft Act 1968 s.9)"), ("CD71001", "Criminal damage (CDA 1971 s.1)"),
            ("PU86004", "Threatening behaviour (Public Order Act 1986 s.4)"), ("PH97001", "Harassment (PHA 1997 s.2)"),
            ("FA68001", "Possession of a bladed article in public (CJA 1988 s.139)"), ("RT88191", "Drive while disqualified (RTA 1988 s.103)"))
OUTCOMES = (None, "Convicted - community order, 120 hrs unpaid work", "Acquitted after trial", "Discontinued by CPS",
            "Convicted - fine £340 and costs", "Convicted - 18 months imprisonment suspended 2 years",
            "No further action", "Released under investigation", "Convicted - conditional discharge 12 months")
RELIGION = ("None", "Christian", "Muslim", "Sikh", "Hindu", "Roman Catholic", "Jewish", "Buddhist", "Declined", "Rastafarian")


def _fk(col: str, table: str, ref: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} (id)"


def _note(c: Ctx, i: int) -> str:
    p, q = gb_person(c), gb_person(c)
    return c.r.choice([f"Attended client at Elland Road custody suite. Disclosure from DC {q['last']}: CCTV of client leaving store.",
                       f"Telephone call from client's mother {q['first']} {p['last']} on {q['phone']} - wants update on bail.",
                       "Perused IDPC (42 pages). Advised on credit for early guilty plea.",
                       f"Email to CPS re: disclosure; copy to client at {p['email']}.",
                       f"Client instructs that {q['first']} {q['last']} can confirm alibi, lives at {q['line1']}, {q['town']}.",
                       "Travel and waiting, Leeds Magistrates, listed 10:00 called on 14:20.",
                       "Preparing bail application. Surety available (aunt)."])


_cli = shared("def_client", gb_person)
_fe = shared("def_fee_earner", gb_person)
_wit = shared("def_witness", gb_person)
_part = shared("def_partner", gb_person)
_off = shared("def_offence", lambda c: {"o": c.r.choice(OFFENCES)})


def defence_tables() -> list[T]:
    return [
        T(S, "fee_earners", [key("id", "bigint"),
          C("initials", "varchar", "none", lambda c, i: f"{_fe(c, i)['first'][0]}{_fe(c, i)['last'][0]}"),
          C("first_name", "varchar", "person_name", part(_fe, "first")),
          C("last_name", "varchar", "person_name", part(_fe, "last")),
          C("sra_number", "varchar", "none", lambda c, i: str(c.r.randint(100000, 699999))),
          C("email", "varchar", "email", lambda c, i: f"{_fe(c, i)['first'][0].lower()}.{_fe(c, i)['last'].lower().replace(chr(39), '')}@brennanwhitfield.co.uk"),
          C("direct_dial", "varchar", "phone", lambda c, i: f"0113 496 {c.r.randint(1000, 1999)}"),
          C("role", "varchar", "none", pick("Partner", "Solicitor", "Accredited Police Station Representative", "Trainee", "Paralegal")),
          C("duty_solicitor", "boolean", "none", flag(0.4)),
          C("created_at", TS, "none", stamp(2018, 1500))], rows=25),
        T(S, "police_stations", [key("id", "bigint"),
          C("name", "varchar", "none", lambda c, i: ("Elland Road", "Leeds District HQ", "Trafalgar House Bradford", "Wakefield Havertop",
                                                     "Huddersfield Castlegate", "Halifax Richmond Close", "Dewsbury", "Keighley", "Pontefract")[(i - 1) % 9]
                                                    + ("" if i <= 9 else f" ({i})")),
          C("address_line1", "varchar", "none", pick("Elland Road", "Nelson Street", "Havertop Lane", "Castlegate")),
          C("town", "varchar", "none", pick("Leeds", "Bradford", "Wakefield", "Huddersfield", "Halifax")),
          C("postcode", "varchar", "none", pick("LS11 8BU", "BD5 0BX", "WF6 1TL", "HD1 2BZ", "HX1 5PF")),
          C("custody_phone", "varchar", "none", lambda c, i: f"0113 24{digits(c, 5)}")], rows=18),
        T(S, "courts", [key("id", "bigint"),
          C("name", "varchar", "none", lambda c, i: ("Leeds Magistrates' Court", "Leeds Crown Court", "Bradford Crown Court", "Bradford and Keighley Magistrates' Court",
                                                     "Kirklees Magistrates' Court", "Wakefield Magistrates' Court", "Calderdale Magistrates' Court",
                                                     "Leeds Youth Court", "Sheffield Crown Court", "York Crown Court")[i - 1]),
          C("court_code", "varchar", "none", lambda c, i: f"B{c.r.randint(10, 99)}{c.r.choice('ABCDEF')}{c.r.randint(10, 99)}"),
          C("address", "varchar", "none", pick("Westgate, Leeds LS1 3BY", "Exchange Square, Bradford BD1 1JA", "Civic Centre, Wakefield WF1 2SR")),
          C("dx_number", "varchar", "none", lambda c, i: f"DX {c.r.randint(10000, 99999)} {c.r.choice(['Leeds', 'Bradford', 'Wakefield'])}"),
          C("email", "varchar", "none", lambda c, i: f"wy-court{i}@justice.gov.uk")], rows=10),
        T(S, "users", [key("id", "bigint"),
          C("email", "varchar", "email", lambda c, i: f"{gb_person(c)['first'].lower()}@brennanwhitfield.co.uk"),
          C("encrypted_password", "varchar", "credentials", lambda c, i: "$2a$12$" + chars(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")(c, i)),
          C("reset_password_token", "varchar", "secret_token", maybe(0.2, chars(20))),
          C("reset_password_sent_at", TS, "none", maybe(0.2, stamp(2024, 200))),
          C("sign_in_count", "integer", "none", ints(3, 2400)),
          C("current_sign_in_ip", "inet", "ip_address", ipv4),
          C("last_sign_in_ip", "inet", "ip_address", ipv4),
          C("otp_secret", "varchar", "secret_token", chars(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
          C("fee_earner_id", "bigint", "none", maybe(0.8, fk(25)))], rows=30,
          extra=[_fk("fee_earner_id", "users", "fee_earners")]),
        T(S, "clients", [key("id", "bigint"),
          C("title", "varchar", "none", lambda c, i: "Mr" if _cli(c, i)["sex"] == "M" else c.r.choice(["Ms", "Miss", "Mrs"])),
          C("forenames", "varchar", "person_name", lambda c, i: f"{_cli(c, i)['first']} {_cli(c, i)['middle']}".strip()),
          C("surname", "varchar", "person_name", part(_cli, "last")),
          C("aka", "varchar", "person_name", maybe(0.15, lambda c, i: f"{gb_person(c)['first']} {_cli(c, i)['last']}")),
          C("date_of_birth", "date", "birth_date", day(1958, 48)),
          C("gender", "varchar", "none", part(_cli, "sex")),
          C("ethnicity_code", "varchar", "ethnic_origin", pick("W1", "W1", "W1", "W3", "A1", "A2", "B1", "B2", "M1", "O9", "99")),
          C("disability_code", "varchar", "health", pick("NCD", "NCD", "NCD", "MHC", "LRN", "MOB", "DEA", "UKN")),
          C("ni_number", "varchar", "national_id", maybe(0.7, lambda c, i: gb_ni(c))),
          C("pnc_id", "varchar", "criminal_record", maybe(0.6, lambda c, i: f"{c.r.randint(85, 99) if c.r.random() < 0.3 else c.r.randint(0, 23):02d}/{c.r.randint(100000, 999999)}{c.r.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}")),
          C("cro_number", "varchar", "criminal_record", maybe(0.4, lambda c, i: f"{c.r.randint(10000, 999999)}/{c.r.randint(85, 99) if c.r.random() < 0.3 else c.r.randint(0, 23):02d}{c.r.choice('ABCDEFGHJKLMNPQRTUVWXYZ')}")),
          C("address_line1", "varchar", "postal_address", part(_cli, "line1")),
          C("address_line2", "varchar", "postal_address", part(_cli, "line2")),
          C("town", "varchar", "none", part(_cli, "town")),
          C("postcode", "varchar", "postal_address", part(_cli, "postcode")),
          C("mobile", "varchar", "phone", maybe(0.85, part(_cli, "phone"))),
          C("email", "varchar", "email", maybe(0.5, part(_cli, "email"))),
          C("nfa", "boolean", "none", flag(0.06)),
          C("in_custody", "boolean", "criminal_record", flag(0.12)),
          C("prison_number", "varchar", "criminal_record", maybe(0.1, lambda c, i: f"{c.r.choice('AG')}{digits(c, 4)}{chars(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')(c, i)}")),
          C("interpreter_language", "varchar", "none", pick(None, None, None, None, "Polish", "Urdu", "Romanian", "Kurdish Sorani")),
          C("conflict_checked", "boolean", "none", flag(0.97)),
          C("created_at", TS, "none", stamp(2019, 2000)),
          C("updated_at", TS, "none", stamp(2023, 700))], rows=140),
        T(S, "matters", [key("id", "bigint"),
          C("client_id", "bigint", "none", fk(140)),
          C("fee_earner_id", "bigint", "none", fk(25)),
          C("ufn", "varchar", "none", lambda c, i: f"{c.r.randint(1, 28):02d}{c.r.randint(1, 12):02d}{c.r.randint(19, 24)}/{c.r.randint(1, 9):03d}"),
          C("matter_type", "varchar", "none", pick("Police Station", "Magistrates", "Crown Court", "Appeal")),
          C("offence_code", "varchar", "criminal_record", lambda c, i: _off(c, i)["o"][0]),
          C("offence_description", "varchar", "criminal_record", lambda c, i: _off(c, i)["o"][1]),
          C("offence_date", "date", "none", day(2019, 5)),
          C("plea", "varchar", "criminal_record", pick(None, "Guilty", "Not guilty", "Guilty", "No plea")),
          C("outcome", "varchar", "criminal_record", pick(*OUTCOMES)),
          C("court_id", "bigint", "none", maybe(0.8, fk(10))),
          C("police_station_id", "bigint", "none", maybe(0.6, fk(18))),
          C("legal_aid_type", "varchar", "none", pick("Representation Order", "Police Station Advice", "Private", "Advice and Assistance")),
          C("maat_id", "varchar", "none", maybe(0.7, lambda c, i: str(c.r.randint(5000000, 7999999)))),
          C("opened_on", "date", "none", day(2019, 5)),
          C("closed_on", "date", "none", maybe(0.5, day(2021, 3))),
          C("stage", "varchar", "none", pick("open", "open", "awaiting trial", "billed", "archived"))], rows=140,
          extra=[_fk("client_id", "matters", "clients"), _fk("fee_earner_id", "matters", "fee_earners"),
                 _fk("court_id", "matters", "courts"), _fk("police_station_id", "matters", "police_stations")]),
    ] + _work_tables()


def _work_tables() -> list[T]:
    return [
        T(S, "means_assessments", [key("id", "bigint"),
          C("matter_id", "bigint", "none", fk(140)),
          C("passported", "boolean", "none", flag(0.45)),
          C("benefit_type", "varchar", "none", pick(None, "Universal Credit", "Income-related ESA", "Pension Credit", "JSA (IB)")),
          C("employer_name", "varchar", "none", pick(None, None, "Asda Stores Ltd", "Arla Foods", "Leeds City Council", "self-employed (taxi)")),
          C("gross_monthly_income", "numeric(10,2)", "none", money(0, 3200)),
          C("partner_name", "varchar", "person_name", maybe(0.4, lambda c, i: f"{_part(c, i)['first']} {_part(c, i)['last']}")),
          C("partner_ni_number", "varchar", "national_id", maybe(0.3, lambda c, i: gb_ni(c))),
          C("bank_sort_code", "varchar", "none", maybe(0.6, lambda c, i: f"{c.r.choice(['40', '20', '30', '60', '09', '77'])}-{digits(c, 2)}-{digits(c, 2)}")),
          C("bank_account_number", "varchar", "bank_account", maybe(0.6, lambda c, i: digits(c, 8))),
          C("housing_costs", "numeric(10,2)", "none", money(0, 900)),
          C("dependants_count", "integer", "none", ints(0, 4)),
          C("assessed_on", "date", "none", day(2019, 5))], rows=120,
          extra=[_fk("matter_id", "means_assessments", "matters")]),
        T(S, "attendance_notes", [key("id", "bigint"),
          C("matter_id", "bigint", "none", fk(140)),
          C("fee_earner_id", "bigint", "none", fk(25)),
          C("attended_at", TS, "none", stamp(2020, 1500)),
          C("duration_minutes", "integer", "none", lambda c, i: c.r.choice([6, 12, 18, 30, 60, 90, 174])),
          C("activity_code", "varchar", "none", pick("ATTCL", "PREP", "TRAV", "WAIT", "TELE", "LETT", "ADVO")),
          C("note", "text", "free_text_may_contain_pii", _note),
          C("billable", "boolean", "none", flag(0.85))], rows=150,
          extra=[_fk("matter_id", "attendance_notes", "matters"), _fk("fee_earner_id", "attendance_notes", "fee_earners")]),
        T(S, "custody_records", [key("id", "bigint"),
          C("matter_id", "bigint", "none", fk(140)),
          C("police_station_id", "bigint", "none", fk(18)),
          C("custody_number", "varchar", "none", lambda c, i: f"13/{c.r.randint(10000, 99999)}/{c.r.randint(20, 24)}"),
          C("arrest_time", TS, "none", stamp(2020, 1500)),
          C("arrest_reason", "varchar", "criminal_record", lambda c, i: f"Suspicion of {c.r.choice(OFFENCES)[1].split(' (')[0].lower()}"),
          C("detention_authorised_at", TS, "none", stamp(2020, 1500)),
          C("fme_seen", "boolean", "none", flag(0.25)),
          C("medical_notes", "text", "health", pick(None, None, "Type 1 diabetic, insulin given by HCP", "Declared depression, on sertraline",
                                                     "Heroin withdrawal, seen by nurse", "Asthma, inhaler permitted", "Self-harm history, constant obs")),
          C("religion_declared", "varchar", "religious_belief", pick(*RELIGION)),
          C("appropriate_adult_name", "varchar", "person_name", maybe(0.2, lambda c, i: f"{gb_person(c)['first']} {gb_person(c)['last']}")),
          C("appropriate_adult_phone", "varchar", "phone", maybe(0.2, lambda c, i: gb_phone(c))),
          C("released_on", "date", "none", day(2020, 5)),
          C("bail_conditions", "text", "criminal_record", pick(None, "Not to contact prosecution witnesses directly or indirectly",
                                                               "Curfew 19:00-07:00 at home address, electronically monitored",
                                                               "Not to enter Leeds city centre (inner ring road)", "Reside and sleep at bail address"))], rows=100,
          extra=[_fk("matter_id", "custody_records", "matters"), _fk("police_station_id", "custody_records", "police_stations")]),
        T(S, "witnesses", [key("id", "bigint"),
          C("matter_id", "bigint", "none", fk(140)),
          C("full_name", "varchar", "person_name", lambda c, i: f"{_wit(c, i)['first']} {_wit(c, i)['last']}"),
          C("relationship", "varchar", "none", pick("friend", "neighbour", "partner", "store employee", "cousin")),
          C("phone", "varchar", "phone", maybe(0.8, part(_wit, "phone"))),
          C("address", "varchar", "postal_address", lambda c, i: f"{_wit(c, i)['line1']}, {_wit(c, i)['town']} {_wit(c, i)['postcode']}"),
          C("statement_taken", "boolean", "none", flag(0.5)),
          C("notes", "text", "none", pick(None, "Willing to attend court", "Reluctant; needs witness summons", "Works nights"))], rows=90,
          extra=[_fk("matter_id", "witnesses", "matters")]),
        T(S, "court_hearings", [key("id", "bigint"),
          C("matter_id", "bigint", "none", fk(140)),
          C("court_id", "bigint", "none", fk(10)),
          C("hearing_at", TS, "none", stamp(2020, 1500)),
          C("hearing_type", "varchar", "none", pick("First appearance", "PTPH", "Trial", "Sentence", "Mention", "Bail application")),
          C("outcome", "varchar", "none", pick("Adjourned", "Adjourned", "Effective", "Vacated", "Cracked")),
          C("next_hearing_at", TS, "none", maybe(0.6, stamp(2021, 1500))),
          C("counsel_name", "varchar", "person_name", maybe(0.4, lambda c, i: f"{gb_person(c)['first']} {gb_person(c)['last']} (Park Square Chambers)"))], rows=130,
          extra=[_fk("matter_id", "court_hearings", "matters"), _fk("court_id", "court_hearings", "courts")]),
    ]
