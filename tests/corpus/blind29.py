"""The twenty-ninth blind corpus part (schemas ae_*): six application schemas written and labelled blind, with
hand-written values (blind29_people.py, blind29_gens.py and the schema modules) and no Faker. See
docs/blind29-corpus.md."""
from __future__ import annotations

from .blind29_housing import housing_tables
from .blind29_humhub import humhub_tables
from .blind29_killbill import killbill_tables
from .blind29_odk import odk_tables
from .blind29_ofbiz import ofbiz_tables
from .blind29_regie import regie_tables
from .gens import Table


def blind29_tables() -> list[Table]:
    return ofbiz_tables() + humhub_tables() + odk_tables() + killbill_tables() + housing_tables() + regie_tables()
