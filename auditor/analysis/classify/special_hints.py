"""A special category most of a sampled column's values state (special.special_value: `Catholic`, `Militante`,
`bisexual`), as the hint a column's name would give; read in tables about people (sensitivity.classify_relation)."""
from __future__ import annotations

from auditor.analysis.classify import names
from auditor.model.snapshot import ColumnSample


def special_values(sample: ColumnSample, min_ratio: float) -> names.NameHint | None:
    """The special category most of the column's values state, as a hint; None if none does."""
    n = sample.non_null
    found = [(count, cat) for cat, count in sample.matches if cat in _SPECIAL_BY_VALUE and n and count / n >= min_ratio]
    return _SPECIAL_BY_VALUE[max(found)[1]] if found else None


_SPECIAL_BY_VALUE = {cat: names.NameHint(cat, names.WEAK, "values", "terms of " + cat)
                     for cat in ("political_opinion", "religious_belief", "sex_life", "genetic", "biometric")}


# Round 15: a trade union's own register (its database or schema named for it: `fack`, `sindicat`, `gewerkschaft`):
# there, a member's status says the person is a member of that union (Swedish and Romanian unions' `medlemsstatus`,
# `stare`), as a union column would anywhere else. A credit union is no trade union.
_UNIONS = frozenset("""union unions tradeunion fack fackforbund fackforening fagforening fagforbund fagforbundet
ammattiliitto odbory odborovy sindicat sindicatul sindicato sindicatos sindacato syndicat syndicats gewerkschaft
vakbond zwiazek zawodowy sendika""".split())
_STATUS = frozenset("status stare estado statut stato stav durum tila tilstand katastasi stan".split())
_UNION_STATUS = names.NameHint("trade_union", names.WEAK, "context", "member status in a union's register")


def union_status(database: str, schema: str, column: str) -> names.NameHint | None:
    """The hint for a status column of a table of people in a trade union's own database or schema."""
    toks = names.tokens(column)
    if not toks or toks[-1] not in _STATUS:
        return None
    owner = set(names.tokens(database)) | set(names.tokens(schema))
    return _UNION_STATUS if not _UNIONS.isdisjoint(owner) and "credit" not in owner else None
