"""What a check receives: the Snapshot, the Policy, and derived views computed once per run.

Derived views (role graph, sensitive-column classification, lookups by name) are pure functions of
the snapshot; `Context.derive` memoises them so ten checks asking for the role graph build it once.
"""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from auditor.model.snapshot import Relation, Role, Setting, Snapshot
from auditor.model.policy import Policy

T = TypeVar("T")


class Context:
    __slots__ = ("snap", "policy", "_derived")

    def __init__(self, snap: Snapshot, policy: Policy | None = None) -> None:
        self.snap = snap
        self.policy = policy or Policy()
        self._derived: dict[Callable[..., Any], Any] = {}

    @property
    def thresholds(self):
        return self.policy.thresholds

    def derive(self, fn: Callable[["Context"], T]) -> T:
        """fn(ctx), computed once per Context."""
        try:
            return self._derived[fn]
        except KeyError:
            value = self._derived[fn] = fn(self)
            return value

    # Lookups most checks need.
    def setting(self, name: str) -> Setting | None:
        return self.derive(_settings_by_name).get(name)

    def role(self, name: str) -> Role | None:
        return self.derive(_roles_by_name).get(name)

    def relation(self, database: str, schema: str, name: str) -> Relation | None:
        return self.derive(_relations_by_key).get((database, schema, name))


def _settings_by_name(ctx: Context) -> dict[str, Setting]:
    return {s.name: s for s in ctx.snap.settings}


def _roles_by_name(ctx: Context) -> dict[str, Role]:
    return {r.name: r for r in ctx.snap.roles}


def _relations_by_key(ctx: Context) -> dict[tuple[str, str, str], Relation]:
    return {(r.database, r.schema, r.name): r for r in ctx.snap.relations}
