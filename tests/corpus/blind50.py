"""The fiftieth blind corpus part (schemas az_*): six application schemas written and labelled blind, with
hand-written values (blind50_gens.py and the schema modules) and no Faker. See docs/blind50-corpus.md."""
from __future__ import annotations

from .blind50_corsu import corsu_tables
from .blind50_frysk import frysk_tables
from .blind50_hospitalrun import hospitalrun_tables
from .blind50_redcap import redcap_tables
from .blind50_sardu import sardu_tables
from .blind50_zencart import zencart_tables
from .gens import Table


def blind50_tables() -> list[Table]:
    return (hospitalrun_tables() + zencart_tables() + redcap_tables() + frysk_tables() + corsu_tables()
            + sardu_tables())
