"""Renderers: each turns the report dict into one file. Imported lazily so a JSON-only run never loads weasyprint."""
from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Any

FORMATS = {"json": "report.json", "html": "report.html", "pdf": "report.pdf", "sarif": "report.sarif",
           "junit": "report.junit.xml", "md": "report.md", "csv": "findings.csv", "xlsx": "report.xlsx"}
# Every file a format writes (FORMATS names the first): csv is one file per sheet.
FILES = {fmt: (name,) for fmt, name in FORMATS.items()} | {"csv": ("findings.csv", "inventory.csv", "access_matrix.csv")}
ALL_FILES = tuple(name for names in FILES.values() for name in names)


class RenderError(ValueError):
    """An unknown format or a renderer that failed; one line."""


def parse_formats(spec: str) -> list[str]:
    """'json,html' -> ['json', 'html'], validated; 'all' -> every format."""
    out = [f.strip().lower() for f in spec.split(",") if f.strip()]
    if out == ["all"]:
        return list(FORMATS)
    unknown = [f for f in out if f not in FORMATS]
    if unknown or not out:
        raise RenderError(f"unknown format {unknown[0] if unknown else spec!r}; choose from {', '.join(FORMATS)} or all")
    return list(dict.fromkeys(out))


def render(fmt: str, report: dict[str, Any], out_dir: Path) -> Path:
    """Write one format into out_dir (created 0700 when missing) and return its (first) file's path."""
    from auditor.outputs import make_dir

    make_dir(out_dir)
    path = out_dir / FORMATS[fmt]
    import_module(f"auditor.render.{fmt}").write(report, path)
    return path


def output_paths(fmt: str, out_dir: Path) -> list[Path]:
    """Every file `render(fmt, ...)` writes into out_dir."""
    return [out_dir / name for name in FILES[fmt]]
