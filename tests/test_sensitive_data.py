"""Sensitive-data checks (SENS-001..005), application password storage (PWD-020), the data inventory, and the
guarantee that no sampled value reaches a snapshot, report, log line or error."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy
from auditor.render import FORMATS, render
from auditor.engine.report import build_report
from auditor.collect.serialize import write_snapshot

from .helpers import audit, failing_objects, findings_of

PREFIX = "sens_"
ARGON = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$" + "h" * 43
DJANGO = "pbkdf2_sha256$870000$abcdefghijklmnopqrstuv$" + "A" * 43 + "="

WEAK = f"""
CREATE EXTENSION pgcrypto;
CREATE TABLE people (id int, email text, phone text, full_name text, birth_date date, ssn text, notes text,
                     email_sent boolean, contact text, status text);
INSERT INTO people SELECT g, 'person' || g || '@example.com', '+34 612 345 ' || lpad(g::text, 3, '0'),
       (ARRAY['Ana Garcia', 'Luis Perez', 'Marta Ruiz'])[1 + g % 3], date '1980-01-01' + g,
       lpad((100 + g)::text, 3, '0') || '-45-' || lpad((1000 + g)::text, 4, '0'),
       CASE WHEN g % 5 = 0 THEN 'call me back at +34 699 111 ' || lpad(g::text, 3, '0') || ' after six'
            ELSE 'left the parcel at the door as usual' END,
       g % 2 = 0, 'c' || g || '@example.org', (ARRAY['new', 'paid'])[1 + g % 2]
FROM generate_series(1, 60) g;
CREATE TABLE cards (id int, card_number text, card_enc bytea, card_last4 text);
INSERT INTO cards SELECT g, '4111111111111111', pgp_sym_encrypt('4111111111111111', 'k'), '1111'
FROM generate_series(1, 40) g;
CREATE TABLE patients (id int, diagnosis text, iban text, ssn_enc bytea);
INSERT INTO patients SELECT g, (ARRAY['asthma', 'diabetes'])[1 + g % 2], 'ES9121000418450200051332',
       pgp_sym_encrypt('123-45-6789', 'k') FROM generate_series(1, 40) g;
CREATE TABLE visits (id int, day date, ssn text) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO visits SELECT g, date '2024-02-01', lpad((200 + g)::text, 3, '0') || '-12-' || lpad((3000 + g)::text, 4, '0')
FROM generate_series(1, 30) g;
CREATE TABLE api_keys (id int, token text, token_hash text, reset_password_token text);
INSERT INTO api_keys SELECT g, 'sk_live_' || md5(g::text), encode(sha256(('t' || g)::bytea), 'hex'),
       encode(sha256(('r' || g)::bytea), 'hex') FROM generate_series(1, 40) g;
CREATE TABLE app_users (id int, password text, password_md5 text, password_sha1 text, password_bf text,
                        password_bf_low text, password_md5crypt text, password_enc bytea, pwd_argon text,
                        passwd_django text);
INSERT INTO app_users SELECT g, 'hunter' || g, md5('pw' || g), encode(digest('pw' || g, 'sha1'), 'hex'),
       crypt('pw' || g, gen_salt('bf', 10)), crypt('pw' || g, gen_salt('bf')), crypt('pw' || g, gen_salt('md5')),
       pgp_sym_encrypt('pw' || g, 'k'), '{ARGON}', '{DJANGO}'
FROM generate_series(1, 30) g;
ANALYZE;
"""

GOOD = """
CREATE EXTENSION pgcrypto;
CREATE TABLE customers (id int, email_hash text, phone_enc bytea, ssn_enc bytea, notes text, email_sent boolean,
                        status text, card_last4 text);
INSERT INTO customers SELECT g, encode(sha256(('p' || g || '@example.com')::bytea), 'hex'),
       pgp_sym_encrypt('+34 612 345 678', 'k'), pgp_sym_encrypt('123-45-6789', 'k'), 'nothing special here today',
       g % 2 = 0, 'new', '4242' FROM generate_series(1, 40) g;
CREATE TABLE api_tokens (id int, token_sha256 text);
INSERT INTO api_tokens SELECT g, encode(sha256(('t' || g)::bytea), 'hex') FROM generate_series(1, 40) g;
ANALYZE;
"""


@pytest.fixture(scope="module")
def weak(pg15):
    with pg15.fresh_database("sensw") as db:
        db.execute(WEAK)
        pg15.execute(f"CREATE ROLE {PREFIX}plain LOGIN PASSWORD 'pw'")
        try:
            yield db
        finally:
            pg15.execute(f"DROP ROLE IF EXISTS {PREFIX}plain")


@pytest.fixture(scope="module")
def good(pg15):
    with pg15.fresh_database("sensg") as db:
        db.execute(GOOD)
        yield db


@pytest.fixture(scope="module")
def weak_result(weak):
    return audit(weak.dsn(), ["sensitive_data", "PWD-020"], policy=Policy(), databases=[weak.name])


@pytest.fixture(scope="module")
def good_result(good):
    return audit(good.dsn(), ["sensitive_data", "PWD-020"], policy=Policy(), databases=[good.name])


def _cols(db, table, *cols):
    return {f"{db.name}.public.{table}.{c}" for c in cols}


def test_sens_001_plaintext_card_numbers(weak, weak_result, good_result):
    assert failing_objects(weak_result, "SENS-001") == _cols(weak, "cards", "card_number")
    f = next(f for f in findings_of(weak_result, "SENS-001") if f.status == "fail")
    assert f.severity == "critical" and f.evidence["match_ratio"] == 1.0
    assert f.evidence["examples_masked"] == ["************1111"] and "pgp_sym_encrypt" in f.fix_sql
    assert failing_objects(good_result, "SENS-001") == set()


def test_sens_002_national_ids_bank_data(weak, weak_result, good_result):
    assert failing_objects(weak_result, "SENS-002") == (_cols(weak, "people", "ssn") | _cols(weak, "visits", "ssn")
                                                        | _cols(weak, "patients", "iban"))
    sev = {f.object.rsplit(".", 1)[1]: f.severity for f in findings_of(weak_result, "SENS-002") if f.status == "fail"}
    assert sev == {"ssn": "high", "iban": "medium"}   # visits_2024 is reported via visits
    assert failing_objects(good_result, "SENS-002") == set()
    # health data is a special category now: SENS-007, high
    assert failing_objects(weak_result, "SENS-007") == _cols(weak, "patients", "diagnosis")


def test_sens_003_plaintext_api_keys(weak, weak_result, good_result):
    # token_hash passes; 64 hex digits under a plain name may be raw tokens or digests: medium, and said so
    assert failing_objects(weak_result, "SENS-003") == _cols(weak, "api_keys", "token", "reset_password_token")
    sev = {f.object.rsplit(".", 1)[1]: f.severity for f in findings_of(weak_result, "SENS-003") if f.status == "fail"}
    assert sev == {"token": "high", "reset_password_token": "medium"}
    assert failing_objects(good_result, "SENS-003") == set()


def test_sens_004_contact_data_per_table(weak, weak_result, good_result):
    assert failing_objects(weak_result, "SENS-004") == {f"{weak.name}.public.people"}
    f = next(f for f in findings_of(weak_result, "SENS-004") if f.status == "fail")
    assert f.evidence["columns"] == {"email": "email", "phone": "phone", "full_name": "person_name",
                                     "birth_date": "birth_date", "contact": "email"}
    assert failing_objects(good_result, "SENS-004") == set()


def test_sens_005_free_text_with_personal_data(weak, weak_result, good_result):
    assert failing_objects(weak_result, "SENS-005") == _cols(weak, "people", "notes")
    f = next(f for f in findings_of(weak_result, "SENS-005") if f.status == "fail")
    assert f.evidence["values_with_pii"] >= 1 and all("***" in e for e in f.evidence["examples_masked"])
    assert failing_objects(good_result, "SENS-005") == set()


def test_pwd_020_application_password_schemes(weak, weak_result, good_result):
    assert failing_objects(weak_result, "PWD-020") == _cols(
        weak, "app_users", "password", "password_md5", "password_sha1", "password_bf_low", "password_md5crypt",
        "password_enc")
    by = {f.object.rsplit(".", 1)[1]: f for f in findings_of(weak_result, "PWD-020") if f.status == "fail"}
    assert (by["password"].severity, by["password"].evidence["schemes"]) == ("critical", {"plaintext": 30})
    assert (by["password_md5"].severity, by["password_md5"].evidence["schemes"]) == ("high", {"md5-hex": 30})
    assert by["password_sha1"].evidence["schemes"] == {"sha1-hex": 30}
    assert (by["password_bf_low"].severity, by["password_bf_low"].evidence["schemes"]) == \
        ("medium", {"bcrypt-low-cost": 30})
    assert by["password_md5crypt"].evidence["schemes"] == {"md5-crypt": 30}
    assert by["password_enc"].evidence["weakest"] == "reversible"
    passed = findings_of(weak_result, "PWD-020")
    assert not [f for f in passed if f.status == "fail" and f.object.endswith(("password_bf", "pwd_argon", "passwd_django"))]
    assert failing_objects(good_result, "PWD-020") == set()


def test_traps_are_not_findings(weak_result):
    flagged = {f.object.rsplit(".", 1)[-1] for f in weak_result.findings if f.status == "fail"}
    assert not flagged & {"email_sent", "status", "card_last4"}


def test_least_privilege_role_gets_not_assessable_naming_select(weak):
    result = audit(weak.dsn(user=f"{PREFIX}plain", password="pw"), ["SENS-001", "PWD-020"], policy=Policy(),
                   databases=[weak.name])
    na = {f.object: f.missing for f in result.findings if f.status == "not_assessable"}
    assert na[f"{weak.name}.public.cards.card_enc"] == "SELECT on public.cards (or pg_read_all_data)"
    assert na[f"{weak.name}.public.cards.card_number"] == "SELECT on public.cards (or pg_read_all_data)"
    assert na[f"{weak.name}.public.app_users.password_md5"] == "SELECT on public.app_users (or pg_read_all_data)"
    assert failing_objects(result) == set()


def test_no_sample_rests_on_names(weak):
    result = audit(weak.dsn(), ["SENS-001", "PWD-020"], policy=Policy(sampling=False), databases=[weak.name])
    assert failing_objects(result, "SENS-001") == _cols(weak, "cards", "card_number")
    f = next(f for f in findings_of(result, "SENS-001") if f.status == "fail")
    assert f.evidence["basis"] == "name" and "name-only:sampling off" in f.evidence["signals"]
    na = {f.object: f.missing for f in result.findings if f.status == "not_assessable"}
    assert na[f"{weak.name}.public.cards.card_enc"].startswith("value sampling")
    assert {o for o in na if ".app_users." in o} == _cols(weak, "app_users", "password", "password_md5",
                                                         "password_sha1", "password_bf", "password_bf_low",
                                                         "password_md5crypt", "password_enc", "pwd_argon",
                                                         "passwd_django")


def test_data_inventory_section(weak, weak_result):
    inv = build_report(weak_result)["data_inventory"]
    assert inv["sampling"]["enabled"] and inv["sampling"]["gaps"] == []
    (db,) = inv["databases"]
    tables = {t["table"]: t for t in db["tables"]}
    assert set(tables) == {"people", "cards", "patients", "visits", "api_keys", "app_users"}
    assert tables["people"]["categories"] == ["email", "phone", "person_name", "birth_date", "national_id",
                                              "free_text_may_contain_pii"]
    assert tables["people"]["protection"] == "unprotected" and tables["people"]["row_estimate"] == 60
    assert tables["cards"]["protection"] == "partial"
    assert tables["api_keys"]["personal_data"] is False
    assert inv["summary"]["columns_by_category"]["payment_card"] == 2


LEAKS = {
    "email": "zq-leak-7781@secret-domain.example",
    "card": "4556737586899855",
    "dni": "12345678Z",
    "iban": "ES7921000813610123456789",
    "password": "Tr0ub4dor-leak-3",
    "api_key": "sk_live_LEAKLEAKLEAK0123456789abcd",
    "phone_in_notes": "+34 611 222 333",
    "name": "Zebulon Quixotic",
}


def test_no_sampled_value_reaches_any_artifact(pg15, tmp_path):
    """Seed known secrets, run collect -> snapshot file -> evaluate -> report (JSON) and the CLI, then grep."""
    v = LEAKS
    with pg15.fresh_database("leak") as db:
        db.execute("CREATE TABLE victims (id int, email text, card text, dni text, iban text, password text, "
                   "api_key text, notes text, full_name text, contact text)")
        row = (v["email"], v["card"], v["dni"], v["iban"], v["password"], v["api_key"],
               f"please ring {v['phone_in_notes']} before noon", v["name"], v["email"])
        for i in range(20):
            db.execute("INSERT INTO victims VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", (i, *row))
        progress: list[str] = []
        policy = Policy()
        snap = collect(db.dsn(), policy, databases=[db.name], progress=progress.append)
        write_snapshot(snap, tmp_path / "snapshot.json")
        result = evaluate(snap, policy)
        report = build_report(result)
        for fmt in FORMATS:                 # every text format there is (PDF streams are compressed)
            if fmt != "pdf":
                render(fmt, report, tmp_path)
        cli = subprocess.run([sys.executable, "-m", "auditor", "audit", db.dsn(), "--database", db.name, "-o",
                              str(tmp_path / "cli"), "--format", "json"], capture_output=True, text=True, timeout=120)
    assert {f.check_id for f in result.findings if f.status == "fail"} >= {"SENS-001", "SENS-002", "SENS-003",
                                                                          "SENS-004", "SENS-005", "PWD-020"}
    artifacts = [p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file()]
    artifacts += ["\n".join(progress), cli.stdout, cli.stderr, json.dumps(report), repr(snap), repr(result)]
    assert len(artifacts) >= 8
    needles = set(LEAKS.values()) | {"zq-leak-7781", "secret-domain", "37586899855", "45678Z", "0123456789",
                                     "Tr0ub4dor", "LEAKLEAK", "611 222", "Zebulon", "Quixotic"}
    for text in artifacts:
        for needle in needles:
            assert needle not in text, f"raw value fragment {needle!r} leaked"


def test_pg18_sampling_and_checks(pg18):
    """PostgreSQL 18 (no pgcrypto in this build): the same conclusions from values."""
    with pg18.fresh_database("sens18") as db:
        db.execute("CREATE TABLE orders (id int, contact text, email_sent boolean, card_number text, pwd text);"
                   "INSERT INTO orders SELECT g, 'c' || g || '@example.com', true, '4111111111111111', md5(g::text) "
                   "FROM generate_series(1, 30) g")
        result = audit(db.dsn(), ["SENS-001", "SENS-004", "PWD-020"], policy=Policy(), databases=[db.name])
    assert failing_objects(result, "SENS-001") == {f"{db.name}.public.orders.card_number"}
    assert failing_objects(result, "SENS-004") == {f"{db.name}.public.orders"}
    f = next(f for f in findings_of(result, "SENS-004") if f.status == "fail")
    assert f.evidence["columns"] == {"contact": "email"}
    assert failing_objects(result, "PWD-020") == {f"{db.name}.public.orders.pwd"}


def test_demo_shop_as_the_least_privilege_auditor(make_cluster, pg15_bindir):
    """The demo's seeded weaknesses, found the way the demo audits: pg_read_all_data, no BYPASSRLS, sampling on.
    orders has RLS on: its policies would run as the auditor, so it is not read and its checks say so."""
    from auditor.model.gaps import RLS_MISSING
    from auditor.lab.demo import AUDITOR, seed_cluster

    cluster = make_cluster(bindir=pg15_bindir)
    try:
        password = seed_cluster(cluster)
        result = audit(cluster.dsn("postgres", user=AUDITOR, password=password), ["sensitive_data", "PWD-020"],
                       policy=Policy(), databases=["shop"])
    finally:
        cluster.stop()
    fails = {(f.check_id, f.object) for f in result.findings if f.status == "fail"}
    assert {(c, o) for c, o in fails if c != "SENS-004"} == {
        ("SENS-001", "shop.public.payments.card_number"), ("SENS-002", "shop.public.customers.ssn"),
        ("SENS-002", "shop.public.customers.iban"), ("SENS-002", "shop.public.clientes_es.dni"),
        ("SENS-003", "shop.public.api_keys.token"), ("PWD-020", "shop.public.users.password_hash"),
        ("SENS-006", "function:shop.public.seal_card(p_card text)")}
    assert {o for c, o in fails if c == "SENS-004"} == {
        "shop.public.customers", "shop.public.clientes_es", "shop.public.payments", "shop.public.users"}
    na = {(f.check_id, f.object): f.missing for f in result.findings if f.status == "not_assessable"}
    assert {k: v for k, v in na.items() if "orders" in k[1]} == {
        ("SENS-004", "shop.public.orders"): RLS_MISSING, ("SENS-005", "shop.public.orders.notes"): RLS_MISSING}


def test_inventory_agrees_with_pwd_020(weak, weak_result):
    """A password column PWD-020 fails for a fast or low-work hash is a "weak hash" in the inventory, never "hashed";
    the strong ones stay "hashed"."""
    inv = build_report(weak_result)["data_inventory"]
    (db,) = inv["databases"]
    (users,) = [t for t in db["tables"] if t["table"] == "app_users"]
    prot = {c["column"]: c["protection"] for c in users["columns"]}
    weak_cols = {"password_md5", "password_sha1", "password_bf_low", "password_md5crypt"}
    assert {c for c, p in prot.items() if p == "weak_hash"} == weak_cols
    assert {prot[c] for c in ("password_bf", "pwd_argon", "passwd_django")} == {"hashed"}
    failing = {o.rsplit(".", 1)[1] for o in failing_objects(weak_result, "PWD-020")}
    assert not {c for c, p in prot.items() if p == "hashed"} & failing
    assert users["protection"] != "protected"
