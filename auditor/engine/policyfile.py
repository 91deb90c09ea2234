"""The audit policy (`pgcomply.toml`): which checks and frameworks, thresholds, severity overrides, waivers.

Validated on load: an unknown key, a bad value or (via `resolve_policy`) an unknown check id
is a PolicyError naming file and line, so a typo never silently falls back to a default.
Every key is documented in docs/policy.md.
"""
from __future__ import annotations

import collections.abc
import dataclasses
import datetime as dt
import ipaddress
import re
import tomllib
import typing
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from auditor.model.policy import (PGAUDIT_CLASSES, TLS_VERSIONS, Policy, PolicyError, Resolved, Thresholds,
                                  Waiver, WaiverRules)
from auditor.model.results import Severity

T = TypeVar("T")


_TOP_KEYS = {"select", "ignore", "severity", "thresholds", "frameworks", "waivers", "fail_on", "min_score",
             "sampling", "waiver_rules", "auditor_roles"}
_WAIVER_KEYS = {"check", "object", "reason", "approver", "expires", "ticket"}
# Inclusive bounds; a field not listed here only has to be non-negative (ints) or a number (floats).
_RANGES: dict[str, tuple[float, float]] = {
    "cert_expiry_days": (0, 3650), "max_superusers": (0, 10_000), "max_password_age_days": (0, 36_500),
    "wide_ipv4_prefix": (0, 32), "wide_ipv6_prefix": (0, 128), "max_sensitive_readers": (0, 1_000_000),
    "sample_rows": (1, 100_000), "sample_max_tables": (0, 10_000_000), "sample_jobs": (1, 64), "catalog_jobs": (1, 64),
    "sample_timeout_ms": (1, 3_600_000), "statement_timeout_ms": (1, 3_600_000), "lock_timeout_ms": (1, 3_600_000),
    "connect_timeout_s": (1, 3600), "min_match_ratio": (0.0, 1.0), "min_rsa_key_bits": (512, 16384),
    "max_idle_session_s": (0, 2_147_483), "max_idle_in_transaction_s": (0, 2_147_483),
    "max_archive_age_s": (0, 31_536_000), "max_slot_retained_mb": (1, 100_000_000),
    "max_connections_per_login_role": (0, 262_143),
}
_CHOICES: dict[str, tuple[str, ...]] = {"min_tls_version": TLS_VERSIONS, "pgaudit_classes": PGAUDIT_CLASSES}


# -- where a key or value is in the file -------------------------------------------------------------------

_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEY_RE = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_HEADER_RE = re.compile(rf"^\s*(\[\[?)\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]")


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip().strip("\"'") for p in re.findall(_KEY_PART, dotted))


class _Locator:
    """Line numbers of keys by path: ("thresholds", "cert_expiry_days"), ("waivers", 0, "check").

    tomllib keeps no positions, so this scans the text once; a path it cannot place falls back to
    its nearest located parent, then to line 1, so an error always names a line.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.where: dict[tuple, int] = {}
        table: tuple = ()
        arrays: dict[tuple, int] = {}
        in_string = False
        for n, line in enumerate(self.lines, 1):
            if line.count('"""') % 2 or line.count("'''") % 2:
                in_string = not in_string
                if not in_string:
                    continue
            elif in_string:
                continue
            if m := _HEADER_RE.match(line):
                path = _key_parts(m[2])
                if m[1] == "[[":
                    arrays[path] = arrays.get(path, -1) + 1
                    self.where.setdefault(path, n)
                    table = (*path, arrays[path])
                else:
                    table = path
                self.where.setdefault(table, n)
            elif m := _KEY_RE.match(line):
                self.where.setdefault((*table, *_key_parts(m[1])), n)

    def line(self, *path: Any) -> int:
        for end in range(len(path), 0, -1):
            if path[:end] in self.where:
                return self.where[path[:end]]
        return 1

    def value_line(self, path: tuple, value: str) -> int:
        """The line of `value` as a string literal at or after the key's line (array items span lines)."""
        start = self.line(*path)
        quoted = (f'"{value}"', f"'{value}'")
        for n in range(start, min(len(self.lines), start + 200) + 1):
            if any(q in self.lines[n - 1] for q in quoted):
                return n
        return start


# -- values ------------------------------------------------------------------------------------------------

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
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
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
    if origin in (collections.abc.Mapping, dict):
        if not isinstance(value, dict):
            raise ValueError(f"{where} must be a table")
        return {k: _coerce(typing.get_args(tp)[1], v, f"{where}.{k}") for k, v in value.items()}
    raise ValueError(f"{where}: unsupported value")


def _check_threshold(key: str, value: Any) -> None:
    """Rules beyond the type: ranges, closed vocabularies, compilable regexes, known categories."""
    where = f"thresholds.{key}"
    if key in _RANGES and isinstance(value, (int, float)):
        lo, hi = _RANGES[key]
        if not lo <= value <= hi:
            raise ValueError(f"{where} must be between {lo:g} and {hi:g}")
    if key in _CHOICES:
        allowed = _CHOICES[key]
        for v in (value if isinstance(value, tuple) else (value,)):
            if v not in allowed:
                raise ValueError(f"{where}: {v!r} is not one of {', '.join(allowed)}")
    if key == "cleartext_ok_networks":
        for net in value:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ValueError(f"{where}: not a network: {net!r}") from None
    if key.endswith("_patterns"):
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
    if key == "allowed_readers":
        from auditor.analysis.sensitivity import CATEGORIES
        for category in value:
            if category not in CATEGORIES:
                raise ValueError(f"{where}: unknown sensitive-data category {category!r} "
                                 f"(one of {', '.join(CATEGORIES)})")


def _table(raw: Any, loc: _Locator, path: str, name: str) -> dict:
    if not isinstance(raw, dict):
        raise PolicyError(f"{path}:{loc.line(name)}: [{name}] must be a table")
    return raw


def _section(cls: type[T], raw: Mapping[str, Any], loc: _Locator, path: str, name: str, known: str,
             check: Callable[[str, Any], None] = lambda _key, _value: None) -> T:
    """A [name] table read into dataclass `cls`: unknown keys and bad values (by type, then `check`) are file:line errors."""
    hints = typing.get_type_hints(cls)
    values = {}
    for key, value in raw.items():
        line = loc.line(name, key)
        if key not in hints:
            raise PolicyError(f"{path}:{line}: unknown key {key!r} in [{name}] ({known})")
        try:
            values[key] = _coerce(hints[key], value, f"{name}.{key}")
            check(key, values[key])
        except ValueError as exc:
            raise PolicyError(f"{path}:{line}: {exc}") from None
    return cls(**values)


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity(value)
    except (ValueError, TypeError):
        raise ValueError(f"{where} must be one of {', '.join(s.value for s in Severity)}") from None


def _waivers(raw: Any, rules: WaiverRules, loc: _Locator, path: str, today: dt.date) -> tuple[Waiver, ...]:
    if not isinstance(raw, list):
        raise PolicyError(f"{path}:{loc.line('waivers')}: [[waivers]] must be an array of tables")
    out = []
    for i, w in enumerate(raw):
        n = i + 1
        at = lambda key=None: f"{path}:{loc.line('waivers', i, key) if key else loc.line('waivers', i)}"  # noqa: E731, B023 - used in this iteration only
        if not isinstance(w, dict):
            raise PolicyError(f"{at()}: waiver {n} must be a table with check, object and reason")
        if unknown := sorted(set(w) - _WAIVER_KEYS):
            raise PolicyError(f"{at(unknown[0])}: unknown key {unknown[0]!r} in waiver {n} "
                              f"(expected one of {', '.join(sorted(_WAIVER_KEYS))})")
        required = ["check", "object", "reason"] + (["approver"] if rules.require_approver else [])
        for req in required:
            if not isinstance(w.get(req), str) or not w[req].strip():
                raise PolicyError(f"{at(req)}: waiver {n} needs a non-empty {req!r}")
        for opt in ("approver", "ticket"):
            if opt in w and not isinstance(w[opt], str):
                raise PolicyError(f"{at(opt)}: waiver {n}: {opt} must be a string")
        expires = w.get("expires")
        if expires is None and rules.require_expiry:
            raise PolicyError(f"{at()}: waiver {n} needs an 'expires' date (waiver_rules.require_expiry)")
        if expires is not None and (not isinstance(expires, dt.date) or isinstance(expires, dt.datetime)):
            raise PolicyError(f"{at('expires')}: waiver {n}: expires must be a date like 2027-03-31")
        if expires is not None and rules.max_days and (expires - today).days > rules.max_days:
            raise PolicyError(f"{at('expires')}: waiver {n} expires {expires.isoformat()}, more than "
                              f"waiver_rules.max_days = {rules.max_days} days from today")
        out.append(Waiver(w["check"].strip(), w["object"].strip(), w["reason"].strip(), w.get("approver", "").strip(),
                          expires, w.get("ticket", "").strip()))
    return tuple(out)


def load_policy(path: str | Path, *, today: dt.date | None = None) -> Policy:
    """Read and validate a pgcomply.toml."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise PolicyError(f"{p}: cannot read policy file: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{p}: policy file is not UTF-8 text") from None
    return policy_from_text(text, str(p), today=today)


def policy_from_text(text: str, path: str = "<policy>", *, today: dt.date | None = None) -> Policy:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{path}: invalid TOML: {exc}") from None
    return policy_from_mapping(raw, text, path, today=today)


def policy_from_mapping(raw: Mapping[str, Any], text: str = "", path: str = "<policy>", *,
                        today: dt.date | None = None) -> Policy:
    loc = _Locator(text)
    for key in raw:
        if key not in _TOP_KEYS:
            raise PolicyError(f"{path}:{loc.line(key)}: unknown key {key!r} (expected one of {', '.join(sorted(_TOP_KEYS))})")
    kw: dict[str, Any] = {"source": path, "source_text": text}
    for key, parse in _SCALARS.items():
        if key in raw:
            try:
                kw[key] = parse(raw[key])
            except ValueError as exc:
                raise PolicyError(f"{path}:{loc.line(key)}: {exc}") from None
    if "severity" in raw:
        severity = _table(raw["severity"], loc, path, "severity")
        kw["severity"] = {}
        for cid, value in severity.items():
            try:
                kw["severity"][cid] = _severity(value, f"severity.{cid}")
            except ValueError as exc:
                raise PolicyError(f"{path}:{loc.line('severity', cid)}: {exc}") from None
    if "thresholds" in raw:
        kw["thresholds"] = _section(Thresholds, _table(raw["thresholds"], loc, path, "thresholds"), loc, path,
                                    "thresholds", "see docs/policy.md", _check_threshold)
    rules = WaiverRules()
    if "waiver_rules" in raw:
        rules = kw["waiver_rules"] = _section(WaiverRules, _table(raw["waiver_rules"], loc, path, "waiver_rules"), loc,
                                              path, "waiver_rules", "expected one of "
                                              + ", ".join(f.name for f in dataclasses.fields(WaiverRules)))
    if "waivers" in raw:
        kw["waivers"] = _waivers(raw["waivers"], rules, loc, path, today or dt.date.today())
    kw["source_lines"] = _reference_lines(raw, loc) if text else {}
    return Policy(**kw)


def _reference_lines(raw: Mapping[str, Any], loc: _Locator) -> dict[tuple, int]:
    """The line of every check reference in the file, so a bad one is reported at file:line later."""
    out: dict[tuple, int] = {}
    for key in ("select", "ignore"):
        for item in raw.get(key, []) if isinstance(raw.get(key), list) else []:
            if isinstance(item, str):
                out[(key, item.strip())] = loc.value_line((key,), item)
    for cid in raw.get("severity", {}) if isinstance(raw.get("severity"), dict) else {}:
        out[("severity", cid)] = loc.line("severity", cid)
    for i, _ in enumerate(raw.get("waivers", []) if isinstance(raw.get("waivers"), list) else []):
        for name in ("check", "object"):
            out[("waivers", i, name)] = loc.line("waivers", i, name)
    return out


def _strings(key: str) -> Callable[[Any], tuple[str, ...]]:
    return lambda value: tuple(s.strip() for s in _coerce(tuple[str, ...], value, key))


def _frameworks(value: Any) -> tuple[str, ...]:
    from auditor.engine.frameworks import FRAMEWORK_IDS
    ids = _strings("frameworks")(value)
    if not ids:
        raise ValueError(f"frameworks must name at least one of {', '.join(FRAMEWORK_IDS)}")
    for fid in ids:
        if fid not in FRAMEWORK_IDS:
            raise ValueError(f"frameworks: unknown framework {fid!r} (one of {', '.join(FRAMEWORK_IDS)})")
    return ids


def _min_score(value: Any) -> int:
    if _coerce(int, value, "min_score") > 100:
        raise ValueError("min_score must be between 0 and 100")
    return value


def _role_names(value: Any) -> tuple[str, ...]:
    """auditor_roles: exact role names (no patterns: a pattern would let a later role join unseen)."""
    names = tuple(_coerce(tuple[str, ...], value, "auditor_roles"))
    for name in names:
        if not name or name != name.strip() or len(name) > 63 or any(not c.isprintable() for c in name):
            raise ValueError(f"auditor_roles: {name!r} is not a role name (exact names, at most 63 characters)")
    return tuple(dict.fromkeys(names))


_SCALARS: dict[str, Callable[[Any], Any]] = {
    "select": _strings("select"), "ignore": _strings("ignore"), "frameworks": _frameworks,
    "fail_on": lambda v: _severity(v, "fail_on"), "min_score": _min_score,
    "sampling": lambda v: _coerce(bool, v, "sampling"),
    "auditor_roles": lambda v: _role_names(v),
}


def resolve_policy(policy: Policy, checks: Mapping[str, Any] | None = None) -> Policy:
    """Resolve every check reference of the policy against the registry, once.

    An unknown id, name or area, or a waiver that would erase an audit, is a PolicyError naming file and line
    (from the lines recorded while parsing: the file is not parsed again). The result rides on the policy
    (`policy.resolved`), so evaluation and waivers never resolve again. Separate from loading because the
    registry loads the checks, which the loader does not need.
    """
    from auditor.engine.registry import load_checks, resolve
    from auditor.engine.waivers import scope_problem

    if policy.resolved is not None:
        return policy
    checks = checks if checks is not None else load_checks()
    lines = policy.source_lines

    def ids(selector: str, at: tuple, what: str) -> set[str]:
        try:
            return resolve([selector], checks)
        except PolicyError as exc:
            if at in lines:
                raise PolicyError(f"{policy.source}:{lines[at]}: {what}: {exc}") from None
            raise

    chosen = set(checks) if not policy.select else set().union(*(ids(s, ("select", s), "select") for s in policy.select))
    for item in policy.ignore:
        chosen -= ids(item, ("ignore", item), "ignore")
    for cid in policy.severity:
        ids(cid, ("severity", cid), "severity")
    waiver_ids = []
    for i, w in enumerate(policy.waivers):
        waiver_ids.append(frozenset(ids(w.check, ("waivers", i, "check"), f"waiver {i + 1}")))
        if problem := scope_problem(w, checks, waiver_ids[-1]):    # a waiver may not erase an audit (see waivers.py)
            at = ("waivers", i, problem[0])
            where = f"{policy.source}:{lines[at]}: " if at in lines else ""
            raise PolicyError(f"{where}waiver {i + 1}: {problem[1]}")
    return dataclasses.replace(policy, resolved=Resolved(frozenset(chosen), tuple(waiver_ids)))


def validate_check_refs(policy: Policy, checks: Mapping[str, Any]) -> None:
    """Raise the PolicyError resolve_policy would (for callers that only validate)."""
    resolve_policy(policy, checks)
