"""Finds every check: code in checks/<area>.py (CHECKS, some defined in checks/<area>_<topic>.py), prose in
checks/<area>.toml, keyed by function name. Underscore modules hold shared helpers, never checks."""
from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from importlib.resources import files
from typing import Any, Callable, Iterable, Mapping

from auditor.model.policy import Policy, PolicyError
from auditor.model.results import AREAS, Severity
from auditor.engine.contract import Check, RegistryError

_REQUIRED = {"id", "title", "severity", "since", "rationale", "remediation"}
_FIELDS = _REQUIRED | {"references", "aliases"}


@cache
def _metadata(area: str) -> dict[str, Any]:
    """checks/<area>.toml, parsed once; {} for an area with no checks yet."""
    if not files("auditor.checks").joinpath(f"{area}.py").is_file():
        return {}
    return tomllib.loads(files("auditor.checks").joinpath(f"{area}.toml").read_text("utf-8"))


def _load_area(area: str) -> list[Check]:
    if not (meta := _metadata(area)):
        return []  # an area with no checks yet
    module = import_module(f"auditor.checks.{area}")
    funcs = {f.__name__: f for f in getattr(module, "CHECKS", ())}
    return checks_from_metadata(area, funcs, meta)


@dataclass(frozen=True, slots=True)
class CheckName:
    """What a policy may call a check by (resolve() reads only these), from the metadata alone."""
    id: str
    name: str
    area: str
    aliases: tuple[str, ...]


@cache
def check_names() -> dict[str, CheckName]:
    """Every check's id, name, area and aliases, read from checks/<area>.toml without importing any check's code:
    enough to resolve a policy before connecting, while the checks and the classifier they use load beside the
    collection (workflow/pipeline.py). load_checks() builds the same ids (a test compares them)."""
    return {fields["id"]: CheckName(fields["id"], f"{area}.{name}", area, tuple(fields.get("aliases", ())))
            for area in AREAS for name, fields in sorted(_metadata(area).items(), key=lambda kv: kv[1]["id"])}


def checks_from_metadata(area: str, funcs: dict[str, Callable[..., Any]], meta: dict[str, Any]) -> list[Check]:
    """Pair each function with its TOML table; any missing, unknown or malformed field is a RegistryError."""
    if mismatch := funcs.keys() ^ meta.keys():
        raise RegistryError(f"checks/{area}: code and metadata disagree on {sorted(mismatch)}")
    for name, func in funcs.items():   # a check is found where its area says: never in an underscore helper
        home = getattr(func, "__module__", "")
        if home != f"auditor.checks.{area}" and not home.startswith(f"auditor.checks.{area}_"):
            raise RegistryError(f"checks/{area}: {name} is defined in {home}; a check lives in checks/{area}.py "
                                f"or checks/{area}_<topic>.py")
    out = []
    for name, fields in meta.items():
        if extra := set(fields) - _FIELDS:
            raise RegistryError(f"checks/{area}.toml [{name}]: unknown keys {sorted(extra)}")
        if missing := _REQUIRED - set(fields):
            raise RegistryError(f"checks/{area}.toml [{name}]: missing keys {sorted(missing)}")
        refs = {fw: tuple(ids) for fw, ids in fields.get("references", {}).items()}
        out.append(Check(id=fields["id"], name=f"{area}.{name}", area=area, title=fields["title"],
                         severity=Severity(fields["severity"]), rationale=fields["rationale"].strip(),
                         remediation=fields["remediation"].strip(), run=funcs[name], since=fields["since"],
                         references=refs,
                         aliases=tuple(fields.get("aliases", ()))))
    return out


@cache
def load_checks() -> dict[str, Check]:
    """All checks by id, in area order then id order."""
    found: dict[str, Check] = {}
    for area in AREAS:
        for check in sorted(_load_area(area), key=lambda c: c.id):
            if check.id in found:
                raise RegistryError(f"duplicate check id {check.id} ({found[check.id].name}, {check.name})")
            found[check.id] = check
    return found


def _matches(check: Check | CheckName, selector: str) -> bool:
    sel = selector.strip()
    return (sel.upper() == check.id or sel in check.aliases or sel == check.name or sel == check.area
            or fnmatch.fnmatchcase(check.id, sel.upper()))


def resolve(selectors: Iterable[str], checks: Mapping[str, Check | CheckName]) -> set[str]:
    """Check ids named by codes (RLS-002, RLS-*), names (rls.policy_always_true) or areas (rls)."""
    ids: set[str] = set()
    for sel in selectors:
        hit = {c.id for c in checks.values() if _matches(c, sel)}
        if not hit:
            raise PolicyError(f"unknown check, name or area {sel!r} (see `pgcomply checks`)")
        ids |= hit
    return ids


def select_checks(policy: Policy, checks: dict[str, Check] | None = None) -> list[Check]:
    """The checks a policy runs, in registry order (resolving the policy if nobody did yet)."""
    from auditor.engine.policyfile import resolve_policy

    checks = checks if checks is not None else load_checks()
    resolved = resolve_policy(policy, checks).resolved
    assert resolved is not None
    return [c for c in checks.values() if c.id in resolved.check_ids]
