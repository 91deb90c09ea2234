"""The Snapshot: everything collected from one cluster, frozen, and serialisable to JSON.

Checks read only this. `None` for a collection means "could not be read" (a Gap says why);
`()` means "read, and there is none" — keeping the two apart is what makes an honest
`not_assessable` possible.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from auditor.model.schema_source import SchemaSource
# server-level classes live in server.py; re-exported so every model class imports from here
from auditor.model.server import (
    FIRST_NORMAL_OID as FIRST_NORMAL_OID,
    Archiver as Archiver, AvailableExtension as AvailableExtension, BackupConfig as BackupConfig,
    Certificate as Certificate, CipherExpansion as CipherExpansion, CipherSuite as CipherSuite,
    Database as Database, DatabaseStats as DatabaseStats, DbRoleSetting as DbRoleSetting, HbaRule as HbaRule,
    KeyFile as KeyFile, Membership as Membership, ReplicationSlot as ReplicationSlot, Role as Role,
    Session as Session, Setting as Setting, Tablespace as Tablespace, TlsLibrary as TlsLibrary,
    TlsProbe as TlsProbe, WalSender as WalSender)

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Gap:
    """Something the collector could not read, and the privilege or access that was missing."""

    item: str          # what was not collected: "pg_hba_file_rules", "pg_authid", "database:shop", "setting:ssl_ciphers"
    missing: str       # the privilege/access that would unlock it, e.g. "pg_read_all_settings"
    detail: str = ""   # why, in pgcomply's words with the SQLSTATE; never the server's message (it can hold secrets)
    fault: bool = False  # True: lost to a timeout, a dropped connection or an unexpected server error, not to a privilege


@dataclass(frozen=True, slots=True)
class Target:
    host: str
    port: int | None
    dsn: str                   # libpq conninfo without the password
    transport: str             # "tcp" or "unix"
    server_version: str        # e.g. "15.18 (Debian 15.18-0+deb12u1)"
    server_version_num: int    # e.g. 150018
    database: str              # the database the audit connected to first
    current_user: str
    is_superuser: bool
    ssl_in_use: bool
    schema: SchemaSource | None = None   # set for a schema audit: cluster-level checks are then not applicable
    system_identifier: str | None = None  # pg_control_system(): the cluster's identity across renames (history)


@dataclass(frozen=True, slots=True)
class AuditorAccess:
    """What the auditing role itself may see; the appendix of every report shows it."""

    user: str
    is_superuser: bool
    predefined_roles: tuple[str, ...]   # pg_monitor, pg_read_all_settings, ... held (with USAGE)
    bypassrls: bool

    def has(self, role: str) -> bool:
        return self.is_superuser or role in self.predefined_roles


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    num: int
    type: str                        # format_type(), e.g. "character varying(255)"
    not_null: bool
    comment: str | None
    acl: tuple[str, ...]             # column-level grants only (attacl), () when none
    base_type: str | None = None     # for domains: the underlying type


@dataclass(frozen=True, slots=True)
class Constraint:
    name: str
    type: str                        # c(heck), u(nique), p(rimary), f(oreign), x(exclusion)
    columns: tuple[str, ...]
    definition: str


@dataclass(frozen=True, slots=True)
class Trigger:
    name: str
    function: str                    # schema.name of the trigger function
    enabled: str                     # O origin, D disabled, R replica, A always
    definition: str


@dataclass(frozen=True, slots=True)
class Relation:
    database: str
    schema: str
    name: str
    oid: int
    kind: str                        # r table, p partitioned, v view, m matview, f foreign, S sequence
    owner: str
    acl: tuple[str, ...]             # effective aclitems
    rls_enabled: bool
    rls_forced: bool
    row_estimate: int                # max(reltuples, n_live_tup); -1 unknown
    comment: str | None
    is_partition: bool
    persistence: str                 # p permanent, u unlogged, t temporary
    extension: str | None            # owning extension, if any
    columns: tuple[Column, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    options: tuple[str, ...] = ()    # reloptions, e.g. security_barrier, security_invoker for views
    sources: tuple[int, ...] = ()    # views and matviews: oids of the relations their query reads (same database)
    foreign_server: str | None = None    # foreign tables: the foreign server they read through
    source_columns: tuple[tuple[int, ...], ...] = ()   # per entry of sources: the column numbers the query reads

    @property
    def is_table(self) -> bool:
        return self.kind in ("r", "p", "f", "m")

    @property
    def single_key(self) -> str | None:
        """The column of a one-column primary key, if the table has one."""
        return next((c.columns[0] for c in self.constraints if c.type == "p" and len(c.columns) == 1), None)


@dataclass(frozen=True, slots=True)
class Schema:
    database: str
    name: str
    owner: str
    acl: tuple[str, ...]
    comment: str | None
    extension: str | None


@dataclass(frozen=True, slots=True)
class RlsPolicy:
    database: str
    schema: str
    table: str
    name: str
    permissive: bool
    command: str                     # ALL, SELECT, INSERT, UPDATE, DELETE
    roles: tuple[str, ...]           # role names; "public" for PUBLIC
    using: str | None                # pg_get_expr of polqual
    check: str | None                # pg_get_expr of polwithcheck


@dataclass(frozen=True, slots=True)
class Function:
    database: str
    schema: str
    name: str
    oid: int
    args: str                        # pg_get_function_identity_arguments
    kind: str                        # f function, p procedure, a aggregate, w window
    owner: str
    language: str
    security_definer: bool
    leakproof: bool
    volatility: str
    config: tuple[str, ...]          # proconfig, e.g. ("search_path=pg_catalog, pg_temp",)
    acl: tuple[str, ...]             # effective aclitems
    extension: str | None


@dataclass(frozen=True, slots=True)
class Extension:
    database: str
    name: str
    version: str
    schema: str
    owner: str


@dataclass(frozen=True, slots=True)
class Language:
    database: str
    name: str
    trusted: bool
    procedural: bool
    owner: str
    acl: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DefaultAcl:
    database: str
    role: str                        # whose future objects
    schema: str | None               # None = every schema
    object_type: str                 # r table, S sequence, f function, T type, n schema
    acl: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ForeignServer:
    database: str
    name: str
    wrapper: str
    owner: str
    acl: tuple[str, ...]
    options: tuple[str, ...]         # never includes user-mapping secrets
    user_mappings: tuple[str, ...] | None = None   # roles with a user mapping ("public" for PUBLIC); never its options


@dataclass(frozen=True, slots=True)
class EmbeddedSecret:
    """A key or password written into SQL. Where it is and how it is used; never the literal itself."""

    database: str
    kind: str                        # "function" (its body), "view" (its query, matviews too), "default" (a column's),
                                     # "trigger" (its arguments), "statement" (pg_stat_statements query text)
    schema: str                      # statements: the role that ran it
    name: str                        # the function, the view or the table; statements: the queryid
    detail: str                      # function identity arguments, the column whose default it is, the trigger name
    called: str                      # the function it is passed to, e.g. "pgp_sym_encrypt"; "" when not an argument
    argument: int                    # its 1-based position among that call's arguments; 0 when not an argument
    secret: str                      # "key", "private key", "key password", "password", "connection password"


@dataclass(frozen=True, slots=True)
class TableRef:
    schema: str | None               # None: written unqualified
    name: str


@dataclass(frozen=True, slots=True)
class RowImageWriter:
    """A function whose body builds a whole-row image (to_jsonb(NEW), row_to_json(OLD), hstore(NEW)) and INSERTs
    into these tables: an audit trigger that copies every column. The body itself is never kept."""

    database: str
    schema: str
    name: str
    args: str
    targets: tuple[TableRef, ...]


@dataclass(frozen=True, slots=True)
class CatalogAcl:
    """A pg_catalog relation, function or column: a sensitive catalog, or one whose ACL differs from initdb's (pg_init_privs)."""

    database: str
    kind: str                        # "relation", "function" or "column"
    name: str                        # the relation or function
    args: str                        # functions: identity arguments; columns: the column's name; "" for relations
    owner: str
    acl: tuple[str, ...]             # effective aclitems now
    initial: tuple[str, ...]         # effective aclitems as initdb left them


@dataclass(frozen=True, slots=True)
class ColumnSample:
    """What sampling found in one column. Only counts and masked examples: raw values never leave memory."""

    database: str
    schema: str
    table: str
    column: str
    rows: int                        # rows sampled from the table
    non_null: int                    # non-null values examined in this column (ratios divide by it)
    matches: tuple[tuple[str, int], ...] = ()       # (category, values that validated as it)
    encrypted: int = 0               # values recognised as ciphertext (pgcrypto PGP, high-entropy blobs)
    hash_schemes: tuple[tuple[str, int], ...] = ()  # (scheme, count): hash formats, "digest", "truncated", "plaintext"
    examples: tuple[str, ...] = ()   # masked, e.g. "j***@e***.com"
    plausible: int = 0               # values fitting the category the column's name suggests (`hinted`)
    hinted: str | None = None        # that category, when its name suggested one
    prose: int = 0                   # free-text values (several words)
    embedded: int = 0                # free-text values with an e-mail, phone, card number... inside
    unread: int = 0                  # values neither fitting `hinted` nor proving anything, in a script without
    # letter case (scripts.caseless_text): no evidence for or against the name
    rls_filtered: bool = False       # row-level security applied to the auditor: rows may be a filtered subset
    method: str = ""                 # "tablesample" or "limit"


@dataclass(frozen=True, slots=True)
class Snapshot:
    schema_version: int
    tool_version: str
    collected_at: str                # ISO-8601 UTC
    duration_s: float
    target: Target
    access: AuditorAccess
    settings: tuple[Setting, ...]
    hba_rules: tuple[HbaRule, ...] | None
    roles: tuple[Role, ...]
    memberships: tuple[Membership, ...]
    databases: tuple[Database, ...]
    sessions: tuple[Session, ...] | None = None
    tls: TlsProbe | None = None
    schemas: tuple[Schema, ...] = ()
    relations: tuple[Relation, ...] = ()
    policies: tuple[RlsPolicy, ...] = ()
    functions: tuple[Function, ...] = ()
    extensions: tuple[Extension, ...] = ()
    languages: tuple[Language, ...] = ()
    default_acls: tuple[DefaultAcl, ...] = ()
    foreign_servers: tuple[ForeignServer, ...] = ()
    samples: tuple[ColumnSample, ...] | None = None   # None = sampling off or not possible (see gaps)
    queries: tuple[tuple[str, int], ...] = ()          # statements sent, per database (for benchmarks)
    gaps: tuple[Gap, ...] = field(default=())
    db_role_settings: tuple[DbRoleSetting, ...] | None = None   # None = not collected (see gaps)
    catalog_functions: tuple[Function, ...] | None = None   # file-access functions in pg_catalog; None = not collected
    tls_library: TlsLibrary | None = None    # None: an older snapshot; cipher strings are then judged by name only
    archiver: Archiver | None = None                           # None = not collected (see gaps)
    walsenders: tuple[WalSender, ...] | None = None            # None = not collected (see gaps)
    replication_slots: tuple[ReplicationSlot, ...] | None = None   # None = not collected (see gaps)
    embedded_secrets: tuple[EmbeddedSecret, ...] | None = None   # None: an older snapshot (SQL text not scanned)
    database_stats: tuple[DatabaseStats, ...] | None = None     # None = not collected (see gaps) or an older snapshot
    tablespaces: tuple[Tablespace, ...] | None = None           # None = not collected (see gaps) or an older snapshot
    available_extensions: tuple[AvailableExtension, ...] | None = None   # None = not collected or an older snapshot
    catalog_acls: tuple[CatalogAcl, ...] | None = None   # None: an older snapshot (system catalog ACLs not read)
    # pg_stat_statements query text: "scanned", "not_installed", "not_loaded" (not in shared_preload_libraries),
    # "unreadable" (see its gap); None: an older snapshot
    statement_texts: str | None = None
    row_image_writers: tuple[RowImageWriter, ...] | None = None   # None: an older snapshot (bodies not scanned)
    backup_config: BackupConfig | None = None    # None: not local, no recognised tool, or unreadable (see gaps)

    @property
    def complete(self) -> bool:
        """False when a timeout or a lost connection cut collection short (missing privileges do not count)."""
        return not any(g.fault for g in self.gaps)

    def gap(self, item: str) -> Gap | None:
        """The gap recorded for `item`, if it was not collected."""
        for g in self.gaps:
            if g.item == item:
                return g
        return None

    @property
    def server_major(self) -> int:
        return self.target.server_version_num // 10000
