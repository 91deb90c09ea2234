"""The forty-fourth blind corpus part (schemas at_*): six application schemas written and labelled blind, with
hand-written values (blind44_gens.py and the schema modules) and no Faker. See docs/blind44-corpus.md."""
from __future__ import annotations

from .blind44_bagcilik import bagcilik_tables
from .blind44_darixana import darixana_tables
from .blind44_invoiceninja import invoiceninja_tables
from .blind44_kominote import kominote_tables
from .blind44_rosariosis import rosariosis_tables
from .blind44_wallabag import wallabag_tables
from .gens import Table


def blind44_tables() -> list[Table]:
    return (rosariosis_tables() + invoiceninja_tables() + wallabag_tables() + kominote_tables() + darixana_tables()
            + bagcilik_tables())
