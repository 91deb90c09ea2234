"""Compliance frameworks (CIS, GDPR, PCI DSS, SOC 2): requirement catalogues in checks/frameworks/*.toml.

Which checks cover a requirement is declared once, in each check's `references`; a framework's
coverage is that mapping inverted, so the two can never disagree. CIS numbers its items per edition, so
CIS has one catalogue per edition (checks/frameworks/cis_pg<major>_v<version>.toml), chosen by the audited
server's major version; a check's CIS reference counts for an edition only if that edition lists the item.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

FRAMEWORK_IDS = ("cis", "gdpr", "pci_dss", "soc2")
CIS_EDITIONS = ("cis_pg16_v1.1.0", "cis_pg17_v1.0.0")   # each names its PostgreSQL major in the file


@dataclass(frozen=True, slots=True)
class Requirement:
    id: str
    title: str
    source: str = ""        # which public source confirmed the number and title (key of the catalogue's sources)


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    name: str
    version: str
    requirements: tuple[Requirement, ...]
    edition: str = ""       # catalogue file for frameworks with numbered editions (CIS), else ""
    sources: tuple[tuple[str, str], ...] = ()

    def requirement(self, req_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == req_id), None)


def _load(stem: str) -> tuple[Framework, int | None]:
    data = tomllib.loads(files("auditor.checks").joinpath("frameworks", f"{stem}.toml").read_text("utf-8"))
    reqs = tuple(Requirement(r["id"], r["title"], r.get("source", "")) for r in data.get("requirement", ()))
    fw = Framework(data["id"], data["name"], data["version"], reqs, data.get("edition", ""),
                   tuple(sorted(data.get("sources", {}).items())))
    return fw, data.get("major")


@cache
def cis_editions() -> tuple[tuple[int, Framework], ...]:
    """Every CIS edition catalogue with the PostgreSQL major it is written for, oldest first."""
    out = []
    for stem in CIS_EDITIONS:
        fw, major = _load(stem)
        if major is None:
            raise ValueError(f"frameworks/{stem}.toml: a CIS edition must name the PostgreSQL major it is for")
        out.append((major, fw))
    return tuple(sorted(out, key=lambda e: e[0]))


def cis_edition(server_version_num: int | None) -> Framework:
    """The CIS edition nearest the server's major version (a tie or an unknown version takes the newer)."""
    editions = cis_editions()
    if not server_version_num:
        return editions[-1][1]
    major = server_version_num // 10000
    return min(editions, key=lambda e: (abs(e[0] - major), -e[0]))[1]


@cache
def load_frameworks(server_version_num: int | None = None) -> tuple[Framework, ...]:
    """The catalogues used to audit a server of this version (the CIS edition depends on it)."""
    return tuple(cis_edition(server_version_num) if fid == "cis" else _load(fid)[0] for fid in FRAMEWORK_IDS)


def all_catalogues() -> tuple[Framework, ...]:
    """Every catalogue, every CIS edition included: what check references may name."""
    return tuple(fw for _, fw in cis_editions()) + tuple(_load(fid)[0] for fid in FRAMEWORK_IDS if fid != "cis")


def coverage_text(f: dict) -> str:
    """A framework's percentage with its denominator, as every format shows it (from a report's compliance entry)."""
    label = f"{f['name']} {f['version']}" if f.get("edition") else f["name"]
    counts = f["counts"]
    rest = counts.get("manual", 0) + counts.get("not_run", 0)
    listed = len(f.get("requirements", ())) or f["mapped"] + rest
    pct = "n/a" if f["percent"] is None else f"{f['percent']}%"
    text = (f"{label}: {pct} of the {f['mapped']} requirements an automated check covers; "
            f"{rest} of the {listed} listed requirements are manual or not covered")
    na = counts.get("not_applicable", 0)
    if na:
        text += f"; {na} not applicable (nothing to examine)"
    return text


def framework_entries(report: dict) -> list[dict]:
    """A report's compliance entries, each with its denominator sentence (older report.json files lack it)."""
    return [f if f.get("summary") else {**f, "summary": coverage_text(f)} for f in report.get("compliance", [])]
