"""The twenty-first blind corpus part (schemas y_*): six application schemas written and labelled blind, with
hand-written values (blind21_gens.py and the schema modules) and no Faker. See docs/blind21-corpus.md."""
from __future__ import annotations

from .blind21_lime import lime_tables
from .blind21_ncos import ncos_tables
from .blind21_ohrm import ohrm_tables
from .blind21_openelis import openelis_tables
from .blind21_thdna import thdna_tables
from .blind21_woo import woo_tables
from .gens import Table


def blind21_tables() -> list[Table]:
    return (ohrm_tables() + openelis_tables() + thdna_tables() + woo_tables() + ncos_tables() + lime_tables())
