"""Hints a column takes from its table's other columns, not from its own name: a session store's key (rounds 20 and
29: a bare `id` in a table of sessions that holds no other secret). The sampler's plan and the classifier ask `hint`
alike, so the sampler counts the column's values against the hint and the classifier reads it; without sampling,
`unhinted` names the columns to read that no word names. Moved out of entity.py in round 33."""
from __future__ import annotations

from auditor.analysis.classify import names
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
    """Round 29: a text column no word names gets a secret token's hint where it is a session store's key
    (session_key); else `hint`."""
    return _SESSION_KEY if hint is None and tclass == names.TEXT and session_key(table, column, columns) else hint


def unhinted(table: str, columns: tuple[Column, ...], secret_table: bool) -> frozenset[str]:
    """The text columns `hint` gives a hint to that no word names (read by name alone without sampling):
    a session store's key, in a table of secrets (`secret_table`, entity.secret_named) only."""
    if not secret_table:
        return frozenset()
    return frozenset(c.name for c in columns if names.type_class(c.type, c.base_type) == names.TEXT and session_key(
        table, c.name, columns))
