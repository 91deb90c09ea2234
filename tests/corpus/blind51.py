"""The fifty-first blind corpus part (schemas ba_*): six application schemas written and labelled blind, with
hand-written values (blind51_gens.py and the schema modules) and no Faker. See docs/blind51-corpus.md."""
from __future__ import annotations

from .blind51_assistence import assistence_tables
from .blind51_bahmni import bahmni_tables
from .blind51_cofradia import cofradia_tables
from .blind51_openemis import openemis_tables
from .blind51_ostal import ostal_tables
from .blind51_senaite import senaite_tables
from .gens import Table


def blind51_tables() -> list[Table]:
    return (bahmni_tables() + senaite_tables() + openemis_tables() + cofradia_tables() + ostal_tables()
            + assistence_tables())
