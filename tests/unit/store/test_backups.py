from __future__ import annotations

import stat
from datetime import date, timedelta

from rlsdesk.paths import DataPaths
from rlsdesk.store import backups
from rlsdesk.store.store import open_store


def test_daily_backup_is_private_and_made_once_a_day(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    store.settings.set("bedtime", "22:00")
    day = date(2026, 11, 21)
    made = store.backup_if_due(day)
    assert made is not None
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert backups.verify(made.path)
    assert store.backup_if_due(day) is None
    assert store.backup_if_due(day + timedelta(days=1)) is not None
    store.close()


def test_only_the_last_seven_are_kept(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    start = date(2026, 1, 1)
    for offset in range(10):
        store.backup_now(start + timedelta(days=offset))
    kept = store.backups()
    assert [b.day for b in kept] == [start + timedelta(days=d) for d in range(9, 2, -1)]
    store.close()


def test_restore_brings_back_data_and_keeps_current(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    store.settings.set("bedtime", "22:00")
    made = store.backup_now(date(2026, 11, 20))
    store.settings.set("bedtime", "23:45")
    kept = store.restore(made)
    assert store.settings.get("bedtime") == "22:00"
    assert kept.exists() and backups.verify(kept)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    store.close()


def test_corrupt_database_can_be_restored_from_latest_backup(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    store.settings.set("bedtime", "21:15")
    store.backup_now(date(2026, 11, 20))
    store.close()
    data_paths.database.write_bytes(b"garbage" * 100)
    for sidecar in ("rlsdesk.db-wal", "rlsdesk.db-shm"):
        (data_paths.root / sidecar).unlink(missing_ok=True)
    fresh = open_store(data_paths)
    assert fresh.moved_aside is not None
    assert fresh.settings.get("bedtime") is None
    fresh.restore(fresh.backups()[0])
    assert fresh.settings.get("bedtime") == "21:15"
    fresh.close()


def test_unreadable_backup_is_not_restored(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    made = store.backup_now(date(2026, 11, 20))
    made.path.write_bytes(b"nope")
    try:
        store.restore(made)
    except ValueError as exc:
        assert "cannot be read" in str(exc)
    else:
        raise AssertionError("restoring an unreadable backup must fail")
    store.close()
