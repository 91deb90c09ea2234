"""The PostgreSQL release table shipped as package data (checks/data/postgres_releases.toml), and versions.

The table is data, not code, so it can be updated without a network or a new release of pgcomply's
code; every judgement names the table's date, because "latest" only means "latest this table knows".
"""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

TABLE = ("data", "postgres_releases.toml")


@dataclass(frozen=True, slots=True)
class Major:
    major: str            # "18", "9.6"
    released: dt.date
    eol: dt.date
    latest_minor: int     # 6 for "18.6", 24 for "9.6.24"

    @property
    def latest(self) -> str:
        return f"{self.major}.{self.latest_minor}"


@dataclass(frozen=True, slots=True)
class ReleaseTable:
    date: dt.date
    majors: tuple[Major, ...]

    def get(self, major: str) -> Major | None:
        return next((m for m in self.majors if m.major == major), None)


def split_version(version_num: int) -> tuple[str, int]:
    """server_version_num -> (major, minor): 150018 -> ("15", 18); 90624 -> ("9.6", 24)."""
    if version_num >= 100000:
        return str(version_num // 10000), version_num % 10000
    return f"{version_num // 10000}.{version_num // 100 % 100}", version_num % 100


def major_key(major: str) -> tuple[int, ...]:
    return tuple(int(p) for p in major.split("."))


def parse_table(text: str) -> ReleaseTable:
    data = tomllib.loads(text)
    majors = []
    for m in data["major"]:
        major, latest = str(m["major"]), str(m["latest"])
        if not latest.startswith(major + "."):
            raise ValueError(f"postgres_releases: latest {latest!r} is not a release of major {major}")
        majors.append(Major(major, m["released"], m["eol"], int(latest[len(major) + 1:])))
    return ReleaseTable(data["date"], tuple(sorted(majors, key=lambda m: major_key(m.major), reverse=True)))


@cache
def release_table() -> ReleaseTable:
    """The table installed with pgcomply (read once per process)."""
    return parse_table(files("auditor.checks").joinpath(*TABLE).read_text("utf-8"))
