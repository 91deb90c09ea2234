"""The forty-first blind corpus part (schemas aq_*): six application schemas written and labelled blind, with
hand-written values (blind41_gens.py and the schema modules) and no Faker. See docs/blind41-corpus.md."""
from __future__ import annotations

from .blind41_niue import niue_tables
from .blind41_opensis import opensis_tables
from .blind41_passbolt import passbolt_tables
from .blind41_rapidpro import rapidpro_tables
from .blind41_somaliland import somaliland_tables
from .blind41_sxrental import sxrental_tables
from .gens import Table


def blind41_tables() -> list[Table]:
    return (opensis_tables() + rapidpro_tables() + passbolt_tables() + niue_tables() + sxrental_tables()
            + somaliland_tables())
