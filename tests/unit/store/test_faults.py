"""Storage errors are sorted by kind from real SQLite codes and errnos; only damage moves a
file aside. (The faults themselves, made for real, are in tests/drills.)"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from rlsdesk.store import database
from rlsdesk.store.store import open_store
from rlsdesk.system.errors import StorageKind, StorageUnavailable, UserError
from rlsdesk.system.faults import is_corruption, mount_point, storage_fault, storage_message
from rlsdesk.system.paths import DataPaths


def real_error(path: Path, setup: str, statement: str) -> sqlite3.Error:
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        if setup:
            conn.executescript(setup)
        conn.execute(statement).fetchall()
    except sqlite3.Error as exc:
        return exc
    finally:
        conn.close()
    raise AssertionError("no error")


def test_a_held_lock_is_a_lock_not_damage(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        exc = real_error(db, "", "INSERT INTO t VALUES (1)")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_BUSY
    fault = storage_fault(exc, db)
    assert fault is not None and fault.kind is StorageKind.LOCKED
    assert not is_corruption(exc)
    assert "Close the other program" in str(fault)


def test_not_a_database_is_damage_not_a_storage_fault(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    db.write_bytes(b"x" * 4096)
    exc = real_error(db, "", "SELECT * FROM sqlite_master")
    assert is_corruption(exc)
    assert storage_fault(exc, db) is None


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.ENOSPC, StorageKind.FULL, "Free some space on"),
        (errno.EDQUOT, StorageKind.FULL, "Free some space on"),
        (errno.EIO, StorageKind.IO, "input/output error"),
    ],
)
def test_errnos_by_kind(tmp_path: Path, code: int, kind: StorageKind, words: str) -> None:
    exc = OSError(code, os.strerror(code), str(tmp_path / "rlsdesk.db"))
    fault = storage_fault(exc)
    assert fault is not None and fault.kind is kind
    assert words in str(fault)


def test_a_bug_is_not_a_storage_fault(tmp_path: Path) -> None:
    assert storage_fault(ValueError("bug"), tmp_path) is None
    assert storage_message(KeyError("x"), tmp_path) is None
    assert storage_fault(OSError(errno.ENOENT, "gone", "x")) is None


def test_the_message_for_a_window_is_the_same_words(tmp_path: Path) -> None:
    exc = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "rlsdesk.db"))
    assert storage_message(exc) == str(storage_fault(exc))
    assert str(mount_point(tmp_path)) in storage_message(exc)  # type: ignore[operator]


def test_a_storage_fault_is_a_user_error_with_a_kind() -> None:
    fault = StorageUnavailable(StorageKind.READ_ONLY, "the disk is read-only")
    assert isinstance(fault, UserError) and fault.kind == "read-only"


def test_open_moves_nothing_when_storage_fails(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(data_paths)
    store.settings.set("kept", "yes")
    store.close()
    before = sorted(p.name for p in data_paths.root.iterdir())

    def full(path: Path) -> sqlite3.Connection:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(database, "connect", full)
    with pytest.raises(StorageUnavailable) as raised:
        database.open_database(data_paths.database)
    assert raised.value.kind is StorageKind.FULL
    assert sorted(p.name for p in data_paths.root.iterdir()) == before
    monkeypatch.undo()
    again = open_store(data_paths)
    assert again.settings.get("kept") == "yes" and again.moved_aside is None
    again.close()


def test_a_failed_first_open_leaves_no_empty_file(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(path: Path) -> sqlite3.Connection:
        raise OSError(errno.EIO, "Input/output error", str(path))

    monkeypatch.setattr(database, "connect", busy)
    with pytest.raises(StorageUnavailable):
        database.open_database(data_paths.database)
    assert not data_paths.database.exists()


def test_synchronous_full_for_diary_writes(tmp_path: Path) -> None:
    conn = database.connect(tmp_path / "x.db")
    try:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        conn.close()
