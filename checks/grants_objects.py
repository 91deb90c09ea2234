"""Grants at object depth: foreign tables, which row-level security cannot protect, and grants on system catalogs.

Foreign tables take no RLS (ALTER TABLE ... ENABLE ROW LEVEL SECURITY is refused on them), so their grants alone
decide who reads the remote rows; the grants area judges them for that reason. Who holds a user mapping on their
server comes from pg_user_mappings, never the mapping's options (they hold passwords).

System catalogs: initdb leaves pg_authid, pg_statistic, pg_user_mapping and a few more readable by superusers
only, and records every catalog's initial ACL in pg_init_privs. A privilege present now and absent from that
initial ACL was granted by someone since. Recognised auditing roles (ROLE-013) are left out: `pgcomply role-sql`
grants one such privilege itself.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.auditing import auditing_roles
from auditor.analysis.context import Context
from auditor.analysis.privileges import privileges
from auditor.model.acl import PRIVILEGES, PUBLIC, parse_acl
from auditor.model.names import column_object, function_object, relation_object
from auditor.model.results import Outcome, Severity
from auditor.model.snapshot import CatalogAcl, ForeignServer

from auditor.checks._common import application_relations, ident
from auditor.checks._dbgaps import per_database

_SAMPLE = 20
# Readable, they hand out password hashes, column values of any table, remote credentials or server configuration.
_SECRET_CATALOGS = {
    "pg_authid": "role password hashes", "pg_shadow": "role password hashes",
    "pg_statistic": "sampled values of every column, RLS tables included",
    "pg_statistic_ext_data": "sampled values of every column, RLS tables included",
    "pg_user_mapping": "user mapping options (remote passwords)", "pg_subscription": "subscription conninfo (passwords)",
    "pg_largeobject": "every large object's contents", "pg_hba_file_rules": "the pg_hba.conf rules",
    "pg_ident_file_mappings": "the pg_ident.conf mappings", "pg_file_settings": "the configuration files' settings",
}
# columns that hold the secret itself: a column grant on one of these reads it
_SECRET_COLUMNS = {("pg_authid", "rolpassword"), ("pg_shadow", "passwd"), ("pg_user_mapping", "umoptions"),
                   ("pg_subscription", "subconninfo"), ("pg_largeobject", "data")}
# server-file functions: judged by GRANT-011
_FILE_FUNCTIONS = frozenset({"pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import",
                             "lo_export", "pg_file_write", "pg_file_rename", "pg_file_unlink", "pg_logdir_ls"})


def _servers(ctx: Context) -> dict[tuple[str, str], ForeignServer]:
    return {(s.database, s.name): s for s in ctx.snap.foreign_servers}


@per_database
def foreign_table_readers(ctx: Context) -> Iterator[Outcome]:
    """Foreign tables read by login roles beyond their owner: no row-level security can narrow what they see."""
    priv = privileges(ctx)
    servers = ctx.derive(_servers)
    for rel in application_relations(ctx):
        if rel.kind != "f":
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        rs = priv.readers(rel)
        readers = [r for r in rs.counted_roles() if any(p.source != "owner" for p in rs[r].paths)]
        if not readers:
            yield Outcome.ok(obj)
            continue
        srv = servers.get((rel.database, rel.foreign_server or ""))
        mappings = list(srv.user_mappings) if srv is not None and srv.user_mappings is not None else None
        mapped = mappings is not None and ("public" in mappings or any(r in mappings for r in readers))
        via = f" (server {rel.foreign_server}, {srv.wrapper})" if srv is not None else ""
        mapping_note = ("" if mappings is None else
                        f"; user mappings on the server: {', '.join(mappings[:5])}" if mappings else
                        "; the server has no user mapping yet")
        yield Outcome.fail(
            obj, f"foreign table {rel.schema}.{rel.name}{via} is readable by {', '.join(readers[:5])}"
                 f"{' ...' if len(readers) > 5 else ''}: row-level security cannot apply to a foreign table, so "
                 f"they read every remote row its user mapping reaches{mapping_note}",
            severity=Severity.HIGH if mapped else Severity.MEDIUM,
            fix=f"REVOKE SELECT ON {ident(rel.schema, rel.name)} FROM /* {', '.join(readers[:5])} */;\n"
                f"-- or expose only the rows and columns they need through a security_invoker view over a local "
                f"table with row-level security",
            readers=readers[:_SAMPLE], reader_count=len(readers), server=rel.foreign_server,
            wrapper=srv.wrapper if srv is not None else None, user_mappings=mappings)


def _added(acl: CatalogAcl, ignore: frozenset[str]) -> dict[str, str]:
    """Grantee -> privilege letters held now that initdb did not give it."""
    before: dict[str, set[str]] = {}
    for item in parse_acl(acl.initial):
        before.setdefault(item.grantee, set()).update(item.privileges)
    out: dict[str, str] = {}
    for item in parse_acl(acl.acl):
        if item.grantee in ignore or item.grantee == acl.owner:
            continue
        new = "".join(p for p in item.privileges if p not in before.get(item.grantee, set()))
        if new:
            out[item.grantee] = out.get(item.grantee, "") + new
    return out


def _catalog_fix(acl: CatalogAcl, grantee: str, letters: str) -> str:
    what = ", ".join(dict.fromkeys(PRIVILEGES.get(p, p) for p in letters))
    who = "PUBLIC" if grantee == PUBLIC else ident(grantee)
    if acl.kind == "column":
        return f"REVOKE {what} ({ident(acl.args)}) ON pg_catalog.{ident(acl.name)} FROM {who};"
    target = (f"FUNCTION pg_catalog.{ident(acl.name)}({acl.args})" if acl.kind == "function"
              else f"pg_catalog.{ident(acl.name)}")
    return f"REVOKE {what} ON {target} FROM {who};"


@per_database
def system_catalog_grants(ctx: Context) -> Iterator[Outcome]:
    """Privileges on pg_catalog relations and functions that initdb did not give: sensitive catalogs first."""
    if ctx.snap.catalog_acls is None:
        yield Outcome.not_assessable("cluster", "a snapshot collected by pgcomply 0.2.0 or later (collect again)",
                                     "this snapshot has no system catalog ACLs")
        return
    priv = privileges(ctx)
    ignore = priv.superusers | auditing_roles(ctx)
    for acl in ctx.snap.catalog_acls:
        if acl.kind == "function" and acl.name in _FILE_FUNCTIONS:
            continue
        obj = (function_object(acl.database, "pg_catalog", acl.name, acl.args) if acl.kind == "function"
               else column_object(acl.database, "pg_catalog", acl.name, acl.args) if acl.kind == "column"
               else relation_object(acl.database, "pg_catalog", acl.name))
        added = _added(acl, ignore)
        if not added:
            yield Outcome.ok(obj)
            continue
        grants = "; ".join(f"{', '.join(dict.fromkeys(PRIVILEGES.get(p, p) for p in v))} to {g}" for g, v in added.items())
        secret = (_SECRET_CATALOGS.get(acl.name) if acl.kind == "relation" or (acl.name, acl.args) in _SECRET_COLUMNS
                  or acl.name.startswith("pg_statistic") and acl.args.startswith("stavalues") else None)
        reads = secret is not None and any("r" in v for v in added.values())
        label = (f"function pg_catalog.{acl.name}({acl.args})" if acl.kind == "function"
                 else f"column {acl.args} of pg_catalog.{acl.name}" if acl.kind == "column" else f"pg_catalog.{acl.name}")
        logins = sorted({r for g in added for r in priv.holders(g)} & priv.login - ignore)
        yield Outcome.fail(
            obj, f"{label} in database {acl.database} carries grants initdb did not make ({grants})"
                 + (f": it holds {secret}" if reads else ""),
            severity=Severity.CRITICAL if reads and acl.name in ("pg_authid", "pg_shadow", "pg_user_mapping")
            else Severity.HIGH if reads else Severity.MEDIUM,
            fix="\n".join(_catalog_fix(acl, g, v) for g, v in added.items()),
            granted={g: [PRIVILEGES.get(p, p) for p in v] for g, v in added.items()},
            login_roles=logins[:_SAMPLE], sensitive=secret)
