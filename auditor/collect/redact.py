"""Secrets are removed as rows arrive from the server, so no Snapshot, report or bundle can hold them.

What is kept is what checks need to judge: the setting's name, the option keys, the shape of a
command (program names, flags, $VARIABLES, %p placeholders, paths), never a literal that could be the secret.

Free text (object comments, setting values) is masked by well-defined patterns only, so the words
around a secret survive ("api key: ********") and the sensitive-data classifier still reads them:
- `key=value` / `key: value` where the key names a secret (password, passwd, pwd, secret, token, ..._key);
- URIs with a password (`scheme://user:********@host`);
- PEM private key blocks (headers kept, body masked), JWTs, `Bearer` tokens;
- tokens with a vendor prefix (sk_live_, ghp_, github_pat_, xox?-, glpat-, AKIA..., AIza...).
Custom (dotted) settings also lose a whole value shaped like a random token, and a secret-named one its value.
"""
from __future__ import annotations

import re
import shlex
from typing import Sequence

import psycopg
from psycopg import conninfo

from auditor.model.snapshot import Setting

MASK = "********"
_SECRET_WORDS = ("pass", "secret", "key", "token", "credential", "pwd", "jwt")
# libpq parameters that hold a secret (sslkey, sslcert, passfile are paths: kept)
CONNINFO_SECRETS = frozenset({"password", "sslpassword", "oauth_client_secret", "scram_client_key", "scram_server_key"})
# server settings that hold a shell command
COMMAND_SETTINGS = frozenset({"ssl_passphrase_command", "archive_command", "restore_command",
                              "archive_cleanup_command", "recovery_end_command"})


def _secret_key(key: str) -> bool:
    return any(s in key.lower() for s in _SECRET_WORDS)


# ---- free text -----------------------------------------------------------------------------------

_VALUE = r"""'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|[^\s'"]+"""   # to the next blank: a ; or & may be in it
_KEY_VALUE = re.compile(
    r"(?<![\w.-])(?P<key>"
    r"[\w.-]*(?:password|passwd|passphrase|pwd|secrets?|tokens?|credentials?|apikey)"  # db_password, sslpassword
    r"|[\w.-]*[_.-](?:key|pass|pw)"                                        # api_key, x-api-key, db_pass
    r"|pass|pw"
    r"|(?:api|access|secret|private|signing|encryption|license)\s+key|(?:auth|access)\s+token)"
    rf"(?P<sep>\s*[:=]\s*)(?P<value>{_VALUE})", re.IGNORECASE)
# bounded repeats: a long text of "a://b:" must not cost a quadratic scan
_URI_PASSWORD = re.compile(r"(?i)\b(?P<head>[a-z][a-z0-9+.-]{0,30}://[^\s:/@'\"]{0,256}):[^\s'\"]{0,256}@")
_PEM = re.compile(r"-----BEGIN (?P<kind>[A-Z0-9 ]*PRIVATE KEY[A-Z ]*)-----.*?(?:-----END (?P=kind)-----|\Z)", re.DOTALL)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)\b(?P<head>bearer\s+)[^\s'\"]{8,}")
_VENDOR = re.compile(r"\b(?P<head>(?:sk|rk)_(?:live|test)_|gh[pousr]_|github_pat_|xox[abposr]-|glpat-|npm_)"
                     r"[A-Za-z0-9_-]{8,}|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\bAIza[0-9A-Za-z_-]{30,}")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9+/=_.~-]+")
_HEX = re.compile(r"[0-9a-fA-F-]+")
_WORD = re.compile(r"[A-Za-z0-9+=_~-]{24,}")     # no '/' or '.': paths and host names are words of their own


def token_like(text: str, min_len: int = 16) -> bool:
    """A random-looking token: one word of base64 characters with letters, digits and mixed case, or 32+ hex digits."""
    if len(text) < min_len or not _TOKEN_CHARS.fullmatch(text):
        return False
    if len(text) >= 32 and _HEX.fullmatch(text) and any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        return True
    return (any(c.isdigit() for c in text) and any(c.islower() for c in text) and any(c.isupper() for c in text))


def _key_value(m: re.Match) -> str:
    value = m["value"]
    if MASK in value or not value.strip("'\"") or value.startswith("$"):
        return m[0]                           # already masked, empty, or a reference to a variable
    return f"{m['key']}{m['sep']}{MASK}"


def masked_text(text: str | None, tokens: bool = True) -> str | None:
    """Free text (a comment, a setting value) with every secret-shaped part masked and the words around it kept.
    With tokens, a random-looking word of 24+ characters is masked too (not in core settings: checks read them)."""
    if not text:
        return text
    text = _PEM.sub(lambda m: f"-----BEGIN {m['kind']}----- {MASK} -----END {m['kind']}-----", text)
    text = _URI_PASSWORD.sub(lambda m: f"{m['head']}:{MASK}@", text)
    text = _JWT.sub(MASK, text)
    text = _BEARER.sub(lambda m: m["head"] + MASK, text)
    text = _VENDOR.sub(lambda m: (m["head"] or "") + MASK, text)
    text = _KEY_VALUE.sub(_key_value, text)
    return _WORD.sub(lambda m: MASK if token_like(m[0], 24) else m[0], text) if tokens else text


# ---- options, settings ---------------------------------------------------------------------------

def masked_options(options: Sequence[str]) -> tuple[str, ...]:
    """Foreign server or hba options (password=, ldapbindpasswd=, radiussecrets=) with secret values masked."""
    return tuple(f"{opt.split('=', 1)[0]}={MASK}" if _secret_key(opt.split("=", 1)[0]) else opt for opt in options)


def masked_conninfo(value: str) -> str:
    """A libpq conninfo or URI with its secret parameters masked (the whole value when it does not parse)."""
    try:
        params = conninfo.conninfo_to_dict(value)
    except psycopg.Error:
        return MASK
    return conninfo.make_conninfo(**{k: MASK if k in CONNINFO_SECRETS else v for k, v in params.items()})


def masked_value(name: str, value: str | None) -> str | None:
    """One setting's value (pg_settings, or a role/database/function SET) with its secrets masked.

    Core settings keep their value unless it carries a secret-shaped part (a conninfo password, a URI
    with a password): checks read them (password_encryption, search_path, log_*). Custom settings
    (app.x, pgrst.jwt_secret) are masked whole when the name or the value looks secret."""
    if not value:
        return value
    if name.endswith("_conninfo"):
        return masked_conninfo(value)
    if name in COMMAND_SETTINGS:
        return masked_command(value)
    if "." not in name:
        return masked_text(value, tokens=False)
    return MASK if _secret_key(name) or token_like(value.strip()) else masked_text(value)


def masked_gucs(settings: Sequence[str]) -> tuple[str, ...]:
    """Role/database/function SET lists (`name=value`) with secret values masked (pgrst.jwt_secret, app.api_key,
    a token under an innocent name, a password inside a conninfo)."""
    out = []
    for opt in settings:
        key, eq, value = opt.partition("=")
        out.append(f"{key}={masked_value(key, value)}" if eq else opt)
    return tuple(out)


def masked_setting(row: tuple) -> Setting:
    """A pg_settings row with secrets removed: passwords in conninfo values, literals in shell commands."""
    return Setting(row[0], masked_value(row[0], row[1]), *row[2:])


# ---- shell commands ------------------------------------------------------------------------------

_SEPARATORS = ("|", ";", "&&", "||", "-c")
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_REFERENCE = re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\(|`|%[A-Za-z%]|\\n")


def _keep_word(word: str) -> bool:
    """Paths, variables and placeholders tell how a command works; other literals may be secrets."""
    rest = _REFERENCE.sub("", word)
    if not any(c.isalnum() for c in rest):
        return True                                             # only $VARS, %p placeholders, punctuation
    if word.startswith(("$(", "`")):
        return not token_like(rest)                             # $(vault: a program inside a substitution
    if word.startswith(("/", "./", "../", "~")) or "://" in word:
        return True
    return "/" in word and not token_like(word.replace("/", ""))   # relative path, not a base64 secret


# archiving tools run through a wrapper (envdir DIR wal-g ...): their names tell how WAL leaves the server
_KNOWN_PROGRAMS = frozenset({"wal-g", "pgbackrest", "barman-wal-archive", "barman-cloud-wal-archive", "pg_receivewal"})


def _masked_word(word: str) -> str:
    if word.lower() in _KNOWN_PROGRAMS:
        return word
    if word.startswith("-") and "=" in word:                     # --flag=value
        flag, value = word.split("=", 1)
        return f"{flag}={MASK if _secret_key(flag) or not _keep_word(value) else masked_text(value)}"
    if word.startswith("-"):
        return word
    return masked_text(word) if _keep_word(word) else MASK


def masked_command(command: str) -> str:
    """A shell command with every literal argument masked, nested `sh -c '...'` strings included:
    `sh -c 'echo hunter2'` -> `sh -c 'echo ********'`, while `/bin/cat /etc/pg/pass.key` is kept as is.
    Leading `VAR=value` assignments keep their name; the value only when it is a path or a $VARIABLE."""
    try:
        words = shlex.split(command)
    except ValueError:
        return MASK
    out, program_next = [], True
    for word in words:
        if " " in word:
            out.append('"' + masked_command(word) + '"')
        elif program_next and _ASSIGNMENT.match(word):           # PGPASSWORD=x pg_receivewal ...
            key, value = word.split("=", 1)
            out.append(f"{key}={MASK if _secret_key(key) or not _keep_word(value) else masked_text(value)}")
            continue
        elif program_next:
            out.append(masked_text(word) if not token_like(word) else MASK)
        else:
            out.append(_masked_word(word))
        program_next = word in _SEPARATORS
    return " ".join(out)   # for reading, not for running: no shell quoting to confuse the eye
