"""Views and materialized views as routes to sensitive columns, for the access matrix.

A view runs with its owner's rights (unless security_invoker), and a materialized view stores a copy: a role
that may read either reaches the base columns it reads without any grant on the base table. Which base columns a
view reads comes from its rewrite rule's column dependencies (Relation.source_columns); through a view over a
view, a column is followed by name (the inner view's column of that name). A security_invoker view adds no
reader: its readers need the base table's privileges themselves.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.analysis.privileges import privileges, security_invoker
from auditor.model.names import relation_object
from auditor.model.snapshot import Relation

if TYPE_CHECKING:
    from auditor.analysis.context import Context

_VIEWS = ("v", "m")
_TABLES = ("r", "p", "f")


@dataclass(frozen=True, slots=True)
class ViewRoute:
    view: Relation
    columns: tuple[str, ...]          # base-table columns the view reads
    readers: tuple[str, ...]          # login roles that read the view (superusers and auditing roles left out)

    @property
    def object(self) -> str:
        return relation_object(self.view.database, self.view.schema, self.view.name)

    @property
    def kind(self) -> str:
        return "materialized view" if self.view.kind == "m" else "view"


def _reach(rels: dict[tuple[str, int], Relation], view: Relation, memo: dict[int, dict[int, set[str]]],
           active: set[int]) -> dict[int, set[str]]:
    """Base table oid -> names of its columns the view reads, following inner views by column name."""
    if view.oid in memo:
        return memo[view.oid]
    if view.oid in active:              # a cycle cannot happen in PostgreSQL; never loop on a hand-made snapshot
        return {}
    active.add(view.oid)
    out: dict[int, set[str]] = {}
    exact = len(view.source_columns) == len(view.sources)
    for i, oid in enumerate(view.sources):
        src = rels.get((view.database, oid))
        if src is None:
            continue
        nums = set(view.source_columns[i]) if exact else {c.num for c in src.columns}
        names = {c.name for c in src.columns if c.num in nums}
        if src.kind in _TABLES:
            out.setdefault(oid, set()).update(names)
        elif src.kind in _VIEWS:
            for base, cols in _reach(rels, src, memo, active).items():
                if hit := cols & names:
                    out.setdefault(base, set()).update(hit)
    active.discard(view.oid)
    memo[view.oid] = out
    return out


def _routes(ctx: "Context") -> dict[tuple[str, int], list[ViewRoute]]:
    priv = privileges(ctx)
    rels = {(r.database, r.oid): r for r in ctx.snap.relations}
    memo: dict[int, dict[int, set[str]]] = {}
    out: dict[tuple[str, int], list[ViewRoute]] = {}
    for view in ctx.snap.relations:
        if view.kind not in _VIEWS or view.extension is not None:
            continue
        readers = priv.readers(view).counted_roles()
        if not readers:
            continue
        for base, cols in _reach(rels, view, memo, set()).items():
            table = rels[(view.database, base)]
            if view.kind == "v" and security_invoker(view):
                direct = priv.readers(table)
                who = tuple(r for r in readers if r in direct)
            else:
                who = tuple(readers)
            if who:
                out.setdefault((view.database, base), []).append(
                    ViewRoute(view, tuple(c.name for c in table.columns if c.name in cols), who))
    for routes in out.values():
        routes.sort(key=lambda r: (r.view.schema, r.view.name))
    return out


def view_routes(ctx: "Context", table: Relation) -> list[ViewRoute]:
    """Views and materialized views through which login roles read columns of `table`."""
    return ctx.derive(_routes).get((table.database, table.oid), [])
