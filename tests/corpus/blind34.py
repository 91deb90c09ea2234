"""The thirty-fourth blind corpus part (schemas aj_*): six schemas written and labelled blind, with hand-written
values (blind34_gens.py, the generic draws of blind26_gens.py and the schema modules) and no Faker.
See docs/blind34-corpus.md."""
from __future__ import annotations

from .blind34_catarse import catarse_tables
from .blind34_eyecare import eyecare_tables
from .blind34_kudakon import kudakon_tables
from .blind34_q2a import q2a_tables
from .blind34_qloapps import qloapps_tables
from .blind34_timetrex import timetrex_tables
from .gens import Table


def blind34_tables() -> list[Table]:
    return (qloapps_tables() + q2a_tables() + catarse_tables() + timetrex_tables() + eyecare_tables()
            + kudakon_tables())
