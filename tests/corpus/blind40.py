"""The fortieth blind corpus part (schemas ap_*): three application schemas (MantisBT, Chamilo, Bagisto) and three
in-house schemas of Palau, São Tomé and Príncipe and Mayotte, written and labelled blind, with hand-written values
(blind40_gens.py and the schema modules) and no Faker. See docs/blind40-corpus.md."""
from __future__ import annotations

from .blind40_afya import afya_tables
from .blind40_bagisto import bagisto_tables
from .blind40_chamilo import chamilo_tables
from .blind40_kakau import kakau_tables
from .blind40_mantisbt import mantisbt_tables
from .blind40_skuul import skuul_tables
from .gens import Table


def blind40_tables() -> list[Table]:
    return mantisbt_tables() + chamilo_tables() + bagisto_tables() + skuul_tables() + kakau_tables() + afya_tables()
