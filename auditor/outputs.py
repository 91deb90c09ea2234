"""Every file pgcomply writes goes through `write_file`: private (0600), atomic, and never through a symlink.

Reports describe a cluster's weaknesses and hold a masked inventory, so they are created 0600 and the
directories pgcomply creates 0700 (an existing directory keeps its mode: it is the user's). A file is
written to an unpredictable temporary name in the same directory (O_CREAT|O_EXCL|O_NOFOLLOW, via
tempfile.mkstemp), fsynced, then renamed onto the final name: a symlink planted at the final name is
replaced, never followed, and a reader never sees half a report. `check_dir` / `check_file_target` run
before anything connects, so an unwritable destination costs one line, not an audit.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

FILE_MODE, DIR_MODE = 0o600, 0o700


class OutputError(ValueError):
    """An output path that cannot be written; one line (usage error, exit 2)."""


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _nearest_existing(path: Path) -> Path:
    p = path.absolute()
    while not os.path.lexists(p) and p != p.parent:
        p = p.parent
    return p


def _probe(directory: Path, what: str) -> None:
    """Create and remove a private temporary file: the only honest writability test (root ignores modes)."""
    try:
        fd, name = tempfile.mkstemp(prefix=".pgcomply-probe-", dir=directory)
    except OSError as exc:
        raise OutputError(f"{what} is not writable: {_why(exc)}") from None
    os.close(fd)
    os.unlink(name)


def check_dir(path: Path, what: str = "output directory") -> None:
    """Fail now, in one line, if `path` could not be created or written (nothing is created here)."""
    label = f"{what} {path}"
    if os.path.lexists(path) and not path.is_dir():
        raise OutputError(f"{label} is not a directory")
    base = path if path.is_dir() else _nearest_existing(path)
    if not base.is_dir():
        raise OutputError(f"{label} cannot be created: {base} is not a directory")
    _probe(base, label if base == path else f"{label} cannot be created: {base}")


def check_file_target(path: Path, what: str = "output file") -> None:
    """Fail now if a file could not be written at `path` (its directory is checked, nothing is created)."""
    if path.is_dir():
        raise OutputError(f"{what} {path} is a directory")
    try:
        check_dir(path.parent, "directory")
    except OutputError as exc:
        raise OutputError(f"cannot write {what} {path}: {exc}") from None


def make_dir(path: Path) -> Path:
    """Create `path` and any missing parents with mode 0700; an existing directory is left as it is."""
    missing = []
    p = path
    while not os.path.lexists(p) and p != p.parent:
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            os.mkdir(d, DIR_MODE)
        except FileExistsError:      # created meanwhile by another writer (fleet threads): fine if a directory
            pass
        except OSError as exc:
            raise OutputError(f"cannot create directory {path}: {_why(exc)}") from None
    if not path.is_dir():
        raise OutputError(f"{path} is not a directory")
    return path


def write_file(path: Path, data: bytes | str | Iterable[str]) -> Path:
    """Write `data` to `path` atomically as a new 0600 file; whatever sat at `path` (a symlink too) is replaced.
    `data` may be an iterable of text chunks, written as they come (a 30,000-finding report never exists
    twice in memory as one string)."""
    chunks: Iterable[bytes] = ([data.encode("utf-8")] if isinstance(data, str) else [data] if isinstance(data, bytes)
                               else (c.encode("utf-8") for c in data))
    make_dir(path.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_why(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:   # a failed write, or a chunk producer that raised: no temporary file stays
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {_why(exc)}") from None
        raise
    return path
