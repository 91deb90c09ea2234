"""The twenty-fifth blind corpus part (schemas aa_*): six application schemas written and labelled blind, with
hand-written values (blind25_gens.py and the schema modules) and no Faker. See docs/blind25-corpus.md."""
from __future__ import annotations

from .blind25_espocrm import espocrm_tables
from .blind25_kanboard import kanboard_tables
from .blind25_meals import meals_tables
from .blind25_medusa import medusa_tables
from .blind25_microfinance import microfinance_tables
from .blind25_paperless import paperless_tables
from .gens import Table


def blind25_tables() -> list[Table]:
    return (kanboard_tables() + paperless_tables() + medusa_tables() + espocrm_tables() + meals_tables()
            + microfinance_tables())
