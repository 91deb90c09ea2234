"""k_telco: an Indian mobile operator's customer acquisition (CAF), subscriber, charging and care tables: telecom
circles, tariff plans, customer application forms with proof-of-identity and proof-of-address, subscribers (MSISDN,
IMSI, ICCID), voice CDRs with cell ids and IMEI, cell sites, data sessions with the framed IP, recharges (UPI),
retailers, complaints and port-out requests."""
from __future__ import annotations

from .blind8_gens import (aadhaar_value, day, fk, luhn_value, num, opt, pan_value, person, phone, stamp,
                          template, with_fks)
from .gens import Col, Table, pick

S = "k_telco"
CIRCLES = [("MH", "Maharashtra & Goa", "W"), ("MU", "Mumbai", "W"), ("KA", "Karnataka", "S"), ("AP", "Andhra Pradesh & Telangana", "S"),
           ("TN", "Tamil Nadu", "S"), ("KL", "Kerala", "S"), ("DL", "Delhi NCR", "N"), ("UE", "UP East", "N"),
           ("UW", "UP West", "N"), ("RJ", "Rajasthan", "N"), ("GJ", "Gujarat", "W"), ("WB", "West Bengal", "E"),
           ("KO", "Kolkata", "E"), ("PB", "Punjab", "N"), ("HR", "Haryana", "N"), ("BR", "Bihar & Jharkhand", "E"),
           ("OR", "Odisha", "E"), ("MP", "Madhya Pradesh", "W"), ("AS", "Assam", "E"), ("NE", "North East", "E"),
           ("HP", "Himachal Pradesh", "N"), ("JK", "Jammu & Kashmir", "N")]
PLACES = [("Mumbai", "400053", "Maharashtra"), ("Bengaluru", "560038", "Karnataka"), ("Hyderabad", "500028", "Telangana"),
          ("Chennai", "600040", "Tamil Nadu"), ("New Delhi", "110017", "Delhi"), ("Pune", "411038", "Maharashtra"),
          ("Kolkata", "700019", "West Bengal"), ("Ahmedabad", "380009", "Gujarat"), ("Jaipur", "302017", "Rajasthan"),
          ("Lucknow", "226010", "Uttar Pradesh"), ("Kochi", "682024", "Kerala"), ("Gurugram", "122002", "Haryana")]
HOUSES = ["Flat {n}, Sai Residency, {s}", "H.No. {n}-2-417/A, {s}", "Plot {n}, Sector 14, {s}", "B-{n}, Lokhandwala Complex, {s}",
          "No. {n}, 3rd Cross, {s}", "#{n}, 2nd Main, {s}", "{n}/B, Gandhi Nagar, {s}", "Room {n}, Shivaji Chawl, {s}"]
AREAS = ["Andheri West", "Indiranagar", "Gudimalkapur", "Jayanagar 4th Block", "Kothrud", "Salt Lake", "Navrangpura",
         "Malviya Nagar", "Gomti Nagar", "Edappally", "T. Nagar", "Saket"]
N_CAF, N_SUB, N_PLAN, N_RET, N_CELL = 120, 140, 40, 80, 90


def _msisdn(c, i) -> str:
    return f"91{c.r.choice('6789')}{c.r.randint(100000000, 999999999)}"


def _address(c, i) -> str:
    city, pin, state = c.r.choice(PLACES)
    house = c.r.choice(HOUSES).format(n=c.r.randint(1, 420), s=c.r.choice(AREAS))
    return f"{house}, {city}, {state} - {pin}" if c.r.random() < 0.7 else f"{house} {city.upper()} {pin}"


def _poi(c, i) -> str:
    kind = ["AADHAAR", "AADHAAR", "AADHAAR", "PAN", "VOTER_ID", "PASSPORT", "DL"][i % 7]
    if kind == "AADHAAR":
        return aadhaar_value(masked=c.r.random() < 0.5)(c, i)
    if kind == "PAN":
        return pan_value(c, i)
    if kind == "VOTER_ID":
        return "".join(c.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f"{c.r.randint(0, 9999999):07d}"
    if kind == "PASSPORT":
        return c.r.choice("JKLMNPRSTUVWZ") + f"{c.r.randint(1000000, 9999999)}"
    return f"{c.r.choice(['MH', 'KA', 'DL', 'TN'])}{c.r.randint(1, 50):02d} {c.r.randint(2005, 2023)}{c.r.randint(0, 9999999):07d}"


def _cgi(c, i) -> str:
    return f"404-{c.r.choice(['10', '45', '49', '90', '92'])}-{c.r.randint(1000, 9999)}-{c.r.randint(10000, 99999)}"


def telco_tables() -> list[Table]:
    return with_fks([
        Table(S, "circle_master", [
            Col("circle_code", "varchar(2) PRIMARY KEY", "none", lambda c, i: CIRCLES[i - 1][0]),
            Col("circle_name", "varchar(60)", "none", lambda c, i: CIRCLES[i - 1][1]),
            Col("zone", "varchar(1)", "none", lambda c, i: CIRCLES[i - 1][2]),
        ], rows=22),
        Table(S, "plan_master", [
            Col("plan_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("plan_name", "varchar(80)", "none", lambda c, i: c.r.choice(["Unlimited", "Smart Pack", "Truly Unlimited",
                                                                            "Data Booster", "Postpaid Family", "ISD Pack"])
                + f" {c.r.choice([149, 199, 239, 299, 399, 479, 666, 719, 999])}"),
            Col("plan_type", "varchar(20)", "none", pick("PREPAID", "PREPAID", "POSTPAID", "ADDON")),
            Col("mrp", "numeric(8,2)", "none", pick(149, 199, 239, 299, 399, 479, 666, 719, 999)),
            Col("validity_days", "int", "none", pick(28, 28, 56, 84, 365)),
            Col("data_gb_per_day", "numeric(4,1)", "none", pick(1.0, 1.5, 2.0, 3.0, 0.0)),
            Col("voice", "varchar(20)", "none", pick("UNLIMITED", "UNLIMITED", "300 MIN")),
            Col("sms_per_day", "int", "none", pick(100, 100, 0)),
            Col("active_flag", "char(1)", "none", pick("Y", "Y", "N")),
        ], rows=N_PLAN),
        Table(S, "customer_caf", [
            Col("caf_no", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"CAF{2023000000 + i * 17}"),
            Col("cust_name", "varchar(100)", "person_name", lambda c, i: "{first} {last}".format(**person("in", "caf", i)).upper()
                if i % 4 == 0 else "{first} {last}".format(**person("in", "caf", i))),
            Col("father_husband_name", "varchar(100)", "person_name", lambda c, i: c.r.choice(
                ["Ramesh", "Suresh", "Mohan", "Rajendra", "Abdul", "Gurdev", "Krishnan", "Shankar"]) + " "
                + person("in", "caf", i)["last"]),
            Col("gender", "char(1)", "none", lambda c, i: person("in", "caf", i)["sex"]),
            Col("dob", "date", "birth_date", day(1950, 2006)),
            Col("nationality", "varchar(20)", "none", pick("INDIAN", "INDIAN", "INDIAN", "Indian", "NEPALI")),
            Col("poi_type", "varchar(20)", "none", lambda c, i: ["AADHAAR", "AADHAAR", "AADHAAR", "PAN", "VOTER_ID", "PASSPORT",
                                                                "DL"][i % 7]),
            Col("poi_number", "varchar(30)", "national_id", _poi),
            Col("poa_address", "varchar(300)", "postal_address", _address),
            Col("local_reference", "varchar(200)", "free_text_may_contain_pii", opt(0.3, template(
                "in", "{name} {phone}", "{first} (brother) {phone}", "Landlord {name}, same bldg"))),
            Col("alt_contact_no", "varchar(15)", "phone", opt(0.6, phone("in"))),
            Col("email_id", "varchar(100)", "email", opt(0.5, lambda c, i: person("in", "caf", i)["email"])),
            Col("occupation", "varchar(40)", "none", pick("SERVICE", "BUSINESS", "STUDENT", "HOUSEWIFE", "SELF EMPLOYED", "")),
            Col("photo_ref", "varchar(200)", "none", lambda c, i: f"/caf/img/2023/{c.r.randint(1, 12):02d}/{2023000000 + i * 17}_P.jpg"),
            Col("pos_code", "varchar(12)", "none", lambda c, i: f"RET{c.r.randint(1, N_RET):05d}"),
            Col("circle_code", "varchar(2)", "none", lambda c, i: c.r.choice(CIRCLES)[0]),
            Col("activation_date", "date", "none", day(2016, 2024)),
            Col("ekyc_flag", "char(1)", "none", pick("Y", "Y", "N")),
            Col("aadhaar_vault_ref", "varchar(72)", "none", opt(0.5, lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(72)))),
        ], rows=N_CAF),
        Table(S, "retailer", [
            Col("retailer_code", "varchar(12) PRIMARY KEY", "none", lambda c, i: f"RET{i:05d}"),
            Col("shop_name", "varchar(100)", "none", lambda c, i: c.r.choice(["Sai Mobiles", "Balaji Telecom", "New Krishna Communication",
                                                                             "Star Mobile Point", "Jai Mata Di Recharge"])),
            Col("owner_name", "varchar(100)", "person_name", lambda c, i: "{first} {last}".format(**person("in", "ret", i))),
            Col("mobile", "varchar(15)", "phone", phone("in")),
            Col("gstin", "varchar(15)", "none", lambda c, i: f"{c.r.randint(1, 36):02d}" + pan_value(c, i) + "1Z" + c.r.choice("0123456789")),
            Col("shop_address", "varchar(300)", "none", _address),
            Col("circle_code", "varchar(2)", "none", lambda c, i: c.r.choice(CIRCLES)[0]),
        ], rows=N_RET),
        Table(S, "subscriber", [
            Col("subscriber_id", "bigint PRIMARY KEY", "none", lambda c, i: 880000 + i),
            Col("caf_no", "varchar(20)", "none", lambda c, i: f"CAF{2023000000 + c.r.randint(1, N_CAF) * 17}"),
            Col("msisdn", "varchar(12)", "phone", _msisdn),
            Col("imsi", "varchar(15)", "none", lambda c, i: f"4044{c.r.choice('59')}{c.r.randint(10**9, 10**10 - 1)}"),
            Col("iccid", "varchar(20)", "none", luhn_value("8991", 20)),
            Col("plan_id", "int", "none", num(1, N_PLAN)),
            Col("status", "varchar(12)", "none", pick("ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "CHURNED", "BARRED")),
            Col("connection_type", "varchar(10)", "none", pick("PREPAID", "PREPAID", "POSTPAID")),
            Col("activation_dt", "date", "none", day(2016, 2024)),
            Col("last_recharge_dt", "date", "none", opt(0.9, day(2024, 2024))),
            Col("dnd_flag", "char(1)", "none", pick("Y", "N", "N")),
        ], rows=N_SUB),
        Table(S, "cell_site", [
            Col("cell_id", "varchar(30) PRIMARY KEY", "none", lambda c, i: f"404-45-{1000 + i}-{c.r.randint(10000, 99999)}"),
            Col("site_name", "varchar(80)", "none", lambda c, i: f"{c.r.choice(AREAS)}_{c.r.choice(['RT', 'GBT', 'IBS'])}_{i:03d}"),
            Col("lat", "numeric(9,6)", "none", lambda c, i: round(c.r.uniform(8.5, 28.9), 6)),
            Col("lng", "numeric(9,6)", "none", lambda c, i: round(c.r.uniform(72.8, 88.4), 6)),
            Col("lac", "int", "none", num(1000, 9999)),
            Col("tech", "varchar(4)", "none", pick("4G", "4G", "5G", "2G")),
            Col("azimuth", "smallint", "none", pick(0, 120, 240)),
            Col("site_address", "varchar(300)", "none", _address),
        ], rows=N_CELL),
        Table(S, "cdr_voice", [
            Col("cdr_id", "bigint", "none", lambda c, i: 550000000 + i),
            Col("a_party", "varchar(15)", "phone", _msisdn),
            Col("b_party", "varchar(15)", "phone", lambda c, i: _msisdn(c, i) if c.r.random() < 0.85 else c.r.choice(
                ["198", "121", "1800123456", "02226401234"])),
            Col("call_start", "timestamp", "none", stamp(2024, 2024)),
            Col("duration_sec", "int", "none", num(0, 2400)),
            Col("call_type", "varchar(4)", "none", pick("MOC", "MTC", "MOC", "FWD")),
            Col("first_cell_id", "varchar(30)", "geo_location", _cgi),
            Col("last_cell_id", "varchar(30)", "geo_location", _cgi),
            Col("imei", "varchar(16)", "none", luhn_value("35", 15)),
            Col("roaming_flag", "char(1)", "none", pick("N", "N", "N", "Y")),
            Col("charge", "numeric(8,2)", "none", pick(0, 0, 0, 0.5, 1.2)),
        ], rows=150),
        Table(S, "data_session", [
            Col("session_id", "varchar(40)", "none", lambda c, i: f"pgw1.mum;{1700000000 + i};{c.r.randint(1, 99999)}"),
            Col("msisdn", "varchar(12)", "phone", _msisdn),
            Col("framed_ip", "inet", "ip_address", lambda c, i: f"100.{c.r.randint(64, 127)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"
                if c.r.random() < 0.6 else f"2409:40c0:{c.r.randint(0, 65535):x}:{c.r.randint(0, 65535):x}::{c.r.randint(1, 255):x}"),
            Col("apn", "varchar(30)", "none", pick("jionet", "airtelgprs.com", "ims", "internet")),
            Col("start_time", "timestamp", "none", stamp(2024, 2024)),
            Col("bytes_up", "bigint", "none", num(0, 50_000_000)),
            Col("bytes_down", "bigint", "none", num(0, 900_000_000)),
            Col("cell_id", "varchar(30)", "geo_location", _cgi),
        ], rows=130),
        Table(S, "recharge_txn", [
            Col("txn_id", "varchar(24) PRIMARY KEY", "none", lambda c, i: f"RC{24000000 + i}"),
            Col("msisdn", "varchar(12)", "phone", _msisdn),
            Col("amount", "numeric(8,2)", "none", pick(149, 199, 239, 299, 10, 20, 719)),
            Col("channel", "varchar(12)", "none", pick("UPI", "UPI", "RETAILER", "APP", "USSD")),
            Col("retailer_code", "varchar(12)", "none", lambda c, i: f"RET{c.r.randint(1, N_RET):05d}" if c.r.random() < 0.3 else None),
            Col("upi_vpa", "varchar(60)", "bank_account", opt(0.6, lambda c, i: "{}.{}@{}".format(
                person("in", "upi", i)["first"].lower(), person("in", "upi", i)["last"].lower(),
                c.r.choice(["okhdfcbank", "okaxis", "ybl", "paytm", "oksbi", "ibl"])))),
            Col("txn_time", "timestamp", "none", stamp(2024, 2024)),
            Col("status", "varchar(10)", "none", pick("SUCCESS", "SUCCESS", "SUCCESS", "FAILED", "PENDING")),
        ], rows=130),
        Table(S, "complaint", [
            Col("ticket_no", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"TKT{i:08d}"),
            Col("msisdn", "varchar(12)", "phone", _msisdn),
            Col("category", "varchar(40)", "none", pick("NETWORK", "BILLING", "DATA", "MNP", "VAS DEACTIVATION")),
            Col("sub_category", "varchar(60)", "none", pick("Call drop", "No signal indoor", "Wrong deduction", "Slow 4G", "UPC not received")),
            Col("description", "varchar(2000)", "free_text_may_contain_pii", template(
                "in", "Customer says no network at home since {n} days. Alt no {phone}.",
                "Rs {n} deducted for caller tune without consent, pls refund",
                "Mr {name} called, wants callback on {phone} after 6 pm", "Send bill copy to {email}",
                "Tower issue in area, {n} complaints same locality")),
            Col("status", "varchar(12)", "none", pick("OPEN", "CLOSED", "CLOSED", "ESCALATED")),
            Col("created_on", "timestamp", "none", stamp(2024, 2024)),
        ], rows=110),
        Table(S, "porting_request", [
            Col("upc_code", "varchar(8)", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
                + f"{c.r.randint(100000, 999999)}"),
            Col("msisdn", "varchar(12)", "phone", _msisdn),
            Col("recipient_operator", "varchar(20)", "none", pick("JIO", "AIRTEL", "VI", "BSNL")),
            Col("request_date", "date", "none", day(2024, 2024)),
            Col("status", "varchar(12)", "none", pick("APPROVED", "APPROVED", "REJECTED", "CANCELLED")),
            Col("rejection_reason", "varchar(60)", "none", opt(0.2, pick("Outstanding dues", "UPC mismatch", "Under 90 days"))),
        ], rows=85),
    ], [
        fk(S, "customer_caf", "circle_code", "circle_master", "circle_code"),
        fk(S, "customer_caf", "pos_code", "retailer", "retailer_code"),
        fk(S, "retailer", "circle_code", "circle_master", "circle_code"),
        fk(S, "subscriber", "caf_no", "customer_caf", "caf_no"), fk(S, "subscriber", "plan_id", "plan_master", "plan_id"),
        fk(S, "recharge_txn", "retailer_code", "retailer", "retailer_code"),
    ])
