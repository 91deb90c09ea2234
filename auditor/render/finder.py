"""The HTML report's finder: the choices its search box and filters offer, and the data each finding row carries.

Filtering runs in the browser (report.js) by toggling `hidden` on rows that are already rendered, never by
re-rendering, so it stays fast at thousands of findings. The PDF has no finder: it renders none of this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from auditor.render.text import FRAMEWORK_LABEL, SEVERITIES, SEVERITY_LABEL, STATUS_LABEL

CLUSTER = "-"            # the database filter's value for cluster-wide objects (settings, roles, pg_hba lines)
CLUSTER_KINDS = {"role", "setting", "hba", "tls", "tablespace", "file", "server", "cluster"}
STATUS_ORDER = ("fail", "waived", "error", "not_assessable", "not_applicable", "pass")


@dataclass
class Finder:
    severities: list[tuple[str, str]]
    areas: list[tuple[str, str]]
    statuses: list[tuple[str, str]]
    databases: list[tuple[str, str]]
    frameworks: list[tuple[str, str]]
    has_baseline: bool            # the new/known filter only makes sense against a baseline
    requirements: list[tuple[str, list[tuple[str, str]]]]   # per framework label: (token "fw:id", id)
    findings: int


def database_of(obj: str, databases: set[str]) -> str:
    """The database an object lives in ("shop.public.t", "function:shop.f()", "database:shop"), else CLUSTER."""
    if ":" in obj.split(".", 1)[0]:
        kind, name = obj.split(":", 1)
        if kind in CLUSTER_KINDS:           # role:postgres is a role, not the database postgres
            return CLUSTER
    else:
        name = obj
    first = name.split(".", 1)[0]
    return first if first in databases else CLUSTER


def annotate(report: dict[str, Any], checks: list[Any], areas: list[tuple[str, str]]) -> Finder:
    """Give every row its database and new/known mark, every check its framework ids; return the filter choices."""
    databases = set(report["target"].get("databases") or ())
    gate = report.get("gate") or {}
    has_baseline = bool(gate.get("baseline")) and "new_failures" in gate
    new = {(c, o) for c, o in gate.get("new_failures") or ()}
    seen_db: set[str] = set()
    seen_fw: set[str] = set()
    seen_st: set[str] = set()
    seen_req: set[tuple[str, str]] = set()
    refs = {c["id"]: c.get("references") or {} for c in report["checks"]}
    for c in checks:
        fws = sorted(fw for fw, ids in refs.get(c.id, {}).items() if ids)
        c.frameworks = " ".join(fws)
        tokens = [f"{fw}:{rid}" for fw in fws for rid in refs[c.id][fw]]
        c.requirements = "|" + "|".join(tokens) + "|" if tokens else ""
        seen_req.update((fw, rid) for fw in fws for rid in refs[c.id][fw])
        seen_fw.update(fws)
        seen_st.add(c.status if c.status == "pass" else "fail")
        for r in c.rows:
            r.database = database_of(r.object, databases)
            seen_db.add(r.database)
            seen_st.add(r.status)
            if has_baseline and r.status == "fail":
                r.new = "new" if (c.id, r.object) in new else "known"
    dbs = [(d, d) for d in sorted(seen_db - {CLUSTER})] + ([(CLUSTER, "cluster-wide")] if CLUSTER in seen_db else [])
    return Finder(severities=[(s, SEVERITY_LABEL[s]) for s in SEVERITIES], areas=areas,
                  statuses=[(s, STATUS_LABEL.get(s, s)) for s in STATUS_ORDER if s in seen_st],
                  databases=dbs, frameworks=[(f, FRAMEWORK_LABEL.get(f, f)) for f in sorted(seen_fw)],
                  has_baseline=has_baseline, findings=len(report["findings"]),
                  requirements=[(FRAMEWORK_LABEL.get(fw, fw), sorted(((f"{fw}:{rid}", rid) for f2, rid in seen_req
                                                                        if f2 == fw), key=_natural))
                                for fw in sorted(seen_fw)])


def _natural(pair: tuple[str, str]) -> list:
    """Requirement ids in reading order: 3.1.2 before 3.1.10, Art. 5 before Art. 32."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", pair[1])]
