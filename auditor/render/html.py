"""HTML report: one self-contained file (inline CSS, SVG and one inline script, nothing fetched), jinja2 autoescaped.

The page carries its own strict Content-Security-Policy: nothing may load, and only the exact inline style and
script it was rendered with may run (their SHA-256 hashes), so it works offline and under a `script-src 'self'`
policy a web server might add, and an injected script or style could not run."""
from __future__ import annotations

import base64
import hashlib
import html as htmllib
import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from auditor.outputs import write_file
from auditor.render.charts import score_colour, sparkline
from auditor.render.doccontrol import document_control
from auditor.render.text import category_label, deviation_line, xml_safe
from auditor.render.view import build_view

TEMPLATE_PACKAGE = "auditor.report_templates"
DETAIL_ROWS = 25        # PDF only: checks with more objects get lean rows (object, severity, message)
CSP_PLACEHOLDER = "pgcomply-csp-placeholder"
_STYLE_EL = re.compile(r"<style>(.*?)</style>", re.S)
_SCRIPT_EL = re.compile(r"<script>(.*?)</script>", re.S)
_STYLE_ATTR = re.compile(r'\sstyle="([^"]*)"')


def _load(name: str) -> str:
    return files(TEMPLATE_PACKAGE).joinpath(name).read_text("utf-8")


@cache
def environment() -> jinja2.Environment:
    """Templates from package data (works after `pip install .`), autoescaped, failing on any undefined name."""
    env = jinja2.Environment(loader=jinja2.FunctionLoader(lambda name: (_load(name), None, lambda: True)),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=False,
                             lstrip_blocks=False, keep_trailing_newline=True)
    env.globals["score_colour"] = score_colour
    env.globals["sparkline"] = sparkline
    env.filters["wbr"] = breakable
    env.filters["category_label"] = category_label
    env.filters["runs"] = runs
    env.filters["deviation_line"] = deviation_line
    return env


def runs(rows: Any, attribute: str) -> list[tuple[Any, list[Any]]]:
    """Consecutive rows that share `attribute`, as (value, rows): unlike jinja's groupby, order is kept."""
    out: list[tuple[Any, list[Any]]] = []
    for row in rows:
        key = getattr(row, attribute)
        if out and out[-1][0] == key:
            out[-1][1].append(row)
        else:
            out.append((key, [row]))
    return out


FITS_ANY_COLUMN = 24     # characters of 8 pt monospace the narrowest PDF object column holds on one line
_SEPARATOR = re.compile(r"(?<=[.:/,(_])(?=.)")   # after these, a name may wrap: role:<wbr>app_<wbr>owner


def breakable(name: object, fits: int = FITS_ANY_COLUMN) -> Markup:
    """An object name, escaped, that wraps only after a separator (db.<wbr>schema.<wbr>customer_<wbr>ssn) in narrow
    cells, never inside a word; CSS breaks anywhere only when one segment alone is wider than its cell. Names that
    fit the narrowest object column get none: each <wbr> is a layout box, and a 5,000-finding PDF has ~15,000."""
    text = str(name)
    if len(text) <= fits:        # fits: characters that fit where the name is shown (a full-width line holds ~90)
        return escape(text)
    return Markup("<wbr>").join(escape(part) for part in _SEPARATOR.split(text))


def render_html(report: dict[str, Any], medium: str = "html") -> str:
    """The report page; medium="pdf" is the same page with lean rows for checks with many objects."""
    env = environment()
    css = Markup(_load("report.css"))   # our own stylesheet and script, not data
    js = Markup(_load("report.js"))
    html = env.get_template("report.html.j2").render(v=build_view(report, medium), css=css, js=js, medium=medium,
                                                     detail_rows=DETAIL_ROWS, doc=document_control(report),
                                                     csp_placeholder=CSP_PLACEHOLDER)
    html = xml_safe(html)
    return html.replace(CSP_PLACEHOLDER, content_security_policy(html), 1) if medium == "html" else html


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(html: str) -> str:
    """default-src 'none', plus the hashes of exactly the inline <style>, <script> and style="" values in the page
    ('unsafe-hashes' lets those attribute values, and no other, apply)."""
    styles = sorted({_sha256(m) for m in _STYLE_EL.findall(html)})
    attrs = sorted({_sha256(htmllib.unescape(m)) for m in _STYLE_ATTR.findall(html)})
    scripts = sorted({_sha256(m) for m in _SCRIPT_EL.findall(html)})
    style_src = " ".join(styles + (["'unsafe-hashes'"] + attrs if attrs else []))
    return (f"default-src 'none'; style-src {style_src}; script-src {' '.join(scripts) or chr(39) + 'none' + chr(39)}; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, render_html(report))
