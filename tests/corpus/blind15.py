"""The fifteenth blind corpus part (schemas r_*): six application schemas written and labelled blind, with
hand-written values (blind15_gens.py and the schema modules) and no Faker. See docs/blind15-corpus.md."""
from __future__ import annotations

from .blind15_churchcrm import churchcrm_tables
from .blind15_cri import cri_tables
from .blind15_ojs import ojs_tables
from .blind15_radius import radius_tables
from .blind15_shopware import shopware_tables
from .blind15_staffing import staffing_tables
from .gens import Table


def blind15_tables() -> list[Table]:
    return (shopware_tables() + ojs_tables() + cri_tables() + staffing_tables() + radius_tables()
            + churchcrm_tables())
