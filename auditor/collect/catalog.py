"""Every catalog query the collector sends. One statement per kind per database, never one per object.

Columns come back in the field order of the model dataclass they feed (see collect.py), so rows
become objects positionally. Version differences (PG13-18) are handled by picking a query text.

The audited database's users may plant operators, functions and types that an unqualified name would
resolve to (CVE-2018-1058): `public.!~(name, name)` is a better match for `nspname !~ '^pg_'` than
pg_catalog's. So every operator is OPERATOR(pg_catalog.x), every function and type pg_catalog-qualified,
every literal typed, and IN lists are `OPERATOR(pg_catalog.=) ANY (ARRAY[...]::type[])`; the session also
pins search_path (connect.session_options). tests/sql_lint.py checks every query here.
"""
from __future__ import annotations

from typing import LiteralString

from psycopg import sql

# Application objects: everything outside pg_catalog, information_schema, pg_toast and temp schemas.
_USER_NS = ("n.nspname OPERATOR(pg_catalog.!~) '^pg_'::pg_catalog.text "
            "AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema'::pg_catalog.name")

SERVER_INFO: LiteralString = """
SELECT pg_catalog.current_setting('server_version'::pg_catalog.text),
       pg_catalog.current_setting('server_version_num'::pg_catalog.text)::pg_catalog.int4,
       pg_catalog.current_database(), current_user, r.rolsuper, r.rolbypassrls,
       pg_catalog.date_part('epoch'::pg_catalog.text, pg_catalog.pg_postmaster_start_time())::pg_catalog.int8
FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) current_user"""

# The cluster's identity for the audit history (same across DNS names and ports; EXECUTE is PUBLIC by default).
SYSTEM_IDENTIFIER: LiteralString = """
SELECT c.system_identifier::pg_catalog.text FROM pg_catalog.pg_control_system() c"""

PREDEFINED_ROLES_HELD: LiteralString = """
SELECT coalesce(pg_catalog.array_agg(r.rolname::pg_catalog.text ORDER BY r.rolname), '{}'::pg_catalog.text[])
FROM pg_catalog.pg_roles r
WHERE r.oid OPERATOR(pg_catalog.<) 16384::pg_catalog.oid AND r.rolname OPERATOR(pg_catalog.~) '^pg_'::pg_catalog.text
  AND pg_catalog.pg_has_role(current_user, r.oid, 'USAGE'::pg_catalog.text)"""

SETTINGS: LiteralString = """
SELECT name, setting, unit, source, context, vartype, sourcefile, sourceline, pending_restart
FROM pg_catalog.pg_settings ORDER BY name"""

_HBA_COLUMNS = ("line_number, type, coalesce(database, '{}'::pg_catalog.text[]), "
                "coalesce(user_name, '{}'::pg_catalog.text[]), address, netmask, auth_method, "
                "coalesce(options, '{}'::pg_catalog.text[]), error")


def hba_rules(major: int, via_function: bool) -> LiteralString:
    """pg_hba_file_rules (view) or pg_hba_file_rules() (function: EXECUTE can be granted alone)."""
    src = "pg_catalog.pg_hba_file_rules()" if via_function else "pg_catalog.pg_hba_file_rules"
    extra = "file_name, rule_number" if major >= 16 else "NULL::pg_catalog.text, NULL::pg_catalog.int4"
    order = "rule_number" if major >= 16 else "line_number"
    return f"SELECT {_HBA_COLUMNS}, {extra} FROM {src} ORDER BY {order}"  # type: ignore[return-value]


ROLES: LiteralString = """
SELECT r.oid::pg_catalog.int8, r.rolname, r.rolsuper, r.rolinherit, r.rolcreaterole, r.rolcreatedb, r.rolcanlogin,
       r.rolreplication, r.rolbypassrls, r.rolconnlimit,
       CASE WHEN r.rolvaliduntil IS NULL THEN NULL
            WHEN r.rolvaliduntil OPERATOR(pg_catalog.=) 'infinity'::pg_catalog.timestamptz THEN 'infinity'::pg_catalog.text
            ELSE pg_catalog.to_char(pg_catalog.timezone('UTC'::pg_catalog.text, r.rolvaliduntil),
                                    'YYYY-MM-DD"T"HH24:MI:SS"Z"'::pg_catalog.text) END,
       coalesce(r.rolconfig, '{}'::pg_catalog.text[]), d.description
FROM pg_catalog.pg_roles r
LEFT JOIN pg_catalog.pg_shdescription d ON d.objoid OPERATOR(pg_catalog.=) r.oid
      AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_authid'::pg_catalog.regclass
ORDER BY r.rolname"""

# Only the kind of hash leaves the server, never the hash. Readable by superusers and pg_read_all_data.
PASSWORD_KINDS: LiteralString = """
SELECT rolname,
       CASE WHEN rolpassword IS NULL THEN 'none'::pg_catalog.text
            WHEN rolpassword OPERATOR(pg_catalog.~~) 'SCRAM-SHA-256$%'::pg_catalog.text THEN 'scram-sha-256'::pg_catalog.text
            WHEN rolpassword OPERATOR(pg_catalog.~) '^md5[0-9a-f]{32}$'::pg_catalog.text THEN 'md5'::pg_catalog.text
            ELSE 'plaintext'::pg_catalog.text END
FROM pg_catalog.pg_authid"""


def memberships(major: int) -> LiteralString:
    opts = "m.inherit_option, m.set_option" if major >= 16 else "NULL::pg_catalog.bool, NULL::pg_catalog.bool"
    return f"""
SELECT r.rolname, u.rolname, g.rolname, m.admin_option, {opts}
FROM pg_catalog.pg_auth_members m
JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) m.roleid
JOIN pg_catalog.pg_roles u ON u.oid OPERATOR(pg_catalog.=) m.member
LEFT JOIN pg_catalog.pg_roles g ON g.oid OPERATOR(pg_catalog.=) m.grantor
ORDER BY 1, 2"""  # type: ignore[return-value]


DATABASES: LiteralString = """
SELECT d.oid::pg_catalog.int8, d.datname, pg_catalog.pg_get_userbyid(d.datdba),
       coalesce(d.datacl, pg_catalog.acldefault('d'::pg_catalog."char", d.datdba))::pg_catalog.text[],
       d.datallowconn, d.datistemplate, d.datconnlimit, pg_catalog.pg_encoding_to_char(d.encoding)
FROM pg_catalog.pg_database d ORDER BY d.datname"""

# Per-role / per-database setting defaults (shared catalog, readable by every role). A NULL name is "all".
DB_ROLE_SETTINGS: LiteralString = """
SELECT d.datname, r.rolname, coalesce(s.setconfig, '{}'::pg_catalog.text[])
FROM pg_catalog.pg_db_role_setting s
LEFT JOIN pg_catalog.pg_database d ON d.oid OPERATOR(pg_catalog.=) s.setdatabase
LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) s.setrole
ORDER BY 1 NULLS FIRST, 2 NULLS FIRST"""

SESSIONS: LiteralString = """
SELECT a.pid, a.usename, a.datname, pg_catalog.host(a.client_addr), a.application_name,
       s.ssl, s.version, s.cipher, s.bits
FROM pg_catalog.pg_stat_activity a LEFT JOIN pg_catalog.pg_stat_ssl s ON s.pid OPERATOR(pg_catalog.=) a.pid
WHERE a.backend_type OPERATOR(pg_catalog.=) 'client backend'::pg_catalog.text
  AND a.pid OPERATOR(pg_catalog.<>) pg_catalog.pg_backend_pid()
ORDER BY a.pid"""

# ---- per database -------------------------------------------------------------------------------

# Lets a second session of ours read pg_attribute in this transaction's snapshot (auditor/collect/aside.py).
EXPORT_SNAPSHOT: LiteralString = "SELECT pg_catalog.pg_export_snapshot()"

SCHEMAS: LiteralString = f"""
SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner),
       coalesce(n.nspacl, pg_catalog.acldefault('n'::pg_catalog."char", n.nspowner))::pg_catalog.text[],
       d.description, e.extname
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid OPERATOR(pg_catalog.=) n.oid
      AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_namespace'::pg_catalog.regclass
      AND d.objsubid OPERATOR(pg_catalog.=) 0
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_namespace'::pg_catalog.regclass
      AND dep.objid OPERATOR(pg_catalog.=) n.oid AND dep.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
LEFT JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) dep.refobjid
WHERE {_USER_NS} ORDER BY n.nspname"""  # type: ignore[assignment]

RELATIONS: LiteralString = f"""
SELECT n.nspname, c.relname, c.oid::pg_catalog.int8, c.relkind::pg_catalog.text, pg_catalog.pg_get_userbyid(c.relowner),
       coalesce(c.relacl, pg_catalog.acldefault(CASE WHEN c.relkind OPERATOR(pg_catalog.=) 'S'::pg_catalog."char"
                                                     THEN 's'::pg_catalog."char" ELSE 'r'::pg_catalog."char" END,
                                                c.relowner))::pg_catalog.text[],
       c.relrowsecurity, c.relforcerowsecurity,
       greatest(c.reltuples::pg_catalog.int8, pg_catalog.pg_stat_get_live_tuples(c.oid)),
       d.description, c.relispartition, c.relpersistence::pg_catalog.text, e.extname,
       coalesce(c.reloptions, '{{}}'::pg_catalog.text[]), fs.srvname::pg_catalog.text
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
LEFT JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid OPERATOR(pg_catalog.=) c.oid
LEFT JOIN pg_catalog.pg_foreign_server fs ON fs.oid OPERATOR(pg_catalog.=) ft.ftserver
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid OPERATOR(pg_catalog.=) c.oid
      AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.objsubid OPERATOR(pg_catalog.=) 0
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
      AND dep.objid OPERATOR(pg_catalog.=) c.oid AND dep.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
LEFT JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) dep.refobjid
WHERE c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p', 'v', 'm', 'f', 'S']::pg_catalog."char"[]) AND {_USER_NS}
ORDER BY n.nspname, c.relname"""  # type: ignore[assignment]

# No ORDER BY: sorting every column of every table spills to disk on the server; the collector orders each
# relation's columns itself (dbcatalog._columns).
COLUMNS: LiteralString = f"""
SELECT a.attrelid::pg_catalog.int8, a.attname, a.attnum, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
       d.description, coalesce(a.attacl::pg_catalog.text[], '{{}}'::pg_catalog.text[]),
       CASE WHEN t.typtype OPERATOR(pg_catalog.=) 'd'::pg_catalog."char"
            THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) a.atttypid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid OPERATOR(pg_catalog.=) a.attrelid
      AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
      AND d.objsubid OPERATOR(pg_catalog.=) a.attnum
WHERE a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped
  AND c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p', 'v', 'm', 'f']::pg_catalog."char"[]) AND {_USER_NS}"""  # type: ignore[assignment]

# Check and foreign-key definitions feed classification (CHECK (email ~ '@')) and ownership (user_id -> users).
# Key columns come as attnums; the collector names them from the columns it already read (no subquery per row).
CONSTRAINTS: LiteralString = f"""
SELECT con.conrelid::pg_catalog.int8, con.conname, con.contype::pg_catalog.text,
       coalesce(con.conkey, '{{}}'::pg_catalog.int2[]),
       CASE WHEN con.contype OPERATOR(pg_catalog.=) ANY (ARRAY['c', 'f']::pg_catalog."char"[])
            THEN pg_catalog.pg_get_constraintdef(con.oid) ELSE ''::pg_catalog.text END
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
WHERE con.conrelid OPERATOR(pg_catalog.<>) 0::pg_catalog.oid
  AND con.contype OPERATOR(pg_catalog.=) ANY (ARRAY['c', 'f', 'p', 'u']::pg_catalog."char"[]) AND {_USER_NS}
ORDER BY con.conrelid, con.conname"""  # type: ignore[assignment]

TRIGGERS: LiteralString = f"""
SELECT t.tgrelid::pg_catalog.int8, t.tgname,
       pn.nspname::pg_catalog.text OPERATOR(pg_catalog.||) '.'::pg_catalog.text
           OPERATOR(pg_catalog.||) p.proname::pg_catalog.text,
       t.tgenabled::pg_catalog.text, pg_catalog.pg_get_triggerdef(t.oid)
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) t.tgfoid
JOIN pg_catalog.pg_namespace pn ON pn.oid OPERATOR(pg_catalog.=) p.pronamespace
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
WHERE NOT t.tgisinternal AND {_USER_NS}
ORDER BY t.tgrelid, t.tgname"""  # type: ignore[assignment]

# What each view and materialized view reads: its rewrite rule's dependencies on other relations (the rule
# also depends on its own view, which is left out). Checks follow these to the tables behind a view; the column
# numbers it reads (0: the relation as a whole) route the access matrix from a view to the sensitive columns.
VIEW_SOURCES: LiteralString = f"""
SELECT rw.ev_class::pg_catalog.int8, dep.refobjid::pg_catalog.int8,
       pg_catalog.array_agg(DISTINCT dep.refobjsubid ORDER BY dep.refobjsubid)
FROM pg_catalog.pg_rewrite rw
JOIN pg_catalog.pg_depend dep
  ON dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_rewrite'::pg_catalog.regclass
 AND dep.objid OPERATOR(pg_catalog.=) rw.oid
 AND dep.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
 AND dep.refobjid OPERATOR(pg_catalog.<>) rw.ev_class
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) rw.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
WHERE c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['v', 'm']::pg_catalog."char"[]) AND {_USER_NS}
GROUP BY 1, 2
ORDER BY 1, 2"""  # type: ignore[assignment]

POLICIES: LiteralString = """
SELECT n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd::pg_catalog.text,
       ARRAY(SELECT CASE WHEN r OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'public'::pg_catalog.text
                         ELSE pg_catalog.pg_get_userbyid(r)::pg_catalog.text END
             FROM pg_catalog.unnest(p.polroles) r ORDER BY 1),
       pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
ORDER BY 1, 2, 3"""

# Functions: the same columns for application functions and for the few dangerous pg_catalog ones.
_FUNCTION_SELECT = """
SELECT n.nspname, p.proname, p.oid::pg_catalog.int8, pg_catalog.pg_get_function_identity_arguments(p.oid),
       p.prokind::pg_catalog.text, pg_catalog.pg_get_userbyid(p.proowner), l.lanname, p.prosecdef, p.proleakproof,
       p.provolatile::pg_catalog.text, coalesce(p.proconfig, '{}'::pg_catalog.text[]),
       coalesce(p.proacl, pg_catalog.acldefault('f'::pg_catalog."char", p.proowner))::pg_catalog.text[], e.extname
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid OPERATOR(pg_catalog.=) p.prolang
LEFT JOIN pg_catalog.pg_depend dep
       ON dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
      AND dep.objid OPERATOR(pg_catalog.=) p.oid AND dep.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
LEFT JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) dep.refobjid"""

FUNCTIONS: LiteralString = _FUNCTION_SELECT + f"""
WHERE {_USER_NS}
ORDER BY n.nspname, p.proname, p.oid"""  # type: ignore[assignment]

# SQL text that can hold a literal key or a connection password: function bodies (SQL and PL/pgSQL), view and
# matview queries, column defaults. Extension members are left out. The collector scans each row as it arrives
# (analysis/sql_secrets.py) and keeps only where a secret is used: the text never reaches the Snapshot.
# A BEGIN ATOMIC body (PG14+) is kept parsed, not in prosrc.
def sql_texts(major: int) -> LiteralString:
    body = "coalesce(pg_catalog.pg_get_function_sqlbody(p.oid), p.prosrc)" if major >= 14 else "p.prosrc"
    return f"""
SELECT 'function'::pg_catalog.text, n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid),
       l.lanname::pg_catalog.text, {body}
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid OPERATOR(pg_catalog.=) p.prolang
WHERE l.lanname OPERATOR(pg_catalog.=) ANY (ARRAY['sql', 'plpgsql']::pg_catalog.name[]) AND {_USER_NS}
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend dep
                  WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND dep.objid OPERATOR(pg_catalog.=) p.oid AND dep.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char")
UNION ALL
SELECT 'view'::pg_catalog.text, n.nspname, c.relname, ''::pg_catalog.text, 'sql'::pg_catalog.text,
       pg_catalog.pg_get_viewdef(c.oid)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
WHERE c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['v', 'm']::pg_catalog."char"[]) AND {_USER_NS}
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend dep
                  WHERE dep.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND dep.objid OPERATOR(pg_catalog.=) c.oid AND dep.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char")
UNION ALL
SELECT 'default'::pg_catalog.text, n.nspname, c.relname, a.attname::pg_catalog.text, 'expr'::pg_catalog.text,
       pg_catalog.pg_get_expr(d.adbin, d.adrelid)
FROM pg_catalog.pg_attrdef d
JOIN pg_catalog.pg_attribute a
  ON a.attrelid OPERATOR(pg_catalog.=) d.adrelid AND a.attnum OPERATOR(pg_catalog.=) d.adnum
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) d.adrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
WHERE NOT a.attisdropped AND {_USER_NS}
ORDER BY 1, 2, 3, 4"""  # type: ignore[return-value]

EXTENSIONS: LiteralString = """
SELECT e.extname, e.extversion, n.nspname, pg_catalog.pg_get_userbyid(e.extowner)
FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
ORDER BY e.extname"""

LANGUAGES: LiteralString = """
SELECT l.lanname, l.lanpltrusted, l.lanispl, pg_catalog.pg_get_userbyid(l.lanowner),
       coalesce(l.lanacl, pg_catalog.acldefault('l'::pg_catalog."char", l.lanowner))::pg_catalog.text[]
FROM pg_catalog.pg_language l ORDER BY l.lanname"""

DEFAULT_ACLS: LiteralString = """
SELECT pg_catalog.pg_get_userbyid(d.defaclrole), n.nspname, d.defaclobjtype::pg_catalog.text,
       d.defaclacl::pg_catalog.text[]
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) d.defaclnamespace
ORDER BY 1, 2, 3"""

FOREIGN_SERVERS: LiteralString = """
SELECT s.srvname, w.fdwname, pg_catalog.pg_get_userbyid(s.srvowner),
       coalesce(s.srvacl, pg_catalog.acldefault('S'::pg_catalog."char", s.srvowner))::pg_catalog.text[],
       coalesce(s.srvoptions, '{}'::pg_catalog.text[]),
       ARRAY(SELECT um.usename::pg_catalog.text FROM pg_catalog.pg_user_mappings um
             WHERE um.srvid OPERATOR(pg_catalog.=) s.oid ORDER BY 1)
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid OPERATOR(pg_catalog.=) s.srvfdw
ORDER BY s.srvname"""

# Who holds a user mapping on each server comes from pg_user_mappings (readable by every role), never umoptions:
# those hold passwords.

# System catalogs: the sensitive ones always (their ACL is owner-only after initdb), and any pg_catalog relation,
# function or column whose ACL now differs from the one initdb left (pg_init_privs; a column grant such as
# SELECT (rolpassword) ON pg_authid is a column's). Per database: pg_class, pg_proc and
# pg_init_privs are per-database, and a GRANT on a shared catalog such as pg_authid changes only this database's row.
SENSITIVE_CATALOGS = ("pg_authid", "pg_shadow", "pg_statistic", "pg_statistic_ext_data", "pg_user_mapping",
                      "pg_subscription", "pg_largeobject", "pg_hba_file_rules", "pg_ident_file_mappings",
                      "pg_file_settings")

CATALOG_ACLS: LiteralString = """
SELECT 'relation'::pg_catalog.text, c.relname::pg_catalog.text, ''::pg_catalog.text, pg_catalog.pg_get_userbyid(c.relowner),
       coalesce(c.relacl, pg_catalog.acldefault('r'::pg_catalog."char", c.relowner))::pg_catalog.text[],
       coalesce(ip.initprivs, pg_catalog.acldefault('r'::pg_catalog."char", c.relowner))::pg_catalog.text[]
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
LEFT JOIN pg_catalog.pg_init_privs ip
       ON ip.objoid OPERATOR(pg_catalog.=) c.oid AND ip.objsubid OPERATOR(pg_catalog.=) 0
      AND ip.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
WHERE n.nspname OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.name
  AND (c.relname OPERATOR(pg_catalog.=) ANY (%(names)s::pg_catalog.name[])
       OR coalesce(c.relacl, pg_catalog.acldefault('r'::pg_catalog."char", c.relowner))::pg_catalog.text[]
          OPERATOR(pg_catalog.<>)
          coalesce(ip.initprivs, pg_catalog.acldefault('r'::pg_catalog."char", c.relowner))::pg_catalog.text[])
UNION ALL
SELECT 'function'::pg_catalog.text, p.proname::pg_catalog.text, pg_catalog.pg_get_function_identity_arguments(p.oid),
       pg_catalog.pg_get_userbyid(p.proowner),
       coalesce(p.proacl, pg_catalog.acldefault('f'::pg_catalog."char", p.proowner))::pg_catalog.text[],
       coalesce(ip.initprivs, pg_catalog.acldefault('f'::pg_catalog."char", p.proowner))::pg_catalog.text[]
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) p.pronamespace
LEFT JOIN pg_catalog.pg_init_privs ip
       ON ip.objoid OPERATOR(pg_catalog.=) p.oid AND ip.objsubid OPERATOR(pg_catalog.=) 0
      AND ip.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
WHERE n.nspname OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.name
  AND coalesce(p.proacl, pg_catalog.acldefault('f'::pg_catalog."char", p.proowner))::pg_catalog.text[]
      OPERATOR(pg_catalog.<>)
      coalesce(ip.initprivs, pg_catalog.acldefault('f'::pg_catalog."char", p.proowner))::pg_catalog.text[]
UNION ALL
SELECT 'column'::pg_catalog.text, c.relname::pg_catalog.text, a.attname::pg_catalog.text,
       pg_catalog.pg_get_userbyid(c.relowner), a.attacl::pg_catalog.text[],
       coalesce(ip.initprivs, '{}'::pg_catalog.aclitem[])::pg_catalog.text[]
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
LEFT JOIN pg_catalog.pg_init_privs ip
       ON ip.objoid OPERATOR(pg_catalog.=) c.oid AND ip.objsubid OPERATOR(pg_catalog.=) a.attnum
      AND ip.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
WHERE n.nspname OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.name
  AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped AND a.attacl IS NOT NULL
  AND a.attacl::pg_catalog.text[] OPERATOR(pg_catalog.<>)
      coalesce(ip.initprivs, '{}'::pg_catalog.aclitem[])::pg_catalog.text[]
ORDER BY 1, 2, 3"""

# pg_stat_statements: the view lives in the schema its extension was created in, so the statement is composed
# with that schema as an identifier. It shows every database's statements: read once per cluster. The text is
# scanned as it arrives and dropped (analysis/sql_secrets.py), like sql_texts.
def statement_texts(schema: str) -> sql.Composed:
    return sql.SQL("""
SELECT s.queryid::pg_catalog.text, pg_catalog.pg_get_userbyid(s.userid)::pg_catalog.text,
       coalesce(d.datname::pg_catalog.text, ''::pg_catalog.text), s.query
FROM {}.pg_stat_statements s
LEFT JOIN pg_catalog.pg_database d ON d.oid OPERATOR(pg_catalog.=) s.dbid
WHERE s.query IS NOT NULL""").format(sql.Identifier(schema))


# Server-file and large-object functions in pg_catalog: superuser-only by default, so an EXECUTE grant on
# one of them hands out file access on the server. Same columns as FUNCTIONS; one statement per database.
FILE_ACCESS_FUNCTIONS = ("pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import",
                         "lo_export", "pg_file_write", "pg_file_rename", "pg_file_unlink", "pg_logdir_ls")

CATALOG_FUNCTIONS: LiteralString = _FUNCTION_SELECT + """
WHERE n.nspname OPERATOR(pg_catalog.=) 'pg_catalog'::pg_catalog.name
  AND p.proname OPERATOR(pg_catalog.=) ANY (%(names)s::pg_catalog.name[])
ORDER BY p.proname, p.oid"""
