"""Storage-fault drills on real files and real processes.

Each drill breaks the storage under the installed ``rlsdesk-cli`` for real (a full tmpfs, a
read-only remount, files owned by another user, a lock held by another process) and checks:
the healthy database is never moved aside, every acknowledged entry is still there once the
fault is gone, and the refusal is one line on stderr naming the cause, exit code non-zero,
no traceback.
"""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from rlsdesk.cli import STORAGE_EXIT
from rlsdesk.system.paths import DataPaths
from tests.drills.conftest import (
    OTHER_UID,
    TALLY,
    TOTALS,
    SmallDisk,
    check_other_user_can_run,
    give_to,
    moved_aside,
    nights,
    run_cli,
)


def night(index: int) -> str:
    return (date(2025, 1, 1) + timedelta(days=index)).isoformat()


@dataclass
class Drill:
    """What one drill did and what it found, checked the same way every time."""

    name: str
    data: Path
    acknowledged: set[str] = field(default_factory=set)
    refused_nights: set[str] = field(default_factory=set)
    trials: int = 0
    refused: int = 0

    def check_in(self, index: int, *, as_other_user: bool = False) -> subprocess.CompletedProcess:
        result = run_cli(
            self.data, "log", "night", "--date", night(index), "--severity", str(index % 11),
            as_other_user=as_other_user,
        )
        if result.returncode == 0:
            self.acknowledged.add(night(index))
        else:
            self.refused_nights.add(night(index))
        return result

    def expect_refused(self, result: subprocess.CompletedProcess, cause: str) -> None:
        self.trials += 1
        self.refused += 1
        lines = result.stderr.splitlines()
        assert result.returncode == STORAGE_EXIT, result.stderr
        assert len(lines) == 1, result.stderr
        assert cause in lines[0], lines[0]
        assert "Traceback" not in result.stderr + result.stdout
        assert "something went wrong" not in result.stderr

    def lost(self) -> set[str]:
        return self.acknowledged - nights(self.data)

    def verify(self) -> None:
        """Nothing lost, nothing refused slipped in, nothing moved aside."""
        assert self.lost() == set()
        assert not (self.refused_nights - self.acknowledged) & nights(self.data)
        assert moved_aside(self.data) == []

    def summary(self) -> None:
        line = (
            f"{self.name}: {self.trials} trials, {self.refused} refused in one line, "
            f"{len(self.acknowledged)} entries acknowledged, {len(self.lost())} lost, "
            f"{len(moved_aside(self.data))} files moved aside"
        )
        TALLY.append(line)
        for key, value in (("drills", 1), ("trials", self.trials), ("refused", self.refused),
                           ("acknowledged", len(self.acknowledged)),
                           ("lost", len(self.lost())), ("moved", len(moved_aside(self.data)))):
            TOTALS[key] += value
        print(line)


def seeded(disk: SmallDisk, name: str, entries: int = 3) -> Drill:
    drill = Drill(name, disk.mount / "data")
    for index in range(entries):
        result = drill.check_in(index)
        assert result.returncode == 0, result.stderr
    return drill


def test_full_disk_during_a_check_in(small_disk: SmallDisk) -> None:
    drill = seeded(small_disk, "full disk during a check-in")
    # A reader keeps the WAL and shared-memory files in place, so opening needs no new space
    # and the disk fills up under the write itself.
    reader = sqlite3.connect(drill.data / "rlsdesk.db", isolation_level=None)
    try:
        leaves = range(0, 64 * 1024, 4096)  # from no byte left to room for a few pages
        for trial, leave in enumerate(leaves):
            reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            small_disk.fill(leave)
            result = drill.check_in(100 + trial)
            if result.returncode != 0:
                drill.expect_refused(result, "the disk is full")
            else:
                drill.trials += 1
            small_disk.free()
            drill.verify()
    finally:
        reader.close()
    assert drill.trials == len(leaves)
    assert drill.refused >= 1  # with no space left the write cannot succeed
    assert night(100) in drill.refused_nights
    drill.verify()
    again = drill.check_in(300)
    assert again.returncode == 0, again.stderr
    drill.verify()
    drill.summary()


def test_full_disk_during_a_backup(small_disk: SmallDisk) -> None:
    drill = seeded(small_disk, "full disk during a backup")
    reader = sqlite3.connect(drill.data / "rlsdesk.db", isolation_level=None)
    try:
        leaves = (0, 8192, 16384, 24576)  # all less than the database's size
        for leave in leaves:
            small_disk.fill(leave)
            drill.expect_refused(run_cli(drill.data, "backup", "now"), "the disk is full")
            small_disk.free()
            drill.verify()
    finally:
        reader.close()
    assert drill.trials == len(leaves)
    made = run_cli(drill.data, "backup", "now")
    assert made.returncode == 0, made.stderr
    (backup,) = (drill.data / "backups").glob("rlsdesk-*.db")
    assert nights(drill.data) == drill.acknowledged
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        kept = {row[0] for row in conn.execute("SELECT night FROM diary_nights")}
    finally:
        conn.close()
    assert kept == drill.acknowledged
    drill.verify()
    drill.summary()


def test_full_disk_at_start(small_disk: SmallDisk) -> None:
    drill = seeded(small_disk, "full disk at start")
    commands = (
        ("log", "night", "--date", night(50), "--severity", "4"),
        ("backup", "now"),
        ("tonight",),
        ("routine", "list"),
        ("settings", "--bedtime", "22:45"),
    )
    for command in commands:
        assert not (drill.data / "rlsdesk.db-wal").exists()  # the last close cleaned up
        before = drill.data.joinpath("rlsdesk.db").read_bytes()
        small_disk.fill()
        drill.expect_refused(run_cli(drill.data, *command), "the disk is full")
        small_disk.free()
        assert drill.data.joinpath("rlsdesk.db").read_bytes() == before
        drill.verify()
    assert drill.trials == len(commands)
    assert night(50) not in nights(drill.data)
    drill.summary()


def test_read_only_disk(small_disk: SmallDisk) -> None:
    drill = seeded(small_disk, "read-only disk")
    commands = (
        ("log", "night", "--date", night(60), "--severity", "2"),
        ("backup", "now"),
        ("tonight",),
    )
    listing = sorted(p.name for p in drill.data.iterdir())
    small_disk.remount("ro")
    try:
        for command in commands:
            drill.expect_refused(run_cli(drill.data, *command), "the disk is read-only")
    finally:
        small_disk.remount("rw")
    assert sorted(p.name for p in drill.data.iterdir()) == listing
    assert drill.trials == len(commands)
    drill.verify()
    drill.summary()


def test_read_only_file_of_ones_own(small_disk: SmallDisk) -> None:
    check_other_user_can_run(small_disk.mount)
    drill = Drill("read-only diary file", small_disk.mount / "data")
    drill.data.mkdir()
    give_to(drill.data, OTHER_UID)
    first = drill.check_in(0, as_other_user=True)  # nobody's own diary from the start
    assert first.returncode == 0, first.stderr
    database = drill.data / "rlsdesk.db"
    database.chmod(0o400)
    for index in (1, 2, 3):
        drill.expect_refused(drill.check_in(index, as_other_user=True), "is read-only")
    assert database.stat().st_uid == OTHER_UID
    database.chmod(0o600)
    assert drill.trials == 3
    drill.verify()
    drill.summary()


def test_diary_file_of_another_user(small_disk: SmallDisk) -> None:
    check_other_user_can_run(small_disk.mount)
    drill = seeded(small_disk, "diary file of another user")  # written by root
    give_to(drill.data, OTHER_UID)
    give_to(drill.data / "rlsdesk.log", OTHER_UID)
    give_to(drill.data / "backups", OTHER_UID)
    before = (drill.data / "rlsdesk.db").read_bytes()
    commands = (
        ("log", "night", "--date", night(70), "--severity", "3"),
        ("backup", "now"),
        ("tonight",),
    )
    for command in commands:
        result = run_cli(drill.data, *command, as_other_user=True)
        drill.expect_refused(result, "fix the file's owner")
        assert "belongs to uid 0" in result.stderr
    assert (drill.data / "rlsdesk.db").read_bytes() == before
    assert drill.trials == len(commands)
    drill.verify()
    drill.summary()


def test_data_folder_of_another_user(small_disk: SmallDisk) -> None:
    check_other_user_can_run(small_disk.mount)
    drill = seeded(small_disk, "data folder of another user")  # root's folder, 0700
    listing = sorted(p.name for p in drill.data.iterdir())
    for index in (80, 81):
        result = drill.check_in(index, as_other_user=True)
        drill.expect_refused(result, "fix the folder's owner")
    assert sorted(p.name for p in drill.data.iterdir()) == listing
    assert drill.trials == 2
    drill.verify()
    drill.summary()


def test_log_file_of_another_user_does_not_stop_a_check_in(small_disk: SmallDisk) -> None:
    check_other_user_can_run(small_disk.mount)
    drill = seeded(small_disk, "log file of another user")
    for path in (drill.data, drill.data / "rlsdesk.db", drill.data / "backups"):
        give_to(path, OTHER_UID)  # the diary is nobody's; the log stays root's (0600)
    log_before = (drill.data / "rlsdesk.log").read_bytes()
    for index in (90, 91):
        result = drill.check_in(index, as_other_user=True)
        drill.trials += 1
        assert result.returncode == 0, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and "logging is off" in lines[0], result.stderr
        assert "belongs to uid 0" in lines[0]
    assert (drill.data / "rlsdesk.log").read_bytes() == log_before
    assert nights(drill.data) >= {night(90), night(91)}
    drill.verify()
    drill.summary()


def test_lock_held_by_another_process(small_disk: SmallDisk) -> None:
    drill = seeded(small_disk, "lock held by another process")
    holder = sqlite3.connect(drill.data / "rlsdesk.db", isolation_level=None, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        holder.execute("INSERT INTO settings VALUES ('drill', '1')")
        writes = (
            ("log", "night", "--date", night(40), "--severity", "6"),
            ("settings", "--bedtime", "23:15"),
        )
        for command in writes:
            drill.expect_refused(run_cli(drill.data, *command), "Close the other program")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert drill.trials == len(writes)
    after = drill.check_in(41)
    assert after.returncode == 0, after.stderr
    drill.verify()
    drill.summary()



def test_full_disk_at_the_windows_start(
    small_disk: SmallDisk, qapp, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from rlsdesk import app as app_module

    drill = seeded(small_disk, "full disk at the window's start")
    told: list[str] = []
    monkeypatch.setattr(
        app_module.data_dialogs, "tell",
        lambda parent, title, text, warning=False: told.append(text),
    )
    listing = sorted(p.name for p in drill.data.iterdir())
    small_disk.fill()
    try:
        for _ in range(2):
            drill.trials += 1
            drill.refused += 1  # in a dialog, the window's one line
            assert app_module.run_gui(DataPaths(drill.data)) != 0
            assert "the disk is full" in told[-1]
            assert sorted(p.name for p in drill.data.iterdir()) == listing
    finally:
        small_disk.free()
    assert drill.trials == len(told) == 2
    drill.verify()
    drill.summary()
