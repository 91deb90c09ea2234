"""The layer contract of auditor/ (see docs/architecture.md): no upward import, no import circle."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / ".ci" / "import_contract.py"
_spec = importlib.util.spec_from_file_location("import_contract", _PATH)
contract = importlib.util.module_from_spec(_spec)
sys.modules["import_contract"] = contract
_spec.loader.exec_module(contract)


def test_the_tree_keeps_the_contract():
    assert contract.check() == []


def test_every_module_has_a_layer():
    assert {m: contract.layer_of(m) for m in contract.modules() if contract.layer_of(m) is None} == {}


@pytest.mark.parametrize(("module", "added", "higher"), [
    ("auditor.model.names", "from auditor.engine.score import compute_score", "engine"),
    ("auditor.analysis.context", "    from auditor.collect.sampler import plan_table", "collect"),   # lazy import
    ("auditor.checks.rls", "from auditor.engine import registry", "engine"),
    ("auditor.engine.score", "from ..workflow.fixsql import build_script", "workflow"),             # relative
])
def test_an_upward_import_fails_the_contract(module, added, higher):
    mods = contract.modules()
    src = mods[module].read_text("utf-8")
    if added.startswith(" "):
        src += "\n\ndef _late():\n" + added + "\n"
    else:
        src += "\n" + added + "\n"
    bad = contract.check(sources={module: src})
    # engine.report <- workflow.diff already, so the upward import also closes a circle, reported on its own
    upward = [(v.module, contract.layer_of(v.imported)) for v in bad if not v.why.endswith("import circle")]
    assert upward == [(module, higher)]


def test_an_import_circle_fails_the_contract():
    mods = contract.modules()
    sources = {"auditor.model.acl": mods["auditor.model.acl"].read_text("utf-8") + "\nfrom auditor.model import names\n",
               "auditor.model.names": mods["auditor.model.names"].read_text("utf-8") + "\nimport auditor.model.acl\n"}
    bad = contract.check(sources=sources)
    assert [v.why for v in bad] == ["import circle"] and "auditor.model.acl -> auditor.model.names" in bad[0].imported


def test_the_layers_are_documented():
    doc = (Path(__file__).resolve().parent.parent / "docs" / "architecture.md").read_text("utf-8")
    for layer in contract.LAYERS:
        assert f"`{layer}`" in doc, layer
