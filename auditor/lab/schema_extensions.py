"""Extensions the migrations create that the throwaway server cannot install: the run goes on without them.

Their CREATE EXTENSION statements are blanked in a temporary copy of the file (lines kept, so psql's line numbers
are still the file's), function bodies are not checked (as pg_dump's own output does), and the audit that follows
is partial: each skipped extension is a gap naming it, so the report says what it could not see and the run
exits 3. A later migration that needs the extension's types or functions still fails with its file and line
(exit 2), and the message names the skipped extension.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from auditor.lab.schema_files import repo_path
from auditor.model.snapshot import Gap

if TYPE_CHECKING:
    from auditor.lab.cluster import ThrowawayCluster
    from auditor.lab.schema import Migration

# pg_dump's own setting: a SQL function that calls a skipped extension's function can still be created
SKIP_BODY_CHECKS = "-c check_function_bodies=off"


@dataclass(frozen=True)
class MissingExtension:
    name: str
    path: Path
    line: int

    @property
    def where(self) -> str:
        return f"{repo_path(self.path)}:{self.line}"


def missing_extensions(cluster: "ThrowawayCluster", migrations: Sequence["Migration"]) -> tuple[list[MissingExtension], str]:
    """Every CREATE EXTENSION the server cannot install, and the server's version (for the messages)."""
    available = {n for (n,) in cluster.execute("SELECT name FROM pg_catalog.pg_available_extensions")}
    (version,), = cluster.execute("SELECT pg_catalog.current_setting('server_version')")
    return [MissingExtension(name, m.path, line) for m in migrations for name, line in m.extensions()
            if name not in available], version


def without_extensions(path: Path, names: set[str], into: Path) -> Path:
    """A copy of the migration with the CREATE EXTENSION statements of `names` blanked, every line kept."""
    text = path.read_text("utf-8")
    alternatives = "|".join(re.escape(n) for n in sorted(names))
    statement = re.compile(rf'CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:"(?:{alternatives})"|(?:{alternatives})\b)'
                           r"[^;]*;", re.IGNORECASE)
    copy = into / f"{len(list(into.iterdir())):04d}_{path.name}"
    copy.write_text(statement.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text), "utf-8")
    return copy


def skipped_note(missing: Sequence[MissingExtension], version: str) -> str:
    names = ", ".join(dict.fromkeys(f"{m.name} ({m.where})" for m in missing))
    return f"skipped because the throwaway PostgreSQL {version} does not have it: {names}"


def extension_gaps(missing: Sequence[MissingExtension], version: str) -> tuple[Gap, ...]:
    """One gap per skipped extension: its objects, and whatever the migrations built on them, are not audited."""
    seen: dict[str, MissingExtension] = {}
    for m in missing:
        seen.setdefault(m.name, m)
    return tuple(Gap(f"extension:{m.name}",
                     f"the extension {m.name} on the throwaway server (install it there, or choose another --pg-version)",
                     f"CREATE EXTENSION {m.name} at {m.where} was skipped: PostgreSQL {version} here does not have it, "
                     "so its objects are not in this audit", fault=True)
                 for m in seen.values())
