"""XLSX for auditors: one workbook, a sheet each for findings, the personal-data inventory and the access matrix.

Strings are never turned into formulas, URLs or numbers (xlsxwriter's strings_to_* off) and formula-looking cells
also get a leading apostrophe (render/sheets.py), so the file is safe in any spreadsheet it is converted to. The
workbook is built in memory and written through outputs.write_file (0600, atomic); its timestamps come from the
report, so the same report.json gives the same bytes."""
from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from auditor.outputs import write_file
from auditor.render.sheets import neutralise, sheets

MAX_WIDTH = 60


def _created(report: dict[str, Any]) -> datetime:
    stamp = report.get("finished_at") or report.get("started_at") or ""
    try:
        when = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return datetime(2000, 1, 1)
    return when.astimezone(timezone.utc).replace(tzinfo=None) if when.tzinfo else when


def build_xlsx(report: dict[str, Any]) -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                   "strings_to_numbers": False})
    wb.set_properties({"title": "pgcomply audit", "author": "pgcomply", "created": _created(report)})
    bold = wb.add_format({"bold": True, "bg_color": "#DDE3EE", "border": 1})
    wrap = wb.add_format({"valign": "top"})
    for sheet in sheets(report):
        ws = wb.add_worksheet(sheet.name)
        ws.write_row(0, 0, sheet.header, bold)
        widths = [len(h) for h in sheet.header]
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row):
                cell = neutralise(value)
                if isinstance(cell, str):
                    ws.write_string(r, c, cell, wrap)
                    widths[c] = max(widths[c], min(len(cell.split("\n", 1)[0]), MAX_WIDTH))
                else:
                    ws.write_number(r, c, cell, wrap)
        for c, width in enumerate(widths):
            ws.set_column(c, c, width + 2)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(len(sheet.rows), 1), len(sheet.header) - 1)
    wb.close()
    return buf.getvalue()


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, build_xlsx(report))
