"""JUnit shows as failures exactly what fails the --fail-on gate; the rest is skipped with the reason."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from auditor.lab.synthetic import synthetic_report
from auditor.model.results import Severity
from auditor.render.junit import build_junit


def _report(fail_on: str | None, *, recorded: bool = True) -> dict:
    report = synthetic_report(120, sections=False)
    report["findings"].append(dict(report["findings"][0], status="not_applicable", object="nothing.here",
                                   message="no foreign servers to examine"))
    if recorded:
        report["policy"]["fail_on"] = fail_on
    else:
        report["policy"].pop("fail_on", None)          # a report.json written before fail_on was recorded
    return report


def _cases(root: ET.Element) -> dict[str, ET.Element]:
    return {c.get("name"): c for c in root.iter("testcase")}


def _name(f: dict) -> str:
    return f"{f['check_id']} {f['object']}"


def test_findings_below_fail_on_are_skipped_with_the_reason_and_the_rest_fail():
    report = _report("high")
    root = build_junit(report)
    cases = _cases(root)
    failing = [f for f in report["findings"] if f["status"] == "fail"]
    above = [f for f in failing if Severity(f["severity"]).rank >= Severity.HIGH.rank]
    below = [f for f in failing if Severity(f["severity"]).rank < Severity.HIGH.rank]
    assert above and below
    for f in above:
        assert cases[_name(f)].find("failure") is not None, _name(f)
    for f in below:
        case = cases[_name(f)]
        assert case.find("failure") is None
        skipped = case.find("skipped")
        assert skipped.get("message").startswith(f"below --fail-on high: [{f['severity']}] "), skipped.get("message")
        assert f"object: {f['object']}" in skipped.text          # the detail is kept for whoever looks
    assert int(root.get("failures")) == len(above) == len(root.findall("testsuite/testcase/failure"))
    assert int(root.get("skipped")) == len(root.findall("testsuite/testcase/skipped"))
    assert int(root.get("tests")) == len(report["findings"])
    props = {p.get("name"): p.get("value") for p in root.find("testsuite").iter("property")}
    assert props["failOn"] == "high"


def test_without_fail_on_every_failing_finding_is_a_failure():
    for report in (_report(None), _report(None, recorded=False)):
        root = build_junit(report)
        failing = [f for f in report["findings"] if f["status"] == "fail"]
        assert int(root.get("failures")) == len(failing) == len(root.findall("testsuite/testcase/failure"))
        assert not [s for s in root.iter("skipped") if s.get("message", "").startswith("below")]
        props = {p.get("name"): p.get("value") for p in root.find("testsuite").iter("property")}
        assert props["failOn"] == "none"


def test_not_assessable_and_not_applicable_are_skipped_with_the_reason():
    report = _report("low")
    cases = _cases(build_junit(report))
    na = cases["{} nothing.here".format(report["findings"][0]["check_id"])].find("skipped")
    assert na.get("message") == "not applicable: no foreign servers to examine"
    assessable = [f for f in report["findings"] if f["status"] == "not_assessable"]
    assert assessable
    for f in assessable:
        assert cases[_name(f)].find("skipped").get("message").startswith("not assessable: ")
