"""The twenty-second blind corpus part (schemas z_*): six application schemas written and labelled blind, with
hand-written values (blind22_gens.py and the schema modules) and no Faker. See docs/blind22-corpus.md."""
from __future__ import annotations

from .blind22_calcom import calcom_tables
from .blind22_checkroll import checkroll_tables
from .blind22_lemmy import lemmy_tables
from .blind22_race import race_tables
from .blind22_umrah import umrah_tables
from .blind22_vault import vault_tables
from .gens import Table


def blind22_tables() -> list[Table]:
    return (lemmy_tables() + calcom_tables() + vault_tables() + checkroll_tables() + umrah_tables() + race_tables())
