"""Round 21: columns whose meaning the table's name settles, by a standard or a well-known schema convention.

An OAuth 2.0 client's `name` is the registered application's name (RFC 7591's `client_name`; Laravel Passport's
and FOSOAuthServerBundle's `oauth_clients.name`), not a person's. A face-recognition table's `embedding` is the
face's feature vector (Immich's `face_search`, a face index): biometric data; elsewhere an embedding is a text's or
an image's. (Round 22) A table of e-mail addresses keeps each in `address` (Redmine's `email_addresses`, Rails'
`EmailAddress` model; GitLab's and Django allauth's `emails`/`account_emailaddress` call it `email`): an e-mail
address, not a postal one."""
from __future__ import annotations

from functools import lru_cache

from auditor.analysis.classify import names

_OAUTH = frozenset({"oauth", "oauth2"})
_CLIENTS = frozenset({"client", "clients", "app", "apps", "application", "applications"})
_FACES = frozenset({"face", "faces", "facial"})
_EMBEDDING = (("embedding",), ("embeddings",), ("vector",), ("descriptor",))
_FACE_VECTOR = names.NameHint("biometric", names.WEAK, "context", "face embedding")
_EMAILS = frozenset({"email", "emails", "emailaddress", "emailaddresses"})
_EMAIL_ADDRESS = names.NameHint("email", names.STRONG, "context", "e-mail table's address")


@lru_cache(maxsize=16384)
def _table(table: str) -> tuple[bool, bool, bool]:
    toks = set(names.tokens(table))
    return bool(toks & _OAUTH and toks & _CLIENTS), bool(toks & _FACES), bool(toks & _EMAILS)


def table_hint(table: str, column: str, tclass: str, h: names.NameHint | None) -> names.NameHint | None:
    """The hint `h`, corrected where the table's name settles what the column is."""
    oauth_client, faces, emails = _table(table)
    if emails and h is not None and h.category == "postal_address" and names.tokens(column) == ("address",):
        return _EMAIL_ADDRESS
    if oauth_client and h is not None and h.category == "person_name" and names.tokens(column) == ("name",):
        return None
    if faces and h is None and tclass in (names.OTHER, names.TEXT, names.BINARY) and names.tokens(
            column) in _EMBEDDING:
        return _FACE_VECTOR
    return h
