"""ai_openpetra: OpenPetra (open-source administration for non-profits; its table names and the _c/_n/_d/_l/_i type
suffixes as in db/petra.xml, recalled from memory) at a church-backed relief charity in Port Vila, Vanuatu: partners
(persons, families, organisations, churches), locations, contact attributes, bank details, gifts, and the
personnel module's passport, personal-data and special-needs tables for its volunteers. A fifth of the donors live in
Australia or New Caledonia."""
from __future__ import annotations

from .blind33_gens import (C, bcrypt, cached, const, dates, digits, fk, fkey, flag, hexs, iban, ints, make_person,
                           maybe, one, person, rib_key, seq, spaced, stamps)
from .gens import Table

S = "ai_openpetra"
SITE = 43000000
N_PARTNER, N_ATTR, N_BANK, N_GIFT, N_VOL, N_USER = 140, 150, 60, 150, 50, 20
ORGS = ["Au Bon Marché Ltd", "Vanuatu Credit Union League", "Santo Chiefs Council", "Port Vila Rotary Club",
        "Digicel Vanuatu Ltd", "Tanna Coffee Development Co.", "Vanuatu Red Cross Society"]
CHURCHES = ["Paton Memorial Presbyterian Church", "Sacred Heart Cathedral Port Vila", "SDA Church Fresh Wota",
            "Church of Christ Lakatoro", "Anglican Church of Melanesia, Lolowai", "Assemblies of God Tagabe"]
OVERSEAS = {
    "AU": {"first": ["Margaret", "David", "Helen", "Graham", "Robyn", "Peter"],
           "last": ["Henderson", "McKenzie", "Walsh", "Thompson", "Campbell", "Fraser"],
           "street": ["Wattle Street", "Ruthven Street", "Margaret Street", "Beach Road"],
           "towns": [("Toowoomba", "QLD", "4350"), ("Brisbane", "QLD", "4000"), ("Newcastle", "NSW", "2300")],
           "mail": ["bigpond.com", "gmail.com", "optusnet.com.au"]},
    "NC": {"first": ["Jean-Marc", "Sylvie", "Océane", "Pierre", "Marie-Claude"],
           "last": ["Dupont", "Wamytan", "Lepeu", "Martin", "Kasarhérou"],
           "street": ["rue Jean Jaurès", "rue de Sébastopol", "avenue du Maréchal Foch", "rue Georges Clemenceau"],
           "towns": [("Nouméa", "Province Sud", "98800"), ("Dumbéa", "Province Sud", "98835"), ("Koné", "Province Nord", "98860")],
           "mail": ["lagoon.nc", "canl.nc", "gmail.com"]},
}


def kind(i: int) -> str:
    k = i % 10
    return "PERSON" if k < 6 else "FAMILY" if k < 8 else "ORGANISATION" if k == 8 else "CHURCH"


PERSONS = [i for i in range(1, N_PARTNER + 1) if kind(i) == "PERSON"]
ABROAD = [i for i in PERSONS if i % 10 == 4]            # the persons _partner draws in Australia or New Caledonia
LOCAL = [i for i in PERSONS if i % 10 != 4]


def _overseas(c, cc: str) -> dict:
    p = OVERSEAS[cc]
    sex = c.r.choice("MF")
    first, last = c.r.choice(p["first"]), c.r.choice(p["last"])
    town, county, post = c.r.choice(p["towns"])
    n = c.r.randint(2, 140)
    if cc == "AU":
        mobile = f"+61 4{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
    else:
        mobile = f"+687 {digits(c, 2)}.{digits(c, 2)}.{digits(c, 2)}"
    birth = make_person(c, "vu", 1940, 1990)["birth"]
    return {"sex": sex, "first": first, "last": last, "birth": birth, "mobile": mobile, "phone": mobile,
            "email": f"{first[0].lower()}{last.lower()}@{c.r.choice(p['mail'])}".replace("é", "e"),
            "building": "", "street": f"{n} {c.r.choice(p['street'])}", "locality": "", "city": town,
            "county": county, "postcode": post, "country": cc}


def _partner(c, i: int) -> dict:
    def make(cx):
        if i in ABROAD:
            return _overseas(cx, "AU" if (i // 10) % 2 == 0 else "NC")
        p = make_person(cx, "vu", 1945, 2003)
        box = p["a_line"].startswith("PO Box")
        return {**p, "building": p["a_line"] if box else "", "street": None if box else p["a_line"],
                "locality": p["a_district"], "city": p["a_city"], "county": p["a_province"], "postcode": "",
                "country": "VU"}
    return cached(c, ("op.partner", i), make)


def _title(c, i):
    p = _partner(c, i)
    return "Mr" if p["sex"] == "M" else c.r.choice(["Mrs", "Ms", "Miss"]) if i % 4 else "Pastor"


def _short_name(c, i):
    k = kind(i)
    if k == "ORGANISATION":
        return ORGS[i % len(ORGS)]
    if k == "CHURCH":
        return CHURCHES[i % len(CHURCHES)]
    p = _partner(c, i)
    if k == "FAMILY":
        return f"{p['last']}, Mr & Mrs {p['first']}" if p["sex"] == "M" else f"{p['last']}, Mrs {p['first']} & Family"
    return f"{p['last']}, {_title(c, i)} {p['first']}"


def _pp(field: str):
    """A field of the j-th PERSON partner (p_person and the personnel tables are keyed by persons only)."""
    return lambda c, j: _partner(c, PERSONS[(j - 1) % len(PERSONS)])[field]


def _pkey(j: int) -> int:
    return SITE + PERSONS[(j - 1) % len(PERSONS)]


def _comment(c, i):
    p = _partner(c, i)
    return c.r.choice([
        None, None, "Prefers receipts by e-mail.", "Met at the Presbyterian Assembly 2019.",
        f"Wife {c.r.choice(['Nelly', 'Ruth', 'Serah'])} also gives monthly; call {p['mobile']} before visiting.",
        f"Introduced by Pastor {c.r.choice(['Obed', 'Kalo', 'Willie'])} {c.r.choice(['Tari', 'Moli', 'Bani'])}",
        "Gave after Cyclone Pam, then lapsed.", "Do not phone on Saturdays."])


def _attr_type(i: int) -> str:
    return ["PHONE", "MOBILEPHONE", "MOBILEPHONE", "E-MAIL"][i % 4]


def _attr_value(c, i):
    p = _partner(c, (i - 1) % N_PARTNER + 1)
    t = _attr_type(i)
    if t == "E-MAIL":
        return p["email"]
    if t == "PHONE":
        return p["phone"] if p["country"] != "VU" else f"+678 {p['phone']}"
    return p["mobile"]


def _holder(j: int) -> int:
    """Every third bank account belongs to an overseas donor (they give by transfer), the rest to local ones."""
    if j % 3 == 0:
        return ABROAD[(j // 3 - 1) % len(ABROAD)]
    return LOCAL[(j - 1 - j // 3) % len(LOCAL)]


def _account(c, j):
    p = _partner(c, _holder(j))
    if p["country"] == "NC":
        acc = digits(c, 11)
        bank, branch = c.r.choice([("14889", "00010"), ("17499", "00020"), ("18319", "06010")])
        return {"acc": acc, "iban": spaced(iban("FR", bank + branch + acc + rib_key(bank, branch, acc))), "p": p}
    if p["country"] == "AU":
        return {"acc": f"{digits(c, 4)} {digits(c, 4)}", "iban": None, "p": p}
    acc = c.r.choice([f"0{digits(c, 9)}", f"{digits(c, 5)}-{digits(c, 6)}", digits(c, 11)])
    return {"acc": acc, "iban": None, "p": p}


def _acct(c, j):
    return cached(c, ("op.bank", j), lambda cx: _account(cx, j))


def _gift_comment(c, i):
    return c.r.choice([None, None, None, "For water tanks on Tongoa", "School fees fund",
                       f"In memory of Chief {c.r.choice(['Willie', 'Kalo', 'Jimmy'])} {c.r.choice(['Bani', 'Tavoa', 'Molisa'])}",
                       f"From the youth group, collected by {c.r.choice(['Serah', 'Leisong', 'Annie'])} "
                       f"{c.r.choice(['Natapei', 'Abbil', 'Toara'])}", "Cyclone Lola relief"])


def _believer(c, j):
    return c.r.choice([None, "Baptised at Paton Memorial Church 1998", "Converted at a crusade in Luganville, 2004",
                       "Grew up SDA, joined Presbyterian church after marriage", "Confirmed (Anglican) on Ambae",
                       "Catholic, Sacred Heart parish"])


def openpetra_tables() -> list[Table]:
    st = lambda f: person("vu", "op.staff", f, 1965, 2000)      # noqa: E731
    return [
        Table(S, "p_partner", [
            C("p_partner_key_n", "numeric(10,0) PRIMARY KEY", "none", seq(SITE)),
            C("p_partner_class_c", "varchar(12)", "none", lambda c, i: kind(i)),
            C("p_partner_short_name_c", "varchar(250)", "person_name", _short_name),
            C("p_addressee_type_code_c", "varchar(12)", "none",
              lambda c, i: {"PERSON": "1-MALE" if _partner(c, i)["sex"] == "M" else "1-FEMALE", "FAMILY": "FAMILY",
                            "ORGANISATION": "ORGANISA", "CHURCH": "CHURCH"}[kind(i)]),
            C("p_language_code_c", "varchar(20)", "none", lambda c, i: "FR" if _partner(c, i).get("country") == "NC"
              else c.r.choice(["EN", "EN", "BI", "FR"])),
            C("p_status_code_c", "varchar(8)", "none", one("ACTIVE", "ACTIVE", "ACTIVE", "INACTIVE", "DIED")),
            C("p_acquisition_code_c", "varchar(8)", "none", one("CYCPAM", "CHURCH", "WEB", "EVENT", "REFERRAL")),
            C("p_comment_c", "text", "free_text_may_contain_pii", _comment),
            C("p_receipt_letter_frequency_c", "varchar(12)", "none", one("ANNUAL", "MONTHLY", "")),
            C("p_no_solicitations_l", "boolean", "none", flag(0.1)),
            C("p_anonymous_donor_l", "boolean", "none", flag(0.05)),
            C("s_date_created_d", "date", "none", dates(2015, 2024)),
            C("s_created_by_c", "varchar(20)", "none", one("SYSADMIN", "JTARI", "NKALSAKAU", "DEMO")),
        ], rows=N_PARTNER),
        Table(S, "p_person", [
            C("p_partner_key_n", "numeric(10,0) PRIMARY KEY", "none", lambda c, j: _pkey(j)),
            C("p_title_c", "varchar(32)", "none", lambda c, j: _title(c, PERSONS[j - 1])),
            C("p_first_name_c", "varchar(32)", "person_name", _pp("first")),
            C("p_prefered_name_c", "varchar(32)", "person_name",
              lambda c, j: c.r.choice(["Jim", "Nel", "Sam", "Flo", "Mo", "Lin"]) if j % 4 == 0 else None),
            C("p_family_name_c", "varchar(64)", "person_name", _pp("last")),
            C("p_date_of_birth_d", "date", "birth_date", maybe(_pp("birth"), 0.6)),
            C("p_gender_c", "varchar(16)", "none", lambda c, j: "Male" if _pp("sex")(c, j) == "M" else "Female"),
            C("p_marital_status_c", "varchar(2)", "none", one("M", "M", "N", "W", "U")),
            C("p_occupation_code_c", "varchar(16)", "none", one("TEACHER", "FARMER", "NURSE", "PASTOR", "PUBSERV",
                                                               "RETIRED", "BUSINESS", "STUDENT")),
            C("p_family_key_n", "numeric(10,0)", "none", lambda c, j: SITE + 10 * (j % 14) + 7),
        ], rows=len(PERSONS), extra=[fkey(S, "p_person", "p_partner_key_n", "p_partner", "p_partner_key_n")]),
        Table(S, "p_location", [
            C("p_site_key_n", "numeric(10,0)", "none", const(0)),
            C("p_location_key_i", "integer PRIMARY KEY", "none", seq()),
            C("p_building_1_c", "varchar(50)", "postal_address",
              lambda c, i: _partner(c, i)["building"] if kind(i) in ("PERSON", "FAMILY") else ""),
            C("p_street_name_c", "varchar(50)", "postal_address",
              lambda c, i: _partner(c, i)["street"] if kind(i) in ("PERSON", "FAMILY")
              else c.r.choice(["Rue de Paris", "Lini Highway", "Kumul Highway", "Main Street"])),
            C("p_locality_c", "varchar(50)", "none", lambda c, i: _partner(c, i)["locality"]),
            C("p_city_c", "varchar(50)", "none", lambda c, i: _partner(c, i)["city"]),
            C("p_county_c", "varchar(50)", "none", lambda c, i: _partner(c, i)["county"]),
            C("p_postal_code_c", "varchar(20)", "postal_address", lambda c, i: _partner(c, i)["postcode"]),
            C("p_country_code_c", "varchar(4)", "none", lambda c, i: _partner(c, i)["country"]),
        ], rows=N_PARTNER),
        Table(S, "p_partner_attribute", [
            C("p_partner_key_n", "numeric(10,0)", "none", lambda c, i: SITE + (i - 1) % N_PARTNER + 1),
            C("p_attribute_type_c", "varchar(30)", "none", lambda c, i: _attr_type(i)),
            C("p_sequence_i", "integer", "none", lambda c, i: (i - 1) // N_PARTNER),
            C("p_value_c", "varchar(250)", "phone", _attr_value,
              comment="the attribute: a phone or mobile number, or an e-mail address"),
            C("p_value_country_c", "varchar(4)", "none", lambda c, i: _partner(c, (i - 1) % N_PARTNER + 1)["country"]),
            C("p_primary_l", "boolean", "none", lambda c, i: i <= N_PARTNER),
            C("p_confidential_l", "boolean", "none", flag(0.1)),
            C("p_current_l", "boolean", "none", flag(0.92)),
        ], rows=N_ATTR, extra=[fkey(S, "p_partner_attribute", "p_partner_key_n", "p_partner", "p_partner_key_n")]),
        Table(S, "p_banking_details", [
            C("p_banking_details_key_i", "integer PRIMARY KEY", "none", seq()),
            C("p_banking_type_i", "integer", "none", const(0)),
            C("p_account_name_c", "varchar(80)", "person_name",
              lambda c, j: f"{_acct(c, j)['p']['first']} {_acct(c, j)['p']['last']}".upper()),
            C("p_bank_key_n", "numeric(10,0)", "none", one(SITE + 9001, SITE + 9002, SITE + 9003, SITE + 9004)),
            C("p_bank_account_number_c", "varchar(20)", "bank_account", lambda c, j: _acct(c, j)["acc"]),
            C("p_iban_c", "varchar(64)", "iban", lambda c, j: _acct(c, j)["iban"]),
            C("p_comment_c", "varchar(256)", "none", maybe(one("Standing order, monthly", "Direct deposit", "Checked"), 0.4)),
        ], rows=N_BANK),
        Table(S, "a_gift_detail", [
            C("a_ledger_number_i", "integer", "none", const(43)),
            C("a_batch_number_i", "integer", "none", lambda c, i: 100 + i // 12),
            C("a_gift_transaction_number_i", "integer", "none", lambda c, i: i % 12 + 1),
            C("a_detail_number_i", "integer", "none", const(1)),
            C("p_recipient_key_n", "numeric(10,0)", "none", one(SITE + 9100, SITE + 9101, SITE + 9102)),
            C("p_donor_key_n", "numeric(10,0)", "none", fk(N_PARTNER, 11, base=SITE)),
            C("a_motivation_group_code_c", "varchar(8)", "none", one("GIFT", "GIFT", "SUPPORT", "RELIEF")),
            C("a_motivation_detail_code_c", "varchar(8)", "none", one("GENERAL", "LOLA", "WATER", "SCHOOLFE")),
            C("a_gift_transaction_amount_n", "numeric(24,2)", "none", lambda c, i: c.r.choice([1000, 2000, 5000, 10000,
                                                                                               25000, 100000])),
            C("a_gift_comment_one_c", "varchar(80)", "free_text_may_contain_pii", _gift_comment),
            C("a_comment_one_type_c", "varchar(12)", "none", one("Both", "Donor", "Recipient")),
            C("a_confidential_gift_flag_l", "boolean", "none", flag(0.05)),
        ], rows=N_GIFT, extra=[fkey(S, "a_gift_detail", "p_donor_key_n", "p_partner", "p_partner_key_n")]),
        Table(S, "pm_passport_details", [
            C("p_partner_key_n", "numeric(10,0)", "none", lambda c, j: _pkey(j)),
            C("pm_passport_number_c", "varchar(20)", "national_id",
              lambda c, j: {"VU": "RV", "AU": "PA", "NC": "18AN"}[_pp("country")(c, j)] + digits(c, 7)),
            C("pm_full_passport_name_c", "varchar(128)", "person_name",
              lambda c, j: f"{_pp('last')(c, j).upper()} {_pp('first')(c, j)}"),
            C("pm_passport_dob_d", "date", "birth_date", _pp("birth")),
            C("pm_place_of_birth_c", "varchar(30)", "none",
              lambda c, j: c.r.choice(["Port Vila", "Luganville", "Lenakel", "Norsup", "Lolowai"])
              if _pp("country")(c, j) == "VU" else _pp("city")(c, j)),
            C("pm_passport_nationality_code_c", "varchar(4)", "none",
              lambda c, j: {"VU": "VU", "AU": "AU", "NC": "FR"}[_pp("country")(c, j)]),
            C("pm_date_of_issue_d", "date", "none", dates(2016, 2023)),
            C("pm_date_of_expiration_d", "date", "none", dates(2026, 2033)),
            C("pm_passport_details_type_c", "varchar(12)", "none", const("P")),
        ], rows=N_VOL, extra=[fkey(S, "pm_passport_details", "p_partner_key_n", "p_person", "p_partner_key_n")]),
        Table(S, "pm_personal_data", [
            C("p_partner_key_n", "numeric(10,0) PRIMARY KEY", "none", lambda c, j: _pkey(j)),
            C("pm_drivers_licence_number_c", "varchar(30)", "national_id", maybe(lambda c, j: f"DL{digits(c, 6)}", 0.5)),
            C("pm_blood_type_c", "varchar(20)", "health", maybe(one("O+", "O+", "O+", "A+", "B+", "AB+"), 0.6)),
            C("pm_ethnic_origin_c", "varchar(30)", "ethnic_origin",
              lambda c, j: "Ni-Vanuatu" if _pp("country")(c, j) == "VU" else c.r.choice(["European", "Kanak", "Wallisian"])),
            C("pm_believer_since_year_i", "integer", "religious_belief", maybe(ints(1975, 2018), 0.7)),
            C("pm_believer_since_comment_c", "varchar(256)", "religious_belief", _believer),
        ], rows=N_VOL, extra=[fkey(S, "pm_personal_data", "p_partner_key_n", "p_person", "p_partner_key_n")]),
        Table(S, "pm_special_need", [
            C("p_partner_key_n", "numeric(10,0)", "none", lambda c, j: _pkey(j)),
            C("pm_date_created_d", "date", "none", dates(2019, 2024)),
            C("pm_vegetarian_flag_l", "boolean", "none", flag(0.1)),
            C("pm_dietary_comment_c", "varchar(256)", "health",
              maybe(one("Diabetic diet", "Low salt (hypertension)", "No shellfish - allergy", "Gluten free (coeliac)",
                        "Soft food, dentures"), 0.5)),
            C("pm_medical_comment_c", "varchar(256)", "health",
              maybe(one("Asthma, carries inhaler", "Type 2 diabetes, on metformin", "Recovered from TB 2017",
                        "Malaria prophylaxis not tolerated", "Pregnant, due March", "Bad knee, no heavy lifting",
                        "Penicillin allergy"), 0.6)),
        ], rows=N_VOL, extra=[fkey(S, "pm_special_need", "p_partner_key_n", "p_person", "p_partner_key_n")]),
        Table(S, "s_user", [
            C("s_user_id_c", "varchar(20) PRIMARY KEY", "none",
              lambda c, i: (st("first")(c, i)[0] + st("last")(c, i)).upper()[:10] + str(i)),
            C("s_first_name_c", "varchar(32)", "person_name", st("first")),
            C("s_last_name_c", "varchar(32)", "person_name", st("last")),
            C("s_email_address_c", "varchar(250)", "email", lambda c, i: st("user")(c, i) + "@nasararelief.org.vu"),
            C("s_password_hash_c", "varchar(250)", "credentials",
              lambda c, i: bcrypt(c, "10", "2a") if i % 4 else hexs(c, 64)),
            C("s_password_salt_c", "varchar(250)", "none", lambda c, i: hexs(c, 32) if i % 4 == 0 else ""),
            C("s_pwd_scheme_version_i", "integer", "none", lambda c, i: 1 if i % 4 == 0 else 2),
            C("s_account_locked_l", "boolean", "none", flag(0.05)),
            C("s_last_login_date_d", "timestamp", "none", stamps(2024, 2025)),
            C("s_failed_logins_i", "integer", "none", ints(0, 3)),
        ], rows=N_USER),
    ]
