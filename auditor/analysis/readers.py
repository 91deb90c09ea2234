"""Who can use a privilege on one relation or column, and how: the login roles (ReaderSet), each one's routes
(Access, Path) in words for the report. Built by auditor.analysis.privileges, which decides the access."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from auditor.model.acl import PUBLIC, parse_acl
from auditor.model.snapshot import Column, Relation

if TYPE_CHECKING:
    from auditor.analysis.privileges import Privileges

READ_ALL, WRITE_ALL = "pg_read_all_data", "pg_write_all_data"


@dataclass(frozen=True, slots=True)
class Path:
    """One way a privilege reaches the acting role."""

    source: str                  # superuser | table | column | owner | pg_read_all_data | pg_write_all_data
    grantee: str                 # ACL grantee (a role or PUBLIC), the owner, the predefined role; "" for superuser
    chain: tuple[str, ...]       # acting role ... grantee through memberships; () for PUBLIC and superuser

    def describe(self) -> str:
        if self.source == "superuser":
            return "superuser"
        if self.grantee == PUBLIC:
            return "PUBLIC" + (" (column grant)" if self.source == "column" else "")
        if len(self.chain) <= 1:
            return {"table": "direct grant", "column": "column grant", "owner": "owner"}.get(self.source, self.source)
        hops = " → ".join(self.chain[1:])
        if self.source in (READ_ALL, WRITE_ALL):
            return self.source if len(self.chain) == 2 else f"member of {hops}"
        kind = {"table": "table grant", "column": "column grant", "owner": "owner"}[self.source]
        return f"member of {hops} ({kind})"


@dataclass(frozen=True, slots=True)
class Access:
    """How one login role gets a privilege on one relation or column."""

    role: str                          # the login role
    set_role: str | None               # the role it must SET ROLE to first; None = usable at once
    set_chain: tuple[str, ...]         # login role ... set_role (membership path), () when set_role is None
    paths: tuple[Path, ...]            # every route to the privilege for the acting role, strongest first
    via: tuple[str, ...] = ()          # the paths in words, "SET ROLE x: " first when needed

    @classmethod
    def of(cls, role: str, set_chain: tuple[str, ...], paths: tuple[Path, ...]) -> "Access":
        set_role = set_chain[-1] if set_chain else None
        prefix = f"SET ROLE {set_role}: " if set_role else ""
        return cls(role, set_role, set_chain, paths, tuple(prefix + p.describe() for p in paths))

    @property
    def acting(self) -> str:
        return self.set_role or self.role

    @property
    def superuser(self) -> bool:
        return any(p.source == "superuser" for p in self.paths)


class ReaderSet:
    """The login roles that can use one privilege on one relation/column; Access details on demand."""

    __slots__ = ("_priv", "_rel", "_col", "letter", "immediate", "after_set", "_access", "_roles", "_counted",
                 "_counted_roles", "_routes")

    def __init__(self, priv: "Privileges", rel: Relation, col: Column | None, letter: str,
                 immediate: frozenset[str], after_set: dict[str, tuple[str, ...]]) -> None:
        self._priv, self._rel, self._col, self.letter = priv, rel, col, letter
        self.immediate = immediate                # read without SET ROLE
        self.after_set = after_set                # role -> membership chain to the role it must SET ROLE to
        self._access: dict[str, Access] = {}
        self._roles: list[str] | None = None
        self._counted: int | None = None
        self._counted_roles: list[str] | None = None
        self._routes: list[tuple[str, str, int]] | None = None

    def __len__(self) -> int:
        return len(self.immediate) + len(self.after_set)

    def __contains__(self, role: object) -> bool:
        return role in self.immediate or role in self.after_set

    def roles(self) -> list[str]:
        """Every reader, sorted by name."""
        if self._roles is None:
            self._roles = sorted(self.immediate | self.after_set.keys())
        return self._roles

    def is_superuser(self, role: str) -> bool:
        """The reader is, or reads by becoming, a superuser."""
        sup = self._priv.superusers
        return role in sup or (role in self.after_set and self.after_set[role][-1] in sup)

    def counted(self) -> int:
        """Readers that are not superuser routes: what reader limits count."""
        if self._counted is None:
            sup = self._priv.superusers
            self._counted = len(self.immediate - sup) + sum(1 for c in self.after_set.values() if c[-1] not in sup)
        return self._counted

    def counted_roles(self) -> list[str]:
        if self._counted_roles is None:
            sup = self._priv.superusers
            if not sup & self.immediate and not any(c[-1] in sup for c in self.after_set.values()):
                self._counted_roles = self.roles()
            else:
                self._counted_roles = [r for r in self.roles() if not self.is_superuser(r)]
        return self._counted_roles

    def get(self, role: str) -> Access | None:
        """How `role` reads (every route, SET ROLE if needed), or None if it cannot."""
        if role not in self:
            return None
        hit = self._access.get(role)
        if hit is None:
            chain = self.after_set.get(role, ())
            acting = chain[-1] if chain else role
            hit = self._access[role] = Access.of(role, chain, self._priv.paths(acting, self._rel, self._col, self.letter))
        return hit

    def __getitem__(self, role: str) -> Access:
        hit = self.get(role)
        if hit is None:
            raise KeyError(role)
        return hit

    def routes(self) -> list[tuple[str, str, int]]:
        """(kind, grantee, readers it reaches) for each grant that gives readers access: the review summary."""
        if self._routes is None:
            self._routes = self._compute_routes()
        return self._routes

    def _compute_routes(self) -> list[tuple[str, str, int]]:
        priv, rel, col, letter = self._priv, self._rel, self._col, self.letter
        sources: list[tuple[str, str]] = [("superuser", "")]
        sources += [("table", i.grantee) for i in parse_acl(rel.acl) if letter in i.privileges and i.grantee != rel.owner]
        if col is not None:
            sources += [("column", i.grantee) for i in parse_acl(col.acl) if letter in i.privileges and i.grantee != rel.owner]
        sources += [("owner", rel.owner)] + [(p, p) for p in priv.predefined(letter)]
        out = []
        for kind, grantee in dict.fromkeys(sources):
            reach = priv.superusers if kind == "superuser" else priv.holders(grantee)
            n = len(self.immediate & reach) + sum(1 for c in self.after_set.values() if c[-1] in reach)
            if n:
                out.append((kind, grantee, n))
        return out

    def bypassing(self, rel: Relation) -> list[str]:
        """Readers for whom rel's row-level security filters nothing (superuser, BYPASSRLS, owner not forced)."""
        if not rel.rls_enabled:
            return self.roles()
        priv = self._priv
        free = priv.superusers | priv.bypassrls | (frozenset() if rel.rls_forced else priv.holders(rel.owner))
        return sorted((self.immediate & free) | {r for r, c in self.after_set.items() if c[-1] in free})
