"""The forty-sixth blind corpus part (schemas av_*): six application schemas written and labelled blind, with
hand-written values (blind46_gens.py and the schema modules) and no Faker. See docs/blind46-corpus.md."""
from __future__ import annotations

from .blind46_hemtjanst import hemtjanst_tables
from .blind46_horilla import horilla_tables
from .blind46_krayin import krayin_tables
from .blind46_openslides import openslides_tables
from .blind46_tahiry import tahiry_tables
from .blind46_uvea import uvea_tables
from .gens import Table


def blind46_tables() -> list[Table]:
    return (openslides_tables() + horilla_tables() + krayin_tables() + hemtjanst_tables() + uvea_tables()
            + tahiry_tables())
