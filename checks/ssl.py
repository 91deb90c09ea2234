"""SSL/TLS: is traffic to the server encrypted, with modern protocols and a sound certificate?"""
from __future__ import annotations

from typing import Iterator

from auditor.context import Context
from auditor.names import setting_object
from auditor.results import Outcome

from ._common import alter_system, as_bool, setting_or_gap


def ssl_enabled(ctx: Context) -> Iterator[Outcome]:
    """Without ssl=on every password exchange and every row crosses the network in the clear."""
    s, gap = setting_or_gap(ctx, "ssl")
    if gap:
        yield gap
        return
    obj = setting_object("ssl")
    if s is not None and as_bool(s.value):
        yield Outcome.ok(obj, "ssl is on")
    else:
        yield Outcome.fail(obj, "ssl is off: clients cannot encrypt their connections to this server",
                           fix=alter_system("ssl", "on"), value=s.value if s else None)


CHECKS = (ssl_enabled,)
