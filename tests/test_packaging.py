"""`pip install .` installs one top-level package, `auditor`, with the checks and templates inside it."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_only_the_auditor_package(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(ROOT)], check=True, capture_output=True, cwd=tmp_path)
    wheel, = tmp_path.glob("pgcomply-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"auditor"}
    for expected in ("auditor/checks/ssl.py", "auditor/checks/ssl.toml", "auditor/checks/frameworks/gdpr.toml",
                     "auditor/report_templates/report.html.j2", "auditor/lab/demo/schema.sql"):
        assert expected in names
