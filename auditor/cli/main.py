"""The `pgcomply` command: parse options, call the engine, pick the exit code. Nothing else lives here."""
from __future__ import annotations

import dataclasses
import functools
import gc
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from auditor import __version__
from auditor.cli.history import register as register_history
from auditor.cli.process_exit import exit_without_teardown
from auditor.render import console
from auditor.cli.schema_cli import schema_audit, schema_only_flags, schema_options
from auditor.cli.workflow import (WORKFLOW_ERRORS, FleetHistory, SingleExtras, audit_options, history_plan,
                                  open_recorder, register_commands, run_fleet)
from auditor.workflow.pipeline import EXIT_INCOMPLETE, EXIT_USAGE, AuditRun, evaluate_and_render, run_audit
from auditor.model.results import AREAS

_SEVERITIES = ["critical", "high", "medium", "low", "info"]


class UsageProblem(Exception):
    """Raised inside commands for a one-line message and exit code 2."""


def _one_line_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn every expected failure (bad DSN, unreachable host, bad policy, bad snapshot) into one stderr line + exit 2."""
    from auditor.lab.pgbin import ClusterError   # pgbin, not cluster: no cryptography at start-up
    from auditor.collect.connect import ConnectError
    from auditor.model.policy import PolicyError
    from auditor.render import RenderError
    from auditor.engine.report import ReportFormatError
    from auditor.engine.contract import RegistryError
    from auditor.collect.serialize import SnapshotFormatError

    expected = (ConnectError, PolicyError, SnapshotFormatError, RenderError, RegistryError, ClusterError, UsageProblem,
                ReportFormatError, *WORKFLOW_ERRORS)

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except expected as exc:
            console.fail(str(exc))
            sys.exit(EXIT_USAGE)
        except KeyboardInterrupt:
            console.fail("interrupted")
            sys.exit(130)

    return wrapper


def _policy(path: str | None, select: tuple[str, ...], ignore: tuple[str, ...], fail_on: str | None,
            min_score: int | None, no_sample: bool):
    from auditor.model.policy import Policy
    from auditor.engine.policyfile import load_policy, resolve_policy
    from auditor.engine.registry import check_names

    policy = load_policy(path) if path else Policy()
    changes: dict[str, Any] = {}
    if select:
        changes["select"] = tuple(s for item in select for s in item.split(",") if s)
    if ignore:
        changes["ignore"] = policy.ignore + tuple(s for item in ignore for s in item.split(",") if s)
    if fail_on:
        from auditor.model.results import Severity
        changes["fail_on"] = Severity(fail_on)
    if min_score is not None:
        changes["min_score"] = min_score
    if no_sample:
        changes["sampling"] = False
    policy = policy.replace(**changes)
    # Resolved once, here: an unknown id is a usage error (with file:line) before anything connects. From the checks'
    # metadata alone: their code loads while the catalog is read (workflow/pipeline.py).
    return resolve_policy(policy, check_names())


def _common_eval_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--output-dir", "-o", type=click.Path(path_type=Path), metavar="DIRECTORY", default=Path("pgcomply-report"),
                     show_default=True, help="Directory the report files are written to."),
        click.option("--format", "formats", default="json", show_default=True,
                     help="Comma-separated formats (" + ", ".join(_formats()) + ") or all."),
        click.option("--fail-on", type=click.Choice(_SEVERITIES), default=None,
                     help="Exit 1 when a non-waived failing finding is at or above this severity."),
        click.option("--min-score", type=click.IntRange(0, 100), default=None, help="Exit 1 when the score is below N."),
        click.option("--select", multiple=True, help="Only these checks: ids (RLS-002), names (rls.policy_always_true) or areas (rls)."),
        click.option("--ignore", multiple=True, help="Skip these checks (same forms as --select)."),
        click.option("--policy", "policy_file", type=click.Path(dir_okay=False), default=None, help="pgcomply.toml policy file."),
        click.option("--quiet", "-q", is_flag=True, help="Print only the summary line."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def _libpq_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """psql's connection flags; each overrides the same key of the DSN and of the PG* environment."""
    options = [
        click.option("-h", "--host", default=None, help="Server host or socket directory (as psql; overrides the DSN and PGHOST)."),
        click.option("-p", "--port", default=None, help="Server port (overrides the DSN and PGPORT)."),
        click.option("-U", "--username", default=None, help="User to connect as (overrides the DSN and PGUSER)."),
        click.option("-d", "--dbname", multiple=True, metavar="NAME",
                     help="Database to connect to first (overrides the DSN and PGDATABASE). It is audited, and so is "
                          "every other database unless --database narrows the audit."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def _conninfo(dsn: str | None, host: str | None, port: str | None, username: str | None,
              dbnames: tuple[str, ...]) -> str | None:
    """The DSN with -h/-p/-U/-d applied, built by psycopg (never by concatenation); unchanged without flags."""
    from psycopg import conninfo

    from auditor.collect.connect import parse_dsn

    if len(dbnames) > 1:   # -d used to be repeatable "audit only this database": say so rather than take the last
        raise UsageProblem("-d/--dbname is the one database to connect to (as in psql); "
                           "use --database (repeatable) to audit only some databases")
    dbname = dbnames[0] if dbnames else None
    flags = {k: v for k, v in (("host", host), ("port", port), ("user", username), ("dbname", dbname)) if v is not None}
    if not flags:
        return dsn
    return conninfo.make_conninfo(**(parse_dsn(dsn) | flags))


def _formats() -> list[str]:
    from auditor.render import FORMATS
    return list(FORMATS)


def _finish(run: AuditRun, quiet: bool) -> None:
    out = console.stdout()
    if not quiet:
        console.print_findings(run.report, out)
        console.print_summary(run.report, out)
    else:
        out.print(console.summary_line(run.report))
    for path in run.files:
        console.stderr().print(f"wrote {path}")
    console.print_warnings(run.report)
    for note in run.report.get("waiver_notes", ()):
        click.echo(f"waiver: {note}", err=True)
    for reason in run.reasons:
        console.stderr().print(f"gate failed: {reason}")
    sys.exit(run.exit_code)


@click.group(context_settings={"help_option_names": ["--help"]}, invoke_without_command=True)
@click.version_option(__version__, "-V", "--version", prog_name="pgcomply")
@click.pass_context
def main(ctx: click.Context) -> None:
    """pgcomply: PostgreSQL security and compliance auditor.

    Exit codes: 0 nothing at/above --fail-on, 1 something is (or the score is below --min-score),
    2 usage, configuration or connection error, 3 the audit is incomplete (a timeout, a lost
    connection or an unexpected server error left part of the cluster unread; the reports still hold what
    was read).

    Connection flags as in psql: -h host, -p port, -U user, -d database (help is --help only).
    """
    if ctx.invoked_subcommand is None:      # `pgcomply` alone did nothing: a usage error, never exit 0
        click.echo(ctx.get_help(), err=True)
        ctx.exit(EXIT_USAGE)


@main.command()
@click.argument("dsn", required=False)
@_libpq_options
@click.option("--database", "databases", multiple=True,
              help="Audit only this database (repeatable). Default: every database that accepts connections.")
@click.option("--no-sample", is_flag=True, help="Do not sample column values (metadata only).")
@schema_options
@_common_eval_options
@audit_options
@_one_line_errors
def audit(dsn, host, port, username, dbname, databases, no_sample, schema_paths, pg_version, baseline_schema,
          baseline_ref, seeds, commit, output_dir, formats, fail_on, min_score, select, ignore, policy_file, quiet,
          baseline, evidence, signing_key, targets, jobs, shard, run_id, history_url, no_history):
    """Audit the cluster at DSN (a libpq conninfo string or URI; empty = PG* environment, like psql).

    pgcomply audit -h db1 -p 5433 -U auditor -d shop connects to shop and audits every database of the
    cluster (shop included); add --database shop to audit only shop.
    """
    from auditor.outputs import check_dir
    from auditor.render import parse_formats

    policy = _policy(policy_file, select, ignore, fail_on, min_score, no_sample)
    fmts = parse_formats(formats)
    if targets:
        if host is not None or port is not None or username is not None or dbname:
            raise UsageProblem("--targets takes its connections from the targets file, not from -h/-p/-U/-d")
        sys.exit(run_fleet(dsn, targets, policy, fmts, output_dir, databases or None, jobs, baseline, evidence,
                           signing_key, quiet, FleetHistory(history_url, no_history, shard, run_id)))
    if shard or run_id:
        raise UsageProblem("--shard and --run-id apply to --targets only")
    if schema_paths:
        if dsn or targets or databases or host is not None or port is not None or username is not None or dbname:
            raise UsageProblem("--schema audits a throwaway server: give no DSN, --targets, --database or -h/-p/-U/-d")
        if history_url or str(baseline) == "last":
            raise UsageProblem("--schema audits a throwaway server, which the history does not record")
        if sum((baseline is not None, bool(baseline_schema), baseline_ref is not None)) > 1:
            raise UsageProblem("give one of --baseline (an earlier report.json), --baseline-schema or --baseline-ref")
        opts = {"pg_version": pg_version, "baseline_schema": baseline_schema, "baseline_ref": baseline_ref,
                "seeds": seeds, "commit": commit}
        return _finish(schema_audit(schema_paths, opts, policy, fmts, output_dir, quiet, baseline, evidence,
                                    signing_key), quiet)
    if flags := schema_only_flags(pg_version, baseline_schema, baseline_ref, seeds, commit):
        raise UsageProblem(f"{', '.join(flags)} appl{'ies' if len(flags) == 1 else 'y'} to --schema only")
    dsn = _conninfo(dsn, host, port, username, dbname)
    check_dir(output_dir)                     # before connecting: an unwritable destination must not cost an audit
    extras = SingleExtras.prepare(dsn, baseline, evidence, signing_key)
    plan = history_plan(open_recorder(history_url, no_history), baseline)
    with console.progress(not quiet) as say:
        run = run_audit(dsn, policy, fmts, output_dir, databases=databases or None, progress=say,
                        baseline=extras.baseline, history=plan, bundle=extras.bundle())
    extras.finish(run, policy)
    if plan is not None:
        prev = (run.report.get("history") or {}).get("previous")
        if plan.baseline_last and prev is None:
            click.echo("warning: --baseline last: no earlier audit of this target in the history; "
                       "every failing finding counts", err=True)
        if plan.recorded:
            click.echo(f"recorded run {plan.run_id} in the history", err=True)
        elif plan.error:    # the reports are written; a run missing from the history must not pass silently
            click.echo(f"warning: not recorded: {plan.error}", err=True)
            if run.exit_code == 0:
                run = dataclasses.replace(run, exit_code=EXIT_INCOMPLETE)
    _finish(run, quiet)


@main.command()
@click.argument("dsn", required=False)
@_libpq_options
@click.option("--output", "-o", type=click.Path(path_type=Path), metavar="FILE", required=True, help="Snapshot JSON file to write.")
@click.option("--database", "databases", multiple=True, help="Collect only this database (repeatable). Default: all.")
@click.option("--no-sample", is_flag=True, help="Do not sample column values.")
@click.option("--policy", "policy_file", type=click.Path(dir_okay=False), default=None, help="pgcomply.toml (sampling caps, timeouts).")
@_one_line_errors
def collect(dsn, host, port, username, dbname, output, databases, no_sample, policy_file):
    """Collect a Snapshot of the cluster at DSN into a JSON file (evaluate it later, offline).

    -h/-p/-U/-d work as for `audit` (-d is the database connected to first; --database narrows).
    """
    from auditor.collect.collector import collect as do_collect
    from auditor.outputs import check_file_target
    from auditor.collect.serialize import write_snapshot

    policy = _policy(policy_file, (), (), None, None, no_sample)
    dsn = _conninfo(dsn, host, port, username, dbname)
    check_file_target(output, "snapshot file")   # before connecting
    with console.progress() as say:
        snap = do_collect(dsn, policy, databases=databases or None, progress=say)
    write_snapshot(snap, output)
    console.stderr().print(f"wrote {output} ({len(snap.relations)} relations, {len(snap.roles)} roles, "
                           f"{sum(1 for d in snap.databases if d.collected)} databases)")
    if not snap.complete:   # a partial snapshot is written, and said: exit 3 as for audit
        click.echo(f"incomplete: {sum(g.fault for g in snap.gaps)} part(s) could not be read (see its gaps)", err=True)
        sys.exit(EXIT_INCOMPLETE)


@main.command()
@click.argument("snapshot", type=click.Path(dir_okay=False, path_type=Path))
@_common_eval_options
@_one_line_errors
def evaluate(snapshot, output_dir, formats, fail_on, min_score, select, ignore, policy_file, quiet):
    """Evaluate a snapshot written by `pgcomply collect` (no database needed)."""
    from auditor.outputs import check_dir
    from auditor.render import parse_formats
    from auditor.collect.serialize import read_snapshot

    policy = _policy(policy_file, select, ignore, fail_on, min_score, False)
    fmts = parse_formats(formats)
    check_dir(output_dir)
    snap = read_snapshot(snapshot)
    run = evaluate_and_render(snap, policy, fmts, output_dir)
    _finish(run, quiet)


@main.command("checks")
@click.option("--area", type=click.Choice(list(AREAS)), default=None)
@click.option("--json", "as_json", is_flag=True, help="Print the check catalogue as JSON.")
@_one_line_errors
def list_checks(area, as_json):
    """List every check with its severity and framework references."""
    from auditor.engine.registry import load_checks

    checks = [c for c in load_checks().values() if area in (None, c.area)]
    if as_json:
        click.echo(json.dumps([{"id": c.id, "name": c.name, "area": c.area, "title": c.title,
                                "severity": c.severity.value, "since": c.since, "rationale": c.rationale,
                                "remediation": c.remediation,
                                "references": {k: list(v) for k, v in c.references.items()}} for c in checks],
                              indent=2))
        return
    console.print_checks(checks, console.stdout())


@main.command()
@click.argument("check_id")
@_one_line_errors
def explain(check_id):
    """Explain one check: what it checks, why it matters, how to fix it."""
    from auditor.engine.registry import load_checks, resolve

    checks = load_checks()
    for cid in sorted(resolve([check_id], checks)):
        c = checks[cid]
        refs = "\n".join(f"  {fw}: {', '.join(ids)}" for fw, ids in c.references.items()) or "  -"
        click.echo(f"{c.id}  {c.name}  [{c.severity.value}]\n{c.title}\n\nWhy it matters\n  {c.rationale}\n\n"
                   f"How to fix\n  {c.remediation}\n\nReferences\n{refs}\n\nSince\n  pgcomply {c.since}\n")


@main.command()
@click.option("--output-dir", "-o", type=click.Path(path_type=Path), metavar="DIRECTORY", default=Path("pgcomply-demo"),
              show_default=True, help="Where the demo reports go.")
@click.option("--format", "formats", default="all", show_default=True, help="Comma-separated formats, or all.")
@_one_line_errors
def demo(output_dir, formats):
    """Start a throwaway cluster with typical weaknesses, audit it, write the reports, remove it."""
    from auditor.lab.demo import run_demo
    from auditor.outputs import check_dir
    from auditor.render import parse_formats

    fmts = parse_formats(formats)
    check_dir(output_dir)
    with console.progress() as say:
        run = run_demo(output_dir, fmts, progress=say)
    out = console.stdout()
    console.print_findings(run.report, out, limit=25)
    console.print_summary(run.report, out)
    for path in run.files:
        console.stderr().print(f"wrote {path}")


@main.command("render")
@click.argument("report_json", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output-dir", "-o", type=click.Path(path_type=Path), metavar="DIRECTORY", default=None,
              help="Where to write (default: the report's own directory).")
@click.option("--format", "formats", default="all", show_default=True,
              help="Comma-separated formats (" + ", ".join(_formats()) + ") or all.")
@_one_line_errors
def render_cmd(report_json, output_dir, formats):
    """Render a report.json again (HTML, PDF, SARIF, JUnit, Markdown, CSV, XLSX), offline and deterministically."""
    from auditor.outputs import check_dir
    from auditor.render import output_paths, parse_formats, render
    from auditor.engine.report import read_report

    fmts = parse_formats(formats)
    report = read_report(report_json)
    out_dir = output_dir or report_json.parent
    check_dir(out_dir)
    for fmt in fmts:
        render(fmt, report, out_dir)
        for path in output_paths(fmt, out_dir):
            console.stderr().print(f"wrote {path}")


@main.command("role-sql")
@click.option("--role", "-U", "--username", "role", default="pgcomply_auditor", show_default=True,
              help="Name of the auditing role (the user you will pass to `audit -U`).")
@click.option("-d", "--dbname", "--database", "databases", multiple=True, metavar="NAME",
              help="The database pgcomply connects to first, as given to `audit -d` (repeatable). Default: postgres.")
@click.option("--no-sample", is_flag=True, help="Leave out pg_read_all_data (metadata-only audits).")
def role_sql_cmd(role, databases, no_sample):
    """Print the SQL that creates a least-privilege auditing role (nothing is executed)."""
    from auditor.collect.rolesql import role_sql

    click.echo(role_sql(role, databases=tuple(dict.fromkeys(databases)) or ("postgres",), sampling=not no_sample),
               nl=False)


register_commands(main, _one_line_errors)
register_history(main, _one_line_errors)

if __name__ == "__main__":  # pragma: no cover
    main()


def run() -> None:
    """The console entry point (`pgcomply`, `python -m auditor`). An audit is one short process that builds
    hundreds of thousands of long-lived objects at once (the snapshot, then the findings); with CPython's default
    thresholds the cyclic collector re-scans them all hundreds of times, a third of the run on 10,000 tables.
    Almost nothing here forms cycles (reference counting frees it), so collect rarely, as mypy does. Set here
    and not at import, so a program that imports pgcomply keeps its own settings."""
    gc.set_threshold(500_000, 50, 50)
    try:
        main()
        code: int | str | None = 0
    except SystemExit as exc:
        code = exc.code
    exit_without_teardown(code)
