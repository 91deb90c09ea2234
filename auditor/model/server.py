"""Server-level facts of a Snapshot: settings, pg_hba, roles, databases, sessions, TLS, replication, backups.

Split from snapshot.py (which re-exports them) only to keep modules small; the model is one.
"""
from __future__ import annotations

from dataclasses import dataclass

FIRST_NORMAL_OID = 16384  # objects below this oid were created by initdb (predefined roles, catalogs)


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    value: str | None
    unit: str | None
    source: str | None
    context: str
    vartype: str
    sourcefile: str | None       # NULL unless the auditor has pg_read_all_settings
    sourceline: int | None
    pending_restart: bool


@dataclass(frozen=True, slots=True)
class HbaRule:
    line_number: int
    type: str | None              # local, host, hostssl, hostnossl, hostgssenc, hostnogssenc
    databases: tuple[str, ...]
    users: tuple[str, ...]
    address: str | None
    netmask: str | None
    auth_method: str | None
    options: tuple[str, ...]
    error: str | None
    file_name: str | None = None  # PG16+
    rule_number: int | None = None  # PG16+


@dataclass(frozen=True, slots=True)
class Role:
    oid: int
    name: str
    superuser: bool
    inherit: bool
    createrole: bool
    createdb: bool
    login: bool
    replication: bool
    bypassrls: bool
    connlimit: int
    valid_until: str | None        # ISO-8601 UTC, "infinity", or None (no expiry)
    config: tuple[str, ...]        # rolconfig, e.g. ("search_path=app",)
    comment: str | None
    password: str | None = None    # "scram-sha-256" | "md5" | "plaintext" | "none"; None = pg_authid not readable

    @property
    def builtin(self) -> bool:
        return self.oid < FIRST_NORMAL_OID


@dataclass(frozen=True, slots=True)
class Membership:
    role: str                       # the group
    member: str
    grantor: str | None
    admin_option: bool
    inherit_option: bool | None     # PG16+; before 16 the member's rolinherit decides
    set_option: bool | None         # PG16+; before 16 always true


@dataclass(frozen=True, slots=True)
class Database:
    oid: int
    name: str
    owner: str
    acl: tuple[str, ...]            # effective aclitems (acldefault when NULL)
    allow_connections: bool
    is_template: bool
    connlimit: int
    encoding: str
    collected: bool = False         # True when its catalog was read


@dataclass(frozen=True, slots=True)
class Session:
    """A live client backend (pg_stat_activity + pg_stat_ssl)."""

    pid: int
    user: str | None
    database: str | None
    client_addr: str | None          # None for a unix-socket client
    application: str | None
    ssl: bool | None
    ssl_version: str | None
    cipher: str | None
    bits: int | None


@dataclass(frozen=True, slots=True)
class Certificate:
    subject: str
    issuer: str
    serial: str
    not_before: str                  # ISO-8601 UTC
    not_after: str
    self_signed: bool
    key_type: str                    # "RSA", "EC", "Ed25519", "DSA", ...
    key_size: int | None
    curve: str | None
    signature_hash: str | None       # "sha256", "sha1", "md5", None for Ed25519
    san_dns: tuple[str, ...]
    san_ip: tuple[str, ...]
    common_names: tuple[str, ...]
    fingerprint_sha256: str = ""
    is_ca: bool = False              # basicConstraints CA=true on a server certificate


@dataclass(frozen=True, slots=True)
class KeyFile:
    """The server's TLS private key file as the OS shows it, read only where the auditor runs on the
    server's host (and the certificate file there is the one the server presents)."""

    path: str
    mode: int                        # permission bits, e.g. 0o600
    uid: int
    gid: int
    owner: str | None
    group: str | None
    readable_by_auditor: bool        # the OS account running pgcomply (not root) can read it


@dataclass(frozen=True, slots=True)
class TlsProbe:
    """What a TLS handshake with the server showed, taken over the wire as a remote client would see it."""

    host: str
    port: int
    offered: bool                    # the server answered 'S' to SSLRequest
    protocol: str | None = None      # e.g. "TLSv1.3"
    cipher: str | None = None
    certificate: Certificate | None = None
    accepted_protocols: tuple[str, ...] = ()   # protocol versions the server accepted when offered alone
    error: str | None = None
    refused_protocols: tuple[str, ...] = ()    # versions offered alone and refused (untested: in neither)
    weak_ciphers: tuple[str, ...] = ()         # suites accepted when the client offered only weak ones
    weak_ciphers_offered: int = 0              # how many weak suites the local OpenSSL could offer
    no_fs_cipher: str | None = None            # a static-RSA (no forward secrecy) suite the server accepted
    key_file: KeyFile | None = None            # local audits only; else a gap "ssl_key_file"


@dataclass(frozen=True, slots=True)
class CipherSuite:
    """One TLS <= 1.2 suite as the collecting machine's OpenSSL describes it (ssl.SSLContext.get_ciphers())."""

    name: str
    kea: str = ""
    auth: str = ""
    symmetric: str = ""
    digest: str = ""
    strength_bits: int = 0


@dataclass(frozen=True, slots=True)
class CipherExpansion:
    cipher_string: str
    suites: tuple[CipherSuite, ...] | None     # None: that OpenSSL could not expand the string


@dataclass(frozen=True, slots=True)
class TlsLibrary:
    """What the collecting machine's OpenSSL said about the server's cipher strings and negotiated suites.

    Recorded at collect time, so `pgcomply evaluate snapshot.json` gives the same SSL verdicts on any machine:
    checks never ask the local OpenSSL.
    """

    openssl_version: str
    expansions: tuple[CipherExpansion, ...] = ()

    def expansion(self, cipher_string: str) -> CipherExpansion | None:
        for e in self.expansions:
            if e.cipher_string == cipher_string:
                return e
        return None


@dataclass(frozen=True, slots=True)
class BackupConfig:
    """What the archiving tool's configuration on the database host says about encryption; never a pass or key."""

    tool: str                        # "pgBackRest" or "WAL-G"
    source: str                      # the file or directory read
    repos: tuple[str, ...]           # pgBackRest repo1, repo2, ...; WAL-G "default"
    encrypted: tuple[str, ...]       # the repositories with encryption configured
    settings: tuple[str, ...]        # pgBackRest "repoN=cipher-type"; WAL-G the encryption setting names present


@dataclass(frozen=True, slots=True)
class DbRoleSetting:
    """Defaults from ALTER ROLE / ALTER DATABASE ... SET (pg_db_role_setting): they apply at session start."""

    database: str | None             # None = in every database
    role: str | None                 # None = for every role
    settings: tuple[str, ...]        # "name=value", as in setconfig


@dataclass(frozen=True, slots=True)
class Archiver:
    """WAL archiving as the server reports it (pg_stat_archiver), and whether this server is a standby."""

    in_recovery: bool
    archived_count: int
    failed_count: int
    last_archived_time: str | None   # ISO-8601 UTC
    last_failed_time: str | None     # ISO-8601 UTC


@dataclass(frozen=True, slots=True)
class WalSender:
    """A replication session served by this server (pg_stat_replication + pg_stat_ssl)."""

    pid: int
    user: str | None
    application: str | None
    client_addr: str | None          # None for a unix-socket client
    state: str | None
    ssl: bool | None
    ssl_version: str | None


@dataclass(frozen=True, slots=True)
class ReplicationSlot:
    """A replication slot and the WAL it keeps on disk (pg_replication_slots)."""

    name: str
    slot_type: str                   # "physical" or "logical"
    database: str | None
    active: bool
    wal_status: str | None           # reserved, extended, unreserved, lost
    retained_bytes: int | None       # WAL from restart_lsn to the current position; None when it holds none


@dataclass(frozen=True, slots=True)
class DatabaseStats:
    """Per-database counters from pg_stat_database that say something about integrity."""

    name: str
    checksum_failures: int           # pages whose checksum did not match since the counters were reset


@dataclass(frozen=True, slots=True)
class Tablespace:
    name: str
    owner: str
    location: str                    # pg_tablespace_location(); "" for pg_default and pg_global (inside PGDATA)


@dataclass(frozen=True, slots=True)
class AvailableExtension:
    """An extension the server's installation can create (its control file), with the version CREATE would give."""

    name: str
    default_version: str | None
