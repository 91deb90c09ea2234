"""The forty-second blind corpus part (schemas ar_*): six application schemas written and labelled blind, with
hand-written values (blind42_gens.py and the schema modules) and no Faker. See docs/blind42-corpus.md."""
from __future__ import annotations

from .blind42_amra import amra_tables
from .blind42_dspace import dspace_tables
from .blind42_ofn import ofn_tables
from .blind42_taupulega import taupulega_tables
from .blind42_vacaciones import vacaciones_tables
from .blind42_vikunja import vikunja_tables
from .gens import Table


def blind42_tables() -> list[Table]:
    return (ofn_tables() + dspace_tables() + vikunja_tables() + taupulega_tables() + amra_tables()
            + vacaciones_tables())
