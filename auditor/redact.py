"""Secrets are removed as rows arrive from the server, so no Snapshot, report or bundle can hold them.

What is kept is what checks need to judge: the setting's name, the option keys, the shape of a
passphrase command (program names, $VARIABLES, %p placeholders), never a literal that could be the secret.
"""
from __future__ import annotations

import shlex
from typing import Sequence

import psycopg
from psycopg import conninfo

from .model import Setting

MASK = "********"
_SECRET_WORDS = ("pass", "secret", "key", "token", "credential")


def _secret_key(key: str) -> bool:
    return any(s in key.lower() for s in _SECRET_WORDS)


def masked_options(options: Sequence[str]) -> tuple[str, ...]:
    """Foreign server or hba options (password=, ldapbindpasswd=, radiussecrets=) with secret values masked."""
    return tuple(f"{opt.split('=', 1)[0]}={MASK}" if _secret_key(opt.split("=", 1)[0]) else opt for opt in options)


def masked_gucs(settings: Sequence[str]) -> tuple[str, ...]:
    """Role/database/function SET lists with secret-looking custom settings masked (pgrst.jwt_secret, app.api_key).
    Core settings that can be set this way hold no secrets, and checks read them (password_encryption)."""
    out = []
    for opt in settings:
        key = opt.split("=", 1)[0]
        out.append(f"{key}={MASK}" if "." in key and _secret_key(key) else opt)
    return tuple(out)


def _keep_word(word: str, first: bool) -> bool:
    """Program names and paths, flags, variables and placeholders tell how a command works; other words may be secrets."""
    return first or word.startswith("-") or "/" in word or any(c in word for c in "$`%") or word in ("|", ";", "&&")


def masked_command(command: str) -> str:
    """A shell command with every literal argument masked, nested `sh -c '...'` strings included:
    `sh -c 'echo hunter2'` -> `sh -c 'echo ********'`, while `/bin/cat /etc/pg/pass.key` is kept as is."""
    try:
        words = shlex.split(command)
    except ValueError:
        return MASK
    out = []
    for i, word in enumerate(words):
        if " " in word:
            out.append('"' + masked_command(word) + '"')
        else:
            out.append(word if _keep_word(word, i == 0 or words[i - 1] in ("|", ";", "&&", "-c")) else MASK)
    return " ".join(out)   # for reading, not for running: no shell quoting to confuse the eye


def masked_setting(row: tuple) -> Setting:
    """A pg_settings row with secrets removed: the password in *_conninfo, literals in ssl_passphrase_command."""
    name, value = row[0], row[1]
    if value and name.endswith("_conninfo"):
        try:
            params = conninfo.conninfo_to_dict(value)
            value = conninfo.make_conninfo(**{k: MASK if k == "password" else v for k, v in params.items()})
        except psycopg.Error:
            value = MASK
    elif value and name == "ssl_passphrase_command":
        value = masked_command(value)
    return Setting(name, value, *row[2:])
