"""Server-hardening checks (SRV-*), each against a real cluster with and without the weakness.

`srv15` is this module's own PG15 cluster with the logging collector on (settings change freely and are
reset); the shared `pg18` shows PostgreSQL 18. The version checks also run on snapshots collected from a
real cluster with only the version or the date replaced, and listen_addresses = '*' is judged from a collected
snapshot: no test server ever binds to all interfaces.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Thresholds

from auditor.checks._releases import parse_table, release_table, split_version

from .helpers import audit, failing_objects, findings_of, statuses

POLICY = Policy(sampling=False)


@pytest.fixture(scope="module")
def srv15(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, conf={"logging_collector": True})
    yield c
    c.stop()


@pytest.fixture
def conf(srv15):
    """Set settings on srv15 for one test; every one touched is reset afterwards."""
    touched: set[str] = set()

    def set_(**kw):
        touched.update(kw)
        srv15.set_conf(kw)
    yield set_
    if touched:
        srv15.set_conf({name: None for name in touched})


@pytest.fixture(scope="module")
def snap15(srv15):
    return collect(srv15.dsn(), POLICY)


def _sev(result, check_id) -> dict[str, str]:
    return {f.object: f.severity for f in findings_of(result, check_id) if f.status == "fail"}


def _with(snap, *, version_num: int | None = None, when: dt.date | None = None, **settings: str):
    """A collected snapshot with its version, collection date or some settings replaced."""
    target = dataclasses.replace(snap.target, server_version_num=version_num) if version_num else snap.target
    out = dataclasses.replace(snap, target=target, settings=tuple(
        dataclasses.replace(s, value=settings[s.name]) if s.name in settings else s for s in snap.settings))
    if when:
        out = dataclasses.replace(out, collected_at=f"{when.isoformat()}T12:00:00+00:00")
    return out


def _eval(snap, check_id, policy=POLICY):
    return evaluate(snap, policy.replace(select=(check_id,)))


# ---- version and patch level ----------------------------------------------------------------------

def test_srv_001_002_real_servers_against_the_shipped_table(srv15, pg18):
    table = release_table()
    for cluster in (srv15, pg18):
        snap = collect(cluster.dsn(), POLICY)
        major, minor = split_version(snap.target.server_version_num)
        known = table.get(major)
        result = evaluate(snap, POLICY.replace(select=("SRV-001", "SRV-002")))
        behind = minor < known.latest_minor
        assert failing_objects(result, "SRV-002") == ({"setting:server_version"} if behind else set())
        (f,) = findings_of(result, "SRV-002")
        assert f.evidence["table_date"] == table.date.isoformat() and table.date.isoformat() in f.message
        assert f.evidence["latest_known"] == known.latest and f.evidence["server_version"] == f"{major}.{minor}"
        eol_passed = dt.date.fromisoformat(snap.collected_at[:10]) > known.eol
        assert failing_objects(result, "SRV-001") == ({"setting:server_version"} if eol_passed else set())


def test_srv_001_end_of_life_majors(snap15):
    table = release_table()
    day_after_14 = table.get("14").eol + dt.timedelta(days=1)
    result = _eval(_with(snap15, version_num=140025, when=day_after_14), "SRV-001")
    (f,) = findings_of(result, "SRV-001")
    assert (f.status, f.object, f.severity) == ("fail", "setting:server_version", "high")
    assert f.evidence["eol"] == table.get("14").eol.isoformat() and f.evidence["table_date"] == table.date.isoformat()
    assert statuses(_eval(_with(snap15, version_num=140025, when=table.get("14").eol - dt.timedelta(days=400)),
                          "SRV-001"), "SRV-001") == {"pass"}
    near = _eval(_with(snap15, version_num=140025, when=table.get("14").eol - dt.timedelta(days=30)), "SRV-001")
    assert _sev(near, "SRV-001") == {"setting:server_version": "low"}
    assert failing_objects(_eval(_with(snap15, version_num=90624, when=table.date), "SRV-001")) == \
        {"setting:server_version"}
    assert failing_objects(_eval(_with(snap15, version_num=90300, when=table.date), "SRV-001")) == \
        {"setting:server_version"}                               # older than every major in the table
    newer = _eval(_with(snap15, version_num=990001, when=table.date), "SRV-001")
    assert statuses(newer, "SRV-001") == {"pass"} and "newer than every major" in findings_of(newer, "SRV-001")[0].message


def test_srv_002_minor_behind_and_stale_table(snap15):
    table = release_table()
    latest = table.get("17")
    behind = _eval(_with(snap15, version_num=170000 + latest.latest_minor - 2, when=table.date), "SRV-002")
    (f,) = findings_of(behind, "SRV-002")
    assert (f.status, f.object, f.evidence["behind"], f.evidence["latest_known"]) == \
        ("fail", "setting:server_version", 2, latest.latest)
    assert "newer releases may exist" not in f.message
    current = _eval(_with(snap15, version_num=170000 + latest.latest_minor, when=table.date), "SRV-002")
    assert statuses(current, "SRV-002") == {"pass"}
    stale = _eval(_with(snap15, version_num=170000 + latest.latest_minor, when=table.date + dt.timedelta(days=400)),
                  "SRV-002")
    assert statuses(stale, "SRV-002") == {"pass"} and "400 days before the audit" in findings_of(stale, "SRV-002")[0].message


def test_release_table_is_plain_data():
    table = parse_table('date = 2027-02-11\n[[major]]\nmajor = "15"\nreleased = 2022-10-13\neol = 2027-11-11\n'
                        'latest = "15.21"\n')
    assert (table.date, table.get("15").latest, table.get("16")) == (dt.date(2027, 2, 11), "15.21", None)
    with pytest.raises(ValueError):
        parse_table('date = 2027-02-11\n[[major]]\nmajor = "15"\nreleased = 2022-10-13\neol = 2027-11-11\n'
                    'latest = "16.1"\n')
    shipped = release_table()
    assert shipped.majors[0].major == max((m.major for m in shipped.majors), key=lambda v: tuple(map(int, v.split("."))))
    assert all(m.released < m.eol for m in shipped.majors)


# ---- integrity ----------------------------------------------------------------------------------

def test_srv_003_data_checksums(srv15, pg18):
    assert failing_objects(audit(srv15.dsn(), ["SRV-003"])) == {"setting:data_checksums"}   # initdb without -k
    assert statuses(audit(pg18.dsn(), ["SRV-003"]), "SRV-003") == {"pass"}                 # on by default in 18


def _deviations(result) -> dict[str, tuple[str, str, str]]:
    return {f.object: (f.deviation.setting, f.deviation.actual, f.deviation.expected)
            for f in result.findings if f.status == "fail" and f.deviation}


def test_srv_004_durability(srv15, conf):
    result = audit(srv15.dsn(), ["SRV-004"])
    assert failing_objects(result) == {"setting:fsync"}   # the lab runs with fsync off
    assert _deviations(result) == {"setting:fsync": ("fsync", "off", "on")}
    assert result.findings[0].to_dict()["deviation"] == {"setting": "fsync", "actual": "off", "expected": "on"}
    conf(fsync=True, full_page_writes=False, synchronous_commit="off")
    assert _sev(audit(srv15.dsn(), ["SRV-004"]), "SRV-004") == {"setting:full_page_writes": "high",
                                                                "setting:synchronous_commit": "low"}
    conf(full_page_writes=True, synchronous_commit="local")
    assert failing_objects(audit(srv15.dsn(), ["SRV-004"])) == set()


def test_srv_005_developer_options(srv15, conf):
    srv15.execute("CREATE ROLE srv_dev NOLOGIN")
    try:
        assert failing_objects(audit(srv15.dsn(), ["SRV-005"])) == set()
        conf(zero_damaged_pages=True, jit_debugging_support=True)
        srv15.execute("ALTER ROLE srv_dev SET allow_system_table_mods = on")   # (backend-only settings such as
        #                                                                         post_auth_delay cannot be per role)
        result = audit(srv15.dsn(), ["SRV-005"])
        assert _sev(result, "SRV-005") == {
            "setting:zero_damaged_pages": "high", "setting:jit_debugging_support": "low",
            "setting:allow_system_table_mods@role:srv_dev": "high"}
        assert _deviations(result) == {
            "setting:zero_damaged_pages": ("zero_damaged_pages", "on", "off"),
            "setting:jit_debugging_support": ("jit_debugging_support", "on", "off"),
            "setting:allow_system_table_mods@role:srv_dev": ("allow_system_table_mods", "on", "not set here (0 or off)")}
    finally:
        srv15.execute("DROP ROLE srv_dev")


# ---- connections --------------------------------------------------------------------------------

def test_srv_006_listen_addresses_judged_with_hba(srv15, snap15):
    assert statuses(_eval(snap15, "SRV-006"), "SRV-006") == {"pass"}          # the lab binds 127.0.0.1 only
    assert _sev(_eval(_with(snap15, listen_addresses="*"), "SRV-006"), "SRV-006") == {"setting:listen_addresses": "low"}
    try:
        srv15.write_hba("local all all trust\nhost all all 127.0.0.1/32 trust\n"
                        "host all all 10.0.0.0/8 scram-sha-256\nhost all all 192.0.2.0/24 reject")
        ranged = collect(srv15.dsn(), POLICY)
        result = _eval(_with(ranged, listen_addresses="0.0.0.0, ::"), "SRV-006")
        (f,) = [f for f in findings_of(result, "SRV-006") if f.status == "fail"]
        assert (f.object, f.severity, f.evidence["hba_lines"]) == ("setting:listen_addresses", "medium", [3])
        srv15.write_hba("local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all 0.0.0.0/0 scram-sha-256")
        wide = collect(srv15.dsn(), POLICY)
        assert _sev(_eval(_with(wide, listen_addresses="*"), "SRV-006"), "SRV-006") == \
            {"setting:listen_addresses": "high"}
        assert statuses(_eval(wide, "SRV-006"), "SRV-006") == {"pass"}
    finally:
        srv15.write_hba("")


def test_srv_007_authentication_timeout(srv15, conf):
    assert failing_objects(audit(srv15.dsn(), ["SRV-007"])) == set()
    conf(authentication_timeout="2min")
    (f,) = [f for f in findings_of(audit(srv15.dsn(), ["SRV-007"]), "SRV-007") if f.status == "fail"]
    assert (f.object, f.evidence["seconds"]) == ("setting:authentication_timeout", 120)


def test_srv_008_idle_session_timeout_with_role_overrides(srv15, conf):
    strict = Policy(sampling=False, thresholds=Thresholds(max_idle_session_s=900))
    assert statuses(audit(srv15.dsn(), ["SRV-008"]), "SRV-008") == {"pass"}      # no limit asked by default
    assert failing_objects(audit(srv15.dsn(), ["SRV-008"], policy=strict)) == {"setting:idle_session_timeout"}
    conf(idle_session_timeout="10min")
    srv15.execute("CREATE ROLE srv_pool NOLOGIN; CREATE ROLE srv_tight NOLOGIN")
    try:
        srv15.execute("ALTER ROLE srv_pool SET idle_session_timeout = 0; "
                      "ALTER ROLE srv_tight SET idle_session_timeout = '5min'")
        result = audit(srv15.dsn(), ["SRV-008"], policy=strict)
        assert failing_objects(result) == {"setting:idle_session_timeout@role:srv_pool"}   # srv_tight is stricter
    finally:
        srv15.execute("DROP ROLE srv_pool; DROP ROLE srv_tight")


def test_srv_009_idle_in_transaction_timeout_pg18(pg18):
    """pgcomply's sessions pin this setting, so a live audit cannot read the server's value: not assessable,
    never a guess. The judgement itself runs on a collected snapshot whose setting reads as the server's."""
    strict = Policy(sampling=False, thresholds=Thresholds(max_idle_in_transaction_s=300))
    snap = collect(pg18.dsn(), POLICY)
    assert statuses(_eval(snap, "SRV-009", strict), "SRV-009") == {"not_assessable"}
    assert statuses(_eval(snap, "SRV-009"), "SRV-009") == {"pass"}                  # no limit asked by default

    def server_wide(value: str):
        return dataclasses.replace(snap, settings=tuple(
            dataclasses.replace(s, value=value, source="configuration file")
            if s.name == "idle_in_transaction_session_timeout" else s for s in snap.settings))
    assert failing_objects(_eval(server_wide("0"), "SRV-009", strict)) == {"setting:idle_in_transaction_session_timeout"}
    (f,) = [f for f in findings_of(_eval(server_wide("3600000"), "SRV-009", strict), "SRV-009") if f.status == "fail"]
    assert (f.evidence["seconds"], f.evidence["limit_s"]) == (3600, 300)
    assert failing_objects(_eval(server_wide("300000"), "SRV-009", strict)) == set()
    pg18.execute("CREATE ROLE srv_idle NOLOGIN; ALTER ROLE srv_idle SET idle_in_transaction_session_timeout = '2h'")
    try:
        with_role = collect(pg18.dsn(), POLICY)
        assert failing_objects(_eval(with_role, "SRV-009", strict)) == {
            "setting:idle_in_transaction_session_timeout@role:srv_idle"}
    finally:
        pg18.execute("DROP ROLE srv_idle")


# ---- logging completeness ---------------------------------------------------------------------------

def test_srv_010_debug_print(srv15, conf):
    assert failing_objects(audit(srv15.dsn(), ["SRV-010"])) == set()
    conf(debug_print_parse=True, debug_pretty_print=False)
    srv15.execute("CREATE ROLE srv_dbg NOLOGIN")
    try:
        srv15.execute("ALTER ROLE srv_dbg SET debug_print_plan = on")
        assert _sev(audit(srv15.dsn(), ["SRV-010"]), "SRV-010") == {
            "setting:debug_print_parse": "medium", "setting:debug_pretty_print": "info",
            "setting:debug_print_plan@role:srv_dbg": "medium"}
    finally:
        srv15.execute("DROP ROLE srv_dbg")


def test_srv_011_012_verbosity_and_hostname(srv15, conf):
    assert failing_objects(audit(srv15.dsn(), ["SRV-011", "SRV-012"])) == set()
    conf(log_error_verbosity="terse", log_hostname=True)
    assert failing_objects(audit(srv15.dsn(), ["SRV-011", "SRV-012"])) == {"setting:log_error_verbosity",
                                                                          "setting:log_hostname"}
    conf(log_error_verbosity="verbose", log_hostname=False)
    assert failing_objects(audit(srv15.dsn(), ["SRV-011", "SRV-012"])) == set()


def test_srv_013_log_timezone(srv15, conf):
    conf(log_timezone="UTC")
    assert failing_objects(audit(srv15.dsn(), ["SRV-013"])) == set()
    conf(log_timezone="Europe/Madrid")
    assert failing_objects(audit(srv15.dsn(), ["SRV-013"])) == {"setting:log_timezone"}
    local = Policy(sampling=False, thresholds=Thresholds(log_timezones=("Europe/Madrid",)))
    assert failing_objects(audit(srv15.dsn(), ["SRV-013"], policy=local)) == set()


def test_srv_014_015_rotation(srv15, conf, pg18):
    assert failing_objects(audit(srv15.dsn(), ["SRV-014", "SRV-015"])) == set()    # default name has %Y
    conf(log_rotation_age=0, log_rotation_size=0, log_filename="postgresql-%a.log")
    assert failing_objects(audit(srv15.dsn(), ["SRV-014", "SRV-015"])) == {"setting:log_rotation_age",
                                                                          "setting:log_truncate_on_rotation"}
    conf(log_rotation_age="1d", log_truncate_on_rotation=True)
    assert failing_objects(audit(srv15.dsn(), ["SRV-014", "SRV-015"])) == set()
    no_collector = audit(pg18.dsn(), ["SRV-014", "SRV-015"])          # no collector: rotation does not apply
    assert statuses(no_collector, "SRV-014") == statuses(no_collector, "SRV-015") == {"not_applicable"}


# ---- expected vs actual -----------------------------------------------------------------------------

def test_srv_every_failing_setting_shows_actual_and_expected(srv15, conf):
    """Each failing finding on a setting, in every area that judges settings, carries its actual and expected value
    (what the reports print as "log_hostname: on, expected off"); per-role overrides too."""
    strict = Policy(sampling=False, thresholds=Thresholds(max_idle_session_s=900))
    conf(full_page_writes=False, synchronous_commit="off", zero_damaged_pages=True, authentication_timeout="2min",
         debug_print_parse=True, debug_pretty_print=False, log_error_verbosity="terse", log_hostname=True,
         log_timezone="Europe/Madrid", log_rotation_age=0, log_rotation_size=0, log_filename="postgresql-%a.log",
         log_connections=False, log_disconnections=False, log_lock_waits=False, log_min_messages="error",
         log_min_error_statement="panic", log_line_prefix="%t ", log_file_mode="0644", password_encryption="md5",
         log_statement="none", archive_mode=False)
    srv15.execute("CREATE ROLE srv_dev2 NOLOGIN")
    try:
        srv15.execute("ALTER ROLE srv_dev2 SET log_statement = 'none'; ALTER ROLE srv_dev2 SET password_encryption = md5;"
                      "ALTER ROLE srv_dev2 SET idle_session_timeout = 0")
        result = audit(srv15.dsn(), ["server", "audit_logging", "passwords", "ssl", "backup"], policy=strict)
        setting_fails = [f for f in result.findings if f.status == "fail" and f.object.startswith("setting:")]
        assert len(setting_fails) >= 25
        assert [f.object for f in setting_fails if f.deviation is None] == []
        dev = _deviations(result)
        assert dev["setting:log_hostname"] == ("log_hostname", "on", "off")
        assert dev["setting:authentication_timeout"] == ("authentication_timeout", "120 s", "60 s or less")
        assert dev["setting:password_encryption"] == ("password_encryption", "md5", "scram-sha-256")
        assert dev["setting:password_encryption@role:srv_dev2"] == ("password_encryption", "md5",
                                                                    "scram-sha-256, or not set here")
        assert dev["setting:idle_session_timeout@role:srv_dev2"] == ("idle_session_timeout", "0",
                                                                     "between 1 and 900 s, or not set here")
        assert dev["setting:log_file_mode"] == ("log_file_mode", "0644", "0600 (or 0640)")
        assert dev["setting:archive_mode"] == ("archive_mode", "off", "on")
    finally:
        srv15.execute("DROP ROLE srv_dev2")
