"""Report sections that check modules add as top-level keys (data_inventory, access_matrix, ...), ready to lay out.

The two known sections have views of their own (inventory_view.py, access_view.py) built against the builders'
documented shapes. Any other key, or a known key whose value does not have that shape, renders as a generic
table of escaped text. A section that failed to build is {"error": "..."} and is shown as such.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditor.render.access_view import build_access
from auditor.render.inventory_view import build_inventory
from auditor.render.limits import limits_for
from auditor.render.text import fmt_value

Part = tuple[str, str]            # (text, css class)
Cell = list[list[Part]]           # lines of parts
GENERIC_ROWS = 200                # rows of a generic section before "... and N more"
TOC_DATABASES = 20                # databases named in the contents

KNOWN = {
    "data_inventory": ("Personal data inventory",
                       "Tables holding personal data or secrets: which categories, roughly how many rows, how the "
                       "values are stored and what the classification rests on. It can serve as evidence for the "
                       "record of processing activities (GDPR Art. 30) and the protection review (Art. 32)."),
    "access_matrix": ("Access matrix: who can read sensitive data",
                      "For each table with sensitive columns, every login role that can read them, by which route, "
                      "and what row-level security leaves it: the quarterly access review (SOC 2 CC6.2/CC6.3, "
                      "GDPR Art. 32)."),
}
ORDER = ("data_inventory", "access_matrix")


@dataclass
class SectionView:
    key: str
    title: str
    intro: str
    kind: str = "table"               # table (generic) | inventory | access | error
    headers: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    hidden: int = 0
    error: str | None = None
    empty: str = "Nothing to show."
    data: Any = None                  # InventoryView / AccessView
    toc: list[tuple[str, str]] = field(default_factory=list)    # (anchor, title) sub-entries for the contents

    @property
    def anchor(self) -> str:
        return "section-" + "".join(c if c.isalnum() else "-" for c in self.key)


def _text(value: Any) -> Cell:
    return [[(fmt_value(value), "")]]


def _generic(key: str, value: Any) -> SectionView:
    title, intro = KNOWN.get(key, (fmt_value(key, 80).replace("_", " ").capitalize(), ""))
    view = SectionView(key, title, intro)
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        keys = sorted({k for v in value[:GENERIC_ROWS] for k in v}, key=str)     # JSON sorts keys: so do we
        view.headers = [fmt_value(h, 80) for h in keys]
        view.rows = [[_text(v.get(h, "")) for h in keys] for v in value[:GENERIC_ROWS]]
    elif isinstance(value, list):
        view.headers = ["Value"]
        view.rows = [[_text(v)] for v in value[:GENERIC_ROWS]]
    elif isinstance(value, dict):
        view.headers = ["Key", "Value"]
        items = sorted(value.items(), key=lambda kv: str(kv[0]))
        view.rows = [[_text(k), _text(v)] for k, v in items[:GENERIC_ROWS]]
    else:
        view.intro = (intro + " " if intro else "") + fmt_value(value)
    size = len(value) if isinstance(value, (list, dict)) else 0
    view.hidden = max(size - GENERIC_ROWS, 0)
    return view


def _inventory(key: str, value: Any, medium: str) -> SectionView | None:
    data = build_inventory(value, limits_for(medium))
    if data is None:
        return None
    title, intro = KNOWN[key]
    toc = [(d.anchor, f"Database {d.name}") for d in data.databases[:TOC_DATABASES]]
    if data.details:
        toc.append(("inv-columns", "Classified columns, table by table"))
    return SectionView(key, title, intro, kind="inventory", data=data, toc=toc,
                       empty="No personal data or secrets were found.")


def _access(key: str, value: Any, medium: str) -> SectionView | None:
    data = build_access(value, limits_for(medium))
    if data is None:
        return None
    title, intro = KNOWN[key]
    toc = [("am-tables", "Tables and their readers"), ("am-roles", "Per login role"),
           ("am-lists", "Reader lists")]
    return SectionView(key, title, intro, kind="access", data=data, toc=toc,
                       empty="No table with sensitive columns was found.")


BUILDERS = {"access_matrix": _access, "data_inventory": _inventory}


def build_sections(report: dict[str, Any], medium: str = "html") -> list[SectionView]:
    from auditor.engine.report import sections

    keys = sorted(sections(report), key=lambda k: (ORDER.index(k) if k in ORDER else len(ORDER), k))
    out = []
    for key in keys:
        value = report[key]
        if isinstance(value, dict) and set(value) == {"error"}:
            title, intro = KNOWN.get(key, (fmt_value(key, 80).replace("_", " ").capitalize(), ""))
            out.append(SectionView(key, title, intro, kind="error", error=fmt_value(value["error"])))
            continue
        view = BUILDERS[key](key, value, medium) if key in BUILDERS else None
        out.append(view or _generic(key, value))
    return out
