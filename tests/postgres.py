"""A real PostgreSQL server for the tests, started with initdb/pg_ctl in a temporary directory.

Set MONITOR_TEST_PG_URL (a server URL with a user allowed to CREATE DATABASE) to use an existing server.
As root, the cluster runs as the ``postgres`` system user because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self) -> None:
        self.admin_url = os.environ.get("MONITOR_TEST_PG_URL")
        self.directory: Path | None = None
        self._as_user: list[str] = []

    def start(self) -> "PostgresServer":
        if self.admin_url:
            return self
        initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
        if not (initdb and pg_ctl):
            raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found: run `make test`, "
                               "which installs them, or set MONITOR_TEST_PG_URL")
        self.directory = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        data, port = self.directory / "data", _free_port()
        self._run([initdb, "-D", str(data), "-A", "trust", "-U", "monitor", "-E", "UTF8", "--no-sync"])
        self._run([pg_ctl, "-D", str(data), "-l", str(self.directory / "server.log"), "-w", "-t", "60",
                   "-o", f"-p {port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
        self.admin_url = f"postgresql://monitor@127.0.0.1:{port}/postgres"
        self.pg_ctl, self.data = pg_ctl, data
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(self.admin_url).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        return self

    def _run(self, command: list[str]) -> None:
        subprocess.run(self._as_user + command, check=True, capture_output=True, cwd=self.directory)

    def new_database(self) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base = self.admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
        return f"{base}/{name}"

    def stop(self) -> None:
        if self.directory is None:
            return
        subprocess.run(self._as_user + [self.pg_ctl, "-D", str(self.data), "-m", "fast", "stop"],
                       capture_output=True, cwd=self.directory)
        shutil.rmtree(self.directory, ignore_errors=True)
