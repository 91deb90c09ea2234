"""ab_freight: an in-house trucking and freight-forwarding system of a Dar es Salaam haulier (Tanzania): drivers and
their vetting, consignees (firms), shipments with proof of delivery, and truck GPS pings."""
from __future__ import annotations

from stdnum import luhn

from .blind26_gens import (POOLS, C, amounts, any_mobile, any_name, bcrypt, cached, const, dates, digits, fk, fkey,
                           flag, geo, hexs, ints, maybe, one, person, public_ip, seq, sha256, stamps)
from .gens import Table

S = "ab_freight"
DRV, USR = "fr.driver", "fr.user"
N_DRV, N_CONS, N_SHIP, N_USER = 90, 120, 150, 25
FIRMS = ["Kilimanjaro Cement Distributors Ltd", "Mwanza Fish Processors Ltd", "Bagamoyo Sugar Co.",
         "Dodoma Wines Ltd", "Tanga Sisal Traders", "Mbeya Coffee Curing Co.", "Arusha Flowers Export Ltd"]
TRUCKS = [f"T {100 + k * 37} {a}{b}{d}" for k, (a, b, d) in enumerate(zip("ABCDEFGHJK", "DEFKLMNPRS", "ABCDEFGHJK"))]
ROUTES = [(-6.8235, 39.2695), (-6.1630, 35.7516), (-3.3869, 36.6830), (-2.5164, 32.9175), (-6.8278, 37.6591),
          (-8.9094, 33.4608), (-5.0689, 39.0988)]


def _point(c, i):
    lat, lon = ROUTES[i % len(ROUTES)]
    return cached(c, ("fr.ping", i), lambda cx: {"pt": geo(lat, lon, 0.6)(cx)})


def _medical(c, i):
    return c.r.choice([None, None, "Fit for duty", "Hypertensive, on amlodipine 5 mg; review in 6 months",
                       "Type 2 diabetes, controlled; no night driving", "Wears corrective lenses",
                       "Epilepsy history, seizure-free 4 years; neurologist letter on file",
                       "Lower back pain, physiotherapy ongoing"])


def _offence(c, i):
    return c.r.choice(["Speeding 92 km/h in a 50 km/h zone", "Overloading axle by 2.3 t (Vigwaza weighbridge)",
                       "Driving without valid insurance sticker", "Careless driving causing damage",
                       "Driving under the influence (0.12% BAC)", "Failure to stop at police checkpoint"])


def _clearance(c, i):
    return c.r.choice(["No criminal record", "No criminal record", "No criminal record",
                       "Conviction 2014: stealing by servant, s.271 Penal Code, fined TZS 500,000",
                       "Pending charge: causing death by dangerous driving (Kibaha RM Court)",
                       "Conviction 2019: possession of khat, 6 months suspended"])


def _imei(c, i):
    body = "35" + digits(c, 12)
    return body + luhn.calc_check_digit(body)


def freight_tables() -> list[Table]:
    d = lambda f: person("tz", DRV, f, 1965, 2000)           # noqa: E731
    u = lambda f: person("tz", USR, f, 1970, 2000)           # noqa: E731
    return [
        Table(S, "drivers", [
            C("driver_id", "integer PRIMARY KEY", "none", seq()),
            C("employee_no", "varchar(12)", "none", lambda c, i: f"DRV-{i + 300:04d}"),
            C("full_name", "varchar(120)", "person_name", d("full")),
            C("nida_number", "varchar(23)", "national_id", d("natid")),
            C("licence_no", "varchar(12)", "national_id", lambda c, i: f"40{digits(c, 8)}", comment="driving licence"),
            C("licence_class", "varchar(4)", "none", one("C", "C1", "E", "CE")),
            C("licence_expiry", "date", "none", dates(2025, 2029)),
            C("date_of_birth", "date", "birth_date", d("birth")),
            C("mobile", "varchar(20)", "phone", d("mobile")),
            C("mpesa_number", "varchar(20)", "phone", lambda c, i: d("mobile")(c, i).replace(" ", "")),
            C("next_of_kin_name", "varchar(120)", "person_name", any_name("tz")),
            C("next_of_kin_phone", "varchar(20)", "phone", any_mobile("tz")),
            C("home_address", "varchar(200)", "postal_address", d("a_full")),
            C("region", "varchar(40)", "none", d("a_city")),
            C("bank_account_no", "varchar(16)", "bank_account", lambda c, i: f"2{digits(c, 10)}"),
            C("union_member", "boolean", "trade_union", flag(0.45), comment="check-off of union dues"),
            C("union_branch", "varchar(80)", "trade_union",
              maybe(one("COTWU(T) Dar es Salaam", "TADWU Kurasini", "COTWU(T) Morogoro"), 0.45)),
            C("medical_fitness_notes", "text", "health", _medical),
            C("eyesight_test_passed", "boolean", "health", flag(0.9)),
            C("photo_sha256", "char(64)", "none", lambda c, i: sha256(c)),
            C("is_active", "boolean", "none", flag(0.9)),
        ], rows=N_DRV),
        Table(S, "driver_offences", [
            C("offence_id", "integer PRIMARY KEY", "none", seq()),
            C("driver_id", "integer", "none", fk(N_DRV, 7)),
            C("offence_date", "date", "none", dates(2019, 2025)),
            C("offence_code", "varchar(16)", "none", one("RTA-S.51", "RTA-S.63", "RTA-S.40", "RTA-S.44")),
            C("description", "varchar(200)", "criminal_record", _offence),
            C("fine_amount", "numeric(12,2)", "none", amounts(30000, 500000, 0)),
            C("convicted", "boolean", "criminal_record", flag(0.3)),
            C("police_station", "varchar(60)", "none", one("Chalinze", "Kibaha", "Mikumi", "Himo", "Buguruni")),
        ], rows=100, extra=[fkey(S, "driver_offences", "driver_id", "drivers", "driver_id")]),
        Table(S, "background_checks", [
            C("check_id", "integer PRIMARY KEY", "none", seq()),
            C("driver_id", "integer", "none", seq()),
            C("requested_on", "date", "none", dates(2019, 2025)),
            C("police_clearance_no", "varchar(20)", "none", lambda c, i: f"PCC/DSM/{digits(c, 5)}"),
            C("result", "text", "criminal_record", _clearance),
            C("checked_by", "varchar(120)", "person_name", lambda c, i: u("full")(c, c.r.randint(1, N_USER))),
        ], rows=N_DRV, extra=[fkey(S, "background_checks", "driver_id", "drivers", "driver_id")]),
        Table(S, "consignees", [
            C("consignee_id", "integer PRIMARY KEY", "none", seq()),
            C("company_name", "varchar(120)", "none", lambda c, i: FIRMS[i % len(FIRMS)] + ("" if i <= 7 else f" #{i}")),
            C("tin", "varchar(11)", "none", lambda c, i: f"1{digits(c, 2)}-{digits(c, 3)}-{digits(c, 3)}"),
            C("office_phone", "varchar(20)", "none", lambda c, i: f"+255 22 2{digits(c, 2)} {digits(c, 4)}"),
            C("office_email", "varchar(80)", "none", lambda c, i: f"logistics@consignee{i}.co.tz"),
            C("po_box", "varchar(30)", "none", lambda c, i: f"P.O. Box {c.r.randint(100, 35000)}"),
            C("physical_address", "varchar(200)", "none",
              lambda c, i: f"Plot {c.r.randint(1, 900)}, {c.r.choice(POOLS['tz']['street'])}, Industrial Area"),
            C("contact_person", "varchar(120)", "person_name", person("tz", "fr.contact", "full")),
            C("contact_phone", "varchar(20)", "phone", person("tz", "fr.contact", "mobile")),
            C("contact_email", "varchar(80)", "email", person("tz", "fr.contact", "email")),
        ], rows=N_CONS),
        Table(S, "users", [
            C("user_id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(40)", "none", u("user")),
            C("password_hash", "varchar(72)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("email", "varchar(80)", "email", lambda c, i: u("user")(c, i) + "@kilwahaulage.co.tz"),
            C("api_token", "varchar(64)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.4)),
            C("last_login_ip", "inet", "ip_address", lambda c, i: public_ip(c, (41, 196, 197, 105))),
            C("role", "varchar(20)", "none", one("dispatcher", "admin", "accounts", "fleet")),
            C("mfa_enabled", "boolean", "none", flag(0.3)),
        ], rows=N_USER),
        Table(S, "shipments", [
            C("shipment_id", "integer PRIMARY KEY", "none", seq()),
            C("waybill_no", "varchar(16)", "none", lambda c, i: f"KH{digits(c, 8)}"),
            C("consignee_id", "integer", "none", fk(N_CONS, 11)),
            C("driver_id", "integer", "none", fk(N_DRV, 13)),
            C("truck_reg", "varchar(12)", "none", lambda c, i: TRUCKS[i % len(TRUCKS)]),
            C("origin", "varchar(60)", "none", const("Dar es Salaam Port")),
            C("destination", "varchar(60)", "none", one("Lusaka", "Kigali", "Bujumbura", "Mwanza", "Lubumbashi")),
            C("dispatched_at", "timestamp", "none", stamps(2023, 2025)),
            C("delivered_at", "timestamp", "none", maybe(stamps(2023, 2025))),
            C("cargo_description", "varchar(120)", "none", one("Cement 50kg bags", "Fertiliser", "Copper cathodes",
                                                                 "Used vehicles", "Cooking oil")),
            C("weight_kg", "integer", "none", ints(8000, 34000)),
            C("declared_value", "numeric(14,2)", "none", amounts(5e6, 4e8, 0)),
            C("receiver_name", "varchar(120)", "person_name", maybe(any_name("tz"), 0.7),
              comment="signed the proof of delivery"),
            C("receiver_id_no", "varchar(23)", "national_id",
              maybe(lambda c, i: f"{1960 + c.r.randint(0, 40)}{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}-"
                                 f"{digits(c, 5)}-{digits(c, 5)}-{digits(c, 2)}", 0.6)),
            C("customs_entry_no", "varchar(20)", "none", lambda c, i: f"TZDL-{c.r.randint(23, 25)}-{digits(c, 6)}"),
            C("seal_no", "varchar(12)", "none", lambda c, i: digits(c, 9)),
            C("created_by", "integer", "none", fk(N_USER, 3)),
        ], rows=N_SHIP, extra=[fkey(S, "shipments", "consignee_id", "consignees", "consignee_id"),
                               fkey(S, "shipments", "driver_id", "drivers", "driver_id"),
                               fkey(S, "shipments", "created_by", "users", "user_id")]),
        Table(S, "gps_pings", [
            C("ping_id", "bigint PRIMARY KEY", "none", seq()),
            C("shipment_id", "integer", "none", fk(N_SHIP, 3)),
            C("recorded_at", "timestamp", "none", stamps(2024, 2025)),
            C("latitude", "numeric(9,6)", "geo_location", lambda c, i: _point(c, i)["pt"][0]),
            C("longitude", "numeric(9,6)", "geo_location", lambda c, i: _point(c, i)["pt"][1]),
            C("speed_kmh", "smallint", "none", ints(0, 85)),
            C("heading", "smallint", "none", ints(0, 359)),
            C("ignition", "boolean", "none", flag(0.85)),
            C("device_imei", "varchar(15)", "none", _imei),
        ], rows=150, extra=[fkey(S, "gps_pings", "shipment_id", "shipments", "shipment_id")]),
    ]
