"""Recording audits into the history, and what a report learns from it: the change since the previous audit.

`Recorder` wraps one HistoryStore for a whole command (a fleet's threads share it behind a lock). For each
target: `begin` claims the run id (False: already recorded by an earlier attempt, skip it), `context` reads
the previous complete run of the same target before rendering (the HTML/PDF "since last audit" panel and
`--baseline last`), and `finish` records the result. A target's run id is derived from the fleet run id and
the target name, so a rerun of a killed shard finds the targets it already recorded.
"""
from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from auditor.history.store import HistoryStore, finish_once
from auditor.workflow.diff import diff_reports

TREND_POINTS = 12   # audits shown in a report's small trend chart


def target_run_id(fleet_run: str | None, target: str) -> str:
    """Deterministic per (fleet run, target) when a fleet run id is given; otherwise new every time."""
    if fleet_run:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"pgcomply:{fleet_run}:{target}"))
    return str(uuid.uuid4())


@dataclass
class Recorder:
    store: HistoryStore
    fleet_run: str | None = None
    shard: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def begin(self, target: str, dsn: str, run_id: str | None = None) -> tuple[str, int | None]:
        """(run id, None) to record under; (run id, its exit code) when this target is already recorded for
        this fleet run (a rerun of a shard: skip it)."""
        rid = run_id or target_run_id(self.fleet_run, target)
        with self.lock:
            return rid, self.store.begin(rid, target, dsn, fleet_run=self.fleet_run, shard=self.shard)

    def previous(self, target: str) -> tuple[list[Any], dict[str, Any] | None]:
        """Earlier complete runs of the target (oldest first) and the newest one's report."""
        with self.lock:
            runs = self.store.runs(target=target)
            return runs, (self.store.report(runs[-1]) if runs else None)

    def finish(self, run_id: str, report: dict[str, Any], exit_code: int, body: str | None = None) -> bool:
        with self.lock:
            return finish_once(self.store, run_id, report, exit_code, body)


def history_context(runs: list[Any], last: dict[str, Any] | None, report: dict[str, Any],
                    target: str) -> dict[str, Any]:
    """What HTML/PDF show under "Since the previous audit": score delta, new/resolved counts, recent scores."""
    points = [{"at": r.started_at, "score": r.score} for r in runs[-(TREND_POINTS - 1):]]
    points.append({"at": report.get("started_at"), "score": report["score"].get("value")})
    ctx: dict[str, Any] = {"target": target, "audits": len(runs) + 1, "trend": points, "previous": None}
    if last is not None:
        d = diff_reports(last, report)
        t_old = (last.get("target") or {}).get("system_identifier")
        t_new = (report.get("target") or {}).get("system_identifier")
        ctx["previous"] = {"run_id": runs[-1].run_id, "started_at": last.get("started_at"),
                           "score": d["before"]["score"], "grade": d["before"]["grade"], "score_delta": d["score_delta"],
                           "new": d["counts"]["new"], "resolved": d["counts"]["resolved"],
                           "still_open": d["counts"]["still_open"], "unverified": d["counts"]["unverified"],
                           "same_cluster": None if not (t_old and t_new) else t_old == t_new}
    return ctx
