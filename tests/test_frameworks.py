"""Framework catalogues are data an auditor checks by hand: every mapping names a real requirement of a named
edition, by number and title, with the public source that confirmed it; the percentages carry their denominator."""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from auditor.engine.frameworks import all_catalogues, cis_edition, cis_editions, load_frameworks
from auditor.engine.registry import load_checks
from auditor.render import render
from auditor.lab.synthetic import synthetic_report
from auditor.engine.report import assemble

EDITION_NAME = re.compile(r"^CIS PostgreSQL (\d+) Benchmark$")


def test_every_reference_names_a_requirement_of_a_named_catalogue():
    known: dict[str, set[str]] = {}
    for fw in all_catalogues():
        known.setdefault(fw.id, set()).update(r.id for r in fw.requirements)
    for c in load_checks().values():
        for fw, ids in c.references.items():
            missing = set(ids) - known.get(fw, set())
            assert not missing, f"{c.id}: {fw} {sorted(missing)} is in no catalogue"


def test_cis_editions_are_named_and_every_item_has_a_title_and_a_source():
    editions = cis_editions()
    assert [fw.edition for _, fw in editions] == ["cis_pg16_v1.1.0", "cis_pg17_v1.0.0"]
    for major, fw in editions:
        assert EDITION_NAME.match(fw.name).group(1) == str(major) and re.fullmatch(r"v\d+\.\d+\.\d+", fw.version)
        assert fw.edition == f"cis_pg{major}_{fw.version}"
        sources = dict(fw.sources)
        for r in fw.requirements:
            assert re.fullmatch(r"\d+(\.\d+)+", r.id) and r.title.strip(), (fw.edition, r.id)
            assert r.source in sources, f"{fw.edition} {r.id}: source {r.source!r} not described"
        assert len({r.id for r in fw.requirements}) == len(fw.requirements)


def test_current_numbering_not_the_old_one():
    """The items the issue names: 4.6 is excessive DML, 5.2 binding to an IP address, RLS moved to 4.7."""
    pg17 = cis_edition(170000)
    assert "DML" in pg17.requirement("4.6").title and "Bound to an IP" in pg17.requirement("5.2").title
    assert "Row Level Security" in pg17.requirement("4.7").title
    checks = load_checks().values()
    assert all("4.7" in c.references.get("cis", ()) for c in checks if c.area == "rls")
    assert {c.id for c in checks if "5.2" in c.references.get("cis", ())} == {"SRV-006"}   # listen_addresses only
    cited = {i for c in checks for i in c.references.get("cis", ())}
    for i in cited:                                           # every cited item is an item of the newest edition
        assert pg17.requirement(i), i


@pytest.mark.parametrize("num, edition", [(150018, "cis_pg16_v1.1.0"), (160004, "cis_pg16_v1.1.0"),
                                          (170002, "cis_pg17_v1.0.0"), (180000, "cis_pg17_v1.0.0"),
                                          (None, "cis_pg17_v1.0.0"), (130000, "cis_pg16_v1.1.0")])
def test_the_cis_edition_follows_the_server_major(num, edition):
    assert cis_edition(num).edition == edition
    assert load_frameworks(num)[0].edition == edition


def test_gdpr_and_pci_references_are_the_reviewed_ones():
    checks = load_checks()
    gdpr = {i for c in checks.values() for i in c.references.get("gdpr", ())}
    assert not gdpr & {"Art. 87", "Art. 9", "Art. 30", "Art. 33"}       # not what a database check shows
    assert all(not set(c.references.get("gdpr", ())) & {"Art. 30", "Art. 33"} for c in checks.values())
    assert "3.5.1" not in checks["SENS-002"].references.get("pci_dss", ())    # 3.5.1 is PAN only
    assert set(checks["LOG-003"].references["gdpr"]) == {"Art. 5(2)", "Art. 32(1)(b)"}


def test_compliance_names_real_checks_and_lists_manual_items():
    report = synthetic_report(50)
    ids = set(load_checks())
    for f in report["compliance"]:
        for r in f["requirements"]:
            assert set(r["checks"]) <= ids
            assert (r["status"] in ("manual", "not_run")) == (not r["checks"]), (f["id"], r)
        assert f["counts"]["manual"] == sum(1 for r in f["requirements"] if r["status"] == "manual")
        assert f["summary"].endswith("listed requirements are manual or not covered")


def test_edition_of_the_audited_server_is_in_the_report():
    report = synthetic_report(20)
    report["target"]["server_version_num"] = 150018
    again = assemble({k: v for k, v in report.items() if k not in ("score", "summary", "compliance")})
    cis = again["compliance"][0]
    assert (cis["name"], cis["version"], cis["edition"]) == ("CIS PostgreSQL 16 Benchmark", "v1.1.0",
                                                              "cis_pg16_v1.1.0")
    assert cis["summary"].startswith("CIS PostgreSQL 16 Benchmark v1.1.0: ")


def _denominators(report):
    out = []
    for f in report["compliance"]:
        rest = f["counts"]["manual"] + f["counts"]["not_run"]
        out.append((f"of the {f['mapped']} requirements an automated check covers",
                    f"{rest} of the {len(f['requirements'])} listed requirements are manual or not covered"))
    return out


@pytest.mark.parametrize("fmt", ["html", "md", "json", "sarif"])
def test_every_format_states_the_denominator(tmp_path, fmt):
    report = synthetic_report(40)
    text = render(fmt, report, tmp_path).read_text("utf-8")
    if fmt in ("json", "sarif"):
        text = json.dumps(json.loads(text))
    text = re.sub(r"\s+", " ", text)
    for covered, manual in _denominators(report):
        assert covered in text and manual in text, (fmt, covered)
    if fmt == "html":                                       # the cover's KPI tiles too, not only the chapter
        cover = text.split('class="kpis"', 1)[1].split('<table class="meta">', 1)[0]
        for f in report["compliance"]:
            assert f"of {f['mapped']} automated requirements" in cover


def test_pdf_states_the_denominator():
    """On the committed sample PDF (test_render_samples keeps it what the current templates make): rendering
    another PDF here would add a quarter of a minute for the same sentence."""
    samples = Path(__file__).resolve().parent.parent / "sample_reports"
    report = json.loads((samples / "report.json").read_text("utf-8"))
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(samples / "report.pdf"), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert report["compliance"]
    for covered, manual in _denominators(report):
        assert covered in text and manual in text
