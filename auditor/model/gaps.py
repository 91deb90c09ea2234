"""Names of the sampler's gaps, shared by the sampler (which records them) and the analysis (which reads them)."""
from __future__ import annotations

from auditor.model.names import relation_object
from auditor.model.snapshot import Relation

GAP_PREFIX = "sample:"

# `missing` names what the auditing role lacks, so this reads "lacks BYPASSRLS (...)" in every summary.
RLS_MISSING = "BYPASSRLS (RLS protects this table; sampling it would execute its policies)"
FOREIGN_MISSING = "a partitioned table without foreign partitions (reading this one would query a foreign server)"


def sample_gap_item(rel: Relation) -> str:
    return GAP_PREFIX + relation_object(rel.database, rel.schema, rel.name)


def database_gap_item(database: str) -> str:
    return GAP_PREFIX + "database:" + database
