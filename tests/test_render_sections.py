"""The personal data inventory and the access matrix in HTML, PDF and Markdown, rendered from a real audit of a small
cluster: the readers a table really has appear beside it, PUBLIC is marked, shared reader lists are printed once and
linked, masked examples are the only values shown, hostile names are text. Plus bounds for a 10,000-table cluster
and the generic fallback for unknown shapes."""
from __future__ import annotations

import html
import html.parser
import json
import re
import subprocess

import pytest
from markupsafe import escape
from psycopg import sql

from auditor.model.policy import Policy
from auditor.render import render
from auditor.render.html import render_html
from auditor.render.json import dumps
from auditor.render.limits import LIMITS
from auditor.render.md import render_md
from auditor.lab.synthetic import synthetic_report, synthetic_sections
from auditor.engine.report import assemble, build_report

from .helpers import audit
from .test_render_formats import check_html

READER = "rsec_reader"
TENANT = "rsec_tenant"
HOSTILE_ROLE = 'rsec_"<script>alert(1)</script>'
HOSTILE_TABLE = "<img src=x onerror=alert(1)> ü"
ROLES = (READER, TENANT, HOSTILE_ROLE)
RAW_EMAIL = "rsec.person7@example.org"
VOID = {"wbr", "br", "col", "meta", "hr", "img", "input", "link"}


class _ById(html.parser.HTMLParser):
    """Text and link targets inside every element that has an id (nested ids each get their descendants')."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.text: dict[str, list[str]] = {}
        self.hrefs: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "href" in a:
            for i in filter(None, self.stack):
                self.hrefs[i].append(a["href"])
        if tag in VOID:
            return
        self.stack.append(a.get("id"))
        if a.get("id"):
            self.text.setdefault(a["id"], [])
            self.hrefs.setdefault(a["id"], [])

    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for i in filter(None, self.stack):
            self.text[i].append(data)


def by_id(page: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    p = _ById()
    p.feed(page)
    return {k: " ".join("".join(v).split()) for k, v in p.text.items()}, p.hrefs


def block(texts: dict[str, str], prefix: str, needle: str) -> str:
    """The id of the one block (am-t-N, inv-t-N, am-list-N) whose text names `needle`."""
    found = [i for i, t in texts.items() if i.startswith(prefix) and needle in t]
    assert len(found) == 1, (prefix, needle, found)
    return found[0]


def _setup(db) -> None:
    stmts = [
        "CREATE TABLE customers (id int, email text, ssn text)",
        "INSERT INTO customers SELECT i, 'rsec.person' || i || '@example.org', "
        "lpad((100 + i)::text, 3, '0') || '-' || lpad((10 + i % 80)::text, 2, '0') || '-' "
        "|| lpad((1000 + i)::text, 4, '0') "
        "FROM generate_series(1, 60) i",
        "CREATE TABLE payments (id int, card_number text)",
        "INSERT INTO payments SELECT i, '4111111111111111' FROM generate_series(1, 30) i",
        "GRANT SELECT ON payments TO PUBLIC",
        "CREATE TABLE tenant_data (id int, email text, tenant text)",
        "INSERT INTO tenant_data SELECT i, 'rsec.tenant' || i || '@example.org', 'x' FROM generate_series(1, 30) i",
        "ALTER TABLE tenant_data ENABLE ROW LEVEL SECURITY",
        "CREATE POLICY tenant_pol ON tenant_data USING (tenant = current_user)",
        "ANALYZE",
    ]
    for s in stmts:
        db.execute(s)
    db.execute(sql.SQL("GRANT SELECT ON customers TO {}").format(sql.Identifier(READER)))
    db.execute(sql.SQL("GRANT SELECT ON tenant_data TO {}").format(sql.Identifier(TENANT)))
    db.execute(sql.SQL("CREATE TABLE {t} (email text); INSERT INTO {t} SELECT 'rsec.h' || i || '@example.org' "
                       "FROM generate_series(1, 20) i; GRANT SELECT ON {t} TO {r}")
               .format(t=sql.Identifier(HOSTILE_TABLE), r=sql.Identifier(HOSTILE_ROLE)))


@pytest.fixture(scope="module")
def rendered(pg15, tmp_path_factory):
    for r in ROLES:
        pg15.execute(sql.SQL("DROP ROLE IF EXISTS {r}; CREATE ROLE {r} LOGIN").format(r=sql.Identifier(r)))
    try:
        with pg15.fresh_database("rsec") as db:
            _setup(db)
            result = audit(pg15.dsn(), ["GRANT-012", "SENS-001"], policy=Policy(sampling=True), databases=[db.name])
            report = build_report(result)
            out = tmp_path_factory.mktemp("sections")
            for fmt in ("html", "pdf", "md"):
                render(fmt, report, out)
            yield db.name, report, out
    finally:
        for r in ROLES:
            pg15.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(r)))


def test_access_matrix_shows_each_tables_real_readers_and_links_their_list(rendered):
    name, report, out = rendered
    page = (out / "report.html").read_text("utf-8")
    check_html(page)
    texts, hrefs = by_id(page)
    customers = block(texts, "am-t-", f"{name}.public.customers")
    assert READER in texts[customers] and "no role can read" not in page
    # the full list it links to names the reader with its route; every table using the list links to the same block
    lists = [h[1:] for h in hrefs[customers] if h.startswith("#am-list-")]
    assert lists and all(target in texts for target in lists)
    assert READER in texts[lists[0]] and "direct grant" in texts[lists[0]]
    assert f"{name}.public.customers" in texts[lists[0]]                    # "used by" points back
    assert READER not in texts[block(texts, "am-t-", f"{name}.public.tenant_data")]
    # PUBLIC is marked on the table it reaches and nowhere else
    payments = texts[block(texts, "am-t-", f"{name}.public.payments")]
    assert "PUBLIC: every login role can read" in payments
    assert "PUBLIC: every login role" not in texts[customers]
    # RLS per reader where the table has it
    tenant = texts[block(texts, "am-t-", f"{name}.public.tenant_data")]
    assert "RLS filters rows" in tenant and TENANT in tenant and "policy tenant_pol" in tenant
    assert "bypasses RLS: superuser" in tenant
    assert "off: every reader sees every row" in texts[customers]
    # per role: the reader appears with its counts
    assert READER in texts["am-roles"] and "How to read the matrix" in page


def test_every_shared_reader_list_is_printed_once(rendered):
    _, report, out = rendered
    page = (out / "report.html").read_text("utf-8")
    texts, hrefs = by_id(page)
    matrix = report["access_matrix"]
    used = {g["readers"] for t in matrix["tables"] for g in t["column_groups"]}
    printed = [i for i in texts if i.startswith("am-list-")]
    assert len(printed) == len(used) == matrix["summary"]["reader_lists"]
    linked = {h for i, t in texts.items() if i.startswith("am-t-") for h in hrefs[i] if h.startswith("#am-list-")}
    assert linked == {f"#{i}" for i in printed}


def test_inventory_lists_tables_categories_and_only_masked_examples(rendered):
    name, report, out = rendered
    page = (out / "report.html").read_text("utf-8")
    texts, _ = by_id(page)
    inventory = texts["section-data-inventory"]
    for table in ("customers", "payments", "tenant_data"):
        assert f"{name}.public.{table}" in inventory
    customers = texts[block(texts, "inv-t-", f"{name}.public.customers")]
    assert "Email" in customers and "National ID" in customers and "Plaintext" in customers
    masked = [c for d in report["data_inventory"]["databases"] for t in d["tables"] for c in t["columns"]
              if c.get("examples_masked")]
    assert masked and all(e in page for c in masked for e in c["examples_masked"][:3])
    assert "RLS on" in texts[block(texts, "inv-t-", f"{name}.public.tenant_data")]
    assert "Tables not fully protected" in inventory and "Payment card" in inventory
    for fmt in ("report.html", "report.md"):
        text = (out / fmt).read_text("utf-8")
        assert RAW_EMAIL not in text and "4111111111111111" not in text and "@example.org" not in text


def test_hostile_role_and_table_names_are_text_in_every_format(rendered):
    name, _, out = rendered
    page = (out / "report.html").read_text("utf-8")
    check_html(page)
    texts, _ = by_id(page)
    hostile = texts[block(texts, "am-t-", HOSTILE_TABLE)]
    assert HOSTILE_ROLE in hostile
    assert "<script>alert(1)</script>" not in page and "<img src=x" not in page
    assert str(escape(HOSTILE_ROLE)) in page                              # &lt;script&gt; and &#34;
    assert HOSTILE_TABLE in texts["section-data-inventory"]
    md = (out / "report.md").read_text("utf-8")
    assert "<script>" not in md and "<img" not in md
    pdf = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", pdf)
    assert re.sub(r"\s+", "", HOSTILE_ROLE) in flat and "Accessmatrix:whocanreadsensitivedata" in flat
    assert READER in pdf and "Personal data inventory" in pdf


def test_markdown_gives_counts_and_the_flagged_rows(rendered):
    name, report, out = rendered
    md = (out / "report.md").read_text("utf-8")
    assert "### Personal data inventory" in md and "### Access matrix: who can read sensitive data" in md
    s = report["access_matrix"]["summary"]
    assert f"{s['columns']} sensitive columns" in md
    assert f"{s['columns_readable_by_public']} columns readable by PUBLIC" in md
    payments = [line for line in md.splitlines() if line.startswith("| ") and "public.payments |" in line
                and "PUBLIC" in line]
    assert len(payments) == 1 and "| card\\_number |" in payments[0] and "PUBLIC: every login role" in payments[0]


def test_a_json_round_trip_renders_the_same_bytes(rendered):
    """report.json sorts keys; the sections must not depend on the order of any dict."""
    _, report, out = rendered
    again = json.loads(dumps(report))                         # what `pgcomply render report.json` reads
    assert render_html(again) == (out / "report.html").read_text("utf-8")
    assert render_md(again) == (out / "report.md").read_text("utf-8")


def test_large_sections_stay_bounded_and_links_never_dangle():
    report = synthetic_report(5, sections=False)
    report.update(synthetic_sections([f"t{i:05d}" for i in range(3000)], roles=tuple(f"r{i}" for i in range(70))))
    report = assemble(report)
    for medium in ("html", "pdf"):
        page = render_html(report, medium)
        limits = LIMITS[medium]
        texts, hrefs = by_id(page)
        assert sum(i.startswith("am-t-") for i in texts) == limits.access_tables
        assert sum(i.startswith("am-list-") for i in texts) <= limits.reader_lists
        assert sum(i.startswith("inv-t-") for i in texts) == limits.inventory_details
        assert f"{3000 - limits.access_tables:,} more tables are not shown here" in page
        assert f"{3000 - limits.inventory_tables:,} more tables of this database are not shown here" in page
        targets = {h[1:] for v in hrefs.values() for h in v}
        assert targets <= set(texts), sorted(targets - set(texts))[:5]
        assert "readable by PUBLIC, disallowed readers" in page                # says why these come first
    assert len(render_html(report, "pdf")) < 1_000_000


def test_unknown_shapes_fall_back_to_an_escaped_generic_table():
    report = synthetic_report(3, sections=False)
    report["access_matrix"] = [{"table": "<b>old shape</b>", "readers": ["x"]}]
    report["data_inventory"] = {"databases": []}
    report["retention_review"] = {"<script>k</script>": {"days": 400}}
    page = render_html(assemble(report))
    texts, _ = by_id(page)
    assert "<b>old shape</b>" in texts["section-access-matrix"] and "<b>old" not in page
    assert "No personal data or secrets were found." in texts["section-data-inventory"]
    assert '<script>k</script>days: 400' in texts["section-retention-review"]      # a dict as key: value, escaped
    assert "<script>k" not in page


def test_empty_access_matrix_says_so():
    report = synthetic_report(3, sections=False)
    report["access_matrix"] = {"summary": {"tables": 0, "columns": 0}, "tables": [], "reader_lists": {},
                               "readers_by_role": [], "limits": {"max_sensitive_readers": 5, "allowed_readers": {}}}
    texts, _ = by_id(render_html(assemble(report)))
    assert "No table with sensitive columns was found." in texts["section-access-matrix"]
    assert "No login role can read a sensitive column." in texts["section-access-matrix"]
