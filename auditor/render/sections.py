"""Report sections that check modules add as top-level keys (access_matrix, data_inventory, ...), as tables.

Shapes assumed (every field optional; anything else falls back to a generic table):
  access_matrix:  [{database, schema, table | object, columns: [str | {name, categories}], categories: [str],
                    readers: [{role, via: str | [str], rls: bool | None}]}]   (or {"tables": [...]})
  data_inventory: [{database, schema, table | object, categories: [str] | {column: [str]}, row_estimate: int,
                    protection: str | [str] | {column: str}}]
A section that failed to build is {"error": "..."} and is shown as such.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..names import dotted
from .text import fmt_value

Part = tuple[str, str]            # (text, css class)
Cell = list[list[Part]]           # lines of parts
MAX_LINES = 40                    # lines in one cell before "... and N more"

KNOWN = {
    "data_inventory": ("Personal data inventory",
                       "Tables holding personal or sensitive data, what kind, roughly how many rows, and how it is protected."),
    "access_matrix": ("Access matrix: who can read sensitive data",
                      "For each table with sensitive columns, every role that can read it, how it got the privilege, "
                      "and whether row-level security filters what it sees."),
}
ORDER = ("data_inventory", "access_matrix")


@dataclass
class SectionView:
    key: str
    title: str
    intro: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    error: str | None = None
    empty: str = "Nothing to show."

    @property
    def anchor(self) -> str:
        return "section-" + self.key.replace("_", "-")


def _text(value: Any) -> Cell:
    return [[(fmt_value(value), "")]]


def _lines(values: list[list[Part]]) -> Cell:
    if len(values) > MAX_LINES:
        return values[:MAX_LINES] + [[(f"… and {len(values) - MAX_LINES} more (see report.json)", "muted")]]
    return values


def _object(entry: dict[str, Any]) -> str:
    if entry.get("object"):
        return str(entry["object"])
    parts = [str(entry[k]) for k in ("database", "schema", "table") if entry.get(k)]
    return dotted(*parts) if parts else "?"


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [fmt_value(v) for v in value]
    return [fmt_value(value)]


def _mapping_lines(value: Any) -> Cell:
    """{k: v} -> 'k: v' lines; a list -> one line per item; a scalar -> one line."""
    if isinstance(value, dict):
        return _lines([[(str(k), "strong"), (": " + fmt_value(v), "")] for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return _lines([[(fmt_value(v), "")] for v in value]) or [[("-", "muted")]]
    return _text(value)


def _columns(entry: dict[str, Any]) -> Cell:
    lines: list[list[Part]] = []
    for col in entry.get("columns") or []:
        if isinstance(col, dict):
            name = col.get("name") or col.get("column") or "?"
            cats = _list(col.get("categories") or col.get("category"))
            lines.append([(str(name), "strong")] + ([(" " + ", ".join(cats), "muted")] if cats else []))
        else:
            lines.append([(str(col), "strong")])
    cats = _list(entry.get("categories"))
    if cats:
        lines.append([(", ".join(cats), "muted")])
    return _lines(lines) or [[("-", "muted")]]


def _readers(entry: dict[str, Any]) -> Cell:
    lines: list[list[Part]] = []
    for r in entry.get("readers") or []:
        if not isinstance(r, dict):
            lines.append([(fmt_value(r), "strong")])
            continue
        line: list[Part] = [(str(r.get("role", "?")), "strong")]
        via = _list(r.get("via"))
        if via:
            line.append((" via " + ", ".join(via), "muted"))
        if r.get("rls") is True:
            line.append(("RLS filters rows", "chip ok"))
        elif r.get("rls") is False:
            line.append(("no RLS", "chip bad"))
        lines.append(line)
    return _lines(lines) or [[("no role can read it", "muted")]]


def _access_matrix(value: Any) -> SectionView | None:
    tables = value.get("tables") if isinstance(value, dict) else value
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        return None
    title, intro = KNOWN["access_matrix"]
    rows = [[[[(_object(t), "obj")]], _columns(t), _readers(t)] for t in tables]
    return SectionView("access_matrix", title, intro, ["Table", "Sensitive columns", "Readers"], rows,
                       empty="No table with sensitive columns was found.")


def _data_inventory(value: Any) -> SectionView | None:
    tables = value.get("tables") if isinstance(value, dict) else value
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        return None
    title, intro = KNOWN["data_inventory"]
    rows = []
    for t in tables:
        est = t.get("row_estimate")
        rows.append([[[(_object(t), "obj")]], _mapping_lines(t.get("categories")),
                     _text(f"{est:,}" if isinstance(est, int) and not isinstance(est, bool) else est),
                     _mapping_lines(t.get("protection"))])
    return SectionView("data_inventory", title, intro, ["Table", "Categories", "Rows (est.)", "Protection"], rows,
                       empty="No personal data was found.")


def _generic(key: str, value: Any) -> SectionView:
    title, intro = KNOWN.get(key, (key.replace("_", " ").capitalize(), ""))
    view = SectionView(key, title, intro)
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        view.headers = list(dict.fromkeys(k for v in value for k in v))
        view.rows = [[_text(v.get(h, "")) for h in view.headers] for v in value]
    elif isinstance(value, list):
        view.headers = ["Value"]
        view.rows = [[_text(v)] for v in value]
    elif isinstance(value, dict):
        view.headers = ["Key", "Value"]
        view.rows = [[_text(k), _text(v)] for k, v in value.items()]
    else:
        view.intro = (intro + " " if intro else "") + fmt_value(value)
    return view


BUILDERS = {"access_matrix": _access_matrix, "data_inventory": _data_inventory}


def build_sections(report: dict[str, Any]) -> list[SectionView]:
    from ..report import sections

    keys = sorted(sections(report), key=lambda k: (ORDER.index(k) if k in ORDER else len(ORDER), k))
    out = []
    for key in keys:
        value = report[key]
        if isinstance(value, dict) and set(value) == {"error"}:
            title, intro = KNOWN.get(key, (key.replace("_", " ").capitalize(), ""))
            out.append(SectionView(key, title, intro, error=str(value["error"])))
            continue
        view = BUILDERS[key](value) if key in BUILDERS else None
        out.append(view or _generic(key, value))
    return out
