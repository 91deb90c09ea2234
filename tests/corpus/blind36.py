"""The thirty-sixth blind corpus part (schemas al_*): six schemas written and labelled blind, with hand-written values
(blind36_gens.py and the schema modules) and no Faker. See docs/blind36-corpus.md."""
from __future__ import annotations

from .blind36_fysio import fysio_tables
from .blind36_kes import kes_tables
from .blind36_ledgersmb import ledgersmb_tables
from .blind36_loomio import loomio_tables
from .blind36_mosip import mosip_tables
from .blind36_roghtun import roghtun_tables
from .gens import Table


def blind36_tables() -> list[Table]:
    return (ledgersmb_tables() + mosip_tables() + loomio_tables() + roghtun_tables() + kes_tables()
            + fysio_tables())
