"""Opening the SQLite file safely: WAL, private permissions, corrupt files moved aside, and
storage problems (full disk, someone else's file, a held lock) reported without moving anything."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rlsdesk.store.migrations import SCHEMA_VERSION, SchemaTooNew, current_version, migrate
from rlsdesk.system.faults import is_corruption, storage_fault
from rlsdesk.system.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 5000
#: quick_check's words for a row that breaks a CHECK or NOT NULL rule (not file damage).
_ROW_RULE_BROKEN = ("CHECK constraint failed", "NULL value in")


class DatabaseUnusable(Exception):
    """The file could not be opened as rlsdesk's database."""


@dataclass(frozen=True)
class OpenResult:
    conn: sqlite3.Connection
    moved_aside: Path | None = None   # where an unreadable file was put, if any
    problem: str | None = None        # what was wrong with it, in plain words


def open_database(path: Path) -> OpenResult:
    """Open (creating if needed) and migrate the database.

    Only a file that is damaged or is not a database is renamed beside itself (and a fresh
    one started); nothing is ever overwritten or deleted. A storage problem (full disk, I/O
    error, someone else's file, read-only medium, a lock held elsewhere) raises
    StorageUnavailable and leaves every file where it is.
    """
    try:
        return OpenResult(_open_or_undo(path))
    except DatabaseUnusable as exc:
        problem = str(exc)
    try:
        moved = move_aside(path)
    except OSError as exc:
        raise _fault_or_itself(exc, path) from exc
    log.error("database %s unusable (%s); moved aside to %s", path, problem, moved)
    return OpenResult(_open_or_undo(path), moved_aside=moved, problem=problem)


def _open_or_undo(path: Path) -> sqlite3.Connection:
    """Open; if that fails for any reason, an empty file this call created is removed again,
    so a failed start leaves the folder as it found it."""
    existed = os.path.lexists(path)
    try:
        return _open_checked(path)
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                if path.stat().st_size == 0:
                    path.unlink()
        raise


def _open_checked(path: Path) -> sqlite3.Connection:
    try:
        _check_header(path)
        _ensure_private_file(path)
    except OSError as exc:
        raise _fault_or_itself(exc, path) from exc
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path)
        damage = _damage(conn, path)
        if damage:
            raise DatabaseUnusable(f"integrity check failed: {damage[0]}")
        found = current_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(found)  # before WAL: a newer rlsdesk's file stays untouched
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("could not switch %s to WAL (got %s)", path, mode)
        migrate(conn)
        _restrict_sidecars(path)
        return conn
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.Error) and is_corruption(exc):
            raise DatabaseUnusable(str(exc)) from exc
        if isinstance(exc, sqlite3.Error | OSError):
            raise _fault_or_itself(exc, path) from exc
        raise


def _fault_or_itself(exc: Exception, path: Path) -> Exception:
    """The storage problem behind ``exc``; an error of no known kind stays as it is (and the
    file stays where it is: only known damage moves a file)."""
    fault = storage_fault(exc, path)
    if fault is None:
        return exc
    log.warning("database %s cannot be used (%s): %s", path, fault.kind.value, exc)
    return fault


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: in WAL mode each commit is fsynced, so an acknowledged entry survives a power cut
    # (NORMAL may lose the last commits). Cost: one fsync, ~4 ms a write on this project's
    # test machine against ~0.04 ms (bench/sync_cost.py); a person writes a few times a day.
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: everything inside lands together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _damage(conn: sqlite3.Connection, path: Path) -> list[str]:
    """What ``quick_check`` finds wrong with the file itself. A row that only breaks a
    table's CHECK or NOT NULL rule (written by hand, an outside tool or an old version) is
    not damage: the readers leave such rows out and count them, so it is only logged."""
    found = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    if found == ["ok"]:
        return []
    rows = [f for f in found if f.startswith(_ROW_RULE_BROKEN)]
    if rows:
        log.warning("%s: %d row(s) break a table's rules and are left out when read: %s",
                    path, len(rows), "; ".join(rows[:3]))
    return [f for f in found if not f.startswith(_ROW_RULE_BROKEN)]


def move_aside(path: Path) -> Path:
    """Rename a bad database (and its WAL/SHM files) to a dated name beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{counter}")
    os.rename(path, target)
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.rename(sidecar, target.with_name(target.name + suffix))
    return target


def _check_header(path: Path) -> None:
    if not path.exists():
        return
    with open(path, "rb") as handle:  # an OSError here is a storage problem, not damage
        header = handle.read(len(_SQLITE_MAGIC))
    if header and header != _SQLITE_MAGIC:
        raise DatabaseUnusable("the file is not an SQLite database")


def _ensure_private_file(path: Path) -> None:
    # Create it ourselves with 0600 so SQLite (which copies the mode to -wal/-shm) never
    # makes a world-readable health-data file.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        if stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_FILE_MODE:
            os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)


def _restrict_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            if stat.S_IMODE(sidecar.stat().st_mode) != PRIVATE_FILE_MODE:
                os.chmod(sidecar, PRIVATE_FILE_MODE)
