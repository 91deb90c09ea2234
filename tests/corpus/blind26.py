"""The twenty-sixth blind corpus part (schemas ab_*): six application schemas written and labelled blind, with
hand-written values (blind26_gens.py and the schema modules) and no Faker. See docs/blind26-corpus.md."""
from __future__ import annotations

from .blind26_dialisis import dialisis_tables
from .blind26_freight import freight_tables
from .blind26_idempiere import idempiere_tables
from .blind26_openclinica import openclinica_tables
from .blind26_tryton import tryton_tables
from .blind26_vtiger import vtiger_tables
from .gens import Table


def blind26_tables() -> list[Table]:
    return (openclinica_tables() + idempiere_tables() + vtiger_tables() + tryton_tables() + freight_tables()
            + dialisis_tables())
