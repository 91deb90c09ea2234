"""Check metadata: the registry loads, ids are well formed, framework references point at real requirements."""
from __future__ import annotations

import pytest

from auditor.engine.frameworks import load_frameworks
from auditor.model.policy import Policy, PolicyError
from auditor.engine.registry import checks_from_metadata, load_checks, resolve, select_checks
from auditor.model.results import AREAS, Severity
from auditor.engine.contract import Check, RegistryError


def test_every_check_has_metadata_and_known_references():
    checks = load_checks()
    assert checks
    frameworks = {fw.id: fw for fw in load_frameworks()}
    for c in checks.values():
        assert c.area in AREAS and c.name.startswith(c.area + ".")
        assert c.references, f"{c.id} maps to no framework"
        for fw, ids in c.references.items():
            assert fw in frameworks, f"{c.id}: unknown framework {fw}"
            for rid in ids:
                assert frameworks[fw].requirement(rid), f"{c.id}: {fw} has no requirement {rid!r}"
            assert len(ids) == len(set(ids)), f"{c.id}: duplicate {fw} reference"


def test_frameworks_have_unique_requirement_ids():
    for fw in load_frameworks():
        ids = [r.id for r in fw.requirements]
        assert len(ids) == len(set(ids)), fw.id


def test_bad_metadata_is_refused():
    with pytest.raises(RegistryError):
        Check(id="SSL-1", name="ssl.x", area="ssl", title="t", severity=Severity.LOW, rationale="r",
              remediation="m", run=lambda ctx: (), since="0.1.0")
    with pytest.raises(RegistryError):
        Check(id="PWD-001", name="ssl.x", area="ssl", title="t", severity=Severity.LOW, rationale="r",
              remediation="m", run=lambda ctx: (), since="0.1.0")
    with pytest.raises(RegistryError):
        Check(id="SSL-999", name="ssl.x", area="ssl", title="Ensure ssl is on", severity=Severity.LOW,
              rationale="r", remediation="m", run=lambda ctx: (), since="0.1.0")


@pytest.mark.parametrize("since", ["0.1", "v0.1.0", "0.1.0-rc1", "01.2.3", "", "latest", 1])
def test_since_must_be_a_release_version(since):
    with pytest.raises(RegistryError, match="since"):
        Check(id="SSL-999", name="ssl.x", area="ssl", title="t", severity=Severity.LOW, rationale="r",
              remediation="m", run=lambda ctx: (), since=since)


def test_since_is_required_in_the_toml_and_loaded():
    table = {"id": "SSL-999", "title": "t", "severity": "low", "rationale": "r", "remediation": "m"}
    funcs = {"x": _in_module(lambda ctx: (), "auditor.checks.ssl")}
    with pytest.raises(RegistryError, match=r"\[x\]: missing keys \['since'\]"):
        checks_from_metadata("ssl", funcs, {"x": table})
    (check,) = checks_from_metadata("ssl", funcs, {"x": {**table, "since": "1.12.0"}})
    assert (check.id, check.name, check.since) == ("SSL-999", "ssl.x", "1.12.0")
    assert all(c.since for c in load_checks().values())


def test_selectors_by_id_name_area_and_glob():
    checks = load_checks()
    first = next(iter(checks.values()))
    assert resolve([first.id], checks) == {first.id}
    assert resolve([first.name], checks) == {first.id}
    assert resolve([first.area], checks) == {c.id for c in checks.values() if c.area == first.area}
    assert resolve([first.id.split("-")[0] + "-*"], checks) == {c.id for c in checks.values() if c.area == first.area}
    with pytest.raises(PolicyError):
        resolve(["no_such_area"], checks)
    chosen = select_checks(Policy(select=("ssl", "rls"), ignore=(first.id,)), checks)
    assert first.id not in {c.id for c in chosen}
    assert {c.area for c in chosen} <= {"ssl", "rls"}


def _in_module(func, module):
    func.__module__ = module
    return func


@pytest.mark.parametrize(("module", "ok"), [("auditor.checks.ssl", True), ("auditor.checks.ssl_certificates", True),
                                            ("auditor.checks._common", False), ("auditor.checks.sslx", False),
                                            ("auditor.checks.grants", False), ("tests.helpers", False)])
def test_a_check_lives_in_its_area_module_never_in_a_helper(module, ok):
    table = {"id": "SSL-999", "title": "t", "severity": "low", "since": "0.2.0", "rationale": "r", "remediation": "m"}
    funcs = {"x": _in_module(lambda ctx: (), module)}
    if ok:
        assert [c.id for c in checks_from_metadata("ssl", funcs, {"x": table})] == ["SSL-999"]
    else:
        with pytest.raises(RegistryError, match=rf"x is defined in {module}; a check lives in checks/ssl.py"):
            checks_from_metadata("ssl", funcs, {"x": table})


def test_every_registered_check_is_defined_in_its_area_module():
    homes = {c.id: c.run.__module__ for c in load_checks().values()}
    assert {cid: m for cid, m in homes.items() if not m.startswith("auditor.checks.") or
            m.split(".")[2].startswith("_")} == {}


def test_names_from_metadata_are_the_loaded_checks_names():
    """The CLI resolves a policy from the metadata alone (check_names), before the checks' code is imported; it must
    name exactly the checks load_checks builds, so a selector resolves to the same ids either way."""
    from auditor.engine.registry import check_names
    names, checks = check_names(), load_checks()
    assert list(names) == list(checks)
    assert all((n.name, n.area, n.aliases) == (checks[i].name, checks[i].area, checks[i].aliases)
               for i, n in names.items())
    for selector in ("RLS-002", "rls", "RLS-*", "rls.policy_always_true", "sensitive_data"):
        assert resolve([selector], names) == resolve([selector], checks)


def test_the_command_line_starts_without_the_checks_or_the_classifier():
    """`pgcomply audit` imports the checks (and the classifier they use) on a thread while the catalog is read
    (workflow/pipeline.py); importing the command line must not pull them in first, or nothing overlaps."""
    import subprocess
    import sys
    from pathlib import Path
    code = ("import sys, auditor.cli.main; bad = sorted(m for m in sys.modules if m.startswith("
            "('auditor.checks.', 'auditor.analysis.classify', 'auditor.engine.evaluate'))); assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)


def test_checks_load_beside_the_collection_once():
    """run_audit's loading thread fills load_checks' cache and gives the interpreter its switch interval back; when
    the checks are loaded already (a fleet loads them before its threads), it starts no thread at all."""
    import sys
    import threading
    from auditor.workflow import pipeline
    interval = sys.getswitchinterval()
    load_checks.cache_clear()
    with pipeline._checks_loading_aside():
        pass
    assert load_checks.cache_info().currsize == 1 and sys.getswitchinterval() == interval
    started = threading.active_count()
    with pipeline._checks_loading_aside():
        assert threading.active_count() == started and sys.getswitchinterval() == interval
