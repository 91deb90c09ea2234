"""The check reference, docs/checks.md, generated so it cannot drift from the code.

Everything comes from a source a test already keeps honest: the registry (checks/*.toml), the framework
catalogues, the tests that name each check id, and the demo audit in sample_reports/report.json (a real
cluster's failing objects, kept current by tests/test_render_samples.py). tests/test_checkdoc.py fails when
docs/checks.md differs from what this module writes.

    python -m auditor.render.checkdoc > docs/checks.md
"""
from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Iterable

from auditor.engine.contract import Check
from auditor.engine.frameworks import load_frameworks
from auditor.engine.registry import load_checks
from auditor.engine.report import read_report
from auditor.model.results import AREA_PREFIX, AREAS
from auditor.render.text import md_escape

REPO = Path(__file__).resolve().parents[2]
COMMAND = "python -m auditor.render.checkdoc > docs/checks.md"
_ID_RE = re.compile(r"\b[A-Z]+-\d{3}\b")
_MAX_TESTS = 4      # tests listed for a check that no test is named for and its area's file does not test


@dataclass(frozen=True, slots=True)
class CoveringTest:
    path: str       # relative to the repository, e.g. tests/test_rls.py
    name: str       # the test function

    def __str__(self) -> str:
        return f"{self.path}::{self.name}"


def index_tests(root: Path = REPO) -> dict[str, list[CoveringTest]]:
    """Check id -> the test functions that name it, in their source (decorators included) or their name
    (test_rls_001_...). Module-level mentions do not count: a test has to name the check it covers."""
    name_ids = {f"{prefix.lower()}_": prefix for prefix in AREA_PREFIX.values()}
    found: dict[str, list[CoveringTest]] = {}
    for path in sorted((root / "tests").rglob("test_*.py")):
        source = path.read_text("utf-8")
        lines, rel = source.splitlines(), path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.name.startswith("test"):
                continue
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            ids = set(_ID_RE.findall("\n".join(lines[start - 1:node.end_lineno])))
            for stem, prefix in name_ids.items():
                ids |= {f"{prefix}-{n}" for n in re.findall(rf"(?:^|_){stem}(\d{{3}})(?=_|$)", node.name)}
            for cid in ids:
                found.setdefault(cid, []).append(CoveringTest(rel, node.name))
    return found


def primary_tests(check: Check, index: dict[str, list[CoveringTest]]) -> list[CoveringTest]:
    """The tests named for the check (test_rls_001_...), then the others in its area's tests/test_<area>.py."""
    refs = index.get(check.id, [])
    prefix, number = check.id.lower().split("-")
    named = [r for r in refs if re.search(rf"(?:^|_){prefix}_{number}(?=_|$)", r.name)]
    return named + [r for r in refs if r.path == f"tests/test_{check.area}.py" and r not in named]


def covering_tests(check: Check, index: dict[str, list[CoveringTest]]) -> list[CoveringTest]:
    """The primary tests, or only when there are none the first few elsewhere. Tests in other files that merely
    mention the id (CLI, fix-sql, waivers) are left out, so adding one does not make docs/checks.md stale."""
    return primary_tests(check, index) or index.get(check.id, [])[:_MAX_TESTS]


def demo_examples(root: Path = REPO) -> dict[str, dict]:
    """Check id -> its first failing finding in the demo audit (sample_reports/report.json)."""
    out: dict[str, dict] = {}
    for f in read_report(root / "sample_reports" / "report.json")["findings"]:
        if f["status"] == "fail":
            out.setdefault(f["check_id"], f)
    return out


def _area_summary(area: str) -> str:
    """The first paragraph of the area module's docstring: what the area looks at."""
    doc = import_module(f"auditor.checks.{area}").__doc__ or ""
    return " ".join(doc.strip().split("\n\n")[0].split())


def _fence(code: str, lang: str = "") -> list[str]:
    """A fenced block longer than any backtick run inside, so the code cannot close it."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{lang}", code.rstrip("\n"), fence]


def _references(check: Check, names: dict[str, str]) -> str:
    return "; ".join(f"{md_escape(names.get(fw, fw))}: {md_escape(', '.join(ids))}"
                     for fw, ids in check.references.items()) or "-"


def _check_section(check: Check, tests: list[CoveringTest], example: dict | None, names: dict[str, str]) -> list[str]:
    lines = [f"### {check.id}", "",
             f"`{check.name}`, severity **{check.severity.value}**, since {check.since}", "",
             f"**What.** {md_escape(check.title)}.", "",
             f"**Why.** {md_escape(check.rationale)}", "",
             f"**Fix.** {md_escape(check.remediation)}", ""]
    if example:
        lines += [f"**Example** (the demo audit, `sample_reports/report.json`): {md_escape(example['object'])} fails: "
                  f"{md_escape(example['message'])}", ""]
        if example.get("fix_sql"):
            lines += _fence(example["fix_sql"], "sql") + [""]
    else:
        lines += ["**Example.** The demo audit does not fail this check; the tests below build failing objects.", ""]
    lines += [f"**References.** {_references(check, names)}", ""]
    lines += [f"**Tests.** {', '.join(f'`{t}`' for t in tests) or 'none'}", ""]
    return lines


def render_checkdoc(root: Path = REPO) -> str:
    """docs/checks.md as text."""
    checks = list(load_checks().values())
    index, examples = index_tests(root), demo_examples(root)
    names = {fw.id: fw.name for fw in load_frameworks()}
    by_area = {a: [c for c in checks if c.area == a] for a in AREAS}
    areas = [a for a in AREAS if by_area[a]]
    out = ["# Check reference", "",
           f"<!-- Generated by `{COMMAND}`; do not edit (tests/test_checkdoc.py fails when it is stale). -->", "",
           f"{len(checks)} checks in {len(areas)} areas. Each entry gives what the check expects, why it matters, "
           "how to fix it, a failing object from the demo audit (`pgcomply demo`) when the demo has one, the "
           "framework references, the tests that cover it and the release that introduced it. "
           "`pgcomply explain ID` prints the same from the command line; CIS numbers follow the newest "
           "edition (docs/scoring.md).", ""]
    for area in areas:
        out.append(f"- [{area}](#{area}): {len(by_area[area])} checks")
    out.append("")
    for area in areas:
        out += [f"## {area}", "", md_escape(_area_summary(area)), "",
                "| id | title | severity | since |", "|---|---|---|---|"]
        out += [f"| [{c.id}](#{c.id.lower()}) | {md_escape(c.title)} | {c.severity.value} | {c.since} |"
                for c in by_area[area]]
        out.append("")
        for c in by_area[area]:
            out += _check_section(c, covering_tests(c, index), examples.get(c.id), names)
    return "\n".join(out).rstrip("\n") + "\n"


def uncovered(checks: Iterable[Check], root: Path = REPO) -> list[str]:
    """Check ids no test function names."""
    index = index_tests(root)
    return [c.id for c in checks if not index.get(c.id)]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else REPO
    if not (root / "tests").is_dir() or not (root / "sample_reports" / "report.json").is_file():
        print(f"checkdoc: {root} is not a pgcomply source tree (needs tests/ and sample_reports/)", file=sys.stderr)
        return 2
    sys.stdout.write(render_checkdoc(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
