"""The forty-eighth blind corpus part (schemas ax_*): six application schemas written and labelled blind, with
hand-written values (blind48_gens.py and the schema modules) and no Faker. See docs/blind48-corpus.md."""
from __future__ import annotations

from .blind48_cocos import cocos_tables
from .blind48_gauzy import gauzy_tables
from .blind48_medplum import medplum_tables
from .blind48_sakai import sakai_tables
from .blind48_stbarth import stbarth_tables
from .blind48_svalbard import svalbard_tables
from .gens import Table


def blind48_tables() -> list[Table]:
    return (medplum_tables() + gauzy_tables() + sakai_tables() + svalbard_tables() + cocos_tables()
            + stbarth_tables())
