"""The twelfth blind corpus part (schemas o_*), written and labelled without reading the classifier: six schemas
recreating real applications or realistic in-house systems, filled from hand-written pools (no Faker).

See docs/blind12-corpus.md for what each schema recreates and how its doubtful columns were labelled."""
from __future__ import annotations

from .blind12_chatwoot import chatwoot_tables
from .blind12_fahrschule import fahrschule_tables
from .blind12_ghost import ghost_tables
from .blind12_phongkham import phongkham_tables
from .blind12_sacco import sacco_tables
from .blind12_snipeit import snipeit_tables
from .gens import Table


def blind12_tables() -> list[Table]:
    return [*snipeit_tables(), *sacco_tables(), *fahrschule_tables(), *ghost_tables(), *phongkham_tables(),
            *chatwoot_tables()]
