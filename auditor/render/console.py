"""Console output: failing findings one per line, then a summary table. Results to stdout, progress to stderr."""
from __future__ import annotations

import contextlib
import re
import sys
from typing import Any, Iterator

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from auditor.model.results import AREA_TITLES, AREAS, Severity
from auditor.render.text import origin_label, score_range

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
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


def clean(text: Any) -> str:
    """Control characters shown as \\xNN: an object named with an escape sequence must not drive the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"[U+{ord(m.group()):04X}]",
                        str(text))


def _fmt_line(f: dict[str, Any], new: set[tuple[str, str]] | None = None) -> Text:
    line = Text()
    if new is not None:     # against a baseline: what this change introduces stands out
        line.append("NEW " if (f["check_id"], f["object"]) in new else "old ", style="bold" if
                    (f["check_id"], f["object"]) in new else "dim")
    line.append(clean(f["object"]), style="bold")
    line.append("  ")
    line.append(f["check_id"])
    line.append("  ")
    line.append(f["severity"], style=SEVERITY_STYLE.get(f["severity"], ""))
    line.append("  " + clean(f["message"]))
    if where := origin_label(f):
        line.append(f"  ({clean(where)})", style="dim")
    return line


def print_findings(report: dict[str, Any], console: Console, limit: int = MAX_LINES) -> None:
    order = {s.value: i for i, s in enumerate(Severity)}
    failing = sorted((f for f in report["findings"] if f["status"] == "fail"),
                     key=lambda f: (order[f["severity"]], f["check_id"], f["object"]))
    g = report.get("gate") or {}
    new = {(c, o) for c, o in g.get("new_failures", ())} if g.get("baseline") is not None else None
    if new is not None:
        failing.sort(key=lambda f: (f["check_id"], f["object"]) not in new)    # stable: new first, same order
    for f in failing[:limit]:
        console.print(_fmt_line(f, new))
    if len(failing) > limit:
        console.print(f"... and {len(failing) - limit} more failing findings (see the report files)")
    for c in report.get("root_causes", ()):
        console.print(f"root cause {clean(c['id'])}: {c['count']} of these findings ({', '.join(c['checks'])}) "
                      f"come from {clean(c['label'])}; fix it once")


def summary_line(report: dict[str, Any]) -> str:
    s = report["summary"]
    by_sev = s["failing_by_severity"]
    failed = sum(by_sev.values())
    parts = ", ".join(f"{by_sev[sev.value]} {sev.value}" for sev in Severity if by_sev.get(sev.value))
    score = report["score"]
    score_txt = f"score {score['value']} ({score['grade']})" if score["value"] is not None else "score n/a"
    rng = f" · range {score['range']['low']}\u2013{score['range']['high']}, graded low" if score_range(score) else ""
    status = s["by_status"]
    return (f"{failed} failed" + (f" ({parts})" if parts else "")
            + f" · {status.get('not_assessable', 0)} not assessable · {status.get('error', 0)} errors"
            + f" · {status.get('waived', 0)} waived"
            + (f" · {status['not_applicable']} not applicable" if status.get("not_applicable") else "")
            + f" · {s['checks']} checks · {score_txt}"
            + f"{unwaived_score(score)}{rng} · {report['duration_s']:.1f} s")


def unwaived_score(score: dict[str, Any]) -> str:
    """', 61 (D) without waivers': the score as if no waiver applied, shown beside every score."""
    raw = score.get("without_waivers") or {}
    if "value" not in raw:
        return ""
    return f", {'n/a' if raw['value'] is None else raw['value']} ({raw['grade']}) without waivers"


def print_warnings(report: dict[str, Any], prefix: str = "") -> None:
    """One stderr line per audit condition (superuser...), also recorded in the report's appendix."""
    for w in report.get("warnings", ()):
        print(f"pgcomply: warning: {clean(prefix + w['text'])}", file=sys.stderr)


def compliance_line(report: dict[str, Any]) -> str:
    from auditor.render.text import FRAMEWORK_LABEL

    parts = [f"{FRAMEWORK_LABEL.get(f['id'], f['name'])} {'n/a' if f['percent'] is None else str(f['percent']) + '%'}"
             f" of {f['mapped']}" for f in report.get("compliance", [])]
    return ("compliance: " + " · ".join(parts)) if parts else ""


def _score_style(value: int | None) -> str:
    if value is None:
        return "dim"
    return "green" if value >= 90 else "yellow" if value >= 70 else "red"


def summary_table(report: dict[str, Any], tty: bool) -> Table:
    """Per-area counts of failing objects by severity, not assessable, and the area score. Fits 80 columns:
    short headers, no wrapping; ASCII box and no colour when the output is not a terminal (CI logs)."""
    table = Table(box=box.ROUNDED if tty else box.ASCII, show_edge=tty, pad_edge=False, header_style="bold" if tty else "")
    table.add_column("Area", no_wrap=True, overflow="ellipsis", max_width=28)
    for _sev, head in zip(Severity, ("crit", "high", "med", "low", "info")):
        table.add_column(head, justify="right", no_wrap=True)
    table.add_column("n/a", justify="right", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    areas = report["score"].get("areas", {})
    for area in AREAS:
        rows = [f for f in report["findings"] if f["area"] == area]
        if not rows:
            continue
        counts = [sum(1 for f in rows if f["status"] == "fail" and f["severity"] == sev.value) for sev in Severity]
        na = sum(1 for f in rows if f["status"] == "not_assessable")
        score = areas.get(area)
        cells = [Text(str(c), style=SEVERITY_STYLE[sev.value] if tty else "") if c else Text("·" if tty else "-",
                                                                                          style="dim")
                 for sev, c in zip(Severity, counts)]
        table.add_row(AREA_TITLES[area], *cells, Text(str(na), style="magenta" if tty else "") if na else
                      Text("·" if tty else "-", style="dim"),
                      Text("-" if score is None else str(score), style=_score_style(score) if tty else ""))
    return table


def print_summary(report: dict[str, Any], console: Console) -> None:
    tty = console.is_terminal
    schema = report["target"].get("schema")
    what = f"schema {schema['source']}" if schema else report["target"]["dsn"]
    console.print(Text(f"pgcomply audit of {clean(what)}", style="bold" if tty else ""))
    console.print(summary_table(report, tty))
    score = report["score"]
    line = Text(summary_line(report))
    if tty and score["value"] is not None:
        line.highlight_words([f"score {score['value']} ({score['grade']})"], style=_score_style(score["value"]) + " bold")
    console.print(line)
    if comp := compliance_line(report):
        console.print(comp)
    if score.get("cap_reason"):
        console.print(f"grade {score['grade']}: {score['cap_reason']}")


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
