"""The scoring model and framework compliance, on report-shaped data (the same dicts report.json holds)."""
from __future__ import annotations

from auditor.engine.frameworks import Framework, Requirement, load_frameworks
from auditor.engine.report import assemble
from auditor.lab.synthetic import synthetic_report
from auditor.engine.score import check_status, compliance, compute_score, percent


def chk(cid: str, severity: str = "high", area: str = "ssl", refs: dict | None = None) -> dict:
    return {"id": cid, "area": area, "severity": severity, "references": refs or {}}


def fnd(cid: str, status: str, severity: str = "high", obj: str = "x", area: str = "ssl") -> dict:
    return {"check_id": cid, "status": status, "severity": severity, "object": obj, "area": area}


def test_weights_by_severity_and_not_assessable_never_raise_the_score():
    checks = [chk("SSL-901", "critical"), chk("SSL-902", "low")]
    findings = [fnd("SSL-901", "pass", "critical"), fnd("SSL-902", "fail", "low")]
    base = compute_score(checks, findings)
    assert (base.value, base.grade, base.passed_checks, base.failed_checks) == (91, "A", 1, 1)   # 10 of 11
    assert (base.high, base.high_grade, base.to_dict()["range"]["unknown_checks"]) == (91, "A", 0)   # no unknowns
    more = compute_score(checks + [chk("SSL-903", "critical"), chk("SSL-904", "high")],
                         findings + [fnd("SSL-903", "not_assessable", "critical"), fnd("SSL-904", "error")])
    # the two unknown checks weigh as critical failures at the low end (10 of 31) and as passes at the high end (30 of 31)
    assert (more.value, more.high, more.uncapped_grade, more.grade, more.high_grade) == (32, 97, "F", "F", "A")
    assert more.value <= base.value <= more.high
    assert (more.not_assessable_checks, more.error_checks, more.unknown_checks) == (1, 1, 2)
    assert more.to_dict()["range"] == {"low": 32, "high": 97, "low_grade": "F", "high_grade": "A",
                                       "unknown_checks": 2, "graded_on": "low"}


def test_an_unknown_check_caps_the_graded_grade_at_d():
    checks = [chk(f"SSL-9{i:02d}") for i in range(1, 21)] + [chk("SSL-999", "low")]
    findings = [fnd(f"SSL-9{i:02d}", "pass") for i in range(1, 21)] + [fnd("SSL-999", "not_assessable", "low")]
    score = compute_score(checks, findings)
    assert (score.value, score.uncapped_grade, score.grade, score.high, score.high_grade) == (92, "A", "D", 100, "A")
    assert "could not be assessed and might hide a critical failure" in score.cap_reason


def test_unknowns_never_raise_the_score_whatever_becomes_unassessable():
    """Fewer privileges must never score higher: turn any subset of checks into not_assessable/error and the graded
    score (and grade) never rises, while the range always holds the full score."""
    import itertools
    import random
    rnd = random.Random(7)
    sevs = ("critical", "high", "medium", "low", "info")
    order = "ABCDF-"
    for _ in range(300):
        n = rnd.randint(1, 7)
        checks = [chk(f"SSL-9{i:02d}", rnd.choice(sevs)) for i in range(n)]
        full = []
        for c in checks:
            status = rnd.choice(("pass", "fail", "fail", "waived", "not_applicable"))
            sev = c["severity"] if status == "pass" else rnd.choice(sevs)    # objects may escalate their severity
            full.append(fnd(c["id"], status, sev))
        base = compute_score(checks, full)
        for k in range(1, n + 1):
            for hidden in itertools.combinations(range(n), k):
                fewer = [fnd(f["check_id"], rnd.choice(("not_assessable", "error")), checks[i]["severity"])
                         if i in hidden else f for i, f in enumerate(full)]
                s = compute_score(checks, fewer)
                if base.value is None or s.value is None:
                    continue
                assert s.value <= base.value <= s.high, (checks, full, fewer)
                assert order.index(s.grade) >= order.index(base.grade), (checks, full, fewer)


def test_not_applicable_is_in_no_sum():
    checks = [chk("SSL-901"), chk("SSL-902", "low"), chk("SSL-903", "critical")]
    score = compute_score(checks, [fnd("SSL-901", "pass"), fnd("SSL-902", "fail", "low"),
                                   fnd("SSL-903", "not_applicable", "critical")])
    assert (score.value, score.high, score.grade, score.not_applicable_checks) == (86, 86, "B", 1)   # 6 of 7
    alone = compute_score(checks[2:], [fnd("SSL-903", "not_applicable", "critical")])
    assert (alone.value, alone.grade, alone.passed_checks) == (None, "-", 0)
    assert check_status([fnd("SSL-901", "not_applicable"), fnd("SSL-901", "pass")]) == "pass"
    assert check_status([fnd("SSL-901", "not_applicable")]) == "not_applicable"


def test_nothing_assessable_has_no_score():
    score = compute_score([chk("SSL-901")], [fnd("SSL-901", "not_assessable")])
    assert (score.value, score.grade) == (None, "-")


def test_waived_failures_count_as_passed_and_are_counted_apart():
    checks = [chk("SSL-901"), chk("SSL-902")]
    score = compute_score(checks, [fnd("SSL-901", "waived"), fnd("SSL-902", "pass")])
    assert (score.value, score.passed_checks, score.waived_checks, score.failed_checks) == (100, 2, 1, 0)


def test_the_score_without_waivers_counts_waived_findings_as_failing():
    passing = [f"SSL-90{i}" for i in range(2, 8)]                                   # six high checks pass
    checks = [chk("SSL-901", "critical")] + [chk(c) for c in passing] + [chk("SSL-908", "low"), chk("SSL-909")]
    findings = ([fnd("SSL-901", "waived", "critical", "a"), fnd("SSL-901", "waived", "critical", "b")]
                + [fnd(c, "pass") for c in passing] + [fnd("SSL-908", "fail", "low"), fnd("SSL-909", "not_assessable")])
    score = compute_score(checks, findings)
    # SSL-909 is unknown: a critical failure at the low end (weight 10), so 46 of 57, capped at D
    assert (score.value, score.grade, score.high, score.high_grade) == (81, "D", 98, "A")   # high end: 56 of 57
    assert (score.waived_checks, score.waived_findings) == (1, 2)
    assert score.without_waivers == {"value": 63, "grade": "D", "failed_checks": 2}   # 36 of 57: D
    d = score.to_dict()
    assert (d["waived_findings"], d["without_waivers"]) == (2, {"value": 63, "grade": "D", "failed_checks": 2})
    none = compute_score(checks[1:], findings[2:])
    assert (none.value, none.waived_findings) == (77, 0)                             # 36 of 47
    assert none.without_waivers == {"value": 77, "grade": "D", "failed_checks": 1}


def test_an_expired_waiver_is_a_failure_in_both_scores():
    checks = [chk("SSL-901"), chk("SSL-902")]
    findings = [fnd("SSL-901", "fail") | {"waiver": {"expired": True}}, fnd("SSL-902", "pass")]
    score = compute_score(checks, findings)
    assert (score.value, score.waived_findings, score.without_waivers["value"]) == (50, 0, 50)


def test_a_score_of_100_means_nothing_failed_and_0_means_nothing_passed():
    checks = [chk(f"SSL-{900 + i}", "critical") for i in range(30)] + [chk("SSL-999", "low")]
    findings = [fnd(c["id"], "pass", "critical") for c in checks[:-1]] + [fnd("SSL-999", "fail", "low")]
    assert compute_score(checks, findings).value == 99          # 300/301 rounds to 100, shown as 99
    assert percent(1, 301, complete=False) == 1                  # 0.3 % rounds to 0, shown as 1
    assert percent(1, 2, complete=False) == 50 and percent(1, 8, complete=False) == 13   # half up, exact


def test_a_failing_critical_check_caps_the_grade_at_d():
    checks = [chk(f"SSL-{900 + i}", "critical") for i in range(12)]
    findings = [fnd(c["id"], "pass", "critical") for c in checks[1:]] + [fnd("SSL-900", "fail", "critical")]
    score = compute_score(checks, findings)
    assert (score.value, score.uncapped_grade, score.grade) == (92, "A", "D")
    assert "1 critical check fails" in score.cap_reason
    low_fail = compute_score(checks, [fnd(c["id"], "pass", "critical") for c in checks[1:]]
                             + [fnd("SSL-900", "fail", "low")])       # de-escalated by policy: no cap
    assert (low_fail.grade, low_fail.cap_reason) == ("A", None)


def test_a_check_weighs_by_its_worst_failing_object():
    checks = [chk("SSL-901", "low"), chk("SSL-902", "high")]
    findings = [fnd("SSL-901", "fail", "low", "a"), fnd("SSL-901", "fail", "critical", "b"), fnd("SSL-902", "pass")]
    assert compute_score(checks, findings).value == 38            # 6 of 16: the escalated object weighs 10


def test_area_scores_use_the_same_formula():
    checks = [chk("SSL-901", "high", "ssl"), chk("ROLE-901", "high", "roles"), chk("ROLE-902", "low", "roles")]
    findings = [fnd("SSL-901", "pass"), fnd("ROLE-901", "fail", area="roles"), fnd("ROLE-902", "pass", "low", area="roles")]
    assert compute_score(checks, findings).areas == {"ssl": 100, "roles": 14}


def test_check_status_takes_the_worst():
    assert check_status([fnd("A", "pass"), fnd("A", "not_assessable")]) == "not_assessable"
    assert check_status([fnd("A", "waived"), fnd("A", "fail")]) == "fail"
    assert check_status([fnd("A", "waived")]) == "waived"
    assert check_status([]) == "pass"


FW = Framework("cis", "CIS", "test", tuple(Requirement(r, f"req {r}") for r in ("1", "2", "3", "4", "5", "6", "7")))


def test_compliance_counts_not_assessable_against_and_manual_apart():
    checks = [chk("A-1", refs={"cis": ["1", "2"]}), chk("A-2", refs={"cis": ["2"]}), chk("A-3", refs={"cis": ["3"]}),
              chk("A-4", refs={"cis": ["4"]}), chk("A-5", refs={"cis": ["5"]})]
    statuses = {"A-1": "pass", "A-2": "fail", "A-3": "not_assessable", "A-4": "waived", "A-5": "error"}
    [fw] = compliance([FW], checks, statuses, {"cis:6": {"B-9"}})
    by_req = {r["id"]: r["status"] for r in fw["requirements"]}
    assert by_req == {"1": "pass", "2": "fail", "3": "not_assessable", "4": "waived", "5": "error",
                      "6": "not_run", "7": "manual"}
    assert fw["mapped"] == 5 and fw["percent"] == 40              # pass + waived of 5 covered requirements
    assert fw["requirements"][1]["failing_checks"] == ["A-2"]
    [none] = compliance([FW], [], {}, {})
    assert none["percent"] is None and none["counts"]["manual"] == 7


def test_every_check_reference_names_a_real_requirement():
    """References drive compliance: an id missing from checks/frameworks/*.toml would silently count nowhere."""
    from auditor.engine.registry import load_checks

    known = {(fw.id, r.id) for fw in load_frameworks() for r in fw.requirements}
    for c in load_checks().values():
        for fw, ids in c.references.items():
            assert {(fw, i) for i in ids} <= known, f"{c.id}: unknown {fw} requirement in {ids}"


def test_assemble_is_deterministic_and_consistent():
    a, b = synthetic_report(300), synthetic_report(300)
    assert a == b
    assert a["summary"]["checks"] == len(a["checks"])
    assert {c["status"] for c in a["checks"]} <= {"pass", "fail", "waived", "not_assessable", "error"}
    assert [f["id"] for f in a["compliance"]] == ["cis", "gdpr", "pci_dss", "soc2"]
    again = assemble({k: v for k, v in a.items() if k not in ("score", "summary", "compliance")})
    assert again["score"] == a["score"] and again["compliance"] == a["compliance"]
