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
                     for cat in ("political_opinion", "religious_belief", "sex_life", "genetic")}
