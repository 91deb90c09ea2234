"""Audit-logging checks, each against a real cluster with and without the weakness.

`log15` is this module's own PG15 cluster with pgaudit preloaded (settings change freely and are reset);
the shared `pg18` (no pgaudit) shows what the checks say where pgaudit cannot exist.
"""
from __future__ import annotations

import pytest

from auditor.model.policy import Policy, Thresholds
from auditor.model.results import Status

from .helpers import audit, failing_objects, findings_of, missing_privileges, statuses


@pytest.fixture(scope="module")
def log15(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, preload=("pgaudit",))
    yield c
    c.stop()


@pytest.fixture
def conf(log15):
    """Set settings on log15 for one test; every one touched is reset afterwards."""
    touched: set[str] = set()

    def set_(**kw):
        touched.update(kw)
        log15.set_conf(kw)
    yield set_
    if touched:
        log15.set_conf({name: None for name in touched})


def _sev(result, check_id) -> dict[str, str]:
    return {f.object: f.severity for f in findings_of(result, check_id) if f.status == "fail"}


SENSITIVE = """
CREATE TABLE customers (id int, email text);
CREATE TABLE payments (id int, iban text);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER payments_audit AFTER INSERT OR UPDATE OR DELETE ON payments FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TABLE cards (id int, card_number text);
CREATE TABLE cards_watched (id int, card_number text);
CREATE TABLE products (id int, price numeric);
"""


def test_log_001_002_flag_connection_logging_off(pg15):
    dsn = pg15.dsn()
    pg15.set_conf(log_connections=False, log_disconnections=False)
    assert failing_objects(audit(dsn, ["LOG-001", "LOG-002"])) == {"setting:log_connections", "setting:log_disconnections"}
    pg15.set_conf(log_connections=True, log_disconnections=True)
    try:
        assert failing_objects(audit(dsn, ["LOG-001", "LOG-002"])) == set()
    finally:
        pg15.set_conf(log_connections=None, log_disconnections=None)


def test_log_001_pg18_connection_aspects(pg18):
    try:
        pg18.set_conf(log_connections="receipt,authorization")
        result = audit(pg18.dsn(), ["LOG-001"])
        (f,) = [f for f in findings_of(result, "LOG-001") if f.status == "fail"]
        assert (f.severity, f.evidence["missing"]) == ("low", ["authentication"])
        for full in ("all", "on", "receipt,authentication,authorization"):
            pg18.set_conf(log_connections=full)
            assert failing_objects(audit(pg18.dsn(), ["LOG-001"])) == set(), full
    finally:
        pg18.set_conf(log_connections=None)
    assert failing_objects(audit(pg18.dsn(), ["LOG-001"])) == {"setting:log_connections"}


def test_log_003_pgaudit_loaded_is_visible_to_any_role(log15, pg18):
    log15.execute("CREATE ROLE lg_plain LOGIN")
    pg18.execute("CREATE ROLE lg18_plain LOGIN")
    try:
        assert statuses(audit(log15.dsn(user="lg_plain"), ["LOG-003"]), "LOG-003") == {"pass"}
        assert failing_objects(audit(pg18.dsn(user="lg18_plain"), ["LOG-003"])) == {"setting:shared_preload_libraries"}
        assert failing_objects(audit(pg18.dsn(), ["LOG-003"])) == {"setting:shared_preload_libraries"}
    finally:
        log15.execute("DROP ROLE lg_plain")
        pg18.execute("DROP ROLE lg18_plain")


def test_log_004_extension_per_database(log15, pg18):
    with log15.fresh_database("lg") as db:
        assert failing_objects(audit(db.dsn(), ["LOG-004"], databases=[db.name])) == {f"database:{db.name}"}
        db.execute("CREATE EXTENSION pgaudit")
        assert failing_objects(audit(db.dsn(), ["LOG-004"], databases=[db.name])) == set()
        db.execute(f"REVOKE CONNECT ON DATABASE {db.name} FROM PUBLIC; CREATE ROLE lg_noconn LOGIN")
        try:   # a database the auditor cannot enter is not assessable, naming the missing grant
            result = audit(log15.dsn(user="lg_noconn"), ["LOG-004"])
            assert missing_privileges(result, "LOG-004") == {f"CONNECT on database {db.name}"}
        finally:
            log15.execute("DROP ROLE lg_noconn")
    assert statuses(audit(pg18.dsn(), ["LOG-004"]), "LOG-004") == {"not_applicable"}   # nothing to create without pgaudit


def test_log_005_required_classes_via_pgaudit_or_log_statement(log15, conf, pg18):
    assert failing_objects(audit(log15.dsn(), ["LOG-005"])) == {"setting:pgaudit.log"}
    conf(**{"pgaudit.log": "ddl, role"})
    (f,) = [f for f in findings_of(audit(log15.dsn(), ["LOG-005"]), "LOG-005") if f.status == "fail"]
    assert f.evidence["missing"] == ["write"]
    conf(log_statement="mod")                          # log_statement covers the write class too
    assert failing_objects(audit(log15.dsn(), ["LOG-005"])) == set()
    conf(log_statement="none", **{"pgaudit.log": "all, -read"})
    assert failing_objects(audit(log15.dsn(), ["LOG-005"])) == set()
    try:
        pg18.set_conf(log_statement="ddl")
        assert failing_objects(audit(pg18.dsn(), ["LOG-005"])) == {"setting:log_statement"}
        lenient = Policy(sampling=False, thresholds=Thresholds(pgaudit_classes=("ddl", "role")))
        assert failing_objects(audit(pg18.dsn(), ["LOG-005"], policy=lenient)) == set()
    finally:
        pg18.set_conf(log_statement=None)


def test_log_006_pgaudit_log_parameter(log15, conf, pg18):
    assert failing_objects(audit(log15.dsn(), ["LOG-006"])) == {"setting:pgaudit.log_parameter"}
    conf(**{"pgaudit.log_parameter": True})
    assert failing_objects(audit(log15.dsn(), ["LOG-006"])) == set()
    assert failing_objects(audit(pg18.dsn(), ["LOG-006"])) == set()


def test_log_007_log_line_prefix(log15, conf):
    assert failing_objects(audit(log15.dsn(), ["LOG-007"])) == {"setting:log_line_prefix"}   # initdb's '%m [%p] '
    conf(log_line_prefix="%t [%p] %q%u@%d from %h ")
    assert failing_objects(audit(log15.dsn(), ["LOG-007"])) == set()
    conf(log_line_prefix="%u %d %r ", log_destination="syslog")      # syslog adds time and pid itself
    assert failing_objects(audit(log15.dsn(), ["LOG-007"])) == set()
    conf(log_line_prefix="%m [%p] %u ", log_destination="stderr")
    (f,) = [f for f in findings_of(audit(log15.dsn(), ["LOG-007"]), "LOG-007") if f.status == "fail"]
    assert f.evidence["missing"] == ["database (%d)", "client address (%h or %r)"]


def test_log_008_010_017_collection_lock_waits_slow_statements_replication(log15, conf):
    ids = ["LOG-008", "LOG-009", "LOG-010", "LOG-017"]
    assert failing_objects(audit(log15.dsn(), ids)) == {
        "setting:logging_collector", "setting:log_lock_waits", "setting:log_min_duration_statement",
        "setting:log_replication_commands"}
    conf(log_destination="stderr,syslog", log_lock_waits=True, log_min_duration_statement="5s",
         log_replication_commands=True)
    assert failing_objects(audit(log15.dsn(), ids)) == set()
    conf(log_min_duration_statement=-1, **{"pgaudit.log": "read, write"})     # reads are audited anyway
    assert failing_objects(audit(log15.dsn(), ["LOG-010"])) == set()


def test_log_011_overrides_that_turn_logging_down(log15, conf):
    conf(log_statement="ddl", **{"pgaudit.log": "ddl, role, write"})
    with log15.fresh_database("lg") as db:
        log15.execute("CREATE ROLE lg_app LOGIN; CREATE ROLE lg_loud LOGIN; CREATE ROLE lg_root SUPERUSER")
        try:
            log15.execute(f"ALTER ROLE lg_app SET pgaudit.log = 'ddl';"              # drops role, write
                          f"ALTER ROLE lg_loud SET log_statement = 'all';"           # logs more: fine
                          f"ALTER ROLE lg_root SET log_min_messages = 'panic';"      # a superuser goes silent
                          f"ALTER DATABASE {db.name} SET log_statement = 'none'")
            db.execute("CREATE FUNCTION quiet() RETURNS int LANGUAGE sql SECURITY DEFINER "
                       "SET pgaudit.log = 'none' AS 'SELECT 1';"
                       "CREATE FUNCTION loud() RETURNS int LANGUAGE sql SET log_statement = 'all' AS 'SELECT 1'")
            result = audit(log15.dsn(), ["LOG-011"], databases=["postgres", db.name])
            assert _sev(result, "LOG-011") == {
                "setting:pgaudit.log@role:lg_app": "medium",
                "setting:log_min_messages@role:lg_root": "high",
                f"setting:log_statement@database:{db.name}": "high",
                f"function:{db.name}.public.quiet()": "high"}
            conf(log_statement="none")     # now the database override lowers nothing, but stays a trap
            assert _sev(audit(log15.dsn(), ["LOG-011"], databases=[db.name]), "LOG-011")[
                f"setting:log_statement@database:{db.name}"] == "low"
        finally:
            log15.execute("DROP ROLE lg_app; DROP ROLE lg_loud; DROP ROLE lg_root")


def test_log_012_013_sensitive_tables_audited(log15, conf):
    with log15.fresh_database("lg") as db:
        db.execute(SENSITIVE)
        log15.execute(f"CREATE ROLE lg_auditor NOLOGIN; ALTER DATABASE {db.name} SET pgaudit.role = 'lg_auditor'")
        try:
            db.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON cards_watched TO lg_auditor")   # object auditing
            result = audit(db.dsn(), ["LOG-012", "LOG-013"], databases=[db.name])
            p = f"{db.name}.public."
            assert _sev(result, "LOG-012") == {p + "customers": "info", p + "cards": "medium"}
            assert _sev(result, "LOG-013") == {p + "cards": "medium"}
            log15.execute(f"ALTER DATABASE {db.name} SET pgaudit.log = 'read, write'")     # this database only
            assert failing_objects(audit(db.dsn(), ["LOG-012", "LOG-013"], databases=[db.name])) == set()
        finally:
            db.execute("DROP OWNED BY lg_auditor")
            log15.execute(f"ALTER DATABASE {db.name} RESET ALL; DROP ROLE lg_auditor")


def test_log_014_015_levels_that_discard_audit_messages(log15, conf):
    ids = ["LOG-014", "LOG-015"]
    assert failing_objects(audit(log15.dsn(), ids)) == set()
    conf(log_min_messages="fatal", log_min_error_statement="panic")
    assert failing_objects(audit(log15.dsn(), ids)) == {"setting:log_min_messages", "setting:log_min_error_statement"}
    conf(log_min_messages="warning", log_min_error_statement="error",
         **{"pgaudit.log_client": True, "pgaudit.log_level": "notice"})
    assert failing_objects(audit(log15.dsn(), ids)) == {"setting:pgaudit.log_level"}


def test_log_016_log_file_mode(log15, conf):
    conf(log_file_mode="0644")
    assert failing_objects(audit(log15.dsn(), ["LOG-016"])) == set()         # no collector: no log files of its own
    log15.set_conf(logging_collector=True, restart=True)
    try:
        assert _sev(audit(log15.dsn(), ["LOG-016"]), "LOG-016") == {"setting:log_file_mode": "medium"}
        conf(log_file_mode="0660")
        assert _sev(audit(log15.dsn(), ["LOG-016"]), "LOG-016") == {"setting:log_file_mode": "low"}
        conf(log_file_mode="0640")
        assert failing_objects(audit(log15.dsn(), ["LOG-016", "LOG-008"])) == set()
    finally:
        log15.set_conf(logging_collector=None, restart=True)


def test_plain_role_assesses_every_logging_check(log15):
    """Every setting the logging checks read is visible to a plain role: nothing is not_assessable."""
    log15.execute("CREATE ROLE lg_plain2 LOGIN")
    try:
        result = audit(log15.dsn(user="lg_plain2"), ["audit_logging"])
        assert {f.status for f in result.findings} <= {Status.PASS.value, Status.FAIL.value, Status.NOT_APPLICABLE.value}
    finally:
        log15.execute("DROP ROLE lg_plain2")


def test_auditors_own_override_is_not_taken_for_the_server_value(log15, conf):
    """ALTER ROLE auditor SET log_statement = 'none' (to keep audits quiet) must not pass for the server's value."""
    conf(log_statement="mod")
    log15.execute("CREATE ROLE lg_auditing LOGIN IN ROLE pg_monitor; ALTER ROLE lg_auditing SET log_statement = 'none'")
    try:
        result = audit(log15.dsn(user="lg_auditing"), ["LOG-005", "LOG-011"])
        assert statuses(result, "LOG-005") == {Status.NOT_ASSESSABLE.value}
        assert missing_privileges(result, "LOG-005") == {"an auditing role and database without their own log_statement setting"}
        assert failing_objects(result, "LOG-011") == {"setting:log_statement@role:lg_auditing"}
    finally:
        log15.execute("DROP ROLE lg_auditing")
