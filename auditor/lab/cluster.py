"""Throwaway PostgreSQL clusters for the test suite and `pgcomply demo`.

initdb and pg_ctl refuse to run as root, so as root every server command runs as the OS user `postgres`
(via runuser) in a /tmp directory it owns; as any other user they run directly. Each cluster listens on
127.0.0.1 and on a unix socket in its own directory, never in the system socket dir.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.abc import Params
from psycopg.conninfo import make_conninfo

from auditor.lab.certgen import TlsMaterial, make_server_cert
from auditor.lab.pgbin import (TMP, ClusterError, as_server_user, embedded_bindir as embedded_bindir, find_bindir,
    pgserver_bindir as pgserver_bindir,
    has_openssl, server_major, server_user)   # re-exported: callers import the cluster API from one place

AdminQuery = str | sql.SQL | sql.Composed  # setup SQL, often built with f-strings in tests
_GUC_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?")


def _free_port(prefer: int = 0) -> int:
    """`prefer` if nothing listens on it on loopback, else any free port."""
    for port in (prefer, 0) if prefer else (0,):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(s.getsockname()[1])
    raise ClusterError("no free port on 127.0.0.1")


def conf_value(value: object) -> str:
    """A postgresql.conf value: on/off, bare numbers, quoted strings; a sequence becomes a list string."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Sequence) and not isinstance(value, str):
        value = ", ".join(map(str, value))
    text = str(value).replace("\\", "\\\\").replace("'", "''")
    return f"'{text}'"


def _check_names(names: Iterable[str]) -> None:
    for name in names:
        if not _GUC_NAME.fullmatch(name):
            raise ValueError(f"not a setting name: {name!r}")


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _teardown(as_server: list[str], bindir: Path, root: Path, keep: bool) -> None:
    """Stop the server and remove its directory; a module function so weakref.finalize can run it at exit."""
    data = root / "data"
    if (data / "postmaster.pid").exists():
        cmd = [*as_server, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "30", "stop"]
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=root, check=False)
        if out.returncode != 0 and (data / "postmaster.pid").exists():
            raise ClusterError(f"pg_ctl stop failed for {data}: {_tail(out.stderr + out.stdout)}")
    if not keep:
        shutil.rmtree(root, ignore_errors=True)


class ThrowawayCluster:
    """A private PostgreSQL cluster in /tmp, started on a free port (`prefer_port` if it is free) and removed on stop().

    Admin access is over the unix socket as `superuser`. Unless `hba` holds a `local` line of its own,
    pg_hba.conf starts with `local all <superuser> trust` so that access survives any test rules; write
    your own `local` lines to audit an hba file exactly as given (connect() then sends `password`).
    """

    host = "127.0.0.1"

    def __init__(
        self,
        bindir: Path | str | None = None,
        *,
        conf: Mapping[str, object] | None = None,
        hba: str | None = None,
        tls: TlsMaterial | bool = False,
        preload: Sequence[str] = (),
        openssl_conf: str | None = None,
        superuser: str = "postgres",
        password: str | None = None,
        prefer_port: int = 0,
    ) -> None:
        self.bindir = Path(bindir) if bindir else find_bindir()
        self.major = server_major(self.bindir)
        if tls and not has_openssl(self.bindir):
            raise ClusterError(f"PostgreSQL {self.major} in {self.bindir} was built without OpenSSL: no TLS")
        self.conf = dict(conf or {})
        _check_names(self.conf)
        self.hba, self.preload, self.openssl_conf = hba, tuple(preload), openssl_conf
        self.superuser, self.password = superuser, password
        self._tls_source = tls
        self.tls: TlsMaterial | None = None  # the installed copies in the data dir, once started
        self.port, self._prefer_port = 0, prefer_port
        self._root: Path | None = None
        self._as_server = as_server_user()
        self._finalizer: weakref.finalize[Any, Any] | None = None

    def __enter__(self) -> ThrowawayCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> ThrowawayCluster:
        if self._root is not None:
            raise ClusterError("cluster already started")
        self._root = Path(tempfile.mkdtemp(prefix="pgcomply-", dir=TMP))
        self._finalizer = weakref.finalize(self, _teardown, self._as_server, self.bindir, self._root, False)
        try:
            self._root.chmod(0o755)  # the socket lives here; data/ itself stays 0700
            self._chown(self._root)
            if self.openssl_conf is not None:
                (self._root / "openssl.cnf").write_text(self.openssl_conf)
            self.port = _free_port(self._prefer_port)
            self._run("initdb", "-D", self.datadir, "-U", self.superuser, "-A", "trust", "-E", "UTF8",
                      "--locale=C", "--no-sync")
            settings: dict[str, object] = {"port": self.port, "listen_addresses": self.host,
                                           "unix_socket_directories": str(self._root), "fsync": False}
            if self.preload:
                settings["shared_preload_libraries"] = self.preload
            self._append_conf(settings | (self._install_tls() if self._tls_source else {}) | self.conf)
            self.write_hba(self.hba or "", reload=False)
            self._start_server()
            if self.password is not None:
                self.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    sql.Identifier(self.superuser), sql.Literal(self.password)))
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self, keep: bool = False) -> None:
        """Stop the server; remove its directory unless keep. Safe to call twice."""
        if self._finalizer is None:
            return
        finalizer, self._finalizer = self._finalizer, None
        if keep:
            finalizer.detach()
            _teardown(self._as_server, self.bindir, self.root, keep=True)
        else:
            finalizer()
        self._root = None

    def restart(self) -> None:
        self._pg_ctl("-m", "fast", "restart")

    def reload(self, check: bool = True) -> None:
        """Reload and wait until new sessions see it; with check, raise on rejected conf or hba lines."""
        with self.connect() as conn:
            since = conn.execute("SELECT clock_timestamp()").fetchone()
            conn.execute("SELECT pg_reload_conf()")
        deadline = time.monotonic() + 10  # each new backend inherits the postmaster's pg_conf_load_time()
        while not self.execute("SELECT pg_conf_load_time() >= %s", params=since)[0][0]:
            if time.monotonic() > deadline:
                raise ClusterError("the server did not reload its configuration within 10 s")
            time.sleep(0.01)
        if check and (errors := self.execute(_CONF_ERRORS)):
            text = "; ".join(e for (e,) in errors)
            hint = " (some settings need set_conf(..., restart=True))" if "could not be applied" in text else ""
            raise ClusterError(f"configuration rejected: {text}{hint}")

    @property
    def root(self) -> Path:
        if self._root is None:
            raise ClusterError("cluster not started")
        return self._root

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def log_text(self) -> str:
        log = self.root / "log"
        return log.read_text(errors="replace") if log.exists() else ""

    def dsn(self, dbname: str = "postgres", user: str | None = None, password: str | None = None,
            host: str | None = None, **extra: Any) -> str:
        """A libpq conninfo over TCP (127.0.0.1 unless host); the superuser gets `password` by default."""
        user = user or self.superuser
        if password is None and user == self.superuser:
            password = self.password
        return make_conninfo("", host=host or self.host, port=self.port, dbname=dbname, user=user,
                             password=password, **extra)

    def connect(self, dbname: str = "postgres", user: str | None = None, **kw: Any) -> psycopg.Connection[Any]:
        """An autocommit session over the unix socket, for setup and admin."""
        user = user or self.superuser
        if user == self.superuser and self.password is not None:
            kw.setdefault("password", self.password)
        kw.setdefault("connect_timeout", 10)
        return psycopg.connect(host=str(self.socket_dir), port=self.port, dbname=dbname, user=user,
                               autocommit=True, **kw)

    def execute(self, query: AdminQuery, dbname: str = "postgres",
                params: Params | None = None) -> list[tuple[Any, ...]]:
        """Run one statement (or several, without params) as superuser; the last result's rows."""
        rows: list[tuple[Any, ...]] = []
        with self.connect(dbname) as conn, conn.cursor() as cur:
            cur.execute(query, params)
            while True:
                if cur.description is not None:
                    rows = cur.fetchall()
                if not cur.nextset():
                    return rows

    @contextmanager
    def fresh_database(self, prefix: str = "t") -> Iterator[FreshDatabase]:
        """A new, uniquely named database, force-dropped afterwards (roles are cluster-wide: not dropped)."""
        name = f"{prefix}_{secrets.token_hex(4)}"
        self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield FreshDatabase(self, name)
        finally:
            self.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def write_hba(self, text: str, reload: bool = True) -> None:
        """Replace pg_hba.conf (the default is trust on the socket and loopback), then reload.

        Lines the server rejects raise ClusterError and the previous file is put back; to test a broken
        file on purpose, pass reload=False and call reload(check=False).
        """
        text = text.strip() or ("local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust")
        has_local = any(line.split()[:1] == ["local"] for line in text.splitlines())
        admin = "" if has_local else f"local all {self.superuser} trust  # pgcomply admin access\n"
        path = self.datadir / "pg_hba.conf"
        with self._restore_on_error(path):
            self._write_server_file(path, admin + text + "\n")
            if reload:
                self.reload()

    def set_conf(self, settings: Mapping[str, object] | None = None, /, *, restart: bool = False,
                 **kw: object) -> None:
        """ALTER SYSTEM each setting (None resets it), then reload, or restart if asked.

        A rejected value, one that needs a restart without restart=True, or one the server will not
        start with raises ClusterError; postgresql.auto.conf is put back and the server keeps running.
        """
        changes = {**(settings or {}), **kw}
        _check_names(changes)
        with self._restore_on_error(self.datadir / "postgresql.auto.conf"):
            with self.connect() as conn:
                for name, value in changes.items():
                    guc = sql.Identifier(*name.split("."))
                    if value is None:
                        conn.execute(sql.SQL("ALTER SYSTEM RESET {}").format(guc))
                    else:
                        conn.execute(sql.SQL("ALTER SYSTEM SET {} = {}").format(guc, _sql_value(value)))
            if restart:
                self.restart()
            else:
                self.reload()

    @contextmanager
    def _restore_on_error(self, path: Path) -> Iterator[None]:
        """A rejected file must not stay on disk, or every later reload (or start) would fail on it too."""
        before = path.read_text()
        try:
            yield
        except ClusterError:
            self._write_server_file(path, before)
            if (self.datadir / "postmaster.pid").exists():
                self.reload(check=False)
            else:  # a restart failed on it
                self._start_server()
            raise

    def _run(self, exe: str, *args: object) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        if self.openssl_conf is not None:
            env["OPENSSL_CONF"] = str(self.root / "openssl.cnf")
        cmd = [*self._as_server, str(self.bindir / exe), *map(str, args)]
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root, env=env, check=False)
        if out.returncode != 0:
            action = f"{exe} {args[-1]}" if exe == "pg_ctl" else exe
            raise ClusterError(f"{action} failed (exit {out.returncode}):\n"
                               f"{_tail(out.stderr + out.stdout)}\n{_tail(self.log_text())}".rstrip())
        return out

    def _pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", self.datadir, "-l", self.root / "log", "-w", "-t", "30", *args)

    def _start_server(self) -> None:
        """pg_ctl start; another process may take the port between _free_port and bind, so retry twice."""
        for attempt in range(3):
            try:
                return self._pg_ctl("start")
            except ClusterError:
                if attempt == 2 or "could not bind" not in self.log_text():
                    raise
            self.port = _free_port()
            self._append_conf({"port": self.port})

    def _install_tls(self) -> dict[str, object]:
        """Copy cert, key and CA into the data dir (the source may be a 0700 dir the server cannot read)."""
        src = self._tls_source if isinstance(self._tls_source, TlsMaterial) else make_server_cert(self.root / "tls")
        d = self.datadir
        self.tls = TlsMaterial(d / "server.crt", d / "server.key", d / "ca.crt" if src.ca_path else None)
        settings: dict[str, object] = {"ssl": True}
        for name, source, target in (("ssl_cert_file", src.cert_path, self.tls.cert_path),
                                     ("ssl_key_file", src.key_path, self.tls.key_path),
                                     ("ssl_ca_file", src.ca_path, self.tls.ca_path)):
            if source and target:
                self._write_server_file(target, Path(source).read_text())
                settings[name] = str(target)
        return settings

    def _append_conf(self, settings: Mapping[str, object]) -> None:
        _check_names(settings)
        lines = "".join(f"{name} = {conf_value(value)}\n" for name, value in settings.items())
        with open(self.datadir / "postgresql.conf", "a") as f:
            f.write("\n# pgcomply throwaway cluster\n" + lines)

    def _write_server_file(self, path: Path, text: str) -> None:
        """0600 and owned by the server user, as PostgreSQL wants for keys (and is enough for the rest)."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.chmod(path, 0o600)
        self._chown(path)

    def _chown(self, path: Path) -> None:
        if self._as_server:
            user = server_user()
            os.chown(path, user.pw_uid, user.pw_gid)


_CONF_ERRORS = """
    SELECT format('%s = %s (%s:%s): %s', name, setting, sourcefile, sourceline, error)
    FROM pg_file_settings WHERE error IS NOT NULL
    UNION ALL
    SELECT format('pg_hba.conf:%s: %s', line_number, error) FROM pg_hba_file_rules WHERE error IS NOT NULL"""


def _sql_value(value: object) -> sql.Composable:
    if isinstance(value, bool):
        return sql.Literal("on" if value else "off")
    if isinstance(value, Sequence) and not isinstance(value, str):
        return sql.SQL(", ").join(sql.Literal(str(v)) for v in value)
    return sql.Literal(value)


@dataclass(frozen=True)
class FreshDatabase:
    """One database of a ThrowawayCluster, as yielded by fresh_database()."""

    cluster: ThrowawayCluster
    name: str

    def dsn(self, user: str | None = None, password: str | None = None, **extra: Any) -> str:
        return self.cluster.dsn(self.name, user=user, password=password, **extra)

    def execute(self, query: AdminQuery, params: Params | None = None) -> list[tuple[Any, ...]]:
        return self.cluster.execute(query, self.name, params)

    def connect(self, user: str | None = None, **kw: Any) -> psycopg.Connection[Any]:
        return self.cluster.connect(self.name, user, **kw)
