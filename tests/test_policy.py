"""The policy file: every key validated with file:line, check ids checked against the registry, never a traceback."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import typing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.engine.policyfile import (_TOP_KEYS, _WAIVER_KEYS, load_policy, policy_from_mapping,
    policy_from_text, validate_check_refs)
from auditor.model.policy import Policy, PolicyError, Thresholds, Waiver, WaiverRules
from auditor.engine.registry import load_checks
from auditor.model.results import Severity
from tests.test_cli import assert_one_line_error, run

DOCS = Path(__file__).resolve().parent.parent / "docs" / "policy.md"
TODAY = dt.date(2026, 11, 25)

FULL = """\
# Acme production baseline
select = ["ssl", "passwords", "roles", "grants", "rls", "audit_logging"]
ignore = ["LOG-002"]
frameworks = ["gdpr", "pci_dss"]
fail_on = "high"
min_score = 80
sampling = false

[severity]
"PWD-001" = "critical"

[thresholds]
cert_expiry_days = 45
min_tls_version = "TLSv1.3"
max_superusers = 2
wide_ipv4_prefix = 24
pgaudit_classes = ["ddl", "role"]
tenant_column_patterns = ['^tenant_id$']
allowed_readers = { email = ["support_ro"], iban = [] }
min_match_ratio = 0.8
sample_jobs = 4

[waiver_rules]
require_approver = true
require_expiry = true
max_days = 365

[[waivers]]
check = "SSL-001"
object = "setting:ssl"
reason = "TLS terminates at the pooler on the same host"
approver = "CISO J. Doe"
expires = 2027-03-31
ticket = "RISK-42"
"""


def _err(text: str, tmp_path: Path, **kw) -> str:
    p = tmp_path / "pgcomply.toml"
    p.write_text(text)
    with pytest.raises(PolicyError) as exc:
        load_policy(p, today=TODAY, **kw)
    msg = str(exc.value)
    assert "\n" not in msg
    return msg.replace(str(p), "P")


def test_a_full_policy_loads(tmp_path):
    p = tmp_path / "pgcomply.toml"
    p.write_text(FULL)
    pol = load_policy(p, today=TODAY)
    validate_check_refs(pol, load_checks())
    assert pol.ignore == ("LOG-002",) and pol.frameworks == ("gdpr", "pci_dss")
    assert (pol.fail_on, pol.min_score, pol.sampling) == (Severity.HIGH, 80, False)
    assert pol.severity == {"PWD-001": Severity.CRITICAL}
    t = pol.thresholds
    assert (t.cert_expiry_days, t.min_tls_version, t.max_superusers, t.sample_jobs) == (45, "TLSv1.3", 2, 4)
    assert t.allowed_readers == {"email": ("support_ro",), "iban": ()}
    assert t.min_match_ratio == 0.8 and t.pgaudit_classes == ("ddl", "role")
    assert pol.waiver_rules == WaiverRules(require_approver=True, require_expiry=True, max_days=365)
    w = pol.waivers[0]
    assert (w.check, w.approver, w.expires, w.ticket) == ("SSL-001", "CISO J. Doe", dt.date(2027, 3, 31), "RISK-42")
    assert pol.source == str(p)


@pytest.mark.parametrize(("text", "expected"), [
    ('selec = ["ssl"]\n', r"^P:1: unknown key 'selec'"),
    ('select = "ssl"\n', r"^P:1: select must be a list of strings"),
    ('fail_on = "urgent"\n', r"^P:1: fail_on must be one of critical"),
    ('\n\nmin_score = 101\n', r"^P:3: min_score must be between 0 and 100"),
    ('min_score = -1\n', r"^P:1: min_score must be a non-negative integer"),
    ('sampling = "yes"\n', r"^P:1: sampling must be true or false"),
    ('frameworks = ["gdpr", "hipaa"]\n', r"^P:1: frameworks: unknown framework 'hipaa'"),
    ('frameworks = []\n', r"^P:1: frameworks must name at least one"),
    ('[severity]\nSSL-001 = "urgent"\n', r"^P:2: severity.SSL-001 must be one of"),
    ('severity = 3\n', r"^P:1: \[severity\] must be a table"),
    ('[thresholds]\ncert_expiry_days = 30\nno_such_key = 1\n', r"^P:3: unknown key 'no_such_key' in \[thresholds\]"),
    ('[thresholds]\ncert_expiry_days = "soon"\n', r"^P:2: thresholds.cert_expiry_days must be a non-negative integer"),
    ('[thresholds]\ncert_expiry_days = 30.5\n', r"^P:2: thresholds.cert_expiry_days must be a non-negative integer"),
    ('[thresholds]\nwide_ipv4_prefix = 33\n', r"^P:2: thresholds.wide_ipv4_prefix must be between 0 and 32"),
    ('[thresholds]\nmin_match_ratio = 1.5\n', r"^P:2: thresholds.min_match_ratio must be between 0 and 1"),
    ('[thresholds]\nsample_jobs = 0\n', r"^P:2: thresholds.sample_jobs must be between 1 and 64"),
    ('[thresholds]\nmin_tls_version = "SSLv3"\n', r"^P:2: thresholds.min_tls_version: 'SSLv3' is not one of"),
    ('[thresholds]\npgaudit_classes = ["ddl", "everything"]\n', r"^P:2: thresholds.pgaudit_classes: 'everything'"),
    ('[thresholds]\ntenant_column_patterns = ["(unclosed"]\n', r"^P:2: thresholds.tenant_column_patterns: bad regular"),
    ('[thresholds]\nallowed_readers = { shoe_size = ["x"] }\n', r"^P:2: .*unknown sensitive-data category 'shoe_size'"),
    ('[thresholds]\nallowed_readers = { email = "x" }\n', r"^P:2: thresholds.allowed_readers.email must be a list"),
    ('thresholds = 1\n', r"^P:1: \[thresholds\] must be a table"),
    ('[waiver_rules]\nmax_dayz = 3\n', r"^P:2: unknown key 'max_dayz' in \[waiver_rules\]"),
    ('[thresholds]\nmax_superusers = 2\n[waiver_rules]\nrequire_expiry = "yes"\n',
     r"^P:4: waiver_rules.require_expiry must be true or false"),
    ('select = [\n', r"^P: invalid TOML"),
])
def test_bad_values_are_one_line_errors_with_file_and_line(tmp_path, text, expected):
    assert re.search(expected, _err(text, tmp_path)), _err(text, tmp_path)


WAIVER = '[[waivers]]\ncheck = "SSL-001"\nobject = "setting:ssl"\nreason = "lab"\n'


@pytest.mark.parametrize(("text", "expected"), [
    (WAIVER + WAIVER + 'approved_by = "x"\n', r"^P:9: unknown key 'approved_by' in waiver 2"),
    (WAIVER + '[[waivers]]\ncheck = "SSL-001"\nobject = "setting:ssl"\n', r"^P:5: waiver 2 needs a non-empty 'reason'"),
    (WAIVER + '[[waivers]]\ncheck = ""\nobject = "x"\nreason = "r"\n', r"^P:6: waiver 2 needs a non-empty 'check'"),
    (WAIVER + 'expires = "next year"\n', r"^P:5: waiver 1: expires must be a date"),
    (WAIVER + 'expires = 2027-01-01T10:00:00\n', r"^P:5: waiver 1: expires must be a date"),
    ('[waiver_rules]\nrequire_approver = true\n' + WAIVER, r"^P:3: waiver 1 needs a non-empty 'approver'"),
    ('[waiver_rules]\nrequire_expiry = true\n' + WAIVER, r"^P:3: waiver 1 needs an 'expires' date"),
    ('[waiver_rules]\nmax_days = 90\n' + WAIVER + 'expires = 2027-11-25\n',
     r"^P:7: waiver 1 expires 2027-11-25, more than waiver_rules.max_days = 90"),
    ('waivers = 3\n', r"^P:1: \[\[waivers\]\] must be an array of tables"),
    ('waivers = [1]\n', r"^P:1: waiver 1 must be a table"),
])
def test_waiver_errors_name_the_waiver_and_its_line(tmp_path, text, expected):
    assert re.search(expected, _err(text, tmp_path)), _err(text, tmp_path)


def test_waiver_rules_accept_a_compliant_waiver(tmp_path):
    p = tmp_path / "p.toml"
    p.write_text('[waiver_rules]\nrequire_approver = true\nmax_days = 90\n' + WAIVER
                 + 'approver = "DPO"\nexpires = 2027-01-31\n')
    assert load_policy(p, today=TODAY).waivers[0].approver == "DPO"


@pytest.mark.parametrize(("text", "expected"), [
    ('select = [\n  "ssl",\n  "NOPE-999",\n]\n', r"^P:3: select: unknown check, name or area 'NOPE-999'"),
    ('ignore = ["rls", "nope.check"]\n', r"^P:1: ignore: unknown check, name or area 'nope.check'"),
    ('fail_on = "high"\n\n[severity]\n"PWD-001" = "low"\n"XYZ-001" = "high"\n', r"^P:5: severity: unknown .*'XYZ-001'"),
    (WAIVER + '[[waivers]]\nobject = "*"\ncheck = "SSL-999"\nreason = "r"\n', r"^P:7: waiver 2: unknown .*'SSL-999'"),
])
def test_unknown_check_ids_in_the_file_name_their_line(tmp_path, text, expected):
    p = tmp_path / "pgcomply.toml"
    p.write_text(text)
    pol = load_policy(p, today=TODAY)
    with pytest.raises(PolicyError) as exc:
        validate_check_refs(pol, load_checks())
    assert re.search(expected, str(exc.value).replace(str(p), "P")), str(exc.value)


def _waiver(check: str, obj: str, *, object_first: bool = False) -> str:
    keys = [f'object = "{obj}"', f'check = "{check}"'] if object_first else [f'check = "{check}"', f'object = "{obj}"']
    return "[[waivers]]\n" + "\n".join(keys) + '\nreason = "r"\n'


AREA = "a waiver names one check id, so no waiver accepts a whole area or the whole audit"


@pytest.mark.parametrize(("text", "expected"), [
    (WAIVER + _waiver("*", "*"), r"^P:6: waiver 2: check '\*' is a pattern \(104 checks\): " + AREA + "$"),
    (WAIVER + _waiver("*", "shop.public.orders"), r"^P:6: waiver 2: check '\*' is a pattern \(104 checks\)"),
    (_waiver("rls", "shop.public.orders"), r"^P:2: waiver 1: check 'rls' is an area \(7 checks\): " + AREA + "$"),
    (_waiver("ssl", "*", object_first=True), r"^P:3: waiver 1: check 'ssl' is an area \(12 checks\)"),
    (WAIVER + "\n\n" + _waiver("RLS-*", "shop.*"), r"^P:8: waiver 2: check 'RLS-\*' is a pattern \(7 checks\)"),
    (_waiver("SSL-00?", "setting:ssl"), r"^P:2: waiver 1: check 'SSL-00\?' is a pattern \("),
    (_waiver("[S]SL-001", "setting:ssl"), r"^P:2: waiver 1: check '\[S\]SL-001' is a pattern \(1 check\)"),
    (_waiver("ssl.ssl_enabled", "*", object_first=True),
     r"^P:2: waiver 1: object '\*' matches every object: allowed only with one check id "
     r"\(check = \"SSL-001\", not 'ssl.ssl_enabled'\)$"),
    (_waiver("grants.public_relation_privileges", "*.*"), r"^P:3: waiver 1: object '\*\.\*' matches every object"),
    (_waiver("grants.public_relation_privileges", "**"), r"^P:3: waiver 1: object '\*\*' matches every object"),
    (_waiver("grants.public_relation_privileges", "?*"), r"^P:3: waiver 1: object '\?\*' matches every object"),
    (_waiver("grants.public_relation_privileges", "[a-z]*.*"), r"^P:3: waiver 1: object '\[a-z\]\*\.\*' matches"),
])
def test_waivers_that_would_erase_an_audit_are_refused_with_file_and_line(tmp_path, text, expected):
    p = tmp_path / "pgcomply.toml"
    p.write_text(text)
    pol = load_policy(p, today=TODAY)
    with pytest.raises(PolicyError) as exc:
        validate_check_refs(pol, load_checks())
    msg = str(exc.value).replace(str(p), "P")
    assert "\n" not in msg and re.search(expected, msg), msg


def test_a_waiver_naming_one_check_id_may_cover_every_object(tmp_path):
    p = tmp_path / "pgcomply.toml"
    p.write_text(_waiver("SSL-001", "*") + _waiver("grant-001", "*.*") + _waiver("GRANT-001", "shop.public.*")
                 + _waiver("grants.public_relation_privileges", "shop.public.products")
                 + _waiver("ROLE-001", "role:*"))
    pol = load_policy(p, today=TODAY)
    validate_check_refs(pol, load_checks())
    assert [(w.check, w.object) for w in pol.waivers] == [
        ("SSL-001", "*"), ("grant-001", "*.*"), ("GRANT-001", "shop.public.*"),
        ("grants.public_relation_privileges", "shop.public.products"), ("ROLE-001", "role:*")]


def test_match_all_object_patterns_are_those_with_no_letter_or_digit():
    from auditor.engine.waivers import matches_every_object

    assert [p for p in ("*", "**", "*.*", "?*", "*:*", "[a-z]*", "[!x]*", "*.*.*", "* *", "*@*")
            if not matches_every_object(p)] == []
    assert [p for p in ("shop.*", "role:*", "hba:?", "*.public.*", "setting:ssl", "*x*", "[abc", "*1")
            if matches_every_object(p)] == []


def test_broad_waivers_given_through_the_api_are_refused_too():
    from auditor.engine.waivers import apply_waivers

    for w in (Waiver("*", "*", "r"), Waiver("rls", "shop.public.t", "r"), Waiver("ssl.ssl_enabled", "*", "r")):
        pol = Policy(waivers=(w,))
        with pytest.raises(PolicyError, match=r"^waiver 1: (check|object) '"):
            validate_check_refs(pol, load_checks())            # no file: no position
        with pytest.raises(PolicyError, match=rf"^waiver for {re.escape(w.check)} "):
            apply_waivers([], [w], TODAY)
    assert apply_waivers([], [Waiver("SSL-001", "*", "r")], TODAY) == ([], ["waiver for SSL-001 * matched no failing finding"])


def test_cli_refuses_a_waiver_for_every_check_before_connecting(tmp_path):
    p = tmp_path / "pgcomply.toml"
    p.write_text('fail_on = "high"\n[[waivers]]\ncheck = "*"\nobject = "*"\nreason = "ignore everything"\n')
    assert_one_line_error(run("audit", "host=127.0.0.1 port=1 connect_timeout=1", "--policy", str(p)),
                          f"{p}:3: waiver 1: check '*' is a pattern (104 checks)")
    p.write_text('[[waivers]]\ncheck = "SSL-001"\nobject = "*"\nreason = "lab"\n'
                 '[[waivers]]\ncheck = "grants"\nobject = "*"\nreason = "whatever"\n')
    assert_one_line_error(run("evaluate", "x.json", "--policy", str(p)), f"{p}:6: waiver 2: check 'grants' is an area")


def test_cli_reports_a_bad_check_id_in_the_policy_with_file_and_line(tmp_path):
    p = tmp_path / "pgcomply.toml"
    p.write_text('fail_on = "high"\n[[waivers]]\ncheck = "NOPE-001"\nobject = "*"\nreason = "r"\n')
    assert_one_line_error(run("audit", "host=127.0.0.1", "--policy", str(p)), f"{p}:3", "NOPE-001")
    assert_one_line_error(run("evaluate", "x.json", "--policy", str(p)), f"{p}:3")
    # a bad id given on the command line is still an error, without a file position
    assert_one_line_error(run("audit", "host=127.0.0.1", "--ignore", "NOPE-002"), "'NOPE-002'")


def test_selectors_may_be_ids_names_areas_or_patterns(tmp_path):
    pol = policy_from_text('select = ["ssl", "RLS-*", "passwords.password_encryption_scram"]\n', "p.toml")
    validate_check_refs(pol, load_checks())


def test_framework_selection_reaches_the_report(pg15):
    """Only the selected frameworks are computed (the compliance section comes from the report builder)."""
    from auditor.collect.collector import collect
    from auditor.engine.evaluate import evaluate
    from auditor.engine.report import build_report

    pol = Policy(sampling=False, select=("ssl",), frameworks=("gdpr",))
    report = build_report(evaluate(collect(pg15.dsn(), pol, databases=["postgres"]), pol))
    if "compliance" not in report:
        pytest.skip("this tree's report builder has no compliance section yet")
    assert [fw["id"] for fw in report["compliance"]] == ["gdpr"]


# -- never a traceback -------------------------------------------------------------------------------------

_SCALARS = st.one_of(st.text(max_size=12), st.integers(-5, 10**6), st.floats(allow_nan=True), st.booleans(),
                     st.dates(), st.datetimes())
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                       max_leaves=12)
_KNOWN = sorted(_TOP_KEYS) + [f.name for f in dataclasses.fields(Thresholds)] + sorted(_WAIVER_KEYS)


def _tables(keys: list[str]):
    return st.dictionaries(st.one_of(st.sampled_from(keys), st.text(max_size=8)), _VALUES, max_size=6)


_RAW = st.fixed_dictionaries({}, optional={
    "thresholds": st.one_of(_tables([f.name for f in dataclasses.fields(Thresholds)]), _VALUES),
    "waivers": st.one_of(st.lists(_tables(sorted(_WAIVER_KEYS)), max_size=3), _VALUES),
    "waiver_rules": st.one_of(_tables(["require_approver", "require_expiry", "max_days"]), _VALUES),
    "severity": st.one_of(st.dictionaries(st.text(max_size=8), st.sampled_from([s.value for s in Severity] + ["x"])),
                          _VALUES),
    "select": _VALUES, "ignore": _VALUES, "frameworks": st.one_of(st.lists(st.sampled_from(["cis", "gdpr", "x"])), _VALUES),
    "fail_on": _VALUES, "min_score": _VALUES, "sampling": _VALUES,
}) | _tables(_KNOWN)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_RAW)
def test_any_mapping_gives_a_policy_or_a_policy_error(raw):
    try:
        pol = policy_from_mapping(raw, "", "p.toml", today=TODAY)
    except PolicyError as exc:
        assert str(exc).startswith("p.toml:") and "\n" not in str(exc)
        return
    assert isinstance(pol, Policy)
    try:
        validate_check_refs(pol, load_checks())
    except PolicyError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('[]{}="\'.,#\n tabcdefilnorsuvw_-0123456789:TZ')), max_size=120))
def test_any_text_gives_a_policy_or_a_policy_error(text):
    try:
        assert isinstance(policy_from_text(text, "p.toml", today=TODAY), Policy)
    except PolicyError as exc:
        assert str(exc).startswith("p.toml") and "\n" not in str(exc)


# -- docs ----------------------------------------------------------------------------------------------------

def test_every_policy_key_is_documented():
    doc = DOCS.read_text("utf-8")
    keys = ([f.name for f in dataclasses.fields(Thresholds)] + sorted(_TOP_KEYS) + sorted(_WAIVER_KEYS)
            + [f.name for f in dataclasses.fields(WaiverRules)])
    missing = [k for k in keys if f"`{k}`" not in doc]
    assert not missing, f"document these in docs/policy.md: {missing}"
    hints = typing.get_type_hints(Thresholds)
    assert set(hints) == {f.name for f in dataclasses.fields(Thresholds)}


def test_a_key_with_a_newline_gives_a_one_line_error():
    """Hypothesis found it: a quoted TOML key may hold a newline, which must not split the message."""
    pol = policy_from_text('[severity]\n"SSL-001\\nx\\u001b" = "high"\n', "p.toml", today=TODAY)
    with pytest.raises(PolicyError) as exc:
        validate_check_refs(pol, load_checks())
    assert str(exc.value).startswith("p.toml:") and "\n" not in str(exc.value) and "\x1b" not in str(exc.value)
    assert "SSL-001\\nx\\x1b" in str(exc.value)


def test_the_policy_file_is_parsed_once_and_resolved_once(tmp_path, monkeypatch):
    """Load, validate, select and waive: one TOML parse, and each check reference resolved exactly once."""
    import tomllib

    from auditor.engine import policyfile, registry
    from auditor.engine.waivers import apply_waivers
    from auditor.model.results import Finding

    path = tmp_path / "pgcomply.toml"
    path.write_text('select = ["rls", "GRANT-001"]\nignore = ["RLS-002"]\n[severity]\n"GRANT-001" = "low"\n'
                    '[[waivers]]\ncheck = "GRANT-001"\nobject = "db.public.t"\nreason = "r"\napprover = "a"\n'
                    'expires = 2099-01-01\n', "utf-8")
    parses, resolved = [], []
    real_loads, real_resolve = tomllib.loads, registry.resolve
    text = path.read_text("utf-8")
    monkeypatch.setattr(policyfile.tomllib, "loads", lambda t: parses.append(t == text) or real_loads(t))
    monkeypatch.setattr(registry, "resolve", lambda sels, checks: resolved.extend(sels) or real_resolve(sels, checks))
    checks = load_checks()
    pol = policyfile.resolve_policy(policyfile.load_policy(path, today=TODAY), checks)
    chosen = registry.select_checks(pol, checks)
    assert policyfile.resolve_policy(pol, checks) is pol                       # resolving again is a no-op
    assert parses.count(True) == 1 and sorted(resolved) == ["GRANT-001", "GRANT-001", "GRANT-001", "RLS-002", "rls"]
    assert {c.id for c in chosen} == {c.id for c in checks.values() if c.area == "rls"} - {"RLS-002"} | {"GRANT-001"}
    f = Finding("GRANT-001", "t", "grants", "high", "fail", "db.public.t", "m", {}, "fix", {})
    out, _ = apply_waivers([f], pol.waivers, TODAY, pol.resolved.waiver_ids)
    assert [x.status for x in out] == ["waived"] and len(resolved) == 5          # waivers reuse the resolution
    assert pol.replace(sampling=False).resolved is None                          # a changed policy resolves again


def test_auditor_roles_load_and_bad_ones_name_their_line(tmp_path):
    p = tmp_path / "pgcomply.toml"
    p.write_text('sampling = false\nauditor_roles = ["audit_ro", "audit_ro", "Audit Team"]\n')
    assert load_policy(p).auditor_roles == ("audit_ro", "Audit Team")       # exact names, duplicates folded
    assert Policy().auditor_roles == ()
    for bad, needle in (('auditor_roles = "audit_ro"', "auditor_roles"), ('auditor_roles = [""]', "not a role name"),
                        ('auditor_roles = [" x"]', "not a role name"), ('auditor_roles = [1]', "auditor_roles")):
        p.write_text("sampling = false\n" + bad + "\n")
        with pytest.raises(PolicyError, match=rf"pgcomply.toml:2: .*{needle}"):
            load_policy(p)
