"""The audit policy as the engine uses it: plain frozen dataclasses, no loading.

Loading, validation and file:line errors live in auditor.engine.policyfile.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from auditor.model.results import Severity

TLS_VERSIONS = ("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3")
PGAUDIT_CLASSES = ("read", "write", "function", "role", "ddl", "misc", "misc_set", "all")
DEFAULT_AUDITOR_ROLE = "pgcomply_auditor"     # the role `pgcomply role-sql` creates unless told otherwise
UTC_ZONES = ("UTC", "Etc/UTC", "UCT", "Etc/UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu", "GMT", "Etc/GMT",
             "GMT0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Greenwich", "Etc/Greenwich")


class PolicyError(ValueError):
    """A policy file that cannot be used; the message is one line with file and line.

    Keys and values from the file are quoted into messages, and a TOML key may hold a newline or a
    control character: they are escaped here so the error stays one line on any terminal.
    """

    def __init__(self, message: str) -> None:
        super().__init__("".join(c if c.isprintable() else repr(c)[1:-1] for c in message))


@dataclass(frozen=True)
class Thresholds:
    cert_expiry_days: int = 30                 # SSL: certificate expiring within this many days fails
    min_tls_version: str = "TLSv1.2"
    max_superusers: int = 1                    # ROLES: superusers allowed besides none (bootstrap counts)
    require_valid_until: bool = False          # PASSWORDS: LOGIN roles must have VALID UNTIL
    max_password_age_days: int = 0             # 0 = no limit on VALID UNTIL distance
    wide_ipv4_prefix: int = 16                 # hba addresses with a prefix this short or shorter are "wide"
    wide_ipv6_prefix: int = 48
    pgaudit_classes: tuple[str, ...] = ("ddl", "role", "write")
    tenant_column_patterns: tuple[str, ...] = (
        r"^(tenant|org|organization|organisation|account|company|customer|client|workspace|team)_?id$",
        r"^(user|owner|member|created_by|usuario|cliente|empresa)_?id$",
    )
    readonly_role_patterns: tuple[str, ...] = (r"(^|_)(ro|read|readonly|read_only|reader|report|reporting|analyst|viewer|bi)($|_)",)
    app_role_patterns: tuple[str, ...] = ()     # extra regexes naming application roles
    max_sensitive_readers: int = 5             # login roles allowed to read one sensitive column
    allowed_readers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # category -> roles allowed
    sample_rows: int = 200                     # rows sampled per table
    sample_max_tables: int = 5000              # tables sampled per database, largest first
    sample_jobs: int = 2                       # parallel sampling connections
    catalog_jobs: int = 4                      # databases whose catalogs are read at once (one connection each)
    sample_timeout_ms: int = 5000              # statement_timeout for one sampling query
    statement_timeout_ms: int = 30000          # for catalog queries
    lock_timeout_ms: int = 1000
    connect_timeout_s: int = 10
    min_match_ratio: float = 0.6               # share of sampled values that must validate as a category
    restrict_public_connect: bool = False      # GRANTS: PUBLIC CONNECT/TEMP on databases is a finding
    min_rsa_key_bits: int = 2048               # SSL: server certificate RSA/DSA keys below this fail
    cleartext_ok_networks: tuple[str, ...] = ("127.0.0.0/8", "::1/128")   # SSL: non-TLS TCP from here is fine
    tls_probe: bool = True                     # SSL: handshake with the server over the wire during collect
    max_idle_session_s: int = 0                # SERVER: idle_session_timeout at most this; 0 = no limit required
    max_idle_in_transaction_s: int = 0         # SERVER: idle_in_transaction_session_timeout at most this; 0 = none
    log_timezones: tuple[str, ...] = UTC_ZONES  # SERVER: log_timezone must be one of these
    max_archive_age_s: int = 86400             # BACKUP: last WAL archived at most this long before the audit; 0 = off
    max_slot_retained_mb: int = 1024           # BACKUP: WAL a replication slot may hold back
    max_connections_per_login_role: int = 0    # SERVER: login roles need CONNECTION LIMIT at most this; 0 = not asked
    forbid_extensions_in_public: bool = False  # SERVER: an extension installed in schema public is a finding


@dataclass(frozen=True)
class Waiver:
    check: str                       # one check: its id, name or alias (areas and patterns are refused)
    object: str                      # fnmatch pattern over finding objects
    reason: str
    approver: str = ""
    expires: dt.date | None = None   # last day the waiver applies
    ticket: str = ""                 # change or risk-acceptance reference

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today


@dataclass(frozen=True)
class WaiverRules:
    """What every waiver in the file must carry: the governance a compliance team signs off on."""
    require_approver: bool = False
    require_expiry: bool = False
    max_days: int = 0                # 0 = no limit; else expires may be at most this many days after loading


@dataclass(frozen=True)
class Policy:
    select: tuple[str, ...] = ()                 # check ids, names or areas; () = all
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)   # check id -> overridden severity
    thresholds: Thresholds = field(default_factory=Thresholds)
    frameworks: tuple[str, ...] = ("cis", "gdpr", "pci_dss", "soc2")
    waivers: tuple[Waiver, ...] = ()
    fail_on: Severity | None = None
    min_score: int | None = None
    sampling: bool = True
    auditor_roles: tuple[str, ...] = ()          # auditing roles besides DEFAULT_AUDITOR_ROLE (docs/policy.md)
    source: str | None = None                    # the file it came from
    waiver_rules: WaiverRules = field(default_factory=WaiverRules)
    source_text: str = field(default="", repr=False, compare=False)   # the file as read (kept in evidence bundles)
    # Where each check reference sits in the file, recorded while parsing so validation never parses it again:
    # ("select", item), ("ignore", item), ("severity", check), ("waivers", index, "check" | "object") -> line.
    source_lines: Mapping[tuple, int] = field(default_factory=dict, repr=False, compare=False)
    resolved: "Resolved | None" = field(default=None, repr=False, compare=False)

    def replace(self, **changes: Any) -> "Policy":
        """A changed copy; its check references must be resolved again (engine.policyfile.resolve_policy)."""
        changes.setdefault("resolved", None)
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Resolved:
    """A policy's check references resolved against the registry once, with file:line errors already raised."""

    check_ids: frozenset[str]                      # the checks that run: select minus ignore
    waiver_ids: tuple[frozenset[str], ...]         # the check ids each waiver names, in policy order
