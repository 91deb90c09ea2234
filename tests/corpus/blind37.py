"""The thirty-seventh blind corpus part (schemas am_*): six schemas written and labelled blind, with hand-written
values (blind37_gens.py and the schema modules) and no Faker. See docs/blind37-corpus.md."""
from __future__ import annotations

from .blind37_aoraki import aoraki_tables
from .blind37_attendize import attendize_tables
from .blind37_awara import awara_tables
from .blind37_crater import crater_tables
from .blind37_galette import galette_tables
from .blind37_sarafa import sarafa_tables
from .gens import Table


def blind37_tables() -> list[Table]:
    return (attendize_tables() + galette_tables() + crater_tables() + aoraki_tables() + awara_tables()
            + sarafa_tables())
