"""`pgcomply history ...`: what the quarterly user runs on the audit history (list, show, diff, trend, prune, fleet).

Every command takes --history URL (default $PGCOMPLY_HISTORY, else the per-user SQLite file); bad input is one
line and exit 2, as everywhere.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Callable

import click

from auditor.history.store import HistoryError, HistoryStore, RunRow, display_url, open_store
from auditor.render import console

_URL = click.option("--history", "history_url", default=None, metavar="URL",
                    help="sqlite:///PATH or postgresql://... (default: $PGCOMPLY_HISTORY, else "
                         "$XDG_DATA_HOME/pgcomply/history.sqlite).")


def parse_date(text: str | None, what: str) -> str | None:
    """An ISO date or date-time (UTC unless it says otherwise), as the history stores times."""
    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise HistoryError(f"{what} {text!r}: expected a date such as 2026-10-01 or 2026-10-01T12:00") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def _store(url: str | None) -> HistoryStore:
    return open_store(url)


def _emit(text: str, output: Path | None) -> None:
    from auditor.outputs import check_file_target, write_file
    if output is None:
        click.echo(text, nl=False)
        return
    check_file_target(output)
    write_file(output, text)
    click.echo(f"wrote {output}", err=True)


def _one_target(store: HistoryStore, target: str | None) -> str:
    """The target to look at: --target, or the only one the history holds."""
    runs = store.runs(target=target)
    names = sorted({r.target for r in runs})
    if target and not runs:
        raise HistoryError(f"no complete audit of target {target!r} in the history")
    if not names:
        raise HistoryError(f"the history {display_url(store.url)} holds no complete audit")
    if len(names) > 1:
        raise HistoryError(f"the history holds {len(names)} targets; choose one with --target "
                           "(see `pgcomply history list`)")
    return target or names[0]


@click.group("history")
def history_group() -> None:
    """The audit history: every audit is recorded (see --history / --no-history on `audit`)."""


@history_group.command("list")
@_URL
@click.option("--target", default=None, help="Only this target (fleet name or DSN as listed).")
@click.option("--since", default=None, metavar="DATE", help="Only audits from this date on.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def list_cmd(history_url: str | None, target: str | None, since: str | None, fmt: str) -> None:
    """List recorded audits, oldest first."""
    store = _store(history_url)
    runs = store.runs(target=target, since=parse_date(since, "--since"), complete_only=False)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in runs], indent=2, sort_keys=True))
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"pgcomply history ({display_url(store.url)})", title_justify="left")
    for col in ("run", "audited at", "target", "server", "score", "status"):
        table.add_column(col, justify="right" if col == "score" else "left", overflow="fold")
    for r in runs:
        table.add_row(r.run_id[:12], r.started_at, Text(r.target), r.server_version or "",
                      "-" if r.score is None else f"{r.score} ({r.grade})",
                      r.status if r.status != "complete" else ("complete" if r.audit_complete else "partial"))
    console.stdout().print(table)
    console.stdout().print(f"{len(runs)} run(s)")


@history_group.command("show")
@_URL
@click.argument("run_id")
@click.option("--output-dir", "-o", type=click.Path(path_type=Path), metavar="DIRECTORY", default=None,
              help="Write the report files here (default: print the findings to the terminal).")
@click.option("--format", "formats", default="all", show_default=True, help="Comma-separated formats or all.")
def show_cmd(history_url: str | None, run_id: str, output_dir: Path | None, formats: str) -> None:
    """Re-render a stored run (RUN_ID or a unique prefix of it) to any format."""
    from auditor.outputs import check_dir
    from auditor.render import output_paths, parse_formats, render

    store = _store(history_url)
    report = store.report(store.run(run_id))
    if output_dir is None:
        console.print_findings(report, console.stdout())
        console.print_summary(report, console.stdout())
        return
    fmts = parse_formats(formats)
    check_dir(output_dir)
    for fmt in fmts:
        render(fmt, report, output_dir)
        for path in output_paths(fmt, output_dir):
            console.stderr().print(f"wrote {path}")


def _pair(store: HistoryStore, target: str | None, run_a: str | None, run_b: str | None) -> tuple[RunRow, RunRow]:
    if run_a and run_b:
        return store.run(run_a), store.run(run_b)
    if run_a or run_b:
        raise HistoryError("give two runs (RUN_A RUN_B), or none for the last two audits of --target")
    runs = store.runs(target=_one_target(store, target))
    if len(runs) < 2:
        raise HistoryError(f"target {runs[-1].target!r} has one complete audit; a diff needs two")
    return runs[-2], runs[-1]


@history_group.command("diff")
@_URL
@click.argument("run_a", required=False)
@click.argument("run_b", required=False)
@click.option("--target", default=None, help="Without runs: the last two audits of this target.")
@click.option("--format", "fmt", type=click.Choice(["console", "md", "html", "json"]), default="console",
              show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), metavar="FILE", default=None)
def diff_cmd(history_url: str | None, run_a: str | None, run_b: str | None, target: str | None, fmt: str,
             output: Path | None) -> None:
    """New, resolved and still-open findings between two stored runs (default: the target's last two)."""
    from auditor.workflow.diff import diff_reports, print_console, to_html, to_markdown

    store = _store(history_url)
    a, b = _pair(store, target, run_a, run_b)
    d = diff_reports(store.report(a), store.report(b))
    if fmt == "console" and output is None:
        print_console(d, console.stdout())
        return
    render: dict[str, Callable[[dict[str, Any]], str]] = {
        "md": to_markdown, "console": to_markdown, "html": to_html,
        "json": lambda x: json.dumps(x, indent=2, sort_keys=True) + "\n"}
    _emit(render[fmt](d), output)


@history_group.command("trend")
@_URL
@click.option("--target", default=None, help="The target (needed when the history holds several).")
@click.option("--since", default=None, metavar="DATE", help="Only audits from this date on.")
@click.option("--output", "-o", type=click.Path(path_type=Path), metavar="FILE.html|FILE.pdf", required=True)
def trend_cmd(history_url: str | None, target: str | None, since: str | None, output: Path) -> None:
    """Score over time per area and per framework, new/resolved per period, slowest-to-fix findings."""
    from auditor.history.trend import build_trend, render_trend_html, render_trend_pdf
    from auditor.outputs import check_file_target, write_file

    if output.suffix.lower() not in (".html", ".pdf"):
        raise HistoryError(f"--output {output}: the trend is written as .html or .pdf")
    check_file_target(output)
    store = _store(history_url)
    name = _one_target(store, target)
    runs = store.runs(target=name, since=parse_date(since, "--since"))
    if not runs:
        raise HistoryError(f"no audit of {name!r} since {since}")
    trend = build_trend(store, name, runs)
    write_file(output, render_trend_pdf(trend) if output.suffix.lower() == ".pdf" else render_trend_html(trend))
    click.echo(f"wrote {output} ({len(runs)} audits of {name})", err=True)


@history_group.command("prune")
@_URL
@click.option("--keep", type=click.IntRange(1), default=None, help="Keep the newest N runs of each target.")
@click.option("--before", default=None, metavar="DATE", help="Delete runs started before this date.")
def prune_cmd(history_url: str | None, keep: int | None, before: str | None) -> None:
    """Delete old runs (and the reports only they pointed to)."""
    if keep is None and before is None:
        raise HistoryError("prune needs --keep N or --before DATE")
    store = _store(history_url)
    n = store.prune(keep=keep, before=parse_date(before, "--before"))
    click.echo(f"deleted {n} run(s) from {display_url(store.url)}", err=True)


@history_group.command("fleet")
@_URL
@click.option("--since", default=None, metavar="DATE", help="A target counts as covered when audited since DATE.")
@click.option("--targets", "targets_file", type=click.Path(dir_okay=False), default=None,
              help="The fleet's targets file: targets it names that were never audited count as not covered.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def fleet_cmd(history_url: str | None, since: str | None, targets_file: str | None, fmt: str) -> None:
    """The whole fleet from the shared history: coverage, scores, regressions. Exit 1 when a target regressed
    or is not covered."""
    import sys

    from auditor.history.fleetview import fleet_overview
    from auditor.workflow.fleet import parse_targets

    expected = [t.name for t in parse_targets(targets_file)] if targets_file else []
    view = fleet_overview(_store(history_url), parse_date(since, "--since"), expected)
    if fmt == "json":
        click.echo(json.dumps(view, indent=2, sort_keys=True))
    else:
        _print_fleet(view)
    t = view["totals"]
    sys.exit(1 if t["regressed"] or t["not_covered"] else 0)


def _print_fleet(view: dict[str, Any]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="pgcomply fleet history" + (f" since {view['since']}" if view["since"] else ""),
                  title_justify="left")
    for col in ("target", "last audit", "score", "change", "new failing", "state"):
        table.add_column(col, justify="right" if col in ("score", "change", "new failing") else "left",
                         overflow="fold")
    for r in view["targets"]:
        state = "regressed" if r["regressed"] else ("ok" if r["covered"] else "not covered")
        if r["unfinished_runs"]:
            state += f"; {r['unfinished_runs']} unfinished run(s)"
        table.add_row(Text(r["target"]), r["last_audit"] or "never",
                      "-" if r["score"] is None else f"{r['score']} ({r['grade']})",
                      "-" if r["score_delta"] is None else f"{r['score_delta']:+d}",
                      "-" if r["new_failing"] is None else str(r["new_failing"]),
                      Text(state, style="red" if state != "ok" else ""))
    console.stdout().print(table)
    t = view["totals"]
    console.stdout().print(f"{t['targets']} targets · {t['covered']} covered · {t['not_covered']} not covered · "
                           f"{t['regressed']} regressed · mean score {t['mean_score']}")


def register(main: click.Group, one_line_errors: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    for cmd in history_group.commands.values():
        assert cmd.callback is not None
        cmd.callback = one_line_errors(cmd.callback)
    main.add_command(history_group)
