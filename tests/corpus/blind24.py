"""The twenty-fourth blind corpus part (schemas a_*): six application schemas written and labelled blind, with
hand-written values (blind24_gens.py and the schema modules) and no Faker. See docs/blind24-corpus.md."""
from __future__ import annotations

from .blind24_adoption import adoption_tables
from .blind24_canvas import canvas_tables
from .blind24_evergreen import evergreen_tables
from .blind24_jellyfin import jellyfin_tables
from .blind24_sormas import sormas_tables
from .blind24_zrm import zrm_tables
from .gens import Table


def blind24_tables() -> list[Table]:
    return (sormas_tables() + jellyfin_tables() + evergreen_tables() + canvas_tables() + zrm_tables()
            + adoption_tables())
