"""Evaluation rules that hold for every check: folding, errors, waivers, scoring, policy loading, ACL parsing."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.model.acl import PUBLIC, parse_item
from auditor.engine.evaluate import evaluate, run_check
from auditor.model.policy import Policy, PolicyError, Waiver
from auditor.engine.policyfile import load_policy
from auditor.engine.registry import load_checks
from auditor.engine.contract import Check
from auditor.model.results import Outcome, Severity
from auditor.engine.score import compute_score


def _check(run, cid="SSL-900", severity=Severity.HIGH) -> Check:
    return Check(id=cid, name="ssl.test", area="ssl", title="A test check", severity=severity, rationale="r",
                 remediation="m", run=run, since="0.1.0", references={"cis": ("6.8",)})


@pytest.fixture(scope="module")
def snap(pg15):
    from auditor.collect.collector import collect
    return collect(pg15.dsn("postgres"), Policy(sampling=False))


def test_passes_fold_into_one_finding_and_failures_are_per_object(snap):
    from auditor.analysis.context import Context
    ctx = Context(snap)
    ok = run_check(_check(lambda c: [Outcome.ok("a"), Outcome.ok("b")]), ctx)
    assert [(f.status, f.object, f.examined) for f in ok] == [("pass", "cluster", 2)]
    mixed = run_check(_check(lambda c: [Outcome.ok("a"), Outcome.fail("b", "b is bad"), Outcome.fail("c", "c too")]), ctx)
    assert sorted((f.status, f.object) for f in mixed) == [("fail", "b"), ("fail", "c")]


def test_counted_passes_fold_like_single_ones(snap):
    """Outcome.passes(n) stands for n bare passes: the same finding, message and examined count."""
    from auditor.analysis.context import Context
    ctx = Context(snap)
    each = run_check(_check(lambda c: [Outcome.ok("a"), Outcome.ok("b"), Outcome.ok("c"), Outcome.ok("d")]), ctx)
    counted = run_check(_check(lambda c: [Outcome.ok("a"), Outcome.passes(3)]), ctx)
    assert counted == each
    assert [(f.status, f.object, f.examined, f.message) for f in counted] == [
        ("pass", "cluster", 4, "4 objects examined, none failed")]
    mixed = run_check(_check(lambda c: [Outcome.passes(5), Outcome.fail("b", "b is bad")]), ctx)
    assert [(f.status, f.object) for f in mixed] == [("fail", "b")]
    moot = run_check(_check(lambda c: [Outcome.passes(2), Outcome.not_applicable("x", "no table")]), ctx)
    assert [(f.status, f.examined, f.message) for f in moot] == [
        ("pass", 2, "2 objects examined, none failed (1 not applicable)")]


def test_a_check_that_raises_is_an_error_and_the_run_goes_on(snap):
    def boom(ctx):
        yield from ()   # a generator, like the checks: it raises while being iterated
        raise RuntimeError("exploded")

    result = evaluate(snap, checks=[_check(boom), _check(lambda c: [Outcome.ok("x")], cid="SSL-901")])
    assert [(f.check_id, f.status) for f in result.findings] == [("SSL-900", "error"), ("SSL-901", "pass")]
    assert result.findings[0].message == f"the check raised RuntimeError at test_engine.py:{boom.__code__.co_firstlineno + 2}"


def test_a_check_error_never_quotes_the_data_it_choked_on(snap):
    """int('hunter2') from a setting an owner chose: the finding names the class and the line, not the value."""
    def parse(ctx):
        return [Outcome.ok(str(int("hunter2-planted")))]

    finding, = evaluate(snap, checks=[_check(parse)]).findings
    assert finding.status == "error" and "ValueError at test_engine.py:" in finding.message
    assert "hunter2" not in finding.message


def test_waivers_apply_until_they_expire(snap):
    check = _check(lambda c: [Outcome.fail("shop.public.t1", "bad"), Outcome.fail("other.x", "bad")])
    live = Waiver("SSL-900", "shop.public.*", "accepted risk", "CISO", dt.date(2030, 1, 1))
    result = evaluate(snap, Policy(waivers=(live,)), checks=[check], today=dt.date(2026, 11, 25))
    assert {(f.object, f.status) for f in result.findings} == {("shop.public.t1", "waived"), ("other.x", "fail")}
    expired = Waiver("SSL-900", "shop.public.*", "accepted risk", "CISO", dt.date(2026, 1, 1))
    result = evaluate(snap, Policy(waivers=(expired,)), checks=[check], today=dt.date(2026, 11, 25))
    assert {(f.object, f.status) for f in result.findings} == {("shop.public.t1", "fail"), ("other.x", "fail")}
    assert any("expired" in n for n in result.waiver_notes)


def test_score_ignores_not_assessable_and_weighs_severity(snap):
    checks = [_check(lambda c: [Outcome.ok("a")], "SSL-901", Severity.CRITICAL),
              _check(lambda c: [Outcome.fail("b", "bad")], "SSL-902", Severity.LOW),
              _check(lambda c: [Outcome.not_assessable("c", "pg_monitor")], "SSL-903", Severity.CRITICAL)]
    result = evaluate(snap, checks=checks)
    score = compute_score(result.checks, result.findings)
    # the unknown check is a critical failure at the low end (10 of 21) and a pass at the high end (20 of 21)
    assert (score.value, score.high, score.passed_checks, score.failed_checks, score.not_assessable_checks) == \
        (48, 95, 1, 1, 1)


def test_a_check_with_nothing_to_examine_is_not_applicable(snap):
    checks = [_check(lambda c: [], "SSL-901"),
              _check(lambda c: [Outcome.not_applicable("setting:x", "the policy asks for nothing")], "SSL-902"),
              _check(lambda c: [Outcome.ok("a"), Outcome.not_applicable("b", "no rows")], "SSL-903"),
              _check(lambda c: [Outcome.accept("role:r", "accepted"), Outcome.accept("role:s", "accepted")], "SSL-904")]
    result = evaluate(snap, checks=checks)
    rows = {(f.check_id, f.status, f.object, f.message) for f in result.findings}
    assert rows == {("SSL-901", "not_applicable", "cluster", "nothing to examine"),
                    ("SSL-902", "not_applicable", "setting:x", "the policy asks for nothing"),
                    ("SSL-903", "pass", "cluster", "1 object examined, none failed (1 not applicable)"),
                    ("SSL-904", "pass", "role:r", "accepted"), ("SSL-904", "pass", "role:s", "accepted")}
    score = compute_score(result.checks, result.findings)
    assert (score.value, score.passed_checks, score.not_applicable_checks) == (100, 2, 2)


def test_policy_file_loads_and_validates(tmp_path):
    p = tmp_path / "pgcomply.toml"
    p.write_text('select = ["ssl"]\nfail_on = "high"\n[thresholds]\ncert_expiry_days = 14\n'
                 '[[waivers]]\ncheck = "SSL-001"\nobject = "setting:ssl"\nreason = "lab"\nexpires = 2027-01-31\n')
    pol = load_policy(p)
    assert (pol.select, pol.fail_on, pol.thresholds.cert_expiry_days) == (("ssl",), Severity.HIGH, 14)
    assert pol.waivers[0].expires == dt.date(2027, 1, 31)
    p.write_text('[thresholds]\ncert_expiry_days = "soon"\n')
    with pytest.raises(PolicyError, match=r"pgcomply.toml:2: thresholds.cert_expiry_days must be"):
        load_policy(p)
    p.write_text('fail_on = "urgent"\n')
    with pytest.raises(PolicyError, match="fail_on must be one of"):
        load_policy(p)


def test_registry_has_checks_for_several_areas():
    assert len({c.area for c in load_checks().values()}) >= 6


def test_acl_items_parse_quoted_names_and_grant_options():
    item = parse_item('"we ""ird"=r*w/"own er"')
    assert (item.grantee, item.privileges, item.grantable, item.grantor) == ('we "ird', "rw", "r", "own er")
    assert parse_item("=X/postgres").grantee == PUBLIC


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=20),
       st.sets(st.sampled_from("arwdDxtXUCcT"), min_size=1))
def test_acl_round_trip_property(name, privs):
    quoted = '"' + name.replace('"', '""') + '"'
    text = f"{quoted}={''.join(sorted(privs))}/postgres"
    item = parse_item(text)
    assert item.grantee == name and set(item.privileges) == privs
