"""docs/checks.md is generated and current, and every check is covered by a test that names it.

This file names no real check id on purpose: it must not count as covering one.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from auditor.engine.registry import load_checks
from auditor.render.checkdoc import (COMMAND, REPO, CoveringTest, covering_tests, demo_examples, main, primary_tests,
                                     render_checkdoc, index_tests, uncovered)


def test_docs_checks_md_is_current():
    committed = (REPO / "docs" / "checks.md").read_text("utf-8")
    assert committed == render_checkdoc(), f"docs/checks.md is stale: run `{COMMAND}`"


def test_every_check_is_named_by_a_test_of_its_own():
    """A test named for the check (test_rls_001_...) or in its area's test file names its id."""
    checks = load_checks()
    assert uncovered(checks.values()) == []
    index = index_tests()
    assert [c.id for c in checks.values() if not primary_tests(c, index)] == []


def test_reference_has_every_check_with_its_fields():
    doc = (REPO / "docs" / "checks.md").read_text("utf-8")
    for c in load_checks().values():
        section = doc.split(f"\n### {c.id}\n", 1)[1].split("\n### ", 1)[0]
        assert f"`{c.name}`, severity **{c.severity.value}**, since {c.since}" in section
        for label in ("**What.**", "**Why.**", "**Fix.**", "**References.**", "**Tests.** `tests/"):
            assert label in section, (c.id, label)


def _tree(tmp_path: Path, tests: dict[str, str], findings: list[dict]) -> Path:
    (tmp_path / "tests").mkdir()
    for name, text in tests.items():
        (tmp_path / "tests" / name).write_text(text)
    (tmp_path / "sample_reports").mkdir()
    report = json.loads((REPO / "sample_reports" / "report.json").read_text("utf-8"))
    (tmp_path / "sample_reports" / "report.json").write_text(json.dumps({**report, "findings": findings}))
    return tmp_path


def test_tests_are_found_by_body_decorator_and_name_not_module_text(tmp_path):
    root = _tree(tmp_path, {
        "test_rls.py": 'IDS = ["RLS-997"]\n\n'
                       'def test_body():\n    assert run(["RLS-998"])\n\n'
                       '@pytest.mark.parametrize("cid", ["RLS-999"])\ndef test_param(cid):\n    pass\n\n'
                       'def test_rls_996_and_997_named():\n    pass\n\n'
                       'def helper_not_a_test():\n    "RLS-995"\n',
        "test_other.py": 'def test_elsewhere():\n    "RLS-998"\n',
    }, [])
    index = index_tests(root)
    assert index == {
        "RLS-998": [CoveringTest("tests/test_other.py", "test_elsewhere"), CoveringTest("tests/test_rls.py", "test_body")],
        "RLS-999": [CoveringTest("tests/test_rls.py", "test_param")],
        "RLS-996": [CoveringTest("tests/test_rls.py", "test_rls_996_and_997_named")],
    }
    assert str(index["RLS-999"][0]) == "tests/test_rls.py::test_param"


def test_covering_tests_prefer_named_then_own_area_file(tmp_path):
    rls = next(c for c in load_checks().values() if c.area == "rls")
    n = rls.id.split("-")[1]
    own, named, other = (CoveringTest("tests/test_rls.py", "test_x"), CoveringTest("tests/test_b.py", f"test_rls_{n}_y"),
                         CoveringTest("tests/test_a.py", "test_z"))
    assert covering_tests(rls, {rls.id: [other, own, named]}) == [named, own]
    assert covering_tests(rls, {rls.id: [other]}) == [other]
    assert primary_tests(rls, {rls.id: [other]}) == []


def test_demo_examples_are_the_first_failing_finding(tmp_path):
    f = {"area": "rls", "object": "shop.public.a", "severity": "high", "message": "m", "references": {}}
    root = _tree(tmp_path, {}, [{**f, "check_id": "RLS-999", "status": "pass", "object": "shop.public.ok"},
                                {**f, "check_id": "RLS-999", "status": "fail"},
                                {**f, "check_id": "RLS-999", "status": "fail", "object": "shop.public.b"}])
    assert {k: v["object"] for k, v in demo_examples(root).items()} == {"RLS-999": "shop.public.a"}


def test_main_refuses_a_tree_without_tests(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    assert "not a pgcomply source tree" in capsys.readouterr().err


def test_names_in_examples_are_escaped(tmp_path):
    """An object name from a report can neither become a link nor HTML in the generated page."""
    check = next(iter(load_checks().values()))
    evil = "x](https://evil.example) <img src=x>"
    f = {"area": check.area, "check_id": check.id, "status": "fail", "object": evil, "severity": "high",
         "message": evil, "references": {}}
    root = _tree(tmp_path, {}, [f])
    shutil.rmtree(root / "tests")
    shutil.copytree(REPO / "tests", root / "tests")
    doc = render_checkdoc(root)
    assert "<img" not in doc and not re.search(r"(?<!\\)\]\(https://evil", doc)
    assert "x\\](https://evil.example) &lt;img src=x&gt;" in doc


def test_documentation_links_point_at_files():
    """The README's Documentation list, CONTRIBUTING.md and CHANGELOG.md link only files that exist."""
    readme = (REPO / "README.md").read_text("utf-8")
    for name in ("CONTRIBUTING.md", "CHANGELOG.md", "docs/checks.md", "docs/architecture.md"):
        assert f"]({name})" in readme, name
    for doc in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md"):
        for target in re.findall(r"\]\(([^)#:]+)\)", (REPO / doc).read_text("utf-8")):
            assert (REPO / target).exists(), (doc, target)
