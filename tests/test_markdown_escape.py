"""One Markdown escaper for report.md, the diff and the fleet summary: a hostile name stays text in a PR comment."""
from __future__ import annotations

from auditor.render.text import md_escape
from auditor.workflow.fleet import to_markdown as fleet_markdown

HOSTILE = 'a|b<img src=x onerror=alert(1)>[click](https://evil.example)`x`*y*\n| injected | row |'


def test_md_escape_leaves_no_markup():
    out = md_escape(HOSTILE)
    assert "\n" not in out and "<" not in out and ">" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert "\\[click\\](https://evil.example)" in out and "\\`x\\`\\*y\\*" in out
    assert out.count("|") == out.count("\\|") == 4
    assert md_escape(None) == "-" and md_escape(None, none="") == ""


def test_fleet_summary_escapes_target_errors():
    summary = {"totals": {"targets": 1, "audited": 0, "unreachable": 1, "gate_failed": 0}, "exit_code": 2,
               "targets": [{"name": "prod", "status": "error", "error": HOSTILE}]}
    md = fleet_markdown(summary)
    row = [line for line in md.splitlines() if line.startswith("| prod")]
    assert len(row) == 1 and "<img" not in md and "\\[click\\](https://evil" in row[0]
    assert row[0].count("|") - row[0].count("\\|") == 10      # still nine cells: the name cannot add columns
