"""JSON report: sorted keys and a stable finding order, so diffs and signatures stay stable."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def dumps(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"


def write(report: dict[str, Any], path: Path) -> None:
    path.write_text(dumps(report), "utf-8")
