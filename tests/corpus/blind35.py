"""The thirty-fifth blind corpus part (schemas ak_*): six application schemas written and labelled blind, with
hand-written values (blind35_gens.py and the schema modules) and no Faker. See docs/blind35-corpus.md."""
from __future__ import annotations

from .blind35_bete import bete_tables
from .blind35_frontaccounting import frontaccounting_tables
from .blind35_gurlusyk import gurlusyk_tables
from .blind35_ikawa import ikawa_tables
from .blind35_jorani import jorani_tables
from .blind35_sahana import sahana_tables
from .gens import Table


def blind35_tables() -> list[Table]:
    return (frontaccounting_tables() + jorani_tables() + sahana_tables() + gurlusyk_tables() + ikawa_tables()
            + bete_tables())
