"""The forty-fifth blind corpus part (schemas au_*): six application schemas written and labelled blind, with
hand-written values (blind45_gens.py and the schema modules) and no Faker. See docs/blind45-corpus.md."""
from __future__ import annotations

from .blind45_alfio import alfio_tables
from .blind45_fedena import fedena_tables
from .blind45_fishops import fishops_tables
from .blind45_kyc import kyc_tables
from .blind45_openslides import openslides_tables
from .blind45_primero import primero_tables
from .gens import Table


def blind45_tables() -> list[Table]:
    return (fedena_tables() + alfio_tables() + kyc_tables() + fishops_tables() + primero_tables()
            + openslides_tables())
