"""au_primero: Primero (the child-protection and GBV case management system) as recalled from memory, flattened out
of its JSON record columns, as an RRS/UNHCR partner in the Gambella refugee camps of Ethiopia might run it: South
Sudanese Nuer and Ethiopian Anuak children, Amharic-speaking case workers whose names are stored in Ge'ez script,
services, health referrals, family tracing, GBV incidents and case notes in English and Amharic."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           public_ip, seq, stamps, uuid)
from .blind45_gens import any_mobile, any_name, person
from .gens import Table

S = "au_primero"
CASE, USR, CARE = "pr.case", "pr.user", "pr.caregiver"
N_AG, N_USR, N_CASE = 8, 40, 150
AGENCIES = [("UNHCR", "UNHCR Gambella Sub-Office"), ("RRS", "Refugees and Returnees Service"),
            ("PLAN", "Plan International Ethiopia"), ("IRC", "International Rescue Committee"),
            ("SCI", "Save the Children"), ("DRC", "Danish Refugee Council"), ("MSF", "Médecins Sans Frontières"),
            ("ARDA", "Action for Relief and Development Agency")]


def _note(c, i):
    worker = person("am", USR, "full")(c, c.r.randint(1, N_USR))
    return c.r.choice([
        "Home visit done. Child attending school in Zone C.",
        f"ልጁ ከአክስቱ ጋር ይኖራል። ስልክ {any_mobile('nu')(c, i)}",
        f"Caregiver {any_name('nu')(c, i)} reports the child is not eating; referred to MSF OTP.",
        f"ጉዳዩ ለ{worker} ተላልፏል።", "Follow-up in two weeks.",
        f"Uncle {any_name('nu')(c, i)} found in Kakuma through tracing; call scheduled.",
        "Child reluctant to talk; PSS session planned."])


def _hh(c, i):
    return f"{c.r.choice(['Zone A', 'Zone B', 'Zone C', 'Zone D'])}, Block {c.r.randint(1, 40)}, HH {c.r.randint(1, 900)}"


def primero_tables() -> list[Table]:
    k = lambda f: person("nu", CASE, f, 2008, 2023)          # noqa: E731
    w = lambda f: person("am", USR, f, 1978, 2000)           # noqa: E731
    cg = lambda f: person("nu", CARE, f, 1960, 2000)         # noqa: E731
    return [
        Table(S, "agencies", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("agency_code", "varchar(10)", "none", lambda c, i: AGENCIES[i - 1][0]),
            C("name", "varchar(120)", "none", lambda c, i: AGENCIES[i - 1][1]),
            C("telephone", "varchar(30)", "none", lambda c, i: f"+251 47 551 {digits(c, 4)}"),
            C("services", "varchar(120)", "none", one("CP, GBV", "Health", "Education, CP", "Registration")),
            C("disabled", "boolean", "none", const(False)),
        ], rows=N_AG),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_name", "varchar(60)", "none", lambda c, i: f"{w('user')(c, i)}{i}"),
            C("full_name", "varchar(120)", "person_name", w("full")),
            C("email", "varchar(120)", "email", lambda c, i: f"{w('user')(c, i)}{i}@cp-gambella.example.org"),
            C("phone_number", "varchar(30)", "phone", w("mobile")),
            C("encrypted_password", "varchar(120)", "credentials", lambda c, i: bcrypt(c, "11", "2a")),
            C("agency_id", "integer", "none", fk(N_AG, 3)),
            C("position", "varchar(60)", "none", one("Case Worker", "Case Worker", "CP Supervisor", "GBV Officer")),
            C("locale", "varchar(5)", "none", one("en", "am")),
            C("location", "varchar(60)", "none", one("Nguenyyiel", "Kule", "Tierkidi", "Jewi", "Pugnido")),
            C("disabled", "boolean", "none", flag(0.1)),
            C("identity_provider_sync", "jsonb", "none", const(None)),
        ], rows=N_USR, extra=[fkey(S, "users", "agency_id", "agencies", "id")]),
        Table(S, "cases", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("case_id", "varchar(40)", "none", lambda c, i: uuid(c)),
            C("short_id", "varchar(7)", "none", lambda c, i: hexs(c, 7)),
            C("name_first", "varchar(60)", "person_name", k("first")),
            C("name_middle", "varchar(60)", "person_name", k("last"), comment="father's name"),
            C("name_last", "varchar(60)", "person_name", k("last2")),
            C("name_nickname", "varchar(60)", "person_name", maybe(one("Nyanyi", "Gat", "Nyayien", "Tutu"), 0.2)),
            C("sex", "varchar(10)", "none", lambda c, i: "male" if k("sex")(c, i) == "M" else "female"),
            C("date_of_birth", "date", "birth_date", k("birth")),
            C("age", "integer", "none", lambda c, i: 2025 - k("birth")(c, i).year),
            C("estimated", "boolean", "none", flag(0.6)),
            C("nationality", "varchar(20)", "none", one("south_sudan", "south_sudan", "ethiopia")),
            C("ethnicity", "varchar(20)", "ethnic_origin", one("nuer", "nuer", "nuer", "anuak", "dinka", "murle")),
            C("religion", "varchar(30)", "religious_belief", one("christian_presbyterian", "christian_catholic",
                                                                 "muslim", "traditional")),
            C("language", "varchar(20)", "none", one("nuer", "anuak", "arabic", "english")),
            C("unhcr_individual_no", "varchar(20)", "national_id", lambda c, i: f"{digits(c, 3)}-{digits(c, 8)}"),
            C("rrs_id", "varchar(20)", "national_id", k("natid")),
            C("location_current", "varchar(60)", "none", k("a_town")),
            C("address_current", "varchar(120)", "postal_address", _hh),
            C("protection_concerns", "varchar(120)", "none", one("unaccompanied", "separated", "child_headed_household",
                                                                 "child_labour", "risk_of_early_marriage")),
            C("disability_type", "varchar(40)", "health", maybe(one("physical", "visual", "hearing", "intellectual"), 0.15)),
            C("child_in_conflict_with_law", "boolean", "criminal_record", flag(0.04)),
            C("caregiver_name", "varchar(120)", "person_name", cg("full")),
            C("caregiver_phone", "varchar(30)", "phone", maybe(cg("mobile"), 0.5)),
            C("caregiver_relationship", "varchar(30)", "none", one("aunt", "uncle", "grandmother", "older_sibling",
                                                                  "foster_carer", "mother")),
            C("registration_date", "date", "none", dates(2017, 2025)),
            C("risk_level", "varchar(10)", "none", one("low", "medium", "high")),
            C("status", "varchar(10)", "none", one("open", "open", "open", "closed")),
            C("owned_by", "integer", "none", fk(N_USR, 3)),
            C("consent_for_services", "boolean", "none", flag(0.95)),
            C("created_at", "timestamp", "none", stamps(2017, 2025)),
        ], rows=N_CASE, extra=[fkey(S, "cases", "owned_by", "users", "id")]),
        Table(S, "services", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("case_id", "integer", "none", fk(N_CASE, 7)),
            C("service_type", "varchar(40)", "none", one("psychosocial", "education", "family_tracing", "legal",
                                                         "nfi_distribution", "alternative_care")),
            C("service_implementing_agency", "integer", "none", fk(N_AG, 5)),
            C("service_response_timeframe", "varchar(10)", "none", one("1_hour", "3_days", "1_week", "1_month")),
            C("service_implemented_day", "date", "none", maybe(dates(2022, 2025), 0.7)),
            C("service_status", "varchar(20)", "none", one("referred", "implemented", "not_implemented")),
        ], rows=150, extra=[fkey(S, "services", "case_id", "cases", "id"),
                            fkey(S, "services", "service_implementing_agency", "agencies", "id")]),
        Table(S, "health_referrals", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("case_id", "integer", "none", fk(N_CASE, 11)),
            C("condition", "varchar(60)", "health", one("Severe acute malnutrition", "Malaria", "Epilepsy",
                                                        "Acute watery diarrhoea", "Pneumonia", "Trauma (war wound)")),
            C("muac_mm", "integer", "health", ints(95, 150)),
            C("hiv_exposed", "boolean", "health", flag(0.05)),
            C("referred_to", "varchar(60)", "none", one("MSF clinic, Nguenyyiel", "Gambella General Hospital",
                                                        "ARRA health post", "IRC OTP site")),
            C("referred_on", "date", "none", dates(2022, 2025)),
            C("outcome", "varchar(30)", "none", one("attended", "attended", "not_attended", "pending")),
        ], rows=120, extra=[fkey(S, "health_referrals", "case_id", "cases", "id")]),
        Table(S, "tracing_requests", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("case_id", "integer", "none", fk(N_CASE, 13)),
            C("relation_name", "varchar(120)", "person_name", any_name("nu"), comment="person sought"),
            C("relation", "varchar(20)", "none", one("mother", "father", "brother", "sister", "uncle")),
            C("relation_age", "integer", "none", ints(10, 70)),
            C("separation_cause", "varchar(40)", "none", one("conflict", "flooding", "displacement", "abduction")),
            C("date_of_separation", "date", "none", dates(2013, 2024)),
            C("location_last_seen", "varchar(80)", "none", one("Nasir", "Akobo", "Malakal PoC", "Bentiu", "Ulang")),
            C("inquirer_phone", "varchar(30)", "phone", maybe(any_mobile("nu"), 0.4)),
            C("tracing_status", "varchar(20)", "none", one("open", "match_found", "reunified", "closed")),
        ], rows=100, extra=[fkey(S, "tracing_requests", "case_id", "cases", "id")]),
        Table(S, "gbv_incidents", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("case_id", "integer", "none", fk(N_CASE, 17)),
            C("survivor_code", "varchar(12)", "none", lambda c, i: f"GMB-{digits(c, 5)}"),
            C("incident_date", "date", "none", dates(2020, 2025)),
            C("gbv_type", "varchar(40)", "sex_life", one("rape", "sexual_assault", "forced_marriage", "rape",
                                                         "sexual_exploitation", "physical_assault")),
            C("incident_location_type", "varchar(30)", "none", one("firewood_collection", "shelter", "school_route",
                                                                   "water_point")),
            C("alleged_perpetrator_relationship", "varchar(30)", "none", one("unknown", "neighbour", "intimate_partner",
                                                                             "armed_actor", "family_member")),
            C("pregnancy_result", "boolean", "health", flag(0.1)),
            C("pep_within_72h", "boolean", "health", flag(0.3), comment="post-exposure prophylaxis given"),
            C("reported_to_police", "boolean", "none", flag(0.2)),
            C("consent_share_gbvims", "boolean", "none", flag(0.7)),
        ], rows=80, extra=[fkey(S, "gbv_incidents", "case_id", "cases", "id")]),
        Table(S, "case_notes", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("case_id", "integer", "none", fk(N_CASE, 19)),
            C("note_subject", "varchar(80)", "none", one("Home visit", "Follow-up", "ክትትል", "Referral", "BIA")),
            C("note_text", "text", "free_text_may_contain_pii", _note),
            C("note_date", "date", "none", dates(2022, 2025)),
            C("created_by", "integer", "none", fk(N_USR, 7)),
        ], rows=150, extra=[fkey(S, "case_notes", "case_id", "cases", "id"),
                            fkey(S, "case_notes", "created_by", "users", "id")]),
        Table(S, "audit_logs", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USR, 3)),
            C("action", "varchar(20)", "none", one("show", "update", "create", "flag", "login")),
            C("record_type", "varchar(20)", "none", one("Child", "Incident", "TracingRequest")),
            C("record_id", "integer", "none", ints(1, N_CASE)),
            C("timestamp", "timestamp", "none", stamps(2024, 2025)),
            C("remote_ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (196, 197, 213, 41))),
            C("duration_ms", "integer", "none", ints(20, 900)),
            C("payload_size", "numeric(8,1)", "none", amounts(0.2, 90, 1)),
        ], rows=150, extra=[fkey(S, "audit_logs", "user_id", "users", "id")]),
    ]
