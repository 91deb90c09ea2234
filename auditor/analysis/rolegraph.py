"""Role membership graph with PostgreSQL's rules, for "who can actually do this" questions.

Four relations matter and they differ:
- privileges_of(r): roles whose privileges r uses without SET ROLE (pg_has_role USAGE).
  PG16+: follow grants with inherit_option; before 16: follow a member's grants only if the
  member has rolinherit.
- settable(r): roles r can SET ROLE to (pg_has_role SET on 16+, MEMBER before). PG16+: grants with
  set_option; before 16: every grant. A role that can SET ROLE to a superuser is superuser-equivalent, because
  rolsuper itself is never inherited.
- member_of(r): every grant, options ignored (pg_has_role MEMBER on 16+; what pg_hba's +group matches).
- reach(r): everything a session logged in as r can end up doing. It may SET ROLE along set grants,
  use the privileges of every role it then inherits from, and use an ADMIN OPTION held by any of
  those to grant itself the role (then SET ROLE to it). On 16+ an ADMIN OPTION reached through a
  grant with neither INHERIT nor SET is unusable ("no possible grantors"), and only a superuser may
  grant a superuser role, so ADMIN OPTION never leads straight to a superuser (verified on 15 and 18).

Superuser-equivalent (superuser_equivalent, escalation): reaching a superuser, the privileges of
pg_execute_server_program (programs run as the server's OS user) or pg_write_server_files (it can
overwrite the server's configuration), or, before PostgreSQL 16, CREATEROLE (it may grant itself
any non-superuser role, pg_execute_server_program included).
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from auditor.model.snapshot import Membership, Role

if TYPE_CHECKING:
    from auditor.analysis.context import Context

# How one step of a path was taken.
MEMBER = "member"     # a grant with both SET and INHERIT (every grant before 16 whose member has rolinherit)
SET = "set"           # SET ROLE only (16+: INHERIT FALSE; before 16: the member is NOINHERIT)
INHERIT = "inherit"   # privileges inherited, no SET ROLE (16+: SET FALSE)
ADMIN = "admin"       # an ADMIN OPTION used to grant the role to oneself

SERVER_PROGRAM = "pg_execute_server_program"
SERVER_WRITE = "pg_write_server_files"
SERVER_READ = "pg_read_server_files"
READ_ALL_DATA = "pg_read_all_data"
WRITE_ALL_DATA = "pg_write_all_data"

_ARROW = {SET: " -[SET ROLE]-> ", ADMIN: " -[ADMIN OPTION]-> "}


@dataclass(frozen=True, slots=True)
class Path:
    """A membership chain from a role to a target, and how each step was taken."""

    roles: tuple[str, ...]
    via: tuple[str, ...]          # one entry per step: member, set, inherit or admin

    @property
    def target(self) -> str:
        return self.roles[-1]

    def text(self) -> str:
        out = [self.roles[0]]
        for name, via in zip(self.roles[1:], self.via):
            out.append(_ARROW.get(via, " -> ") + name)
        return "".join(out)

    def evidence(self) -> dict[str, Any]:
        return {"chain": list(self.roles), "via": list(self.via)}


@dataclass(frozen=True, slots=True)
class Escalation:
    """How a role obtains superuser power, the path included."""

    kind: str        # "superuser", "server_program", "server_files", "createrole"
    path: Path

    @property
    def head(self) -> str:
        """What the role can do, e.g. 'can act as superuser x' (add the path after it)."""
        t = self.path.target
        return {"superuser": f"can act as superuser {t}", "server_program": f"has the privileges of {SERVER_PROGRAM}",
                "server_files": f"has the privileges of {SERVER_WRITE}", "createrole": f"can act as {t}, which holds CREATEROLE"}[self.kind]

    @property
    def consequence(self) -> str:
        return {
            "superuser": "it bypasses every permission check and row-level security policy",
            "server_program": "it can run any program as the server's OS user (COPY ... PROGRAM) and so take over the cluster",
            "server_files": "it can write any file the server's OS user can (COPY ... TO), the server's configuration included",
            "createrole": f"before PostgreSQL 16 that grants any non-superuser role, {SERVER_PROGRAM} included",
        }[self.kind]

    def describe(self) -> str:
        return f"{self.head} ({self.path.text()}): {self.consequence}"


_ESCALATION_ORDER = ("superuser", "server_program", "server_files", "createrole")


class Reach:
    """What one role's sessions can become (act as) and whose privileges they can use."""

    __slots__ = ("start", "_act", "_priv")

    def __init__(self, start: str, act: dict, priv: dict) -> None:
        self.start = start
        self._act = act      # name -> (kind of previous state, previous name, via) | None for the start
        self._priv = priv

    @property
    def acts(self) -> frozenset[str]:
        """Roles a session can make its current user (itself included)."""
        return frozenset(self._act)

    @property
    def privs(self) -> frozenset[str]:
        """Roles whose privileges a session can use, after any SET ROLE (itself included)."""
        return frozenset(self._priv)

    def act_path(self, name: str) -> Path | None:
        return self._path("a", name) if name in self._act else None

    def priv_path(self, name: str) -> Path | None:
        return self._path("p", name) if name in self._priv else None

    def _path(self, kind: str, name: str) -> Path:
        roles, via = [name], []
        step = (self._act if kind == "a" else self._priv)[name]
        while step is not None:
            prev_kind, prev, how = step
            if how is not None:
                roles.append(prev)
                via.append(how)
            step = (self._act if prev_kind == "a" else self._priv)[prev]
        return Path(tuple(reversed(roles)), tuple(reversed(via)))


class RoleGraph:
    def __init__(self, roles: Iterable[Role], memberships: Iterable[Membership], major: int | None = None) -> None:
        self.roles = {r.name: r for r in roles}
        memberships = tuple(memberships)
        if major is None:  # inherit_option is NULL before 16; pg_monitor's grants always exist
            major = 16 if any(m.inherit_option is not None for m in memberships) else 15
        self.major = major
        self._inherit_edges: dict[str, list[str]] = defaultdict(list)   # member -> groups (privilege inheritance)
        self._set_edges: dict[str, list[str]] = defaultdict(list)       # member -> groups (SET ROLE)
        self._admin_edges: dict[str, list[str]] = defaultdict(list)     # member -> groups it holds ADMIN OPTION on
        self._all_edges: dict[str, list[str]] = defaultdict(list)       # member -> groups, options ignored
        self._pairs: dict[tuple[str, str], list[Membership]] = defaultdict(list)
        self._inherit_pairs: set[tuple[str, str]] = set()
        self._set_pairs: set[tuple[str, str]] = set()
        for m in memberships:
            member = self.roles.get(m.member)
            inherits = m.inherit_option if m.inherit_option is not None else bool(member and member.inherit)
            can_set = m.set_option if m.set_option is not None else True
            if inherits:
                self._inherit_edges[m.member].append(m.role)
                self._inherit_pairs.add((m.member, m.role))
            if can_set:
                self._set_edges[m.member].append(m.role)
                self._set_pairs.add((m.member, m.role))
            if m.admin_option:
                self._admin_edges[m.member].append(m.role)
            self._all_edges[m.member].append(m.role)
            self._pairs[(m.role, m.member)].append(m)
        self._memo: dict[tuple[str, str], dict[str, list[str]]] = {}
        self._reach: dict[str, Reach] = {}
        self._holders: dict[str, frozenset[str]] = {}

    # ---- the two PostgreSQL relations --------------------------------------------------------

    def _closure(self, role: str, mode: str) -> dict[str, list[str]]:
        """Every role reachable from `role`, with the shortest chain to it (role first)."""
        key = (role, mode)
        if key in self._memo:
            return self._memo[key]
        edges = {"inherit": self._inherit_edges, "set": self._set_edges, "member": self._all_edges}[mode]
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
        return frozenset(self._closure(role, "inherit"))

    def settable(self, role: str) -> frozenset[str]:
        """Roles `role` can switch to with SET ROLE (itself included)."""
        return frozenset(self._closure(role, "set"))

    def member_of(self, role: str) -> frozenset[str]:
        """Every role `role` belongs to directly or indirectly, whatever the grant options (pg_hba's +group)."""
        return frozenset(self._closure(role, "member"))

    def chain(self, role: str, target: str, mode: str = "inherit") -> list[str] | None:
        """The membership chain from role to target (mode 'inherit' or 'set'), or None."""
        return self._closure(role, mode).get(target)

    def memberships(self, group: str, member: str) -> list[Membership]:
        """The pg_auth_members rows granting `group` to `member` (16+ may hold one per grantor)."""
        return self._pairs.get((group, member), [])

    def administered_by(self, role: str) -> frozenset[str]:
        """Roles on which `role` holds ADMIN OPTION directly (PG16+ records one for each role a CREATEROLE role creates)."""
        return frozenset(self._admin_edges.get(role, ()))

    # ---- what a session can end up doing -----------------------------------------------------

    def reach(self, role: str) -> Reach:
        """SET ROLE, inherited privileges and self-granted ADMIN OPTION roles, closed over each other."""
        if role in self._reach:
            return self._reach[role]
        inherit_pairs, set_pairs = self._inherit_pairs, self._set_pairs
        set_edges, inherit_edges, admin_edges = self._set_edges, self._inherit_edges, self._admin_edges
        act: dict = {role: None}
        priv: dict = {}
        queue = deque([("a", role)])
        while queue:
            kind, cur = queue.popleft()
            if kind == "a":
                if cur not in priv:
                    priv[cur] = ("a", cur, None)
                    queue.append(("p", cur))
                for nxt in set_edges.get(cur, ()):
                    if nxt not in act:
                        act[nxt] = ("a", cur, MEMBER if (cur, nxt) in inherit_pairs else SET)
                        queue.append(("a", nxt))
            else:
                for nxt in inherit_edges.get(cur, ()):
                    if nxt not in priv:
                        priv[nxt] = ("p", cur, MEMBER if (cur, nxt) in set_pairs else INHERIT)
                        queue.append(("p", nxt))
                for nxt in admin_edges.get(cur, ()):
                    target = self.roles.get(nxt)
                    if nxt not in act and not (target is not None and target.superuser):
                        act[nxt] = ("p", cur, ADMIN)
                        queue.append(("a", nxt))
        out = self._reach[role] = Reach(role, act, priv)
        return out

    def attribute_path(self, role: str, attribute: str) -> Path | None:
        """The shortest path to a role holding `attribute` (superuser, createrole, createdb, bypassrls) that
        `role` can act as: these attributes are never inherited, but SET ROLE gives them."""
        holders = self._holders.get(attribute)
        if holders is None:
            holders = self._holders[attribute] = frozenset(n for n, r in self.roles.items() if getattr(r, attribute))
        reach = self.reach(role)
        acts = reach._act
        found = [n for n in holders if n in acts] if len(holders) < len(acts) else [n for n in acts if n in holders]
        best: Path | None = None
        for name in found:
            p = reach._path("a", name)
            if best is None or (len(p.roles), p.roles) < (len(best.roles), best.roles):
                best = p
        return best

    def privilege_path(self, role: str, target: str) -> Path | None:
        """The path by which `role` can use `target`'s privileges (inheriting them or after SET ROLE), or None."""
        return self.reach(role).priv_path(target)

    def escalation(self, role: str, *, createrole: bool = True) -> Escalation | None:
        """The shortest way `role` obtains superuser power, or None. Pass createrole=False to leave out
        CREATEROLE before PostgreSQL 16 (an attribute rather than a membership)."""
        me = self.roles.get(role)
        if me is not None and me.superuser:
            return Escalation("superuser", Path((role,), ()))
        found: list[Escalation] = []
        if p := self.attribute_path(role, "superuser"):
            found.append(Escalation("superuser", p))
        if p := self.privilege_path(role, SERVER_PROGRAM):
            found.append(Escalation("server_program", p))
        if p := self.privilege_path(role, SERVER_WRITE):
            found.append(Escalation("server_files", p))
        if createrole and self.major < 16 and (p := self.attribute_path(role, "createrole")):
            found.append(Escalation("createrole", p))
        if not found:
            return None
        return min(found, key=lambda e: (len(e.path.roles), _ESCALATION_ORDER.index(e.kind)))

    def superuser_equivalent(self, role: str) -> list[str] | None:
        """A chain by which `role` obtains superuser power (role itself if it is a superuser), if any."""
        e = self.escalation(role)
        return list(e.path.roles) if e else None


def role_graph(ctx: "Context") -> RoleGraph:
    """The cluster's role graph, built once per audit (use as ctx.derive(role_graph))."""
    return RoleGraph(ctx.snap.roles, ctx.snap.memberships, ctx.snap.server_major)
