"""Secrets planted in settings, role/database settings and comments reach no output: no report format,
not the console, not the snapshot, not a file of the evidence bundle. The masked forms are asserted
too, so the test cannot pass by dropping the settings or the comments altogether."""
from __future__ import annotations

import json
import re
import subprocess
import zipfile

import pytest

from psycopg.conninfo import conninfo_to_dict

from auditor.analysis.classify import names
from auditor.render import ALL_FILES
from tests.test_cli import assert_one_line_error, run

PASSWORD = "AuditLoginPw-7731x"
# every planted secret holds a label that appears nowhere else, so a partial leak is caught too
LABELS = {
    "archive_env": "ArchEnvPw4101x", "archive_uri": "ArchUriPw4102x", "archive_flag": "ArchFlagPw4103x",
    "restore": "RestorePw4104x", "repl": "ReplPw4105x", "sslpassword": "SslKeyPw4106x", "recovery_end": "RecEndPw4107x",
    "role_token": "RoleTok4110x", "innocent": "Zq8Lm2Xv9Rt4Wp7Ks3Nd4111", "db_uri": "DbUriPw4112x",
    "role_db_conninfo": "RoleDbPw4113x", "func_secret": "FuncSecret4114x",
    "table_key": "51HxQzA8Bc9Dd0Ee4115", "column_pw": "ColPw4116x", "role_comment": "RoleCmtPw4117x",
    "schema_jwt": "c2lnbmF0dXJlNDExOA", "pem": "MIIEplantedPEMbody4119", "bearer": "BearerTok4120x",
    "fn_key": "FnKey4121x", "view_conninfo": "ViewPw4122x", "default_key": "DefKey4123x",
}
L = LABELS
JWT = f"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.{L['schema_jwt']}"
PEM = f"-----BEGIN PRIVATE KEY-----\n{L['pem']}\nAAAAB3NzaC1yc2EAAAADAQAB\n-----END PRIVATE KEY-----"
SETTINGS = {
    "archive_command": f"PGPASSWORD={L['archive_env']} /usr/bin/archive %p && curl https://arch:{L['archive_uri']}"
                       f"@backup.example/%f --password={L['archive_flag']}",
    "restore_command": f"wal-g wal-fetch %f %p --password {L['restore']}",
    "primary_conninfo": f"host=primary.internal user=repl password={L['repl']} sslpassword={L['sslpassword']} "
                        "sslkey=/etc/pg/repl.key",
    "recovery_end_command": f"echo {L['recovery_end']}",
}
# archive_command reads "(disabled)" unless archiving is on. (Custom settings set in postgresql.conf stay out of
# pg_settings until a library defines them: the app.* ones are planted per role and database below.)
CONF = {"archive_mode": "on"}
MASKED_SETTINGS = {
    "archive_command": "PGPASSWORD=******** /usr/bin/archive %p && curl https://arch:********@backup.example/%f "
                       "--password=********",
    "restore_command": "wal-g ******** %f %p --password ********",
    "recovery_end_command": "echo ********",
}


@pytest.fixture(scope="module")
def cluster(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, hba="host all all 127.0.0.1/32 scram-sha-256\n", password=PASSWORD, conf=CONF)
    c.set_conf(SETTINGS)
    c.execute("CREATE DATABASE shop")
    c.execute(f"""
        CREATE ROLE app LOGIN;
        ALTER ROLE app SET app.api_token = '{L['role_token']}';
        ALTER ROLE app SET app.greeting = '{L['innocent']}';
        ALTER ROLE app SET log_statement = 'none';
        ALTER DATABASE shop SET app.webhook = 'postgresql://hook:{L['db_uri']}@hooks.internal/x';
        ALTER ROLE app IN DATABASE shop SET app.upstream = 'host=up user=u password={L['role_db_conninfo']}';
        COMMENT ON ROLE app IS 'service login: postgresql://app:{L['role_comment']}@db.internal/shop';""")
    c.execute(f"""
        CREATE SCHEMA billing;
        COMMENT ON SCHEMA billing IS 'partner jwt {JWT}';
        CREATE TABLE billing.orders (id int PRIMARY KEY, misc text, contact text, extra text, cert text);
        COMMENT ON TABLE billing.orders IS 'Stripe api key: sk_live_{L['table_key']} (Authorization: Bearer {L['bearer']})';
        COMMENT ON COLUMN billing.orders.misc IS 'api key: sk_live_{L['table_key']}';
        COMMENT ON COLUMN billing.orders.extra IS 'legacy export uses password={L['column_pw']}';
        COMMENT ON COLUMN billing.orders.contact IS 'Customer e-mail address';
        COMMENT ON COLUMN billing.orders.cert IS $pem${PEM}$pem$;
        CREATE FUNCTION billing.f() RETURNS int LANGUAGE sql SET app.signing_secret = '{L['func_secret']}'
            SET search_path = billing, pg_catalog AS 'SELECT 1';
        CREATE FUNCTION billing.seal(v text) RETURNS text LANGUAGE plpgsql
            AS $$ BEGIN RETURN pgp_sym_encrypt(v, '{L['fn_key']}'); END $$;
        CREATE VIEW billing.upstream AS SELECT 'host=up password={L['view_conninfo']}'::text AS conninfo;
        CREATE TABLE billing.tokens (id int, mac text DEFAULT md5('{L['default_key']}' || 'x'),
                                     conn text DEFAULT 'postgresql://u:{L['default_key']}@h/db');""", dbname="shop")
    yield c
    c.stop()


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    assert run("keygen", str(d / "signing.key")).returncode == 0
    return d / "signing.key"


@pytest.fixture(scope="module")
def outputs(cluster, keys, tmp_path_factory):
    """Everything pgcomply writes or prints for this cluster: {name: text}."""
    d = tmp_path_factory.mktemp("out")
    audit = run("audit", cluster.dsn(), "--format", "all", "-o", str(d / "reports"),
                "--evidence", str(d / "bundle"), "--signing-key", str(keys))
    assert audit.returncode in (0, 1), audit.stderr
    collect = run("collect", cluster.dsn(), "-o", str(d / "snapshot.json"))
    assert collect.returncode == 0, collect.stderr
    out = {"audit stdout": audit.stdout, "audit stderr": audit.stderr,
           "collect stdout": collect.stdout, "collect stderr": collect.stderr}
    files = sorted(p for p in d.rglob("*") if p.is_file())
    assert {p.name for p in files if p.parent.name == "reports"} == set(ALL_FILES)
    assert {p.name for p in files if p.parent.name == "bundle"} == {
        "snapshot.json", "manifest.json", "manifest.sig", *ALL_FILES}
    for p in files:
        out[str(p.relative_to(d))] = p.read_bytes().decode("utf-8", errors="replace")
        if p.suffix == ".xlsx":                       # a zip: the compressed bytes would hide any secret
            with zipfile.ZipFile(p) as z:
                out[f"{p.relative_to(d)} (xml)"] = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        if p.suffix == ".pdf":
            out[f"{p.relative_to(d)} (text)"] = subprocess.run(
                ["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
    return out


def _planted(cluster) -> None:
    """The secrets really are on the server (the test would prove nothing otherwise)."""
    rows = dict(cluster.execute("SELECT name, setting FROM pg_settings WHERE name = ANY(%s)",
                                params=(list(SETTINGS),)))
    assert rows == SETTINGS


def test_no_planted_secret_reaches_any_output(cluster, outputs):
    _planted(cluster)
    secrets = [*LABELS.values(), PASSWORD]
    for name, text in outputs.items():
        flat = re.sub(r"\s+", "", text)               # pdftotext breaks long words across lines
        for secret in secrets:
            assert secret not in text and secret not in flat, f"{name} holds {secret!r}"


def _snapshot(outputs: dict, name: str) -> dict:
    return json.loads(outputs[name])


@pytest.mark.parametrize("name", ["snapshot.json", "bundle/snapshot.json"])
def test_the_masked_forms_are_in_the_snapshot(outputs, name):
    snap = _snapshot(outputs, name)
    settings = {s["name"]: s["value"] for s in snap["settings"]}
    for key, masked in MASKED_SETTINGS.items():
        assert settings[key] == masked, key
    assert conninfo_to_dict(settings["primary_conninfo"]) == {       # libpq's key order, every key kept
        "host": "primary.internal", "user": "repl", "password": "********", "sslpassword": "********",
        "sslkey": "/etc/pg/repl.key"}
    assert settings["password_encryption"] == "scram-sha-256"
    role = next(r for r in snap["roles"] if r["name"] == "app")
    assert sorted(role["config"]) == ["app.api_token=********", "app.greeting=********", "log_statement=none"]
    assert role["comment"] == "service login: postgresql://app:********@db.internal/shop"
    overrides = {(o["database"], o["role"]): o["settings"] for o in snap["db_role_settings"]}
    assert overrides[("shop", None)] == ["app.webhook=postgresql://hook:********@hooks.internal/x"]
    assert overrides[("shop", "app")] == ["app.upstream=host=up user=u password=********"]
    schema = next(s for s in snap["schemas"] if s["database"] == "shop" and s["name"] == "billing")
    assert schema["comment"] == "partner jwt ********"
    rel = next(r for r in snap["relations"] if r["database"] == "shop" and r["name"] == "orders")
    assert rel["comment"] == "Stripe api key: sk_live_******** (Authorization: Bearer ********"   # the ")" went too
    comments = {c["name"]: c["comment"] for c in rel["columns"]}
    assert comments == {"id": None, "misc": "api key: sk_live_********", "contact": "Customer e-mail address",
                        "extra": "legacy export uses password=********",
                        "cert": "-----BEGIN PRIVATE KEY----- ******** -----END PRIVATE KEY-----"}
    fn = next(f for f in snap["functions"] if f["database"] == "shop" and f["name"] == "f")
    assert fn["config"] == ["app.signing_secret=********", "search_path=billing, pg_catalog"]
    found = {(e["kind"], e["name"], e["detail"], e["called"], e["argument"], e["secret"])
             for e in snap["embedded_secrets"] if e["database"] == "shop"}
    assert found == {("function", "seal", "v text", "pgp_sym_encrypt", 2, "key"),
                     ("view", "upstream", "", "", 0, "connection password"),
                     ("default", "tokens", "conn", "", 0, "connection password")}


def test_default_settings_are_not_masked(cluster):
    """No value of an untouched server changes: the patterns are narrow enough for the checks' inputs."""
    from auditor.collect.redact import masked_setting
    rows = cluster.execute("SELECT name, setting, unit, source, context, vartype, sourcefile, sourceline, "
                           "pending_restart FROM pg_settings WHERE name <> ALL(%s)", params=(list(SETTINGS),))
    changed = {r[0]: masked_setting(r).value for r in rows if masked_setting(r).value != r[1]}
    assert changed == {}


def test_masked_comments_still_feed_the_classifier(outputs):
    snap = _snapshot(outputs, "snapshot.json")
    rel = next(r for r in snap["relations"] if r["database"] == "shop" and r["name"] == "orders")
    cols = {c["name"]: c for c in rel["columns"]}
    hints = {n: names.hint_for(n, c["type"], c.get("base_type"), "orders", c["comment"]) for n, c in cols.items()}
    assert (hints["misc"].category, hints["misc"].signal) == ("secret_token", "comment:api key")
    assert (hints["extra"].category, hints["extra"].signal) == ("credentials", "comment:password")
    raw = names.hint_for("contact", "text", None, "orders", "Customer e-mail address")
    assert raw is not None and hints["contact"] == raw                      # an ordinary comment, read as before
    report = json.loads(outputs["reports/report.json"])
    table = next(t for d in report["data_inventory"]["databases"] if d["database"] == "shop" for t in d["tables"]
                 if t["object"] == "shop.billing.orders")
    assert {c["column"]: c["category"] for c in table["columns"]} == {
        "misc": "secret_token", "extra": "credentials", "cert": "secret_token", "contact": raw.category}
    signals = {f["object"]: f["evidence"].get("signals") for f in report["findings"] if f["check_id"] == "SENS-003"}
    assert signals["shop.billing.orders.misc"][0] == "comment:api key"
    assert signals["shop.billing.orders.cert"][0] == "comment:private key"


def test_a_dsn_with_invalid_percent_encoding_is_one_line_without_the_password(tmp_path):
    secret = "PlantedDsnPw4199x"
    for args in (("audit", f"postgresql://u:p%zz{secret}@127.0.0.1/db", "-o", str(tmp_path)),
                 ("collect", f"postgresql://u:p%zz{secret}@127.0.0.1/db", "-o", str(tmp_path / "s.json")),
                 ("audit", f"host=127.0.0.1 user=u {secret}", "-o", str(tmp_path))):
        proc = run(*args)
        assert_one_line_error(proc, "invalid connection string")
        assert secret not in proc.stderr + proc.stdout and "zz" not in proc.stderr
    proc = run("audit", f"postgresql://u:p%zz{secret}@127.0.0.1/db", "-o", str(tmp_path))
    assert proc.stderr.strip() == "pgcomply: error: invalid connection string: invalid percent-encoding (%XX) in the URI"
