"""The fourteenth blind corpus part (schemas q_*): six application schemas written and labelled blind, with
hand-written values (blind14_gens.py) and no Faker. See docs/blind14-corpus.md."""
from __future__ import annotations

from .blind14_biopank import biopank_tables
from .blind14_fysio import fysio_tables
from .blind14_rt import rt_tables
from .blind14_sylius import sylius_tables
from .blind14_vigilancia import vigilancia_tables
from .blind14_zulip import zulip_tables
from .gens import Table


def blind14_tables() -> list[Table]:
    return (sylius_tables() + fysio_tables() + rt_tables() + vigilancia_tables() + zulip_tables()
            + biopank_tables())
