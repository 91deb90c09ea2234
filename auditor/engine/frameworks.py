"""Compliance frameworks (CIS, GDPR, PCI DSS, SOC 2): requirement catalogues in checks/frameworks/*.toml.

Which checks cover a requirement is declared once, in each check's `references`; a framework's
coverage is that mapping inverted, so the two can never disagree.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

FRAMEWORK_IDS = ("cis", "gdpr", "pci_dss", "soc2")


@dataclass(frozen=True, slots=True)
class Requirement:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    version: str
    requirements: tuple[Requirement, ...]

    def requirement(self, req_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == req_id), None)


@cache
def load_frameworks() -> tuple[Framework, ...]:
    out = []
    for fid in FRAMEWORK_IDS:
        data = tomllib.loads(files("auditor.checks").joinpath("frameworks", f"{fid}.toml").read_text("utf-8"))
        reqs = tuple(Requirement(r["id"], r["title"]) for r in data.get("requirement", ()))
        out.append(Framework(data["id"], data["name"], data["version"], reqs))
    return tuple(out)
