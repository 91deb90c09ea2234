"""Secrets are masked as rows arrive: passphrase literals, conninfo passwords, secret-looking options."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from auditor.redact import masked_command, masked_gucs, masked_options, masked_setting

SECRET = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=6, max_size=30)


@given(SECRET, st.sampled_from(["echo {}", "printf {}", "sh -c 'echo {}'", "bash -c \"printf '%s' {} | cat\"",
                                "/opt/vault/get --token {} prod"]))
def test_passphrase_literals_never_survive(secret, template):
    assert secret not in masked_command(template.format(secret))


def test_command_shape_is_kept_for_the_checks():
    assert masked_command('sh -c "echo hunter2"') == 'sh -c "echo ********"'
    assert masked_command("/bin/cat /etc/pg/key.pass") == "/bin/cat /etc/pg/key.pass"
    assert masked_command("printf %s $PASS") == "printf %s $PASS"


def test_settings_and_options():
    row = ("primary_conninfo", "host=p user=r password=Hunter2", None, "s", "sighup", "string", None, None, False)
    assert "Hunter2" not in masked_setting(row).value and "host=p" in masked_setting(row).value
    assert masked_options(("ldapbindpasswd=Hunter2", "ldapserver=x")) == ("ldapbindpasswd=********", "ldapserver=x")
    assert masked_gucs(("pgrst.jwt_secret=Hunter2", "password_encryption=md5")) == (
        "pgrst.jwt_secret=********", "password_encryption=md5")
