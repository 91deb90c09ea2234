"""The report as the HTML/PDF and Markdown templates lay it out: groups, rows, sentences and chart geometry.

Everything is computed here, in Python, from the report dict; templates only place it. The order of
everything is fixed (area order, severity, check id, object) so the same report renders byte-identically.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from auditor.engine.frameworks import framework_entries
from auditor.model.results import AREA_TITLES, AREAS
from auditor.render import charts
from auditor.render.causes_view import CauseView, Problem, cause_views, grouped, key_problems, problems
from auditor.render.finder import Finder, annotate
from auditor.render.sections import SectionView, build_sections
from auditor.render.text import (FRAMEWORK_LABEL, SEVERITIES, SEVERITY_LABEL, SEVERITY_RANK, STATUS_LABEL,
    evidence_items, fmt_time, join_words, origin_label, plural, score_range, unwrap)

ROW_ORDER = {"fail": 0, "waived": 1, "error": 2, "not_assessable": 3, "pass": 4}


@dataclass
class Row:
    object: str
    status: str
    severity: str
    message: str
    evidence: list[tuple[str, str]]
    fix_sql: str | None
    missing: str | None
    waiver: dict[str, Any] | None
    cause: CauseView | None = None    # the root cause it shares with other findings: its fix is shown there, once
    database: str = ""                # for the HTML finder (finder.py): the object's database, "-" cluster-wide
    new: str = ""                     # "new" or "known" against the gate's baseline, "" without one
    deviation: dict[str, str] | None = None   # setting findings: setting, actual, expected
    origin: str = ""                  # schema audit: the migration file:line behind the object, "" if not traced
    lean_class: str = ""              # colour class of its line in the PDF's lean list: severity if failing, else status


@dataclass
class CheckView:
    id: str
    name: str
    title: str
    area: str
    severity: str                     # the worst failing object's, else the catalogue's
    status: str
    rationale: str
    remediation: str
    references: list[tuple[str, str]]
    rows: list[Row]
    examined: int
    counts: dict[str, int]
    frameworks: str = ""              # framework ids it maps to, space-separated, for the HTML finder
    requirements: str = ""            # "|gdpr:Art. 32(1)(a)|cis:3.1.2|": the requirement filter's tokens

    @property
    def anchor(self) -> str:
        return "check-" + self.id


@dataclass
class AreaView:
    id: str
    title: str
    score: int | None
    open_checks: list[CheckView]      # failing, waived, error or not assessable
    passed_checks: list[CheckView]
    failing_by_severity: dict[str, int]

    @property
    def anchor(self) -> str:
        return "area-" + self.id


@dataclass
class ReportView:
    report: dict[str, Any]
    title: str
    target_label: str
    generated: str
    score: dict[str, Any]
    gauge: charts.Gauge
    severity_bar: charts.StackedBar
    area_chart: charts.BarChart
    framework_chart: charts.BarChart
    summary: list[str]
    problems: list[Problem]           # every critical problem, then the top highs (causes/checks, causes once)
    problems_more: str                # how many failing findings that list leaves out
    causes: list[CauseView]
    areas: list[AreaView]
    frameworks: list[dict[str, Any]]
    sections: list[SectionView]
    not_assessable: list[tuple[CheckView, Row]]
    errors: list[tuple[CheckView, Row]]
    missing_privileges: list[str]
    kpis: list[tuple[str, Any, str]] = field(default_factory=list)   # cover tiles: label, value, css class
    counts: dict[str, int] = field(default_factory=dict)      # findings by status
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    waived_findings: int = 0
    unwaived: str = ""                # the cover's sentence on the score without waivers
    score_range: str = ""             # the cover's score range when checks could not be assessed
    warnings: list[str] = field(default_factory=list)          # audit conditions (superuser...), for the appendix
    finder: Finder | None = None      # the HTML finder's choices (search and filters); the PDF has none


def _row(f: dict[str, Any]) -> Row:
    return Row(object=f["object"], status=f["status"], severity=f["severity"], message=f.get("message", ""),
               evidence=evidence_items(f.get("evidence")), fix_sql=f.get("fix_sql"), missing=f.get("missing"),
               waiver=f.get("waiver"), deviation=f.get("deviation"), origin=origin_label(f),
               lean_class=f"t-{f['severity'] if f['status'] == 'fail' else f['status']}")


def _check_views(report: dict[str, Any]) -> list[CheckView]:
    per_check: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in report["findings"]:
        per_check[f["check_id"]].append(f)
    out = []
    for c in report["checks"]:
        found = per_check.get(c["id"], [])
        rows = sorted((_row(f) for f in found),
                      key=lambda r: (ROW_ORDER.get(r.status, 9), -SEVERITY_RANK.get(r.severity, 0), r.object))
        bad = [r.severity for r in rows if r.status in ("fail", "waived")]
        sev = max(bad, key=SEVERITY_RANK.__getitem__) if bad else c["severity"]
        refs = [(FRAMEWORK_LABEL.get(fw, fw), ", ".join(ids)) for fw, ids in sorted(c.get("references", {}).items())
                if ids]
        out.append(CheckView(id=c["id"], name=c["name"], title=c["title"], area=c["area"], severity=sev,
                             status=c.get("status", "pass"), rationale=c["rationale"], remediation=unwrap(c["remediation"]),
                             references=refs, rows=rows, examined=sum(f.get("examined", 0) for f in found),
                             counts=dict(Counter(r.status for r in rows))))
    return out


def _check_order(c: CheckView) -> tuple:
    return (ROW_ORDER.get(c.status, 9), -SEVERITY_RANK[c.severity], c.id)


def _summary(report: dict[str, Any], checks: list[CheckView], areas: list[AreaView], missing: list[str]) -> list[str]:
    t, s, score = report["target"], report["summary"], report["score"]
    by = Counter(c.status for c in checks)
    dbs = t.get("databases") or []
    out = [f"pgcomply audited the PostgreSQL {str(t.get('server_version', '')).split(' ')[0]} server at "
           f"{_target_label(t)} ({plural(len(dbs), 'database')}) on {fmt_time(report.get('started_at'))[:10]}, "
           f"connected as the role {t.get('current_user', '?')}. It ran {plural(s['checks'], 'check')}: "
           + _counts_sentence(by) + "."]
    if score["value"] is None:
        out.append("No check could be assessed, so there is no score.")
    else:
        text = f"The overall score is {score['value']} out of 100, grade {score['grade']}."
        if rng := score_range(score):
            text += f" It is a range, {rng}: missing privileges never raise it."
        if score.get("cap_reason"):
            text += f" The score alone would give {score['uncapped_grade']}, but {score['cap_reason']}."
        out.append(text)
    if report.get("complete") is False:
        faults = [g["item"] for g in report.get("gaps", ()) if g.get("fault")]
        skipped = [i for i in faults if i.startswith("extension:")]     # audit --schema: not on the throwaway server
        lost = [i for i in faults if i not in skipped]
        if lost:
            out.append(f"This audit is incomplete: {join_words(lost)} could not be read because a query timed out or "
                       "the connection was lost. What was read is reported; run the audit again to cover the rest.")
        if skipped:
            out.append(f"This audit is incomplete: the throwaway server lacks {join_words(skipped)}, so the schema was "
                       "applied and audited without it; its objects are not in this report.")
    fails = report["summary"]["failing_by_severity"]
    if sum(fails.values()):
        parts = [f"{fails[sev]} {sev}" for sev in SEVERITIES if fails.get(sev)]
        text = f"{plural(sum(fails.values()), 'object fails', 'objects fail')} a check ({join_words(parts)})."
        causes = report.get("root_causes") or []
        if causes:
            n = s.get("failing_causes", sum(fails.values()))
            text += (f" They come down to {plural(n, 'distinct problem')}: {plural(len(causes), 'root cause')} "
                     f"({join_words([c['label'] for c in causes[:4]] + ([f'{len(causes) - 4} more'] if len(causes) > 4 else []))}) "
                     f"account for {sum(c['count'] for c in causes)} of them and each counts once.")
        out.append(text + " Every critical problem is listed below, then the most serious high ones; every finding "
                   "comes with the SQL that fixes it.")
    else:
        out.append("No object failed a check.")
    weak = [a for a in areas if a.score is not None and a.score < 100]
    if weak:
        weak.sort(key=lambda a: (a.score, AREAS.index(a.id)))
        out.append("Weakest areas: " + join_words([f"{a.title} ({a.score})" for a in weak[:3]]) + ".")
    if missing:
        who = (f"{plural(by['not_assessable'], 'check')} could not be assessed" if by["not_assessable"]
               else "Some objects could not be assessed")
        out.append(f"{who} because the auditing role lacks {join_words(missing)}. They are not counted as passing; "
                   "grant what is missing and run again to complete the audit.")
    elif not by["not_assessable"]:
        out.append("Every selected check could be assessed with the auditing role's privileges.")
    fw = [f["summary"] for f in framework_entries(report)]
    if fw:
        out.append("Framework requirements passing: " + "; ".join(fw) + ". Requirements no automated check covers "
                   "are listed as manual, for review by hand.")
    waived = s["by_status"].get("waived", 0)
    if waived:
        out.append(f"{plural(waived, 'finding is', 'findings are')} waived: accepted with a reason, an approver "
                   "and an expiry date (see the findings). " + unwaived_sentence(score))
    return out


def unwaived_sentence(score: dict[str, Any]) -> str:
    """The score as if no waiver applied (waived findings counted as failing), so accepted risk stays visible."""
    raw = score.get("without_waivers") or {}
    if "value" not in raw:
        return ""
    n = score.get("waived_findings", 0)
    shown = "n/a" if raw["value"] is None else f"{raw['value']}, grade {raw['grade']}"
    if not n:
        return f"No finding is waived: the score without waivers is the same ({shown})."
    return f"Without waivers the score would be {shown}, with the {plural(n, 'waived finding')} counted as failing."


def _kpis(report: dict[str, Any], frameworks: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    by = report["summary"].get("checks_by_status", {})
    passed, failed, na = by.get("pass", 0) + by.get("waived", 0), by.get("fail", 0), by.get("not_assessable", 0)
    out = [("checks run", report["summary"]["checks"], ""), ("checks passed", passed, "good" if passed else ""),
           ("checks failed", failed, "bad" if failed else "good"), ("not assessable", na, "na" if na else "")]
    for f in frameworks:
        name = f"{f['name']} {f['version']}" if f.get("edition") else f["name"]
        rest = f["counts"].get("manual", 0) + f["counts"].get("not_run", 0)
        out.append((f"{name}: of {f['mapped']} automated requirements ({rest} manual or not covered)",
                    "n/a" if f["percent"] is None else f"{f['percent']}%", "fw"))
    return out


def _counts_sentence(by: Counter) -> str:
    parts = [f"{by['pass'] + by['waived']} passed", f"{by['fail']} failed"]
    if by["not_assessable"]:
        parts.append(f"{by['not_assessable']} could not be assessed")
    if by["error"]:
        parts.append(f"{by['error']} raised an error")
    if by["not_applicable"]:
        parts.append(f"{by['not_applicable']} had nothing to examine (not applicable)")
    return join_words(parts)


def _target_label(t: dict[str, Any]) -> str:
    if schema := t.get("schema"):      # audit --schema: the throwaway server's address means nothing to a reader
        at = f" at commit {schema['commit'][:12]}" if schema.get("commit") else ""
        return f"schema {schema['source']}{at}"
    host = t.get("host") or "local socket"
    return f"{host}:{t['port']}" if t.get("port") else str(host)


def build_view(report: dict[str, Any], medium: str = "html") -> ReportView:
    """medium="pdf" shows less of very large sections (see limits.py); everything else is the same."""
    checks = _check_views(report)
    area_scores = report["score"].get("areas", {})
    areas = []
    for a in AREAS:
        mine = [c for c in checks if c.area == a]
        if not mine:
            continue
        failing = Counter(r.severity for c in mine for r in c.rows if r.status == "fail")
        areas.append(AreaView(id=a, title=AREA_TITLES[a], score=area_scores.get(a),
                              open_checks=sorted((c for c in mine if c.status != "pass"), key=_check_order),
                              passed_checks=sorted((c for c in mine if c.status == "pass"), key=lambda c: c.id),
                              failing_by_severity={s: failing.get(s, 0) for s in SEVERITIES}))
    na = [(c, r) for c in checks for r in c.rows if r.status == "not_assessable"]
    errors = [(c, r) for c in checks for r in c.rows if r.status == "error"]
    missing = sorted({r.missing for _, r in na if r.missing} | {g["missing"] for g in report.get("gaps", [])
                                                                   if g.get("missing") and not g.get("fault")})
    causes = cause_views(report)
    members = grouped(causes)
    for c in checks:
        for r in c.rows:
            if r.status == "fail":
                r.cause = members.get((c.id, r.object))
    finder = annotate(report, checks, [(a.id, a.title) for a in areas]) if medium == "html" else None
    shown, more = key_problems(problems(report, causes, {c.id: c.title for c in checks}))
    fails = report["summary"]["failing_by_severity"]
    frameworks = framework_entries(report)
    return ReportView(
        report=report,
        title="PostgreSQL security and compliance audit",
        target_label=_target_label(report["target"]),
        generated=fmt_time(report.get("finished_at") or report.get("started_at")),
        score=report["score"],
        gauge=charts.gauge(report["score"]["value"], report["score"]["grade"]),
        severity_bar=charts.stacked_bar([(SEVERITY_LABEL[s], fails.get(s, 0), s) for s in SEVERITIES]),
        area_chart=charts.bar_chart([(a.title, a.score) for a in areas]),
        framework_chart=charts.bar_chart([(f["name"], f["percent"]) for f in frameworks]),
        summary=_summary(report, checks, areas, missing),
        problems=shown,
        problems_more=more,
        causes=causes,
        areas=areas,
        frameworks=frameworks,
        sections=build_sections(report, medium),
        not_assessable=na,
        errors=errors,
        missing_privileges=missing,
        kpis=_kpis(report, frameworks),
        counts=dict(report["summary"]["by_status"]),
        labels={"severity": SEVERITY_LABEL, "status": STATUS_LABEL, "framework": FRAMEWORK_LABEL},
        waived_findings=report["score"].get("waived_findings", report["summary"]["by_status"].get("waived", 0)),
        unwaived=unwaived_sentence(report["score"]),
        score_range=score_range(report["score"]),
        warnings=[w["text"] for w in report.get("warnings", ())],
        finder=finder,
    )
