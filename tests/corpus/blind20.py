"""The twentieth blind corpus part (schemas x_*): six application schemas written and labelled blind, with
hand-written values (blind20_gens.py and the schema modules) and no Faker. See docs/blind20-corpus.md."""
from __future__ import annotations

from .blind20_akaunting import akaunting_tables
from .blind20_arod import arod_tables
from .blind20_declara import declara_tables
from .blind20_redmine import redmine_tables
from .blind20_thal import thal_tables
from .blind20_wwcc import wwcc_tables
from .gens import Table


def blind20_tables() -> list[Table]:
    return (redmine_tables() + akaunting_tables() + arod_tables() + thal_tables() + wwcc_tables()
            + declara_tables())
