"""Console output: failing findings one per line, then a summary table. Results to stdout, progress to stderr."""
from __future__ import annotations

import contextlib
import sys
from typing import Any, Iterator

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .results import AREA_TITLES, AREAS, Severity

SEVERITY_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "cyan", "info": "dim"}
MAX_LINES = 60


def stdout() -> Console:
    return Console(highlight=False, soft_wrap=True)


def stderr() -> Console:
    return Console(stderr=True, highlight=False)


@contextlib.contextmanager
def progress(enabled: bool = True) -> Iterator[Any]:
    """A spinner on stderr when it is a terminal; a no-op callback otherwise (keeps pipes clean)."""
    err = stderr()
    if not enabled or not err.is_terminal:
        yield lambda _msg: None
        return
    with err.status("starting") as status:
        yield lambda msg: status.update(msg)


def _fmt_line(f: dict[str, Any]) -> Text:
    line = Text()
    line.append(f["object"], style="bold")
    line.append("  ")
    line.append(f["check_id"])
    line.append("  ")
    line.append(f["severity"], style=SEVERITY_STYLE.get(f["severity"], ""))
    line.append("  " + f["message"])
    return line


def print_findings(report: dict[str, Any], console: Console, limit: int = MAX_LINES) -> None:
    order = {s.value: i for i, s in enumerate(Severity)}
    failing = sorted((f for f in report["findings"] if f["status"] == "fail"),
                     key=lambda f: (order[f["severity"]], f["check_id"], f["object"]))
    for f in failing[:limit]:
        console.print(_fmt_line(f))
    if len(failing) > limit:
        console.print(f"... and {len(failing) - limit} more failing findings (see the report files)")


def summary_line(report: dict[str, Any]) -> str:
    s = report["summary"]
    by_sev = s["failing_by_severity"]
    failed = sum(by_sev.values())
    parts = ", ".join(f"{n} {sev}" for sev, n in by_sev.items() if n)
    score = report["score"]
    score_txt = f"score {score['value']} ({score['grade']})" if score["value"] is not None else "score n/a"
    status = s["by_status"]
    return (f"{failed} failed" + (f" ({parts})" if parts else "")
            + f" · {status.get('not_assessable', 0)} not assessable · {status.get('error', 0)} errors"
            + f" · {status.get('waived', 0)} waived · {s['checks']} checks · {score_txt} · {report['duration_s']:.1f} s")


def print_summary(report: dict[str, Any], console: Console) -> None:
    table = Table(title=f"pgcomply audit of {report['target']['dsn']}", title_justify="left")
    table.add_column("Area")
    for sev in Severity:
        table.add_column(sev.value, justify="right", style=SEVERITY_STYLE[sev.value])
    table.add_column("not assessable", justify="right")
    table.add_column("score", justify="right")
    areas = report["score"].get("areas", {})
    for area in AREAS:
        rows = [f for f in report["findings"] if f["area"] == area]
        if not rows:
            continue
        counts = [sum(1 for f in rows if f["status"] == "fail" and f["severity"] == sev.value) for sev in Severity]
        na = sum(1 for f in rows if f["status"] == "not_assessable")
        score = areas.get(area)
        table.add_row(AREA_TITLES[area], *[str(c) if c else "·" for c in counts], str(na) if na else "·",
                      "-" if score is None else str(score))
    console.print(table)
    console.print(summary_line(report))


def print_checks(checks: list[Any], console: Console) -> None:
    table = Table(show_lines=False)
    for col in ("ID", "Area", "Severity", "Title", "References"):
        table.add_column(col, overflow="fold")
    for c in checks:
        refs = "; ".join(f"{fw}: {', '.join(ids)}" for fw, ids in c.references.items())
        table.add_row(c.id, c.area, Text(c.severity.value, style=SEVERITY_STYLE[c.severity.value]), c.title, refs)
    console.print(table)


def fail(message: str) -> None:
    """The one-line error every usage/connection problem gets (exit code 2 is the caller's)."""
    print(f"pgcomply: error: {message}", file=sys.stderr)
