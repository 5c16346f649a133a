"""Copies of the database, made with SQLite's online backup API, that never overwrite one
another.

Every copy is written to a private temp file (``.rlsdesk-*.partial``, locked while it is
being written), synced, and then published under a name no other copy has: the name is
claimed with a hard link, which fails rather than replace an existing file, and a counter is
added until a free name is found. A copy killed half-way leaves only its temp file, which
the next start removes (only once no live process holds its lock).

Kinds: ``daily`` (made once a calendar day), ``manual`` (``backup now``, and before a
routine import) and ``before-restore`` (the data a restore replaced).
Retention: the newest 7 daily and the newest 7 manual copies; before-restore copies are
kept if among the newest 5 or made in the last 30 days, 20 at most. A copy dated after today
(made while the clock was wrong) counts as the oldest: it never stops a daily backup and is
the first to go.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from rlsdesk.store.migrations import SCHEMA_VERSION
from rlsdesk.system.paths import fsync_dir

try:
    import fcntl
except ImportError:  # Windows: stale temp files are recognised by age instead of a lock
    fcntl = None  # type: ignore[assignment]  # a module or None; users check for None

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
KINDS = (DAILY, MANUAL, BEFORE_RESTORE)

KEEP = 7                       # daily copies, and manual copies, each
KEEP_BEFORE_RESTORE = 5        # before-restore copies kept whatever their age
BEFORE_RESTORE_DAYS = 30       # ... and any younger than this
BEFORE_RESTORE_MAX = 20        # ... but never more than this

_NAME = re.compile(
    r"^rlsdesk-(?P<day>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})-(?P<kind>daily|manual|before-restore)"
    r"(?:-(?P<n>\d+))?\.db$"
)
_OLD_DAILY = re.compile(r"^rlsdesk-(?P<day>\d{4}-\d{2}-\d{2})\.db$")
_OLD_BEFORE_RESTORE = re.compile(r"^before-restore-(?P<day>\d{8})-(?P<time>\d{6})\.db$")
# rlsdesk's own temp files: this version's and the older ``.<name>.partial`` ones, with
# the journal SQLite may leave beside them.
_PARTIAL = re.compile(
    r"^\.(?:rlsdesk-[a-z0-9_]+|rlsdesk-\d{4}-\d{2}-\d{2}\.db|before-restore-\d{8}-\d{6}\.db)"
    r"\.partial(?P<sidecar>-journal|-wal|-shm)?$"
)
_STALE_WITHOUT_LOCKS = timedelta(days=1)


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime     # the local clock when it was made, as its name says (naive)
    kind: str
    counter: int = 1   # 2, 3, ... when copies were made in the same second

    @property
    def day(self) -> date:
        return self.made.date()

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Contents:
    """What a copy holds, read from it read-only."""

    nights: int
    first: date | None
    last: date | None
    quick_logs: int


def parse_name(path: Path) -> Backup | None:
    """The backup a file name describes, or None if it is not one of rlsdesk's copies."""
    try:
        if match := _NAME.match(path.name):
            made = datetime.strptime(f"{match['day']} {match['time']}", "%Y-%m-%d %H%M%S")
            return Backup(path, made, match["kind"], int(match["n"] or 1))
        if match := _OLD_DAILY.match(path.name):
            return Backup(path, datetime.fromisoformat(match["day"]), DAILY)
        if match := _OLD_BEFORE_RESTORE.match(path.name):
            made = datetime.strptime(f"{match['day']} {match['time']}", "%Y%m%d %H%M%S")
            return Backup(path, made, BEFORE_RESTORE)
    except ValueError:  # a name that looks right but is no real date
        return None
    return None


def list_backups(folder: Path, today: date | None = None) -> list[Backup]:
    """Newest first; copies dated after ``today`` (a wrong clock) come last."""
    today = today or date.today()
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            backup = parse_name(entry)
            if backup is not None and entry.is_file():
                found.append(backup)
    return sorted(
        found, key=lambda b: (b.day <= today, b.made, b.counter), reverse=True
    )


def latest(backups: list[Backup]) -> Backup | None:
    """The copy ``restore --latest`` means: the newest daily or manual one."""
    return next((b for b in backups if b.kind != BEFORE_RESTORE), None)


def backup_now(conn: sqlite3.Connection, folder: Path, now: datetime,
               kind: str = MANUAL) -> Backup:
    """Write a new copy (never replacing another) and prune old ones of its kind."""
    path = write_copy(conn, folder, now, kind)
    prune(folder, now.date())
    log.info("backup written: %s", path)
    made = parse_name(path)
    assert made is not None
    return made


def is_due(folder: Path, today: date) -> bool:
    """A daily copy is due unless a daily or manual one was made on ``today``'s date.

    Only today's date counts, so a copy stamped in the future (a wrong clock) cannot stop
    the daily backups.
    """
    return not any(
        b.kind != BEFORE_RESTORE and b.day == today for b in list_backups(folder, today)
    )


def backup_if_due(conn: sqlite3.Connection, folder: Path, now: datetime) -> Backup | None:
    if not is_due(folder, now.date()):
        return None
    return backup_now(conn, folder, now, DAILY)


def prune(folder: Path, today: date) -> None:
    for old in _to_prune(list_backups(folder, today), today):
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            log.info("old backup removed: %s", old.path.name)


def _to_prune(backups: list[Backup], today: date) -> list[Backup]:
    """``backups`` newest first (as list_backups orders them)."""
    daily = [b for b in backups if b.kind == DAILY]
    manual = [b for b in backups if b.kind == MANUAL]
    gone = daily[KEEP:] + manual[KEEP:]
    young_since = today - timedelta(days=BEFORE_RESTORE_DAYS)
    kept = 0
    for index, backup in enumerate(b for b in backups if b.kind == BEFORE_RESTORE):
        young = young_since < backup.day <= today
        if kept < BEFORE_RESTORE_MAX and (index < KEEP_BEFORE_RESTORE or young):
            kept += 1
        else:
            gone.append(backup)
    return gone


# --- writing a copy --------------------------------------------------------------------------
def write_copy(conn: sqlite3.Connection, folder: Path, now: datetime, kind: str) -> Path:
    """A consistent copy of the live database under a new name; whole or not at all."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, partial = _locked_partial(folder)
    try:
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a copy stands alone, no -wal file
        finally:
            dest.close()
        os.fsync(fd)
        target = _publish(partial, folder, _names(now, kind))
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        os.close(fd)  # releases the lock
    fsync_dir(folder)
    return target


def _locked_partial(folder: Path) -> tuple[int, Path]:
    """A new private temp file, locked so a cleaner in another process leaves it alone."""
    while True:
        fd, name = tempfile.mkstemp(prefix=".rlsdesk-", suffix=".partial", dir=folder)
        if fcntl is None:
            return fd, Path(name)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(name).st_ino == os.fstat(fd).st_ino:
                return fd, Path(name)
        except FileNotFoundError:
            pass
        os.close(fd)  # a cleaner removed it before the lock was ours: take another


def _names(now: datetime, kind: str) -> Iterator[str]:
    stem = f"rlsdesk-{now:%Y-%m-%d-%H%M%S}-{kind}"
    yield f"{stem}.db"
    for counter in itertools.count(2):
        yield f"{stem}-{counter}.db"


def _publish(partial: Path, folder: Path, names: Iterator[str]) -> Path:
    """Give the finished temp file the first free name; an existing file is never replaced."""
    for name in names:
        target = folder / name
        try:
            os.link(partial, target)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: claim the name, then fill it
            try:
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                continue
            os.replace(partial, target)
            return target
        partial.unlink()
        return target
    raise AssertionError("unreachable: the names never run out")


def clean_partials(folder: Path) -> list[Path]:
    """Remove temp files an interrupted backup or restore left behind; returns them.

    Only rlsdesk's own temp names are touched, and only when no process holds their lock
    (the writer holds it until the copy is published)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    entries = sorted(folder.iterdir(), key=lambda p: p.name)
    for entry in entries:
        match = _PARTIAL.match(entry.name)
        if match is None or match["sidecar"]:
            continue
        if _remove_if_abandoned(entry):
            removed.append(entry)
    for entry in entries:
        match = _PARTIAL.match(entry.name)
        if match is not None and match["sidecar"]:
            main = entry.with_name(entry.name.removesuffix(match["sidecar"]))
            if not main.exists():
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()
                    removed.append(entry)
    if removed:
        log.warning("removed %d temp files of an interrupted backup or restore: %s",
                    len(removed), ", ".join(p.name for p in removed))
    return removed


def _remove_if_abandoned(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        if fcntl is None:
            if time.time() - os.fstat(fd).st_mtime < _STALE_WITHOUT_LOCKS.total_seconds():
                return False
        else:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # a live backup is writing it
            if os.stat(path).st_ino != os.fstat(fd).st_ino:
                return False
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    finally:
        os.close(fd)


# --- reading and restoring ---------------------------------------------------------------------
def _open_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise sqlite3.DatabaseError("the file is missing")
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def problem_with(path: Path) -> str | None:
    """Why a copy cannot be restored, in plain words; None if it can."""
    try:
        source = _open_read_only(path)
        try:
            return _problem(source)
        finally:
            source.close()
    except sqlite3.Error as exc:
        return f"it cannot be read ({exc})"


def _problem(source: sqlite3.Connection) -> str | None:
    result = source.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        return f"it is damaged ({result})"
    version = int(source.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        return "it was made by a newer rlsdesk"
    tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
    if "settings" not in tables:
        return "it is not an rlsdesk database"
    return None


def verify(backup: Path) -> bool:
    return problem_with(backup) is None


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Check a copy, then replace the open database's content with it in one SQLite step
    (one transaction: a crash leaves the old content or the new, never a mix)."""
    try:
        source = _open_read_only(backup)
    except sqlite3.Error as exc:
        raise ValueError(f"backup {backup.name} cannot be read ({exc})") from exc
    try:
        try:
            problem = _problem(source)
        except sqlite3.Error as exc:
            problem = f"it cannot be read ({exc})"
        if problem is not None:
            raise ValueError(f"backup {backup.name} cannot be restored: {problem}")
        source.backup(conn)
    finally:
        source.close()
    log.info("restored from backup %s", backup)


def contents(path: Path) -> Contents:
    """Nights (with a check-in, a quick log or a done mark) and quick logs in a copy.

    Raises sqlite3.Error if the copy cannot be read."""
    source = _open_read_only(path)
    try:
        tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
        nights: set[str] = set()
        quick = 0
        if "diary_nights" in tables:  # a copy from an early rlsdesk may lack a table
            nights |= {row[0] for row in source.execute("SELECT night FROM diary_nights")}
        if "symptom_events" in tables:
            nights |= {row[0] for row in source.execute(
                "SELECT CASE WHEN CAST(substr(at, 12, 2) AS INTEGER) >= 12 "
                "THEN substr(at, 1, 10) ELSE date(substr(at, 1, 10), '-1 day') END "
                "FROM symptom_events")}
            quick = source.execute(
                "SELECT COUNT(*) FROM symptom_events WHERE source != 'checkin'").fetchone()[0]
        if "reminder_ledger" in tables:
            nights |= {row[0] for row in source.execute(
                "SELECT DISTINCT night FROM reminder_ledger WHERE state = 'done'")}
    finally:
        source.close()
    days = sorted(day for day in map(_night_or_none, nights) if day is not None)
    return Contents(len(days), days[0] if days else None, days[-1] if days else None,
                    int(quick))


def _night_or_none(text: object) -> date | None:
    """A stored night, or None for one that cannot be read (left out of the count)."""
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
