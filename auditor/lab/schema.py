"""`pgcomply audit --schema`: apply migrations (or a schema-only dump) to a throwaway cluster and audit the result.

A release pipeline often has no staging database, only its SQL. The files are applied in order with psql (so a
dump's meta-commands and a migration's own BEGIN/COMMIT work as they would in production), then the database is
audited like any other; the engine marks server-level checks not applicable (Target.schema). A file that fails
stops the run with one line naming it: a half-applied schema is never audited as if it were the whole. An
extension the throwaway server lacks is skipped and the audit goes on, marked partial (schema_extensions.py).
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from psycopg import sql

from auditor.collect.collector import collect
from auditor.lab.cluster import ThrowawayCluster, find_bindir
from auditor.lab.schema_files import SchemaError, migration_files, paths_at_ref, repo_path, schema_commit
from auditor.lab.schema_extensions import (SKIP_BODY_CHECKS, MissingExtension, extension_gaps, missing_extensions,
    skipped_note, without_extensions)
from auditor.lab.schema_origins import read_origins
from auditor.model.policy import Policy
from auditor.model.schema_source import ObjectOrigin, SchemaSource
from auditor.workflow.pipeline import AuditRun, evaluate_and_render

DATABASE = "app"             # the database the schema is applied to; findings name objects app.<schema>.<name>
AUDITOR = "pgcomply_auditor"
_META = re.compile(r"^\s*\\.*$", re.MULTILINE)                       # psql meta-commands (\restrict, \connect)
_PSQL_ERROR = re.compile(r"psql:(?P<file>.*?):(?P<line>\d+): (?:ERROR|FATAL):\s+(?:(?P<code>[0-9A-Z]{5}): )?(?P<msg>.*)")
_TX_WORDS = re.compile(r"^\s*(BEGIN|COMMIT|START\s+TRANSACTION|END)\s*;", re.IGNORECASE | re.MULTILINE)


@dataclasses.dataclass(frozen=True)
class Migration:
    path: Path
    roles: frozenset[str]      # roles its statements name (grants, owners, policies)
    creates: frozenset[str]    # roles it creates itself
    own_transaction: bool      # BEGIN/COMMIT of its own, or a statement that cannot run inside a transaction
    origins: tuple[ObjectOrigin, ...] = ()   # what each statement created, granted on or altered, and its line

    def extensions(self) -> list[tuple[str, int]]:
        """(name, line) of each CREATE EXTENSION."""
        return [(o.key.rpartition(".")[2].strip('"'), o.line) for o in self.origins if o.statement == "CREATE EXTENSION"]


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v)


def read_migration(path: Path) -> Migration:
    """Roles named and transaction handling, from PostgreSQL's own parser (pglast); unparsable SQL is left to psql."""
    from pglast.parser import ParseError, parse_sql_json

    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"cannot read migration {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        tree = json.loads(parse_sql_json(_META.sub("", text)))
    except ParseError:    # psql will name the line; a regex still tells whether the file commits on its own
        return Migration(path, frozenset(), frozenset(), bool(_TX_WORDS.search(text)))
    origins = tuple(read_origins(path, repo_path(path), DATABASE))
    nodes = list(_walk(tree))
    roles = {n["rolename"] for n in nodes if n.get("roletype") == "ROLESPEC_CSTRING" and "rolename" in n}
    creates = {n["CreateRoleStmt"]["role"] for n in nodes if "role" in n.get("CreateRoleStmt", {})}
    own_tx = any("TransactionStmt" in n or n.get("IndexStmt", {}).get("concurrent") or "VacuumStmt" in n
                 or "CreatedbStmt" in n for n in nodes)
    return Migration(path, frozenset(roles), frozenset(creates), own_tx, origins)


def placeholder_roles(migrations: Sequence[Migration]) -> list[str]:
    """Roles the schema names but never creates (reserved pg_ names and the bootstrap superuser excluded)."""
    created = set().union(*(m.creates for m in migrations)) if migrations else set()
    named = set().union(*(m.roles for m in migrations)) if migrations else set()
    return sorted(r for r in named - created if not r.startswith("pg_") and r != "postgres")


def _psql(bindir: Path) -> str:
    exe = bindir / "psql"
    found = str(exe) if exe.is_file() else shutil.which("psql")
    if not found:
        raise SchemaError(f"no psql next to the server binaries in {bindir} or on PATH: cannot apply migrations")
    return found


def apply_migration(cluster: ThrowawayCluster, psql: str, m: Migration, source: Path | None = None,
                    options: str = "") -> None:
    """psql with ON_ERROR_STOP; one transaction (-1) unless the file manages its own. `source`: a copy to apply
    instead (same lines); errors still name the migration's own file."""
    cmd = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose", "-h", cluster.host,
           "-p", str(cluster.port), "-U", cluster.superuser, "-d", DATABASE, *([] if m.own_transaction else ["-1"]),
           "-f", str(source or m.path)]
    env = {**os.environ, "PGOPTIONS": options} if options else None
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600, env=env)
    if out.returncode != 0:
        raise SchemaError(migration_error(m.path, out.stderr))


def migration_error(path: Path, stderr: str) -> str:
    """One line: the file, the line psql reports, the SQLSTATE and the server's message."""
    for line in stderr.splitlines():
        if m := _PSQL_ERROR.search(line):
            code = f" SQLSTATE {m['code']}:" if m["code"] else ""
            return f"migration {path} failed at line {m['line']}:{code} {m['msg'].strip()}"
    last = next((ln.strip() for ln in reversed(stderr.splitlines()) if ln.strip()), "psql failed")
    return f"migration {path} failed: {last}"


def _prepare(cluster: ThrowawayCluster, roles: Sequence[str]) -> None:
    existing = {r for (r,) in cluster.execute("SELECT rolname FROM pg_catalog.pg_roles")}
    for role in roles:
        if role not in existing:
            cluster.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    cluster.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))


def _add_auditor(cluster: ThrowawayCluster) -> None:
    """The least-privilege auditing role `pgcomply role-sql` recommends, so the audit runs as it would in production."""
    who = sql.Identifier(AUDITOR)
    cluster.execute(sql.SQL("CREATE ROLE {} LOGIN; GRANT pg_monitor, pg_read_all_data TO {}").format(who, who))
    cluster.execute(sql.SQL("GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO {}").format(who), DATABASE)


@dataclasses.dataclass(frozen=True)
class SchemaOptions:
    """What `audit --schema` applies besides the migrations, and how the report names it."""

    pg_version: int | None = None
    seeds: tuple[Path, ...] = ()          # SQL applied after the migrations, so sampling has values to read
    commit: str | None = None             # --commit; else the CI's or the repository's HEAD
    baseline_paths: tuple[Path, ...] = ()  # --baseline-schema: audited first; only findings new since it gate
    baseline_ref: str | None = None        # --baseline-ref: the same paths as they were at this git ref


def run_schema_audit(paths: Sequence[Path], policy: Policy, formats: Sequence[str], out_dir: Path | None, *,
                     options: SchemaOptions = SchemaOptions(), progress: Callable[[str], None] | None = None,
                     baseline: dict[str, Any] | None = None, bundle: dict[str, Any] | None = None) -> AuditRun:
    """Audit the schema; with baseline_paths, audit those first (a cluster of their own, as roles are cluster-wide)
    and gate on what the schema adds to them."""
    say = progress or (lambda _m: None)
    label = None
    base_opts = dataclasses.replace(options, baseline_paths=(), baseline_ref=None, seeds=())
    if options.baseline_paths:
        say("auditing the baseline schema")
        baseline = _audit(options.baseline_paths, policy, (), None, base_opts, say, None, None).report
        label = ", ".join(map(str, options.baseline_paths))
    elif options.baseline_ref:
        with tempfile.TemporaryDirectory(prefix="pgcomply-baseline-") as tmp:
            base_paths = paths_at_ref(options.baseline_ref, paths, Path(tmp))
            say(f"auditing the schema as it was at {options.baseline_ref}")
            baseline = _audit(base_paths, policy, (), None, dataclasses.replace(base_opts, commit=None), say, None,
                              None).report
        label = f"git {options.baseline_ref}"
    return _audit(paths, policy, formats, out_dir, options, say, baseline, label, bundle)


def _audit(paths: Sequence[Path], policy: Policy, formats: Sequence[str], out_dir: Path | None,
           options: SchemaOptions, say: Callable[[str], None], baseline: dict[str, Any] | None,
           baseline_label: str | None, bundle: dict[str, Any] | None = None) -> AuditRun:
    files = migration_files(paths)
    migrations = [read_migration(f) for f in files]
    seeds = [read_migration(f) for f in migration_files(options.seeds)] if options.seeds else []
    commit = schema_commit(options.commit, paths)
    roles = placeholder_roles(migrations)
    bindir = find_bindir(options.pg_version)
    psql = _psql(bindir)
    say(f"starting a throwaway PostgreSQL from {bindir}")
    cluster = ThrowawayCluster(bindir, conf={"log_statement": "none"}).start()
    try:
        _prepare(cluster, roles)
        missing, version = missing_extensions(cluster, migrations)
        _apply_all(cluster, psql, [*migrations, *seeds], missing, version, say)
        _add_auditor(cluster)
        snap = collect(cluster.dsn(DATABASE, user=AUDITOR), policy, databases=[DATABASE], progress=say)
        source = SchemaSource(source=", ".join(map(str, paths)), files=tuple(map(str, files)),
                              placeholder_roles=tuple(roles), origins=tuple(o for m in migrations for o in m.origins),
                              commit=commit, seeded=bool(seeds), baseline=baseline_label)
        snap = dataclasses.replace(snap, target=dataclasses.replace(snap.target, schema=source),
                                   gaps=snap.gaps + extension_gaps(missing, version))
        return evaluate_and_render(snap, policy, formats, out_dir, say, baseline=baseline, bundle=bundle)
    finally:
        say("removing the throwaway cluster")
        cluster.stop()


def _apply_all(cluster: ThrowawayCluster, psql: str, migrations: Sequence[Migration],
               missing: Sequence[MissingExtension], version: str, say: Callable[[str], None]) -> None:
    """Apply in order; an extension the server lacks is skipped (schema_extensions), and a migration that then
    fails names it."""
    names = {m.name for m in missing}
    if names:
        say("extension " + skipped_note(missing, version))
    with tempfile.TemporaryDirectory(prefix="pgcomply-schema-") as tmp:
        for m in migrations:
            say(f"applying {m.path.name}")
            skip = names & {n for n, _ in m.extensions()}
            source = without_extensions(m.path, skip, Path(tmp)) if skip else None
            try:
                apply_migration(cluster, psql, m, source, SKIP_BODY_CHECKS if names else "")
            except SchemaError as exc:
                if not names:
                    raise
                raise SchemaError(f"{exc}; extension {skipped_note(missing, version)}") from None
