"""Round 11: what a table's sampled rows say about whom they are about, where its column names mislead.

A column named for a company (`company`, `vat_id`) makes a table an organisation's (entity.py): the company's own
contact data is not personal. A ticket shop's invoice address or an attendee's record has such columns for the
few buyers who are businesses, while most rows are private people. When the sampled rows mostly leave every
company column empty and another column's values are mostly people's names (found by the name dictionary, or fitting
a column named for a name), the rows are people's, some of them
with an employer or a VAT number, and their contact data is personal.
"""
from __future__ import annotations

from auditor.analysis.classify import names
from auditor.analysis.classify.analyse import FULL_ANALYSIS
from auditor.analysis.classify.entity import ORG_TABLES
from auditor.analysis.classify.people_columns import ORG_COLUMNS
from auditor.model.snapshot import ColumnSample, Relation


def people_with_employer(rel: Relation, samples: dict[str, ColumnSample], min_ratio: float) -> bool:
    """Is a table read as an organisation's by a company column in fact about people (see the module's doc)?"""
    if not ORG_TABLES.isdisjoint(names.tokens(rel.name)):
        return False      # `suppliers`, `companies`: named for organisations, whatever most rows leave empty
    company = [c.name for c in rel.columns if c.name in samples and not ORG_COLUMNS.isdisjoint(names.tokens(c.name))]
    if not company or any(not samples[c].rows or samples[c].non_null * 2 >= min(samples[c].rows, FULL_ANALYSIS)
                          for c in company):      # (analysis may stop after FULL_ANALYSIS values)
        return False      # a company column filled in half the rows or more: the firm's own record (an `is_business`
        # flag is not sampled: it says nothing about how many rows are firms)
    return any(s.non_null and max(dict(s.matches).get("person_name", 0), s.plausible if s.hinted == "person_name"
                                  else 0) >= min_ratio * s.non_null for c, s in samples.items() if c not in company)
