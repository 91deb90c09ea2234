"""The build gates of .ci/run fail on bad code: ruff, mypy (.ci/typecheck.py) and vulture (.ci/deadcode.py).

Each runs on a tiny tree in a temp directory with the repository's own pyproject.toml, so what is proved is the
configured gate, not the tool's defaults. The gates over the real tree run in .ci/run.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300,
                          check=False)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    """A repository-shaped tree: this pyproject.toml, the packages the gates look at, and `files`."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for pkg in ("auditor", "auditor/model", "auditor/engine", "checks", "tests", "benchmarks", ".ci"):
        (tmp_path / pkg).mkdir(exist_ok=True)
        if pkg not in ("benchmarks", ".ci"):
            (tmp_path / pkg / "__init__.py").write_text("")
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return tmp_path


def test_ruff_fails_on_an_unused_import_a_bare_broad_except_and_an_all_interfaces_bind(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\n\ndef f():\n    try:\n        return 1\n    except Exception:\n        return '0.0.0.0'\n")
    proc = _run("-m", "ruff", "check", "--no-cache", "--config", ROOT / "pyproject.toml", "--output-format",
                "concise", bad)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert {line.split()[1] for line in proc.stdout.splitlines() if line.startswith(str(bad))} == \
        {"F401", "BLE001", "S104"}


def test_ruff_passes_the_same_code_fixed(tmp_path):
    good = tmp_path / "good.py"
    good.write_text("def f():\n    try:\n        return 1\n    except Exception:  # noqa: BLE001 - a test\n"
                    "        return '127.0.0.1'\n")
    proc = _run("-m", "ruff", "check", "--no-cache", "--config", ROOT / "pyproject.toml", good)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_gate_fails_on_an_ill_typed_check_and_names_it_by_its_repository_path(tmp_path):
    root = _tree(tmp_path, {"checks/bad.py": "def f(x: int | None) -> int:\n    return x + 1\n",
                            "auditor/engine/ok.py": "def g(x: int) -> int:\n    return x + 1\n"})
    proc = _run(ROOT / ".ci" / "typecheck.py", "--root", root)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    assert [e.split(":")[:2] for e in errors] == [["checks/bad.py", "2"]]

    (root / "checks" / "bad.py").write_text("def f(x: int | None) -> int:\n    return (x or 0) + 1\n")
    proc = _run(ROOT / ".ci" / "typecheck.py", "--root", root)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_deadcode_gate_fails_on_an_unused_function_but_not_on_a_field_only_a_template_reads(tmp_path):
    root = _tree(tmp_path, {"auditor/view.py": (
        "from dataclasses import dataclass\n\n\n"
        "@dataclass\nclass View:\n    shown_in_template: str\n\n\n"
        "def used() -> View:\n    return View('x')\n\n\n"
        "def forgotten() -> int:\n    return 1\n"),
        "tests/test_view.py": "from auditor.view import used\n\n\ndef test_used():\n    assert used()\n"})
    proc = _run(ROOT / ".ci" / "deadcode.py", "--root", root)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == ["auditor/view.py:13: unused function 'forgotten' (60% confidence)"]

    (root / "auditor" / "view.py").write_text((root / "auditor" / "view.py").read_text().split("\n\n\ndef forgotten")[0])
    proc = _run(ROOT / ".ci" / "deadcode.py", "--root", root)
    assert (proc.returncode, proc.stdout) == (0, "")
