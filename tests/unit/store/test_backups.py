from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from rlsdesk.store import backups
from rlsdesk.store.migrations import SCHEMA_VERSION
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths

NOON = datetime(2026, 11, 21, 12, 0, 0)


@pytest.fixture
def store(data_paths: DataPaths):
    opened = open_store(data_paths)
    yield opened
    opened.close()


def _private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_daily_backup_is_private_and_made_once_a_day(store: Store) -> None:
    store.settings.set("bedtime", "22:00")
    made = store.backup_if_due(NOON)
    assert made is not None and made.kind == backups.DAILY
    assert _private(made.path)
    assert backups.verify(made.path)
    assert store.backup_if_due(NOON + timedelta(hours=3)) is None
    assert store.backup_if_due(NOON + timedelta(days=1)) is not None


def test_a_manual_backup_of_today_counts_as_todays(store: Store) -> None:
    store.backup_now(NOON)
    assert store.backup_if_due(NOON + timedelta(hours=1)) is None


def test_a_before_restore_copy_is_not_todays_backup(store: Store) -> None:
    old = store.backup_now(NOON - timedelta(days=3))
    store.restore(old, NOON)
    assert store.backup_if_due(NOON + timedelta(minutes=1)) is not None


def test_a_backup_stamped_in_2099_does_not_stop_the_daily_ones(store: Store) -> None:
    future = store.backup_now(datetime(2099, 1, 1, 9, 0, 0), backups.DAILY)
    made = store.backup_if_due(NOON)
    assert made is not None and made.day == NOON.date()
    listed = store.backups(NOON.date())
    assert listed[0] == made and listed[-1] == future  # a wrong-clock copy counts as oldest
    assert store.latest_backup(NOON.date()) == made
    for offset in range(1, 8):
        store.backup_if_due(NOON + timedelta(days=offset))
    assert future.path.exists() is False  # the first to go, not a real day's copy
    assert len([b for b in store.backups(NOON.date() + timedelta(days=7))
                if b.kind == backups.DAILY]) == backups.KEEP


def test_two_backups_and_two_restores_in_the_same_second_keep_every_copy(
        store: Store) -> None:
    store.settings.set("bedtime", "21:00")
    first = store.backup_now(NOON)
    store.settings.set("bedtime", "22:00")
    second = store.backup_now(NOON)
    assert first.path != second.path and second.counter == 2
    store.settings.set("bedtime", "23:00")
    kept_one = store.restore(first, NOON)      # keeps 23:00
    assert store.settings.get("bedtime") == "21:00"
    kept_two = store.restore(second, NOON)     # keeps 21:00, beside the first, not over it
    assert store.settings.get("bedtime") == "22:00"
    assert kept_one != kept_two
    held = {}
    for path in (first.path, second.path, kept_one, kept_two):
        assert path.exists() and _private(path) and backups.verify(path)
        conn = sqlite3.connect(path)
        held[path] = conn.execute("SELECT value FROM settings WHERE key = 'bedtime'").fetchone()
        conn.close()
    assert [held[p][0] for p in (first.path, second.path, kept_one, kept_two)] == [
        '"21:00"', '"22:00"', '"23:00"', '"21:00"']
    kinds = [b.kind for b in store.backups(NOON.date())]
    assert sorted(kinds) == ["before-restore", "before-restore", "manual", "manual"]
    assert not [n for n in _names(store.paths.backups) if n.startswith(".")]


def test_an_existing_name_is_never_replaced(store: Store) -> None:
    squatter = store.paths.backups / "rlsdesk-2026-11-21-120000-manual.db"
    squatter.write_bytes(b"someone else's file")
    made = store.backup_now(NOON)
    assert made.path.name == "rlsdesk-2026-11-21-120000-manual-2.db"
    assert squatter.read_bytes() == b"someone else's file"


def test_daily_and_manual_copies_each_keep_seven(store: Store) -> None:
    start = datetime(2026, 1, 1, 20, 0, 0)
    for offset in range(10):
        store.backup_now(start + timedelta(days=offset), backups.DAILY)
    for _ in range(9):
        store.backup_now(start + timedelta(days=9))
    kept = store.backups(date(2026, 1, 10))
    daily = [b.day for b in kept if b.kind == backups.DAILY]
    assert daily == [start.date() + timedelta(days=d) for d in range(9, 2, -1)]
    assert len([b for b in kept if b.kind == backups.MANUAL]) == backups.KEEP


def test_before_restore_copies_keep_five_and_the_last_thirty_days(store: Store) -> None:
    source = store.backup_now(datetime(2025, 12, 1, 8, 0, 0))
    old_days = [datetime(2026, 1, d, 9, 0, 0) for d in range(1, 9)]   # 8, long ago
    recent = [datetime(2026, 3, 1, 9, 0, 0) + timedelta(days=d) for d in range(7)]
    for moment in old_days + recent:
        store.restore(source, moment)
    kept = [b.made for b in store.backups(date(2026, 3, 10))
            if b.kind == backups.BEFORE_RESTORE]
    # the 7 recent ones are younger than 30 days; of the old ones none is among the newest 5
    assert kept == sorted(recent, reverse=True)
    for day in range(25):   # many in one month: 20 at most
        store.restore(source, datetime(2026, 3, 9, 10, 0, 0) + timedelta(minutes=day))
    kept = [b for b in store.backups(date(2026, 3, 10)) if b.kind == backups.BEFORE_RESTORE]
    assert len(kept) == backups.BEFORE_RESTORE_MAX


def test_old_names_are_still_listed(store: Store) -> None:
    made = store.backup_now(NOON)
    (store.paths.backups / "rlsdesk-2026-11-19.db").write_bytes(made.path.read_bytes())
    (store.paths.backups / "before-restore-20261120-070809.db").write_bytes(
        made.path.read_bytes())
    (store.paths.backups / "rlsdesk-2026-13-45.db").write_bytes(b"no such day")
    listed = [(b.made, b.kind) for b in store.backups(NOON.date())]
    assert listed == [
        (NOON, backups.MANUAL),
        (datetime(2026, 11, 20, 7, 8, 9), backups.BEFORE_RESTORE),
        (datetime(2026, 11, 19), backups.DAILY),
    ]


def test_restore_brings_back_data_and_keeps_current(store: Store) -> None:
    store.settings.set("bedtime", "22:00")
    made = store.backup_now(NOON)
    store.settings.set("bedtime", "23:45")
    kept = store.restore(made, NOON + timedelta(minutes=5))
    assert store.settings.get("bedtime") == "22:00"
    assert kept.exists() and backups.verify(kept) and _private(kept)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_corrupt_database_can_be_restored_from_latest_backup(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    store.settings.set("bedtime", "21:15")
    store.backup_now(NOON)
    store.close()
    data_paths.database.write_bytes(b"garbage" * 100)
    for sidecar in ("rlsdesk.db-wal", "rlsdesk.db-shm"):
        (data_paths.root / sidecar).unlink(missing_ok=True)
    fresh = open_store(data_paths)
    assert fresh.moved_aside is not None
    assert fresh.settings.get("bedtime") is None
    latest = fresh.latest_backup()
    assert latest is not None
    fresh.restore(latest)
    assert fresh.settings.get("bedtime") == "21:15"
    fresh.close()


@pytest.mark.parametrize(("spoil", "reason"), [
    (lambda path: path.write_bytes(b"nope"), "cannot be read"),
    (lambda path: path.unlink(), "cannot be read"),
    (lambda path: _set_version(path, SCHEMA_VERSION + 1), "newer rlsdesk"),
    (lambda path: _drop_settings(path), "not an rlsdesk database"),
])
def test_a_bad_backup_is_not_restored_and_nothing_changes(store: Store, spoil, reason) -> None:
    made = store.backup_now(NOON)
    store.settings.set("bedtime", "23:45")
    spoil(made.path)
    before = _names(store.paths.backups)
    with pytest.raises(ValueError, match=reason):
        store.restore(made, NOON)
    assert store.settings.get("bedtime") == "23:45"
    assert _names(store.paths.backups) == before  # no before-restore copy either


def _set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def _drop_settings(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE settings")
    conn.commit()
    conn.close()


def test_temp_files_of_an_interrupted_copy_are_removed_at_start(data_paths: DataPaths) -> None:
    store = open_store(data_paths)
    made = store.backup_now(NOON)
    store.close()
    folder = data_paths.backups
    leftovers = [".rlsdesk-k2j4_x9a.partial", ".rlsdesk-k2j4_x9a.partial-journal",
                 ".rlsdesk-orphan.partial-wal", ".rlsdesk-2026-11-20.db.partial",
                 ".before-restore-20261120-070809.db.partial"]
    others = ["notes.partial", ".hidden.partial", ".rlsdesk-x.partial.txt", "keep.txt"]
    for name in leftovers + others:
        (folder / name).write_bytes(b"half")
    busy = folder / ".rlsdesk-busy.partial"
    busy.write_bytes(b"being written")
    holder = os.open(busy, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)   # as a live backup in another process holds it
    try:
        again = open_store(data_paths)
        again.close()
    finally:
        os.close(holder)
    assert _names(folder) == sorted([made.path.name, busy.name, *others])
    assert backups.clean_partials(folder) == [busy]  # its writer is gone now


def test_contents_count_nights_and_quick_logs(store: Store) -> None:
    store.conn.execute(
        "INSERT INTO diary_nights (night, severity, updated_at) VALUES "
        "('2026-11-02', 4, 'x'), ('2026-11-05', 2, 'x')")
    store.symptoms.add(datetime.fromisoformat("2026-11-07T01:30:00+01:00"), 5)  # night of 6th
    store.symptoms.add(datetime.fromisoformat("2026-11-05T22:00:00+01:00"), 3)
    made = store.backup_now(NOON)
    held = backups.contents(made.path)
    assert held == backups.Contents(3, date(2026, 11, 2), date(2026, 11, 6), 2)
    conn = sqlite3.connect(made.path)
    conn.execute("DROP TABLE diary_nights")  # as in a copy from before the diary
    conn.close()
    assert backups.contents(made.path) == backups.Contents(2, date(2026, 11, 5),
                                                           date(2026, 11, 6), 2)
    made.path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(sqlite3.Error):
        backups.contents(made.path)


# --- the command line ------------------------------------------------------------------------
def test_backup_list_shows_date_kind_and_nights(cli) -> None:
    assert cli("log", "night", "--date", "2026-11-01", "--severity", "3")[0] == 0
    assert cli("log", "night", "--date", "2026-11-04", "--severity", "5")[0] == 0
    assert cli("backup", "now")[0] == 0
    assert cli("backup", "now")[0] == 0
    assert cli("backup", "restore", "--latest")[0] == 0
    folder = cli.data / "backups"
    (folder / "rlsdesk-2026-11-01-080000-daily.db").write_bytes(b"not a database at all")
    code, out, err = cli("backup", "list")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 4
    assert sum("manual" in line for line in lines) == 2
    assert sum("before-restore" in line for line in lines) == 1
    assert sum("2 nights (2026-11-01 to 2026-11-04)" in line for line in lines) == 3
    unreadable = next(line for line in lines if "080000-daily" in line)
    assert unreadable.startswith("2026-11-01 08:00  daily") and "cannot be read" in unreadable
    code, out, _ = cli("backup", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 4
    good = next(r for r in rows if r["kind"] == "before-restore")
    assert good["readable"] and good["nights"] == 2
    assert (good["first_night"], good["last_night"]) == ("2026-11-01", "2026-11-04")
    bad = next(r for r in rows if r["kind"] == "daily")
    assert bad["readable"] is False and bad["problem"]


def test_backup_list_says_when_there_are_none(cli) -> None:
    code, out, _ = cli("backup", "list")
    assert code == 0 and "No backups yet" in out
    assert json.loads(cli("backup", "list", "--json")[1]) == []


def test_restore_by_name_brings_back_a_before_restore_copy(cli) -> None:
    assert cli("log", "night", "--date", "2026-11-01", "--severity", "3")[0] == 0
    assert cli("backup", "now")[0] == 0
    assert cli("log", "night", "--date", "2026-11-02", "--severity", "6")[0] == 0
    code, out, _ = cli("backup", "restore", "--latest")
    assert code == 0
    kept = out.rsplit(" kept as ", 1)[1].rstrip(".\n")
    assert kept.endswith("-before-restore.db")
    code, out, _ = cli("backup", "restore", "--name", kept)
    assert code == 0
    rows = json.loads(cli("backup", "list", "--json")[1])
    newest_kept = next(r for r in rows if r["kind"] == "before-restore")
    assert newest_kept["nights"] == 1   # the restore being undone is kept too
    conn = sqlite3.connect(cli.data / "rlsdesk.db")
    assert conn.execute("SELECT COUNT(*) FROM diary_nights").fetchone()[0] == 2
    conn.close()
    code, _, err = cli("backup", "restore", "--name", "nothing.db")
    assert code == 2 and "no backup called 'nothing.db'" in err


def test_the_settings_page_names_each_copy_by_day_time_and_kind(store: Store) -> None:
    from rlsdesk.ui.data_dialogs import backup_label

    made = store.backup_now(NOON, backups.DAILY)
    kept = store.restore(made, NOON + timedelta(minutes=1))
    labels = [backup_label(b) for b in store.backups(NOON.date())]
    assert labels == ["Saturday 21 November 2026, 12:01: your data before a restore",
                      "Saturday 21 November 2026, 12:00: daily backup"]
    assert kept.name == "rlsdesk-2026-11-21-120100-before-restore.db"
