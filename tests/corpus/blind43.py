"""The forty-third blind corpus part (schemas as_*): six application schemas written and labelled blind, with
hand-written values (blind43_gens.py and the schema modules) and no Faker. See docs/blind43-corpus.md."""
from __future__ import annotations

from .blind43_arackiralama import arackiralama_tables
from .blind43_avtoshkola import avtoshkola_tables
from .blind43_librebooking import librebooking_tables
from .blind43_mediasante import mediasante_tables
from .blind43_mobilizon import mobilizon_tables
from .blind43_openspecimen import openspecimen_tables
from .gens import Table


def blind43_tables() -> list[Table]:
    return (openspecimen_tables() + mobilizon_tables() + librebooking_tables() + avtoshkola_tables()
            + arackiralama_tables() + mediasante_tables())
