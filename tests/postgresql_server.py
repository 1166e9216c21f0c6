"""A throwaway PostgreSQL cluster for the tests that run on PostgreSQL too.

Started once per test session when the first test asks for it, and stopped at the end: its own
data folder under the system's temporary folder, listening on 127.0.0.1 only, on a free port,
with a password for TCP connections. ``initdb`` refuses to run as root, so as root the cluster
belongs to the ``postgres`` account that Debian's package makes (started through ``runuser``);
as anyone else it belongs to that user.

``--postgresql-url postgresql://USER:PASSWORD@HOST:PORT/postgres`` (or
``KTTT_TEST_POSTGRESQL_URL``) uses a running server instead: a role that may create databases.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ADMIN = "kttt_test"
START_TIMEOUT = 60  # seconds


def binaries() -> Path | None:
    """The folder of ``initdb`` and ``postgres`` (Debian keeps them out of the PATH)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    """A running cluster: the URL of its administrator (a superuser) and how to stop it."""

    url: str
    folder: Path | None = None
    runner: list[str] | None = None
    bin: Path | None = None

    def stop(self) -> None:
        if self.folder is None or self.bin is None or self.runner is None:
            return
        subprocess.run([*self.runner, str(self.bin / "pg_ctl"), "stop", "-D",
                        str(self.folder / "data"), "-m", "immediate", "-w"],
                       capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _runner() -> tuple[list[str], int | None]:
    """The command prefix that runs a program as the cluster's owner, and that owner's uid."""
    if os.geteuid() != 0:
        return [], None
    try:
        owner = pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("PostgreSQL refuses to run as root and there is no postgres "
                           "account to run it as") from exc
    return ["runuser", "-u", "postgres", "--"], owner.pw_uid


def start_cluster() -> Cluster:
    """Make and start a cluster (see the module's note)."""
    bin_folder = binaries()
    if bin_folder is None:
        raise RuntimeError("PostgreSQL is not installed")
    runner, uid = _runner()
    folder = Path(tempfile.mkdtemp(prefix="kttt-postgresql-"))
    password = secrets.token_hex(12)
    try:
        if uid is not None:
            os.chown(folder, uid, -1)
        (folder / "password").write_text(password + "\n", encoding="utf-8")
        if uid is not None:
            os.chown(folder / "password", uid, -1)
        subprocess.run([*runner, str(bin_folder / "initdb"), "-D", str(folder / "data"),
                        "-U", ADMIN, f"--pwfile={folder / 'password'}", "--auth-local=trust",
                        "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True)
        for attempt in range(5):
            port = _free_port()
            options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=200 -c shared_buffers=64MB")
            started = subprocess.run(
                [*runner, str(bin_folder / "pg_ctl"), "start", "-D", str(folder / "data"),
                 "-o", options, "-l", str(folder / "server.log"), "-w",
                 "-t", str(START_TIMEOUT)], capture_output=True, check=False)
            if started.returncode == 0:
                return Cluster(f"postgresql://{ADMIN}:{password}@127.0.0.1:{port}/postgres",
                               folder, runner, bin_folder)
            if attempt == 4:
                log = (folder / "server.log").read_text(errors="replace") if (
                    folder / "server.log").exists() else started.stderr.decode(errors="replace")
                raise RuntimeError(f"PostgreSQL did not start:\n{log[-2000:]}")
            time.sleep(0.2)  # the port was taken meanwhile: another one
    except BaseException:
        with contextlib.suppress(Exception):
            subprocess.run([*runner, str(bin_folder / "pg_ctl"), "stop", "-D",
                            str(folder / "data"), "-m", "immediate"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    raise AssertionError("unreachable")
