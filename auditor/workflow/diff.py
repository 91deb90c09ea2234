"""Quarter over quarter: what is new, resolved or still open between two reports.

Findings match by (check_id, object). A failing finding that was not failing before is new (a
lapsed waiver makes it new again); one that failed (or was waived) and is gone from a check that
ran cleanly is resolved. When the newer audit could not have seen it (check not run, database not
audited, check not assessable) it is `unverified`, never `resolved`: a missing privilege must not
look like a fix.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from auditor.model.names import object_database
from auditor.model.results import Severity
from auditor.engine.report import read_report
from auditor.render.text import md_escape

DIFF_KIND = "pgcomply-diff"
BUCKETS = ("new", "still_open", "resolved", "waived", "unverified")
BUCKET_TITLES = {"new": "New findings", "still_open": "Still open", "resolved": "Resolved",
                 "waived": "Newly waived", "unverified": "Could not be re-verified"}
_SEV_ORDER = {s.value: i for i, s in enumerate(Severity)}


def load_report(path: str | Path) -> dict[str, Any]:
    """A report.json to compare, read by the one report reader (auditor.engine.report.read_report)."""
    return read_report(path)


def key(f: dict[str, Any]) -> tuple[str, str]:
    return (f["check_id"], f["object"])


def failing_keys(report: dict[str, Any]) -> set[tuple[str, str]]:
    return {key(f) for f in report["findings"] if f["status"] == "fail"}


def new_failures(baseline: dict[str, Any], report: dict[str, Any]) -> list[dict[str, Any]]:
    """Failing findings of `report` that were not failing in `baseline` (what `audit --baseline` gates on)."""
    before = failing_keys(baseline)
    return [f for f in report["findings"] if f["status"] == "fail" and key(f) not in before]


def _failing_by_severity(report: dict[str, Any]) -> dict[str, int]:
    return {s.value: sum(1 for f in report["findings"] if f["status"] == "fail" and f["severity"] == s.value)
            for s in Severity}


def _side(report: dict[str, Any]) -> dict[str, Any]:
    t = report.get("target", {})
    return {"target": t.get("dsn"), "server_version": t.get("server_version"), "started_at": report.get("started_at"),
            "score": report["score"].get("value"), "grade": report["score"].get("grade"),
            "failing": _failing_by_severity(report)}


def _row(f: dict[str, Any], old: dict[str, Any] | None, new: dict[str, Any] | None, why: str = "") -> dict[str, Any]:
    ref = new or old or {}
    row = {"check_id": ref["check_id"], "object": ref["object"], "title": ref.get("title", ""),
           "area": ref.get("area", ""), "severity": f["severity"], "message": f.get("message", ""),
           "old_status": old["status"] if old else None, "new_status": new["status"] if new else None}
    if old and new and old["severity"] != new["severity"]:
        row["old_severity"] = old["severity"]
    if why:
        row["why"] = why
    if new and new.get("waiver"):
        row["waiver"] = new["waiver"]
    return row


def _unverified_reason(f: dict[str, Any], new: dict[str, Any] | None, old_dbs: set[str], new_dbs: set[str],
                       troubled: set[str], ran: set[str] | None) -> str:
    if new is not None and new["status"] in ("not_assessable", "error"):
        return f"{new['status'].replace('_', ' ')} in the newer audit"
    if ran is not None and f["check_id"] not in ran:
        return "check not run in the newer audit"
    db = object_database(f["object"])
    if db is not None and db in old_dbs and db not in new_dbs:
        return f"database {db} not audited in the newer audit"
    if f["check_id"] in troubled:
        return "check partly not assessable in the newer audit"
    return ""


def diff_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The JSON-able diff every format renders from."""
    old_by = {key(f): f for f in old["findings"]}
    new_by = {key(f): f for f in new["findings"]}
    ran = {c["id"] for c in new["checks"]} if isinstance(new.get("checks"), list) else None
    troubled = {f["check_id"] for f in new["findings"] if f["status"] in ("not_assessable", "error")}
    old_dbs = set(old.get("target", {}).get("databases") or ())
    new_dbs = set(new.get("target", {}).get("databases") or ())
    out: dict[str, list] = {b: [] for b in BUCKETS}
    still_waived = 0
    for k, f in new_by.items():
        if f["status"] != "fail":
            continue
        before = old_by.get(k)
        if before is not None and before["status"] == "fail":
            out["still_open"].append(_row(f, before, f))
        else:
            out["new"].append(_row(f, before, f, "waiver expired" if before and before["status"] == "waived" else ""))
    for k, f in old_by.items():
        if f["status"] not in ("fail", "waived"):
            continue
        after = new_by.get(k)
        if after is not None and after["status"] == "fail":
            continue
        if after is not None and after["status"] == "waived":
            if f["status"] == "fail":
                out["waived"].append(_row(after, f, after))
            else:
                still_waived += 1
            continue
        why = _unverified_reason(f, after, old_dbs, new_dbs, troubled, ran)
        out["unverified" if why else "resolved"].append(_row(f, f, after, why))
    for rows in out.values():
        rows.sort(key=lambda r: (_SEV_ORDER.get(r["severity"], 9), r["check_id"], r["object"]))
    o, n = _side(old), _side(new)
    delta = None if o["score"] is None or n["score"] is None else n["score"] - o["score"]
    warnings = []
    if (old.get("target", {}).get("host"), old.get("target", {}).get("port")) != \
            (new.get("target", {}).get("host"), new.get("target", {}).get("port")):
        warnings.append(f"the reports audit different targets ({o['target']} vs {n['target']})")
    if old_dbs - new_dbs:
        warnings.append(f"databases audited before but not now: {', '.join(sorted(old_dbs - new_dbs))}")
    return {"kind": DIFF_KIND, "before": o, "after": n, "score_delta": delta,
            "failing_delta": {s: n["failing"][s] - o["failing"][s] for s in n["failing"]},
            "counts": {b: len(out[b]) for b in BUCKETS} | {"still_waived": still_waived},
            "warnings": warnings, **out}


def rows_at_or_above(rows: Iterable[dict[str, Any]], floor: Severity) -> list[dict[str, Any]]:
    return [r for r in rows if Severity(r["severity"]).rank >= floor.rank]


# -- formats ---------------------------------------------------------------------------------------------

def _signed(n: int | None) -> str:
    return "n/a" if n is None else f"{n:+d}"


def to_markdown(d: dict[str, Any]) -> str:
    o, n = d["before"], d["after"]
    esc = md_escape
    lines = ["# pgcomply: changes between two audits", "",
             "| | Before | After | Change |", "|---|---|---|---|",
             f"| Audited at | {esc(o['started_at'])} | {esc(n['started_at'])} | |",
             f"| Target | {esc(o['target'])} | {esc(n['target'])} | |",
             f"| Score | {o['score']} ({o['grade']}) | {n['score']} ({n['grade']}) | {_signed(d['score_delta'])} |"]
    for sev, after in n["failing"].items():
        lines.append(f"| Failing {sev} | {o['failing'][sev]} | {after} | {_signed(d['failing_delta'][sev])} |")
    lines.append("")
    for w in d["warnings"]:
        lines.append(f"> **Warning:** {esc(w)}")
    lines.append("")
    for bucket in BUCKETS:
        rows = d[bucket]
        lines += [f"## {BUCKET_TITLES[bucket]} ({len(rows)})", ""]
        if not rows:
            lines += ["None.", ""]
            continue
        lines += ["| Severity | Check | Object | Detail |", "|---|---|---|---|"]
        for r in rows:
            detail = r.get("why") or r["message"]
            if r.get("old_severity"):
                detail += f" (was {r['old_severity']})"
            if r.get("waiver"):
                detail += f" (waived by {r['waiver'].get('approver') or 'unnamed'} until {r['waiver'].get('expires') or 'no expiry'})"
            lines.append(f"| {r['severity']} | {r['check_id']} | {esc(r['object'])} | {esc(detail)} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def to_html(d: dict[str, Any]) -> str:
    from importlib.resources import files

    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(files("auditor.report_templates").joinpath("diff.html.j2").read_text("utf-8"))
    return template.render(d=d, buckets=BUCKETS, titles=BUCKET_TITLES, signed=_signed)


def print_console(d: dict[str, Any], console: Any, limit: int = 50) -> None:
    from rich.table import Table
    from rich.text import Text

    from auditor.render.console import SEVERITY_STYLE

    o, n = d["before"], d["after"]
    t = Table(title="pgcomply diff", title_justify="left")
    for col in ("", "before", "after", "change"):
        t.add_column(col, justify="right" if col else "left")
    t.add_row("score", f"{o['score']} ({o['grade']})", f"{n['score']} ({n['grade']})", _signed(d["score_delta"]))
    for sev, after in n["failing"].items():
        t.add_row(Text(f"failing {sev}", style=SEVERITY_STYLE.get(sev, "")), str(o["failing"][sev]), str(after),
                  _signed(d["failing_delta"][sev]))
    console.print(t)
    for w in d["warnings"]:
        console.print(Text(f"warning: {w}", style="yellow"))
    for bucket in BUCKETS:
        rows = d[bucket]
        if bucket == "still_open":
            console.print(f"{BUCKET_TITLES[bucket]}: {len(rows)}")
            continue
        console.print(Text(f"{BUCKET_TITLES[bucket]}: {len(rows)}", style="bold"))
        for r in rows[:limit]:
            line = Text("  ")
            line.append(f"{r['severity']:<8}", style=SEVERITY_STYLE.get(r["severity"], ""))
            line.append(f" {r['check_id']}  ")
            line.append(r["object"], style="bold")
            line.append("  " + (r.get("why") or r["message"]))
            console.print(line)
        if len(rows) > limit:
            console.print(f"  ... and {len(rows) - limit} more")
    c = d["counts"]
    console.print(f"{c['new']} new · {c['resolved']} resolved · {c['still_open']} still open · {c['waived']} newly waived"
                  f" · {c['unverified']} unverified · score {_signed(d['score_delta'])}")
