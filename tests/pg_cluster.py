"""A throwaway PostgreSQL cluster for the tests and benchmarks of team libraries.

`TempCluster` runs initdb in a temporary folder and starts a server that
listens on a unix socket in that folder only (no TCP, unless asked for a
local port), with password authentication: the superuser's password sits in
a passfile beside it, which is how the app is meant to be given passwords
(libpq's PGPASSFILE), so the tests use the same path. PostgreSQL refuses to
run as root; when the tests run as root (CI does), initdb and the server run
as the Debian `postgres` user through `runuser`.

`stop()` stops the server and removes the folder. A missing PostgreSQL is an
error with a clear message, never a skip: `.ci/run` installs it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "bb_test_super"


class ClusterError(RuntimeError):
    """PostgreSQL could not be found or started."""


def postgres_bindir() -> Path:
    """The folder of initdb and postgres: PG_BINDIR, else the newest Debian
    /usr/lib/postgresql/*/bin, else wherever initdb is on PATH."""
    override = os.environ.get("PG_BINDIR")
    if override:
        return Path(override)
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise ClusterError(
        "PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH):"
        " the team-library tests need it. On Debian: apt-get install postgresql"
        " (.ci/run installs it when missing)."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempCluster:
    """A PostgreSQL server in a temporary folder, for one test session or one benchmark."""

    def __init__(
        self,
        *,
        tcp: bool = False,
        tls: bool = False,
        settings: dict[str, str] | None = None,
        keep: Path | None = None,
    ) -> None:
        """`keep`: a folder the cluster lives in and stays in after `stop`
        (a benchmark reuses what it built); by default a temporary one."""
        self.bindir = postgres_bindir()
        self.keep = keep is not None
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
        self.folder = keep if keep is not None else Path(tempfile.mkdtemp(prefix="bb-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "run"
        self.port = _free_port()
        self.tcp = tcp
        self.password = secrets.token_urlsafe(18)
        self.passfile = self.folder / "pgpass"
        self.settings = settings or {}
        self.tls = tls
        self.ca_file = self.folder / "tls" / "ca.crt"
        self._as_root = os.geteuid() == 0
        self._started = False

    # -- running as the unprivileged user ---------------------------------------

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )
        if result.returncode != 0:
            raise ClusterError(
                f"{args[0]} failed ({result.returncode}): {result.stderr.strip() or result.stdout}"
            )
        return result

    def _give_to_server_user(self, *paths: Path) -> None:
        if not self._as_root:
            return
        try:
            user = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ClusterError(
                "running as root, but there is no 'postgres' user to run the server as"
                " (Debian's postgresql package creates it)"
            ) from exc
        for path in paths:
            os.chown(path, user.pw_uid, user.pw_gid)

    # -- life cycle ----------------------------------------------------------------

    def start(self) -> TempCluster:
        """initdb and start; the cluster is removed at exit even if `stop` is never called."""
        atexit.register(self.stop)
        if self.keep and (self.data / "PG_VERSION").exists():
            return self._restart()
        self.socket_dir.mkdir()
        # The server user must reach its folders; nobody else may read the data.
        os.chmod(self.folder, 0o711)
        pwfile = self.folder / "initpw"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        os.chmod(pwfile, 0o600)
        self._give_to_server_user(self.folder, self.socket_dir, pwfile)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            # The strictest locale for text search: the app must not rely on it.
            "--locale=C",
            "--no-sync",
        )
        pwfile.unlink()
        conf = {
            "listen_addresses": "'127.0.0.1'" if self.tcp else "''",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.socket_dir}'",
            # A throwaway cluster: durability costs time and buys nothing.
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "60",
            **self.settings,
        }
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as fh:
            fh.write("\n# tests/pg_cluster.py\n")
            for key, value in conf.items():
                fh.write(f"{key} = {value}\n")
        log = self.folder / "server.log"
        log.touch()
        self._give_to_server_user(log)
        if self.tls:
            conf.update(self._make_certificates())
            with open(self.data / "postgresql.conf", "a", encoding="utf-8") as fh:
                for key in ("ssl", "ssl_cert_file", "ssl_key_file"):
                    fh.write(f"{key} = {conf[key]}\n")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "60", "start")
        self._started = True
        self.passfile.write_text(f"*:*:*:{SUPERUSER}:{self.password}\n", encoding="utf-8")
        os.chmod(self.passfile, 0o600)
        if self.keep:
            (self.folder / "port").write_text(str(self.port))
            (self.folder / "password").write_text(self.password)
        return self

    def _make_certificates(self) -> dict[str, str]:
        """A private CA and a server certificate for localhost/127.0.0.1 (openssl)."""
        tls = self.ca_file.parent
        tls.mkdir()

        def openssl(*args: str) -> None:
            result = subprocess.run(["openssl", *args], capture_output=True, text=True, cwd=tls)
            if result.returncode != 0:
                raise ClusterError(f"openssl {args[0]} failed: {result.stderr.strip()}")

        openssl(
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=bb test CA",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
        )
        openssl(
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        )
        (tls / "ext.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        openssl(
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
            "-out",
            "server.crt",
        )
        os.chmod(tls / "server.key", 0o600)
        self._give_to_server_user(tls / "server.key", tls / "server.crt")
        return {
            "ssl": "on",
            "ssl_cert_file": f"'{tls / 'server.crt'}'",
            "ssl_key_file": f"'{tls / 'server.key'}'",
        }

    def _restart(self) -> TempCluster:
        """Start a kept cluster again, as it was left (same port and password)."""
        self.port = int((self.folder / "port").read_text())
        self.password = (self.folder / "password").read_text()
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "start"
        )
        self._started = True
        return self

    def stop(self) -> None:
        """Stop the server and remove the folder (a kept one stays, shut down cleanly)."""
        if self._started:
            self._started = False
            mode = "fast" if self.keep else "immediate"  # nothing in a throwaway one is kept
            with contextlib.suppress(ClusterError, subprocess.TimeoutExpired):
                self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
        if not self.keep:
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- connecting ----------------------------------------------------------------

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A connection URL for the unix socket (no password in it: the passfile has it)."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def env(self) -> dict[str, str]:
        """Environment that lets libpq find the passfile."""
        return {"PGPASSFILE": str(self.passfile)}

    def add_password(self, user: str, password: str) -> None:
        """Let libpq find `user`'s password in the passfile (tests make users)."""
        with open(self.passfile, "a", encoding="utf-8") as fh:
            fh.write(f"*:*:*:{user}:{password}\n")

    def create_database(self, name: str) -> str:
        """A fresh database; its URL for the superuser."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def wait_gone(self, timeout: float = 10) -> bool:
        """Whether the folder is removed (after `stop`)."""
        deadline = time.monotonic() + timeout
        while self.folder.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return not self.folder.exists()
