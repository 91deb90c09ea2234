"""Which fix statements fix-sql may write as live SQL, and how they are made safe to run twice.

A statement that drops or rewrites data, enables TLS or row-level security, needs a restart, changes who
can log in, moves ownership, or names the auditing role is never live: it is written commented out
with the precondition to check and a query that checks it. The rest is made idempotent (CREATE ROLE
in a guarded DO block, IF NOT EXISTS) so the whole script can run twice. Pure text work: fix-sql
never connects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_IDENT = r'(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)'
_QNAME = rf"{_IDENT}(?:\s*\.\s*{_IDENT})*"
DO_QUOTE = "$pgcomply$"
NEEDS_PGAUDIT = "needs pgaudit loaded, which the audit found it is not"

# Settings the server reads only at start: a bad value keeps it from starting again.
RESTART_SETTINGS = frozenset({
    "shared_preload_libraries", "logging_collector", "listen_addresses", "port", "max_connections", "wal_level",
    "archive_mode", "max_wal_senders", "max_replication_slots", "shared_buffers", "huge_pages", "hba_file",
    "ident_file", "data_directory", "config_file", "unix_socket_directories", "unix_socket_permissions",
    "unix_socket_group", "max_prepared_transactions", "max_worker_processes", "track_commit_timestamp",
    "max_locks_per_transaction", "superuser_reserved_connections", "event_source", "bonjour"})
# TLS settings whose change can keep the server from starting or lock clients out (ssl_min_protocol_version
# TLSv1.2 is PostgreSQL 13+'s default and validated on reload: it stays live).
TLS_SETTINGS = frozenset({"ssl", "ssl_cert_file", "ssl_key_file", "ssl_ca_file", "ssl_crl_file", "ssl_crl_dir",
                          "ssl_passphrase_command", "ssl_passphrase_command_supports_reload", "ssl_ciphers",
                          "ssl_tls13_ciphers", "ssl_groups", "ssl_ecdh_curve", "ssl_dh_params_file"})
# Statements about objects inside one database: they must run after \connect to it.
_DB_SCOPED = re.compile(
    r"^(ALTER\s+DEFAULT\s+PRIVILEGES|REASSIGN\s+OWNED|DROP\s+OWNED|ALTER\s+(TABLE|FUNCTION|PROCEDURE|POLICY|VIEW|"
    r"SEQUENCE|SCHEMA|EXTENSION)|CREATE\s+(POLICY|EXTENSION|TRIGGER|INDEX)|DROP\s+(TABLE|EXTENSION|LANGUAGE|FUNCTION|"
    r"POLICY|SCHEMA|VIEW)|UPDATE|DELETE|TRUNCATE|COMMENT\s+ON|(GRANT|REVOKE)\s.*\bON\s+(TABLE|SEQUENCE|FUNCTION|"
    r"PROCEDURE|ROUTINE|SCHEMA|LANGUAGE|ALL\s+(TABLES|SEQUENCES|FUNCTIONS|PROCEDURES|ROUTINES)|FOREIGN|LARGE|TYPE|"
    r"DOMAIN)\b|(GRANT|REVOKE)\s[^;]*\bON\s+(?!DATABASE\b|TABLESPACE\b|PARAMETER\b){_QNAME}\s+(TO|FROM)\b)",
    re.I | re.S)


@dataclass(frozen=True)
class Unit:
    """One piece of a fix: 'comment' line, 'meta' psql line, or 'sql' statement (code = comments blanked)."""
    kind: str
    text: str
    code: str = ""


@dataclass(frozen=True)
class Hold:
    """Why a statement is written commented out, what to make sure of first, and the query that checks it."""
    label: str
    precondition: str
    verify: str


def split_units(text: str) -> list[Unit]:
    """Split fix text into comment lines, psql meta lines and statements (quotes, $$ and comments respected)."""
    units: list[Unit] = []
    i, n = 0, len(text)
    buf: list[str] = []
    code: list[str] = []

    def flush() -> None:
        if "".join(buf).strip():
            units.append(Unit("sql", "".join(buf).strip(), " ".join("".join(code).split())))
        buf.clear()
        code.clear()

    while i < n:
        if not "".join(buf).strip():
            eol = text.find("\n", i)
            line = text[i:eol if eol >= 0 else n]
            stripped = line.strip()
            if stripped.startswith("--") or stripped.startswith("\\") or not stripped:
                if stripped:
                    units.append(Unit("comment" if stripped.startswith("--") else "meta", stripped))
                buf.clear()
                i = n if eol < 0 else eol + 1
                continue
        ch = text[i]
        if text.startswith("--", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            buf.append(text[i:j])
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            buf.append(text[i:j])
            code.append(" ")
            i = j
        elif ch in "'\"":
            j = i + 1
            while j < n and (text[j] != ch or text[j + 1:j + 2] == ch):
                j += 2 if text[j] == ch else 1
            buf.append(text[i:j + 1])
            code.append(text[i:j + 1])
            i = j + 1
        elif ch == "$" and (m := re.match(r"\$[A-Za-z_]*\$", text[i:])):
            j = text.find(m[0], i + len(m[0]))
            j = n if j < 0 else j + len(m[0])
            buf.append(text[i:j])
            code.append(text[i:j])
            i = j
        elif ch == ";":
            buf.append(";")
            code.append(";")
            i += 1
            j = text.find("\n", i)
            rest = text[i:n if j < 0 else j]
            if rest.strip().startswith("--") or not rest.strip():   # a trailing comment stays with its statement
                buf.append(rest)
                i = n if j < 0 else j
            flush()
        else:
            buf.append(ch)
            code.append(ch)
            i += 1
    flush()
    return units


def unquote(name: str) -> str:
    return name[1:-1].replace('""', '"') if name.startswith('"') else name.lower()


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


_TOUCH = (rf"^ALTER\s+(?:ROLE|USER)\s+({_IDENT})", rf"^(?:REASSIGN|DROP)\s+OWNED\s+BY\s+({_IDENT})",
          rf"^DROP\s+(?:ROLE|USER)\s+(?:IF\s+EXISTS\s+)?((?:{_IDENT}\s*,?\s*)+)",
          rf"^(?:GRANT|REVOKE)\s.*\b(?:TO|FROM)\s+((?:{_IDENT}\s*,?\s*)+)")


def touches_role(code: str, roles: frozenset[str]) -> str | None:
    """The auditing role whose attributes, memberships, privileges or ownership a statement changes, if any."""
    c = code.strip()
    for pattern in _TOUCH:
        if m := re.match(pattern, c, re.I | re.S):
            for tok in re.findall(_IDENT, m[1]):
                if unquote(tok) in roles:
                    return unquote(tok)
    return None


def _first(pattern: str, code: str) -> str | None:
    m = re.search(pattern, code, re.I | re.S)
    return m[1] if m else None


def _count_query(table: str | None, column: str | None) -> str:
    if table and column:
        return f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL;  -- values that would be lost"
    if table:
        return f"SELECT count(*) FROM {table};  -- rows that would be lost"
    return "SELECT 1;  -- nothing to query: check the backup by restoring it"


def hold_for(code: str, *, hba: bool = False, pgaudit: bool = True) -> Hold | None:
    """None when the statement may run live; else why not, the precondition and a verification query.

    pgaudit: whether the audit found pgaudit loaded; ALTER SYSTEM SET pgaudit.* fails on a server without it.
    """
    c = code.strip()
    up = c.upper()
    if not pgaudit and re.match(r'^ALTER\s+SYSTEM\s+SET\s+"?PGAUDIT\.', up):
        return Hold(NEEDS_PGAUDIT, "pgaudit is in shared_preload_libraries and the server was restarted (LOG-003)",
                    "SELECT name FROM pg_catalog.pg_settings WHERE name LIKE 'pgaudit.%';  -- must return rows")
    table = _first(rf"^(?:ALTER\s+TABLE|UPDATE|DELETE\s+FROM|DROP\s+TABLE|TRUNCATE(?:\s+TABLE)?)\s+(?:ONLY\s+)?"
                   rf"(?:IF\s+EXISTS\s+)?({_QNAME})", c)
    if re.match(r"^(DROP\s+(TABLE|SCHEMA|DATABASE|OWNED|VIEW|MATERIALIZED)|TRUNCATE|DELETE\b)", up) or \
            (up.startswith("ALTER TABLE") and re.search(r"\bDROP\s+(COLUMN\b|(?!CONSTRAINT|DEFAULT|NOT|EXPRESSION|"
                                                        r"IDENTITY)\w)", up)):
        column = _first(rf"\bDROP\s+COLUMN\s+(?:IF\s+EXISTS\s+)?({_IDENT})", c)
        return Hold("drops data", "a tested backup exists and nothing reads what is dropped any more (the application "
                    "already reads the replacement)", _count_query(table, column))
    if up.startswith("UPDATE PG_CATALOG.") or up.startswith("UPDATE PG_"):
        return Hold("edits a system catalog", "nothing depends on what it changes; test on a copy of the cluster first",
                    "SELECT lanname, lanpltrusted FROM pg_catalog.pg_language;")
    if up.startswith("UPDATE"):
        column = _first(rf"\bSET\s+({_IDENT})\s*=", c)
        return Hold("rewrites stored values", "a tested backup exists, the application handles the new form, and any "
                    "setting the statement reads is set in this session", _count_query(table, column))
    if re.match(r"^DROP\s+(EXTENSION|LANGUAGE|FUNCTION|PROCEDURE)", up):
        ext = _first(rf"^DROP\s+EXTENSION\s+(?:IF\s+EXISTS\s+)?({_IDENT})", c)
        verify = (f"SELECT count(*) FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_extension e ON d.refobjid = e.oid "
                  f"WHERE e.extname = {literal(unquote(ext))} AND d.deptype = 'n';  -- objects that would go with it"
                  if ext else "SELECT 1;  -- check with \\df and \\dx that nothing uses it")
        return Hold("drops objects", "nothing uses what is dropped", verify)
    if (up.startswith("ALTER TABLE") and re.search(r"\b(ENABLE|FORCE)\s+ROW\s+LEVEL\s+SECURITY", up)) or \
            re.match(r"^(CREATE|ALTER)\s+POLICY", up):
        table = table or _first(rf"^(?:CREATE|ALTER)\s+POLICY\s+{_IDENT}\s+ON\s+({_QNAME})", c)
        return Hold("changes which rows roles see (row-level security)",
                    "every role that reads the table has a policy that returns the rows it needs, and the application "
                    "sets the policy's session setting (e.g. app.tenant_id) in every session",
                    f"BEGIN; SET LOCAL ROLE <each role that reads it>; SELECT count(*) FROM {table or '<table>'}; "
                    "ROLLBACK;  -- after the change, in a test session: not 0")
    role = _first(rf"^ALTER\s+(?:ROLE|USER)\s+({_IDENT})", c)
    if role and re.search(r"\bNOBYPASSRLS\b", up):
        return Hold("makes row-level security apply to a role that bypassed it",
                    f"the policies on the tables {unquote(role)} reads return the rows it needs",
                    "SELECT schemaname, tablename, policyname, roles, qual FROM pg_catalog.pg_policies;  "
                    "-- the policies that will apply to it")
    if role and re.search(r"\b(NOLOGIN|LOGIN|PASSWORD|VALID\s+UNTIL|CONNECTION\s+LIMIT|NOREPLICATION)\b", up):
        repl = "NOREPLICATION" in up
        view = "pg_stat_replication" if repl else "pg_stat_activity"
        return Hold("changes who can log in",
                    "whoever logs in as this role has its replacement (a dedicated replication role for backups and "
                    "standbys)" if repl else "whoever logs in as this role knows, and has a new password or role",
                    f"SELECT usename, application_name, client_addr FROM pg_catalog.{view} WHERE usename = "
                    f"{literal(unquote(role))};  -- who uses it now")
    if re.match(r"^DROP\s+(ROLE|USER)", up):
        return Hold("changes who can log in", "nobody logs in as the role and it owns nothing",
                    "SELECT usename, client_addr FROM pg_catalog.pg_stat_activity;")
    if up.startswith("REASSIGN OWNED"):
        old = _first(rf"^REASSIGN\s+OWNED\s+BY\s+({_IDENT})", c) or "<role>"
        return Hold("takes ownership away from a role the application may use",
                    f"{unquote(old)} has been granted the privileges it needs on what it owns now, in this database",
                    f"SELECT oid::regclass FROM pg_catalog.pg_class WHERE relowner = {literal(unquote(old))}::regrole "
                    "AND relnamespace <> 'pg_catalog'::regnamespace;  -- what it owns here")
    setting = _first(rf"^ALTER\s+SYSTEM\s+(?:SET|RESET)\s+({_IDENT}(?:\.{_IDENT})?)", c)
    if setting:
        name = unquote(setting)
        probe = f"SELECT name, setting, pending_restart FROM pg_catalog.pg_settings WHERE name = {literal(name)};"
        if name in TLS_SETTINGS:
            return Hold("changes TLS: with ssl on and no readable certificate and key the server does not start again",
                        "ssl_cert_file and ssl_key_file exist, match and are readable only by the server's OS user, and "
                        "every client supports the new TLS settings; try it on a copy first",
                        "SELECT name, setting FROM pg_catalog.pg_settings WHERE name LIKE 'ssl%'; SELECT version, "
                        "cipher, count(*) FROM pg_catalog.pg_stat_ssl WHERE ssl GROUP BY 1, 2;")
        if name in RESTART_SETTINGS or "restart" in c.lower():
            return Hold("needs a restart: a wrong value keeps the server from starting",
                        "every library named is installed on the server and a restart is planned; try it on a copy first",
                        probe)
    if hba and re.match(r"^SELECT\s+PG_RELOAD_CONF\s*\(\s*\)", up):
        return Hold("applies pg_hba.conf edits: changes who can log in",
                    "pg_hba.conf was edited as described above and keeps a line for your own admin access",
                    "SELECT line_number, error FROM pg_catalog.pg_hba_file_rules WHERE error IS NOT NULL;  -- must "
                    "return no rows")
    return None


def needs_database(code: str) -> bool:
    """Statements about objects of one database (tables, functions, schemas, default privileges, ...)."""
    return bool(_DB_SCOPED.match(code.strip()))


def idempotent(code: str, text: str) -> str:
    """The statement written so that running it a second time changes nothing and raises nothing."""
    up = code.upper()
    if m := re.match(rf"^CREATE\s+(?:ROLE|USER|GROUP)\s+({_IDENT})", code, re.I):
        name = literal(unquote(m[1]))
        stmt = code.strip()
        check = ""
        if "NOLOGIN" in up or up.startswith("CREATE ROLE") and " LOGIN" not in up:
            check = (f"\n  ELSIF (SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = {name}) THEN\n"
                     f"    RAISE EXCEPTION 'role % exists and can log in: pick another name', {name};")
        return (f"DO {DO_QUOTE} BEGIN\n  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {name}) THEN\n"
                f"    {stmt}{check}\n  END IF;\nEND {DO_QUOTE};")
    if m := re.match(rf"^CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?({_IDENT})(.*)$", code, re.I | re.S):
        ext, rest = m[1], m[2].rstrip().rstrip(";")
        create = f"CREATE EXTENSION IF NOT EXISTS {ext}{rest};"
        if unquote(ext) != "pgaudit":
            return create
        return (f"DO {DO_QUOTE} BEGIN\n  IF 'pgaudit' = ANY (pg_catalog.string_to_array(pg_catalog.translate("
                "pg_catalog.current_setting('shared_preload_libraries'), ' \"', ''), ',')) THEN\n"
                f"    {create}\n  ELSE\n    RAISE NOTICE 'pgaudit is not in shared_preload_libraries: CREATE EXTENSION "
                f"pgaudit skipped (LOG-003)';\n  END IF;\nEND {DO_QUOTE};")
    if re.match(r"^ALTER\s+TABLE\s", up) and re.search(r"\bADD\s+COLUMN\s+(?!IF\s+NOT\s+EXISTS)", up):
        return re.sub(r"\bADD\s+COLUMN\s+", "ADD COLUMN IF NOT EXISTS ", text, count=1, flags=re.I)
    return text
