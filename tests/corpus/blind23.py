"""The twenty-third blind corpus part (schemas f_*): six application schemas written and labelled blind, with
hand-written values (blind23_gens.py and the schema modules) and no Faker. See docs/blind23-corpus.md."""
from __future__ import annotations

from .blind23_biotime import biotime_tables
from .blind23_fixmystreet import fixmystreet_tables
from .blind23_funeral import funeral_tables
from .blind23_kadry import kadry_tables
from .blind23_listmonk import listmonk_tables
from .blind23_mattermost import mattermost_tables
from .gens import Table


def blind23_tables() -> list[Table]:
    return (mattermost_tables() + fixmystreet_tables() + funeral_tables() + kadry_tables() + biotime_tables()
            + listmonk_tables())
