"""HTML report: one self-contained file (inline CSS and SVG, no scripts, nothing fetched), jinja2 autoescaped."""
from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from auditor.outputs import write_file
from auditor.render.charts import score_colour
from auditor.render.doccontrol import document_control
from auditor.render.text import xml_safe
from auditor.render.view import build_view

TEMPLATE_PACKAGE = "auditor.report_templates"
DETAIL_ROWS = 25        # PDF only: checks with more objects get lean rows (object, severity, message)


def _load(name: str) -> str:
    return files(TEMPLATE_PACKAGE).joinpath(name).read_text("utf-8")


@cache
def environment() -> jinja2.Environment:
    """Templates from package data (works after `pip install .`), autoescaped, failing on any undefined name."""
    env = jinja2.Environment(loader=jinja2.FunctionLoader(lambda name: (_load(name), None, lambda: True)),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=False,
                             lstrip_blocks=False, keep_trailing_newline=True)
    env.globals["score_colour"] = score_colour
    env.filters["wbr"] = breakable
    return env


def breakable(name: object) -> Markup:
    """An object name, escaped, that may wrap after each dot (db.<wbr>schema.<wbr>table) in narrow table cells."""
    return Markup(".<wbr>").join(escape(part) for part in str(name).split("."))


def render_html(report: dict[str, Any], medium: str = "html") -> str:
    """The report page; medium="pdf" is the same page with lean rows for checks with many objects."""
    env = environment()
    css = jinja2.utils.markupsafe.Markup(_load("report.css"))   # our own stylesheet, not data
    html = env.get_template("report.html.j2").render(v=build_view(report, medium), css=css, medium=medium,
                                                     detail_rows=DETAIL_ROWS, doc=document_control(report))
    return xml_safe(html)


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, render_html(report))
