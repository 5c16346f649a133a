"""Opening the SQLite file safely: WAL, private permissions, and corrupt files moved aside."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rlsdesk.paths import PRIVATE_FILE_MODE
from rlsdesk.store.migrations import SCHEMA_VERSION, SchemaTooNew, current_version, migrate

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 5000


class DatabaseUnusable(Exception):
    """The file could not be opened as rlsdesk's database."""


@dataclass(frozen=True)
class OpenResult:
    conn: sqlite3.Connection
    moved_aside: Path | None = None   # where an unreadable file was put, if any
    problem: str | None = None        # what was wrong with it, in plain words


def open_database(path: Path) -> OpenResult:
    """Open (creating if needed) and migrate the database.

    A file that is not a readable rlsdesk database is renamed beside itself and a fresh one
    is started; nothing is ever overwritten or deleted.
    """
    try:
        return OpenResult(_open_checked(path))
    except SchemaTooNew:
        raise
    except DatabaseUnusable as exc:
        problem = str(exc)
    moved = move_aside(path)
    log.error("database %s unusable (%s); moved aside to %s", path, problem, moved)
    return OpenResult(_open_checked(path), moved_aside=moved, problem=problem)


def _open_checked(path: Path) -> sqlite3.Connection:
    _check_header(path)
    _ensure_private_file(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DatabaseUnusable(f"integrity check failed: {result}")
        found = current_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(found)  # before WAL: a newer rlsdesk's file stays untouched
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            log.warning("could not switch %s to WAL (got %s)", path, mode)
        migrate(conn)
        _restrict_sidecars(path)
        return conn
    except sqlite3.OperationalError as exc:
        if conn is not None:
            conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise  # another rlsdesk is writing: not corruption
        raise DatabaseUnusable(str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        raise DatabaseUnusable(str(exc)) from exc
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
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
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseUnusable(f"cannot read the file: {exc.strerror or exc}") from exc
    if header and header != _SQLITE_MAGIC:
        raise DatabaseUnusable("the file is not an SQLite database")


def _ensure_private_file(path: Path) -> None:
    # Create it ourselves with 0600 so SQLite (which copies the mode to -wal/-shm) never
    # makes a world-readable health-data file.
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(fd)
    os.chmod(path, PRIVATE_FILE_MODE)


def _restrict_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(sidecar, PRIVATE_FILE_MODE)
