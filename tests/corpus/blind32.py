"""The thirty-second blind corpus part (schemas ah_*): six schemas written and labelled blind, with hand-written
values (blind32_pools.py, blind32_gens.py and the schema modules) and no Faker. See docs/blind32-corpus.md."""
from __future__ import annotations

from .blind32_easyappointments import easyappointments_tables
from .blind32_gibbon import gibbon_people_tables
from .blind32_gibbon_care import gibbon_care_tables
from .blind32_icehrm import icehrm_tables
from .blind32_sanatoriy import sanatoriy_tables
from .blind32_simkyc import simkyc_tables
from .blind32_slims import slims_tables
from .gens import Table


def blind32_tables() -> list[Table]:
    return (gibbon_people_tables() + gibbon_care_tables() + icehrm_tables() + easyappointments_tables()
            + slims_tables() + sanatoriy_tables() + simkyc_tables())
