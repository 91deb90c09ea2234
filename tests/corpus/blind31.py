"""The thirty-first blind corpus part (schemas ag_*): six application schemas written and labelled blind, with
hand-written values (blind31_gens.py, blind31_people.py and the schema modules) and no Faker. See
docs/blind31-corpus.md."""
from __future__ import annotations

from .blind31_divecentre import divecentre_tables
from .blind31_joomla import joomla_tables
from .blind31_mahalla import mahalla_tables
from .blind31_outline import outline_tables
from .blind31_piwigo import piwigo_tables
from .blind31_pretalx import pretalx_tables
from .gens import Table


def blind31_tables() -> list[Table]:
    return (joomla_tables() + piwigo_tables() + outline_tables() + pretalx_tables() + mahalla_tables()
            + divecentre_tables())
