"""SARIF that GitHub code scanning accepts: every result has a stable, relative pseudo-path that no object name can
bend, fingerprints that survive a re-audit (even on another port), rules with help, and the documented limits."""
from __future__ import annotations

import json
import socket

import pytest
from psycopg import sql

from auditor.engine.report import build_report
from auditor.lab.certgen import make_server_cert
from auditor.lab.synthetic import HOSTILE_NAMES, synthetic_report
from auditor.render.sarif import MAX_RESULTS, build_sarif
from auditor.render.sarif_location import artifact_uri, segment, stable_object

from .helpers import audit
from .sarif_rules import github_problems, uri_problems
from .test_render_formats import check_sarif

TARGET = {"host": "db1.example.com", "port": 5432}


@pytest.mark.parametrize("obj, uri", [
    ("shop.public.customers", "pgcomply/db1.example.com/shop/public/customers.sql"),
    ("shop.public.customers.ssn", "pgcomply/db1.example.com/shop/public/customers/ssn.sql"),
    ('shop."my schema"."a.b"', "pgcomply/db1.example.com/shop/my%20schema/a.b.sql"),
    ("role:deploy", "pgcomply/db1.example.com/cluster/role/deploy.sql"),
    ("setting:log_min_messages@role:etl", "pgcomply/db1.example.com/cluster/setting/log_min_messages%40role%3Aetl.sql"),
    ("hba:7", "pgcomply/db1.example.com/cluster/hba/7.sql"),
    ("hba", "pgcomply/db1.example.com/cluster/hba.sql"),
    ("cluster", "pgcomply/db1.example.com/cluster.sql"),
    ("tls:db1.example.com:5432", "pgcomply/db1.example.com/cluster/tls/db1.example.com.sql"),
    ("database:shop", "pgcomply/db1.example.com/shop/database.sql"),
    ("schema:shop.public", "pgcomply/db1.example.com/shop/schema/public.sql"),
    ("function:shop.public.find_customer(p_email text)",
     "pgcomply/db1.example.com/shop/function/public/find_customer%28p_email%20text%29.sql"),
    ('function:shop.public."f(x"(a int)', "pgcomply/db1.example.com/shop/function/public/f%28x%28a%20int%29.sql"),
    ("policy:shop.public.orders.orders_all", "pgcomply/db1.example.com/shop/policy/public/orders/orders_all.sql"),
])
def test_objects_map_to_the_documented_pseudo_paths(obj, uri):
    assert artifact_uri(obj, TARGET) == uri
    assert uri_problems(uri) == []


HOSTILE = ["..", ".", "", "../../etc/passwd", "/abs/olute", "https://evil.example/x", "file:///etc/shadow",
           "a/b\\c", "%2e%2e", "C:\\win", "\x00nul", "new\nline", "=HYPERLINK(\"http://x\")", "~", "名前 🦄",
           "x" * 300, "é" * 100, *HOSTILE_NAMES]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_stay_inside_the_pseudo_tree(name):
    quoted = '"' + name.replace('"', '""') + '"'
    for obj in (f"{quoted}.public.t", f"shop.{quoted}.{quoted}", f"shop.public.t.{quoted}", f"role:{name}",
                f"setting:{name}", f"function:shop.public.{quoted}()", f"policy:shop.public.t.{quoted}"):
        uri = artifact_uri(obj, {"host": name, "port": 1})
        assert uri_problems(uri) == [], (obj, uri)
        assert uri.startswith("pgcomply/") and uri.endswith(".sql")
        assert all(len(s) <= 124 for s in uri.split("/")), uri
    assert "/" not in segment(name) and segment(name) not in ("", ".", "..")


def test_segments_are_injective_and_long_ones_stay_distinct():
    names = ["a b", "a%20b", "a+b", "_", ".", "..", "%2E", "x" * 300, "x" * 299 + "y", "A", "a"]
    assert len({segment(n) for n in names}) == len(names)
    assert segment("") == "_"                   # PostgreSQL has no empty names; a path segment must not be empty


def test_the_port_is_not_part_of_paths_or_fingerprints():
    a, b = {"host": "DB1", "port": 5432}, {"host": "db1", "port": 6543}
    assert artifact_uri("tls:db1:5432", a) == artifact_uri("tls:db1:6543", b)
    assert stable_object("tls:db1:5432", a) == stable_object("tls:db1:6543", b) == "tls:db1"
    assert stable_object("tls:other:5432", {"host": "db1", "port": 6543}) == "tls:other:5432"
    assert artifact_uri("role:x", {"host": "/var/run/postgresql", "port": 5432}).startswith("pgcomply/local/")


def test_rules_have_help_and_every_result_a_location_on_line_one():
    doc = build_sarif(synthetic_report(300, hostile=True))
    check_sarif(doc)
    run = doc["runs"][0]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["id"] in rule["help"]["markdown"]
        assert "**How to fix**" in rule["help"]["markdown"] and len(rule["properties"]["tags"]) <= 10
    for res in run["results"]:
        phys = res["locations"][0]["physicalLocation"]
        assert phys["region"]["startLine"] == 1
        assert phys["artifactLocation"]["uri"].startswith("pgcomply/db.example.internal/")
    assert run["automationDetails"]["id"] == "pgcomply/db.example.internal/"


def test_the_checker_catches_what_github_refuses():
    doc = build_sarif(synthetic_report(20))
    res = doc["runs"][0]["results"][0]
    res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "file:///tmp/x.sql"
    res["level"] = "fatal"
    res["message"]["text"] = ""
    res["partialFingerprints"]["pgcomplyObject/v1"] = 7
    doc["runs"][0]["tool"]["driver"]["rules"].append(dict(doc["runs"][0]["tool"]["driver"]["rules"][0]))
    problems = "\n".join(github_problems(doc))
    for what in ("has a scheme", "level 'fatal'", "message.text", "partialFingerprints values", "not unique"):
        assert what in problems, (what, problems)
    assert uri_problems("/abs.sql") and uri_problems("a/../b.sql") and uri_problems("a b.sql") and uri_problems("")


def test_more_results_than_github_accepts_keeps_the_most_severe(monkeypatch):
    import auditor.render.sarif as sarif

    monkeypatch.setattr(sarif, "MAX_RESULTS", 50)
    report = synthetic_report(200)
    doc = build_sarif(report)
    results = doc["runs"][0]["results"]
    assert len(results) == 50
    failing = [f for f in report["findings"] if f["status"] in ("fail", "waived")]
    rank = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
    kept = sorted(rank[f["severity"]] for f in failing)[:50]
    assert sorted(rank[r["properties"]["severity"]] for r in results) == kept
    notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(f"{len(failing) - 50} less severe results were left out" in n["message"]["text"] for n in notes)
    assert MAX_RESULTS == 25_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _identity(doc: dict) -> set[tuple[str, str, str, str]]:
    return {(r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["partialFingerprints"]["pgcomplyObject/v1"], r["partialFingerprints"]["primaryLocationLineHash"])
            for r in doc["runs"][0]["results"]}


def test_two_audits_of_the_same_cluster_even_on_another_port_give_the_same_paths_and_fingerprints(
        make_cluster, pg15_bindir, tmp_path):
    """A real cluster with a self-signed certificate (a TLS finding names host:port) and a hostile table name."""
    cluster = make_cluster(bindir=pg15_bindir, tls=make_server_cert(tmp_path / "tls", self_signed=True))
    try:
        hostile = '../../=HYPERLINK("x")/..'
        cluster.execute("CREATE DATABASE shop")
        cluster.execute(sql.SQL("CREATE TABLE {t} (id int); GRANT SELECT ON {t} TO PUBLIC").format(
            t=sql.Identifier(hostile)), dbname="shop")
        select = ["GRANT-001", "ssl"]
        first = build_sarif(build_report(audit(cluster.dsn(), select)))
        again = build_sarif(build_report(audit(cluster.dsn(), select)))
        new_port = _free_port()
        cluster.set_conf(port=new_port, restart=True)
        cluster.port = new_port
        moved = build_sarif(build_report(audit(cluster.dsn(), select)))
    finally:
        cluster.stop()
    for doc in (first, again, moved):
        check_sarif(doc)
    assert _identity(first) == _identity(again) == _identity(moved)
    uris = {u for _, u, _, _ in _identity(first)}
    assert "pgcomply/127.0.0.1/shop/public/..%2F..%2F%3DHYPERLINK%28%22x%22%29%2F...sql" in uris, uris
    assert any(u.startswith("pgcomply/127.0.0.1/cluster/tls/") for u in uris), uris
    assert first["runs"][0]["automationDetails"] == moved["runs"][0]["automationDetails"]
    assert json.dumps(first).count(str(new_port)) == 0
