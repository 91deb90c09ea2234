"""Trigger functions that copy whole rows: to_jsonb(NEW), row_to_json(OLD), hstore(NEW) written somewhere.

An audit trigger built this way copies every column of the watched table, personal data included, into its log
table. The collector runs this over function bodies as they arrive (like sql_secrets) and keeps only the tables
such a body INSERTs into, never the body. Read through PostgreSQL's own lexer, so comments and quoting are
understood; a body that does not lex yields nothing. What the checks make of the targets is in log_copies.py:
this module imports no classifier, so collection starts without it.
"""
from __future__ import annotations

from pglast.parser import ParseError, scan


# functions that turn a row variable into one value holding all its columns
_IMAGE_FUNCTIONS = frozenset({"to_jsonb", "to_json", "row_to_json", "hstore", "jsonb_populate_record", "row"})
_ROW_VARIABLES = frozenset({"NEW", "OLD"})


def _name(token: str) -> str:
    """An identifier as PostgreSQL folds it: quoted kept as written, bare lower-cased."""
    return token[1:-1].replace('""', '"') if token.startswith('"') else token.lower()


def row_image_targets(body: str | None) -> tuple[tuple[str | None, str], ...]:
    """Tables ((schema or None, table), as written) the body INSERTs into when it builds a row image of NEW/OLD."""
    if not body:
        return ()
    try:
        tokens = [(t.name, body[t.start:t.end + 1]) for t in scan(body) if not t.name.endswith("COMMENT")]
    except ParseError:
        return ()
    image = any(tokens[i][1].lower() in _IMAGE_FUNCTIONS and tokens[i + 1][1] == "("
                and tokens[i + 2][1].upper() in _ROW_VARIABLES
                for i in range(len(tokens) - 2))
    if not image:
        return ()
    targets: list[tuple[str | None, str]] = []
    for i in range(len(tokens) - 2):
        if tokens[i][0] == "INSERT" and tokens[i + 1][0] == "INTO":
            first = _name(tokens[i + 2][1])
            if i + 4 < len(tokens) and tokens[i + 3][1] == ".":
                targets.append((first, _name(tokens[i + 4][1])))
            else:
                targets.append((None, first))
    return tuple(dict.fromkeys(targets))
