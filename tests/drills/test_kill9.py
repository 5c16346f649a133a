"""kill -9 drills: the real ``rlsdesk-cli`` killed at random moments during every kind of
write, then the data checked.

Six loops run side by side. Five share one data folder: a quick log (``log onset``), a
check-in (``log night``), a whole-year CSV import, ``backup now`` and routine edits
(``routine add`` / ``remove``). The sixth restores a backup over and over in a folder of its
own (a restore replaces what the others wrote, by design). Each process is SIGKILLed after
a seeded random delay, mostly in the later part of a run where the writing happens; for
backups and restores every other kill comes a few milliseconds after the copy's temp file
appears. A process that ends first is not killed.

Afterwards: ``PRAGMA integrity_check`` is ok for the database and every copy; every write
whose process exited 0 is there; an import is wholly there or wholly absent; a restore left
the old content or the backup's, never a mix; the next start leaves no temp file behind;
nothing was moved aside as unreadable.
"""

from __future__ import annotations

import csv
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from time import monotonic, sleep

import pytest

RLSDESK_CLI = Path(sys.executable).with_name("rlsdesk-cli")
SEED = int(os.environ.get("RLSDESK_DRILL_SEED", "20261121"))
TRIALS_PER_WRITER = 8      # five writers side by side: 40 trials
RESTORE_TRIALS = 8         # and restores, in a data folder of their own
PROCESS_LIMIT_S = 120      # a hung process fails the drill instead of hanging it


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def killed(self) -> bool:
        return self.code == -signal.SIGKILL

    @property
    def acknowledged(self) -> bool:
        return self.code == 0


@dataclass
class Tally:
    trials: int = 0
    kills: int = 0
    acknowledged: int = 0
    lost: list[str] = field(default_factory=list)
    integrity_failures: list[str] = field(default_factory=list)
    half_done: list[str] = field(default_factory=list)
    other_failures: list[str] = field(default_factory=list)
    temp_files_left_by_kills: int = 0
    temp_files_after_next_start: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, run: Run, what: str) -> None:
        with self.lock:
            self.trials += 1
            self.kills += run.killed
            self.acknowledged += run.acknowledged
            if not run.killed and not run.acknowledged:
                self.other_failures.append(f"{what}: exit {run.code}: {run.err.strip()}")
            if "could not be read" in run.err:
                self.other_failures.append(f"{what}: {run.err.strip()}")


class Drill:
    def __init__(self, data: Path, tally: Tally) -> None:
        self.data = data
        self.tally = tally
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("DISPLAY", "WAYLAND_DISPLAY", "RLSDESK_DATA_DIR")}
        self.env["TZ"] = "Europe/Berlin"

    def run(self, *args: str) -> Run:
        """Run to the end, not killed."""
        done = subprocess.run(self._argv(args), capture_output=True, text=True, env=self.env,
                              timeout=PROCESS_LIMIT_S)
        return Run(done.returncode, done.stdout, done.stderr)

    def run_and_kill(self, rng: random.Random, typical_s: float, what: str, *args: str,
                     writing: Callable[[], bool] | None = None) -> Run:
        """Start the process and SIGKILL it after a random delay unless it ended first.

        With ``writing`` (a sign the write has begun), every other trial waits for that sign
        and kills a random few milliseconds after it, to land inside a short write."""
        proc = subprocess.Popen(self._argv(args), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=self.env)
        if writing is not None and rng.random() < 0.5:
            while proc.poll() is None and not writing():
                sleep(0.002)
            delay = rng.uniform(0, 0.04)
        else:
            delay = typical_s * rng.uniform(0.4, 1.05)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=PROCESS_LIMIT_S)
        run = Run(proc.returncode, out, err)
        self.tally.count(run, what)
        return run

    def typical_seconds(self, *args: str) -> float:
        """How long one such run takes on this machine now (it also writes, unkilled)."""
        started = monotonic()
        run = self.run(*args)
        assert run.acknowledged, run.err
        return monotonic() - started

    def _argv(self, args: tuple[str, ...]) -> list[str]:
        return [str(RLSDESK_CLI), "--data-dir", str(self.data), *args]

    def query(self, sql: str, *params: object) -> list[tuple]:
        conn = sqlite3.connect(self.data / "rlsdesk.db", isolation_level=None)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


def copying(data: Path) -> Callable[[], bool]:
    """True once a backup's temp file exists (a copy is being written)."""
    folder = data / "backups"
    return lambda: any(p.name.startswith(".rlsdesk-") for p in folder.iterdir())


# --- the writers that share one data folder -------------------------------------------------
def quick_logs(drill: Drill, rng: random.Random) -> Callable[[], None]:
    moments = [datetime(2025, 10, 1, 21, 0) + timedelta(days=k, minutes=k)
               for k in range(TRIALS_PER_WRITER + 1)]
    typical = drill.typical_seconds("log", "onset", "--at", f"{moments[0]:%Y-%m-%d %H:%M}",
                                    "--severity", "0")
    acked = [(moments[0], 0)]
    for k, moment in enumerate(moments[1:], 1):
        severity = k % 11
        run = drill.run_and_kill(rng, typical, "log onset", "log", "onset",
                                 "--at", f"{moment:%Y-%m-%d %H:%M}", "--severity", str(severity))
        if run.acknowledged:
            acked.append((moment, severity))

    def check() -> None:
        for moment, severity in acked:
            found = drill.query("SELECT COUNT(*) FROM symptom_events WHERE at LIKE ? "
                                "AND severity = ?", f"{moment:%Y-%m-%dT%H:%M}%", severity)
            if found[0][0] != 1:
                drill.tally.lost.append(f"quick log {moment} (found {found[0][0]})")
    return check


def checkins(drill: Drill, rng: random.Random) -> Callable[[], None]:
    nights = [date(2025, 3, 1) + timedelta(days=k) for k in range(TRIALS_PER_WRITER + 1)]
    typical = drill.typical_seconds("log", "night", "--date", nights[0].isoformat(),
                                    "--severity", "0")
    acked = {nights[0]: 0}
    for k, night in enumerate(nights[1:], 1):
        run = drill.run_and_kill(rng, typical, "log night", "log", "night",
                                 "--date", night.isoformat(), "--severity", str(k % 11))
        if run.acknowledged:
            acked[night] = k % 11

    def check() -> None:
        for night, severity in acked.items():
            found = drill.query("SELECT severity FROM diary_nights WHERE night = ?",
                                night.isoformat())
            if found != [(severity,)]:
                drill.tally.lost.append(f"check-in {night} (found {found})")
    return check


def _year_file(folder: Path, year: int) -> tuple[Path, int]:
    """A diary file of one whole year: a check-in and two quick logs a night."""
    path = folder / f"diary-{year}.csv"
    day, nights = date(year, 1, 1), 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["night", "severity", "onset", "sleep_hours", "awakenings", "note",
                         "quick_logs"])
        while day.year == year:
            writer.writerow([day.isoformat(), day.toordinal() % 11, "22:40", "6.5",
                             day.day % 4, f"night {day} of the drill,\nwith a second line",
                             "21:50=3; 23:40=6"])
            day += timedelta(days=1)
            nights += 1
    return path, nights


def imports(drill: Drill, rng: random.Random, files: Path) -> Callable[[], None]:
    years = [2001 + k for k in range(TRIALS_PER_WRITER + 1)]
    made = {year: _year_file(files, year) for year in years}
    typical = drill.typical_seconds("import", "csv", str(made[years[0]][0]))
    acked = {years[0]}
    for year in years[1:]:
        if drill.run_and_kill(rng, typical, "import csv", "import", "csv",
                              str(made[year][0])).acknowledged:
            acked.add(year)

    def check() -> None:
        for year in years:
            nights = made[year][1]
            found_nights = drill.query("SELECT COUNT(*) FROM diary_nights WHERE night LIKE ?",
                                       f"{year}-%")[0][0]
            found_logs = drill.query("SELECT COUNT(*) FROM symptom_events WHERE at LIKE ? "
                                     "AND source != 'checkin'", f"{year}-%")[0][0]
            whole = (found_nights, found_logs) == (nights, 2 * nights)
            if (found_nights, found_logs) not in ((0, 0), (nights, 2 * nights)):
                drill.tally.half_done.append(
                    f"import {year}: {found_nights} of {nights} nights, "
                    f"{found_logs} of {2 * nights} quick logs")
            elif year in acked and not whole:
                drill.tally.lost.append(f"import {year} (acknowledged, not there)")
    return check


def backups_now(drill: Drill, rng: random.Random) -> Callable[[], None]:
    typical = drill.typical_seconds("backup", "now")
    written: list[Path] = []
    for _ in range(TRIALS_PER_WRITER):
        run = drill.run_and_kill(rng, typical, "backup now", "backup", "now",
                                 writing=copying(drill.data))
        if run.acknowledged:
            written.append(Path(run.out.split("Backup written: ", 1)[1].strip()))

    def check() -> None:
        manual = sorted((drill.data / "backups").glob("rlsdesk-*-manual*.db"))
        # the newest 7 are kept: every acknowledged copy is there unless 7 newer ones are
        kept_enough = len(manual) >= min(7, len(written) + 1)
        if not kept_enough:
            drill.tally.lost.append(f"backups: {len(manual)} kept of {len(written) + 1}")
    return check


def routine_edits(drill: Drill, rng: random.Random) -> Callable[[], None]:
    typical = drill.typical_seconds("routine", "add", "--kind", "stretching",
                                    "--title", "drill step 0", "--at", "21:00")
    present = {"drill step 0"}
    absent: set[str] = set()
    ids: dict[str, int] = {"drill step 0": _step_id(drill, "drill step 0")}
    for k in range(1, TRIALS_PER_WRITER + 1):
        removable = sorted(present)
        if k % 2 == 0 and removable:
            title = removable[0]
            run = drill.run_and_kill(rng, typical, "routine remove", "routine", "remove",
                                     str(ids[title]))
            present.discard(title)  # killed: it may be gone or not
            if run.acknowledged:
                absent.add(title)
        else:
            title = f"drill step {k}"
            run = drill.run_and_kill(rng, typical, "routine add", "routine", "add",
                                     "--kind", "stretching", "--title", title, "--at", "21:00")
            if run.acknowledged:
                present.add(title)
                ids[title] = int(re.search(r"Added step (\d+)", run.out)[1])

    def check() -> None:
        titles = {row[0] for row in drill.query("SELECT json_extract(data, '$.title') "
                                                "FROM steps")}
        for title in present - titles:
            drill.tally.lost.append(f"routine step {title!r} added, not there")
        for title in absent & titles:
            drill.tally.lost.append(f"routine step {title!r} removed, still there")
    return check


def _step_id(drill: Drill, title: str) -> int:
    rows = drill.query("SELECT id FROM steps WHERE json_extract(data, '$.title') = ?", title)
    assert len(rows) == 1, rows
    return int(rows[0][0])


# --- checks after the kills -----------------------------------------------------------------
def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def check_files_after_next_start(drill: Drill) -> None:
    """Temp files a kill left are gone once rlsdesk starts again; every file is sound."""
    folder = drill.data / "backups"
    left = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    drill.tally.temp_files_left_by_kills += len(left)
    listed = drill.run("backup", "list")
    assert listed.acknowledged, listed.err
    stray = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    drill.tally.temp_files_after_next_start += len(stray)
    if stray:
        drill.tally.other_failures.append(f"temp files after the next start: {stray}")
    if "cannot be read" in listed.out:
        drill.tally.integrity_failures.append(f"backup list: {listed.out}")
    for path in [drill.data / "rlsdesk.db", *sorted(folder.glob("*.db"))]:
        result = integrity(path)
        if result != "ok":
            drill.tally.integrity_failures.append(f"{path.name}: {result}")
        if path.stat().st_mode & 0o077:
            drill.tally.other_failures.append(f"{path.name} is readable by others")


def moved_aside(data: Path) -> list[str]:
    return [p.name for p in data.iterdir() if ".unreadable-" in p.name]


# --- restores, in a folder of their own -----------------------------------------------------
def fingerprint(path: Path) -> tuple:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (
            tuple(conn.execute("SELECT night, severity FROM diary_nights ORDER BY night")),
            tuple(conn.execute("SELECT at, severity FROM symptom_events ORDER BY id")),
            tuple(conn.execute("SELECT id, data FROM steps ORDER BY id")),
        )
    finally:
        conn.close()


def restores(drill: Drill, rng: random.Random, files: Path) -> Callable[[], None]:
    """Restore one backup over and over; after each, the data is the old or the backup's."""
    assert drill.run("import", "csv", str(_year_file(files, 1999)[0])).acknowledged
    made = drill.run("backup", "now")
    assert made.acknowledged, made.err
    backup = Path(made.out.split("Backup written: ", 1)[1].strip())
    in_backup = fingerprint(backup)
    marker = date(2024, 6, 1)

    def change_something() -> None:  # so the next restore has something to replace
        nonlocal marker
        marker += timedelta(days=1)
        drill.query("INSERT INTO diary_nights (night, severity, updated_at) "
                    "VALUES (?, 7, '2026-01-01T00:00:00Z')", marker.isoformat())

    change_something()
    typical = drill.typical_seconds("backup", "restore", "--name", backup.name)
    change_something()
    for _ in range(RESTORE_TRIALS):
        before = fingerprint(drill.data / "rlsdesk.db")
        run = drill.run_and_kill(rng, typical, "backup restore", "backup", "restore",
                                 "--name", backup.name, writing=copying(drill.data))
        after = fingerprint(drill.data / "rlsdesk.db")
        if after not in (before, in_backup):
            drill.tally.half_done.append("restore: neither the old data nor the backup's")
        if run.acknowledged:
            if after != in_backup:
                drill.tally.lost.append("restore acknowledged, backup's data not there")
            kept = drill.data / "backups" / run.out.rsplit(" kept as ", 1)[1].rstrip(".\n")
            if fingerprint(kept) != before:
                drill.tally.lost.append(f"{kept.name} does not hold the data it replaced")
        if after == in_backup:
            change_something()
    return lambda: None  # checked trial by trial above


# --- the drill ------------------------------------------------------------------------------
@pytest.mark.skipif(not RLSDESK_CLI.exists(), reason="rlsdesk-cli is not installed beside "
                    "this Python (run: pip install -e .)")
def test_kill_9_during_every_kind_of_write_loses_nothing_acknowledged(tmp_path: Path) -> None:
    tally = Tally()
    shared = Drill(tmp_path / "data", tally)
    own = Drill(tmp_path / "restores", tally)
    assert shared.run("routine", "list").acknowledged  # the database exists before the kills
    writers: list[Callable[[random.Random], Callable[[], None]]] = [
        lambda rng: quick_logs(shared, rng),
        lambda rng: checkins(shared, rng),
        lambda rng: imports(shared, rng, tmp_path),
        lambda rng: backups_now(shared, rng),
        lambda rng: routine_edits(shared, rng),
        lambda rng: restores(own, rng, tmp_path),
    ]
    checks: list[Callable[[], None]] = []
    failures: list[BaseException] = []

    def work(index: int) -> None:
        try:
            checks.append(writers[index](random.Random(SEED + index)))
        except BaseException as exc:  # reported below, after every thread is done
            failures.append(exc)

    started = monotonic()
    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(writers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    for drill in (shared, own):
        check_files_after_next_start(drill)
    for check in checks:
        check()
    aside = moved_aside(shared.data) + moved_aside(own.data)
    print(
        f"\nkill -9 drill (seed {SEED}): {tally.trials} trials, {tally.kills} killed, "
        f"{tally.acknowledged} acknowledged; entries lost {len(tally.lost)}, integrity "
        f"failures {len(tally.integrity_failures)}, half done {len(tally.half_done)}, "
        f"healthy files moved aside {len(aside)}; temp files left by kills "
        f"{tally.temp_files_left_by_kills}, after the next start "
        f"{tally.temp_files_after_next_start}; "
        f"{monotonic() - started:.0f} s"
    )
    assert tally.trials == 5 * TRIALS_PER_WRITER + RESTORE_TRIALS
    assert tally.kills > 0
    assert tally.lost == []
    assert tally.integrity_failures == []
    assert tally.half_done == []
    assert aside == []
    assert tally.other_failures == []
