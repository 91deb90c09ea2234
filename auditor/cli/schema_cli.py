"""`pgcomply audit --schema` and its options: the pre-release gate that needs no database (lab/schema.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import click

_PATH = click.Path(exists=True, path_type=Path)


def schema_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--schema and what goes with it, on `audit`."""
    for opt in reversed((
        click.option("--schema", "schema_paths", multiple=True, type=_PATH, metavar="FILE|DIR",
                     help="Audit a schema with no database: apply these migrations (a directory in version order, "
                          "or a Sqitch plan's deploy scripts) or a pg_dump --schema-only file to a throwaway server "
                          "(repeatable, applied in the order given)."),
        click.option("--pg-version", type=int, default=None,
                     help="With --schema: the PostgreSQL major version to apply it to (default: the newest "
                          "installed)."),
        click.option("--baseline-schema", "baseline_schema", multiple=True, type=_PATH, metavar="FILE|DIR",
                     help="With --schema: the base branch's schema, audited first; only findings new since it "
                          "fail the gate (repeatable, like --schema)."),
        click.option("--baseline-ref", "baseline_ref", default=None, metavar="REF",
                     help="With --schema: the same paths as they were at this git ref (the pull request's base, "
                          "e.g. origin/main) are the baseline."),
        click.option("--seed", "seeds", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     metavar="FILE", help="With --schema: SQL seed data applied after the migrations, so the "
                                          "sensitive-data checks sample values (repeatable)."),
        click.option("--commit", default=None, metavar="SHA",
                     help="With --schema: the commit the schema was read at (default: GITHUB_SHA, CI_COMMIT_SHA, "
                          "or HEAD of the schema's git repository)."),
    )):
        f = opt(f)
    return f


def schema_only_flags(pg_version: Any, baseline_schema: Any, baseline_ref: Any, seeds: Any, commit: Any) -> list[str]:
    """The --schema companions given without --schema (a usage error)."""
    given = {"--pg-version": pg_version is not None, "--baseline-schema": bool(baseline_schema),
             "--baseline-ref": baseline_ref is not None,
             "--seed": bool(seeds), "--commit": commit is not None}
    return [k for k, v in given.items() if v]


def schema_audit(paths: Any, options: dict[str, Any], policy: Any, fmts: Any, output_dir: Any, quiet: bool,
                 baseline: Any, evidence: Any, signing_key: Any) -> Any:
    """Apply the schema to a throwaway server and audit it; the run, for main to finish like any audit."""
    from auditor.cli.workflow import SingleExtras
    from auditor.lab.schema import SchemaOptions, run_schema_audit
    from auditor.outputs import check_dir
    from auditor.render import console

    check_dir(output_dir)
    extras = SingleExtras.prepare(None, baseline, evidence, signing_key)
    opts = SchemaOptions(pg_version=options["pg_version"], seeds=tuple(options["seeds"]), commit=options["commit"],
                         baseline_paths=tuple(options["baseline_schema"]), baseline_ref=options["baseline_ref"])
    with console.progress(not quiet) as say:
        run = run_schema_audit(list(paths), policy, fmts, output_dir, options=opts, progress=say,
                               baseline=extras.baseline, bundle=extras.bundle())
    extras.finish(run, policy)
    return run
