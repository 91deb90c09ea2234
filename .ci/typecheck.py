"""Type-check gate: mypy over the packages named in pyproject's [tool.mypy] (model, engine, checks).

checks/ installs as auditor.checks through setuptools package-dir, and an editable install maps it with an import
hook that mypy does not follow. So mypy runs in a throwaway link tree where auditor/checks points at checks/, and
the paths it prints are mapped back to the repository's. Run by .ci/run; tests/test_gates.py proves it fails.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Installed name -> folder in the repository ([tool.setuptools.package-dir] in pyproject.toml).
MAPPED = {"checks": "checks", "report_templates": "report_templates"}


def link_tree(root: Path, into: Path) -> None:
    """into/auditor mirrors root/auditor, plus auditor/<name> -> root/<folder> for the mapped packages."""
    pkg = into / "auditor"
    pkg.mkdir()
    for entry in (root / "auditor").iterdir():
        if entry.name != "__pycache__":
            (pkg / entry.name).symlink_to(entry)
    for name, folder in MAPPED.items():
        if (root / folder).is_dir():
            (pkg / name).symlink_to(root / folder)


def run(root: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="pgcomply-mypy-") as tmp:
        link_tree(root, Path(tmp))
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", "--config-file", str(root / "pyproject.toml"), "--cache-dir", os.devnull],
            cwd=tmp, capture_output=True, text=True, check=False)
    out = proc.stdout + proc.stderr
    for name, folder in MAPPED.items():
        out = out.replace(f"auditor/{name}/", f"{folder}/")
    sys.stdout.write(out)
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="repository to check (default: this one)")
    return run(parser.parse_args().root.resolve())


if __name__ == "__main__":
    sys.exit(main())
