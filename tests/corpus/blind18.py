"""The eighteenth blind corpus part (schemas v_*): six application schemas written and labelled blind, with
hand-written values (blind18_gens.py and the schema modules) and no Faker. See docs/blind18-corpus.md."""
from __future__ import annotations

from .blind18_albergue import albergue_tables
from .blind18_erpnext import erpnext_tables
from .blind18_kimai import kimai_tables
from .blind18_lohn import lohn_tables
from .blind18_mautic import mautic_tables
from .blind18_parama import parama_tables
from .gens import Table


def blind18_tables() -> list[Table]:
    return mautic_tables() + erpnext_tables() + lohn_tables() + parama_tables() + kimai_tables() + albergue_tables()
