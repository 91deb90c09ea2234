"""The thirtieth blind corpus part (schemas af_*): six application schemas written and labelled blind, with
hand-written values (blind30_gens.py, blind30_people.py and the schema modules) and no Faker. See
docs/blind30-corpus.md."""
from __future__ import annotations

from .blind30_documenso import documenso_tables
from .blind30_estacio import estacio_tables
from .blind30_firearms import firearms_tables
from .blind30_freescout import freescout_tables
from .blind30_glpi import glpi_tables
from .blind30_ushahidi import ushahidi_tables
from .gens import Table


def blind30_tables() -> list[Table]:
    return (glpi_tables() + ushahidi_tables() + documenso_tables() + freescout_tables() + estacio_tables()
            + firearms_tables())
