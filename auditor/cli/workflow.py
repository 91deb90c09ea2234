"""CLI for the compliance workflow: diff, fix-sql, keygen, verify, and audit's --baseline/--evidence/--targets.

Kept apart from cli.py, which registers these commands on the main group (`register_commands`)
and applies `audit_options` to `audit`. Exit codes are the same everywhere: 0 ok, 1 findings /
verification failed, 2 usage, configuration or connection error.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import click

from auditor.render import console
from auditor.workflow.bundle import BundleError
from auditor.engine.report import ReportFormatError
from auditor.workflow.fixsql import FixSqlError
from auditor.workflow.fleet import FleetError
from auditor.history.store import HistoryError
from auditor.outputs import OutputError, check_dir, check_file_target, write_file
from auditor.workflow.pipeline import EXIT_FINDINGS, EXIT_OK, AuditRun

WORKFLOW_ERRORS = (BundleError, ReportFormatError, FixSqlError, FleetError, OutputError, HistoryError)
_SEVERITIES = ["critical", "high", "medium", "low", "info"]


def audit_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options `audit` gains for the workflow (applied in cli.py)."""
    options = [
        click.option("--baseline", type=click.Path(path_type=Path), default=None,
                     help="Gate (--fail-on) only on findings not already failing in this earlier report.json; "
                          "with --targets, the output directory of an earlier fleet run; `last`: the previous "
                          "audit of the same target in the history."),
        click.option("--evidence", type=click.Path(path_type=Path), metavar="DIRECTORY", default=None,
                     help="Also write a signed evidence bundle (snapshot, every format, manifest) into this new directory."),
        click.option("--signing-key", type=click.Path(dir_okay=False), default=None,
                     help="Ed25519 private key (PEM) for --evidence. Default: $PGCOMPLY_SIGNING_KEY (PEM text or a path)."),
        click.option("--targets", type=click.Path(dir_okay=False), default=None,
                     help="Audit every cluster in this file (one DSN per line, or TOML [[target]] tables)."),
        click.option("--jobs", "-j", type=click.IntRange(1, 64), default=4, show_default=True,
                     help="With --targets: clusters audited at the same time."),
        click.option("--shard", default=None, metavar="K/N",
                     help="With --targets: audit only shard K of N (every Nth target from the Kth); index/N takes K "
                          "from $JOB_COMPLETION_INDEX (a Kubernetes Indexed Job)."),
        click.option("--run-id", default=None, envvar="PGCOMPLY_RUN_ID",
                     help="With --targets: the fleet run this is part of ($PGCOMPLY_RUN_ID); a rerun with the same id "
                          "skips the targets already recorded."),
        click.option("--history", "history_url", default=None, metavar="URL",
                     help="Audit history: sqlite:///PATH or postgresql://... Default: $PGCOMPLY_HISTORY, else "
                          "$XDG_DATA_HOME/pgcomply/history.sqlite."),
        click.option("--no-history", is_flag=True, help="Do not record this audit in the history."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def _secrets(dsn: str | None) -> list[str]:
    from auditor.collect.connect import ConnectError, parse_dsn
    out = [os.environ.get("PGPASSWORD", "")]
    try:
        out.append(parse_dsn(dsn).get("password", ""))
    except ConnectError:
        pass
    return [s for s in out if s]


def open_recorder(url: str | None, no_history: bool, *, fleet_run: str | None = None,
                  shard: str | None = None) -> Any:
    """The history recorder for this command, or None with --no-history; opened (and migrated) before connecting."""
    if no_history:
        if url:
            raise HistoryError("give --history or --no-history, not both")
        return None
    from auditor.history.store import open_store
    from auditor.workflow.recording import Recorder
    return Recorder(open_store(url), fleet_run=fleet_run, shard=shard)


def history_plan(recorder: Any, baseline: Path | None) -> Any:
    from auditor.workflow.pipeline import HistoryPlan

    if recorder is None:
        if is_last(baseline):
            raise HistoryError("--baseline last reads the history: drop --no-history")
        return None
    return HistoryPlan(recorder, baseline_last=is_last(baseline))


def is_last(baseline: Path | None) -> bool:
    return baseline is not None and str(baseline) == "last"


@dataclass
class SingleExtras:
    """--baseline and --evidence for one target: both are checked before anything connects."""
    dsn: str | None
    baseline: dict[str, Any] | None
    evidence: Path | None
    key: Any

    @classmethod
    def prepare(cls, dsn: str | None, baseline: Path | None, evidence: Path | None, signing_key: str | None) -> "SingleExtras":
        from auditor.workflow.bundle import load_private_key
        from auditor.workflow.diff import load_report

        if is_last(baseline):
            baseline = None      # the history supplies it (HistoryPlan.baseline_last)
        if baseline is not None and baseline.is_dir():
            raise ReportFormatError(f"--baseline {baseline} is a directory; give an earlier report.json")
        base = load_report(baseline) if baseline is not None else None
        key = None
        if evidence is not None:
            if evidence.exists() and (not evidence.is_dir() or any(evidence.iterdir())):
                raise BundleError(f"evidence directory {evidence} is not empty; use a new directory per bundle")
            check_dir(evidence, "evidence directory")
            key = load_private_key(signing_key)
        return cls(dsn, base, evidence, key)

    def bundle(self) -> dict[str, Any] | None:
        """report.json's `evidence_bundle`, known before the audit: the reports name the bundle they go into."""
        from auditor.workflow.bundle import bundle_record
        return bundle_record(self.evidence, self.key) if self.evidence is not None else None

    def finish(self, run: AuditRun, policy: Any) -> None:
        from auditor.workflow.bundle import write_bundle
        if self.baseline is not None:
            before, now = self.baseline.get("target", {}), run.report["target"]
            same = (bool(before.get("schema")) if now.get("schema")   # a throwaway server: any schema audit compares
                    else (before.get("host"), before.get("port")) == (now.get("host"), now.get("port")))
            if not same:
                click.echo(f"warning: the baseline is an audit of {before.get('dsn')}, not of this target", err=True)
        if self.evidence is not None:
            manifest = write_bundle(self.evidence, snapshot=run.snapshot, report=run.report, policy=policy, key=self.key,
                                    secrets=_secrets(self.dsn))
            click.echo(f"wrote evidence bundle {manifest.parent} (verify with `pgcomply verify {manifest.parent}`)", err=True)


@dataclass(frozen=True)
class FleetHistory:
    url: str | None
    no_history: bool
    shard: str | None
    run_id: str | None


def run_fleet(dsn: str | None, targets_file: str, policy: Any, formats: Sequence[str], out_dir: Path,
              databases: Sequence[str] | None, jobs: int, baseline: Path | None, evidence: Path | None,
              signing_key: str | None, quiet: bool, hist: FleetHistory | None = None) -> int:
    from auditor.workflow.bundle import load_private_key
    from auditor.workflow.fleet import (audit_fleet, parse_shard, parse_targets, print_summary, shard_of, summarize,
                                        write_summary)

    if dsn:
        raise FleetError("give either a DSN or --targets, not both")
    hist = hist or FleetHistory(None, True, None, None)
    shard = parse_shard(hist.shard) if hist.shard else None
    targets = shard_of(parse_targets(targets_file), shard)
    check_dir(out_dir)                                   # before any target connects
    if evidence is not None:
        check_dir(evidence, "evidence directory")
    last = is_last(baseline)
    if last:
        baseline = None
        if hist.no_history:
            raise HistoryError("--baseline last reads the history: drop --no-history")
    shard_label = f"{shard[0]}/{shard[1]}" if shard else None
    recorder = open_recorder(hist.url, hist.no_history, fleet_run=hist.run_id, shard=shard_label)
    if shard and not hist.run_id and recorder is not None:
        click.echo("note: without --run-id (or $PGCOMPLY_RUN_ID) a rerun of this shard records its targets again",
                   err=True)
    if not targets:
        click.echo(f"shard {shard_label} has no targets", err=True)
        return EXIT_OK
    if baseline is not None and not baseline.is_dir():
        raise ReportFormatError(f"with --targets, --baseline must be the output directory of an earlier fleet run "
                              f"(holding <target>/report.json), not {baseline}")
    key = None
    if evidence is not None:
        key = load_private_key(signing_key)
        clash = [t.name for t in targets if (evidence / t.name).exists()]
        if clash:
            raise BundleError(f"evidence directory {evidence / clash[0]} already exists; use a new --evidence directory")
    results = audit_fleet(targets, policy, formats, out_dir, databases=databases, jobs=jobs, baseline_dir=baseline,
                          evidence_dir=evidence, signer=key, recorder=recorder, baseline_last=last)
    summary = summarize(results)
    files = write_summary(summary, out_dir)
    if not quiet:
        print_summary(summary, console.stdout())
    else:
        t = summary["totals"]
        click.echo(f"{t['targets']} targets · {t['audited']} audited · {t['unreachable']} not audited · "
                   f"{t['gate_failed']} failed the gate")
    for r in results:
        if r.recorded_before is not None:
            click.echo(f"target {r.target.name}: already recorded in fleet run {hist.run_id}, skipped", err=True)
        elif r.error:
            click.echo(f"target {r.target.name} ({r.target.label}) not audited: {r.error}", err=True)
        elif r.run is not None:
            console.print_warnings(r.run.report, prefix=f"target {r.target.name}: ")
            for reason in r.run.reasons:
                click.echo(f"target {r.target.name}: gate failed: {reason}", err=True)
    for path in files:
        click.echo(f"wrote {path}", err=True)
    return summary["exit_code"]


# -- commands --------------------------------------------------------------------------------------------

@click.command("diff")
@click.argument("old", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["console", "md", "html", "json"]), default="console", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), metavar="FILE", default=None,
              help="Write to this file instead of stdout.")
@click.option("--fail-on", type=click.Choice(_SEVERITIES), default=None,
              help="Exit 1 when a new finding is at or above this severity.")
def diff_cmd(old: Path, new: Path, fmt: str, output: Path | None, fail_on: str | None) -> None:
    """Compare two report.json files: new, resolved and still-open findings, and the score change."""
    import json

    from auditor.workflow.diff import diff_reports, load_report, rows_at_or_above, to_html, to_markdown
    from auditor.model.results import Severity

    if output is not None:
        check_file_target(output)
    d = diff_reports(load_report(old), load_report(new))
    if fmt == "console" and output is None:
        from auditor.workflow.diff import print_console
        print_console(d, console.stdout())
    else:
        text = {"md": to_markdown, "html": to_html, "json": lambda x: json.dumps(x, indent=2, sort_keys=True) + "\n",
                "console": to_markdown}[fmt](d)
        if output is None:
            click.echo(text, nl=False)
        else:
            write_file(output, text)
            click.echo(f"wrote {output}", err=True)
    if fail_on and rows_at_or_above(d["new"], Severity(fail_on)):
        click.echo(f"gate failed: {len(rows_at_or_above(d['new'], Severity(fail_on)))} new finding(s) "
                               f"at or above {fail_on}", err=True)
        sys.exit(EXIT_FINDINGS)


@click.command("fix-sql")
@click.argument("report", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), metavar="FILE", default=None,
              help="Write the script to this file instead of stdout.")
@click.option("--include-waived", is_flag=True, help="Also fix findings that are waived.")
@click.option("--min-severity", type=click.Choice(_SEVERITIES), default="info", show_default=True,
              help="Leave out findings below this severity.")
def fix_sql_cmd(report: Path, output: Path | None, include_waived: bool, min_severity: str) -> None:
    """Print a reviewable SQL script that fixes the failing findings of REPORT. pgcomply never runs it."""
    from auditor.workflow.diff import load_report
    from auditor.workflow.fixsql import build_script
    from auditor.model.results import Severity

    if output is not None:
        check_file_target(output)
    script = build_script(load_report(report), include_waived=include_waived, min_severity=Severity(min_severity),
                          source=report.name)
    if output is None:
        click.echo(script, nl=False)
    else:
        write_file(output, script)
        click.echo(f"wrote {output}", err=True)


@click.command("keygen")
@click.argument("keyfile", type=click.Path(dir_okay=False, path_type=Path), default="pgcomply-signing.key")
@click.option("--force", is_flag=True, help="Overwrite existing key files.")
def keygen_cmd(keyfile: Path, force: bool) -> None:
    """Create an Ed25519 key pair for evidence bundles: KEYFILE (private, mode 0600) and KEYFILE.pub."""
    from auditor.workflow.bundle import ENV_PASSPHRASE, generate_key

    private, public, fp = generate_key(keyfile, force=force)
    click.echo(f"private key: {private} (mode 0600{', encrypted with $' + ENV_PASSPHRASE if os.environ.get(ENV_PASSPHRASE) else ''})")
    click.echo(f"public key:  {public}")
    click.echo(f"fingerprint: {fp}")
    click.echo("Keep the private key secret (a CI secret such as PGCOMPLY_SIGNING_KEY); give the public key to auditors.")


@click.command("verify")
@click.argument("bundle", type=click.Path(path_type=Path))
@click.option("--public-key", type=click.Path(dir_okay=False), default=None,
              help="The signer's public key (PEM), received apart from the bundle. Default: $PGCOMPLY_TRUSTED_KEY "
                   "(a path). Required: the key inside a bundle is never trusted.")
def verify_cmd(bundle: Path, public_key: str | None) -> None:
    """Check an evidence bundle against a trusted public key: every file's SHA-256 and the manifest's Ed25519
    signature. Exit 1 on any change, 2 without a trusted key or for a malformed bundle."""
    from auditor.workflow.bundle import terminal_safe, trusted_key_path, verify_bundle

    result = verify_bundle(bundle, trusted_key_path(public_key))
    shown = terminal_safe(bundle)
    if not result.ok:
        for problem in result.problems:
            print(f"pgcomply: VERIFICATION FAILED: {terminal_safe(problem)}", file=sys.stderr)
        print(f"pgcomply: VERIFICATION FAILED: {shown} must not be trusted ({len(result.problems)} problem(s))",
              file=sys.stderr)
        sys.exit(EXIT_FINDINGS)
    m = result.manifest or {}
    click.echo(f"verified: {len(m['files'])} files in {shown}, signed by the trusted key {result.signer} "
               f"at {terminal_safe(m['created_at'])}; target {terminal_safe(m['target'].get('dsn'))}")
    for note in result.notes:
        click.echo(f"note: {terminal_safe(note)}", err=True)
    sys.exit(EXIT_OK)


def register_commands(main: click.Group, one_line_errors: Callable[[Callable[..., Any]], Callable[..., Any]]) -> None:
    """Add the workflow commands to the main group, wrapped in the CLI's one-line error handling."""
    for cmd in (diff_cmd, fix_sql_cmd, keygen_cmd, verify_cmd):
        cmd.callback = one_line_errors(cmd.callback)
        main.add_command(cmd)


__all__ = ["WORKFLOW_ERRORS", "FleetHistory", "SingleExtras", "audit_options", "history_plan", "open_recorder",
           "register_commands", "run_fleet"]
