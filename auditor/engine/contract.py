"""The Check contract: what the registry builds from a check function and its TOML metadata."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Mapping

from auditor.model.results import AREA_PREFIX, AREAS, Outcome, Severity

if TYPE_CHECKING:
    from auditor.analysis.context import Context


class RegistryError(Exception):
    """Check code and metadata disagree; raised at load so bad metadata fails CI, not a run."""


_ID_RE = re.compile(r"^(?P<prefix>[A-Z]+)-\d{3}$")
_SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")   # MAJOR.MINOR.PATCH, no pre-release


@dataclass(frozen=True, slots=True)
class Check:
    id: str                          # AREA-NNN, never reused
    name: str                        # <area>.<function_name>
    area: str
    title: str                       # the compliant state, short and declarative
    severity: Severity
    rationale: str
    remediation: str
    run: Callable[["Context"], Iterable["Outcome"]]
    since: str                       # the pgcomply release that first shipped the check (CHANGELOG.md)
    references: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # framework -> requirement ids
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        m = _ID_RE.match(self.id)
        if self.area not in AREAS:
            raise RegistryError(f"{self.name}: unknown area {self.area!r}")
        if not m or m["prefix"] != AREA_PREFIX[self.area]:
            raise RegistryError(f"{self.name}: id {self.id!r} must look like {AREA_PREFIX[self.area]}-NNN")
        if self.title.lower().startswith("ensure") or len(self.title) > 90:
            raise RegistryError(f"{self.id}: title must state the compliant state in <= 90 chars, not 'Ensure ...'")
        if not isinstance(self.since, str) or not _SEMVER_RE.match(self.since):
            raise RegistryError(f"{self.id}: since {self.since!r} must be a release version MAJOR.MINOR.PATCH")
        for name in ("rationale", "remediation"):
            if not getattr(self, name).strip():
                raise RegistryError(f"{self.id}: empty {name}")
