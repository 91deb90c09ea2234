"""Hints a column takes from its table's other columns, not from its own name: a session store's key (rounds 20 and
29: a bare `id` in a table of sessions that holds no other secret; moved out of entity.py in round 33) and (round 33)
a mail message's `to` and `from` beside its copy addresses (RFC 5322's To, From, Cc and Bcc fields: a help desk's
threads, a ticket's articles, a queue of outgoing mail), and a remember-me login's `series` beside its token (Spring
Security's `persistent_logins`, Symfony's `rememberme_token`, Joomla's `user_keys`: both halves of the cookie
are secret). The sampler's plan and the classifier ask `hint` alike, so the sampler counts the column's values
against the hint and the classifier reads it; without sampling, `unhinted` names the columns to read that no word
names."""
from __future__ import annotations

from auditor.analysis.classify import entity, names
from auditor.analysis.classify.column_memo import by_identity
from auditor.model.snapshot import Column


def session_key(table: str, column: str, columns: tuple[Column, ...]) -> bool:
    """Round 20: a session store keys its rows by the session ID itself (Symfony's PdoSessionHandler, Perl's
    CGI::Session, PHP's and Express's database stores): a bare `id` in a table of sessions is the bearer secret,
    unless another column holds it (Mattermost's `sessions.token`). Round 29: also phpBB's remember-me key
    (`phpbb_sessions_keys.key_id`)."""
    return names.tokens(column) in _SESSION_KEYS and not {"session", "sessions"}.isdisjoint(names.tokens(table)) and all(
        _SESSION_SECRET.isdisjoint(names.tokens(c.name)) for c in columns if c.name != column)


_SESSION_KEYS = frozenset({("id",), ("key", "id")})
_SESSION_KEY = names.NameHint("secret_token", names.WEAK, "context", "session key")
_SESSION_SECRET = frozenset("token secret key hash digest sid hashed".split())


def hint(hint: names.NameHint | None, tclass: str, table: str, column: str,
         columns: tuple[Column, ...]) -> names.NameHint | None:
    """A text column no word names gets a secret token's hint where it is a session store's key (session_key) or
    a remember-me login's series, an e-mail's where it is a mail message's sender or recipients; else `hint`."""
    if hint is not None or tclass != names.TEXT:
        return hint
    toks, said = names.tokens(column), _said(columns)
    if toks in _HEADERS and not said.isdisjoint(_COPIES) and entity.message_named(table):
        return _HEADER
    if toks == _SERIES and not said.isdisjoint(_TOKENS):
        return _SERIES_HINT
    return _SESSION_KEY if session_key(table, column, columns) else None


# RFC 5322's sender and recipients (`to` and `from`; round 32 read the copies, `cc` and `bcc`) in a table of mail
# messages that has copies: not a SMS's `to` (a phone), nor a `from` and `to` of a date range (no text).
_HEADERS = frozenset({("to",), ("from",)})
_COPIES = frozenset({("cc",), ("bcc",)})
_HEADER = names.NameHint("email", names.WEAK, "context", "a mail's sender or recipient")
# A persistent remember-me login keeps the cookie's series and token (Spring Security, Symfony, Joomla): the series
# is half the secret, and only there, beside a token, is a `series` one.
_SERIES = ("series",)
_TOKENS = frozenset({("token",), ("value",)})
_SERIES_HINT = names.NameHint("secret_token", names.WEAK, "context", "a remember-me login's series")


@by_identity
def _said(columns: tuple[Column, ...]) -> frozenset[tuple[str, ...]]:
    """The words of each of the table's column names."""
    return frozenset(names.tokens(c.name) for c in columns)


def unhinted(table: str, columns: tuple[Column, ...], secret_table: bool) -> frozenset[str]:
    """The text columns `hint` gives a hint to that no word names (read by name alone without sampling): a session
    store's key in a table of secrets (`secret_table`, entity.secret_named), a mail's sender and recipients, a
    remember-me series."""
    said = _said(columns)
    if not (secret_table or _SERIES in said or not said.isdisjoint(_HEADERS) and not said.isdisjoint(_COPIES)):
        return frozenset()
    return frozenset(c.name for c in columns if names.type_class(c.type, c.base_type) == names.TEXT and hint(
        None, names.TEXT, table, c.name, columns) is not None)
