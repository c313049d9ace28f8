"""A throwaway PostgreSQL + PostGIS server for the ``postgis`` tests.

The server runs in a temporary folder on a free port, listening only on a Unix socket in that
folder, with ``trust`` authentication (any role name logs in: the tests play several agencies).
As root it runs as the ``postgres`` user (``runuser``), since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _postgresql_bin() -> Path:
    """The newest PostgreSQL's programs that have PostGIS beside them (Debian keeps one folder
    per major version: 15 on Debian 12, 17 on Debian 13); TBPA_PG_BIN names another."""
    if "TBPA_PG_BIN" in os.environ:
        return Path(os.environ["TBPA_PG_BIN"])
    versions = sorted((int(p.name) for p in Path("/usr/lib/postgresql").glob("*")
                       if p.name.isdigit() and _postgis_control(int(p.name)).is_file()),
                      reverse=True)
    return Path(f"/usr/lib/postgresql/{versions[0] if versions else 15}/bin")


def _postgis_control(major: int) -> Path:
    return Path(f"/usr/share/postgresql/{major}/extension/postgis.control")


PG_BIN = _postgresql_bin()
POSTGIS_CONTROL = _postgis_control(int(PG_BIN.parent.name)) if PG_BIN.parent.name.isdigit() \
    else Path("/nonexistent")
INSTALL_HINT = ("PostgreSQL with PostGIS 3 is not installed; install it with "
                "`sudo apt-get install postgresql postgresql-postgis python3-psycopg2` "
                "(or run scripts/install-system-deps.sh)")


@dataclass
class PostgisServer:
    """A running server: ``uri(dbname, user)`` names a database on it."""

    folder: Path
    port: int
    run_as: list[str]

    def uri(self, dbname: str = "tbpa", user: str = "postgres") -> str:
        """A ``postgresql://`` URI reaching ``dbname`` as ``user`` through the socket."""
        return f"postgresql://{user}@/{dbname}?host={self.folder}&port={self.port}"

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        """Run ``sql`` as the superuser; return the output."""
        result = subprocess.run(
            [*self.run_as, str(PG_BIN / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At",
             "-h", str(self.folder), "-p", str(self.port), "-U", "postgres", "-d", dbname,
             "-c", sql],
            capture_output=True, text=True, check=False)
        if result.returncode:
            raise RuntimeError(result.stderr)
        return result.stdout

    def new_database(self, name: str) -> str:
        """Create database ``name`` with PostGIS; return its superuser URI."""
        self.psql(f'CREATE DATABASE "{name}"')
        self.psql("CREATE EXTENSION postgis", dbname=name)
        return self.uri(name)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start() -> PostgisServer:
    run_as: list[str] = []
    folder = Path(tempfile.mkdtemp(prefix="tbpa-pg-"))
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"

    def run(*command: str) -> None:
        result = subprocess.run([*run_as, *command], capture_output=True, text=True,
                                check=False, timeout=120)
        if result.returncode:
            raise RuntimeError(f"{command[0]} failed: {result.stdout}\n{result.stderr}")

    run(str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
        "-E", "UTF8", "--locale=C.UTF-8")
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses='' -c fsync=off "
               "-c max_connections=60")
    run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
        "-w", "start")
    return PostgisServer(folder, port, run_as)


def _stop(server: PostgisServer) -> None:
    subprocess.run([*server.run_as, str(PG_BIN / "pg_ctl"), "-D", str(server.folder / "data"),
                    "-m", "fast", "-w", "stop"], capture_output=True, check=False, timeout=120)
    shutil.rmtree(server.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgis_server() -> Iterator[PostgisServer]:
    """A PostgreSQL + PostGIS server for the whole session, stopped at the end."""
    if not (PG_BIN / "initdb").is_file() or not POSTGIS_CONTROL.is_file():
        pytest.skip(INSTALL_HINT)
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        pytest.skip(INSTALL_HINT)
    server = _start()
    try:
        yield server
    finally:
        _stop(server)


@pytest.fixture
def postgis_database(postgis_server, request) -> str:
    """A fresh database with PostGIS for one test; its superuser URI."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    return postgis_server.new_database(name)
