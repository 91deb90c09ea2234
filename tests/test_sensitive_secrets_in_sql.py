"""SENS-006: keys and passwords written into function bodies, views and column defaults, on real clusters.

Every planted literal holds a label found nowhere else, and no output (snapshot, any report format) may hold
it: findings name the object, the function called and the argument position only.
"""
from __future__ import annotations

import json

from auditor.analysis.sql_secrets import SecretUse, secrets_in
from auditor.collect.collector import collect
from auditor.collect.serialize import write_snapshot
from auditor.engine.evaluate import evaluate
from auditor.engine.report import build_report
from auditor.model.policy import Policy
from auditor.render import render

from .helpers import audit, failing_objects, findings_of

KEY, PW, URI_PW, CRYPT_PW, DEFAULT_KEY = "SymKey5101x", "DblinkPw5102x", "UriPw5103x", "CryptPw5104x", "DefKey5105x"
PLANTED = (KEY, PW, URI_PW, CRYPT_PW, DEFAULT_KEY)

WEAK = f"""
CREATE EXTENSION pgcrypto;
CREATE TABLE people (id int, ssn text, ssn_enc bytea, token bytea DEFAULT hmac('x', '{DEFAULT_KEY}', 'sha256'));
CREATE FUNCTION put_ssn(v text) RETURNS bytea LANGUAGE sql AS $$ SELECT pgp_sym_encrypt(v, '{KEY}'::text) $$;
CREATE FUNCTION read_ssn(v bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE upstream text := 'postgresql://sync:{URI_PW}@replica.internal/app';
BEGIN
  -- pgp_sym_decrypt(v, 'commented-out keys do not count')
  PERFORM 1 WHERE 'host=h password={PW}' IS NOT NULL;
  RETURN pgp_sym_decrypt(v, '{KEY}');
END $$;
CREATE FUNCTION set_pw(u text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RETURN crypt('{CRYPT_PW}', gen_salt('bf')); END $$;
CREATE VIEW people_clear AS SELECT id, pgp_sym_decrypt(ssn_enc, '{KEY}') AS ssn FROM people;
"""
SAFE = """
CREATE FUNCTION put_ssn_ok(v text) RETURNS bytea LANGUAGE sql
    AS $$ SELECT pgp_sym_encrypt(v, current_setting('app.data_key')) $$;
CREATE FUNCTION check_pw(u text, stored text) RETURNS boolean LANGUAGE plpgsql
    AS $$ BEGIN RETURN crypt(u, stored) = stored; END $$;
CREATE VIEW people_ok AS SELECT id, pgp_sym_decrypt(ssn_enc, current_setting('app.data_key')) AS ssn FROM people;
"""


def test_sens_006_literal_keys_and_passwords_in_sql(fresh_db, pg15, tmp_path):
    fresh_db.execute(WEAK + SAFE)
    db = fresh_db.name
    policy = Policy(sampling=False, select=("SENS-006",))
    snap = collect(pg15.dsn(), policy, databases=[db])
    result = evaluate(snap, policy)
    fails = {f.object: f for f in findings_of(result, "SENS-006") if f.status == "fail"}
    assert set(fails) == {f"function:{db}.public.put_ssn(v text)", f"function:{db}.public.read_ssn(v bytea)",
                          f"function:{db}.public.set_pw(u text)", f"{db}.public.people_clear",
                          f"{db}.public.people.token"}
    assert fails[f"function:{db}.public.read_ssn(v bytea)"].evidence["uses"] == [
        {"function": None, "argument": None, "secret": "connection password"},
        {"function": "pgp_sym_decrypt", "argument": 2, "secret": "key"}]
    assert fails[f"function:{db}.public.set_pw(u text)"].evidence["uses"] == [
        {"function": "crypt", "argument": 1, "secret": "password"}]
    assert fails[f"{db}.public.people.token"].evidence["uses"] == [
        {"function": "hmac", "argument": 2, "secret": "key"}]
    assert {f.severity for f in fails.values()} == {"high"}
    assert not any("pgcrypto" in o or "armor" in o for o in fails)          # extension members are not scanned
    # no literal reaches the snapshot or any report format
    write_snapshot(snap, tmp_path / "snapshot.json")
    texts = {"snapshot.json": (tmp_path / "snapshot.json").read_text()}
    report = build_report(result)
    for fmt in ("json", "html", "md", "sarif", "csv", "junit"):
        texts[fmt] = render(fmt, report, tmp_path / "reports").read_text()
    assert all(texts.values()) and "SENS-006" in texts["md"]
    for name, text in texts.items():
        for secret in PLANTED:
            assert secret not in text, f"{name} holds {secret}"
    assert "pgp_sym_decrypt" in json.dumps(json.loads(texts["snapshot.json"])["embedded_secrets"])


def test_sens_006_passes_without_literals(fresh_db, pg15):
    fresh_db.execute("CREATE EXTENSION pgcrypto; CREATE TABLE people (id int, ssn_enc bytea);" + SAFE)
    result = audit(pg15.dsn(), ["SENS-006"], databases=[fresh_db.name])
    assert failing_objects(result, "SENS-006") == set()
    [ok] = findings_of(result, "SENS-006")
    assert (ok.status, ok.examined) == ("pass", 3)          # put_ssn_ok, check_pw, people_ok


def test_sens_006_plpgsql_on_pg18(pg18):
    """PG18 (no pgcrypto in the wheel): PL/pgSQL bodies are not validated, so the calls are planted as text."""
    with pg18.fresh_database() as db:
        db.execute(f"""CREATE FUNCTION sync() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN PERFORM dblink_exec('dbname=app user=sync password={PW}', 'SELECT 1'); END $$;
            CREATE FUNCTION sync_ok() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN PERFORM dblink_exec('app_server', 'SELECT 1'); END $$;
            CREATE FUNCTION atomic_key(v text) RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT encode(sha256(v::bytea), 'hex'); END;""")
        result = audit(pg18.dsn(), ["SENS-006"], databases=[db.name])
        [fail] = [f for f in findings_of(result, "SENS-006") if f.status == "fail"]
        assert fail.object == f"function:{db.name}.public.sync()" and fail.severity == "medium"
        assert fail.evidence["uses"] == [{"function": "dblink_exec", "argument": 1, "secret": "connection password"}]
        assert PW not in fail.message and PW not in json.dumps(fail.evidence)


def test_the_scanner_reads_calls_not_text():
    assert secrets_in("SELECT pgp_sym_encrypt(x, 'k'), hmac(x, current_setting('k'), 'sha1')", "sql") == (
        SecretUse("pgp_sym_encrypt", 2, "key"),)
    assert secrets_in("SELECT encrypt(x, 'k'::bytea, 'aes'), pgp_pub_encrypt(x, dearmor('pub'))", "sql") == (
        SecretUse("encrypt", 2, "key"),)
    assert secrets_in("BEGIN -- pgp_sym_encrypt(x, 'k')\nRETURN pgp_sym_encrypt(f(x, 'a'), k); END", "plpgsql") == ()
    assert secrets_in("BEGIN RETURN pgp_sym_encrypt(f(x, 'a'), 'k'); END", "plpgsql") == (
        SecretUse("pgp_sym_encrypt", 2, "key"),)
    assert secrets_in("SELECT 'password=' || x, 'no secret here'", "sql") == ()
    assert secrets_in("'postgres://u:p@h/db'", "expr") == (SecretUse("", 0, "connection password"),)
    # dollar-quoted constants are literals too (bodies without any quote are not parsed at all)
    assert secrets_in("SELECT pgp_sym_encrypt(x, $k$s3cret-key$k$)", "sql") == (SecretUse("pgp_sym_encrypt", 2, "key"),)
    assert secrets_in("BEGIN RETURN pgp_sym_encrypt(x, $$s3cret$$); END", "plpgsql") == (
        SecretUse("pgp_sym_encrypt", 2, "key"),)
    assert secrets_in("SELECT pgp_sym_encrypt(x, k) FROM keys", "sql") == ()
