"""Which pg_hba.conf lines can actually decide a login, and for which roles (first match wins).

The server walks the rules top to bottom and uses the first one whose connection type, database, user
and address match; it never falls through, not even after a failed password. A line is therefore dead
for every connection an earlier matching line already takes: a `reject` or `peer` line above a `trust`
line disarms the part of the trust line it covers. Checks use this to flag only lines that can decide
a login, and to name the existing roles they reach, instead of alarming on dead configuration.

Tokens follow hba.c: users `all`, a name, `+group` (any membership counts, INHERIT/SET are ignored and
superusers are not implicit members), `/regex` (PG16+); databases `all` (never replication), `sameuser`,
`samerole`/`samegroup`, `replication`, names, `/regex`. `@file` includes arrive expanded.
A role or database that does not exist yet is stood in for by a placeholder, so a line that only a
future role (or a NOLOGIN one) could use is still reported, as latent.
"""
from __future__ import annotations

import ipaddress
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Iterator, Mapping

from auditor.analysis.context import Context
from auditor.model.snapshot import HbaRule
from auditor.model.names import hba_object
from auditor.model.results import Outcome

from auditor.checks._common import gap_outcome
from auditor.checks._hba import describe, names_text

_CLASSES = {"local": frozenset({"local"}), "host": frozenset({"plain", "ssl", "gss"}),
            "hostssl": frozenset({"ssl"}), "hostnossl": frozenset({"plain", "gss"}),
            "hostgssenc": frozenset({"gss"}), "hostnogssenc": frozenset({"plain", "ssl"})}
_ALL_NETS = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
NEW = "\x00new"           # a role or database created later: no name or regex token matches it
REPLICATION = "\x00replication"
_SAME = frozenset({"sameuser", "samerole", "samegroup"})


@dataclass(frozen=True, slots=True)
class LineReach:
    rule: HbaRule
    roles: frozenset[str]            # existing LOGIN roles for which this line decides some connection
    latent: bool                     # it also decides connections of roles/databases that do not exist yet
    shadowed_by: tuple[int, ...]     # when it decides nothing: earlier lines that take its connections
    inert: str | None = None         # why it can never match at all

    @property
    def reachable(self) -> bool:
        return bool(self.roles) or self.latent


@dataclass(frozen=True, slots=True)
class HbaReach:
    lines: tuple[LineReach, ...]                     # valid rules in file order
    by_role: Mapping[str, tuple[HbaRule, ...]]       # existing LOGIN role -> lines that can decide its logins

    def lines_of(self, role: str) -> tuple[HbaRule, ...]:
        return self.by_role.get(role, ())


@dataclass(frozen=True, slots=True)
class _Line:
    rule: HbaRule
    classes: frozenset[str]
    pieces: tuple                     # address pieces: networks, keyword/hostname strings, or "local"
    all_addresses: bool
    users: tuple[str, ...]
    dbs: tuple[str, ...]
    regex: Mapping[str, re.Pattern | None]


@dataclass(frozen=True, slots=True)
class _Principal:
    name: str
    groups: frozenset[str]            # itself and every role it belongs to, at any depth
    real: bool                        # an existing role that can log in
    can_replicate: bool


def _compile(token: str) -> re.Pattern | None:
    try:
        return re.compile(token[1:])
    except re.error:
        return None


def _line(rule: HbaRule, ssl_on: bool | None, major: int) -> _Line:
    classes = _CLASSES.get(rule.type or "", frozenset())
    if ssl_on is False:
        classes = classes - {"ssl"}
    addr = rule.address or ""
    if rule.type == "local":
        pieces: tuple = ("local",)
    elif addr == "all":
        pieces = _ALL_NETS
    else:
        try:
            pieces = (ipaddress.ip_network(f"{addr}/{rule.netmask}" if rule.netmask else addr, strict=False),)
        except ValueError:
            pieces = (addr,)          # samehost, samenet, a host name: only an identical token or "all" covers it
    # before PostgreSQL 16 a leading slash is part of a plain name
    regex = {t: _compile(t) for t in (*rule.users, *rule.databases) if t.startswith("/")} if major >= 16 else {}
    return _Line(rule, classes, pieces, addr == "all", rule.users, rule.databases, regex)


def _covers(earlier: _Line, piece: object) -> bool:
    if piece == "local" or earlier.all_addresses:
        return True
    if isinstance(piece, (ipaddress.IPv4Network, ipaddress.IPv6Network)):
        return any(isinstance(e, type(piece)) and piece.subnet_of(e) for e in earlier.pieces)  # type: ignore[arg-type]
    return piece in earlier.pieces


def _regex_hit(line: _Line, token: str, name: str) -> bool:
    rx = line.regex.get(token)
    return rx is not None and rx.search("" if name in (NEW, REPLICATION) else name) is not None


def _user_matches(line: _Line, p: _Principal) -> bool:
    for t in line.users:
        if t == "all" or t == p.name or (t[:1] == "+" and t[1:] in p.groups) or (t in line.regex and _regex_hit(line, t, p.name)):
            return True
    return False


def _db_matches(line: _Line, p: _Principal, db: str) -> bool:
    if db == REPLICATION:
        return "replication" in line.dbs
    for t in line.dbs:
        if (t == "all" or t == db or (t == "sameuser" and db == p.name)
                or (t in ("samerole", "samegroup") and db in p.groups) or (t in line.regex and _regex_hit(line, t, db))):
            return t != "replication"
    return False


def _group_closure(ctx: Context) -> dict[str, frozenset[str]]:
    edges: dict[str, list[str]] = defaultdict(list)
    for m in ctx.snap.memberships:
        edges[m.member].append(m.role)
    out = {}
    for role in ctx.snap.roles:
        seen, queue = {role.name}, deque([role.name])
        while queue:
            for g in edges.get(queue.popleft(), ()):
                if g not in seen:
                    seen.add(g)
                    queue.append(g)
        out[role.name] = frozenset(seen)
    return out


def _principals(ctx: Context, lines: list[_Line]) -> list[_Principal]:
    tokens = {t for ln in lines for t in ln.users} | {t for ln in lines for t in ln.dbs}
    needs_groups = any(t[:1] == "+" for t in tokens) or bool(tokens & _SAME)
    closure = _group_closure(ctx) if needs_groups else {}
    out = [_Principal(r.name, closure.get(r.name, frozenset({r.name})), r.login, r.login and (r.replication or r.superuser))
           for r in ctx.snap.roles]
    known = {r.name for r in ctx.snap.roles}
    named = {t for ln in lines for t in ln.users if t != "all" and t[:1] != "+" and t not in ln.regex}
    out += [_Principal(n, frozenset({n}), False, False) for n in sorted(named - known)]
    out.append(_Principal(NEW, frozenset({NEW}), False, False))
    return out


def build_reach(ctx: Context) -> HbaReach | None:
    """The reach of every valid rule; None when pg_hba_file_rules could not be read."""
    if ctx.snap.hba_rules is None:
        return None
    ssl = ctx.setting("ssl")
    ssl_on = None if ssl is None else (ssl.value or "").lower() in ("on", "true", "1")
    lines = [_line(r, ssl_on, ctx.snap.server_major) for r in ctx.snap.hba_rules if r.error is None]
    existing = [d.name for d in ctx.snap.databases if d.allow_connections]
    literal_dbs = sorted({t for ln in lines for t in ln.dbs
                          if t not in ("all", "replication") and t not in _SAME and t not in ln.regex} - set(existing))
    uses_same = any(t in _SAME for ln in lines for t in ln.dbs)
    if not uses_same and not any(t in ln.regex for ln in lines for t in ln.dbs):
        # databases no line names behave alike: one of them stands for all (keeps 1,000 databases cheap)
        named = {t for ln in lines for t in ln.dbs}
        plain = [d for d in existing if d not in named]
        existing = [d for d in existing if d in named] + plain[:1]
    shared = existing + literal_dbs + [NEW, REPLICATION]
    shared_set, real_dbs = frozenset(shared), frozenset(existing)
    same_lines = [ln for ln in lines if any(t in _SAME or t in ln.regex for t in ln.dbs)] if uses_same else []

    groups: dict[tuple, list[_Principal]] = defaultdict(list)
    for p in _principals(ctx, lines):
        sig: tuple = (p.real, p.can_replicate, tuple(_user_matches(ln, p) for ln in lines))
        if uses_same:
            # sameuser/samerole only tell principals apart through the databases named after them or their
            # groups, and through how the lines treat a database of their own name that does not exist yet
            own = p.name not in shared_set
            sig += (shared_set & (p.groups | {p.name}), own,
                    tuple(_db_matches(ln, p, p.name) for ln in same_lines) if own else ())
        groups[sig].append(p)

    reached_by: dict[int, list[tuple]] = defaultdict(list)   # line index -> real signatures that reach it
    latent: set[int] = set()
    shadowers: dict[int, set[int]] = defaultdict(set)
    lines_of_sig: dict[tuple, list[int]] = {}
    for sig, members in groups.items():
        rep = members[0]
        mine = [i for i, hit in enumerate(sig[2]) if hit]
        own_db = [rep.name] if uses_same and rep.name not in shared else []
        seen: set[int] = set()
        for db in (*shared, *own_db):
            taken: list[int] = []
            for i in mine:
                ln = lines[i]
                if not ln.classes or not _db_matches(ln, rep, db):
                    continue
                residual = {(c, k) for c in ln.classes for k in range(len(ln.pieces))}
                for j in taken:
                    common = ln.classes & lines[j].classes
                    if not common:
                        continue
                    hit = {(c, k) for c in common for k, piece in enumerate(ln.pieces) if _covers(lines[j], piece)}
                    if residual & hit:
                        shadowers[i].add(j)
                        residual -= hit
                    if not residual:
                        break
                taken.append(i)
                if not residual:
                    continue
                if rep.real and (db in real_dbs or (db == REPLICATION and rep.can_replicate)):
                    seen.add(i)
                else:
                    latent.add(i)
        for i in seen:
            reached_by[i].append(sig)
        if rep.real:
            lines_of_sig[sig] = sorted(seen)

    out = []
    for i, ln in enumerate(lines):
        roles = frozenset(p.name for sig in reached_by.get(i, ()) for p in groups[sig])
        inert = None if ln.classes else "hostssl lines never match while ssl is off"
        shadow = () if roles or i in latent else tuple(sorted(lines[j].rule.line_number for j in shadowers.get(i, ())))
        out.append(LineReach(ln.rule, roles, i in latent, shadow, inert))
    by_role = {}
    for sig, idx in lines_of_sig.items():
        chosen = tuple(lines[i].rule for i in idx)
        for p in groups[sig]:
            by_role[p.name] = chosen
    return HbaReach(tuple(out), by_role)


def hba_reach(ctx: Context) -> HbaReach | None:
    """Memoised per audit."""
    return ctx.derive(build_reach)


# ---- presenting reach in findings -----------------------------------------------------------------

def reach_or_gap(ctx: Context) -> tuple[HbaReach | None, Outcome | None]:
    reach = hba_reach(ctx)
    if reach is None:
        return None, gap_outcome(ctx, "pg_hba_file_rules", "hba") or Outcome.not_assessable(
            "hba", "GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules()", "pg_hba_file_rules was not collected")
    return reach, None


def superusers(ctx: Context) -> frozenset[str]:
    return frozenset(r.name for r in ctx.snap.roles if r.superuser)


def who(lr: LineReach, ctx: Context) -> str:
    if not lr.roles:
        return "nobody yet (it only matches roles or databases that do not exist or cannot log in today)"
    supers = lr.roles & superusers(ctx)
    if supers == lr.roles:
        return f"superuser{'s' if len(supers) > 1 else ''} {names_text(supers)}"
    text = f"{len(lr.roles)} login role{'s' if len(lr.roles) != 1 else ''} ({names_text(lr.roles)})"
    return text + (f" including superuser {names_text(supers)}" if supers else "")


def dead_line(lr: LineReach) -> Outcome:
    obj = hba_object(lr.rule.line_number)
    if lr.inert:
        return Outcome.ok(obj, f"line {lr.rule.line_number} never matches: {lr.inert}")
    if lr.shadowed_by:
        return Outcome.ok(obj, f"line {lr.rule.line_number} decides no login: earlier "
                               f"{_nums(lr.shadowed_by)} match every connection it would", shadowed_by=list(lr.shadowed_by))
    return Outcome.ok(obj, f"line {lr.rule.line_number} matches no role or database")


def _nums(nums: tuple[int, ...]) -> str:
    return ("line " if len(nums) == 1 else "lines ") + ", ".join(map(str, nums))


def line_evidence(lr: LineReach) -> dict:
    r = lr.rule
    return {"rule": describe(r), "file": r.file_name, "roles": sorted(lr.roles)[:50], "role_count": len(lr.roles),
            "latent": lr.latent and not lr.roles}


LiveLine = LineReach | Outcome


def live_lines(ctx: Context, methods: frozenset[str] | set[str], types: tuple[str, ...]) -> Iterator[LiveLine]:
    """The reach of each live line with one of `methods`; an Outcome for the gap or for every other line."""
    reach, gap = reach_or_gap(ctx)
    if gap:
        yield gap
        return
    assert reach is not None
    for lr in reach.lines:
        if lr.rule.type not in types:
            continue
        if lr.rule.auth_method not in methods:
            yield Outcome.ok(hba_object(lr.rule.line_number))
        elif not lr.reachable:
            yield dead_line(lr)
        else:
            yield lr
