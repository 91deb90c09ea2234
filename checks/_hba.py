"""Reading pg_hba rules the way the checks need them: addresses as networks, lines as objects."""
from __future__ import annotations

import ipaddress
from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import hba_object
from auditor.model.snapshot import HbaRule
from auditor.model.results import Outcome

from auditor.checks._common import gap_outcome

TCP_TYPES = ("host", "hostssl", "hostnossl", "hostgssenc", "hostnogssenc")


def hba_rules(ctx: Context) -> tuple[tuple[HbaRule, ...], Outcome | None]:
    """Valid rules, or a not_assessable outcome naming the missing grant."""
    if ctx.snap.hba_rules is None:
        return (), gap_outcome(ctx, "pg_hba_file_rules", "hba")
    return tuple(r for r in ctx.snap.hba_rules if r.error is None), None


def network(rule: HbaRule) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """The address range a host rule admits, or None for keywords/hostnames (all, samenet, db.example.com)."""
    return rule_network(rule)


def source(rule: HbaRule) -> str:
    """A short description of where a rule admits connections from."""
    if rule.type == "local":
        return "the local unix socket"
    net = network(rule)
    if net is not None:
        return str(net)
    return rule.address or "any address"


def is_wide(rule: HbaRule, ctx: Context) -> bool:
    """Rules open to 'all' or to a range at least as wide as the policy's wide prefixes."""
    if rule.type not in TCP_TYPES:
        return False
    if (rule.address or "") == "all":
        return True
    net = network(rule)
    if net is None:
        return False
    limit = ctx.thresholds.wide_ipv4_prefix if net.version == 4 else ctx.thresholds.wide_ipv6_prefix
    return net.prefixlen <= limit


def describe(rule: HbaRule) -> str:
    return (f"{rule.type} {','.join(rule.databases)} {','.join(rule.users)} "
            f"{source(rule) if rule.type != 'local' else ''} {rule.auth_method}").replace("  ", " ")


CLEARTEXT_TYPES = ("host", "hostnossl", "hostnogssenc")   # TCP lines that match connections without TLS


def tcp_rules(rules: tuple[HbaRule, ...]) -> Iterator[HbaRule]:
    return (r for r in rules if r.type in TCP_TYPES)


def admits_cleartext(rule: HbaRule) -> bool:
    """A TCP line that lets a client in without TLS (hostgssenc lines are encrypted by GSSAPI)."""
    return rule.type in CLEARTEXT_TYPES and rule.auth_method != "reject"


def inside_networks(rule: HbaRule, networks: tuple[str, ...]) -> bool:
    """Every address the rule admits lies in one of `networks` (samehost: the server's own addresses)."""
    if (rule.address or "") == "samehost":
        return True
    net = rule_network(rule)
    if net is None:
        return False
    for text in networks:
        other = ipaddress.ip_network(text, strict=False)
        if net.version == other.version and net.subnet_of(other):  # type: ignore[arg-type]
            return True
    return False


def rule_network(rule: HbaRule) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """Like network(), but also for IPv6 lines, whose netmask pg_hba_file_rules shows as ffff:ffff:...
    (ipaddress accepts a dotted netmask only for IPv4)."""
    if not rule.address:
        return None
    try:
        if rule.netmask:
            mask = int(ipaddress.ip_address(rule.netmask))
            bits = ipaddress.ip_address(rule.netmask).max_prefixlen
            prefix = bits - (((1 << bits) - 1 - mask).bit_length())
            return ipaddress.ip_network(f"{rule.address}/{prefix}", strict=False)
        return ipaddress.ip_network(rule.address, strict=False)
    except ValueError:
        return None

# ---- methods and address classes (passwords area) -------------------------------------------------

STORED_PASSWORD_METHODS = frozenset({"password", "md5", "scram-sha-256"})     # checked against pg_authid
CLEARTEXT_METHODS = frozenset({"password", "ldap", "radius", "pam", "bsd"})   # the client sends the password itself
PASSWORD_METHODS = STORED_PASSWORD_METHODS | CLEARTEXT_METHODS
_LOOPBACK = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))


def is_loopback(rule: HbaRule) -> bool:
    """A TCP rule that only admits clients on the server host itself (127.0.0.0/8, ::1, samehost)."""
    if rule.type not in TCP_TYPES:
        return False
    if rule.address == "samehost":
        return True
    net = network(rule)
    return net is not None and any(net.version == lo.version and net.subnet_of(lo) for lo in _LOOPBACK)  # type: ignore[arg-type]


def any_address(rule: HbaRule) -> bool:
    """`all`, 0.0.0.0/0 or ::/0: the whole internet, if the port is reachable."""
    if rule.type not in TCP_TYPES:
        return False
    net = network(rule)
    return rule.address == "all" or (net is not None and net.prefixlen == 0)


def lines_text(rules) -> str:
    """'line 3' or 'lines 3, 7'."""
    nums = sorted({r.line_number for r in rules})
    return ("line " if len(nums) == 1 else "lines ") + ", ".join(map(str, nums))


def names_text(names, limit: int = 5) -> str:
    """'a, b and 3 more' for messages."""
    names = sorted(names)
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def hba_token(name: str) -> str:
    """A role or database name as pg_hba.conf needs it: double-quoted unless plain."""
    if name and all(c.isalnum() or c == "_" for c in name) and name not in ("all", "sameuser", "samerole", "replication"):
        return name
    return '"' + name.replace('"', '""') + '"'


def hba_fix(rule: HbaRule, method: str | None, note: str = "") -> str:
    """Remediation for a pg_hba line: the edited line (or its removal) as a comment, then a reload."""
    where = f"pg_hba.conf line {rule.line_number}" + (f" ({rule.file_name})" if rule.file_name else "")
    if method is None:
        body = f"-- {where}: delete or narrow: {describe(rule)}"
    else:
        addr = "" if rule.type == "local" else " " + (source(rule) if network(rule) else (rule.address or "all"))
        body = (f"-- {where}: replace with\n-- {rule.type} {','.join(rule.databases)} {','.join(rule.users)}{addr} {method}")
    return body + (f"\n-- {note}" if note else "") + "\nSELECT pg_reload_conf();"


def reject_line(rule: HbaRule, role: str) -> str:
    """A pg_hba.conf line that, placed before `rule`, keeps `role` from using it."""
    if rule.type == "local":
        return f"local all {hba_token(role)} reject"
    addr = source(rule) if network(rule) else (rule.address or "all")
    return f"host all {hba_token(role)} {addr} reject"


def line_cause(rules) -> str | None:
    """The root cause of a role's finding when a single pg_hba.conf line decides it ("hba:7")."""
    nums = {r.line_number for r in rules}
    return hba_object(nums.pop()) if len(nums) == 1 else None
