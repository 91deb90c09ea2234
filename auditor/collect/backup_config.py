"""The backup tool's own configuration, read from the database host when pgcomply runs there.

Whether WAL archives and backups are encrypted is in the tool's configuration, not in PostgreSQL. Files are
read only when pgcomply is proven to run on the server's host: the TLS key-file proof SSL-012 uses (the local
ssl_cert_file is the certificate the server presents), or the data directory's postmaster.pid naming the
server's port and start time. Only facts leave this module: which repositories exist and their cipher type
(pgBackRest), which encryption settings are present by name (WAL-G). Never a cipher pass or a key: pgBackRest's
file is read line by line and only `repoN-...` keys are looked at; WAL-G's env directory is listed, never read.
"""
from __future__ import annotations

import json
import os
import re
import shlex
from typing import Sequence

from auditor.model.snapshot import BackupConfig, Setting, Target, TlsProbe

_PGBACKREST_DEFAULTS = ("/etc/pgbackrest/pgbackrest.conf", "/etc/pgbackrest.conf")
_REPO_KEY = re.compile(r"^(repo\d*)-(cipher-type|path|type|host|s3-bucket|azure-container|gcs-bucket)$")
_WALG_ENCRYPTION = re.compile(r"^WALG_(?:LIBSODIUM_KEY(?:_PATH|_TRANSFORM)?|PGP_KEY(?:_PATH)?|GPG_KEY_ID|"
                              r"CSE_KMS_ID|S3_SSE_KMS_ID)$|^S3_SSE_KMS_ID$")
_GAP = "backup_config"
Gap = tuple[str, str, str]
HERE = "filesystem access on the database host (run pgcomply there, connecting via its socket or loopback)"


def _setting(settings: Sequence[Setting], name: str) -> str:
    return next((s.value or "" for s in settings if s.name == name), "")


def proven_local(target: Target, settings: Sequence[Setting], tls: TlsProbe | None,
                 start_epoch: int | None) -> tuple[bool, str]:
    """(True, "") when this process runs on the server's host, else (False, why not)."""
    if tls is not None and tls.key_file is not None:
        return True, ""
    if target.transport == "tcp" and target.host not in ("127.0.0.1", "::1", "localhost"):
        return False, f"the audit reached the server over the network ({target.host})"
    datadir = _setting(settings, "data_directory")
    if not datadir or start_epoch is None:
        return False, "data_directory is hidden from the auditing role (pg_read_all_settings) and TLS gave no proof"
    try:
        with open(os.path.join(datadir, "postmaster.pid"), encoding="utf-8") as f:
            lines = f.read().splitlines()
        started, port = int(lines[2]), int(lines[3])
    except (OSError, ValueError, IndexError):
        return False, f"{datadir}/postmaster.pid is not readable here: the server's files are elsewhere or closed to this OS user"
    if port != (target.port or 5432) or abs(started - start_epoch) > 2:
        return False, f"{datadir}/postmaster.pid on this host belongs to another server"
    return True, ""


def _pgbackrest_files(command: str) -> list[str]:
    words = shlex.split(command) if command.count("'") % 2 == 0 and command.count('"') % 2 == 0 else command.split()
    for i, w in enumerate(words):
        if w.startswith("--config="):
            return [w.split("=", 1)[1]]
        if w == "--config" and i + 1 < len(words):
            return [words[i + 1]]
    return list(_PGBACKREST_DEFAULTS)


def _pgbackrest(command: str) -> tuple[BackupConfig | None, str]:
    for path in _pgbackrest_files(command):
        if not os.path.exists(path):
            continue
        repos: set[str] = set()
        ciphers: dict[str, str] = {}
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    key, sep, value = line.strip().partition("=")
                    m = _REPO_KEY.match(key.strip()) if sep else None
                    if m is None:
                        continue                      # repo*-cipher-pass and everything else: never kept
                    repo = m[1] if m[1] != "repo" else "repo1"
                    repos.add(repo)
                    if m[2] == "cipher-type":
                        ciphers[repo] = value.strip().lower()
        except OSError as exc:
            return None, f"{path} is not readable here ({type(exc).__name__})"
        repos = repos or {"repo1"}
        return BackupConfig("pgBackRest", path, tuple(sorted(repos)),
                            tuple(sorted(r for r in repos if ciphers.get(r, "none") != "none")),
                            tuple(sorted(f"{r}={ciphers.get(r, 'none')}" for r in repos))), ""
    return None, f"no pgBackRest configuration found at {', '.join(_pgbackrest_files(command))}"


def _walg(command: str) -> tuple[BackupConfig | None, str]:
    words = command.split()
    names = {w.split("=", 1)[0] for w in words if "=" in w and not w.startswith("-")}
    source = "archive_command"
    for i, w in enumerate(words):
        if w == "envdir" and i + 1 < len(words):
            source = words[i + 1]
            try:
                names |= set(os.listdir(source))      # the file names are the variables; contents are never read
            except OSError as exc:
                return None, f"{source} is not readable here ({type(exc).__name__})"
        if w.startswith("--config=") or (w == "--config" and i + 1 < len(words)):
            source = w.split("=", 1)[1] if "=" in w else words[i + 1]
            try:
                with open(source, encoding="utf-8") as f:
                    names |= set(json.load(f))        # keys only
            except (OSError, ValueError) as exc:
                return None, f"{source} is not readable here ({type(exc).__name__})"
    if source == "archive_command" and not names:
        return None, ("WAL-G reads its settings from the server's environment or ~/.walg.json of its OS user: "
                      "name them with envdir or --config in archive_command so they can be checked")
    found = tuple(sorted(n for n in names if _WALG_ENCRYPTION.match(n)))
    return BackupConfig("WAL-G", source, ("default",), ("default",) if found else (), found), ""


def archive_tool(command: str) -> str | None:
    low = command.lower()
    return "pgBackRest" if "pgbackrest" in low else "WAL-G" if re.search(r"\bwal-g\b", low) else None


def read_backup_config(target: Target, settings: Sequence[Setting], tls: TlsProbe | None,
                       start_epoch: int | None) -> tuple[BackupConfig | None, list[Gap]]:
    """The configuration of the archiving tool named in archive_command, or a gap saying why it was not read."""
    if _setting(settings, "archive_mode") in ("", "off"):
        return None, []
    tool = archive_tool(_setting(settings, "archive_command"))
    if tool is None:
        return None, []
    local, why = proven_local(target, settings, tls, start_epoch)
    if not local:
        return None, [(_GAP, HERE, why)]
    command = _setting(settings, "archive_command")
    config, why = _pgbackrest(command) if tool == "pgBackRest" else _walg(command)
    if config is None:
        return None, [(_GAP, "OS read access to the backup tool's configuration on the database host", why)]
    return config, []
