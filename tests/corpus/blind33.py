"""The thirty-third blind corpus part (schemas ai_*): six schemas written and labelled blind, four recreating public
open-source applications (ILIAS, Indico, OpenPetra, OpenBiblio) and two local institutions (home care in Greenland,
an employees' union in Liechtenstein), with hand-written values (blind33_gens.py and the schema modules) and no
Faker. See docs/blind33-corpus.md."""
from __future__ import annotations

from .blind33_gewerkschaft import gewerkschaft_tables
from .blind33_hjemmepleje import hjemmepleje_tables
from .blind33_ilias import ilias_tables
from .blind33_indico import indico_tables
from .blind33_openbiblio import openbiblio_tables
from .blind33_openpetra import openpetra_tables
from .gens import Table


def blind33_tables() -> list[Table]:
    return (ilias_tables() + indico_tables() + openpetra_tables() + openbiblio_tables() + hjemmepleje_tables()
            + gewerkschaft_tables())
