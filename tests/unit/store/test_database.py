from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from rlsdesk.store import migrations
from rlsdesk.store.database import open_database, transaction
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_database_is_private_wal_and_current(data_paths: DataPaths) -> None:
    result = open_database(data_paths.database)
    conn = result.conn
    assert result.moved_aside is None
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    conn.execute("INSERT INTO settings VALUES ('a', '1')")  # makes the -wal file appear
    for name in ("rlsdesk.db", "rlsdesk.db-wal", "rlsdesk.db-shm"):
        path = data_paths.root / name
        assert path.exists(), name
        assert mode(path) == 0o600, name
    assert mode(data_paths.root) == 0o700
    conn.close()


def test_reopening_keeps_data_and_does_not_migrate_twice(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    store.settings.set("bedtime", "23:00")
    store.close()
    again = open_store(data_paths)
    assert again.settings.get("bedtime") == "23:00"
    assert migrations.current_version(again.conn) == migrations.SCHEMA_VERSION
    again.close()


def test_migrations_run_from_every_older_version(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    assert migrations.migrate(conn) == migrations.SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"settings", "steps", "symptom_events"} <= tables


def test_failed_migration_leaves_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    broken = (*migrations.MIGRATIONS, "CREATE TABLE ok_so_far (x); THIS IS NOT SQL;")
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(broken))
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == len(broken) - 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "ok_so_far" not in tables


def test_newer_schema_is_refused_not_touched(data_paths: DataPaths) -> None:
    conn = sqlite3.connect(data_paths.database, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.close()
    before = data_paths.database.read_bytes()
    with pytest.raises(migrations.SchemaTooNew):
        open_database(data_paths.database)
    assert data_paths.database.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all", b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["not-sqlite", "damaged-sqlite"],
)
def test_unreadable_file_is_moved_aside_never_overwritten(
    data_paths: DataPaths, content: bytes
) -> None:
    data_paths.database.write_bytes(content)
    store = open_store(data_paths)
    assert store.moved_aside is not None
    assert store.moved_aside.read_bytes() == content
    assert store.moved_aside.parent == data_paths.root
    assert store.problem
    store.settings.set("works", True)  # a fresh, usable database
    assert store.settings.get("works") is True
    store.close()


def test_transaction_is_all_or_nothing(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    with pytest.raises(RuntimeError), transaction(store.conn):
        store.conn.execute("INSERT INTO settings VALUES ('x', '1')")
        raise RuntimeError("boom")
    assert store.settings.get("x") is None
    store.close()
