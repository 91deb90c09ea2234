"""The forty-ninth blind corpus part (schemas ay_*): six application schemas written and labelled blind, with
hand-written values (blind49_gens.py and the schema modules) and no Faker. See docs/blind49-corpus.md."""
from __future__ import annotations

from .blind49_hievents import hievents_tables
from .blind49_ospos import ospos_tables
from .blind49_samediggi import samediggi_tables
from .blind49_scola import scola_tables
from .blind49_spitex import spitex_tables
from .blind49_tendenci import tendenci_tables
from .gens import Table


def blind49_tables() -> list[Table]:
    return (ospos_tables() + tendenci_tables() + hievents_tables() + spitex_tables() + scola_tables()
            + samediggi_tables())
