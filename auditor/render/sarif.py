"""SARIF 2.1.0 for code-scanning dashboards: rules = checks, results = failing (and waived, suppressed) findings,
logical locations = database objects. not_assessable, errors and collector gaps become tool notifications."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from auditor.engine.frameworks import framework_entries
from auditor.outputs import write_file
from auditor.render.text import FRAMEWORK_LABEL, utc_z

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "0.0"}
_PART = re.compile(r'"(?:[^"]|"")*"|[^.]+')


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


def _location(obj: str) -> dict[str, Any]:
    name = obj.partition(":")[2] or obj
    parts = _PART.findall(name)
    return {"logicalLocations": [{"name": parts[-1] if parts else name, "fullyQualifiedName": obj,
                                  "kind": object_kind(obj)}]}


def fingerprint(check_id: str, obj: str) -> str:
    return hashlib.sha256(f"{check_id}\x1f{obj}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _rule(c: dict[str, Any]) -> dict[str, Any]:
    tags = ["security", c["area"]] + [f"{FRAMEWORK_LABEL.get(fw, fw)} {i}"
                                       for fw, ids in sorted(c.get("references", {}).items()) for i in ids]
    return {
        "id": c["id"], "name": c["name"],
        "shortDescription": {"text": c["title"]},
        "fullDescription": {"text": " ".join(c["rationale"].split())},
        "help": {"text": c["remediation"], "markdown": f"**How to fix**\n\n```\n{c['remediation']}\n```"},
        "defaultConfiguration": {"level": LEVEL[c["severity"]]},
        "properties": {"tags": tags, "precision": "high", "security-severity": SECURITY_SEVERITY[c["severity"]],
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


def _result(f: dict[str, Any], index: int, causes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    props: dict[str, Any] = {"severity": f["severity"], "area": f["area"], "evidence": _sorted(f.get("evidence", {}))}
    if f.get("fix_sql"):
        props["fixSql"] = f["fix_sql"]
    cause = causes.get(f.get("root_cause") or "")
    res: dict[str, Any] = {
        "ruleId": f["check_id"], "ruleIndex": index, "kind": "fail", "level": LEVEL[f["severity"]],
        "message": {"text": f.get("message") or f["title"]},
        "locations": [_location(f["object"])],
        "partialFingerprints": {"pgcomplyObject/v1": fingerprint(f["check_id"], f["object"])},
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


def _notifications(report: dict[str, Any], index: dict[str, int]) -> list[dict[str, Any]]:
    out = []
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
    results = [_result(f, index[f["check_id"]], causes) for f in report["findings"] if f["status"] in ("fail", "waived")]
    t = report["target"]
    host = f"{t.get('host') or 'local'}:{t.get('port') or ''}"
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "pgcomply", "version": report["tool"]["version"],
                                "semanticVersion": report["tool"]["version"],
                                "rules": [_rule(c) for c in report["checks"]]}},
            "automationDetails": {"id": f"pgcomply/{host}/"},
            "invocations": [{"executionSuccessful": True, "startTimeUtc": utc_z(report.get("started_at")),
                             "endTimeUtc": utc_z(report.get("finished_at")),
                             "toolExecutionNotifications": _notifications(report, index)}],
            "results": results,
            "properties": {"target": t.get("dsn"), "serverVersion": t.get("server_version"),
                           "score": report["score"]["value"], "grade": report["score"]["grade"],
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
