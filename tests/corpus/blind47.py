"""The forty-seventh blind corpus part (schemas aw_*): six application schemas written and labelled blind, with
hand-written values (blind47_gens.py and the schema modules) and no Faker. See docs/blind47-corpus.md."""
from __future__ import annotations

from .blind47_agedcare import agedcare_tables
from .blind47_care2x import care2x_tables
from .blind47_cps import cps_tables
from .blind47_likelemba import likelemba_tables
from .blind47_sentrifugo import sentrifugo_tables
from .blind47_vendure import vendure_tables
from .gens import Table


def blind47_tables() -> list[Table]:
    return (care2x_tables() + sentrifugo_tables() + vendure_tables() + cps_tables() + likelemba_tables()
            + agedcare_tables())
