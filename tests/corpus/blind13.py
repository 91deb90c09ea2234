"""The thirteenth blind corpus part (schemas p_*): six application schemas written and labelled blind, with
hand-written values (blind13_gens.py) and no Faker. See docs/blind13-corpus.md."""
from __future__ import annotations

from .blind13_farmakeio import farmakeio_tables
from .blind13_gitea import gitea_tables
from .blind13_ninja import ninja_tables
from .blind13_ryokan import ryokan_tables
from .blind13_sindicat import sindicat_tables
from .blind13_spree import spree_tables
from .gens import Table


def blind13_tables() -> list[Table]:
    return spree_tables() + ryokan_tables() + farmakeio_tables() + ninja_tables() + sindicat_tables() + gitea_tables()
