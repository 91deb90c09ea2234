"""The seventeenth blind corpus part (schemas t_*): six application schemas written and labelled blind, with
hand-written values (blind17_gens.py and the schema modules) and no Faker. See docs/blind17-corpus.md."""
from __future__ import annotations

from .blind17_hoer import hoer_tables
from .blind17_oc import oc_tables
from .blind17_osm import osm_tables
from .blind17_panel import panel_tables
from .blind17_rise import rise_tables
from .blind17_synapse import synapse_tables
from .gens import Table


def blind17_tables() -> list[Table]:
    return osm_tables() + synapse_tables() + oc_tables() + rise_tables() + panel_tables() + hoer_tables()
