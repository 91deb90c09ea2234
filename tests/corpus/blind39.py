"""The thirty-ninth blind corpus part (schemas ao_*): six schemas written and labelled blind, with hand-written values
(blind39_gens.py and the schema modules) and no Faker. See docs/blind39-corpus.md."""
from __future__ import annotations

from .blind39_friendica import friendica_tables
from .blind39_ihris import ihris_tables
from .blind39_kann import kann_tables
from .blind39_oscommerce import oscommerce_tables
from .blind39_vaa import vaa_tables
from .blind39_zungji import zungji_tables
from .gens import Table


def blind39_tables() -> list[Table]:
    return (oscommerce_tables() + friendica_tables() + ihris_tables() + zungji_tables() + vaa_tables()
            + kann_tables())
