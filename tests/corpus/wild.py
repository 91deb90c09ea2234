"""A second, randomised part of the corpus (schema `wild`): abbreviated, legacy-style column names drawn at
random per category, mixed into tables with decoys. Written once before it was measured, to check the
classifier on names it was not tuned for (docs/classifier.md reports both parts)."""
from __future__ import annotations

import random

from .gens import (ID, Col, Table, argon2_like, bcrypt_like, card, dni_value, free_text, iban_es, md5_hex, nino,
                   not_luhn, phone_es, phone_us, pick, rand_token, sha256_of, ssn_dashed)

SEED = 4242


def _email(c, i):
    return c.fake.email()


def _name_first(c, i):
    return c.fake.first_name()


def _name_last(c, i):
    return c.fake.last_name()


def _name_full(c, i):
    return c.fake.name()


def _addr(c, i):
    return c.fake.address()


def _zip(c, i):
    return c.fake.zipcode()


def _ip(c, i):
    return c.fake.ipv4()


def _lat(c, i):
    return float(c.fake.latitude())


def _lng(c, i):
    return float(c.fake.longitude())


def _date_text(c, i):
    return c.fake.date_of_birth(minimum_age=18, maximum_age=90).isoformat()


# category -> [(column name, SQL type, generator)]
POOLS: dict[str, list[tuple[str, str, object]]] = {
    "email": [("usr_email", "text", _email), ("email_addr", "text", _email), ("customer_mail", "text", _email),
              ("e_mail_address", "varchar(200)", _email), ("mail_addr", "text", _email),
              ("contact_email", "text", _email), ("billing_email", "text", _email), ("notify_to", "text", _email)],
    "phone": [("tel_no", "text", phone_us), ("mob_no", "text", phone_es), ("contact_no", "text", phone_us),
              ("phone_nbr", "text", phone_us), ("cell_number", "text", phone_es), ("home_tel", "text", phone_es),
              ("fax_number", "text", phone_us), ("phone1", "text", phone_us)],
    "person_name": [("fname", "text", _name_first), ("lname", "text", _name_last), ("cust_name", "text", _name_full),
                    ("surname", "text", _name_last), ("forename", "text", _name_first), ("fullname", "text", _name_full),
                    ("owner_name", "text", _name_full), ("author_name", "text", _name_full)],
    "postal_address": [("addr_line_1", "text", lambda c, i: c.fake.street_address()), ("addr1", "text", _addr),
                       ("mailing_addr", "text", _addr), ("zip", "text", _zip), ("residence", "text", _addr),
                       ("street_line", "text", lambda c, i: c.fake.street_address())],
    "birth_date": [("birthdt", "date", lambda c, i: c.fake.date_of_birth()), ("birth_dt", "text", _date_text),
                   ("dt_of_birth", "date", lambda c, i: c.fake.date_of_birth()), ("bday", "text", _date_text)],
    "national_id": [("ssn_no", "text", ssn_dashed), ("social_sec_num", "text", ssn_dashed),
                    ("nat_id", "text", dni_value), ("id_doc_number", "text", dni_value),
                    ("passport_no", "text", lambda c, i: f"P{c.r.randint(10**7, 10**8 - 1)}"),
                    ("ni_number", "text", nino)],
    "payment_card": [("cc_num", "text", card), ("card_no", "text", card), ("cardnum", "text", card),
                     ("credit_card_no", "text", card), ("pan_number", "text", card)],
    "iban": [("acct_iban", "text", iban_es), ("iban_no", "text", iban_es), ("bank_iban", "text", iban_es)],
    "bank_account": [("acct_num", "text", lambda c, i: f"{c.r.randint(10**7, 10**10)}"),
                     ("bank_acct_no", "text", lambda c, i: f"{c.r.randint(10**7, 10**10)}"),
                     ("account_nbr", "text", lambda c, i: f"{c.r.randint(10**7, 10**10)}")],
    "ip_address": [("src_ip", "text", _ip), ("ip_addr", "text", _ip), ("remote_ip", "inet", _ip),
                   ("client_address", "text", _ip), ("login_ip", "text", _ip)],
    "geo_location": [("gps_lat", "double precision", _lat), ("gps_lng", "double precision", _lng),
                     ("geo_coords", "text", lambda c, i: f"{_lat(c, i):.5f}, {_lng(c, i):.5f}"),
                     ("location_lat", "numeric(9,6)", _lat)],
    "credentials": [("passwd_hash", "text", md5_hex), ("pass_hash", "text", bcrypt_like),
                    ("user_pwd", "text", lambda c, i: c.fake.password()), ("pwd_digest", "text", sha256_of(md5_hex)),
                    ("hashed_pw", "text", argon2_like), ("login_password", "text", bcrypt_like)],
    "secret_token": [("auth_token", "text", rand_token(40)), ("api_secret", "text", rand_token(32)),
                     ("bearer_token", "text", rand_token(48)), ("secret_key", "text", rand_token(40)),
                     ("session_token", "text", rand_token(32)), ("apikey", "text", rand_token(24, "key_"))],
    "health": [("diag_code", "text", pick("E11.9", "I10", "J45.909")),
               ("med_history", "text", pick("appendectomy 2010", "asthma since childhood", "none")),
               ("allergy_info", "text", pick("penicillin", "nuts", "none")),
               ("blood_grp", "text", pick("A+", "O-", "B+")),
               ("treatment_notes", "text", pick("physio twice a week", "insulin daily", "rest"))],
    "free_text_may_contain_pii": [("remarks", "text", free_text(0.3)), ("cust_comments", "text", free_text(0.3)),
                                  ("internal_note", "text", free_text(0.3)), ("memo_text", "text", free_text(0.3))],
    "none": [("order_total", "numeric(10,2)", lambda c, i: round(c.r.uniform(1, 500), 2)),
             ("item_count", "int", lambda c, i: c.r.randint(1, 9)), ("status_cd", "text", pick("A", "I", "P")),
             ("created_ts", "timestamptz", lambda c, i: c.fake.date_time_this_decade(tzinfo=None).isoformat()),
             ("sku", "text", lambda c, i: f"SKU{c.r.randint(10000, 99999)}"), ("qty", "int", lambda c, i: c.r.randint(1, 50)),
             ("is_active", "boolean", lambda c, i: c.r.random() < 0.5), ("region", "text", pick("north", "south", "east")),
             ("color", "text", lambda c, i: c.fake.color_name()), ("batch_no", "text", not_luhn),
             ("hostname", "text", lambda c, i: c.fake.hostname()), ("file_path", "text", lambda c, i: c.fake.file_path()),
             ("mime_type", "text", lambda c, i: c.fake.mime_type()), ("tax_rate", "numeric(4,2)", pick(0.21, 0.1, 0.04)),
             ("email_opt_out", "boolean", lambda c, i: c.r.random() < 0.5),
             ("phone_ext", "text", lambda c, i: str(c.r.randint(100, 999))),
             ("name_of_product", "text", lambda c, i: c.fake.catch_phrase()),
             ("ref_num", "text", lambda c, i: str(c.r.randint(10**6, 10**9))),
             ("last_modified_by", "text", lambda c, i: c.fake.user_name()),
             ("description", "text", lambda c, i: c.fake.sentence()),
             ("token_expiry", "timestamptz", lambda c, i: c.fake.date_time_this_decade(tzinfo=None).isoformat()),
             ("password_reset_required", "boolean", lambda c, i: c.r.random() < 0.5),
             ("card_type", "text", pick("visa", "mc")), ("ip_count", "int", lambda c, i: c.r.randint(0, 9))],
}
TABLE_NAMES = ["tbl_accounts", "cust_master", "t_orders", "usr_profiles", "app_logins", "crm_people", "tx_log",
               "hr_staff", "med_records", "ship_info", "billing_info", "sec_creds", "misc_data", "import_batch",
               "member_data", "vendor_contacts", "support_tickets", "geo_pings"]


def wild_tables() -> list[Table]:
    r = random.Random(SEED)
    cats = [c for c in POOLS if c != "none"]
    used: set[str] = set()
    out = []
    for tname in TABLE_NAMES:
        cols = [ID]
        seen = {"id"}
        for _ in range(r.randint(3, 6)):
            cat = r.choice(cats)
            name, typ, gen = r.choice(POOLS[cat])
            if name not in seen:
                cols.append(Col(name, typ, cat, gen))
                seen.add(name)
                used.add(name)
        for _ in range(r.randint(2, 4)):
            name, typ, gen = r.choice(POOLS["none"])
            if name not in seen:
                cols.append(Col(name, typ, "none", gen))
                seen.add(name)
        r.shuffle(cols)
        out.append(Table("wild", tname, cols, rows=100))
    return out
