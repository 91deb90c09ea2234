"""`pgcomply history trend`: score over time per area and per framework, new and resolved findings between
audits, and the slowest-to-fix findings, as one self-contained HTML page (or PDF) with server-side SVG charts.

The geometry is computed here and the template only draws it (as render/charts.py does for the report), so
the page has no script at all and renders the same in a browser, offline, and in weasyprint.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from auditor.history.store import HistoryStore, RunRow

PALETTE = ("#2b6cb0", "#c05621", "#2f855a", "#805ad5", "#c53030", "#b7791f", "#319795", "#d53f8c", "#4a5568",
           "#718096")
_GONE = ("pass",)   # a failing finding whose key is now absent or passing counts as resolved


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    path: str                          # SVG path "M x y L x y ..." through the known values
    dots: tuple[tuple[float, float, int], ...]


@dataclass(frozen=True)
class LineChart:
    title: str
    width: float
    height: float
    series: tuple[Series, ...]
    x_labels: tuple[tuple[float, str, str], ...]   # x, text, text-anchor
    y_ticks: tuple[tuple[float, int], ...]
    plot: tuple[float, float, float, float]   # left, top, right, bottom


def line_chart(title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[int | None]]],
               width: float = 640, height: float = 220, top: int = 100) -> LineChart:
    """Values 0..top per point; None leaves a gap in the dots and is skipped by the line."""
    left, right, up, bottom = 40.0, width - 10, 12.0, height - 28
    n = max(len(labels), 1)
    step = (right - left) / (n - 1) if n > 1 else 0

    def x(i: int) -> float:
        return round(left + i * step if n > 1 else (left + right) / 2, 2)

    def y(v: int) -> float:
        return round(bottom - (bottom - up) * max(0, min(v, top)) / (top or 1), 2)

    out = []
    for k, (label, values) in enumerate(series):
        pts = [(x(i), y(v), v) for i, v in enumerate(values) if v is not None]
        path = " ".join(f"{'M' if j == 0 else 'L'} {px} {py}" for j, (px, py, _) in enumerate(pts))
        out.append(Series(label, PALETTE[k % len(PALETTE)], path, tuple(pts)))
    every = max(1, n // 8)
    last = len(labels) - 1
    xl = tuple((x(i), labels[i], "end" if i == last and i else ("start" if i == 0 and last else "middle"))
               for i in range(len(labels)) if i % every == 0 or i == last)
    ticks = tuple((y(v), v) for v in (0, top // 2, top))
    return LineChart(title, width, height, tuple(out), xl, ticks, (left, up, right, bottom))


@dataclass(frozen=True)
class BarPair:
    label: str
    x: float
    new_h: float
    resolved_h: float
    new: int
    resolved: int


def change_bars(labels: Sequence[str], new: Sequence[int], resolved: Sequence[int],
                width: float = 640, height: float = 160) -> tuple[tuple[BarPair, ...], float, float]:
    """Paired bars per period (new above, resolved beside); returns bars, the bar width and the plot height."""
    peak = max([*new, *resolved, 1])
    n = max(len(labels), 1)
    slot = (width - 50) / n
    bar = max(2.0, min(18.0, slot / 2 - 2))
    plot = height - 30
    bars = tuple(BarPair(labels[i], round(40 + i * slot, 2), round(plot * new[i] / peak, 2),
                         round(plot * resolved[i] / peak, 2), new[i], resolved[i]) for i in range(len(labels)))
    return bars, round(bar, 2), plot


def _day(iso: str | None) -> str:
    return (iso or "")[:10]


def _days(a: str, b: str) -> int:
    return max(0, (dt.datetime.fromisoformat(b) - dt.datetime.fromisoformat(a)).days)


def build_trend(store: HistoryStore, target: str, runs: list[RunRow], *, slowest: int = 15) -> dict[str, Any]:
    """Everything the trend page shows, from the history tables (never from the stored report bodies)."""
    ids = [r.run_id for r in runs]
    labels = [_day(r.started_at) for r in runs]
    areas = store.results("pgcomply_run_areas", "area", ids)
    fws = store.results("pgcomply_run_frameworks", "framework", ids)
    area_names = sorted({a for rid in ids for a in areas[rid]})
    fw_names = sorted({f for rid in ids for f in fws[rid]})
    findings = store.findings(ids)
    new_counts, resolved_counts = [], []
    opened: dict[tuple[str, str], tuple[str, str]] = {}    # key -> (first failing at, severity)
    closed: dict[tuple[str, str], str] = {}
    before: set[tuple[str, str]] = set()
    for r in runs:
        now = {(c, o): (st, sev) for c, o, st, sev in findings[r.run_id]}
        failing = {k for k, (st, _) in now.items() if st == "fail"}
        gone = {k for k in before - failing if k not in now or now[k][0] in _GONE}
        new_counts.append(len(failing - before))
        resolved_counts.append(len(gone))
        for k in failing:
            if k not in opened or k in closed:
                opened[k] = (r.started_at, now[k][1])
                closed.pop(k, None)
        for k in gone:
            closed[k] = r.started_at
        before = failing | (before - gone - failing)   # unverified keys stay open
    latest = runs[-1].started_at if runs else ""
    slow = sorted(({"check_id": k[0], "object": k[1], "severity": sev, "since": _day(at),
                    "fixed": _day(closed.get(k)) or None, "days": _days(at, closed.get(k) or latest)}
                   for k, (at, sev) in opened.items()), key=lambda s: (-s["days"], s["check_id"], s["object"]))
    score_chart = line_chart("Score", labels, [("score", [r.score for r in runs])])
    area_chart = line_chart("Score per area", labels, [(a, [areas[rid].get(a, (None, 0))[0] for rid in ids])
                                                       for a in area_names])
    fw_chart = line_chart("Requirements met per framework (%)", labels,
                          [(f, [fws[rid].get(f, (None, 0))[0] for rid in ids]) for f in fw_names])
    bars, bar_w, bar_plot = change_bars(labels, new_counts, resolved_counts)
    return {"target": target, "runs": [r.to_dict() for r in runs], "charts": [score_chart, area_chart, fw_chart],
            "bars": bars, "bar_width": bar_w, "bar_plot": bar_plot,
            "periods": [{"from": labels[i - 1] if i else None, "to": labels[i], "new": new_counts[i],
                         "resolved": resolved_counts[i]} for i in range(len(runs))],
            "slowest": slow[:slowest], "first": labels[0] if labels else None, "last": labels[-1] if labels else None}


def render_trend_html(trend: dict[str, Any]) -> str:
    from importlib.resources import files

    import jinja2

    def load(name: str) -> tuple[str, None, Any]:
        return files("auditor.report_templates").joinpath(name).read_text("utf-8"), None, lambda: True

    env = jinja2.Environment(loader=jinja2.FunctionLoader(load), autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template("trend.html.j2").render(t=trend)


def render_trend_pdf(trend: dict[str, Any]) -> bytes:
    import weasyprint

    def refuse(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        raise ValueError(f"pgcomply reports load no external resources (refused {url[:80]!r})")

    doc = weasyprint.HTML(string=render_trend_html(trend), url_fetcher=refuse, base_url=None)
    return doc.write_pdf(pdf_identifier=b"pgcomply-trend")
