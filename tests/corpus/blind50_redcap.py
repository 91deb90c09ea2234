"""az_redcap: a REDCap (research electronic data capture) database of a university hospital's studies: users,
projects, the entity-attribute-value data table, participants of a cohort with their consent, the survey log."""
from __future__ import annotations

from .blind26_gens import (C, alnum, fk, fkey, flag, hexs, ints, maybe, one, public_ip, seq, sha256, stamps)
from .blind50_gens import person
from .gens import Table

S = "az_redcap"
USR, PAR = "rc.user", "rc.participant"
N_USR, N_PRJ, N_PAR = 30, 12, 140

FIELDS = [("dob", "birth_date"), ("phq9_total", "health"), ("hiv_status", "health"), ("study_arm", "none"),
          ("race", "ethnic_origin"), ("email", "email"), ("visit_date", "none"), ("brca1_variant", "genetic")]


def _value(c, i):
    f = FIELDS[i % len(FIELDS)][0]
    return {"dob": lambda: person("us", PAR, "birth")(c, i).isoformat(), "phq9_total": lambda: str(c.r.randint(0, 27)),
            "hiv_status": lambda: c.r.choice(["0", "1"]), "study_arm": lambda: c.r.choice(["A", "B"]),
            "race": lambda: c.r.choice(["1", "2", "3", "5"]), "email": lambda: person("us", PAR, "email")(c, i),
            "visit_date": lambda: str(c.r.randint(2022, 2025)) + "-05-01",
            "brca1_variant": lambda: c.r.choice(["c.68_69delAG", "c.5266dupC", "none detected"])}[f]()


def redcap_tables() -> list[Table]:
    u = lambda f: person("us", USR, f, 1960, 1998)            # noqa: E731
    p = lambda f: person("us", PAR, f, 1945, 2004)            # noqa: E731
    return [
        Table(S, "redcap_user_information", [
            C("ui_id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(255)", "none", lambda c, i: f"rc{i:04d}", comment="institutional account id"),
            C("user_email", "varchar(255)", "email", lambda c, i: u("user")(c, i) + "@med.example.edu"),
            C("user_firstname", "varchar(255)", "person_name", u("first")),
            C("user_lastname", "varchar(255)", "person_name", u("last")),
            C("user_phone", "varchar(50)", "phone", u("phone")),
            C("super_user", "boolean", "none", flag(0.1)),
            C("user_lastlogin", "timestamp", "none", stamps(2024, 2025)),
            C("api_token", "varchar(32)", "secret_token", maybe(lambda c, i: hexs(c, 32).upper(), 0.5)),
            C("two_factor_auth_secret", "varchar(20)", "secret_token", lambda c, i: alnum(c, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        ], rows=N_USR),
        Table(S, "redcap_auth", [
            C("username", "varchar(255) PRIMARY KEY", "none", lambda c, i: f"rc{i:04d}"),
            C("password", "varchar(255)", "credentials", lambda c, i: sha256(c) + sha256(c)),
            C("password_salt", "varchar(100)", "credentials", lambda c, i: alnum(c, 100)),
            C("temp_pwd", "boolean", "none", flag(0.05)),
            C("password_question", "integer", "none", ints(1, 6)),
            C("password_answer", "varchar(255)", "credentials", lambda c, i: sha256(c)),
        ], rows=N_USR),
        Table(S, "redcap_projects", [
            C("project_id", "integer PRIMARY KEY", "none", seq()),
            C("app_title", "varchar(200)", "none", one("Perinatal Depression Cohort", "HIV PrEP Adherence",
                                                       "BRCA Family Registry", "Long COVID Follow-up")),
            C("project_pi_firstname", "varchar(100)", "person_name", lambda c, i: u("first")(c, i)),
            C("project_pi_lastname", "varchar(100)", "person_name", lambda c, i: u("last")(c, i)),
            C("project_pi_email", "varchar(100)", "email", lambda c, i: u("user")(c, i) + "@med.example.edu"),
            C("project_irb_number", "varchar(40)", "none", lambda c, i: f"IRB-{c.r.randint(2019, 2025)}-{c.r.randint(100, 999)}"),
            C("status", "smallint", "none", one(0, 1, 2)),
            C("surveys_enabled", "boolean", "none", flag(0.7)),
            C("creation_time", "timestamp", "none", stamps(2019, 2024)),
        ], rows=N_PRJ),
        Table(S, "participants", [
            C("record", "integer PRIMARY KEY", "none", seq()),
            C("project_id", "integer", "none", fk(N_PRJ, 5)),
            C("study_id", "varchar(20)", "none", lambda c, i: f"PDC-{i:04d}"),
            C("fname", "varchar(60)", "person_name", p("first")),
            C("lname", "varchar(60)", "person_name", p("last")),
            C("dob", "date", "birth_date", p("birth")),
            C("mrn", "varchar(12)", "none", lambda c, i: f"{c.r.randint(10000000, 99999999)}", comment="hospital record no."),
            C("ssn_last4", "varchar(4)", "national_id", lambda c, i: p("natid")(c, i)[-4:]),
            C("cell", "varchar(30)", "phone", p("mobile")),
            C("addr", "varchar(160)", "postal_address", p("address")),
            C("race___1", "boolean", "ethnic_origin", flag(0.2), comment="checkbox: Black or African American"),
            C("ethnicity", "smallint", "ethnic_origin", one(0, 1, 2), comment="0 Hispanic, 1 not Hispanic, 2 unknown"),
            C("sex_partners_12m", "integer", "sex_life", ints(0, 9)),
            C("msm", "boolean", "sex_life", flag(0.3), comment="men who have sex with men"),
            C("phq9_total", "integer", "health", ints(0, 27)),
            C("hiv_status", "smallint", "health", one(0, 0, 1)),
            C("brca_result", "varchar(40)", "genetic", one("BRCA1 pathogenic", "BRCA2 VUS", "negative", None)),
            C("consent_signed", "boolean", "none", flag(0.95)),
            C("consent_signature", "varchar(80)", "none", lambda c, i: f"signature_{hexs(c, 12)}.png",
              comment="file name of the e-consent signature image"),
            C("arm", "varchar(10)", "none", one("A", "B")),
            C("withdrawn", "boolean", "none", flag(0.05)),
        ], rows=N_PAR, extra=[fkey(S, "participants", "project_id", "redcap_projects", "project_id")]),
        Table(S, "redcap_data", [
            C("project_id", "integer", "none", fk(N_PRJ, 3)),
            C("event_id", "integer", "none", ints(40, 60)),
            C("record", "varchar(100)", "none", lambda c, i: str(1 + i % N_PAR)),
            C("field_name", "varchar(100)", "none", lambda c, i: FIELDS[i % len(FIELDS)][0]),
            C("value", "text", "free_text_may_contain_pii", _value, comment="EAV value of any field"),
            C("instance", "smallint", "none", maybe(ints(1, 4), 0.2)),
        ], rows=150, extra=[fkey(S, "redcap_data", "project_id", "redcap_projects", "project_id")]),
        Table(S, "redcap_surveys_participants", [
            C("participant_id", "integer PRIMARY KEY", "none", seq()),
            C("survey_id", "integer", "none", ints(1, 20)),
            C("hash", "varchar(10)", "secret_token", lambda c, i: alnum(c, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ")),
            C("participant_email", "varchar(255)", "email", p("email")),
            C("participant_identifier", "varchar(255)", "person_name", maybe(p("full"), 0.6)),
            C("participant_phone", "varchar(50)", "phone", maybe(p("mobile"), 0.5)),
            C("delivery_preference", "varchar(20)", "none", one("EMAIL", "SMS_INVITE_WEB")),
            C("link_expiration", "timestamp", "none", stamps(2024, 2026)),
        ], rows=120),
        Table(S, "redcap_log_event", [
            C("log_event_id", "integer PRIMARY KEY", "none", seq()),
            C("ts", "bigint", "none", lambda c, i: int(f"2024{c.r.randint(10, 12)}{c.r.randint(10, 28)}{c.r.randint(100000, 235959)}")),
            C("user", "varchar(255)", "none", lambda c, i: f"rc{c.r.randint(1, N_USR):04d}"),
            C("ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (128, 129, 152, 171))),
            C("page", "varchar(100)", "none", one("DataEntry/index.php", "surveys/index.php", "api/")),
            C("event", "varchar(20)", "none", one("INSERT", "UPDATE", "DATA_EXPORT", "MANAGE")),
            C("pk", "varchar(100)", "none", lambda c, i: str(c.r.randint(1, N_PAR))),
            C("data_values", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(
                [f"fname = '{p('first')(c, i)}', lname = '{p('last')(c, i)}'", "phq9_total = '14'",
                 f"cell = '{p('mobile')(c, i)}'", "arm = 'B'"])),
            C("description", "varchar(100)", "none", one("Update record", "Create record", "Export data")),
        ], rows=150),
    ]



