"""Effective privileges: which roles can actually use a table or column, and why.

PostgreSQL decides access from ACLs, ownership, role membership (with its inherit rules), superuser and
the predefined roles; row-level security then decides which rows. This module reproduces that decision
from the Snapshot alone so the access matrix and the grant checks need no extra queries; a test compares
it with has_column_privilege() for every (login role, column) of a real cluster.

Conventions (the access matrix states them too):
- A *reader* is a LOGIN role. It reads "immediately" when the privilege reaches it through inherited
  membership (what pg_has_role(..., 'USAGE') and has_column_privilege() see), or "after SET ROLE X" when
  it reaches X only through a membership without inheritance (a NOINHERIT role before PG16, a grant
  WITH INHERIT FALSE, SET TRUE on PG16+). Such readers carry `set_role`: the access is one statement away.
- Reading needs CONNECT on the database (checked for the login role), USAGE on the schema and SELECT on
  the table or column (checked for the acting role). pg_hba.conf is not considered.
- The owner reads even when it revoked its own privileges, because it can grant them back at any time
  (has_column_privilege() says false there; this is the one intended difference).
- pg_read_all_data / pg_write_all_data exist from PG14; row-level security still applies to them.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Callable

from auditor.model.acl import PUBLIC, parse_acl
from auditor.model.snapshot import Column, Relation, RlsPolicy, Snapshot
from auditor.analysis.readers import READ_ALL, WRITE_ALL, Path, ReaderSet
from auditor.analysis.rolegraph import RoleGraph, role_graph

if TYPE_CHECKING:
    from auditor.analysis.context import Context

_WRITE_ALL_LETTERS = frozenset("awd")      # pg_write_all_data: INSERT, UPDATE, DELETE (not TRUNCATE)
_SOURCE_RANK = {"superuser": 0, "owner": 1, "table": 2, "column": 2, READ_ALL: 4, WRITE_ALL: 4}
_COMMAND_OF = {"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}


class Privileges:
    """Effective privileges of every role over the Snapshot's objects; build once per audit."""

    def __init__(self, snap: Snapshot, graph: RoleGraph | None = None, auditors: frozenset[str] = frozenset()) -> None:
        self.graph = graph or RoleGraph(snap.roles, snap.memberships)
        self.auditors = auditors            # recognised auditing roles: never readers (analysis/auditing.py)
        self.roles = {r.name: r for r in snap.roles}
        self.major = snap.server_major
        self.superusers = frozenset(n for n, r in self.roles.items() if r.superuser)
        self.login = frozenset(n for n, r in self.roles.items() if r.login)
        self._all = frozenset(self.roles)
        self._schemas = {(s.database, s.name): s for s in snap.schemas}
        self._databases = {d.name: d for d in snap.databases}
        self._policies: dict[tuple[str, str, str], list[RlsPolicy]] = defaultdict(list)
        for p in snap.policies:
            self._policies[(p.database, p.schema, p.table)].append(p)
        # Inverted membership indexes, built once: who uses g's privileges; which login roles can SET ROLE to x.
        inherit_rev: dict[str, set[str]] = defaultdict(set)
        set_rev: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
        for name in self.roles:
            for g in self.graph.privileges_of(name):
                inherit_rev[g].add(name)
            if name in self.login:
                for x in self.graph.settable(name):
                    if x != name:
                        set_rev[x][name] = tuple(self.graph.chain(name, x, "set") or (name, x))
        self._inherit_rev = {g: frozenset(v) for g, v in inherit_rev.items()}
        self._set_rev = dict(set_rev)
        # Who can SET ROLE to t without already inheriting t's privileges: the only possible SET ROLE readers
        # when t holds a privilege (superuser targets excepted: rolsuper is never inherited).
        self._set_only = {t: frozenset(m) - self.holders(t) if t not in self.superusers else frozenset(m)
                          for t, m in self._set_rev.items()}
        self._set_only = {t: m for t, m in self._set_only.items() if m}
        self._set_targets = frozenset(self._set_only)
        self.bypassrls = frozenset(n for n, r in self.roles.items() if r.bypassrls and not r.superuser)
        self._cache: dict[tuple, object] = {}

    # ---- who holds what ---------------------------------------------------------------------------
    def holders(self, grantee: str) -> frozenset[str]:
        """Roles that use `grantee`'s privileges without SET ROLE (PUBLIC: every role)."""
        if grantee == PUBLIC:
            return self._all
        return self._inherit_rev.get(grantee, frozenset())

    def privileges_of(self, role: str) -> frozenset[str]:
        return self.graph.privileges_of(role)

    def _acl_holders(self, acl: tuple[str, ...], letter: str) -> frozenset[str]:
        key = ("acl", acl, letter)
        hit = self._cache.get(key)
        if hit is None:
            out: set[str] = set()
            for item in parse_acl(acl):
                if letter in item.privileges:
                    out |= self.holders(item.grantee)
            hit = self._cache[key] = frozenset(out)
        return hit  # type: ignore[return-value]

    def predefined(self, letter: str) -> tuple[str, ...]:
        if self.major < 14:
            return ()
        if letter == "r":
            return (READ_ALL,)
        return (WRITE_ALL,) if letter in _WRITE_ALL_LETTERS else ()

    def schema_usage(self, database: str, schema: str) -> frozenset[str]:
        """Roles with USAGE on the schema (superusers, owner's holders, pg_read/write_all_data included)."""
        key = ("usage", database, schema)
        hit = self._cache.get(key)
        if hit is None:
            s = self._schemas.get((database, schema))
            out = set(self.superusers)
            if s is not None:
                out |= self._acl_holders(s.acl, "U") | self.holders(s.owner)
            if self.major >= 14:
                out |= self.holders(READ_ALL) | self.holders(WRITE_ALL)
            hit = self._cache[key] = frozenset(out)
        return hit  # type: ignore[return-value]

    def connectors(self, database: str) -> frozenset[str]:
        """Roles with CONNECT on the database (a login role needs it for itself, before any SET ROLE)."""
        key = ("connect", database)
        hit = self._cache.get(key)
        if hit is None:
            d = self._databases.get(database)
            out = set(self.superusers)
            if d is not None:
                out |= self._acl_holders(d.acl, "c") | self.holders(d.owner)
            hit = self._cache[key] = frozenset(out)
        return hit  # type: ignore[return-value]

    def acting(self, rel: Relation, column: Column | None, letter: str, *, usage: bool = True) -> frozenset[str]:
        """Every role (login or not) that holds `letter` on the relation or column without SET ROLE."""
        key = ("acting", rel.database, rel.schema, rel.owner, rel.acl, column.acl if column else None, letter, usage)
        hit = self._cache.get(key)
        if hit is None:
            out = set(self.superusers) | self._acl_holders(rel.acl, letter) | self.holders(rel.owner)
            if column is not None and column.acl:
                out |= self._acl_holders(column.acl, letter)
            for predefined in self.predefined(letter):
                out |= self.holders(predefined)
            if usage:
                out &= self.schema_usage(rel.database, rel.schema)
            hit = self._cache[key] = frozenset(out)
        return hit  # type: ignore[return-value]

    def paths(self, role: str, rel: Relation, column: Column | None, letter: str) -> tuple[Path, ...]:
        """Why `role` (acting as itself, with inherited memberships) holds `letter`; () if it does not."""
        mine = self.graph.privileges_of(role)
        found: list[Path] = []
        r = self.roles.get(role)
        if r is not None and r.superuser:
            found.append(Path("superuser", "", ()))
        grants = [("table", item) for item in parse_acl(rel.acl)]
        if column is not None:
            grants += [("column", item) for item in parse_acl(column.acl)]
        for source, item in grants:
            if letter not in item.privileges or item.grantee == rel.owner:
                continue  # the owner's own entry is reported once, as "owner"
            if item.grantee == PUBLIC:
                found.append(Path(source, PUBLIC, ()))
            elif item.grantee in mine:
                found.append(Path(source, item.grantee, tuple(self.graph.chain(role, item.grantee) or (role,))))
        if rel.owner in mine:
            found.append(Path("owner", rel.owner, tuple(self.graph.chain(role, rel.owner) or (role,))))
        for predefined in self.predefined(letter):
            if predefined in mine:
                found.append(Path(predefined, predefined, tuple(self.graph.chain(role, predefined) or (role,))))
        unique = dict.fromkeys(found)
        return tuple(sorted(unique, key=lambda p: (_SOURCE_RANK[p.source], p.grantee == PUBLIC, len(p.chain), p.chain)))

    # ---- readers --------------------------------------------------------------------------------
    def readers(self, rel: Relation, column: Column | None = None, letter: str = "r") -> "ReaderSet":
        """Login roles that can use `letter` on the relation (or column): CONNECT, USAGE and the privilege.

        Computed with set operations once per distinct (schema, owner, ACL, column ACL); objects sharing
        them share one ReaderSet, so a cluster of 10,000 tables with a handful of grant patterns costs a handful.
        """
        if column is not None and not column.acl:
            column = None                     # a column without grants of its own reads like its table
        key = ("readers", rel.database, rel.schema, rel.owner, rel.acl, column.acl if column else None, letter)
        hit = self._cache.get(key)
        if hit is not None:
            return hit  # type: ignore[return-value]
        can = self.acting(rel, column, letter)
        connect = self.connectors(rel.database)
        if letter == "r" and self.auditors:     # an auditing role's reading is accepted and reported once (ROLE-013)
            connect = connect - self.auditors
        immediate = can & self.login & connect
        best: dict[str, tuple[str, ...]] = {}
        for target in can & self._set_targets:
            for role in (self._set_only[target] & connect) - immediate:
                chain = self._set_rev[target][role]
                old = best.get(role)
                if old is None or (len(chain), chain) < (len(old), old):
                    best[role] = chain
        out = self._cache[key] = ReaderSet(self, rel, column, letter, immediate, best)
        return out

    def public_can(self, rel: Relation, column: Column | None, letter: str = "r") -> bool:
        """PUBLIC itself holds `letter` (table or column grant) and USAGE on the schema."""
        s = self._schemas.get((rel.database, rel.schema))
        if s is None or not any(i.grantee == PUBLIC and "U" in i.privileges for i in parse_acl(s.acl)):
            return False
        acls = parse_acl(rel.acl) + (parse_acl(column.acl) if column is not None else ())
        return any(i.grantee == PUBLIC and letter in i.privileges for i in acls)

    # ---- row-level security -------------------------------------------------------------------
    def policies(self, rel: Relation) -> list[RlsPolicy]:
        return self._policies.get((rel.database, rel.schema, rel.name), [])

    def rls(self, rel: Relation, acting: str, letter: str = "r",
            always_true: Callable[[str | None], bool] | None = None) -> tuple[str, tuple[str, ...]]:
        """Row-level security for `acting` on rel: (status, policy names that apply).

        Status: off (RLS disabled), bypass_superuser, bypass_bypassrls, bypass_owner (owner or a role
        inheriting it, RLS not forced), no_rows (no permissive policy applies: PostgreSQL denies all),
        all_rows (an always-true permissive policy and no restrictive one narrows it), filtered.
        """
        if not rel.rls_enabled:
            return "off", ()
        key = ("rls", acting, letter, always_true, self._rls_signature(rel))
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._rls(rel, acting, letter, always_true)
        return hit  # type: ignore[return-value]

    def _rls_signature(self, rel: Relation) -> tuple:
        """What RLS decisions on rel depend on; tables with the same policies share cached answers."""
        key = ("rls_sig", rel.database, rel.schema, rel.name)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = (rel.rls_forced, rel.owner, tuple(sorted(
                (p.name, p.command, p.permissive, p.roles, p.using, p.check) for p in self.policies(rel))))
        return hit  # type: ignore[return-value]

    def _rls(self, rel: Relation, acting: str, letter: str,
             always_true: Callable[[str | None], bool] | None) -> tuple[str, tuple[str, ...]]:
        r = self.roles.get(acting)
        if r is not None and r.superuser:
            return "bypass_superuser", ()
        if r is not None and r.bypassrls:
            return "bypass_bypassrls", ()
        mine = self.graph.privileges_of(acting)
        if not rel.rls_forced and rel.owner in mine:
            return "bypass_owner", ()
        command = _COMMAND_OF.get(letter, "ALL")
        applicable = [p for p in self.policies(rel)
                      if p.command in ("ALL", command) and ("public" in p.roles or mine.intersection(p.roles))]
        permissive = [p for p in applicable if p.permissive]
        names = tuple(sorted(p.name for p in applicable))
        if not permissive:
            return "no_rows", names
        truth = always_true or _literal_true
        expr = (lambda p: p.check if p.check is not None else p.using) if letter == "a" else (lambda p: p.using)
        if any(truth(expr(p)) for p in permissive) and all(truth(expr(p)) for p in applicable if not p.permissive):
            return "all_rows", names
        return "filtered", names


def security_invoker(view: Relation) -> bool:
    """security_invoker=true|on|yes|1 among the view's reloptions (PG15+)."""
    for opt in view.options:
        name, _, value = opt.partition("=")
        if name.strip().lower() == "security_invoker":
            return value.strip().lower() in ("true", "on", "yes", "1", "t", "y")
    return False


def _literal_true(expr: str | None) -> bool:
    return (expr or "").strip("() ").lower() == "true"


def privileges(ctx: "Context") -> Privileges:
    """The cluster's effective privileges, built once per audit."""
    return ctx.derive(_build)


def _build(ctx: "Context") -> Privileges:
    from auditor.analysis.auditing import auditing_roles
    return Privileges(ctx.snap, ctx.derive(role_graph), auditing_roles(ctx))
