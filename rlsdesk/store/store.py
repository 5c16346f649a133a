"""The store: one SQLite connection and the repositories on it."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rlsdesk.paths import DataPaths
from rlsdesk.store import backups
from rlsdesk.store.database import open_database
from rlsdesk.store.reading import UnreadableRows
from rlsdesk.store.routine_repo import RoutineRepo
from rlsdesk.store.settings_repo import SettingsRepo
from rlsdesk.store.symptoms_repo import SymptomRepo

log = logging.getLogger(__name__)


@dataclass
class Store:
    paths: DataPaths
    conn: sqlite3.Connection
    moved_aside: Path | None = None
    problem: str | None = None
    settings: SettingsRepo = field(init=False)
    routine: RoutineRepo = field(init=False)
    symptoms: SymptomRepo = field(init=False)
    unreadable: UnreadableRows = field(init=False)  # rows every reader left out

    def __post_init__(self) -> None:
        self.unreadable = UnreadableRows()
        self.settings = SettingsRepo(self.conn)
        self.routine = RoutineRepo(self.conn, self.unreadable)
        self.symptoms = SymptomRepo(self.conn, self.unreadable)

    def close(self) -> None:
        self.conn.close()

    def data_version(self) -> int:
        """Changes when another connection (the command line, say) commits."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def backups(self) -> list[backups.Backup]:
        return backups.list_backups(self.paths.backups)

    def backup_if_due(self, today: date) -> backups.Backup | None:
        try:
            return backups.backup_if_due(self.conn, self.paths.backups, today)
        except (OSError, sqlite3.Error):
            log.exception("daily backup failed")
            return None

    def backup_now(self, today: date) -> backups.Backup:
        return backups.backup_now(self.conn, self.paths.backups, today)

    def restore(self, backup: backups.Backup) -> Path:
        """Restore a backup; the current content is first kept beside the backups."""
        if not backups.verify(backup.path):
            raise ValueError(f"backup {backup.path.name} cannot be read")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        keep = self.paths.backups / f"before-restore-{stamp}.db"
        backups.copy_to(self.conn, keep)
        backups.restore_into(self.conn, backup.path)
        return keep


def open_store(paths: DataPaths) -> Store:
    result = open_database(paths.database)
    return Store(paths, result.conn, moved_aside=result.moved_aside, problem=result.problem)
