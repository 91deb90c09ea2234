"""Secrets are masked as rows arrive: passphrase literals, conninfo passwords, secret-looking options, comments."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.analysis.classify import names
from auditor.collect.connect import ConnectError, mask_dsn, parse_dsn
from auditor.collect.redact import (MASK, masked_command, masked_conninfo, masked_gucs, masked_options,
    masked_setting, masked_text, masked_value, token_like)

SECRET = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=6, max_size=30)
# a secret as people make them: letters, digits and a few symbols, never one of the words we keep
STRONG = st.from_regex(r"[A-Za-z0-9!#*+?@^_~;,&()-]{8,30}", fullmatch=True).filter(
    lambda s: any(c.isdigit() for c in s) and MASK not in s)


@given(SECRET, st.sampled_from(["echo {}", "printf {}", "sh -c 'echo {}'", "bash -c \"printf '%s' {} | cat\"",
                                "/opt/vault/get --token {} prod", "PGPASSWORD={} pg_receivewal -D /x",
                                "wal-g wal-push %p --password={}", "curl -u user:{} https://backup/%f"]))
def test_passphrase_literals_never_survive(secret, template):
    assert secret not in masked_command(template.format(secret))


def test_command_shape_is_kept_for_the_checks():
    assert masked_command('sh -c "echo hunter2"') == 'sh -c "echo ********"'
    assert masked_command("/bin/cat /etc/pg/key.pass") == "/bin/cat /etc/pg/key.pass"
    assert masked_command("printf %s $PASS") == "printf %s $PASS"
    assert masked_command("cp %p /mnt/archive/%f") == "cp %p /mnt/archive/%f"
    assert masked_command("PGPASSWORD=hunter2 pg_receivewal -D /x") == "PGPASSWORD=******** pg_receivewal -D /x"
    assert masked_command("curl https://arch:Pw-123x@backup.example/%f") == "curl https://arch:********@backup.example/%f"
    assert masked_command("wal-g wal-push %p --password=Pw-123x") == "wal-g ******** %p --password=********"
    assert masked_command("echo dGhpc2lzc2VjcmV0/c2VjcmV0QUJD") == "echo ********"   # base64 with a '/': no path
    assert masked_command("sh -c 'echo \"unterminated") == MASK
    assert masked_command("REPO=https://u:Pw-1@h/x pgbackrest archive-push %p") == \
        "REPO=https://u:********@h/x pgbackrest ******** %p"


def test_settings_and_options():
    row = ("primary_conninfo", "host=p user=r password=Hunter2", None, "s", "sighup", "string", None, None, False)
    assert "Hunter2" not in masked_setting(row).value and "host=p" in masked_setting(row).value
    assert masked_options(("ldapbindpasswd=Hunter2", "ldapserver=x")) == ("ldapbindpasswd=********", "ldapserver=x")
    assert masked_gucs(("pgrst.jwt_secret=Hunter2", "password_encryption=md5")) == (
        "pgrst.jwt_secret=********", "password_encryption=md5")


def test_conninfo_masks_every_secret_parameter_and_keeps_paths():
    out = masked_conninfo("host=p user=r password=Pw1 sslpassword=Pw2 sslkey=/etc/k.pem sslcert=/etc/c.pem passfile=/x")
    assert conninfo_dict(out) == {"host": "p", "user": "r", "password": MASK, "sslpassword": MASK,
                                  "sslkey": "/etc/k.pem", "sslcert": "/etc/c.pem", "passfile": "/x"}
    assert conninfo_dict(masked_conninfo("postgresql://repl:Pw1@primary/db?sslpassword=Pw2")) == {
        "user": "repl", "password": MASK, "host": "primary", "dbname": "db", "sslpassword": MASK}
    assert masked_conninfo("host='unterminated password=Pw1") == MASK


def conninfo_dict(value: str) -> dict:
    from psycopg import conninfo
    return conninfo.conninfo_to_dict(value)


@pytest.mark.parametrize("name, value, expected", [
    ("archive_command", "PGPASSWORD=Pw1 /usr/bin/archive %p", "PGPASSWORD=******** /usr/bin/archive %p"),
    ("restore_command", "wal-g wal-fetch %f %p --password=Pw2", "wal-g ******** %f %p --password=********"),
    ("archive_cleanup_command", "pg_archivecleanup /mnt/a %r", "pg_archivecleanup /mnt/a %r"),
    ("recovery_end_command", "echo Pw3", "echo ********"),
    ("primary_slot_name", "standby_1", "standby_1"),
    ("app.dsn", "postgresql://svc:Pw4@api.internal/x", "postgresql://svc:********@api.internal/x"),
    ("app.cfg", "host=x password=Pw5", "host=x password=********"),
    ("app.greeting", "Zq8Lm2Xv9Rt4Wp7Ks3Nd", MASK),                       # a token under an innocent name
    ("app.api_token", "short", MASK),                                     # a secret name
    ("app.mode", "strict", "strict"),
    ("pgaudit.log", "ddl, role, write", "ddl, role, write"),
    ("pgaudit.role", "auditor", "auditor"),
])
def test_setting_values(name, value, expected):
    assert masked_value(name, value) == expected


def test_core_settings_that_checks_read_stay_readable():
    kept = {"password_encryption": "scram-sha-256", "search_path": '"$user", public', "log_statement": "none",
            "log_line_prefix": "%m [%p] %q%u@%d ", "ssl_ciphers": "HIGH:MEDIUM:+3DES:!aNULL",
            "data_directory": "/tmp/tmpq8Zx81kQ2pLm9vT4rYw6uE3sNq/data/AbC123dEf456GhI789jKl",
            "application_name": "psql", "log_min_duration_statement": "250ms", "shared_preload_libraries": "pgaudit"}
    for name, value in kept.items():
        assert masked_value(name, value) == value, name
    assert masked_gucs(tuple(f"{k}={v}" for k, v in kept.items())) == tuple(f"{k}={v}" for k, v in kept.items())


@pytest.mark.parametrize("comment, expected", [
    ("api key: sk_live_51HxQzA8Bc9Dd0Ee", "api key: sk_live_********"),
    ("Stripe sk_live_51HxQzA8Bc9Dd0Ee here", "Stripe sk_live_******** here"),
    ("password=hunter2 host=x", "password=******** host=x"),
    ("db_pass = 'x y z'; user=app", "db_pass = ********; user=app"),
    ("login: postgresql://app:S3cr3t@db.internal:5432/shop", "login: postgresql://app:********@db.internal:5432/shop"),
    ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
     "-----BEGIN RSA PRIVATE KEY----- ******** -----END RSA PRIVATE KEY-----"),
    ("-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEA truncated", "-----BEGIN PRIVATE KEY----- ******** -----END PRIVATE KEY-----"),
    ("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123_-x", "jwt ********"),
    ("Authorization: Bearer abcdefGHIJ12345", "Authorization: Bearer ********"),
    ("AWS key AKIAIOSFODNN7EXAMPLE", "AWS key ********"),
    ("github ghp_abcdefghijklmnopqrstuvwxyz0123456789", "github ghp_********"),
    ("sslpassword='it\\'s secret' sslkey=/etc/k.pem", "sslpassword=******** sslkey=/etc/k.pem"),
    ("nonce: Zx81kQ2pLm9vT4rYw6uE3sNq", "nonce: ********"),
    ("password: $PGPASSWORD", "password: $PGPASSWORD"),
])
def test_credential_comments_are_masked_around_their_words(comment, expected):
    assert masked_text(comment) == expected


@pytest.mark.parametrize("comment", [
    "Customer e-mail address", "the user's password hash (bcrypt)", "primary key: id", "bypass=on",
    "Spanish DNI / NIE of the customer", "Card holder name, see https://docs.example.org/cards/v2",
    "token count used by the billing job", "Date of birth (YYYY-MM-DD)", None, "",
])
def test_ordinary_comments_are_untouched(comment):
    assert masked_text(comment) == comment


@pytest.mark.parametrize("column, raw", [
    ("misc", "api key: sk_live_51HxQzA8Bc9Dd0Ee"),
    ("misc", "password=hunter2"),
    ("blob", "-----BEGIN PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END PRIVATE KEY-----"),
    ("contact", "Customer e-mail address"),
])
def test_the_classifier_reads_a_masked_comment_as_it_read_the_raw_one(column, raw):
    before = names.hint_for(column, "text", None, "accounts", raw)
    after = names.hint_for(column, "text", None, "accounts", masked_text(raw))
    assert before is not None and after is not None
    assert (after.category, after.source) == (before.category, "comment")


def test_token_shape():
    assert token_like("Zq8Lm2Xv9Rt4Wp7Ks3Nd") and token_like("5d41402abc4b2a76b9719d911017c592")
    assert not token_like("standby_replica_1") and not token_like("tenant-archive-2024-eu-west")
    assert not token_like("abcdefghijklmnopqrstuvwxyzABCDEF")        # no digit: a word, not a token


@settings(max_examples=500)
@given(STRONG, st.sampled_from([
    "password={}", "api_key: {}", "client_secret = '{}'", "see postgresql://svc:{}@db/x", "Bearer {}",
    "token: {}", "PASSWD={} other=1"]))
def test_a_secret_behind_a_secret_word_never_survives(secret, template):
    assert secret not in masked_text(template.format(secret))


@given(STRONG.filter(lambda s: s not in "pgrst.jwt_secret=host=x password="))
def test_secret_gucs_never_survive(secret):
    out = masked_gucs((f"pgrst.jwt_secret={secret}", f"app.cfg=host=x password={secret}"))
    assert not any(secret in o for o in out)


@pytest.mark.parametrize("dsn", ["postgresql://u:p%zzsecret@h/db", "postgresql://u:p%00secret@h/db",
                                 "host=x user=y psecret", "host=x password=a psecret=b",
                                 "postgresql://u:pw@h/db?psecret", "postgresql://u:pw@h/db?psecret=1",
                                 "postgresql://u:psecret@[::1/db", "host='psecret"])
def test_dsn_parse_errors_never_quote_the_string(dsn):
    with pytest.raises(ConnectError) as exc:
        parse_dsn(dsn)
    assert str(exc.value).startswith("invalid connection string") and "secret" not in str(exc.value)
    assert mask_dsn(dsn) == "<invalid DSN>"


def test_dsn_parse_errors_name_libpq_keywords():
    with pytest.raises(ConnectError, match='^invalid connection string: missing "=" after "port"$'):
        parse_dsn("host=localhost port")
    assert "sslpassword=********" in mask_dsn("host=db sslpassword=Pw1 sslkey=/k") and "Pw1" not in mask_dsn(
        "host=db sslpassword=Pw1 sslkey=/k")
