"""What a schema audit (`audit --schema`) applied, and where in it each object came from."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ObjectOrigin:
    """One statement of a migration that touched an object: the file (repository-relative when it can be) and line."""

    key: str          # pgcomply object name in the audited database; functions without their argument list
    file: str
    line: int
    action: str       # "create", "grant" (GRANT/REVOKE) or "alter"
    statement: str    # e.g. "CREATE TABLE", "GRANT"


@dataclass(frozen=True, slots=True)
class SchemaSource:
    """A schema audit (`audit --schema`): the migrations applied to a throwaway server, not a server of yours."""

    source: str                          # the paths given, as given
    files: tuple[str, ...]               # the SQL files applied, in order
    placeholder_roles: tuple[str, ...]   # roles the files name but do not create: made NOLOGIN so they apply
    origins: tuple[ObjectOrigin, ...] = ()   # where each object was created/granted/altered, in apply order
    commit: str | None = None            # the VCS commit the schema was read at, when known
    seeded: bool = False                 # seed data (--seed) was applied, so sampling had rows to read
    baseline: str | None = None          # --baseline-schema: the schema the new findings are relative to
