"""Every catalog query the collector sends. One statement per kind per database, never one per object.

Columns come back in the field order of the model dataclass they feed (see collect.py), so rows
become objects positionally. Version differences (PG13-18) are handled by picking a query text.
"""
from __future__ import annotations

from typing import LiteralString

# Application objects: everything outside pg_catalog, information_schema, pg_toast and temp schemas.
_USER_NS = "n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"

SERVER_INFO: LiteralString = """
SELECT pg_catalog.current_setting('server_version'), pg_catalog.current_setting('server_version_num')::int,
       pg_catalog.current_database(), current_user, r.rolsuper, r.rolbypassrls
FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"""

PREDEFINED_ROLES_HELD: LiteralString = """
SELECT coalesce(array_agg(r.rolname::text ORDER BY r.rolname), '{}')
FROM pg_catalog.pg_roles r
WHERE r.oid < 16384 AND r.rolname ~ '^pg_' AND pg_catalog.pg_has_role(current_user, r.oid, 'USAGE')"""

SETTINGS: LiteralString = """
SELECT name, setting, unit, source, context, vartype, sourcefile, sourceline, pending_restart
FROM pg_catalog.pg_settings ORDER BY name"""

_HBA_COLUMNS = "line_number, type, coalesce(database, '{}'), coalesce(user_name, '{}'), address, netmask, auth_method, coalesce(options, '{}'), error"


def hba_rules(major: int, via_function: bool) -> LiteralString:
    """pg_hba_file_rules (view) or pg_hba_file_rules() (function: EXECUTE can be granted alone)."""
    src = "pg_catalog.pg_hba_file_rules()" if via_function else "pg_catalog.pg_hba_file_rules"
    extra = "file_name, rule_number" if major >= 16 else "NULL::text, NULL::int"
    order = "rule_number" if major >= 16 else "line_number"
    return f"SELECT {_HBA_COLUMNS}, {extra} FROM {src} ORDER BY {order}"  # type: ignore[return-value]


ROLES: LiteralString = """
SELECT r.oid::int8, r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
       r.rolreplication, r.rolbypassrls, r.rolconnlimit,
       CASE WHEN r.rolvaliduntil IS NULL THEN NULL
            WHEN r.rolvaliduntil = 'infinity' THEN 'infinity'
            ELSE to_char(r.rolvaliduntil AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END,
       coalesce(r.rolconfig, '{}'), d.description
FROM pg_catalog.pg_roles r
LEFT JOIN pg_catalog.pg_shdescription d ON d.objoid = r.oid AND d.classoid = 'pg_catalog.pg_authid'::regclass
ORDER BY r.rolname"""

# Only the kind of hash leaves the server, never the hash. Readable by superusers and pg_read_all_data.
PASSWORD_KINDS: LiteralString = """
SELECT rolname,
       CASE WHEN rolpassword IS NULL THEN 'none'
            WHEN rolpassword LIKE 'SCRAM-SHA-256$%' THEN 'scram-sha-256'
            WHEN rolpassword ~ '^md5[0-9a-f]{32}$' THEN 'md5'
            ELSE 'plaintext' END
FROM pg_catalog.pg_authid"""


def memberships(major: int) -> LiteralString:
    opts = "m.inherit_option, m.set_option" if major >= 16 else "NULL::bool, NULL::bool"
    return f"""
SELECT r.rolname, u.rolname, g.rolname, m.admin_option, {opts}
FROM pg_catalog.pg_auth_members m
JOIN pg_catalog.pg_roles r ON r.oid = m.roleid
JOIN pg_catalog.pg_roles u ON u.oid = m.member
LEFT JOIN pg_catalog.pg_roles g ON g.oid = m.grantor
ORDER BY 1, 2"""  # type: ignore[return-value]


DATABASES: LiteralString = """
SELECT d.oid::int8, d.datname, pg_catalog.pg_get_userbyid(d.datdba),
       coalesce(d.datacl, pg_catalog.acldefault('d', d.datdba))::text[],
       d.datallowconn, d.datistemplate, d.datconnlimit, pg_catalog.pg_encoding_to_char(d.encoding)
FROM pg_catalog.pg_database d ORDER BY d.datname"""

# Per-role / per-database setting defaults (shared catalog, readable by every role). A NULL name is "all".
DB_ROLE_SETTINGS: LiteralString = """
SELECT d.datname, r.rolname, coalesce(s.setconfig, '{}')
FROM pg_catalog.pg_db_role_setting s
LEFT JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
LEFT JOIN pg_catalog.pg_roles r ON r.oid = s.setrole
ORDER BY 1 NULLS FIRST, 2 NULLS FIRST"""

SESSIONS: LiteralString = """
SELECT a.pid, a.usename, a.datname, host(a.client_addr), a.application_name, s.ssl, s.version, s.cipher, s.bits
FROM pg_catalog.pg_stat_activity a LEFT JOIN pg_catalog.pg_stat_ssl s ON s.pid = a.pid
WHERE a.backend_type = 'client backend' AND a.pid <> pg_catalog.pg_backend_pid()
ORDER BY a.pid"""

# ---- per database -------------------------------------------------------------------------------

SCHEMAS: LiteralString = f"""
SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner),
       coalesce(n.nspacl, pg_catalog.acldefault('n', n.nspowner))::text[], d.description, e.extname
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = n.oid AND d.classoid = 'pg_catalog.pg_namespace'::regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid = 'pg_catalog.pg_namespace'::regclass AND dep.objid = n.oid AND dep.deptype = 'e'
LEFT JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid
WHERE {_USER_NS} ORDER BY n.nspname"""  # type: ignore[assignment]

RELATIONS: LiteralString = f"""
SELECT n.nspname, c.relname, c.oid::int8, c.relkind::text, pg_catalog.pg_get_userbyid(c.relowner),
       coalesce(c.relacl, pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner))::text[],
       c.relrowsecurity, c.relforcerowsecurity,
       greatest(c.reltuples::int8, pg_catalog.pg_stat_get_live_tuples(c.oid)),
       d.description, c.relispartition, c.relpersistence::text, e.extname, coalesce(c.reloptions, '{{}}')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid = 'pg_catalog.pg_class'::regclass AND dep.objid = c.oid AND dep.deptype = 'e'
LEFT JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND {_USER_NS}
ORDER BY n.nspname, c.relname"""  # type: ignore[assignment]

COLUMNS: LiteralString = f"""
SELECT a.attrelid::int8, a.attname, a.attnum, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
       d.description, coalesce(a.attacl::text[], '{{}}'),
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND {_USER_NS}
ORDER BY a.attrelid, a.attnum"""  # type: ignore[assignment]

# Check and foreign-key definitions feed classification (CHECK (email ~ '@')) and ownership (user_id -> users).
CONSTRAINTS: LiteralString = f"""
SELECT con.conrelid::int8, con.conname, con.contype::text,
       coalesce(ARRAY(SELECT a.attname::text FROM unnest(con.conkey) k
                      JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k), '{{}}'),
       CASE WHEN con.contype IN ('c', 'f') THEN pg_catalog.pg_get_constraintdef(con.oid) ELSE '' END
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE con.conrelid <> 0 AND con.contype IN ('c', 'f', 'p', 'u') AND {_USER_NS}
ORDER BY con.conrelid, con.conname"""  # type: ignore[assignment]

TRIGGERS: LiteralString = f"""
SELECT t.tgrelid::int8, t.tgname, pn.nspname || '.' || p.proname, t.tgenabled::text, pg_catalog.pg_get_triggerdef(t.oid)
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND {_USER_NS}
ORDER BY t.tgrelid, t.tgname"""  # type: ignore[assignment]

POLICIES: LiteralString = """
SELECT n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd::text,
       ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r)::text END
             FROM unnest(p.polroles) r ORDER BY 1),
       pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
ORDER BY 1, 2, 3"""

# Functions: the same columns for application functions and for the few dangerous pg_catalog ones.
_FUNCTION_SELECT = """
SELECT n.nspname, p.proname, p.oid::int8, pg_catalog.pg_get_function_identity_arguments(p.oid), p.prokind::text,
       pg_catalog.pg_get_userbyid(p.proowner), l.lanname, p.prosecdef, p.proleakproof, p.provolatile::text,
       coalesce(p.proconfig, '{}'), coalesce(p.proacl, pg_catalog.acldefault('f', p.proowner))::text[], e.extname
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid = 'pg_catalog.pg_proc'::regclass AND dep.objid = p.oid AND dep.deptype = 'e'
LEFT JOIN pg_catalog.pg_extension e ON e.oid = dep.refobjid"""

FUNCTIONS: LiteralString = _FUNCTION_SELECT + f"""
WHERE {_USER_NS}
ORDER BY n.nspname, p.proname, p.oid"""  # type: ignore[assignment]

EXTENSIONS: LiteralString = """
SELECT e.extname, e.extversion, n.nspname, pg_catalog.pg_get_userbyid(e.extowner)
FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
ORDER BY e.extname"""

LANGUAGES: LiteralString = """
SELECT l.lanname, l.lanpltrusted, l.lanispl, pg_catalog.pg_get_userbyid(l.lanowner),
       coalesce(l.lanacl, pg_catalog.acldefault('l', l.lanowner))::text[]
FROM pg_catalog.pg_language l ORDER BY l.lanname"""

DEFAULT_ACLS: LiteralString = """
SELECT pg_catalog.pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype::text, d.defaclacl::text[]
FROM pg_catalog.pg_default_acl d LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
ORDER BY 1, 2, 3"""

FOREIGN_SERVERS: LiteralString = """
SELECT s.srvname, w.fdwname, pg_catalog.pg_get_userbyid(s.srvowner),
       coalesce(s.srvacl, pg_catalog.acldefault('S', s.srvowner))::text[], coalesce(s.srvoptions, '{}')
FROM pg_catalog.pg_foreign_server s JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
ORDER BY s.srvname"""

# Server-file and large-object functions in pg_catalog: superuser-only by default, so an EXECUTE grant on
# one of them hands out file access on the server. Same columns as FUNCTIONS; one statement per database.
FILE_ACCESS_FUNCTIONS = ("pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import",
                         "lo_export", "pg_file_write", "pg_file_rename", "pg_file_unlink", "pg_logdir_ls")

CATALOG_FUNCTIONS: LiteralString = _FUNCTION_SELECT + """
WHERE n.nspname = 'pg_catalog' AND p.proname = ANY(%(names)s)
ORDER BY p.proname, p.oid"""
