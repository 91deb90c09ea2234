"""JUnit XML for CI systems: one testsuite per area, one testcase per check x object.

fail -> <failure>, error -> <error>, not_assessable, not_applicable and waived -> <skipped> with the reason.
With a --fail-on severity recorded in the report (policy.fail_on), a failing finding below it is <skipped>
("below --fail-on high"), its detail kept: CI then shows as failures exactly what fails the gate. Without one,
every failing finding is a failure. The overall score and its range (and fail_on) are properties of a first,
empty suite "pgcomply: score"."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from auditor.outputs import write_file
from auditor.model.results import AREA_TITLES, AREAS, Severity
from auditor.render.text import deviation_text, evidence_items, origin_label, xml_safe


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: Any) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items() if v is not None})
    if text:
        el.text = xml_safe(text)
    return el


def _detail(f: dict[str, Any]) -> str:
    lines = [f"{f['check_id']} {f['title']}", f"object: {f['object']}", f"severity: {f['severity']}",
             f.get("message", "")]
    if dev := deviation_text(f):
        lines += [f"actual vs expected: {dev}"]
    if f.get("origin"):
        lines += [f"migration: {origin_label(f)} ({f['origin']['statement']})"]
    lines += [f"{k}: {v}" for k, v in evidence_items(f.get("evidence"), None)]
    if f.get("root_cause"):
        lines += [f"root cause: {f['root_cause']} (findings that share it are fixed together)"]
    if f.get("fix_sql"):
        lines += ["fix:", f["fix_sql"]]
    lines += ["remediation:", f["remediation"]]
    return "\n".join(lines)


def fail_floor(report: dict[str, Any]) -> Severity | None:
    """The --fail-on severity the audit gated on (None: not set, or a report.json written before it was recorded)."""
    value = (report.get("policy") or {}).get("fail_on")
    return Severity(value) if value else None


def counts_as_failure(f: dict[str, Any], floor: Severity | None) -> bool:
    return f["status"] == "fail" and (floor is None or Severity(f["severity"]).rank >= floor.rank)


def _case(suite: ET.Element, f: dict[str, Any], floor: Severity | None) -> None:
    case = _el(suite, "testcase", classname=f"pgcomply.{f['area']}.{f['check_id']}",
               name=f"{f['check_id']} {f['object']}", time="0")
    status = f["status"]
    if status == "fail" and floor is not None and not counts_as_failure(f, floor):
        _el(case, "skipped", _detail(f), message=f"below --fail-on {floor.value}: [{f['severity']}] "
                                                 f"{f.get('message', '')}")
    elif status == "fail":
        _el(case, "failure", _detail(f), message=f"[{f['severity']}] {f.get('message', '')}", type=f["severity"])
    elif status == "error":
        _el(case, "error", _detail(f), message=f.get("message", ""), type="check-error")
    elif status == "not_assessable":
        _el(case, "skipped", message=f"not assessable: {f.get('message') or 'needs ' + str(f.get('missing'))}")
    elif status == "not_applicable":
        _el(case, "skipped", message=f"not applicable: {f.get('message') or 'nothing to examine'}")
    elif status == "waived":
        w = f.get("waiver") or {}
        _el(case, "skipped", message=f"waived: {w.get('reason', '')} (approver {w.get('approver') or '-'}, "
                                     f"expires {w.get('expires') or 'never'})")
    else:
        _el(case, "system-out", f.get("message", ""))


def _score_properties(root: ET.Element, score: dict[str, Any], floor: Severity | None) -> None:
    """The overall score and its range (docs/scoring.md) as properties of a first, empty suite: JUnit has no
    properties on <testsuites>."""
    rng = score.get("range") or {}
    suite = _el(root, "testsuite", name="pgcomply: score", tests="0", failures="0", errors="0", skipped="0", time="0")
    root.remove(suite)
    root.insert(0, suite)                # first, where a reader looks for the overall result
    props = _el(suite, "properties")
    value = score.get("value")
    for name, v in (("score", value), ("grade", score.get("grade")), ("scoreLow", rng.get("low", value)),
                    ("scoreHigh", rng.get("high", value)), ("unknownChecks", rng.get("unknown_checks", 0)),
                    ("failOn", floor.value if floor else "none")):
        _el(props, "property", name=name, value="n/a" if v is None else str(v))


def build_junit(report: dict[str, Any]) -> ET.Element:
    by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in report["findings"]:
        by_area[f["area"]].append(f)
    t, floor = report["target"], fail_floor(report)
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    root = _el(ET.Element("root"), "testsuites", name=f"pgcomply audit of {t.get('dsn', '')}",
               time=f"{report.get('duration_s', 0):.3f}")
    for area in AREAS:
        rows = by_area.get(area)
        if not rows:
            continue
        failures = sum(counts_as_failure(f, floor) for f in rows)
        n = {"tests": len(rows), "failures": failures, "errors": sum(f["status"] == "error" for f in rows),
             "skipped": sum(f["status"] in ("not_assessable", "waived", "not_applicable", "fail") for f in rows)
             - failures}
        suite = _el(root, "testsuite", name=f"{area}: {AREA_TITLES[area]}", timestamp=report.get("started_at"),
                    hostname=t.get("host") or "local", time="0", **{k: str(v) for k, v in n.items()})
        props = _el(suite, "properties")
        score = report["score"].get("areas", {}).get(area)
        _el(props, "property", name="score", value="n/a" if score is None else str(score))
        for f in rows:
            _case(suite, f, floor)
        for k in total:
            total[k] += n[k]
    for k, v in total.items():
        root.set(k, str(v))
    _score_properties(root, report["score"], floor)
    return root


def write(report: dict[str, Any], path: Path) -> None:
    root = build_junit(report)
    ET.indent(root)
    write_file(path, ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")
