"""A private PostgreSQL cluster with SCRAM password authentication, for the tests of shared
mode: the system server here trusts every connection, so a password test against it would prove
nothing. Started once per test run on a free port in a temporary folder (as the `postgres`
system user when the tests run as root: initdb refuses root), stopped at the end."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

SUPERUSER_PASSWORD = "cluster-superuser-pw"


def _bindir() -> Path | None:
    """$MENTORAPP_TEST_PG_BINDIR (another server version's bin folder), else the installed one."""
    chosen = os.environ.get("MENTORAPP_TEST_PG_BINDIR")
    if chosen:
        return Path(chosen)
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True)
        folder = Path(out.stdout.strip())
        if (folder / "initdb").exists():
            return folder
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@pytest.fixture(scope="session")
def scram_cluster():
    """The superuser URL of a private cluster that checks passwords (scram-sha-256)."""
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries (initdb) are needed under CI")
        pytest.skip("PostgreSQL server binaries (initdb) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="mentorapp-cluster-"))
    data, password_file = folder / "data", folder / "pw"
    password_file.write_text(SUPERUSER_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(password_file, "postgres")
    port = _free_port()
    subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", "postgres",
                                    "--auth=scram-sha-256", f"--pwfile={password_file}",
                                    "--no-sync"]),
                   check=True, capture_output=True)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
                                    "-l", str(folder / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    try:
        yield f"postgresql://postgres:{SUPERUSER_PASSWORD}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                        "-w", "stop"]), capture_output=True)
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)
