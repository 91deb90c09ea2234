"""Server hardening beyond settings (SRV-016..032): integrity counters, logins, libraries, files and extensions.

`h15` is this module's own PG15 cluster with the logging collector on: settings, hba and roles change freely
and are reset. PG18 runs from the shared `pg18` cluster, and a dedicated one whose table file is damaged on disk.
Values a test server cannot take (a data directory wider than 0750) are judged from a collected snapshot.
"""
from __future__ import annotations

import dataclasses
import os

import psycopg
import pytest

from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Thresholds
from auditor.model.snapshot import Extension

from .helpers import audit, failing_objects, findings_of, statuses

POLICY = Policy(sampling=False)


@pytest.fixture(scope="module")
def h15(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, conf={"logging_collector": True})
    yield c
    c.stop()


@pytest.fixture
def conf(h15):
    """Set settings on h15 for one test (restart=True for postmaster settings); every one is reset afterwards."""
    touched: dict[str, bool] = {}

    def set_(restart: bool = False, **kw):
        touched.update({k: restart or touched.get(k, False) for k in kw})
        h15.set_conf(kw, restart=restart)
    yield set_
    if touched:
        h15.set_conf({name: None for name in touched}, restart=any(touched.values()))


@pytest.fixture
def hba(h15):
    yield h15.write_hba
    h15.write_hba("")


def _with(snap, **settings: str):
    return dataclasses.replace(snap, settings=tuple(
        dataclasses.replace(s, value=settings[s.name]) if s.name in settings else s for s in snap.settings))


def _eval(snap, check_id, policy=POLICY):
    return evaluate(snap, policy.replace(select=(check_id,)))


def _sev(result, check_id) -> dict[str, str]:
    return {f.object: f.severity for f in findings_of(result, check_id) if f.status == "fail"}


# ---- integrity ----------------------------------------------------------------------------------

def test_srv_016_checksum_failures_counted_per_database(make_cluster, pg18_bindir, h15):
    c = make_cluster(bindir=pg18_bindir)             # PostgreSQL 18: data checksums on by default
    try:
        c.execute("CREATE DATABASE ck")
        c.execute("CREATE TABLE t AS SELECT g AS id, repeat('x', 100) AS v FROM generate_series(1, 50) g", dbname="ck")
        (path,) = c.execute("SELECT pg_relation_filepath('t')", dbname="ck")[0]
        c.execute("CHECKPOINT")
        with open(c.datadir / path, "r+b") as f:       # damage page 0 behind the server's back
            f.seek(4000)
            f.write(b"\xde\xad\xbe\xef" * 16)
        c.restart()                                    # drop the clean copy from shared buffers
        with pytest.raises(psycopg.errors.DataCorrupted):      # "invalid page in block 0"
            c.execute("SELECT count(*) FROM t", dbname="ck")
        result = audit(c.dsn(), ["SRV-016"])
        assert failing_objects(result) == {"database:ck"}
        (f,) = [f for f in findings_of(result, "SRV-016") if f.status == "fail"]
        assert f.evidence["checksum_failures"] >= 1 and f.severity == "high"
    finally:
        c.stop()
    assert statuses(audit(h15.dsn(), ["SRV-016"]), "SRV-016") == {"pass"}   # PG15 without damage


# ---- logins ---------------------------------------------------------------------------------------

def test_srv_017_no_lockout_module(h15, conf, hba):
    assert statuses(audit(h15.dsn(), ["SRV-017"]), "SRV-017") == {"not_applicable"}   # trust only: nothing to guess
    hba("local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all 10.0.0.0/8 scram-sha-256")
    assert failing_objects(audit(h15.dsn(), ["SRV-017"])) == {"setting:shared_preload_libraries"}
    conf(restart=True, shared_preload_libraries="auth_delay")
    assert failing_objects(audit(h15.dsn(), ["SRV-017"])) == {"setting:shared_preload_libraries"}  # 0 ms: no delay
    conf(**{"auth_delay.milliseconds": 500})
    assert statuses(audit(h15.dsn(), ["SRV-017"]), "SRV-017") == {"pass"}


def test_srv_017_pg18(pg18):
    # the shared PG18 cluster trusts loopback: no password line, so no lockout is needed
    assert statuses(audit(pg18.dsn(), ["SRV-017"]), "SRV-017") == {"not_applicable"}


def test_srv_018_hba_all_databases_all_users(h15, hba):
    hba("local all all trust\nhost all all 127.0.0.1/32 trust\n"
        "host all all 10.0.0.0/8 scram-sha-256\n"          # line 4 (after the admin line): fails
        "host shop all 10.1.0.0/16 scram-sha-256\n"     # names its database
        "host all app 192.168.0.0/16 scram-sha-256\n"      # names its role
        "host all all 172.16.0.0/12 reject")               # reject scopes nothing in
    result = audit(h15.dsn(), ["SRV-018"])
    assert failing_objects(result) == {"hba:3"}
    (f,) = [f for f in findings_of(result, "SRV-018") if f.status == "fail"]
    assert "10.0.0.0/8" in f.message and f.severity == "low"


def test_srv_018_pg18_loopback_passes(pg18):
    assert statuses(audit(pg18.dsn(), ["SRV-018"]), "SRV-018") == {"pass"}


def test_srv_019_connection_limit_from_policy(h15):
    h15.execute("CREATE ROLE srvh_free LOGIN; CREATE ROLE srvh_capped LOGIN CONNECTION LIMIT 5; "
                "CREATE ROLE srvh_wide LOGIN CONNECTION LIMIT 500; CREATE ROLE srvh_group NOLOGIN")
    try:
        assert statuses(audit(h15.dsn(), ["SRV-019"]), "SRV-019") == {"not_applicable"}
        policy = Policy(sampling=False, thresholds=Thresholds(max_connections_per_login_role=20))
        result = audit(h15.dsn(), ["SRV-019"], policy=policy)
        assert failing_objects(result) == {"role:srvh_free", "role:srvh_wide"}
        # srvh_capped (5) and the superuser postgres (exempt) pass
        (fix,) = {f.fix_sql for f in findings_of(result, "SRV-019") if f.object == "role:srvh_free"}
        h15.execute(fix)
        assert failing_objects(audit(h15.dsn(), ["SRV-019"], policy=policy)) == {"role:srvh_wide"}
    finally:
        h15.execute("DROP ROLE srvh_free; DROP ROLE srvh_capped; DROP ROLE srvh_wide; DROP ROLE srvh_group")


# ---- logging completeness -------------------------------------------------------------------------

def test_srv_020_log_directory(h15, conf):
    assert failing_objects(audit(h15.dsn(), ["SRV-020"])) == {"setting:log_directory"}   # 'log': relative
    conf(log_directory=str(h15.datadir / "pg_log"))
    assert failing_objects(audit(h15.dsn(), ["SRV-020"])) == {"setting:log_directory"}   # absolute, still inside
    outside = h15.root / "logs"
    outside.mkdir()
    os.chown(outside, h15.datadir.stat().st_uid, h15.datadir.stat().st_gid)
    conf(log_directory=str(outside))
    assert statuses(audit(h15.dsn(), ["SRV-020"]), "SRV-020") == {"pass"}


def test_srv_020_021_not_applicable_without_collector(pg18):
    result = audit(pg18.dsn(), ["SRV-020", "SRV-021"])
    assert statuses(result, "SRV-020") == statuses(result, "SRV-021") == {"not_applicable"}


def test_srv_021_log_filename(h15, conf):
    assert statuses(audit(h15.dsn(), ["SRV-021"]), "SRV-021") == {"pass"}     # postgresql-%Y-%m-%d_%H%M%S.log
    conf(log_filename="postgresql.log")
    result = audit(h15.dsn(), ["SRV-021"])
    assert failing_objects(result) == {"setting:log_filename"}
    for stmt in findings_of(result, "SRV-021")[0].fix_sql.split("\n"):    # ALTER SYSTEM, then the reload
        h15.execute(stmt)
    h15.reload()
    assert statuses(audit(h15.dsn(), ["SRV-021"]), "SRV-021") == {"pass"}


def test_srv_022_syslog(h15, conf, pg18):
    assert statuses(audit(h15.dsn(), ["SRV-022"]), "SRV-022") == {"not_applicable"}
    conf(log_destination="stderr,syslog")
    assert statuses(audit(h15.dsn(), ["SRV-022"]), "SRV-022") == {"pass"}     # LOCAL0, postgres, on, on
    conf(syslog_sequence_numbers=False, syslog_split_messages=False, syslog_ident="")
    assert failing_objects(audit(h15.dsn(), ["SRV-022"])) == {
        "setting:syslog_sequence_numbers", "setting:syslog_split_messages", "setting:syslog_ident"}
    pg18.set_conf(log_destination="stderr,syslog", syslog_split_messages=False)
    try:
        assert failing_objects(audit(pg18.dsn(), ["SRV-022"])) == {"setting:syslog_split_messages"}
    finally:
        pg18.set_conf(log_destination=None, syslog_split_messages=None)


# ---- libraries ------------------------------------------------------------------------------------

def test_srv_023_session_preload_libraries(h15, conf):
    assert statuses(audit(h15.dsn(), ["SRV-023"]), "SRV-023") == {"pass"}
    conf(session_preload_libraries="auto_explain")
    h15.execute("CREATE ROLE srvh_pre LOGIN; ALTER ROLE srvh_pre SET session_preload_libraries = 'auto_explain'")
    try:
        result = audit(h15.dsn(), ["SRV-023"])
        assert failing_objects(result) == {"setting:session_preload_libraries",
                                           "setting:session_preload_libraries@role:srvh_pre"}
        assert _sev(result, "SRV-023")["setting:session_preload_libraries@role:srvh_pre"] == "medium"
    finally:
        h15.execute("DROP ROLE srvh_pre")


def test_srv_024_dynamic_library_path(h15, conf, pg18):
    assert statuses(audit(h15.dsn(), ["SRV-024"]), "SRV-024") == {"pass"}
    conf(dynamic_library_path="$libdir:/tmp/srvh-libs")
    result = audit(h15.dsn(), ["SRV-024"])
    assert failing_objects(result) == {"setting:dynamic_library_path"}
    assert findings_of(result, "SRV-024")[0].evidence["directories"] == ["/tmp/srvh-libs"]
    assert statuses(audit(pg18.dsn(), ["SRV-024"]), "SRV-024") == {"pass"}


# ---- files ----------------------------------------------------------------------------------------

def _tablespace_dir(cluster, path):
    path.mkdir()
    os.chown(path, cluster.datadir.stat().st_uid, cluster.datadir.stat().st_gid)
    return str(path)


@pytest.mark.parametrize("cluster_name", ["h15", "pg18"])
def test_srv_025_tablespace_inside_pgdata(cluster_name, request):
    c = request.getfixturevalue(cluster_name)
    assert statuses(audit(c.dsn(), ["SRV-025"]), "SRV-025") == {"not_applicable"}   # only pg_default, pg_global
    inside = _tablespace_dir(c, c.datadir / "srvh_ts_in")
    outside = _tablespace_dir(c, c.root / "srvh_ts_out")
    c.execute(f"CREATE TABLESPACE srvh_in LOCATION '{inside}'")
    c.execute(f"CREATE TABLESPACE srvh_out LOCATION '{outside}'")
    try:
        result = audit(c.dsn(), ["SRV-025"])
        assert failing_objects(result) == {"tablespace:srvh_in"}          # srvh_out, outside, passes
        c.execute("DROP TABLESPACE srvh_in")
        assert statuses(audit(c.dsn(), ["SRV-025"]), "SRV-025") == {"pass"}
    finally:
        c.execute("DROP TABLESPACE IF EXISTS srvh_in")
        c.execute("DROP TABLESPACE srvh_out")


def test_srv_026_data_directory_mode(h15, pg18):
    snap = collect(h15.dsn(), POLICY)
    assert statuses(_eval(snap, "SRV-026"), "SRV-026") == {"pass"}                  # initdb's 0700
    assert statuses(_eval(_with(snap, data_directory_mode="0750"), "SRV-026"), "SRV-026") == {"pass"}
    wide = _eval(_with(snap, data_directory_mode="0755"), "SRV-026")       # a server refuses to start so: snapshot
    assert _sev(wide, "SRV-026") == {"setting:data_directory_mode": "high"}
    assert statuses(audit(pg18.dsn(), ["SRV-026"]), "SRV-026") == {"pass"}


def test_srv_027_unix_socket_permissions(h15, conf, pg18):
    assert failing_objects(audit(h15.dsn(), ["SRV-027"])) == {"setting:unix_socket_permissions"}   # default 0777
    assert failing_objects(audit(pg18.dsn(), ["SRV-027"])) == {"setting:unix_socket_permissions"}
    conf(restart=True, unix_socket_permissions="0770")
    assert statuses(audit(h15.dsn(), ["SRV-027"]), "SRV-027") == {"pass"}


def test_srv_028_query_text_readers(h15, conf):
    h15.execute("CREATE ROLE srvh_mon LOGIN IN ROLE pg_monitor; CREATE ROLE srvh_plain LOGIN; "
                "CREATE ROLE pgcomply_auditor LOGIN IN ROLE pg_monitor")
    try:
        assert statuses(audit(h15.dsn(), ["SRV-028"]), "SRV-028") == {"not_applicable"}   # not loaded
        conf(restart=True, shared_preload_libraries="pg_stat_statements")
        result = audit(h15.dsn(), ["SRV-028"])
        assert failing_objects(result) == {"role:srvh_mon"}       # the recognised auditing role is accepted
        (f,) = [f for f in findings_of(result, "SRV-028") if f.status == "fail"]
        assert f.evidence["membership_chain"] == ["srvh_mon", "pg_monitor", "pg_read_all_stats"]
        h15.execute(f.fix_sql)
        assert failing_objects(audit(h15.dsn(), ["SRV-028"])) == set()
    finally:
        h15.execute("DROP ROLE srvh_mon; DROP ROLE srvh_plain; DROP ROLE pgcomply_auditor")


def test_srv_029_set_user(h15, pg18):
    snap = collect(h15.dsn(), POLICY)
    assert failing_objects(_eval(snap, "SRV-029")) == {"setting:shared_preload_libraries"}
    with_it = dataclasses.replace(snap, extensions=(*snap.extensions, Extension("postgres", "set_user", "4.1.0",
                                                                                "public", "postgres")))
    assert statuses(_eval(with_it, "SRV-029"), "SRV-029") == {"pass"}      # no set_user package here: snapshot
    assert failing_objects(audit(pg18.dsn(), ["SRV-029"])) == {"setting:shared_preload_libraries"}


# ---- extensions -----------------------------------------------------------------------------------

@pytest.mark.parametrize("cluster_name", ["pg15", "pg18"])
def test_srv_030_extension_in_writable_schema(cluster_name, request):
    c = request.getfixturevalue(cluster_name)
    with c.fresh_database() as db:
        db.execute("CREATE ROLE srvh_dev_" + db.name + " NOLOGIN")
        try:
            db.execute(f"""CREATE SCHEMA open; GRANT CREATE ON SCHEMA open TO PUBLIC;
                CREATE SCHEMA team; GRANT CREATE ON SCHEMA team TO srvh_dev_{db.name};
                CREATE SCHEMA ext; CREATE EXTENSION hstore SCHEMA open; CREATE EXTENSION citext SCHEMA team;
                CREATE EXTENSION pg_trgm SCHEMA ext; CREATE EXTENSION btree_gin SCHEMA public""")
            result = audit(c.dsn(), ["SRV-030"], databases=[db.name])
            assert failing_objects(result) == {f"extension:{db.name}.hstore", f"extension:{db.name}.citext"}
            assert _sev(result, "SRV-030") == {f"extension:{db.name}.hstore": "high",
                                                f"extension:{db.name}.citext": "medium"}
            strict = Policy(sampling=False, thresholds=Thresholds(forbid_extensions_in_public=True))
            assert failing_objects(audit(c.dsn(), ["SRV-030"], databases=[db.name], policy=strict)) == {
                f"extension:{db.name}.hstore", f"extension:{db.name}.citext", f"extension:{db.name}.btree_gin"}
        finally:
            db.execute(f"DROP OWNED BY srvh_dev_{db.name}")
            c.execute(f"DROP ROLE srvh_dev_{db.name}")


@pytest.mark.parametrize("cluster_name", ["pg15", "pg18"])
def test_srv_031_extension_behind_its_package(cluster_name, request):
    c = request.getfixturevalue(cluster_name)
    with c.fresh_database() as db:
        db.execute("CREATE EXTENSION hstore VERSION '1.4'; CREATE EXTENSION pg_trgm")
        result = audit(c.dsn(), ["SRV-031"], databases=[db.name])
        assert failing_objects(result) == {f"extension:{db.name}.hstore"}
        (f,) = [f for f in findings_of(result, "SRV-031") if f.status == "fail"]
        assert f.evidence["installed"] == "1.4"
        db.execute(f.fix_sql)
        assert failing_objects(audit(c.dsn(), ["SRV-031"], databases=[db.name])) == set()


@pytest.mark.parametrize("cluster_name", ["pg15", "pg18"])
def test_srv_032_unused_trusted_language(cluster_name, request):
    c = request.getfixturevalue(cluster_name)
    with c.fresh_database() as db:
        # two trusted languages on plpgsql's handler (no plperl package here); one has a function, one does not
        db.execute("CREATE TRUSTED LANGUAGE srvh_used HANDLER plpgsql_call_handler;"
                   "CREATE TRUSTED LANGUAGE srvh_idle HANDLER plpgsql_call_handler;"
                   "CREATE LANGUAGE srvh_untrusted HANDLER plpgsql_call_handler;"
                   "CREATE FUNCTION f() RETURNS int LANGUAGE srvh_used AS 'begin return 1; end'")
        result = audit(c.dsn(), ["SRV-032"], databases=[db.name])
        assert failing_objects(result) == {f"language:{db.name}.srvh_idle"}   # used, and untrusted, pass
        db.execute("DROP LANGUAGE srvh_idle")
        assert statuses(audit(c.dsn(), ["SRV-032"], databases=[db.name]), "SRV-032") == {"pass"}


def test_srv_028_set_role_path_on_pg18(make_cluster, pg18_bindir):
    """PG16+: a membership WITH INHERIT FALSE still lets the member SET ROLE pg_read_all_stats and read."""
    c = make_cluster(bindir=pg18_bindir, preload=("pg_stat_statements",))
    try:
        c.execute("CREATE ROLE srvh_setter LOGIN; GRANT pg_read_all_stats TO srvh_setter WITH INHERIT FALSE;"
                  "CREATE ROLE srvh_none LOGIN")
        result = audit(c.dsn(), ["SRV-028"])
        assert failing_objects(result) == {"role:srvh_setter"}
        (f,) = [f for f in findings_of(result, "SRV-028") if f.status == "fail"]
        assert f.evidence["membership_chain"] == ["srvh_setter", "pg_read_all_stats"]
    finally:
        c.stop()


@pytest.mark.parametrize("cluster_name", ["pg15", "pg18"])
def test_srv_033_personal_data_without_anonymizer(cluster_name, request):
    c = request.getfixturevalue(cluster_name)
    with c.fresh_database() as db, c.fresh_database() as clean:
        db.execute("CREATE TABLE customers (id int, email text, ssn text)")
        clean.execute("CREATE TABLE metrics (id int, value float8)")
        snap = collect(c.dsn(), POLICY, databases=[db.name, clean.name])
        result = _eval(snap, "SRV-033")
        assert failing_objects(result) == {f"database:{db.name}"}       # the clean database has nothing to mask
        assert _sev(result, "SRV-033") == {f"database:{db.name}": "info"}
        with_anon = dataclasses.replace(snap, extensions=(*snap.extensions, Extension(db.name, "anon", "2.0.0",
                                                                                      "anon", "postgres")))
        assert statuses(_eval(with_anon, "SRV-033"), "SRV-033") == {"pass"}   # no anon package here: snapshot
