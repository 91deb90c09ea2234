"""connect -> collect -> evaluate -> score -> render, as one call the CLI and the demo share."""
from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from auditor.collect.collector import collect
from auditor.model.snapshot import Snapshot
from auditor.model.policy import Policy
from auditor.render import output_paths, render
from auditor.engine.report import build_report
from auditor.model.results import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3


@dataclass(frozen=True)
class AuditRun:
    report: dict[str, Any]
    files: tuple[Path, ...]
    exit_code: int
    reasons: tuple[str, ...]          # why the gate failed, one line each
    snapshot: Snapshot | None = None  # what the report was evaluated from (evidence bundles keep it)


@dataclass
class HistoryPlan:
    """Record this audit into the history, and show its past in the report. target: the fleet target's name
    (None: the report's DSN); baseline_last: `--baseline last`, gate on findings new since the previous audit."""
    recorder: Any                 # auditor.workflow.recording.Recorder
    target: str | None = None
    baseline_last: bool = False
    run_id: str | None = None     # set by begin (fleet: before connecting; single audit: once the DSN is known)
    finish_later: bool = False    # the caller renders and then calls finish itself (a fleet target)
    recorded: bool = field(default=False)
    error: str | None = None      # recording failed: the reports are written, the history lacks this run

    def prepare(self, report: dict[str, Any]) -> dict[str, Any] | None:
        """Claim the run, attach the history context to the report; return the baseline for `--baseline last`."""
        from auditor.workflow.recording import history_context

        key = self.target or report["target"]["dsn"]
        if self.run_id is None:
            self.run_id, _ = self.recorder.begin(key, report["target"]["dsn"])
        runs, last = self.recorder.previous(key)
        report["history"] = history_context(runs, last, report, key)
        return last if self.baseline_last else None

    def finish(self, report: dict[str, Any], code: int, body: str | None = None) -> None:
        from auditor.history.store import HistoryError

        if self.run_id is not None:
            try:
                self.recorded = self.recorder.finish(self.run_id, report, code, body)
            except HistoryError as exc:
                self.error = str(exc)


def gate(report: dict[str, Any], policy: Policy,
         baseline: dict[str, Any] | None = None) -> tuple[int, tuple[str, ...]]:
    """Exit code for CI: 1 when a non-waived failing finding is at/above fail_on, or the score is below min_score;
    otherwise 3 when a timeout, a lost connection or an unexpected server error left part of the cluster
    unaudited. A failed gate wins over incompleteness (1 already stops a pipeline, and a failing finding that was
    read stays failing whatever the unread part holds); its reasons then also say the report is partial.

    With a baseline report only findings that were not failing in it count for fail_on (min_score still applies).
    """
    reasons = []
    if policy.fail_on is not None:
        floor = policy.fail_on.rank
        if baseline is not None:
            from auditor.workflow.diff import new_failures
            candidates, what = new_failures(baseline, report), "new failing finding(s) (not in the baseline)"
        else:
            candidates, what = [f for f in report["findings"] if f["status"] == "fail"], "failing finding(s)"
        bad = [f for f in candidates if Severity(f["severity"]).rank >= floor]
        if bad:
            reasons.append(f"{len(bad)} {what} at or above {policy.fail_on.value}")
    score = report["score"]["value"]
    if policy.min_score is not None and (score is None or score < policy.min_score):
        reasons.append(f"score {score} is below the minimum {policy.min_score}")
    if not report.get("complete", True):
        faults = [g["item"] for g in report.get("gaps", ()) if g.get("fault")]
        more = f" and {len(faults) - 5} more" if len(faults) > 5 else ""
        incomplete = f"the audit is incomplete: {', '.join(faults[:5])}{more} could not be read"
        if reasons:   # findings already fail the gate (1); still say the report is partial
            return EXIT_FINDINGS, (*reasons, incomplete)
        return EXIT_INCOMPLETE, (incomplete,)
    if reasons:
        return EXIT_FINDINGS, tuple(reasons)
    return EXIT_OK, ()


def gate_record(report: dict[str, Any], policy: Policy, baseline: dict[str, Any] | None,
                code: int, reasons: Sequence[str]) -> dict[str, Any]:
    """What the gate decided and why, kept in the report so report.md (a pull-request comment) and a later
    `pgcomply render` can show it; with a baseline, the failing findings that are new since it."""
    rec: dict[str, Any] = {"exit_code": code, "reasons": list(reasons),
                           "fail_on": policy.fail_on.value if policy.fail_on else None, "min_score": policy.min_score,
                           "baseline": None, "new_failures": []}
    if baseline is not None:
        from auditor.workflow.diff import new_failures
        rec["baseline"] = {"started_at": baseline.get("started_at"), "target": (baseline.get("target") or {}).get("dsn")}
        rec["new_failures"] = sorted([f["check_id"], f["object"]] for f in new_failures(baseline, report))
    return rec


def evaluate_and_render(snap: Snapshot, policy: Policy, formats: Sequence[str], out_dir: Path | None,
                        progress: Callable[[str], None] | None = None, *,
                        baseline: dict[str, Any] | None = None, history: HistoryPlan | None = None,
                        bundle: dict[str, Any] | None = None) -> AuditRun:
    from auditor.engine.evaluate import evaluate

    say = progress or (lambda _m: None)
    say("evaluating checks")
    result = evaluate(snap, policy, progress=lambda c: say(f"evaluating {c.id}"))
    # JSON alone needs no normalising (the writer sorts keys); templates need the data as report.json holds it
    report = build_report(result, normalised=out_dir is not None and any(f != "json" for f in formats))
    if history is not None:
        last = history.prepare(report)
        if history.baseline_last:
            baseline = last
    code, reasons = gate(report, policy, baseline)      # before rendering: report.md opens with the verdict
    report["gate"] = gate_record(report, policy, baseline, code, reasons)
    if bundle is not None:      # the signed evidence bundle written with these reports (workflow/bundle.py)
        report["evidence_bundle"] = bundle
    files = []
    if out_dir is not None:
        for fmt in formats:
            say(f"writing {fmt}")
            render(fmt, report, out_dir)
            files += output_paths(fmt, out_dir)
    if history is not None and not history.finish_later:   # last: complete only once its reports are written
        written = out_dir / "report.json" if out_dir is not None and "json" in formats else None
        history.finish(report, code, written.read_text(encoding="utf-8") if written is not None else None)
    return AuditRun(report, tuple(files), code, reasons, snap)


def run_audit(dsn: str | None, policy: Policy, formats: Sequence[str], out_dir: Path | None, *,
              databases: Sequence[str] | None = None, progress: Callable[[str], None] | None = None,
              baseline: dict[str, Any] | None = None, history: HistoryPlan | None = None,
              bundle: dict[str, Any] | None = None) -> AuditRun:
    with _checks_loading_aside():
        snap = collect(dsn, policy, databases=databases, progress=progress)
    return evaluate_and_render(snap, policy, formats, out_dir, progress, baseline=baseline, history=history,
                               bundle=bundle)


def _load_checks() -> None:
    from auditor.engine.registry import load_checks
    try:
        import_module("auditor.engine.evaluate")
        load_checks()        # every check module, and the classifier they use
    except Exception:        # noqa: BLE001 - the same import fails again where evaluation needs it, and says why there
        pass


@contextmanager
def _checks_loading_aside() -> Iterator[None]:
    """Import the checks while the catalog is read. Collection waits on the server for about a third of its wall time;
    the checks and the classifier take 0.15 to 0.2 s to import, which otherwise follow it (#19). A shorter switch
    interval while both run: each statement's result would otherwise wait up to 5 ms for the interpreter lock.
    The policy was resolved from the checks' metadata before connecting (registry.check_names). Nothing to do when
    they are loaded already: a fleet loads them once, before its threads start."""
    from auditor.engine.registry import load_checks
    if load_checks.cache_info().currsize:
        yield
        return
    interval = sys.getswitchinterval()
    thread = threading.Thread(target=_load_checks, name="pgcomply-load-checks", daemon=True)
    sys.setswitchinterval(0.0005)
    thread.start()
    try:
        yield
    finally:
        thread.join()
        sys.setswitchinterval(interval)
