"""JSON report: sorted keys, stable finding order, one finding (one list item) per line.

One item per line keeps `diff` between two quarters readable and lets the C encoder do all the work
(json's indent= mode falls back to the pure-Python encoder, ~5x slower on a 30,000-finding report).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from auditor.outputs import write_file

_ENC = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str)


def dumps(report: dict[str, Any]) -> str:
    enc = _ENC.encode
    keys = sorted(report)
    lines = ["{"]
    for i, key in enumerate(keys):
        value, comma = report[key], "," if i < len(keys) - 1 else ""
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            lines.append(f"  {enc(key)}: [")
            last = len(value) - 1
            lines.extend(f"    {enc(item)}{',' if j < last else ''}" for j, item in enumerate(value))
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {enc(key)}: {enc(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, dumps(report))
