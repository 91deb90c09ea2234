"""The eleventh blind corpus part (schemas n_*): six application schemas recreated from memory and filled with
hand-written values, written and labelled without reading the classifier, its documentation or the other corpus
parts, and never measured by its author. See docs/blind11-corpus.md for the schemas and the doubtful decisions."""
from __future__ import annotations

from .blind11_dhis2 import dhis2_tables
from .blind11_homecare import homecare_tables
from .blind11_ojek import ojek_tables
from .blind11_osticket import osticket_tables
from .blind11_rbank import rbank_tables
from .blind11_saleor import saleor_tables
from .gens import Table


def blind11_tables() -> list[Table]:
    return saleor_tables() + dhis2_tables() + rbank_tables() + osticket_tables() + ojek_tables() + homecare_tables()
