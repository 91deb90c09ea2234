"""`pgcomply history fleet`: the whole fleet from the shared history: coverage, scores and regressions.

Coverage: every target the history knows (or the targets file names) with its last complete audit; a target
with none since --since is "not covered", and a run that started but never completed (a killed shard) is
shown as such, never as an audit. A regression: the score fell, or findings fail that did not fail in the
target's previous complete audit.
"""
from __future__ import annotations

from typing import Any, Sequence

from auditor.history.store import HistoryStore, RunRow


def fleet_overview(store: HistoryStore, since: str | None = None,
                   expected: Sequence[str] = ()) -> dict[str, Any]:
    every = store.runs(complete_only=False)
    by_target: dict[str, list[RunRow]] = {}
    for r in every:
        by_target.setdefault(r.target, []).append(r)
    for name in expected:
        by_target.setdefault(name, [])
    rows = []
    for target in sorted(by_target):
        runs = by_target[target]
        done = [r for r in runs if r.status == "complete"]
        last = done[-1] if done else None
        prev = done[-2] if len(done) > 1 else None
        stuck = [r for r in runs if r.status != "complete" and (last is None or r.started_at > last.started_at)]
        row: dict[str, Any] = {
            "target": target, "dsn": (last or (runs[-1] if runs else None)).dsn if runs else None,
            "last_audit": last.started_at if last else None, "run_id": last.run_id if last else None,
            "score": last.score if last else None, "grade": last.grade if last else None,
            "exit_code": last.exit_code if last else None,
            "covered": bool(last and (since is None or last.started_at >= since)),
            "unfinished_runs": len(stuck), "score_delta": None, "new_failing": None, "regressed": False,
            "system_identifier": last.system_identifier if last else None}
        if last and prev:
            f = store.findings([prev.run_id, last.run_id])
            before = {(c, o) for c, o, st, _ in f[prev.run_id] if st == "fail"}
            now = {(c, o) for c, o, st, _ in f[last.run_id] if st == "fail"}
            row["new_failing"] = len(now - before)
            if last.score is not None and prev.score is not None:
                row["score_delta"] = last.score - prev.score
            row["regressed"] = bool(row["new_failing"]) or (row["score_delta"] or 0) < 0
        rows.append(row)
    covered = [r for r in rows if r["covered"]]
    scores = [r["score"] for r in covered if r["score"] is not None]
    return {"kind": "pgcomply-history-fleet", "since": since, "targets": rows,
            "totals": {"targets": len(rows), "covered": len(covered), "not_covered": len(rows) - len(covered),
                       "regressed": sum(1 for r in rows if r["regressed"]),
                       "unfinished_runs": sum(r["unfinished_runs"] for r in rows),
                       "mean_score": round(sum(scores) / len(scores), 1) if scores else None,
                       "min_score": min(scores) if scores else None}}
