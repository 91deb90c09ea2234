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
    funcs = {"x": lambda ctx: ()}
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
