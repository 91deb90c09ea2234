"""How a whole table spells its column names, read before the name rules see them: Brazilian type prefixes
(`no_mae` -> `nome_mae`), type prefixes glued to upper-case Spanish names (`TXNOMBRES`), an IBM i file's own field
prefix (`CFLNAM` -> `LNAM`) and a DNA profile's STR loci (loci.py). A convention counts only where several of the
table's columns follow it, so one column cannot turn a table's names around.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from auditor.analysis.classify import loci


# Type prefixes of Brazilian public-sector schemas (e-SUS, DATASUS, SIAFI) and their kin: `no_` a name (nome), `nu_`
# a number, `ds_` a description, `co_` a code, `dt_` a date, `tp_` a type.
_TYPE_PREFIXES = {"no": "nome", "nu": "numero", "ds": "descricao", "co": "codigo", "dt": "data", "tp": "tipo",
                  "st": "situacao", "qt": "quantidade", "vl": "valor", "sg": "sigla"}


@lru_cache(maxsize=16384)
def spelled(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The table's column names as the name rules read them: with type prefixes spelled out (`no_mae` -> `nome_mae`,
    `nu_cns` -> `numero_cns`) when the table follows that convention (three columns or more with two prefixes or
    more), where `no_` is a name, not a number. Else a tuple equal to `columns` (memoised: not always the same object)."""
    columns = loci.spelled(_glued_types(_unprefixed(columns)))     # round 23: a DNA profile's STR loci
    heads = [c.split("_", 1)[0].lower() if "_" in c else "" for c in columns]
    if sum(h in _TYPE_PREFIXES for h in heads) < 3 or len({h for h in heads if h in _TYPE_PREFIXES}) < 2:
        return columns
    return tuple(_TYPE_PREFIXES[h] + c[len(h):] if h in _TYPE_PREFIXES else c for c, h in zip(columns, heads))


# Round 22: type prefixes glued to an upper-case name, as Spanish-language Oracle schemas write them (`TXNOMBRES`, a
# text; `FENACIMIENTO`, a date: fecha), the kin of the Brazilian ones above.
_GLUED_TYPES = {"TX": "", "FE": "FECHA_"}


def _glued_types(columns: tuple[str, ...]) -> tuple[str, ...]:
    """`TXNOMBRES` -> `NOMBRES`, `FENACIMIENTO` -> `FECHA_NACIMIENTO`, when three upper-case columns or more carry a
    glued type prefix, both kinds occur, and what follows is a word of five letters or more (not `TXHASH`, `TXFEE`)."""
    heads = [c[:2] if c[:2] in _GLUED_TYPES and c.isupper() and len(c.split("_", 1)[0]) >= 7 else "" for c in columns]
    if sum(map(bool, heads)) < 3 or len(set(heads) - {""}) < 2:
        return columns
    return tuple(_GLUED_TYPES[h] + c[2:] if h else c for c, h in zip(columns, heads))


def _unprefixed(columns: tuple[str, ...]) -> tuple[str, ...]:
    """Round 13: a file's field names as IBM i (AS/400) files write them, short upper-case words behind the file's
    own prefix (`CFLNAM`, `CFBDTE`, `CFZIP` in a customer file; `EMPPWD` in an employee file), read without it
    when four columns or more, and half the table's, share a prefix of two to four letters."""
    if len(columns) < 4 or not all(len(c) <= 10 and c.isupper() and c.isalnum() for c in columns):
        return columns
    for n in (4, 3, 2):
        heads = Counter(c[:n] for c in columns if len(c) > n + 1 and c[:n].isalpha())
        head, count = heads.most_common(1)[0] if heads else ("", 0)
        if count >= 4 and count * 2 >= len(columns):
            return tuple(c[n:] if c.startswith(head) and len(c) > n + 1 else c for c in columns)
    return columns
