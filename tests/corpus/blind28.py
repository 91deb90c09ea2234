"""The twenty-eighth blind corpus part (schemas ad_*): six application schemas written and labelled blind, with
hand-written values (blind28_gens.py, blind28_people.py and the schema modules) and no Faker. See
docs/blind28-corpus.md."""
from __future__ import annotations

from .blind28_alaveteli import alaveteli_tables
from .blind28_discourse import discourse_tables
from .blind28_foodsoft import foodsoft_tables
from .blind28_mcms import mcms_tables
from .blind28_openfire import openfire_tables
from .blind28_rmar import rmar_tables
from .gens import Table


def blind28_tables() -> list[Table]:
    return (discourse_tables() + openfire_tables() + alaveteli_tables() + foodsoft_tables() + mcms_tables()
            + rmar_tables())
