"""Backups and replication: is WAL archived, does it leave the server encrypted, and is replication private?

Judged from settings and three cluster-wide reads (pg_stat_archiver, pg_stat_replication with pg_stat_ssl,
pg_replication_slots). Whether a backup repository is encrypted cannot be read over SQL: for a recognised
tool the answer is not_assessable with what to attest, never a guess.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
from typing import Any, Iterator

from psycopg import conninfo

from auditor.analysis.context import Context
from auditor.model.names import hba_object, setting_object, slot_object, walsender_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import alter_system, audit_time, gap_outcome, lit, parse_ts, setting_or_gap
from auditor.checks._hba import describe, hba_fix, hba_rules, inside_networks, is_loopback, is_wide, names_text

ATTEST = ("encryption not provable remotely: attest the repository's cipher (pgBackRest repo*-cipher-type, "
          "WAL-G WALG_*ENCRYPT*/libsodium)")
_TOOLS = (("pgBackRest", re.compile(r"\bpgbackrest\b", re.I)),
          ("WAL-G", re.compile(r"\bwal-g\b|\bwalg_archive\b", re.I)),
          ("Barman", re.compile(r"\bbarman-(?:cloud-)?wal-archive\b", re.I)),
          ("pg_receivewal", re.compile(r"\bpg_receivewal\b", re.I)))
_CRYPT = re.compile(r"\b(?:gpg2?|openssl|age|sops)\b", re.I)
_PLAIN = re.compile(r"(?:^|[;&|(]\s*|\bexec\s+)(?:/\S*/)?(cp|rsync|scp|copy|xcopy|install|cat|mv|gzip|pigz|zstd|lz4|"
                    r"xz|bzip2)\b", re.I)
_PLAIN_LIBRARIES = frozenset({"basic_archive"})
_STREAMERS = {"pg_receivewal": "pg_receivewal", "barman_receive_wal": "Barman"}   # walsender application names


def _archive_mode(ctx: Context) -> tuple[str | None, Outcome | None]:
    s, gap = setting_or_gap(ctx, "archive_mode")
    return (s.value if s else None), gap


def _archiver_program(ctx: Context) -> tuple[str, str, Outcome | None]:
    """('command' | 'library', its value, gap): archive_library wins over archive_command when set (PG15+)."""
    lib = ctx.setting("archive_library")
    if lib is not None and lib.value:
        return "library", lib.value, None
    s, gap = setting_or_gap(ctx, "archive_command")
    return "command", (s.value or "" if s else ""), gap


def wal_archiving(ctx: Context) -> Iterator[Outcome]:
    """Without archived WAL there is no point-in-time recovery: a restore goes back to the last base backup."""
    mode, gap = _archive_mode(ctx)
    if gap:
        yield gap
        return
    obj = setting_object("archive_mode")
    if mode == "off":
        yield Outcome.fail(obj, "archive_mode is off: no WAL is archived, so the cluster cannot be recovered to a point "
                                "in time and every change since the last base backup is lost with the server",
                           severity=Severity.MEDIUM, value=mode, deviation=deviation("archive_mode", mode, "on"),
                           fix="-- needs a restart, and an archive_command or archive_library that works first:\n-- "
                               + alter_system("archive_mode", "on").replace("\n", "\n-- "))
        return
    kind, value, gap = _archiver_program(ctx)
    if gap:
        yield gap
        return
    if not value.strip():
        yield Outcome.fail(setting_object("archive_command"),
                           f"archive_mode is {mode} but neither archive_command nor archive_library is set: no WAL is "
                           "archived and completed segments pile up in pg_wal until the disk fills",
                           severity=Severity.HIGH, value=mode,
                           deviation=deviation("archive_command, archive_library", "not set",
                                               "a command or library that archives WAL"),
                           fix="-- set the command of your backup tool, e.g. pgBackRest:\n-- "
                               + alter_system("archive_command", "pgbackrest --stanza=main archive-push %p")
                               .replace("\n", "\n-- "))
        return
    yield Outcome.ok(obj, f"archive_mode is {mode} with an archive_{kind}", value=mode)


def archiver_health(ctx: Context) -> Iterator[Outcome]:
    """An archive that stopped working is no archive: pg_stat_archiver shows failures and the last success."""
    mode, gap = _archive_mode(ctx)
    if gap:
        yield gap
        return
    if mode == "off":
        yield Outcome.not_applicable("cluster", "archive_mode is off (BAK-001)")
        return
    a = ctx.snap.archiver
    if a is None:
        yield gap_outcome(ctx, "pg_stat_archiver") or Outcome.not_assessable("cluster", "pg_monitor")
        return
    when = audit_time(ctx)
    ok_at, failed_at = parse_ts(a.last_archived_time), parse_ts(a.last_failed_time)
    ev: dict[str, Any] = {"failed_count": a.failed_count, "archived_count": a.archived_count,
          "last_archived_time": a.last_archived_time, "last_failed_time": a.last_failed_time}
    obj, limit = "pg_stat_archiver", ctx.thresholds.max_archive_age_s
    fix = "-- read the server log for the archive_command's error, fix it, then watch pg_stat_archiver.failed_count"
    if failed_at is not None and (ok_at is None or failed_at > ok_at):
        yield Outcome.fail(obj, f"WAL archiving is failing: {a.failed_count} failed attempts, the last at "
                                f"{a.last_failed_time} with no success since; segments pile up in pg_wal and no "
                                "point-in-time recovery is possible past the last archived segment",
                           severity=Severity.HIGH, fix=fix, **ev)
    elif failed_at is not None and limit and when - failed_at <= dt.timedelta(seconds=limit):
        yield Outcome.fail(obj, f"WAL archiving failed {a.failed_count} times, the last at {a.last_failed_time}, "
                                "before succeeding again: find out why before it fails for good",
                           severity=Severity.LOW, fix=fix, **ev)
    elif ok_at is not None and limit and when - ok_at > dt.timedelta(seconds=limit):
        yield Outcome.fail(obj, f"the last WAL segment was archived at {a.last_archived_time}, more than {limit} s "
                                "before the audit: a restore would lose everything since",
                           severity=Severity.MEDIUM, max_archive_age_s=limit,
                           fix="-- check that archiving runs; on a quiet primary, force a segment switch:\n"
                               + alter_system("archive_timeout", "300"), **ev)
    else:
        yield Outcome.ok(obj, "archiving works" if ok_at else "no WAL segment has completed since the statistics reset",
                         **ev)


def _tool(text: str) -> str | None:
    return next((name for name, rx in _TOOLS if rx.search(text)), None)


def archive_encryption(ctx: Context) -> Iterator[Outcome]:
    """A plain copy leaves WAL, every row written, readable wherever the copy lands."""
    mode, gap = _archive_mode(ctx)
    if gap:
        yield gap
        return
    streamers = sorted({_STREAMERS[w.application] for w in ctx.snap.walsenders or ()
                        if w.application in _STREAMERS})
    if mode == "off" and not streamers:
        yield Outcome.not_applicable("cluster", "archive_mode is off and no pg_receivewal or Barman session streams WAL")
        return
    for name in streamers:
        yield Outcome.not_assessable(f"replication:{name}", ATTEST,
                                     f"{name} streams WAL off the server; {ATTEST}", tool=name)
    if mode == "off":
        return
    kind, value, gap = _archiver_program(ctx)
    if gap:
        yield gap
        return
    obj = setting_object(f"archive_{kind}")
    tool = _tool(value)
    if tool is not None:
        yield from _tool_encryption(ctx, obj, tool)
    elif _CRYPT.search(value):
        yield Outcome.not_assessable(obj, "an attestation of the archive's encryption and key handling",
                                     f"the archive_{kind} runs its own encryption; {ATTEST.split(':')[0]}")
    elif (kind == "library" and value in _PLAIN_LIBRARIES) or (kind == "command" and _PLAIN.search(value)):
        program = value if kind == "library" else (_PLAIN.search(value) or ["", ""])[1]
        yield Outcome.fail(obj, f"archive_{kind} copies WAL with {program}: the archived segments (every row written) "
                                "are stored unencrypted wherever they land", severity=Severity.HIGH, program=program,
                           deviation=deviation(f"archive_{kind}", f"a plain copy with {program}",
                                               "a tool that encrypts the archive"),
                           fix="-- archive through a tool that encrypts its repository, e.g. pgBackRest with "
                               "repo1-cipher-type=aes-256-cbc:\n"
                               + alter_system("archive_command", "pgbackrest --stanza=main archive-push %p"))
    elif value.strip():
        yield Outcome.not_assessable(obj, "an attestation of the archive's encryption",
                                     f"the archive_{kind} is not a tool pgcomply recognises; "
                                     f"{ATTEST.split(':')[0]}")


def _tool_encryption(ctx: Context, obj: str, tool: str) -> Iterator[Outcome]:
    """Judged from the tool's configuration when pgcomply ran on the database host (collect/backup_config.py)."""
    cfg = ctx.snap.backup_config
    if cfg is None or cfg.tool != tool:
        gap = ctx.snap.gap("backup_config")
        why = f" ({gap.detail})" if gap and gap.detail else ""
        yield Outcome.not_assessable(obj, ATTEST, f"WAL leaves the server through {tool}; {ATTEST}{why}", tool=tool)
        return
    plain = [r for r in cfg.repos if r not in cfg.encrypted]
    ev: dict[str, Any] = {"tool": tool, "config": cfg.source, "repositories": list(cfg.repos),
                          "settings": list(cfg.settings)}
    if not plain:
        yield Outcome.ok(obj, f"{tool} encrypts {'every repository' if len(cfg.repos) > 1 else 'its repository'} "
                              f"({', '.join(cfg.settings)}; read from {cfg.source} on the database host)", **ev)
        return
    if tool == "pgBackRest":
        fix = (f"-- in {cfg.source}, for each repository listed (pgBackRest then needs a new stanza or repository):\n"
               + "\n".join(f"-- {r}-cipher-type=aes-256-cbc\n-- {r}-cipher-pass=<a long random pass, never in this report>"
                           for r in plain))
    else:
        fix = ("-- set WALG_LIBSODIUM_KEY_PATH (or WALG_PGP_KEY_PATH) in the environment WAL-G runs with, e.g. its "
               f"envdir {cfg.source}")
    yield Outcome.fail(obj, f"{tool} stores WAL{' and backups' if tool == 'pgBackRest' else ''} unencrypted in "
                            f"{', '.join(plain)} (read from {cfg.source} on the database host)",
                       severity=Severity.HIGH, fix=fix, unencrypted=plain, **ev)


def walsender_tls(ctx: Context) -> Iterator[Outcome]:
    """WAL is every change to every table: a replication session without TLS sends it readable on the wire."""
    if ctx.snap.walsenders is None:
        yield gap_outcome(ctx, "pg_stat_replication") or Outcome.not_assessable("cluster", "pg_monitor")
        return
    ok_nets = ctx.thresholds.cleartext_ok_networks
    groups: dict[str, list] = {}
    for w in ctx.snap.walsenders:
        groups.setdefault(walsender_object(w.user, w.client_addr), []).append(w)
    for obj, ws in sorted(groups.items()):
        w = ws[0]
        cleartext = [x for x in ws if not x.ssl]
        local = w.client_addr is None or _in(w.client_addr, ok_nets)
        if cleartext and not local:
            yield Outcome.fail(obj, f"{len(cleartext)} replication session(s) of {w.user} from {w.client_addr} run "
                                    "without TLS: the WAL stream (every change) crosses the network readable",
                               pids=[x.pid for x in cleartext], applications=sorted({x.application or "" for x in ws}),
                               fix="-- on the standby: primary_conninfo = '... sslmode=verify-full sslrootcert=...'\n"
                                   "-- on this server: a hostssl replication line for the role instead of host")
        else:
            yield Outcome.ok(obj, "TLS" if not cleartext else "without TLS, from an address the policy accepts",
                             sessions=len(ws))


def _in(addr: str, networks: tuple[str, ...]) -> bool:
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in ipaddress.ip_network(n, strict=False) for n in networks)


def primary_conninfo_tls(ctx: Context) -> Iterator[Outcome]:
    """A standby that does not verify its primary can be fed WAL, and read, by whoever sits in between."""
    a = ctx.snap.archiver
    if a is None:
        yield gap_outcome(ctx, "pg_stat_archiver") or Outcome.not_assessable("cluster", "pg_monitor")
        return
    if not a.in_recovery:
        yield Outcome.not_applicable("cluster", "this server is not a standby")
        return
    s, gap = setting_or_gap(ctx, "primary_conninfo")
    if gap:
        yield gap
        return
    obj = setting_object("primary_conninfo")
    try:
        params = conninfo.conninfo_to_dict(s.value or "" if s else "")
    except Exception:  # noqa: BLE001 - a value libpq would refuse too
        params = {}
    host, mode = str(params.get("host", "")), str(params.get("sslmode", "prefer"))
    if not s or not s.value:
        yield Outcome.not_applicable(obj, "no primary_conninfo: the standby replays from the archive only")
    elif host.startswith("/") or (not host and not params.get("hostaddr")):
        yield Outcome.ok(obj, "the standby connects over a unix socket", sslmode=mode)
    elif mode != "verify-full":
        yield Outcome.fail(obj, f"primary_conninfo uses sslmode={mode}: the standby does not verify its primary's "
                                "certificate and host name, so anyone in between can read or forge the WAL stream",
                           severity=Severity.HIGH if mode in ("disable", "allow", "prefer") else Severity.MEDIUM,
                           sslmode=mode, deviation=deviation("primary_conninfo", f"sslmode={mode}", "sslmode=verify-full"),
                           fix="-- on the standby, keep the other parameters and add "
                               "sslmode=verify-full sslrootcert=<CA file>:\n"
                               "-- ALTER SYSTEM SET primary_conninfo = '... sslmode=verify-full ...'; "
                               "SELECT pg_reload_conf();")
    else:
        yield Outcome.ok(obj, "sslmode=verify-full", sslmode=mode)


def replication_slots(ctx: Context) -> Iterator[Outcome]:
    """A slot nobody consumes keeps every WAL segment since it stopped: the disk fills and the primary stops."""
    slots = ctx.snap.replication_slots
    if slots is None:
        yield gap_outcome(ctx, "pg_replication_slots") or Outcome.not_assessable("cluster", "pg_monitor")
        return
    limit = ctx.thresholds.max_slot_retained_mb
    for s in slots:
        obj, mb = slot_object(s.name), (s.retained_bytes or 0) / 1048576
        ev: dict[str, Any] = {"slot_type": s.slot_type, "active": s.active, "wal_status": s.wal_status,
              "retained_mb": round(mb, 1)}
        drop = (f"-- only if no standby or subscriber will use it again (it cannot be recreated at the same position):\n"
                f"-- SELECT pg_drop_replication_slot({lit(s.name)});")
        why = []
        if s.wal_status == "lost":
            why.append("its WAL has been removed (wal_status lost): its consumer can never catch up")
        if not s.active:
            why.append("it is inactive: no standby or subscriber consumes it")
        if mb > limit:
            why.append(f"it holds {mb:.0f} MB of WAL, above the {limit} MB the policy allows")
        if why:
            yield Outcome.fail(obj, f"replication slot {s.name}: " + "; ".join(why),
                               severity=Severity.HIGH if mb > limit else None, fix=drop, **ev)
        else:
            yield Outcome.ok(obj, f"active, holding {mb:.0f} MB of WAL", **ev)


def hba_replication(ctx: Context) -> Iterator[Outcome]:
    """Replication connections read all data: their pg_hba lines should admit few hosts and only replication roles."""
    rules, gap = hba_rules(ctx)
    if gap:
        yield gap
        return
    for rule in rules:
        if "replication" not in rule.databases or rule.auth_method == "reject":
            continue
        obj, why = hba_object(rule.line_number), []
        if is_wide(rule, ctx):
            why.append(f"it admits replication connections from a wide range ({rule.address or 'all'})")
        named = [u for u in rule.users if not u.startswith("+") and u != "all"]
        lacking = sorted(u for u in named if (r := ctx.role(u)) is not None and not (r.replication or r.superuser))
        if lacking:
            why.append(f"it names roles without REPLICATION: {names_text(lacking)}")
        if "all" in rule.users and rule.type != "local" and not is_loopback(rule) \
                and not inside_networks(rule, ctx.thresholds.cleartext_ok_networks):
            why.append("it is open to every role, not only the replication role")
        if why:
            yield Outcome.fail(obj, f"pg_hba.conf line {rule.line_number} ({describe(rule)}): " + "; ".join(why),
                               fix=hba_fix(rule, None, "admit only the replication role from the standby's address "
                                                       "(/32 or /128), with hostssl and scram-sha-256 or cert"),
                               roles_without_replication=lacking)
        else:
            yield Outcome.ok(obj, describe(rule))


CHECKS = (wal_archiving, archiver_health, archive_encryption, walsender_tls, primary_conninfo_tls, replication_slots,
          hba_replication)
