"""The audit policy (`pgcomply.toml`): which checks run, thresholds, severity overrides, waivers.

Validated on load: an unknown key or a bad value is a PolicyError naming file and line, so a typo
never silently falls back to a default.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from .results import Severity


class PolicyError(ValueError):
    """A policy file that cannot be used; the message is one line with file and line."""


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
    sample_timeout_ms: int = 5000              # statement_timeout for one sampling query
    statement_timeout_ms: int = 30000          # for catalog queries
    lock_timeout_ms: int = 1000
    connect_timeout_s: int = 10
    min_match_ratio: float = 0.6               # share of sampled values that must validate as a category
    restrict_public_connect: bool = False      # GRANTS: PUBLIC CONNECT/TEMP on databases is a finding
    min_rsa_key_bits: int = 2048               # SSL: server certificate RSA/DSA keys below this fail
    cleartext_ok_networks: tuple[str, ...] = ("127.0.0.0/8", "::1/128")   # SSL: non-TLS TCP from here is fine
    tls_probe: bool = True                     # SSL: handshake with the server over the wire during collect


@dataclass(frozen=True)
class Waiver:
    check: str                       # check id or name
    object: str                      # fnmatch pattern over finding objects
    reason: str
    approver: str = ""
    expires: dt.date | None = None

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today


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
    source: str | None = None                    # the file it came from

    def replace(self, **changes: Any) -> "Policy":
        return dataclasses.replace(self, **changes)


_TOP_KEYS = {"select", "ignore", "severity", "thresholds", "frameworks", "waivers", "fail_on", "min_score", "sampling"}


def _line_of(text: str, key: str) -> int:
    m = re.search(rf"^\s*(\[+\s*)?{re.escape(key)}\b", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def _coerce(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if tp is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where} must be true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{where} must be a non-negative integer")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{where} must be a number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ValueError(f"{where} must be a string")
        return value
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where} must be a list of strings")
        return tuple(value)
    if origin in (Mapping, dict) or origin is typing.Mapping:
        if not isinstance(value, dict):
            raise ValueError(f"{where} must be a table")
        return {k: _coerce(typing.get_args(tp)[1], v, f"{where}.{k}") for k, v in value.items()}
    raise ValueError(f"{where}: unsupported value")


def _thresholds(raw: Mapping[str, Any], text: str, path: str) -> Thresholds:
    hints = typing.get_type_hints(Thresholds)
    values = {}
    for key, value in raw.items():
        if key not in hints:
            raise PolicyError(f"{path}:{_line_of(text, key)}: unknown key {key!r} in [thresholds]")
        try:
            values[key] = _coerce(hints[key], value, f"thresholds.{key}")
        except ValueError as exc:
            raise PolicyError(f"{path}:{_line_of(text, key)}: {exc}") from None
    if values.get("min_tls_version", "TLSv1.2") not in ("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"):
        raise PolicyError(f"{path}:{_line_of(text, 'min_tls_version')}: min_tls_version must be one of "
                          "TLSv1, TLSv1.1, TLSv1.2, TLSv1.3")
    for net in values.get("cleartext_ok_networks", ()):
        try:
            ipaddress.ip_network(net, strict=False)
        except ValueError:
            raise PolicyError(f"{path}:{_line_of(text, 'cleartext_ok_networks')}: not a network: {net!r}") from None
    for key in ("tenant_column_patterns", "readonly_role_patterns", "app_role_patterns"):
        for pattern in values.get(key, ()):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise PolicyError(f"{path}:{_line_of(text, key)}: bad regular expression {pattern!r}: {exc}") from None
    return Thresholds(**values)


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ValueError(f"{where} must be one of {', '.join(s.value for s in Severity)}") from None


def _waivers(raw: Any, text: str, path: str) -> tuple[Waiver, ...]:
    if not isinstance(raw, list):
        raise PolicyError(f"{path}:{_line_of(text, 'waivers')}: [[waivers]] must be an array of tables")
    out = []
    for i, w in enumerate(raw, 1):
        line = _line_of(text, "waivers")
        unknown = set(w) - {"check", "object", "reason", "approver", "expires"}
        if unknown:
            raise PolicyError(f"{path}:{_line_of(text, sorted(unknown)[0])}: unknown key {sorted(unknown)[0]!r} in waiver {i}")
        for req in ("check", "object", "reason"):
            if not isinstance(w.get(req), str) or not w[req].strip():
                raise PolicyError(f"{path}:{line}: waiver {i} needs a non-empty {req!r}")
        expires = w.get("expires")
        if expires is not None and not isinstance(expires, dt.date):
            raise PolicyError(f"{path}:{_line_of(text, 'expires')}: waiver {i}: expires must be a date like 2027-03-31")
        out.append(Waiver(w["check"], w["object"], w["reason"], str(w.get("approver", "")), expires))
    return tuple(out)


def load_policy(path: str | Path) -> Policy:
    """Read and validate a pgcomply.toml."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read policy file: {exc.strerror}") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{p}: invalid TOML: {exc}") from None
    return policy_from_mapping(raw, text, str(p))


def policy_from_mapping(raw: Mapping[str, Any], text: str = "", path: str = "<policy>") -> Policy:
    for key in raw:
        if key not in _TOP_KEYS:
            raise PolicyError(f"{path}:{_line_of(text, key)}: unknown key {key!r} (expected one of {', '.join(sorted(_TOP_KEYS))})")
    kw: dict[str, Any] = {"source": path}
    try:
        for key in ("select", "ignore", "frameworks"):
            if key in raw:
                kw[key] = _coerce(tuple[str, ...], raw[key], key)
        if "severity" in raw:
            if not isinstance(raw["severity"], dict):
                raise ValueError("[severity] must be a table of check id = severity")
            kw["severity"] = {k: _severity(v, f"severity.{k}") for k, v in raw["severity"].items()}
        if "fail_on" in raw:
            kw["fail_on"] = _severity(raw["fail_on"], "fail_on")
        if "min_score" in raw:
            kw["min_score"] = _coerce(int, raw["min_score"], "min_score")
        if "sampling" in raw:
            kw["sampling"] = _coerce(bool, raw["sampling"], "sampling")
    except ValueError as exc:
        key = str(exc).split()[0].split(".")[-1].strip("[]")
        raise PolicyError(f"{path}:{_line_of(text, key)}: {exc}") from None
    if "thresholds" in raw:
        if not isinstance(raw["thresholds"], dict):
            raise PolicyError(f"{path}:{_line_of(text, 'thresholds')}: [thresholds] must be a table")
        kw["thresholds"] = _thresholds(raw["thresholds"], text, path)
    if "waivers" in raw:
        kw["waivers"] = _waivers(raw["waivers"], text, path)
    return Policy(**kw)
