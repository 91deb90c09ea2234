"""Check metadata: the registry loads, ids are well formed, framework references point at real requirements."""
from __future__ import annotations

import pytest

from auditor.engine.frameworks import load_frameworks
from auditor.model.policy import Policy, PolicyError
from auditor.engine.registry import load_checks, resolve, select_checks
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
              remediation="m", run=lambda ctx: ())
    with pytest.raises(RegistryError):
        Check(id="PWD-001", name="ssl.x", area="ssl", title="t", severity=Severity.LOW, rationale="r",
              remediation="m", run=lambda ctx: ())
    with pytest.raises(RegistryError):
        Check(id="SSL-999", name="ssl.x", area="ssl", title="Ensure ssl is on", severity=Severity.LOW,
              rationale="r", remediation="m", run=lambda ctx: ())


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
