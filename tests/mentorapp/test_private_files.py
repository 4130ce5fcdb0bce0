"""Private files: the database, its -wal/-shm, backups, the log and kept passwords are readable
by their owner only (POSIX 0600 in folders 0700); a password never lands in a file."""

from __future__ import annotations

import logging
import os
import shutil
import stat
from pathlib import Path

import keyring
import pytest

from mentorapp import credentials, logs, opening, paths
from mentorapp.errors import UserError
from mentorapp.services import clients, maintenance

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
SAVED_V1 = Path(__file__).resolve().parents[1] / "data" / "mentorapp_v1.db"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask():
    """Run with the usual umask 022, so only the app's own care makes files private."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_database_and_its_wal_and_shm_are_private(tmp_path):
    path = tmp_path / "new folder" / "mentorapp.db"
    database = opening.open_database(str(path))
    clients.create(name="Acme")  # a write: the -wal and -shm files exist now
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert file.exists() and mode(file) == 0o600, file
    assert mode(path.parent) == 0o700
    assert os.umask(0o022) == 0o022  # the process umask is back as it was
    database.close()


def test_an_older_world_readable_database_is_made_private_when_opened(tmp_path):
    path = tmp_path / "old.db"
    opening.open_database(str(path)).close()
    path.chmod(0o644)
    opening.open_database(str(path)).close()
    assert mode(path) == 0o600


def test_backups_and_the_automatic_pre_migration_backup_are_private(tmp_path):
    database = opening.open_database(str(tmp_path / "live.db"))
    clients.create(name="Acme")
    out = maintenance.backup(database, tmp_path / "backup.db")
    assert mode(out) == 0o600
    database.close()

    old = tmp_path / "v1.db"
    shutil.copy(SAVED_V1, old)
    old.chmod(0o644)
    opening.open_database(str(old)).close()
    (before_migration,) = tmp_path.glob("v1.v1-backup-*.db")
    assert mode(before_migration) == 0o600
    assert mode(old) == 0o600


def test_the_log_file_and_its_rollovers_are_private(monkeypatch, tmp_path):
    root = logging.getLogger()
    path = logs.start_file_log()
    try:
        logging.getLogger("test").warning("a line")
        handler = next(h for h in root.handlers if getattr(h, "mentorapp_file_log", False))
        handler.doRollover()
        logging.getLogger("test").warning("after the rollover")
        assert mode(path) == 0o600 and mode(Path(f"{path}.1")) == 0o600
        assert mode(path.parent) == 0o700
    finally:
        for handler in [h for h in root.handlers if getattr(h, "mentorapp_file_log", False)]:
            root.removeHandler(handler)
            handler.close()


def test_a_password_goes_to_the_keyring_and_comes_back(memory_keyring):
    url = "postgresql://ana:p#ss/w?rd@db.example:5432/mentorapp?sslmode=require"
    bare = credentials.remember(url)
    assert bare == "postgresql://ana@db.example:5432/mentorapp?sslmode=require"
    assert "p#ss" not in bare
    assert memory_keyring.kept == {(credentials.SERVICE, bare): "p#ss/w?rd"}
    assert credentials.recall(bare) != bare
    from mentorapp import urls

    assert urls.parse_postgres(credentials.recall(bare)).password == "p#ss/w?rd"
    credentials.forget(bare)
    assert memory_keyring.kept == {}
    assert credentials.recall(bare) == bare


def test_without_a_keyring_the_password_is_refused_not_written(monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(UserError, match="no system keyring"):
            credentials.remember("postgresql://ana:secret@host/db")
        assert credentials.recall("postgresql://ana@host/db") == "postgresql://ana@host/db"
    finally:
        keyring.set_keyring(previous)


def test_private_folder_and_make_private_leave_modes_right(tmp_path):
    folder = paths.private_folder(tmp_path / "a" / "b")
    assert mode(folder) == 0o700
    loose = tmp_path / "loose.txt"
    loose.write_text("x")
    loose.chmod(0o664)
    paths.make_private(loose, tmp_path / "missing.txt")
    assert mode(loose) == 0o600
