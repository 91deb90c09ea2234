"""`pgcomply audit --targets FILE`: many clusters, a bounded number at a time, one report set each plus a summary.

Targets file: one libpq DSN or URI per line (`service=name` works too; `#` starts a comment), or
TOML with `[[target]]` tables (`name`, and `dsn` or `service`). Each target writes into
OUT/<name>/, where <name> is reduced to [A-Za-z0-9._-] so a hostile name cannot leave OUT.
A target that cannot be reached or audited is reported with its one-line error and the others go on.
Exit code: the worst of the targets, an unreachable target counting as 2 (see docs/ci.md).
"""
from __future__ import annotations

import dataclasses
import os
import re
import threading
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from auditor.collect.connect import ConnectError, mask_dsn, one_line, parse_dsn
from auditor.workflow.pipeline import EXIT_FINDINGS, EXIT_INCOMPLETE, EXIT_OK, EXIT_USAGE, AuditRun
from auditor.model.results import Severity
from auditor.render.text import md_escape

FLEET_KIND = "pgcomply-fleet"
SUMMARY_FILES = ("fleet.json", "fleet.md")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_RENDER_LOCK = threading.Lock()


class FleetError(ValueError):
    """A targets file that cannot be used; one line with file and line."""


@dataclass(frozen=True)
class Target:
    name: str          # unique, safe as a directory name
    dsn: str           # may hold a password: never printed or written
    line: int

    @property
    def label(self) -> str:
        return mask_dsn(self.dsn)


@dataclass
class TargetResult:
    target: Target
    out_dir: Path
    run: AuditRun | None = None
    error: str | None = None
    bundle: Path | None = None
    baseline: Path | None = None
    recorded_before: int | None = None   # a rerun: this fleet run already recorded the target, with this exit code

    @property
    def exit_code(self) -> int:
        if self.recorded_before is not None:
            return self.recorded_before
        return self.run.exit_code if self.run is not None and self.error is None else EXIT_USAGE


def safe_name(text: str) -> str:
    """A directory name that stays inside its parent whatever the input: no separators, no '..', no dot-files."""
    name = _UNSAFE.sub("_", text).strip("._-")[:80] or "target"
    return name + "_" if name in SUMMARY_FILES else name


def _default_name(params: dict[str, str]) -> str:
    if params.get("service"):
        return params["service"]
    host = params.get("host") or params.get("hostaddr") or "local"
    host = "local" if host.startswith("/") else host.split(",")[0]
    return "_".join(p for p in (host, params.get("port", "").split(",")[0], params.get("dbname", "")) if p)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for n in names:
        key = n.lower()
        seen[key] = seen.get(key, 0) + 1
        out.append(n if seen[key] == 1 else f"{n}-{seen[key]}")
    return out


def _checked_dsn(dsn: str, where: str) -> dict[str, str]:
    try:
        return parse_dsn(dsn)
    except ConnectError as exc:
        raise FleetError(f"{where}: {exc}") from None


def _from_toml(text: str, path: str) -> list[tuple[str | None, str, int]]:
    from auditor.engine.policyfile import _Locator

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FleetError(f"{path}: invalid TOML: {exc}") from None
    loc = _Locator(text)
    if extra := sorted(set(raw) - {"target"}):
        raise FleetError(f"{path}:{loc.line(extra[0])}: unknown key {extra[0]!r} (expected [[target]] tables)")
    items = raw.get("target", [])
    if not isinstance(items, list):
        raise FleetError(f"{path}:{loc.line('target')}: target must be an array of tables ([[target]])")
    out = []
    for i, t in enumerate(items):
        line = loc.line("target", i)
        if not isinstance(t, dict):
            raise FleetError(f"{path}:{line}: target {i + 1} must be a table")
        if extra := sorted(set(t) - {"name", "dsn", "service"}):
            raise FleetError(f"{path}:{loc.line('target', i, extra[0])}: unknown key {extra[0]!r} in target {i + 1} "
                             "(expected name, dsn, service)")
        if ("dsn" in t) == ("service" in t):
            raise FleetError(f"{path}:{line}: target {i + 1} needs exactly one of dsn or service")
        for k in ("name", "dsn", "service"):
            if k in t and (not isinstance(t[k], str) or not t[k].strip()):
                raise FleetError(f"{path}:{loc.line('target', i, k)}: target {i + 1}: {k} must be a non-empty string")
        dsn = t["dsn"] if "dsn" in t else f"service={t['service'].strip()}"
        out.append((t.get("name"), dsn, loc.line("target", i, "dsn" if "dsn" in t else "service")))
    return out


def parse_targets(path: str | Path) -> list[Target]:
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise FleetError(f"{p}: cannot read targets file: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise FleetError(f"{p}: targets file is not UTF-8 text") from None
    if p.suffix == ".toml" or re.search(r"^\s*\[\[\s*target\s*\]\]", text, re.M):
        entries = _from_toml(text, str(p))
    else:
        entries = [(None, line.strip(), n) for n, line in enumerate(text.splitlines(), 1)
                   if line.strip() and not line.lstrip().startswith("#")]
    if not entries:
        raise FleetError(f"{p}: no targets")
    names = []
    for name, dsn, line in entries:
        params = _checked_dsn(dsn, f"{p}:{line}")
        names.append(safe_name(name if name else _default_name(params)))
    return [Target(n, dsn, line) for n, (_, dsn, line) in zip(_unique(names), entries)]


def _secrets(dsn: str) -> list[str]:
    out = [os.environ.get("PGPASSWORD", "")]
    try:
        out.append(parse_dsn(dsn).get("password", ""))
    except ConnectError:
        pass
    return [s for s in out if s]


def _scrub(text: str, dsn: str) -> str:
    for s in _secrets(dsn):
        text = text.replace(s, "********")
    return text


def shard_of(targets: Sequence[Target], shard: tuple[int, int] | None) -> list[Target]:
    """Shard K of N (1-based): every Nth target of the file from the Kth, so N workers split it without talking."""
    if shard is None:
        return list(targets)
    k, n = shard
    return [t for i, t in enumerate(targets) if i % n == k - 1]


def parse_shard(spec: str) -> tuple[int, int]:
    """'K/N' (1 <= K <= N), or 'index/N' for a Kubernetes Indexed Job ($JOB_COMPLETION_INDEX, 0-based, + 1)."""
    k_text, sep, n_text = spec.partition("/")
    if k_text.strip().lower() == "index":
        index = os.environ.get("JOB_COMPLETION_INDEX", "")
        if not index.isdigit():
            raise FleetError("--shard index/N needs $JOB_COMPLETION_INDEX (set by a Kubernetes Indexed Job)")
        k_text = str(int(index) + 1)
    if not sep or not k_text.strip().isdigit() or not n_text.strip().isdigit():
        raise FleetError(f"--shard {spec!r}: expected K/N, e.g. 2/3 (or index/N in a Kubernetes Indexed Job)")
    k, n = int(k_text), int(n_text)
    if not 1 <= k <= n:
        raise FleetError(f"--shard {spec!r}: K must be between 1 and N")
    return k, n


def _audit_one(t: Target, policy: Any, formats: Sequence[str], out_root: Path, databases: Sequence[str] | None,
               baseline_dir: Path | None, evidence_dir: Path | None, signer: Any,
               recorder: Any = None, baseline_last: bool = False) -> TargetResult:
    from auditor.workflow.bundle import bundle_record, write_bundle
    from auditor.workflow.diff import load_report
    from auditor.workflow.pipeline import HistoryPlan, run_audit
    from auditor.render import output_paths, render

    res = TargetResult(t, out_root / t.name)
    try:
        plan = None
        if recorder is not None:
            rid, before = recorder.begin(t.name, t.label)
            if before is not None:
                res.recorded_before = before
                return res
            plan = HistoryPlan(recorder, target=t.name, baseline_last=baseline_last, run_id=rid, finish_later=True)
        baseline = None
        if baseline_dir is not None and (baseline_dir / t.name / "report.json").is_file():
            res.baseline = baseline_dir / t.name / "report.json"
            baseline = load_report(res.baseline)
        bundle = bundle_record(evidence_dir / t.name, signer) if evidence_dir is not None else None
        run = run_audit(t.dsn, policy, formats, None, databases=databases, baseline=baseline,   # collect in parallel
                        history=plan, bundle=bundle)
        with _RENDER_LOCK:   # one at a time: PDF layout is CPU-bound, and weasyprint is not documented as thread-safe
            files = []
            for fmt in formats:
                render(fmt, run.report, res.out_dir)
                files += output_paths(fmt, res.out_dir)
            res.run = dataclasses.replace(run, files=tuple(files))
            if evidence_dir is not None:
                res.bundle = write_bundle(evidence_dir / t.name, snapshot=run.snapshot, report=run.report,
                                          policy=policy, key=signer, secrets=_secrets(t.dsn)).parent
        if plan is not None:
            plan.finish(run.report, run.exit_code)
            if plan.error:
                res.error = f"audited, but not recorded in the history: {plan.error}"
    except Exception as exc:  # noqa: BLE001 - one broken target must not stop the fleet
        # Our own one-line errors (ConnectError, policy and file problems) are safe to show; anything else keeps
        # its class only, since a server's or a library's message can quote what the audited database holds.
        ours = isinstance(exc, ConnectError) or type(exc).__module__.split(".")[0] == "auditor"
        text = str(exc) if ours else type(exc).__name__
        res.error = _scrub(one_line(text), t.dsn)[:300] or type(exc).__name__
    return res


def audit_fleet(targets: Sequence[Target], policy: Any, formats: Sequence[str], out_root: Path, *,
                databases: Sequence[str] | None = None, jobs: int = 4, baseline_dir: Path | None = None,
                evidence_dir: Path | None = None, signer: Any = None, recorder: Any = None,
                baseline_last: bool = False) -> list[TargetResult]:
    """Audit every target with at most `jobs` at a time; results in the targets file's order. With a recorder,
    each target is recorded into the history, and one its fleet run already recorded is skipped."""
    from auditor.engine.registry import load_checks
    load_checks()   # import every check module once, before threads start
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(targets))), thread_name_prefix="pgcomply") as pool:
        futures = [pool.submit(_audit_one, t, policy, formats, out_root, databases, baseline_dir, evidence_dir, signer,
                               recorder, baseline_last) for t in targets]
        return [f.result() for f in futures]


# Worst first: could not audit a target, audited only part of one, a gate failed, all clear.
_EXIT_PRIORITY = (EXIT_USAGE, EXIT_INCOMPLETE, EXIT_FINDINGS, EXIT_OK)


def fleet_exit_code(results: Sequence[TargetResult]) -> int:
    codes = {r.exit_code for r in results}
    return next((c for c in _EXIT_PRIORITY if c in codes), EXIT_OK)


def summarize(results: Sequence[TargetResult]) -> dict[str, Any]:
    rows = []
    for r in results:
        row: dict[str, Any] = {"name": r.target.name, "target": r.target.label, "exit_code": r.exit_code,
                               "report_dir": r.target.name, "status": "error" if r.error else "audited"}
        if r.recorded_before is not None:
            row["status"] = "recorded_earlier"   # a rerun of this fleet run: the history already holds it
        if r.error:
            row["error"] = r.error
        if r.run is not None:
            rep = r.run.report
            by_status: dict[str, int] = {}
            for f in rep["findings"]:
                by_status[f["status"]] = by_status.get(f["status"], 0) + 1
            row |= {"score": rep["score"]["value"], "grade": rep["score"]["grade"],
                    "server_version": rep["target"].get("server_version"),
                    "failing": {s.value: sum(1 for f in rep["findings"] if f["status"] == "fail"
                                             and f["severity"] == s.value) for s in Severity},
                    "waived": by_status.get("waived", 0), "not_assessable": by_status.get("not_assessable", 0),
                    "errors": by_status.get("error", 0), "gate": list(r.run.reasons),
                    "baseline": str(r.baseline) if r.baseline else None}
        if r.bundle is not None:
            row["evidence"] = str(r.bundle)
        rows.append(row)
    audited = [r for r in rows if r["status"] == "audited"]
    earlier = sum(1 for r in rows if r["status"] == "recorded_earlier")
    return {"kind": FLEET_KIND, "targets": rows, "exit_code": fleet_exit_code(results),
            "totals": {"targets": len(rows), "audited": len(audited), **({"recorded_earlier": earlier} if earlier else {}),
                       "unreachable": len(rows) - len(audited) - earlier,
                       "gate_failed": sum(1 for r in audited if r["exit_code"] != EXIT_OK)}}


def to_markdown(summary: dict[str, Any]) -> str:
    t = summary["totals"]
    lines = ["# pgcomply fleet audit", "",
             f"{t['targets']} targets · {t['audited']} audited · {t['unreachable']} not audited · "
             f"{t['gate_failed']} failed the gate · exit code {summary['exit_code']}", "",
             "| Target | Score | Critical | High | Medium | Low | Waived | Not assessable | Result |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in summary["targets"]:
        if r["status"] == "error":
            lines.append(f"| {md_escape(r['name'])} | - | - | - | - | - | - | - | not audited: {md_escape(r['error'])} |")
            continue
        if r["status"] == "recorded_earlier":
            lines.append(f"| {md_escape(r['name'])} | - | - | - | - | - | - | - | recorded earlier in this fleet run |")
            continue
        f = r["failing"]
        result = "; ".join(r["gate"]) or "ok"
        lines.append(f"| [{md_escape(r['name'])}]({r['report_dir']}/) | {md_escape(r['score'])} ({r['grade']}) | {f['critical']} | "
                     f"{f['high']} | {f['medium']} | {f['low']} | {r['waived']} | {r['not_assessable']} | {md_escape(result)} |")
    return "\n".join(lines) + "\n"


def write_summary(summary: dict[str, Any], out_root: Path) -> list[Path]:
    import json

    from auditor.outputs import write_file
    js, md = (out_root / n for n in SUMMARY_FILES)
    write_file(js, json.dumps(summary, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    write_file(md, to_markdown(summary))
    return [js, md]


def print_summary(summary: dict[str, Any], console: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    from auditor.render.console import SEVERITY_STYLE

    table = Table(title="pgcomply fleet audit", title_justify="left")
    table.add_column("target", overflow="fold")
    table.add_column("score", justify="right")
    for sev in ("critical", "high", "medium", "low"):
        table.add_column(sev, justify="right", style=SEVERITY_STYLE[sev])
    table.add_column("waived", justify="right")
    table.add_column("result", overflow="fold")
    for r in summary["targets"]:
        if r["status"] == "error":
            table.add_row(Text(r["name"]), "-", "-", "-", "-", "-", "-", Text("not audited (see below)", style="red"))
            continue
        if r["status"] == "recorded_earlier":
            table.add_row(Text(r["name"]), "-", "-", "-", "-", "-", "-", Text("recorded earlier in this fleet run"))
            continue
        f = r["failing"]
        table.add_row(Text(r["name"]), f"{r['score']} ({r['grade']})",
                      *(str(f[s]) for s in ("critical", "high", "medium", "low")),
                      str(r["waived"]), Text("; ".join(r["gate"]) or "ok"))
    console.print(table)
    t = summary["totals"]
    console.print(f"{t['targets']} targets · {t['audited']} audited · {t['unreachable']} not audited · "
                  f"{t['gate_failed']} failed the gate")
