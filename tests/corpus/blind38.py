"""The thirty-eighth blind corpus part (schemas an_*): six schemas written and labelled blind, with hand-written
values (blind38_gens.py and the schema modules) and no Faker. See docs/blind38-corpus.md."""
from __future__ import annotations

from .blind38_fakamau import fakamau_tables
from .blind38_ngbanga import ngbanga_tables
from .blind38_openboxes import openboxes_tables
from .blind38_sinistri import sinistri_tables
from .blind38_tamanu import tamanu_tables
from .blind38_webtrees import webtrees_tables
from .gens import Table


def blind38_tables() -> list[Table]:
    return (tamanu_tables() + openboxes_tables() + webtrees_tables() + fakamau_tables() + ngbanga_tables()
            + sinistri_tables())
