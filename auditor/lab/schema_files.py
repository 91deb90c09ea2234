"""Which SQL files a schema audit applies, in which order, and how a report names them and their commit.

Layouts: plain files and Flyway (`V<version>__x.sql` by version, the rest lexically after them), and Sqitch
(`sqitch.plan` in the directory: `deploy/<change>.sql` in plan order; a reworked change's earlier versions are
`deploy/<change>@<tag>.sql`). Alembic, Prisma and Django keep migrations as code or generate SQL on demand: give
pgcomply the SQL they print (`alembic upgrade --sql`, `prisma migrate diff --script`) as a file.
"""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Sequence

from auditor.lab.cluster import ClusterError

_VERSIONED = re.compile(r"[Vv](\d+(?:[._]\d+)*)__")
_SQITCH_CHANGE = re.compile(r"^(?P<name>[^\s@:#\[]+)(?:\s|$)")
_SHA = re.compile(r"^[0-9a-fA-F]{7,64}$")


class SchemaError(ClusterError):
    """The schema could not be read or applied: one line, exit 2, and nothing is audited."""


def _order_key(path: Path) -> tuple[int, tuple[int, ...], str]:
    """Flyway's V<version>__ files by version number (V2 before V10); everything else lexically, after them."""
    if m := _VERSIONED.match(path.name):
        return (0, tuple(int(p) for p in re.split(r"[._]", m.group(1))), path.name)
    return (1, (), path.name)


def sqitch_files(folder: Path) -> list[Path]:
    """deploy/*.sql in sqitch.plan order. A change planned twice (reworked) deploys its tagged copy first."""
    changes: list[str] = []
    tags_after: dict[int, str] = {}
    for raw in (folder / "sqitch.plan").read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("%", "#")):
            continue
        if line.startswith("@"):                                 # a tag names the changes above it
            tag = line[1:].split()[0]
            for i in range(len(changes)):
                tags_after.setdefault(i, tag)
            continue
        if m := _SQITCH_CHANGE.match(line):
            changes.append(m["name"])
    out: list[Path] = []
    for i, name in enumerate(changes):
        later = name in changes[i + 1:]
        path = folder / "deploy" / (f"{name}@{tags_after[i]}.sql" if later and i in tags_after else f"{name}.sql")
        if not path.is_file():
            raise SchemaError(f"sqitch.plan in {folder} plans {name!r} but {path} does not exist")
        out.append(path)
    if not out:
        raise SchemaError(f"--schema {folder}: sqitch.plan plans no change")
    return out


def migration_files(paths: Sequence[Path]) -> list[Path]:
    """Each path in the order given; a directory contributes its *.sql files in version or lexical order, or its
    Sqitch plan's deploy scripts."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir() and (p / "sqitch.plan").is_file():
            out += sqitch_files(p)
        elif p.is_dir():
            found = sorted((f for f in p.iterdir() if f.suffix.lower() == ".sql" and f.is_file()), key=_order_key)
            if not found:
                raise SchemaError(f"--schema {p}: no .sql files in this directory")
            out += found
        elif p.is_file():
            out.append(p)
        else:
            raise SchemaError(f"--schema {p}: no such file or directory")
    return out


def _git(folder: Path, *args: str) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=30,
                             check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def _folder(path: Path) -> Path:
    return path if path.is_dir() else path.parent


def repo_path(path: Path) -> str:
    """The file as a report names it: relative to its git repository's root (what SARIF and GitHub's diff use), else
    to the working directory, else as given."""
    real = path.resolve()
    for root in (_git(_folder(real), "rev-parse", "--show-toplevel"), os.getcwd()):
        if root:
            rel = os.path.relpath(real, Path(root).resolve())
            if not rel.startswith(".."):
                return Path(rel).as_posix()
    return str(path)


def schema_commit(explicit: str | None, paths: Sequence[Path]) -> str | None:
    """--commit, else the CI's commit (GITHUB_SHA, CI_COMMIT_SHA), else HEAD of the schema's git repository."""
    if explicit:
        if not _SHA.match(explicit):
            raise SchemaError(f"--commit {explicit!r}: not a commit hash (7 to 64 hex digits)")
        return explicit.lower()
    for var in ("GITHUB_SHA", "CI_COMMIT_SHA"):
        if _SHA.match(os.environ.get(var, "")):
            return os.environ[var].lower()
    return _git(_folder(paths[0].resolve()), "rev-parse", "HEAD") if paths else None


def paths_at_ref(ref: str, paths: Sequence[Path], dest: Path) -> list[Path]:
    """The same schema paths as they were at git REF (the pull request's base), extracted under dest with
    `git archive`; a path that did not exist there is left out (the pull request adds it, so all of it is new)."""
    import io
    import tarfile

    if not paths:
        return []
    top = _git(_folder(paths[0].resolve()), "rev-parse", "--show-toplevel")
    if top is None:
        raise SchemaError(f"--baseline-ref {ref}: {paths[0]} is not inside a git repository")
    if _git(Path(top), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}") is None:
        raise SchemaError(f"--baseline-ref {ref}: no such commit in {top} (fetch it first)")
    out: list[Path] = []
    for p in paths:
        rel = Path(os.path.relpath(p.resolve(), Path(top).resolve())).as_posix()
        tar = subprocess.run(["git", "-C", top, "archive", "--format=tar", ref, "--", rel], capture_output=True,
                             timeout=120, check=False)
        if tar.returncode != 0:          # not at that ref
            continue
        with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
            archive.extractall(dest, filter="data")
        out.append(dest / rel)
    return out
