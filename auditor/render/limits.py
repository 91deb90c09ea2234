"""How much of a large report section the HTML and the PDF show: a 10,000-table cluster must still give a file a
browser opens and a PDF weasyprint lays out in seconds. The rest stays in report.json, and the page says so."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Limits:
    inventory_tables: int       # rows of the inventory's table of tables (all databases together)
    inventory_details: int      # tables whose classified columns are listed one by one
    columns_per_table: int      # columns listed per table (inventory) or per column group (access matrix)
    access_tables: int          # tables in the access matrix
    reader_lists: int           # shared reader lists printed
    readers_per_list: int       # readers printed per list (report.json lists up to 50 and counts them all)
    roles: int                  # rows of the per-role view
    names_inline: int           # reader names shown beside a column group before "+N more"


LIMITS = {
    "html": Limits(inventory_tables=500, inventory_details=200, columns_per_table=60, access_tables=500,
                   reader_lists=200, readers_per_list=1000, roles=500, names_inline=8),
    "pdf": Limits(inventory_tables=120, inventory_details=30, columns_per_table=40, access_tables=100,
                  reader_lists=20, readers_per_list=25, roles=100, names_inline=8),
}


@dataclass
class Shown:
    """The items a renderer shows, how many it left out, and whether it reordered them to put the risky first."""
    items: list[Any]
    hidden: int = 0
    by_priority: bool = False


def pick(items: Sequence[T], limit: int, priority: Callable[[T], Any]) -> Shown:
    """All items in their own order when they fit; else the `limit` with the lowest priority key, in that order.
    The sort is stable, so ties keep report.json's order and the page stays deterministic."""
    if len(items) <= limit:
        return Shown(list(items))
    return Shown(sorted(items, key=priority)[:limit], len(items) - limit, True)


def limits_for(medium: str) -> Limits:
    return LIMITS.get(medium, LIMITS["html"])
