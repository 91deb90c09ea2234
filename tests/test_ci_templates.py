"""The GitHub Action (action.yml) and the GitLab CI template: valid against their published schemas (SchemaStore's,
as check-jsonschema vendors them, so no network), consistent with themselves and with `pgcomply audit`'s options,
and the Action's audit script run for real against a schema on PostgreSQL 15."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
ACTION = ROOT / "action.yml"
GITLAB = ROOT / "ci-templates" / "pgcomply.gitlab-ci.yml"


def _load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text())


@pytest.mark.parametrize(("path", "schema"), [(ACTION, "vendor.github-actions"), (GITLAB, "vendor.gitlab-ci")])
def test_ci_templates_validate_against_their_published_schemas(path, schema):
    out = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                         capture_output=True, text=True, check=False, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


def test_ci_templates_action_uses_only_declared_inputs_and_outputs():
    action = _load(ACTION)
    assert action["runs"]["using"] == "composite"
    text = ACTION.read_text()
    used = set(re.findall(r"inputs\.([a-z][a-z0-9-]*)", text))
    assert used == set(action["inputs"]), used ^ set(action["inputs"])
    steps = {s.get("id"): s for s in action["runs"]["steps"]}
    for ref in re.findall(r"steps\.([a-z]+)\.outputs", text):
        assert ref in steps
    uploads = [s for s in action["runs"]["steps"] if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    assert len(uploads) == 1 and uploads[0]["with"]["sarif_file"] == "${{ steps.audit.outputs.sarif }}"
    for s in action["runs"]["steps"]:          # inputs reach scripts through env, never pasted into the shell text
        assert "${{" not in s.get("run", ""), s.get("name")


def _audit_flags() -> set[str]:
    out = subprocess.run([sys.executable, "-m", "auditor", "audit", "--help"], capture_output=True, text=True,
                         check=True, timeout=60)
    return set(re.findall(r"--[a-z][a-z-]+", out.stdout))


def test_ci_templates_pass_only_options_pgcomply_audit_has():
    flags = _audit_flags()
    action_run = "\n".join(s.get("run", "") for s in _load(ACTION)["runs"]["steps"])
    gitlab_run = "\n".join(_load(GITLAB)[".pgcomply-schema"]["script"])
    for script in (action_run, gitlab_run):
        passed = set(re.findall(r"(?<![\w-])(--(?:schema|baseline-schema|baseline-ref|seed|pg-version|fail-on|policy|commit|format))"
                                r"(?![\w-])", script))
        assert passed and passed <= flags, passed - flags
    job = _load(GITLAB)[".pgcomply-schema"]
    out = job["variables"]["PGCOMPLY_OUT"]
    assert job["artifacts"]["reports"] == {"junit": f"{out}/report.junit.xml", "sarif": f"{out}/report.sarif"}


def test_ci_templates_action_audit_step_runs_a_schema_gate(tmp_path, pg15_bindir):
    step = next(s for s in _load(ACTION)["runs"]["steps"] if s.get("id") == "audit")
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "V1__t.sql").write_text("CREATE TABLE public.t (id int);\nGRANT SELECT ON public.t TO PUBLIC;\n")
    gh_out, summary = tmp_path / "gh_output", tmp_path / "summary.md"
    env = {**os.environ, "SCHEMA": str(tmp_path / "m"), "BASELINE": "", "BASELINE_REF": "", "DSN": "", "PG_VERSION": "15", "SEED": "",
           "FAIL_ON": "high", "POLICY": "", "OUT": str(tmp_path / "out"), "FORMATS": "json,md,sarif",
           "COMMIT": "0123456789abcdef0123456789abcdef01234567", "GITHUB_OUTPUT": str(gh_out),
           "GITHUB_STEP_SUMMARY": str(summary), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, capture_output=True, text=True, timeout=300,
                          check=False, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr                     # the step records the code; the Gate step exits
    outputs = dict(line.split("=", 1) for line in gh_out.read_text().splitlines())
    assert outputs == {"exit-code": "1", "sarif": f"{tmp_path / 'out'}/report.sarif"}
    assert "pgcomply gate: failed" in summary.read_text()
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["target"]["schema"]["commit"] == "0123456789abcdef0123456789abcdef01234567"
