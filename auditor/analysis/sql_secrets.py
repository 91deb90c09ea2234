"""Secrets written into SQL text: literal pgcrypto keys and connection strings with a password.

The collector runs this over function bodies, view definitions and column defaults as the rows arrive and
keeps only where a secret is used (the function called, the argument position), never the literal: the text
itself never reaches the Snapshot. SQL is read through PostgreSQL's own parse tree (pglast); PL/pgSQL bodies,
and anything that does not parse, through PostgreSQL's own lexer, so comments and quoting are understood.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from pglast import ast, parse_sql
from pglast.parser import ParseError, scan
from pglast.stream import RawStream

# pgcrypto functions and the 1-based positions of their secret arguments. pgp_pub_encrypt takes a public key
# (not a secret); crypt(password, salt) hashes a password, so a literal first argument is a password in the code.
KEY_ARGUMENTS: dict[str, dict[int, str]] = {
    "pgp_sym_encrypt": {2: "key"}, "pgp_sym_encrypt_bytea": {2: "key"},
    "pgp_sym_decrypt": {2: "key"}, "pgp_sym_decrypt_bytea": {2: "key"},
    "pgp_pub_decrypt": {2: "private key", 3: "key password"},
    "pgp_pub_decrypt_bytea": {2: "private key", 3: "key password"},
    "encrypt": {2: "key"}, "decrypt": {2: "key"}, "encrypt_iv": {2: "key"}, "decrypt_iv": {2: "key"},
    "hmac": {2: "key"}, "crypt": {1: "password"},
}
CONNECTION_PASSWORD = "connection password"
# libpq keyword form (password=..., with or without quotes) and URIs (postgresql://user:secret@host)
_CONNINFO_PASSWORD = re.compile(r"(?i)(?:\bpassword\s*=\s*(?:'[^']+'|[^\s'=]+)|\b[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@)")


@dataclass(frozen=True, slots=True)
class SecretUse:
    """One secret found: the function it is passed to ("" when none), its argument position (0: none), and what."""

    called: str
    argument: int
    secret: str


def _literal(node: Any) -> str | None:
    """The value of a string constant, also under casts (`'k'::text`); None for anything else."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.A_Const) and not node.isnull and isinstance(node.val, ast.String):
        return node.val.sval
    return None


def _nodes(value: Any) -> Iterator[ast.Node]:
    if isinstance(value, ast.Node):
        yield value
        for slot in value.__slots__:
            yield from _nodes(getattr(value, slot, None))
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _nodes(v)


def _from_tree(statements: Any) -> set[SecretUse]:
    found: set[SecretUse] = set()
    passed: set[int] = set()                 # ids of literals already reported as an argument
    for node in _nodes(statements):
        if not isinstance(node, ast.FuncCall):
            continue
        name = node.funcname[-1].sval.lower()
        for pos, arg in enumerate(node.args or (), start=1):
            value = _literal(arg)
            if value is None:
                continue
            if value and pos in KEY_ARGUMENTS.get(name, {}):
                found.add(SecretUse(name, pos, KEY_ARGUMENTS[name][pos]))
            elif _CONNINFO_PASSWORD.search(value):
                found.add(SecretUse(name, pos, CONNECTION_PASSWORD))
            passed.add(id(arg.arg if isinstance(arg, ast.TypeCast) else arg))
    for node in _nodes(statements):        # a connection string assigned or concatenated, not passed directly
        if isinstance(node, ast.A_Const) and id(node) not in passed and (value := _literal(node)) \
                and _CONNINFO_PASSWORD.search(value):
            found.add(SecretUse("", 0, CONNECTION_PASSWORD))
    return found


def _string_token(text: str) -> str:
    """The inside of a quoted literal token (escapes are not undone: only patterns are matched)."""
    for quote in ("'", "$"):
        if quote in text:
            return text[text.index(quote) + 1:text.rindex(quote)] if quote == "'" else text
    return text


def _from_tokens(text: str) -> set[SecretUse]:
    """PL/pgSQL and unparsable text: a call is an identifier, "(", arguments split at top-level commas."""
    try:
        tokens = [(t.name, text[t.start:t.end + 1]) for t in scan(text) if not t.name.endswith("COMMENT")]
    except ParseError:
        return set()
    found: set[SecretUse] = set()
    judged: set[int] = set()                 # token indices of literals judged as an argument
    for i, (_, value) in enumerate(tokens):
        name = value.strip('"').lower()
        if i + 1 >= len(tokens) or tokens[i + 1][1] != "(" or (name not in KEY_ARGUMENTS
                                                                and not name.startswith("dblink")):
            continue
        depth, pos, start = 0, 1, i + 2      # start: the first token of the current argument
        for j in range(i + 2, len(tokens)):
            value2 = tokens[j][1]
            if value2 in ("(", "["):
                depth += 1
            elif value2 in (")", "]") and depth:
                depth -= 1
            elif (value2 == ")" or value2 == ",") and depth == 0:
                _judge(name, pos, tokens[start:j], found)
                judged.add(start)
                if value2 == ")":
                    break
                pos, start = pos + 1, j + 1
    for i, (kind, value) in enumerate(tokens):
        if kind == "SCONST" and i not in judged and _CONNINFO_PASSWORD.search(_string_token(value)):
            found.add(SecretUse("", 0, CONNECTION_PASSWORD))
    return found


def _judge(name: str, pos: int, arg: list[tuple[str, str]], found: set[SecretUse]) -> None:
    """An argument that is one string literal, possibly cast (`'k'::text`)."""
    if not arg or arg[0][0] != "SCONST" or (len(arg) > 1 and arg[1][0] != "TYPECAST"):
        return
    value = _string_token(arg[0][1])
    if pos in KEY_ARGUMENTS.get(name, {}) and value:
        found.add(SecretUse(name, pos, KEY_ARGUMENTS[name][pos]))
    elif _CONNINFO_PASSWORD.search(value):
        found.add(SecretUse(name, pos, CONNECTION_PASSWORD))


def secrets_in(text: str | None, language: str) -> tuple[SecretUse, ...]:
    """Secrets in one function body ("sql", "plpgsql"), view query ("sql") or default expression ("expr")."""
    if not text or ("'" not in text and "$" not in text):
        return ()       # no string constant ('...', E'...', $tag$...$tag$) to hold one: spare parsing the body
    found: set[SecretUse] | None = None
    if language in ("sql", "expr"):
        try:
            found = _from_tree(parse_sql(f"SELECT {text}" if language == "expr" else text))
        except ParseError:
            found = None
    if found is None:
        found = _from_tokens(text)
    return tuple(sorted(found, key=lambda u: (u.called, u.argument, u.secret)))


# Trigger functions whose name says they encrypt, sign or hash: a literal argument is then taken as their key.
_KEYED_TRIGGER = re.compile(r"(?i)crypt|pgp|hmac|cipher|(?:^|_)enc(?:_|$)|(?:^|_)keys?(?:_|$)")
WITHHELD = "<withheld: holds a secret>"


def _key_like(value: str) -> bool:
    """Long enough to be a key and not a column or mode name ('ssn', 'card_number', 'aes')."""
    return len(value) >= 8 and not re.fullmatch(r"[a-z_][a-z0-9_]*", value)


def trigger_secrets(definition: str | None) -> tuple[tuple[SecretUse, ...], str | None]:
    """Secrets among a trigger's arguments (pg_get_triggerdef text), and the definition with those arguments
    replaced by WITHHELD (None when nothing was found: keep the definition as it is)."""
    if not definition:
        return (), None
    try:
        [raw] = parse_sql(definition)
    except (ParseError, ValueError):
        return (), None
    stmt = raw.stmt
    if not isinstance(stmt, ast.CreateTrigStmt) or not stmt.args:
        return (), None
    found = _trigger_arguments(stmt)
    if not found:
        return (), None
    secret = {u.argument for u in found}
    stmt.args = tuple(ast.String(sval=WITHHELD) if pos in secret else arg for pos, arg in enumerate(stmt.args, start=1))
    return tuple(found), RawStream()(stmt)


def _trigger_arguments(stmt: ast.CreateTrigStmt) -> list[SecretUse]:
    called = stmt.funcname[-1].sval.lower()
    found: list[SecretUse] = []
    for pos, arg in enumerate(stmt.args or (), start=1):
        value = getattr(arg, "sval", "") or ""
        if _CONNINFO_PASSWORD.search(value):
            found.append(SecretUse(called, pos, CONNECTION_PASSWORD))
        elif _KEYED_TRIGGER.search(called) and _key_like(value):
            found.append(SecretUse(called, pos, "key"))
    return found


_PASSWORD_OPTIONS = frozenset({"password", "passwd", "sslpassword", "passphrase", "secret"})


def statement_secrets(text: str | None) -> tuple[SecretUse, ...]:
    """Secrets in one statement as pg_stat_statements keeps it: what secrets_in finds, plus what utility
    statements hold as options (ALTER ROLE ... PASSWORD, CREATE USER MAPPING ... OPTIONS (password ...)) and the
    bodies of DO blocks and CREATE FUNCTION. Literals the server normalised to $n are gone already."""
    if not text:
        return ()
    try:
        tree = parse_sql(text)
    except ParseError:
        return secrets_in(text, "plpgsql")
    found = set(_from_tree(tree))
    for node in _nodes(tree):
        if isinstance(node, ast.CreateTrigStmt):
            found.update(_trigger_arguments(node))
        if not isinstance(node, ast.DefElem) or node.arg is None:
            continue
        name = (node.defname or "").lower()
        value = node.arg.sval if isinstance(node.arg, ast.String) else None
        if value and name in _PASSWORD_OPTIONS:
            found.add(SecretUse("", 0, "password"))
        elif value and _CONNINFO_PASSWORD.search(value):
            found.add(SecretUse("", 0, CONNECTION_PASSWORD))
        elif name == "as" and isinstance(node.arg, (list, tuple)):      # CREATE FUNCTION ... AS 'body'
            for part in node.arg:
                found.update(secrets_in(getattr(part, "sval", None), "plpgsql"))
        elif name == "as" and isinstance(node.arg, ast.String):          # DO 'body'
            found.update(secrets_in(value, "plpgsql"))
    return tuple(sorted(found, key=lambda u: (u.called, u.argument, u.secret)))
