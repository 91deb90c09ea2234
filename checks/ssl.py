"""SSL/TLS: is traffic to the server encrypted, with modern protocols and a sound certificate?

Two kinds of evidence: the server's settings, pg_hba and pg_stat_ssl (setting-based), and what TLS
handshakes with the server showed (wire-based, auditor/collect/tls_probe.py). The wire works remotely and for a
role that may not read superuser-only settings; each finding says in `source` which one it used.
"""
from __future__ import annotations

import ipaddress
from collections import defaultdict
from typing import Any, Iterator

from auditor.analysis.context import Context
from auditor.model.snapshot import TlsLibrary, TlsProbe
from auditor.model.names import hba_object, session_object, setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks import _tls
from auditor.checks._common import READ_ALL_SETTINGS, alter_system, as_bool, gap_outcome, setting_or_gap
from auditor.checks._hba import (admits_cleartext, describe, hba_rules, inside_networks, is_wide, rule_network,
    source)
from auditor.checks._ssl_common import CLUSTER, _endpoint, _no_tls_build, _reset, _source, _wire
from auditor.checks.ssl_certificate import (_certificate, certificate_key_strong, certificate_matches_host,
    certificate_signature_strong, certificate_trusted_issuer, certificate_valid)

# Mozilla "intermediate": AEAD suites with forward secrecy only (TLS 1.3 suites are set apart).
STRONG_CIPHERS = ("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                  "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                  "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384")


def ssl_enabled(ctx: Context) -> Iterator[Outcome]:
    """Without ssl=on every password exchange and every row crosses the network in the clear."""
    s, gap = setting_or_gap(ctx, "ssl")
    if gap:
        yield gap
        return
    obj = setting_object("ssl")
    if s is not None and as_bool(s.value):
        yield Outcome.ok(obj, "ssl is on")
    else:
        yield Outcome.fail(obj, "ssl is off: clients cannot encrypt their connections to this server",
                           fix=alter_system("ssl", "on"), deviation=deviation("ssl", s.value if s else None, "on"),
                           value=s.value if s else None)


# ---- protocols and cipher suites -------------------------------------------------------------------

def ssl_min_protocol(ctx: Context) -> Iterator[Outcome]:
    """TLS 1.0/1.1 (SHA-1/MD5 handshakes, CBC attacks) must not be negotiable; judged by setting and wire."""
    minimum = ctx.thresholds.min_tls_version
    need = _tls.PROTOCOL_RANK[minimum]
    obj = setting_object("ssl_min_protocol_version")
    if _no_tls_build(ctx):
        yield Outcome.ok(obj, "this server was built without TLS support (see SSL-001)")
        return
    s = ctx.setting("ssl_min_protocol_version")
    tls = _wire(ctx)
    low = [p for p, r in _tls.PROTOCOL_RANK.items() if r < need]
    tested = set(tls.accepted_protocols) | set(tls.refused_protocols) if tls else set()
    wire_usable = tls is not None and set(low) <= tested
    if s is None and not wire_usable:
        why = ("no TLS handshake reached the server" if tls is None
               else f"the local OpenSSL could not offer {', '.join(sorted(set(low) - tested))} to test it over the wire")
        yield Outcome.not_assessable(obj, READ_ALL_SETTINGS, f"ssl_min_protocol_version is hidden from the auditing role and {why}")
        return
    value = (s.value or "TLSv1") if s is not None else None
    accepted_low = [p for p in tls.accepted_protocols if p in low] if tls else []
    evidence = {"setting": value if s is not None else "hidden", "required": minimum,
                "accepted_over_wire": list(tls.accepted_protocols) if tls else None,
                "refused_over_wire": list(tls.refused_protocols) if tls else None,
                "source": _source(s is not None, tls is not None)}
    fix = alter_system("ssl_min_protocol_version", minimum)
    if tls and accepted_low:
        yield Outcome.fail(obj, f"the server at {_endpoint(tls)} completes TLS handshakes limited to {', '.join(accepted_low)}"
                                f" (below {minimum}): an attacker on the path can hold clients to protocols with known attacks",
                           severity=Severity.HIGH, fix=fix, **evidence,
                           deviation=deviation("ssl_min_protocol_version",
                                               f"{value or 'hidden'} ({', '.join(accepted_low)} accepted over the wire)",
                                               f"{minimum} or newer"))
    elif value is not None and _tls.PROTOCOL_RANK.get(value, 0) < need:
        refused = wire_usable and not accepted_low
        note = ("; the server's OpenSSL refused them over the wire today, but a library update or openssl.cnf change re-enables them"
                if refused else "")
        yield Outcome.fail(obj, f"ssl_min_protocol_version is {value}, below {minimum}: the server allows protocols with known weaknesses{note}",
                           severity=Severity.MEDIUM if refused else Severity.HIGH, fix=fix, **evidence,
                           deviation=deviation("ssl_min_protocol_version", value, f"{minimum} or newer"))
    else:
        how = f"set to {value}" if value else "hidden"
        wire = f"; over the wire {', '.join(tls.refused_protocols)} were refused" if tls and tls.refused_protocols else ""
        yield Outcome.ok(obj, f"ssl_min_protocol_version is {how}{wire}", **evidence)
    top = ctx.setting("ssl_max_protocol_version")
    if top is not None and top.value and _tls.PROTOCOL_RANK.get(top.value, 99) < need:
        yield Outcome.fail(setting_object("ssl_max_protocol_version"),
                           f"ssl_max_protocol_version is {top.value}: the server never speaks {minimum} or newer, so every client "
                           "uses a protocol with known weaknesses", severity=Severity.HIGH,
                           fix=_reset("ssl_max_protocol_version"), setting=top.value, required=minimum,
                           deviation=deviation("ssl_max_protocol_version", top.value, f"not set, or {minimum} or newer"))


def ssl_ciphers_strong(ctx: Context) -> Iterator[Outcome]:
    """NULL, anonymous, export, RC4, DES/3DES, MD5 and non-forward-secret suites, by setting and over the wire."""
    obj = setting_object("ssl_ciphers")
    s = ctx.setting("ssl_ciphers")
    if _no_tls_build(ctx):
        yield Outcome.ok(obj, "this server was built without TLS support (see SSL-001)")
        yield from _tls13_and_groups(ctx)
        return
    tls = _wire(ctx)
    wire_usable = tls is not None and tls.weak_ciphers_offered > 0
    if s is None and not wire_usable:
        yield Outcome.not_assessable(obj, READ_ALL_SETTINGS, "ssl_ciphers is hidden from the auditing role and no TLS "
                                     "handshake could test weak cipher suites over the wire")
    else:
        yield _cipher_outcome(obj, s.value if s is not None else None, tls if wire_usable else None,
                              ctx.snap.tls_library)
    yield from _tls13_and_groups(ctx)


def _cipher_outcome(obj: str, value: str | None, tls: TlsProbe | None, library: TlsLibrary | None) -> Outcome:
    configured, expanded = _tls.cipher_string_weaknesses(library, value) if value is not None else ({}, True)
    accepted: dict[str, list[str]] = defaultdict(list)
    for suite in (*tls.weak_ciphers, *([tls.no_fs_cipher] if tls.no_fs_cipher else [])) if tls else ():
        for cat in _tls.suite_name_weaknesses(library, suite) or {"low"}:
            accepted[cat].append(suite)
    evidence: dict[str, Any] = {"setting": value if value is not None else "hidden", "source": _source(value is not None, tls is not None),
                "weak_in_setting": configured, "accepted_over_wire": dict(accepted),
                "weak_suites_offered_over_wire": tls.weak_ciphers_offered if tls else None,
                "expanded_by_local_openssl": expanded}
    cats = set(configured) | set(accepted)
    if not cats:
        how = f"ssl_ciphers '{value}' enables" if value is not None else "over the wire the server accepted"
        return Outcome.ok(obj, f"{how} no weak cipher suite", **evidence)
    parts = []
    if configured:
        parts.append(f"ssl_ciphers '{value}' enables {_tls.labels(configured)} suites")
    if accepted:
        suites = sorted({x for v in accepted.values() for x in v})
        parts.append(f"a client offering only weak suites got {', '.join(suites)} from the server")
    why = ("an attacker on the path can read or alter the traffic" if set(cats) - {"no_fs", "ccm8"}
           else "a later theft of the server key decrypts recorded sessions")
    return Outcome.fail(obj, "; ".join(parts) + f": {why}", severity=_tls.worst(cats),
                        fix=alter_system("ssl_ciphers", STRONG_CIPHERS), **evidence,
                        deviation=deviation("ssl_ciphers", f"'{value}'" if value is not None else "hidden",
                                            "no " + _tls.labels(cats) + " suites"))


def _tls13_and_groups(ctx: Context) -> Iterator[Outcome]:
    """PG18 adds ssl_tls13_ciphers and renames ssl_ecdh_curve to ssl_groups (a colon-separated list)."""
    if ctx.snap.server_major >= 18:
        s13, gap = setting_or_gap(ctx, "ssl_tls13_ciphers")
        if gap:
            yield gap
        elif s13 is not None:
            weak = _tls.tls13_weaknesses(s13.value or "")
            obj = setting_object("ssl_tls13_ciphers")
            if weak:
                yield Outcome.fail(obj, f"ssl_tls13_ciphers enables {', '.join(weak['ccm8'])}, whose 64-bit tag is not "
                                        "recommended for general use", severity=Severity.LOW,
                                   fix=_reset("ssl_tls13_ciphers"), setting=s13.value, source="setting",
                                   deviation=deviation("ssl_tls13_ciphers", s13.value, "no CCM_8 suites"))
            else:
                yield Outcome.ok(obj, source="setting")
    name = "ssl_groups" if ctx.snap.server_major >= 18 else "ssl_ecdh_curve"
    g, gap = setting_or_gap(ctx, name)
    if gap:
        yield gap
    elif g is not None:
        weak_curves = _tls.weak_groups(g.value or "")
        if weak_curves:
            yield Outcome.fail(setting_object(name), f"{name} offers {', '.join(weak_curves)}: curves below 224 bits give less than "
                                                     "112-bit security to the key exchange", severity=Severity.MEDIUM,
                               fix=_reset(name), setting=g.value, source="setting",
                               deviation=deviation(name, g.value, "only curves of 224 bits or more"))
        else:
            yield Outcome.ok(setting_object(name), source="setting")


# ---- who actually connects without TLS ------------------------------------------------------------

def hba_requires_ssl(ctx: Context) -> Iterator[Outcome]:
    """host/hostnossl lines admit TCP clients without TLS; hostssl lines are the only ones that insist."""
    rules, gap = hba_rules(ctx)
    if gap:
        yield gap
        return
    ok_nets = ctx.thresholds.cleartext_ok_networks
    ssl_on = as_bool(ssl_setting.value if (ssl_setting := ctx.setting("ssl")) else None)
    for rule in rules:
        if rule.type == "local":
            continue
        obj = hba_object(rule.line_number)
        if not admits_cleartext(rule) or inside_networks(rule, ok_nets):
            yield Outcome.ok(obj)
            continue
        wide = _wide(rule, ctx)
        severity = (Severity.CRITICAL if rule.auth_method == "password"
                    else Severity.HIGH if wide or rule.type == "hostnossl" or "replication" in rule.databases
                    else Severity.MEDIUM)
        only = "only without TLS" if rule.type == "hostnossl" else "with or without TLS"
        pw = "; its 'password' method sends the password itself in clear text" if rule.auth_method == "password" else ""
        yield Outcome.fail(obj, f"pg_hba.conf line {rule.line_number} ({rule.type}) admits users {', '.join(rule.users)} to "
                                f"databases {', '.join(rule.databases)} from {source(rule)} {only}: the session can cross the network "
                                f"unencrypted{pw}", severity=severity, root_cause=obj, rule=describe(rule), file=rule.file_name,
                           wide=wide, ssl_on=ssl_on, source="setting")


def _wide(rule, ctx: Context) -> bool:
    """is_wide, also for IPv6 lines (whose ffff:... netmask only rule_network reads)."""
    net = rule_network(rule)
    if is_wide(rule, ctx) or net is None or net.version != 6:
        return is_wide(rule, ctx)
    return net.prefixlen <= ctx.thresholds.wide_ipv6_prefix


def sessions_encrypted(ctx: Context) -> Iterator[Outcome]:
    """Live TCP sessions without TLS show the exposure is real, not only configured."""
    if ctx.snap.sessions is None:
        yield gap_outcome(ctx, "pg_stat_ssl") or Outcome.not_assessable(CLUSTER, "pg_read_all_stats (or pg_monitor)")
        return
    ok_nets = [ipaddress.ip_network(n, strict=False) for n in ctx.thresholds.cleartext_ok_networks]
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for s in ctx.snap.sessions:
        if s.client_addr:
            groups[(s.user or "?", s.client_addr)].append(s)
    for (user, addr), sessions in sorted(groups.items()):
        obj = session_object(user, addr)
        plain = [s for s in sessions if s.ssl is False]
        ip = ipaddress.ip_address(addr)
        if not plain or any(ip.version == n.version and ip in n for n in ok_nets):
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(obj, f"{len(plain)} live session{'s' if len(plain) > 1 else ''} of role {user} from {addr} "
                                "run without TLS: authentication, queries and results cross the network in clear text",
                           pids=sorted(s.pid for s in plain)[:20], databases=sorted({s.database or "" for s in plain}),
                           applications=sorted({s.application or "" for s in plain}), source="pg_stat_ssl")


# ---- the private key --------------------------------------------------------------------------------

def ssl_passphrase_not_literal(ctx: Context) -> Iterator[Outcome]:
    """A passphrase typed into ssl_passphrase_command is readable by every role that may read settings."""
    s, gap = setting_or_gap(ctx, "ssl_passphrase_command")
    if gap:
        yield gap
        return
    obj = setting_object("ssl_passphrase_command")
    command = (s.value if s else "") or ""
    prog = _tls.literal_passphrase_program(command) if command else None
    if prog:
        yield Outcome.fail(obj, f"ssl_passphrase_command hands the key's passphrase to {prog} as a literal: whoever may read "
                                "server settings (pg_read_all_settings, pg_monitor) or postgresql.conf learns it, and with "
                                "a copy of the key file can impersonate the server", fix=_reset("ssl_passphrase_command"),
                           program=prog, source="setting",
                           deviation=deviation("ssl_passphrase_command", f"{prog} with a literal passphrase",
                                               "not set, or a command that reads the passphrase from a protected place"))
    else:
        yield Outcome.ok(obj, "no passphrase is written into ssl_passphrase_command", source="setting")


def ssl_key_file_private(ctx: Context) -> Iterator[Outcome]:
    """The key file's OS permissions, where pgcomply runs on the server's host (the collector proves it)."""
    obj = setting_object("ssl_key_file")
    cert, _, early = _certificate(ctx)
    if early:
        yield early if early.status.value != "pass" else Outcome.ok(obj, early.message)
        return
    key = ctx.snap.tls.key_file if ctx.snap.tls else None
    if key is None:
        yield gap_outcome(ctx, "ssl_key_file", obj) or Outcome.not_assessable(obj, "filesystem access on the database host")
        return
    facts: dict[str, Any] = {"path": key.path, "mode": oct(key.mode), "owner": key.owner or key.uid, "group": key.group or key.gid,
             "source": "filesystem"}
    if key.mode & 0o007:
        yield Outcome.fail(obj, f"the TLS private key {key.path} has mode {oct(key.mode)}: every OS account on the host "
                                "can copy it and impersonate the server", severity=Severity.CRITICAL, **facts)
    elif key.mode & 0o070 and (key.uid != 0 or key.mode & 0o020):
        yield Outcome.fail(obj, f"the TLS private key {key.path} is open to group {key.group or key.gid} (mode "
                                f"{oct(key.mode)}): its members can copy it, and PostgreSQL refuses such a key at its next "
                                "reload or restart", severity=Severity.HIGH, **facts)
    elif key.readable_by_auditor:
        yield Outcome.fail(obj, f"the TLS private key {key.path} is readable by the OS account running this audit, which "
                                "is neither root nor its owner", severity=Severity.HIGH, **facts)
    else:
        yield Outcome.ok(obj, f"the TLS private key {key.path} has mode {oct(key.mode)}, owner {facts['owner']}", **facts)


CHECKS = (ssl_enabled, ssl_min_protocol, ssl_ciphers_strong, certificate_valid, certificate_trusted_issuer,
          certificate_key_strong, certificate_signature_strong, certificate_matches_host, hba_requires_ssl,
          sessions_encrypted, ssl_passphrase_not_literal, ssl_key_file_private)
