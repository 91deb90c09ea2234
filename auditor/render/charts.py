"""Geometry for the inline SVG charts (score gauge, bar charts, severity bar); templates draw them.

Plain SVG shapes and text only: it renders the same in browsers, offline, and in weasyprint, which runs no JavaScript.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

GRADE_COLOUR = {"A": "#2f855a", "B": "#5a9a3c", "C": "#c99a06", "D": "#dd6b20", "F": "#c53030", "-": "#8a94a6"}
SEVERITY_COLOUR = {"critical": "#8b1a1a", "high": "#d9480f", "medium": "#e0a100", "low": "#2b6cb0", "info": "#8a94a6"}


def score_colour(value: int | None) -> str:
    if value is None:
        return GRADE_COLOUR["-"]
    for floor, colour in ((90, "#2f855a"), (70, "#c99a06"), (50, "#dd6b20")):
        if value >= floor:
            return colour
    return "#c53030"


@dataclass(frozen=True)
class Gauge:
    value: int | None
    grade: str
    colour: str
    track: str              # SVG path of the grey half ring
    arc: str | None         # SVG path of the coloured part, None at 0 or unknown


def _point(cx: float, cy: float, r: float, fraction: float) -> str:
    angle = math.pi * (1 - fraction)
    return f"{cx + r * math.cos(angle):.2f} {cy - r * math.sin(angle):.2f}"


def gauge(value: int | None, grade: str, cx: float = 110, cy: float = 110, r: float = 88) -> Gauge:
    track = f"M {cx - r:.2f} {cy:.2f} A {r} {r} 0 0 1 {cx + r:.2f} {cy:.2f}"
    arc = None
    if value:
        arc = f"M {cx - r:.2f} {cy:.2f} A {r} {r} 0 0 1 {_point(cx, cy, r, min(value, 100) / 100)}"
    return Gauge(value, grade, GRADE_COLOUR.get(grade, GRADE_COLOUR["-"]), track, arc)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None
    y: float
    width: float
    colour: str


@dataclass(frozen=True)
class BarChart:
    bars: tuple[Bar, ...]
    height: float
    label_width: float = 210
    bar_width: float = 330
    row: float = 26

    @property
    def width(self) -> float:
        return self.label_width + self.bar_width + 60


def bar_chart(items: list[tuple[str, int | None]], label_width: float = 210, bar_width: float = 330) -> BarChart:
    row = 26
    bars = tuple(Bar(label, value, 6 + i * row, 0 if value is None else bar_width * value / 100, score_colour(value))
                 for i, (label, value) in enumerate(items))
    return BarChart(bars, 12 + len(items) * row, label_width, bar_width, row)


@dataclass(frozen=True)
class Segment:
    label: str
    count: int
    key: str
    x: float
    width: float
    colour: str


@dataclass(frozen=True)
class StackedBar:
    segments: tuple[Segment, ...]
    total: int
    width: float = 600


def stacked_bar(items: list[tuple[str, int, str]], width: float = 600) -> StackedBar:
    total = sum(n for _, n, _ in items)
    segs, x = [], 0.0
    for label, n, key in items:
        w = width * n / total if total else 0
        segs.append(Segment(label, n, key, round(x, 2), round(w, 2), SEVERITY_COLOUR.get(key, "#8a94a6")))
        x += w
    return StackedBar(tuple(segs), total, width)


@dataclass(frozen=True)
class Sparkline:
    width: float
    height: float
    path: str                                      # through the known scores, oldest first
    dots: tuple[tuple[float, float, int], ...]     # x, y, score


def sparkline(scores: list[int | None], width: float = 220, height: float = 48) -> Sparkline:
    """The small score-over-time chart of the report's "since the previous audit" panel (0..100, 4 px margin)."""
    n = max(len(scores), 1)
    pts = [(round(4 + (width - 8) * (i / (n - 1) if n > 1 else 0.5), 2), round(height - 4 - (height - 8) * s / 100, 2), s)
           for i, s in enumerate(scores) if s is not None]
    path = " ".join(f"{'M' if j == 0 else 'L'} {x} {y}" for j, (x, y, _) in enumerate(pts))
    return Sparkline(width, height, path, tuple(pts))
