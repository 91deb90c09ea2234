"""The twenty-seventh blind corpus part (schemas ac_*): six application schemas written and labelled blind, with
hand-written values (blind27_gens.py, blind27_people.py and the schema modules) and no Faker. See
docs/blind27-corpus.md."""
from __future__ import annotations

from .blind27_mediawiki import mediawiki_tables
from .blind27_peertube import peertube_tables
from .blind27_phpbb import phpbb_tables
from .blind27_sigpaj import sigpaj_tables
from .blind27_suitecrm import suitecrm_tables
from .blind27_tsela import tsela_tables
from .gens import Table


def blind27_tables() -> list[Table]:
    return (phpbb_tables() + suitecrm_tables() + mediawiki_tables() + peertube_tables() + sigpaj_tables()
            + tsela_tables())
