"""The attacker suite for the catalog phase: a non-superuser database owner plants look-alike operators,
functions and a type in her database; none of them may run in a pgcomply session (CVE-2018-1058).

Every planted body does `RAISE LOG '<marker>'`, which reaches the server log even inside a read-only
transaction, so the log proves whether her code ran. Each vector is first shown to fire from the old,
unqualified catalog SQL in a session without our options, so the suite can fail.
"""
from __future__ import annotations

import inspect
import itertools
import re
from dataclasses import dataclass

import pytest
from pglast import ast, parse_sql
from psycopg import sql

from auditor.collect import catalog, catalog_cluster
from auditor.collect.connect import connect
from auditor.model.policy import Policy, Thresholds
from auditor.collect.rolesql import role_sql

from .helpers import audit
from .sql_lint import _walk, sql_problems, to_dollar_params
from .test_auditor_role import _psql

HER_DB, HER = "her_db", "mallory"
LP_ROLE = "hostile_auditor"
MARK = "pgcomply-hostile-"
MARKERS = re.compile(re.escape(MARK) + r"[a-z0-9-]+")


# ---- the linter ---------------------------------------------------------------------------------

def catalog_queries(majors: tuple[int, ...] = (15, 18)) -> dict[str, str]:
    """Every statement auditor/collect/catalog.py and catalog_cluster.py can produce: constants, and each builder
    for each major."""
    out = {n: v for module in (catalog, catalog_cluster) for n, v in vars(module).items()
           if isinstance(v, str) and n.isupper() and not n.startswith("_")}
    builders = [f for _, f in inspect.getmembers(catalog, inspect.isfunction) if f.__module__ == catalog.__name__]
    for fn in builders:
        choices = []
        for p in inspect.signature(fn).parameters.values():
            assert p.name in ("major", "schema") or p.annotation in (bool, "bool"), \
                f"teach catalog_queries() {fn.__name__}({p.name})"
            choices.append(majors if p.name == "major" else ("public", 'my "ext"') if p.name == "schema"
                           else (False, True))
        for combo in itertools.product(*choices):
            q = fn(*combo)
            out[f"{fn.__name__}{combo}"] = q.as_string(None) if isinstance(q, sql.Composable) else q
    return out


def test_every_catalog_query_is_fully_qualified():
    queries = catalog_queries()
    assert {"SCHEMAS", "RELATIONS", "COLUMNS", "CATALOG_FUNCTIONS", "ARCHIVER", "hba_rules(15, False)", "hba_rules(18, True)",
            "memberships(15,)", "memberships(18,)"} <= set(queries)
    assert {name: sql_problems(q) for name, q in queries.items() if sql_problems(q)} == {}


@pytest.mark.parametrize("query, problems", [
    ("SELECT unnest(a) FROM pg_catalog.t", ["function unnest() is not qualified with pg_catalog"]),
    ("SELECT public.format_type(1, 2)", ["function public.format_type() is not qualified with pg_catalog"]),
    ("SELECT 1 FROM pg_catalog.t WHERE a !~ b", ["operator !~ is not OPERATOR(pg_catalog.!~)"]),
    ("SELECT a OPERATOR(public.=) b", ["operator public.= is not OPERATOR(pg_catalog.=)"]),
    ("SELECT a || b", ["operator || is not OPERATOR(pg_catalog.||)"]),
    ("SELECT a = ANY (b)", ["operator = is not OPERATOR(pg_catalog.=)"]),
    ("SELECT a < ALL (b)", ["operator < is not OPERATOR(pg_catalog.<)"]),
    ("SELECT a IN (1, 2)", ["IN (...) list looks up operator = by search_path "
                            "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)"]),
    ("SELECT a LIKE b", ["LIKE looks up operator ~~ by search_path "
                         "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)"]),
    ("SELECT a ILIKE b", ["ILIKE looks up operator ~~* by search_path "
                          "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)"]),
    ("SELECT a BETWEEN 1 AND 2", ["BETWEEN looks up operator BETWEEN by search_path "
                                  "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)"]),
    ("SELECT a IS DISTINCT FROM b", ["IS DISTINCT FROM looks up operator = by search_path "
                                     "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)"]),
    ("SELECT NULLIF(a, b)", ["NULLIF looks up operator = by search_path "
                             "(use OPERATOR(pg_catalog.op), ANY (ARRAY[...]::pg_catalog.type[]) ...)"]),
    ("SELECT a FROM pg_catalog.t WHERE a IN (SELECT b FROM pg_catalog.u)",
     ["subquery comparison with operator = is not qualified with pg_catalog"]),
    ("SELECT '^pg_'", ["string constant '^pg_' has no explicit type (add ::pg_catalog.type)"]),
    ("SELECT ARRAY['r']", ["string constant 'r' has no explicit type (add ::pg_catalog.type)"]),
    ("SELECT a::int8", ["type int8 is not qualified with pg_catalog"]),
    ("SELECT 'r'::\"char\"", ["type char is not qualified with pg_catalog"]),
    ('SELECT a FROM "s"."t" TABLESAMPLE SYSTEM (1)', ["TABLESAMPLE method system is not qualified with pg_catalog"]),
    ("SELECT CASE a WHEN 1 THEN 2 END",
     ["CASE x WHEN ... compares with an unqualified = (write CASE WHEN x OPERATOR(pg_catalog.=) ...)"]),
    ("SELECT 1 FROM pg_catalog.t JOIN pg_catalog.u USING (id)",
     ["JOIN USING / NATURAL JOIN compares with an unqualified = (write ON ... OPERATOR(pg_catalog.=) ...)"]),
    ("SELECT a FROM pg_catalog.t ORDER BY a USING <", ["ORDER BY ... USING < is not qualified with pg_catalog"]),
    ("SELECT 1 FROM pg_roles", ["relation pg_roles is not schema-qualified"]),
])
def test_the_linter_catches(query, problems):
    assert sql_problems(query) == problems


@pytest.mark.parametrize("query", [
    "SELECT pg_catalog.unnest(a) FROM pg_catalog.t WHERE a OPERATOR(pg_catalog.!~) '^pg_'::pg_catalog.text",
    "SELECT c FROM pg_catalog.pg_class c WHERE c.relkind OPERATOR(pg_catalog.=) ANY "
    "(ARRAY['r', 'p']::pg_catalog.\"char\"[]) AND c.oid OPERATOR(pg_catalog.=) ANY (%(oids)s::pg_catalog.oid[])",
    "SELECT coalesce(a, '{}'::pg_catalog.text[]), greatest(1, 2), CASE WHEN true THEN 1 END, current_user, "
    "ARRAY(SELECT 1), a::int, b::pg_catalog.int8 FROM \"s\".\"t\" TABLESAMPLE pg_catalog.system (%s) LIMIT %s",
    "WITH x AS (SELECT 1 AS one) SELECT one FROM x",
])
def test_the_linter_passes_qualified_sql(query):
    assert sql_problems(query) == []


def test_psycopg_placeholders_and_composables():
    assert to_dollar_params("a = %s AND b = %(n)s AND c = %(n)s AND d LIKE '1%%' AND e = %s") == \
        "a = $1 AND b = $2 AND c = $2 AND d LIKE '1%' AND e = $3"
    composed = sql.SQL("SELECT left({}::text, 5) FROM {}").format(sql.Identifier("c"), sql.Identifier("s", "t"))
    assert sql_problems(composed) == ["function left() is not qualified with pg_catalog",
                                      "type text is not qualified with pg_catalog"]


# ---- what mallory plants ------------------------------------------------------------------------

@dataclass(frozen=True)
class Vector:
    slug: str
    symbol: str       # the operator or function name it hijacks
    plant: str        # DDL mallory runs in her database
    naive: str        # the old, unqualified catalog SQL that picks her object


def _op(slug: str, op: str, left: str, right: str, body: str, naive: str, returns: str = "bool") -> Vector:
    fn = "public.hostile_" + slug.replace("-", "_")
    plant = (f"CREATE FUNCTION {fn}(pg_catalog.{left}, pg_catalog.{right}) RETURNS pg_catalog.{returns} "
             f"LANGUAGE plpgsql AS $f$ BEGIN RAISE LOG '{MARK}{slug}'; RETURN {body}; END $f$;\n"
             f"CREATE OPERATOR public.{op} (LEFTARG = pg_catalog.{left}, RIGHTARG = pg_catalog.{right}, FUNCTION = {fn});")
    return Vector(slug, op, plant, naive)


def _fn(slug: str, name: str, args: str, returns: str, body: str, naive: str) -> Vector:
    plant = (f"CREATE FUNCTION public.{name}({args}) RETURNS {returns} LANGUAGE plpgsql "
             f"AS $f$ BEGIN RAISE LOG '{MARK}{slug}'; {body}; END $f$;")
    return Vector(slug, name, plant, naive)


def _q(op: str, a: str = "$1", b: str = "$2") -> str:
    return f"{a} OPERATOR(pg_catalog.{op}) {b}"


# Each operator form catalog.py uses, with the operand types of its old unqualified text.
OPERATORS = [
    _op("nregex-name", "!~", "name", "name", _q("!~", b="$2::pg_catalog.text"),
        "SELECT n.nspname !~ '^pg_' FROM pg_catalog.pg_namespace n LIMIT 1"),
    _op("ne-name", "<>", "name", "name", _q("<>"),
        "SELECT n.nspname <> 'information_schema' FROM pg_catalog.pg_namespace n LIMIT 1"),
    _op("regex-name", "~", "name", "name", _q("~", b="$2::pg_catalog.text"),
        "SELECT r.rolname ~ '^pg_' FROM pg_catalog.pg_roles r LIMIT 1"),
    _op("regex-text", "~", "text", "text", _q("~"),
        "SELECT rolpassword ~ '^md5[0-9a-f]{32}$' FROM pg_catalog.pg_authid LIMIT 1"),
    _op("like-text", "~~", "text", "text", _q("~~"),
        "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_catalog.pg_authid LIMIT 1"),
    _op("eq-name", "=", "name", "name", _q("="),
        "SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"),
    _op("eq-oid", "=", "oid", "oid", _q("="),
        "SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace LIMIT 1"),
    _op("eq-oid-regclass", "=", "oid", "regclass", _q("=", b="$2::pg_catalog.oid"),
        "SELECT d.classoid = 'pg_catalog.pg_class'::regclass FROM pg_catalog.pg_description d LIMIT 1"),
    _op("eq-oid-int4", "=", "oid", "int4", _q("=", b="$2::pg_catalog.oid"),
        "SELECT r.oid = 0 FROM pg_catalog.pg_roles r LIMIT 1"),
    _op("eq-int4", "=", "int4", "int4", _q("="),
        "SELECT d.objsubid = 0 FROM pg_catalog.pg_description d LIMIT 1"),
    _op("eq-int4-int2", "=", "int4", "int2", _q("="),
        "SELECT d.objsubid = a.attnum FROM pg_catalog.pg_description d, pg_catalog.pg_attribute a LIMIT 1"),
    _op("eq-int2", "=", "int2", "int2", _q("="),
        "SELECT a.attnum = k FROM pg_catalog.pg_attribute a, pg_catalog.unnest('{1}'::int2[]) k LIMIT 1"),
    _op("eq-char", "=", '"char"', '"char"', _q("="),
        "SELECT c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') FROM pg_catalog.pg_class c LIMIT 1"),
    _op("eq-text", "=", "text", "text", _q("="),
        "SELECT a.backend_type = 'client backend' FROM pg_catalog.pg_stat_activity a LIMIT 1"),
    _op("eq-timestamptz", "=", "timestamptz", "timestamptz", _q("="),
        "SELECT r.rolvaliduntil = 'infinity' FROM pg_catalog.pg_roles r LIMIT 1"),
    _op("lt-oid-int4", "<", "oid", "int4", _q("<", b="$2::pg_catalog.oid"),
        "SELECT r.oid < 16384 FROM pg_catalog.pg_roles r LIMIT 1"),
    _op("gt-int2-int4", ">", "int2", "int4", _q(">"),
        "SELECT a.attnum > 0 FROM pg_catalog.pg_attribute a LIMIT 1"),
    _op("ne-int4", "<>", "int4", "int4", _q("<>"),
        "SELECT a.pid <> pg_catalog.pg_backend_pid() FROM pg_catalog.pg_stat_activity a LIMIT 1"),
    _op("ne-oid-int4", "<>", "oid", "int4", _q("<>", b="$2::pg_catalog.oid"),
        "SELECT con.conrelid <> 0 FROM pg_catalog.pg_constraint con LIMIT 1"),
    _op("concat-name", "||", "name", "name", _q("||", "$1::pg_catalog.text", "$2::pg_catalog.text"),
        "SELECT n.nspname || '.' || n.nspname FROM pg_catalog.pg_namespace n LIMIT 1", returns="text"),
]

# Every function catalog.py calls (and the sampler's left/array_to_string), as look-alikes in public.
FUNCTIONS = [
    Vector("array-agg", "array_agg",
           f"CREATE FUNCTION public.hostile_agg(pg_catalog.text[], pg_catalog.text) RETURNS pg_catalog.text[] "
           f"LANGUAGE plpgsql AS $f$ BEGIN RAISE LOG '{MARK}array-agg'; RETURN pg_catalog.array_append($1, $2); END $f$;\n"
           "CREATE AGGREGATE public.array_agg(pg_catalog.text) (SFUNC = public.hostile_agg, STYPE = pg_catalog.text[]);",
           "SELECT array_agg(r.rolname::text ORDER BY r.rolname) FROM pg_catalog.pg_roles r"),
    _fn("to-char", "to_char", "pg_catalog.timestamp, pg_catalog.text", "pg_catalog.text", "RETURN pg_catalog.to_char($1, $2)",
        "SELECT to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY') FROM pg_catalog.pg_roles r LIMIT 1"),
    _fn("timezone", "timezone", "pg_catalog.text, pg_catalog.timestamptz", "pg_catalog.timestamp",
        "RETURN pg_catalog.timezone($1, $2)", "SELECT timezone('UTC', r.rolvaliduntil) FROM pg_catalog.pg_roles r LIMIT 1"),
    _fn("host", "host", "pg_catalog.inet", "pg_catalog.text", "RETURN pg_catalog.host($1)",
        "SELECT host(a.client_addr) FROM pg_catalog.pg_stat_activity a LIMIT 1"),
    _fn("unnest", "unnest", "anyarray", "SETOF anyelement", "RETURN QUERY SELECT x FROM pg_catalog.unnest($1) x",
        "SELECT k FROM pg_catalog.pg_constraint con, unnest(con.conkey) k LIMIT 1"),
    _fn("current-setting", "current_setting", "pg_catalog.text", "pg_catalog.text",
        "RETURN pg_catalog.current_setting($1)", "SELECT current_setting('server_version')"),
    _fn("current-database", "current_database", "", "pg_catalog.name", "RETURN pg_catalog.current_database()",
        "SELECT current_database()"),
    _fn("pg-has-role", "pg_has_role", "pg_catalog.name, pg_catalog.oid, pg_catalog.text", "pg_catalog.bool",
        "RETURN pg_catalog.pg_has_role($1, $2, $3)",
        "SELECT pg_has_role(current_user, r.oid, 'USAGE') FROM pg_catalog.pg_roles r LIMIT 1"),
    _fn("pg-hba-file-rules", "pg_hba_file_rules", "", "SETOF pg_catalog.pg_hba_file_rules",
        "RETURN QUERY SELECT * FROM pg_catalog.pg_hba_file_rules()", "SELECT count(*) FROM pg_hba_file_rules()"),
    _fn("pg-get-userbyid", "pg_get_userbyid", "pg_catalog.oid", "pg_catalog.name", "RETURN pg_catalog.pg_get_userbyid($1)",
        "SELECT pg_get_userbyid(d.datdba) FROM pg_catalog.pg_database d LIMIT 1"),
    _fn("tablespace-location", "pg_tablespace_location", "pg_catalog.oid", "pg_catalog.text",
        "RETURN pg_catalog.pg_tablespace_location($1)",
        "SELECT pg_tablespace_location(t.oid) FROM pg_catalog.pg_tablespace t LIMIT 1"),
    _fn("acldefault", "acldefault", 'pg_catalog."char", pg_catalog.oid', "pg_catalog.aclitem[]",
        "RETURN pg_catalog.acldefault($1, $2)", "SELECT acldefault('d', d.datdba) FROM pg_catalog.pg_database d LIMIT 1"),
    _fn("pg-encoding-to-char", "pg_encoding_to_char", "pg_catalog.int4", "pg_catalog.name",
        "RETURN pg_catalog.pg_encoding_to_char($1)",
        "SELECT pg_encoding_to_char(d.encoding) FROM pg_catalog.pg_database d LIMIT 1"),
    _fn("pg-backend-pid", "pg_backend_pid", "", "pg_catalog.int4", "RETURN pg_catalog.pg_backend_pid()",
        "SELECT pg_backend_pid()"),
    _fn("export-snapshot", "pg_export_snapshot", "", "pg_catalog.text", "RETURN pg_catalog.pg_export_snapshot()",
        "SELECT pg_export_snapshot()"),
    _fn("is-in-recovery", "pg_is_in_recovery", "", "pg_catalog.bool", "RETURN pg_catalog.pg_is_in_recovery()",
        "SELECT pg_is_in_recovery()"),
    _fn("current-wal-lsn", "pg_current_wal_lsn", "", "pg_catalog.pg_lsn", "RETURN pg_catalog.pg_current_wal_lsn()",
        "SELECT pg_current_wal_lsn()"),
    _fn("replay-lsn", "pg_last_wal_replay_lsn", "", "pg_catalog.pg_lsn",
        "RETURN pg_catalog.pg_last_wal_replay_lsn()", "SELECT pg_last_wal_replay_lsn()"),
    _fn("wal-lsn-diff", "pg_wal_lsn_diff", "pg_catalog.pg_lsn, pg_catalog.pg_lsn", "pg_catalog.numeric",
        "RETURN pg_catalog.pg_wal_lsn_diff($1, $2)", "SELECT pg_wal_lsn_diff('0/0'::pg_catalog.pg_lsn, '0/0')"),
    _fn("live-tuples", "pg_stat_get_live_tuples", "pg_catalog.oid", "pg_catalog.int8",
        "RETURN pg_catalog.pg_stat_get_live_tuples($1)",
        "SELECT pg_stat_get_live_tuples(c.oid) FROM pg_catalog.pg_class c LIMIT 1"),
    _fn("format-type", "format_type", "pg_catalog.oid, pg_catalog.int4", "pg_catalog.text",
        "RETURN pg_catalog.format_type($1, $2)",
        "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a LIMIT 1"),
    _fn("constraintdef", "pg_get_constraintdef", "pg_catalog.oid", "pg_catalog.text",
        "RETURN pg_catalog.pg_get_constraintdef($1)",
        "SELECT pg_get_constraintdef(con.oid) FROM pg_catalog.pg_constraint con LIMIT 1"),
    _fn("triggerdef", "pg_get_triggerdef", "pg_catalog.oid", "pg_catalog.text", "RETURN pg_catalog.pg_get_triggerdef($1)",
        "SELECT pg_get_triggerdef(t.oid) FROM pg_catalog.pg_trigger t LIMIT 1"),
    _fn("get-expr", "pg_get_expr", "pg_catalog.pg_node_tree, pg_catalog.oid", "pg_catalog.text",
        "RETURN pg_catalog.pg_get_expr($1, $2)",
        "SELECT pg_get_expr(p.polqual, p.polrelid) FROM pg_catalog.pg_policy p LIMIT 1"),
    _fn("identity-args", "pg_get_function_identity_arguments", "pg_catalog.oid", "pg_catalog.text",
        "RETURN pg_catalog.pg_get_function_identity_arguments($1)",
        "SELECT pg_get_function_identity_arguments(p.oid) FROM pg_catalog.pg_proc p LIMIT 1"),
    _fn("viewdef", "pg_get_viewdef", "pg_catalog.oid", "pg_catalog.text", "RETURN pg_catalog.pg_get_viewdef($1)",
        "SELECT pg_get_viewdef('pg_catalog.pg_roles'::pg_catalog.regclass::pg_catalog.oid)"),
    _fn("sqlbody", "pg_get_function_sqlbody", "pg_catalog.oid", "pg_catalog.text",
        "RETURN pg_catalog.pg_get_function_sqlbody($1)",
        "SELECT pg_get_function_sqlbody(p.oid) FROM pg_catalog.pg_proc p LIMIT 1"),
    _fn("date-part", "date_part", "pg_catalog.text, pg_catalog.timestamptz", "pg_catalog.float8",
        "RETURN pg_catalog.date_part($1, $2)", "SELECT date_part('epoch', now())"),
    _fn("postmaster-start", "pg_postmaster_start_time", "", "pg_catalog.timestamptz",
        "RETURN pg_catalog.pg_postmaster_start_time()", "SELECT pg_postmaster_start_time()"),
    _fn("left", "left", "pg_catalog.text, pg_catalog.int4", "pg_catalog.text", "RETURN pg_catalog.left($1, $2)",
        "SELECT left(r.rolname::text, 512) FROM pg_catalog.pg_roles r LIMIT 1"),
    _fn("control-system", "pg_control_system", "",
        "TABLE(pg_control_version pg_catalog.int4, catalog_version_no pg_catalog.int4, "
        "system_identifier pg_catalog.int8, pg_control_last_modified pg_catalog.timestamptz)",
        "RETURN QUERY SELECT * FROM pg_catalog.pg_control_system()",
        "SELECT c.system_identifier FROM pg_control_system() c"),
    _fn("array-to-string", "array_to_string", "anyarray, pg_catalog.text", "pg_catalog.text",
        "RETURN pg_catalog.array_to_string($1, $2)",
        "SELECT array_to_string(d.datacl, ',') FROM pg_catalog.pg_database d LIMIT 1"),
]

# A type named like a catalog one, with a cast she may define because she owns the target type.
TYPES = [
    Vector("type-int8", "int8",
           "CREATE TYPE public.int8 AS (v pg_catalog.float8);\n"
           "CREATE FUNCTION public.hostile_int8(pg_catalog.float4) RETURNS public.int8 LANGUAGE plpgsql AS $f$ "
           f"BEGIN RAISE LOG '{MARK}type-int8'; RETURN ROW($1::pg_catalog.float8); END $f$;\n"
           "CREATE CAST (pg_catalog.float4 AS public.int8) WITH FUNCTION public.hostile_int8(pg_catalog.float4);",
           "SELECT c.reltuples::int8 FROM pg_catalog.pg_class c LIMIT 1"),
]
VECTORS = OPERATORS + FUNCTIONS + TYPES

HER_TABLES = """
CREATE TABLE public.customers (id int PRIMARY KEY, full_name text, email text CHECK (email ~ '@'));
INSERT INTO public.customers
  SELECT g, 'Customer ' || g, 'person' || g || '@example.com' FROM generate_series(1, 40) g;
COMMENT ON TABLE public.customers IS 'her customers';
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NEW; END $f$;
CREATE TRIGGER touch BEFORE UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE POLICY own_rows ON public.customers USING (true);  -- RLS stays disabled: the policy never applies
ANALYZE public.customers;
"""


def test_every_operator_and_function_of_the_catalog_has_a_planted_look_alike():
    ops, funcs = set(), set()
    for q in catalog_queries().values():
        for raw in parse_sql(to_dollar_params(q)):
            for node, _ in _walk(raw):
                if isinstance(node, ast.A_Expr):
                    ops.add(node.name[-1].sval)
                elif isinstance(node, ast.FuncCall):
                    funcs.add(node.funcname[-1].sval)
    assert ops == {"!~", "<>", "=", "~", "<", "~~", ">", "||"}
    assert ops <= {v.symbol for v in OPERATORS}
    assert funcs <= {v.symbol for v in FUNCTIONS}
    assert len({v.slug for v in VECTORS}) == len(VECTORS)


# ---- the live attack, on PostgreSQL 15 and 18 ---------------------------------------------------

@pytest.fixture(scope="module", params=["pg15", "pg18"])
def hostile(request, make_cluster):
    """A private cluster where mallory (no superuser) owns her_db and has planted every vector."""
    c = make_cluster(bindir=request.getfixturevalue(f"{request.param}_bindir"))
    try:
        c.execute(f"CREATE ROLE {HER} LOGIN")
        c.execute(f"CREATE DATABASE {HER_DB} OWNER {HER}")   # PG15+: so she owns its public schema
        with c.connect(HER_DB, user=HER) as conn:
            conn.execute(HER_TABLES)
            for v in VECTORS:
                conn.execute(v.plant)
            conn.execute(f"ALTER DATABASE {HER_DB} SET search_path = public, pg_catalog")
        _psql(c, role_sql(LP_ROLE, databases=("postgres",)))
        yield c
    finally:
        c.stop()


def _fired(cluster, since: int) -> set[str]:
    return set(MARKERS.findall(cluster.log_text()[since:]))


def test_the_naive_catalog_sql_fires_every_vector(hostile):
    """Without our session options and with the old unqualified SQL, each planted object runs."""
    fired = {}
    for v in VECTORS:
        since = len(hostile.log_text())
        with hostile.connect(HER_DB) as conn:
            assert conn.execute("SHOW search_path").fetchone() == ("public, pg_catalog",)
            conn.execute(v.naive).fetchall()
        fired[v.slug] = MARK + v.slug in _fired(hostile, since)
    assert [slug for slug, yes in fired.items() if not yes] == []


def test_our_session_defeats_the_naive_sql(hostile):
    """The pinned search_path alone: the same old SQL in a pgcomply session runs nothing of hers."""
    since = len(hostile.log_text())
    with connect(hostile.dsn(HER_DB), Thresholds()) as conn:
        for v in VECTORS:
            with conn.transaction():
                conn.execute(v.naive).fetchall()
    assert _fired(hostile, since) == set()


def test_the_qualified_catalog_sql_defeats_a_hostile_search_path(hostile):
    """The qualified SQL alone: every catalog query in a session that has her search_path runs nothing of hers."""
    since = len(hostile.log_text())
    names = {"names": list(catalog.FILE_ACCESS_FUNCTIONS)}
    with hostile.connect(HER_DB) as conn:
        assert conn.execute("SHOW search_path").fetchone() == ("public, pg_catalog",)
        for name, q in catalog_queries((hostile.major,)).items():
            if name.startswith("statement_texts"):   # needs pg_stat_statements preloaded; linted above
                continue
            conn.execute(q, names if "%(names)s" in q else None).fetchall()
    assert _fired(hostile, since) == set()


def test_session_options_beat_role_and_database_settings_and_keep_the_users_own(hostile):
    hostile.execute(f"ALTER ROLE {HER} IN DATABASE {HER_DB} SET search_path = public")
    hostile.execute(f"ALTER ROLE {HER} SET row_security = on")
    dsn = hostile.dsn(HER_DB, user=HER, options="-c search_path=public -c row_security=on -c work_mem=7MB")
    with connect(dsn, Thresholds()) as conn:
        got = [conn.execute(f"SHOW {g}").fetchone()[0] for g in ("search_path", "row_security", "work_mem",
                                                                  "default_transaction_read_only")]
        schemas = conn.execute("SELECT pg_catalog.current_schemas(true)").fetchone()[0]
    assert got == ["pg_catalog,pg_temp", "off", "7MB", "on"]
    assert schemas == ["pg_catalog"]           # public is not searched at all; pg_temp does not exist yet
    with hostile.connect(HER_DB, user=HER) as conn:   # without our options her settings do apply
        assert conn.execute("SHOW search_path").fetchone() == ("public",)


@pytest.mark.parametrize("user", ["postgres", LP_ROLE])
def test_an_audit_with_sampling_runs_none_of_her_code_and_still_covers_her_database(hostile, user):
    since = len(hostile.log_text())
    result = audit(hostile.dsn("postgres", user=user), policy=Policy())
    assert _fired(hostile, since) == set()
    snap = result.snapshot
    assert (snap.access.user, snap.access.is_superuser) == (user, user == "postgres")
    assert [d.collected for d in snap.databases if d.name == HER_DB] == [True]
    mine = {(r.schema, r.name, r.kind) for r in snap.relations if r.database == HER_DB}
    assert ("public", "customers", "r") in mine
    policies = {(p.schema, p.table, p.name) for p in snap.policies if p.database == HER_DB}
    assert policies == {("public", "customers", "own_rows")}
    assert {(s.table, s.column) for s in snap.samples or () if s.database == HER_DB} >= {("customers", "email")}
    assert [g for g in snap.gaps if HER_DB in g.item] == []
    assert hostile.execute("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = %s", params=(HER,)) == [(False,)]
