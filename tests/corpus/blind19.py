"""The nineteenth blind corpus part (schemas w_*): six application schemas written and labelled blind, with
hand-written values (blind19_gens.py and the schema modules) and no Faker. See docs/blind19-corpus.md."""
from __future__ import annotations

from .blind19_decidim import decidim_tables
from .blind19_firefly import firefly_tables
from .blind19_immich import immich_tables
from .blind19_monica import monica_tables
from .blind19_opencats import opencats_tables
from .blind19_sada import sada_tables
from .gens import Table


def blind19_tables() -> list[Table]:
    return (monica_tables() + immich_tables() + opencats_tables() + sada_tables() + decidim_tables()
            + firefly_tables())
