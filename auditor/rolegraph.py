"""Role membership graph with PostgreSQL's inheritance rules, for "who can actually do this" questions.

Two relations matter and they differ:
- privileges_of(r): roles whose privileges r uses without SET ROLE (pg_has_role USAGE).
  PG16+: follow grants with inherit_option; before 16: follow a member's grants only if the
  member has rolinherit.
- settable(r): roles r can SET ROLE to (pg_has_role MEMBER). PG16+: grants with set_option;
  before 16: every grant. A role that can SET ROLE to a superuser is superuser-equivalent, because
  rolsuper itself is never inherited.
"""
from __future__ import annotations

from collections import defaultdict, deque
from typing import TYPE_CHECKING, Iterable

from .model import Membership, Role

if TYPE_CHECKING:
    from .context import Context


class RoleGraph:
    def __init__(self, roles: Iterable[Role], memberships: Iterable[Membership]) -> None:
        self.roles = {r.name: r for r in roles}
        self._inherit_edges: dict[str, list[str]] = defaultdict(list)   # member -> groups (privilege inheritance)
        self._set_edges: dict[str, list[str]] = defaultdict(list)       # member -> groups (SET ROLE)
        for m in memberships:
            member = self.roles.get(m.member)
            inherits = m.inherit_option if m.inherit_option is not None else bool(member and member.inherit)
            can_set = m.set_option if m.set_option is not None else True
            if inherits:
                self._inherit_edges[m.member].append(m.role)
            if can_set:
                self._set_edges[m.member].append(m.role)
        self._memo: dict[tuple[str, str], dict[str, list[str]]] = {}

    def _reach(self, role: str, mode: str) -> dict[str, list[str]]:
        """Every role reachable from `role`, with the shortest chain to it (role first)."""
        key = (role, mode)
        if key in self._memo:
            return self._memo[key]
        edges = self._inherit_edges if mode == "inherit" else self._set_edges
        paths = {role: [role]}
        queue = deque([role])
        while queue:
            cur = queue.popleft()
            for nxt in edges.get(cur, ()):
                if nxt not in paths:
                    paths[nxt] = paths[cur] + [nxt]
                    queue.append(nxt)
        self._memo[key] = paths
        return paths

    def privileges_of(self, role: str) -> frozenset[str]:
        """Roles whose granted privileges `role` holds implicitly (itself included)."""
        return frozenset(self._reach(role, "inherit"))

    def settable(self, role: str) -> frozenset[str]:
        """Roles `role` can switch to with SET ROLE (itself included)."""
        return frozenset(self._reach(role, "set"))

    def chain(self, role: str, target: str, mode: str = "inherit") -> list[str] | None:
        """The membership chain from role to target (mode 'inherit' or 'set'), or None."""
        return self._reach(role, mode).get(target)

    def holders_of(self, target: str, mode: str = "inherit") -> frozenset[str]:
        """Every role that reaches `target` (has its privileges, or can SET ROLE to it)."""
        return frozenset(r for r in self.roles if target in self._reach(r, mode))

    def superuser_equivalent(self, role: str) -> list[str] | None:
        """A chain to a superuser role that `role` can SET ROLE to, if any (role itself if it is one)."""
        me = self.roles.get(role)
        if me is not None and me.superuser:
            return [role]
        paths = self._reach(role, "set")
        best = None
        for name, path in paths.items():
            r = self.roles.get(name)
            if r is not None and r.superuser and (best is None or len(path) < len(best)):
                best = path
        return best


def role_graph(ctx: "Context") -> RoleGraph:
    """The cluster's role graph, built once per audit (use as ctx.derive(role_graph))."""
    return RoleGraph(ctx.snap.roles, ctx.snap.memberships)
