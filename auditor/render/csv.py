"""CSV for auditors: one file per sheet (findings.csv, inventory.csv, access_matrix.csv) next to the other reports.

`--format csv` writes all three; FORMATS names findings.csv as the format's file and FILES lists the three. UTF-8
with a byte-order mark (Excel then reads names in any script), RFC 4180 quoting, formula-looking cells neutralised
(render/sheets.py)."""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from auditor.outputs import write_file
from auditor.render.sheets import Sheet, neutralise, sheets

FILE_NAMES = ("findings.csv", "inventory.csv", "access_matrix.csv")


def to_csv(sheet: Sheet) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(sheet.header)
    for row in sheet.rows:
        w.writerow([neutralise(v) for v in row])
    return "\ufeff" + buf.getvalue()


def write(report: dict[str, Any], path: Path) -> None:
    """`path` is findings.csv; the other two sheets go beside it."""
    for name, sheet in zip(FILE_NAMES, sheets(report)):
        write_file(path.parent / name, to_csv(sheet))
