"""docs/cis-coverage.md is generated from the CIS catalogues and the checks' references, and is current."""
from __future__ import annotations

from auditor.engine.frameworks import cis_editions
from auditor.render.checkdoc import REPO
from auditor.render.cisdoc import COMMAND, HOST_ONLY, PARTLY_HOST, coverage, render_cisdoc


def test_docs_cis_coverage_md_is_current():
    committed = (REPO / "docs" / "cis-coverage.md").read_text("utf-8")
    assert committed == render_cisdoc(), f"docs/cis-coverage.md is stale: run `{COMMAND}`"


def test_every_catalogued_item_is_listed_once_per_edition():
    editions = coverage()
    assert len(editions) == len(cis_editions())
    for (_, fw), (_, rows) in zip(cis_editions(), editions):
        assert [r[0] for r in rows] == [r.id for r in fw.requirements]
    catalogued = {r.id for _, fw in cis_editions() for r in fw.requirements}
    assert set(HOST_ONLY) | set(PARTLY_HOST) <= catalogued     # no stale item numbers in the host tables


def test_host_only_items_are_not_also_covered():
    for _, rows in coverage():
        for item, _, status, _ in rows:
            if item in HOST_ONLY:
                assert status == "needs host access", item
