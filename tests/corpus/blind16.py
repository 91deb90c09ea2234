"""The sixteenth blind corpus part (schemas s_*): six application schemas written and labelled blind, with
hand-written values (blind16_gens.py and the schema modules) and no Faker. See docs/blind16-corpus.md."""
from __future__ import annotations

from .blind16_bailbonds import bailbonds_tables
from .blind16_clinic import clinic_tables
from .blind16_flores import flores_tables
from .blind16_opencart import opencart_tables
from .blind16_part import part_tables
from .blind16_thuiszorg import thuiszorg_tables
from .gens import Table


def blind16_tables() -> list[Table]:
    return (opencart_tables() + thuiszorg_tables() + bailbonds_tables() + part_tables() + flores_tables()
            + clinic_tables())
