"""Markdown summary for pull-request comments: the gate's verdict and why, what is new since the baseline, then
score, areas, framework compliance, the worst failing findings.

Every value is escaped for GitHub-flavoured Markdown (which also accepts raw HTML, so < and > become entities)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from auditor.outputs import write_file
from auditor.render.text import (SEVERITIES, SEVERITY_LABEL, SEVERITY_RANK, STATUS_LABEL, category_label, deviation_text,
    fmt_time, md_escape, origin_label, score_range)
from auditor.render.view import build_view

MAX_ROWS = 50                       # failing findings listed; the rest are in the full report
SECTION_ROWS = 5                    # rows per report section (inventory, access matrix): a pull request is no audit


def esc(text: Any) -> str:
    return md_escape(text, none="None")


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    """A header written "# Score" is a number column: right-aligned, shown as "Score" (no raw # in a table)."""
    out = ["| " + " | ".join(h.removeprefix("# ") for h in headers) + " |",
           "|" + "|".join("---:" if h.startswith("#") else "---" for h in headers) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render_md(report: dict[str, Any]) -> str:
    v = build_view(report)
    s, t = report["score"], report["target"]
    fails = report["summary"]["failing_by_severity"]
    n_fail = sum(fails.values())
    score = "n/a" if s["value"] is None else f"{s['value']}/100"
    if score_range(s):
        score += f" (range {s['range']['low']}\u2013{s['range']['high']})"
    out = _gate(report)
    out += [f"## pgcomply: score {score} (grade {esc(s['grade'])}) · {n_fail} failing object{'s' if n_fail != 1 else ''}",
           "",
           f"**Target** {esc(v.target_label)} · PostgreSQL {esc(str(t.get('server_version', '')).split(' ')[0])} · "
           f"{len(t.get('databases') or [])} databases · audited as {esc(report['auditor']['user'])} · "
           f"{esc(fmt_time(report.get('started_at')))} · pgcomply {esc(report['tool']['version'])}", ""]
    out += _schema_line(t.get("schema"))
    if raw := s.get("without_waivers"):
        out += [f"**Waivers** {v.waived_findings} waived finding{'s' if v.waived_findings != 1 else ''} · score "
                f"without waivers {'n/a' if raw['value'] is None else str(raw['value']) + '/100'} "
                f"(grade {esc(raw['grade'])}), waived findings counted as failing", ""]
    if rng := score_range(s):
        out += [f"**Score range** {esc(rng)}", ""]
    for w in v.warnings:
        out += [f"**Warning** {esc(w)}", ""]
    lead = v.summary[:2] + [p for p in v.summary if "could not be assessed because" in p
                            or p.startswith("This audit is incomplete")]
    out += [" ".join(esc(p) for p in lead), ""]
    faults = [g for g in report.get("gaps", ()) if g.get("fault")]
    if faults:      # a partial audit says what was not read, and why, before any finding
        out += ["**Not read** (the report is partial):", ""]
        out += [f"- {esc(g['item'])}: {esc(g.get('detail') or g.get('missing') or '')}" for g in faults[:MAX_ROWS]]
        if len(faults) > MAX_ROWS:
            out.append(f"- and {len(faults) - MAX_ROWS} more (report.json lists every gap)")
        out.append("")
    out += _problems(v)
    out += _table(["Area", "# Score"] + [f"# {SEVERITY_LABEL[x]}" for x in SEVERITIES],
                  [[esc(a.title), "n/a" if a.score is None else str(a.score)]
                   + [str(a.failing_by_severity[x]) for x in SEVERITIES] for a in v.areas])
    if v.frameworks:
        out += ["", "### Framework compliance", ""]
        out += _table(["Framework", "# Compliance", "# Pass", "# Fail", "# Not assessable", "# Waived", "# Manual"],
                      [[esc(f"{f['name']} {f['version']}" if f.get("edition") else f["name"]),
                        "n/a" if f["percent"] is None else f"{f['percent']}% of {f['mapped']}", str(f["counts"]["pass"]),
                        str(f["counts"]["fail"]), str(f["counts"]["not_assessable"] + f["counts"]["error"]),
                        str(f["counts"]["waived"]), str(f["counts"]["manual"] + f["counts"]["not_run"])]
                       for f in v.frameworks])
        out += [""] + [f"- {esc(f['summary'])}" for f in v.frameworks]
        special = [s for f in v.frameworks for s in f.get("special_categories") or () if isinstance(s, dict)]
        if special:
            out += ["", f"GDPR special categories (Art. 9) and criminal data (Art. 10): {len(special)} column(s)", ""]
            out += _table(["Column", "Category", "Article", "Stored as"],
                          [[esc(s.get("object")), esc(category_label(s.get("category"))), esc(s.get("gdpr_article")),
                            esc(s.get("protection"))] for s in special[:MAX_ROWS]])
    out += _sections(v)
    out += _causes(v)
    failing = sorted((f for f in report["findings"] if f["status"] == "fail"),
                     key=lambda f: (-SEVERITY_RANK[f["severity"]], f["check_id"], f["object"]))
    causes = {c.id for c in v.causes}
    if failing:
        shown = failing[:MAX_ROWS]
        more = f" (the {len(shown)} most severe of {len(failing)})" if len(failing) > len(shown) else ""
        out += ["", f"### Failing findings{more}", ""]
        new = _new_keys(report)
        out += _table(["Severity", "Check", "Object", "Finding"] + _extra_heads(report, new),
                      [[SEVERITY_LABEL[f["severity"]], esc(f["check_id"]), esc(f["object"]),
                        esc(f.get("message", "")) + _dev(f) + (f" (root cause {esc(f['root_cause'])})" if f.get("root_cause") in
                                                     causes else "")] + _extra_cells(f, report, new)
                       for f in shown])
    order = {"error": 0, "not_assessable": 1, "waived": 2, "not_applicable": 3}      # what needs action first
    na = sorted((f for f in report["findings"] if f["status"] in order), key=lambda f: order[f["status"]])
    if na:
        out += ["", f"<details><summary>Not assessable, errors, waived and not applicable ({len(na)})</summary>", ""]
        out += _table(["Status", "Check", "Object", "Why"],
                      [[STATUS_LABEL[f["status"]], esc(f["check_id"]), esc(f["object"]),
                        esc((f.get("waiver") or {}).get("reason") if f["status"] == "waived" else f.get("message", ""))]
                       for f in na[:MAX_ROWS]])
        out += ["", "</details>"]
    out += ["", "Full report: report.html / report.pdf (evidence, fix SQL, references); report.sarif for code scanning."]
    if b := report.get("evidence_bundle"):
        out += ["", f"Signed evidence bundle: `{esc(b.get('directory'))}` (Ed25519 key {esc(b.get('public_key_fingerprint'))}); "
                    f"its manifest.json lists this report.json."]
    out += [""]
    return "\n".join(out)


_VERDICT = {0: "passed", 1: "failed", 3: "incomplete"}


def _gate(report: dict[str, Any]) -> list[str]:
    """The verdict CI acted on and the gate's reasons; with a baseline, the failing findings new since it."""
    g = report.get("gate")
    if not g:
        return ["## pgcomply gate: not recorded", "",
                "This report.json was written before pgcomply recorded its gate; the findings below are all there is.",
                ""]
    code = g["exit_code"]
    out = [f"## pgcomply gate: {_VERDICT.get(code, 'exit ' + str(code))} (exit code {code})", ""]
    out += [f"- {esc(r)}" for r in g["reasons"]]
    limits = [f"--fail-on {g['fail_on']}" if g.get("fail_on") else "",
              f"--min-score {g['min_score']}" if g.get("min_score") is not None else ""]
    limits = [x for x in limits if x]
    if not limits:
        out.append("- no --fail-on or --min-score was set, so no finding fails the gate")
    elif code == 0:
        out.append(f"- nothing reached {esc(' or '.join(limits))}")
    out.append("")
    base = g.get("baseline")
    if base is None:
        return out
    since = f"the baseline of {esc(fmt_time(base.get('started_at')))}"
    by_key = {(f["check_id"], f["object"]): f for f in report["findings"]}
    new = [by_key[(c, o)] for c, o in g["new_failures"] if (c, o) in by_key]
    new.sort(key=lambda f: (-SEVERITY_RANK[f["severity"]], f["check_id"], f["object"]))
    if not new:
        return out + [f"No failing finding is new since {since}.", ""]
    shown = new[:MAX_ROWS]
    more = f" (the {len(shown)} most severe of {len(new)})" if len(new) > len(shown) else ""
    out += [f"### New since {since}: {len(new)} failing finding{'s' if len(new) != 1 else ''}{more}", ""]
    out += _table(["Severity", "Check", "Object", "Finding"] + _extra_heads(report, None),
                  [[SEVERITY_LABEL[f["severity"]], esc(f["check_id"]), esc(f["object"]), esc(f.get("message", ""))]
                   + _extra_cells(f, report, None) for f in shown])
    return out + [""]


def _schema_line(schema: dict[str, Any] | None) -> list[str]:
    """A schema audit: what was applied, at which commit, against which baseline."""
    if not schema:
        return []
    n = len(schema.get("files") or ())
    line = f"**Schema** {esc(schema.get('source'))} ({n} SQL file{'s' if n != 1 else ''})"
    if schema.get("commit"):
        line += f" at commit `{esc(schema['commit'])}`"
    if schema.get("baseline"):
        line += f" · compared with the baseline schema {esc(schema['baseline'])}"
    return [line, ""]


def _new_keys(report: dict[str, Any]) -> set[tuple[str, str]] | None:
    g = report.get("gate") or {}
    return {(c, o) for c, o in g.get("new_failures", ())} if g.get("baseline") is not None else None


def _extra_heads(report: dict[str, Any], new: set[tuple[str, str]] | None) -> list[str]:
    return (["Migration"] if report["target"].get("schema") else []) + (["Since baseline"] if new is not None else [])


def _extra_cells(f: dict[str, Any], report: dict[str, Any], new: set[tuple[str, str]] | None) -> list[str]:
    """The migration file:line behind the object (schema audits) and whether the baseline had the finding."""
    cells = [f"`{esc(origin_label(f))}`" if origin_label(f) else "-"] if report["target"].get("schema") else []
    if new is not None:
        cells.append("**new**" if (f["check_id"], f["object"]) in new else "existing")
    return cells


def _problems(v: Any) -> list[str]:
    """Every critical problem, then the top highs (a root cause counts once), and how many are left out."""
    if not v.problems:
        return []
    out = ["### Most serious problems", ""]
    out += _table(["Severity", "Problem", "# Findings", "Objects"],
                  [[SEVERITY_LABEL[p.severity], esc(p.title) + " (" + esc(", ".join(p.checks)) + ")", str(p.count),
                    "root cause, see below" if p.cause else esc(", ".join(p.objects))
                    + (f" and {p.more_objects} more" if p.more_objects else "")] for p in v.problems])
    return out + ([""] + [esc(v.problems_more)] if v.problems_more else []) + [""]


def _causes(v: Any) -> list[str]:
    """Findings that share a root cause, once; their fix SQL (each distinct fix once) is in report.html."""
    if not v.causes:
        return []
    out = ["", "### Root causes", ""]
    for c in v.causes:
        fixes = len(c.fixes)
        out.append(f"- **{esc(c.label)}** ({SEVERITY_LABEL[c.severity]}): {c.count} failing findings, "
                   + esc(", ".join(f"{f['check_id']} {f['object']}" for f in c.findings))
                   + (f"; {fixes} distinct fix{'es' if fixes != 1 else ''}" if fixes else ""))
    return out


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inventory(d: Any) -> list[str]:
    out = ["", "### Personal data inventory", "", " · ".join(f"{esc(n)} {esc(label)}" for n, label, _ in d.kpis) + "."]
    if d.categories:
        out += ["", "Columns by category (not protected): " + ", ".join(
            f"{esc(label)}{' [GDPR special category]' if special else ''} {esc(n)} ({esc(u)})"
            for label, n, u, _, special in d.categories) + "."]
    out += [f"- {esc(text)}" for text, cls in d.sampling if cls == "note"]
    if d.unprotected:
        shown = d.unprotected[:SECTION_ROWS]
        more = len(d.unprotected) + d.unprotected_more - len(shown)
        out += ["", f"Tables not fully protected{f' (the first {len(shown)})' if more else ''}:", ""]
        out += _table(["Table", "Categories", "# Rows (est.)", "Protection"],
                      [[esc(t.object), esc(_short(", ".join(t.categories))), esc(t.rows), esc(t.protection[0])]
                       for t in shown])
    if d.copies:
        out += ["", "Copies of personal data in audit logs:", ""] + [f"- {esc(line)}" for line in d.copies[:SECTION_ROWS]]
    return out


def _access(d: Any) -> list[str]:
    out = ["", "### Access matrix: who can read sensitive data", "",
           " · ".join(f"{esc(n)} {esc(label)}" for n, label, _ in d.kpis) + "."]
    flagged = [(t, g) for t in d.tables for g in t.groups if g.flags]
    flagged.sort(key=lambda tg: (not tg[1].public, -len(tg[1].flags)))
    if flagged:
        shown = flagged[:SECTION_ROWS]
        more = f" (the first {len(shown)} of {len(flagged)})" if len(flagged) > len(shown) else ""
        out += ["", f"Column groups readable by PUBLIC, over the reader limit or by disallowed roles{more}:", ""]
        out += _table(["Table", "Columns", "# Readers", "Why"],
                      [[esc(t.object), esc(_short(", ".join(names for _, names in g.columns))), esc(g.reader_count),
                        esc("; ".join(text for text, _ in g.flags))] for t, g in shown])
    routes = [(t, line) for t in d.tables for line in t.routes]
    if routes:
        out += ["", "Read through views and materialized views:", ""]
        out += [f"- {esc(t.object)}: via {esc(line)}" for t, line in routes[:SECTION_ROWS]]
        if len(routes) > SECTION_ROWS:
            out.append(f"- and {len(routes) - SECTION_ROWS} more (report.json, access_matrix.tables[].view_routes)")
    return out


def _dev(f: dict[str, Any]) -> str:
    dev = deviation_text(f)
    return f" (**{esc(dev)}**)" if dev else ""


def _sections(v: Any) -> list[str]:
    """Counts and a handful of rows; every reader and column is in report.html and report.json."""
    out: list[str] = []
    for s in v.sections:
        if s.kind == "inventory":
            out += _inventory(s.data)
        elif s.kind == "access":
            out += _access(s.data)
    return out


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, render_md(report))
