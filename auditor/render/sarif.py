"""SARIF 2.1.0 for code-scanning dashboards: rules = checks, results = failing (and waived, suppressed) findings,
logical locations = database objects, physical locations = stable pseudo-paths (render/sarif_location.py), which
GitHub, GitLab and Azure DevOps require. not_assessable, errors and collector gaps become tool notifications."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from auditor.engine.frameworks import framework_entries
from auditor.outputs import write_file
from auditor.render.sarif_location import migration_location, physical_location, stable_object, target_label
from auditor.render.text import FRAMEWORK_LABEL, deviation_text, utc_z

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "0.0"}
_PART = re.compile(r'"(?:[^"]|"")*"|[^.]+')
MAX_RESULTS = 25_000        # GitHub rejects a run with more results (and shows the 5,000 most severe)
MAX_TAGS = 10               # GitHub rejects more than 20 tags per rule and shows 10
MAX_DESCRIPTION = 1024      # GitHub's limit for shortDescription.text and fullDescription.text
_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}


def object_kind(obj: str) -> str:
    """A SARIF logical-location kind for a pgcomply object name."""
    prefix, _, rest = obj.partition(":")
    if rest and prefix in ("function",):
        return "function"
    if rest and prefix == "database":
        return "namespace"
    if rest:
        return "resource"
    parts = _PART.findall(obj)
    return {3: "type", 4: "member"}.get(len(parts), "resource")


def _location(obj: str, target: dict[str, Any], origin: dict[str, Any] | None = None) -> dict[str, Any]:
    name = obj.partition(":")[2] or obj
    parts = _PART.findall(name)
    return {"physicalLocation": migration_location(origin) or physical_location(obj, target),
            "logicalLocations": [{"name": parts[-1] if parts else name, "fullyQualifiedName": obj,
                                  "kind": object_kind(obj)}]}


def fingerprint(check_id: str, obj: str) -> str:
    """Check id + object name only (never time, port or run): the same weakness keeps its alert across audits."""
    return hashlib.sha256(f"{check_id}\x1f{obj}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _fence(code: str) -> str:
    """A Markdown code block that a run of backticks inside the SQL cannot close early."""
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"`+", code)), default=0) + 1)
    return f"{ticks}\n{code}\n{ticks}"


def _help(c: dict[str, Any]) -> dict[str, str]:
    """help.text (GitHub requires it) and help.markdown (shown instead when present)."""
    why = " ".join(c["rationale"].split())
    refs = [f"{FRAMEWORK_LABEL.get(fw, fw)} {', '.join(ids)}" for fw, ids in sorted(c.get("references", {}).items())]
    text = f"{c['title']}\n\nWhy it matters: {why}\n\nHow to fix:\n{c['remediation']}"
    md = [f"**{c['id']}**: {c['title']} (severity {c['severity']}, area {c['area']})", "", "**Why it matters**", "",
          why, "", "**How to fix**", "", _fence(c["remediation"])]
    if refs:
        text += "\n\nReferences: " + "; ".join(refs)
        md += ["", "**References**", "", *[f"- {r}" for r in refs]]
    md += ["", f"Run `pgcomply explain {c['id']}` for the full description."]
    return {"text": text, "markdown": "\n".join(md)}


def _rule(c: dict[str, Any]) -> dict[str, Any]:
    tags = ["security", c["area"]] + [f"{FRAMEWORK_LABEL.get(fw, fw)} {i}"
                                       for fw, ids in sorted(c.get("references", {}).items()) for i in ids]
    return {
        "id": c["id"], "name": c["name"][:255],
        "shortDescription": {"text": _clip(c["title"], MAX_DESCRIPTION)},
        "fullDescription": {"text": _clip(" ".join(c["rationale"].split()), MAX_DESCRIPTION)},
        "help": _help(c),
        "defaultConfiguration": {"level": LEVEL[c["severity"]]},
        "properties": {"tags": tags[:MAX_TAGS], "precision": "high", "security-severity": SECURITY_SEVERITY[c["severity"]],
                       "severity": c["severity"], "references": _sorted(c.get("references", {}))},
    }


def _sorted(value: Any) -> Any:
    """Dicts from the report with their keys sorted, at every depth: report.json sorts keys, so a re-render from it
    must not depend on the order checks built them in."""
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def _message(f: dict[str, Any]) -> str:
    text = f.get("message") or f.get("title") or f"{f['check_id']} {f['object']}"
    dev = deviation_text(f)
    return f"{text} ({dev})" if dev else text


def _result(f: dict[str, Any], index: int, target: dict[str, Any], causes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    props: dict[str, Any] = {"severity": f["severity"], "area": f["area"], "evidence": _sorted(f.get("evidence", {}))}
    if f.get("fix_sql"):
        props["fixSql"] = f["fix_sql"]
    if f.get("deviation"):
        props["deviation"] = _sorted(f["deviation"])
    cause = causes.get(f.get("root_cause") or "")
    res: dict[str, Any] = {
        "ruleId": f["check_id"], "ruleIndex": index, "kind": "fail", "level": LEVEL[f["severity"]],
        "message": {"text": _message(f)},
        "locations": [_location(f["object"], target, f.get("origin"))],
        "partialFingerprints": _fingerprints(f["check_id"], stable_object(f["object"], target)),
        "properties": props,
    }
    if cause is not None:      # shared with other results: one problem, fixed once (run.properties.rootCauses)
        props["rootCause"] = cause["id"]
        res["relatedLocations"] = [{"id": 0, "message": {"text": f"root cause: {cause['label']} "
                                                                 f"({cause['count']} failing findings)"},
                                    "logicalLocations": [{"fullyQualifiedName": cause["id"], "kind": "resource"}]}]
    if f["status"] == "waived":
        w = f.get("waiver") or {}
        just = w.get("reason", "")
        if w.get("approver"):
            just += f" (approved by {w['approver']}"
            just += f", until {w['expires']})" if w.get("expires") else ")"
        res["suppressions"] = [{"kind": "external", "status": "accepted", "justification": just}]
    return res


def _fingerprints(check_id: str, obj: str) -> dict[str, str]:
    """Ours, plus primaryLocationLineHash (the one key GitHub reads; its 'hash:occurrence' form), from the same
    identity: GitHub cannot hash the lines of a pseudo-file that is not in the repository."""
    fp = fingerprint(check_id, obj)
    return {"pgcomplyObject/v1": fp, "primaryLocationLineHash": f"{fp[:16]}:1"}


def _capped(findings: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """At most MAX_RESULTS results, the most severe first kept (report order otherwise); how many were left out."""
    if len(findings) <= MAX_RESULTS:
        return findings, 0
    keep = set(sorted(range(len(findings)), key=lambda i: (_RANK.get(findings[i]["severity"], 9), i))[:MAX_RESULTS])
    return [f for i, f in enumerate(findings) if i in keep], len(findings) - MAX_RESULTS


def _range(score: dict[str, Any]) -> dict[str, Any]:
    """The score range (docs/scoring.md): low if every unassessed check fails (the graded score), high if all pass."""
    rng = score.get("range") or {"low": score.get("value"), "high": score.get("value"), "unknown_checks": 0}
    return {"low": rng.get("low"), "high": rng.get("high"), "unknownChecks": rng.get("unknown_checks", 0),
            "gradedOn": "low"}


def _not_applicable(f: dict[str, Any], index: int, target: dict[str, Any]) -> dict[str, Any]:
    """Nothing to examine: SARIF's notApplicable kind (level none), so it is seen and never taken for a pass."""
    return {"ruleId": f["check_id"], "ruleIndex": index, "kind": "notApplicable", "level": "none",
            "message": {"text": f.get("message") or f["title"]}, "locations": [_location(f["object"], target, f.get("origin"))],
            "partialFingerprints": _fingerprints(f["check_id"], stable_object(f["object"], target)),
            "properties": {"status": "not_applicable", "area": f["area"]}}


def _notifications(report: dict[str, Any], index: dict[str, int], left_out: int = 0) -> list[dict[str, Any]]:
    out = []
    if left_out:
        out.append({"level": "warning", "message": {"text": f"{left_out} less severe results were left out: code "
                                                            f"scanning refuses more than {MAX_RESULTS} per run; "
                                                            "report.json has every finding"}})
    for f in report["findings"]:
        if f["status"] in ("not_assessable", "error"):
            text = f"{f['check_id']} {f['object']}: {f.get('message', '')}"
            out.append({"level": "warning" if f["status"] == "not_assessable" else "error", "message": {"text": text},
                        "associatedRule": {"id": f["check_id"], "index": index[f["check_id"]]},
                        "properties": {"status": f["status"], "missing": f.get("missing")}})
    for w in report.get("warnings", []):
        out.append({"level": "warning", "message": {"text": w["text"]}})
    for g in report.get("gaps", []):
        out.append({"level": "warning", "message": {"text": f"could not read {g['item']}: needs {g['missing']}"
                                                            + (f" ({g['detail']})" if g.get("detail") else "")}})
    return out


def build_sarif(report: dict[str, Any]) -> dict[str, Any]:
    index = {c["id"]: i for i, c in enumerate(report["checks"])}
    causes = {c["id"]: c for c in report.get("root_causes", ())}
    t = report["target"]
    shown, left_out = _capped([f for f in report["findings"] if f["status"] in ("fail", "waived")])
    results = [_result(f, index[f["check_id"]], t, causes) for f in shown]
    results += [_not_applicable(f, index[f["check_id"]], t) for f in report["findings"] if f["status"] == "not_applicable"]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "pgcomply", "version": report["tool"]["version"],
                                "semanticVersion": report["tool"]["version"],
                                "rules": [_rule(c) for c in report["checks"]]}},
            "automationDetails": {"id": f"pgcomply/{target_label(t)}/"},
            "originalUriBaseIds": {"%SRCROOT%": {"description": {
                "text": "The repository root. pgcomply/... paths name database objects, not files in it; other "
                        "paths are the migration files a schema audit applied."}}},
            "invocations": [{"executionSuccessful": True, "startTimeUtc": utc_z(report.get("started_at")),
                             "endTimeUtc": utc_z(report.get("finished_at")),
                             "toolExecutionNotifications": _notifications(report, index, left_out)}],
            "results": results,
            "properties": {"target": t.get("dsn"), "serverVersion": t.get("server_version"),
                           "score": report["score"]["value"], "grade": report["score"]["grade"],
                           "scoreRange": _range(report["score"]),
                           "waivedFindings": report["score"].get("waived_findings", 0),
                           "scoreWithoutWaivers": (report["score"].get("without_waivers") or {}).get("value"),
                           "gradeWithoutWaivers": (report["score"].get("without_waivers") or {}).get("grade"),
                           "warnings": [w["text"] for w in report.get("warnings", ())],
                           "rootCauses": [{"id": c["id"], "label": c["label"], "severity": c["severity"],
                                           "count": c["count"], "checks": c["checks"]} for c in causes.values()],
                           "compliance": {f["id"]: f["percent"] for f in report.get("compliance", [])},
                           "complianceCoverage": {f["id"]: f["summary"] for f in framework_entries(report)}},
        }],
    }


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, json.dumps(build_sarif(report), indent=2, ensure_ascii=False) + "\n")
