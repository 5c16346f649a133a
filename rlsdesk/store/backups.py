"""Daily copies of the database made with SQLite's online backup API; the last seven are kept."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rlsdesk.paths import PRIVATE_FILE_MODE

log = logging.getLogger(__name__)

KEEP = 7
_NAME = re.compile(r"^rlsdesk-(\d{4}-\d{2}-\d{2})\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date


def list_backups(folder: Path) -> list[Backup]:
    """Newest first."""
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if match:
                with contextlib.suppress(ValueError):
                    found.append(Backup(entry, date.fromisoformat(match.group(1))))
    return sorted(found, key=lambda b: b.day, reverse=True)


def backup_now(conn: sqlite3.Connection, folder: Path, today: date) -> Backup:
    """Write today's backup (replacing an earlier one of today) and prune old ones."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"rlsdesk-{today.isoformat()}.db"
    copy_to(conn, target)
    prune(folder)
    log.info("backup written: %s", target)
    return Backup(target, today)


def copy_to(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the live database, written whole or not at all."""
    partial = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    os.chmod(partial, PRIVATE_FILE_MODE)
    os.replace(partial, target)


def backup_if_due(conn: sqlite3.Connection, folder: Path, today: date) -> Backup | None:
    existing = list_backups(folder)
    if existing and existing[0].day >= today:
        return None
    return backup_now(conn, folder, today)


def prune(folder: Path, keep: int = KEEP) -> None:
    for old in list_backups(folder)[keep:]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()


def verify(backup: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Replace the open database's content with a backup's, as one SQLite backup step."""
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()
    log.info("restored from backup %s", backup)
