"""The store: one SQLite connection and the repositories on it."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rlsdesk.store import backups
from rlsdesk.store.backups import MANUAL, Backup
from rlsdesk.store.database import open_database
from rlsdesk.store.migrations import migrate
from rlsdesk.store.reading import UnreadableRows
from rlsdesk.store.routine_repo import RoutineRepo
from rlsdesk.store.settings_repo import SettingsRepo
from rlsdesk.store.symptoms_repo import SymptomRepo
from rlsdesk.system.paths import DataPaths

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

    def backups(self, today: date | None = None) -> list[Backup]:
        return backups.list_backups(self.paths.backups, today)

    def latest_backup(self, today: date | None = None) -> Backup | None:
        """The newest daily or manual copy (what "restore the latest" means)."""
        return backups.latest(self.backups(today))

    def backup_if_due(self, now: date | datetime) -> Backup | None:
        try:
            return backups.backup_if_due(self.conn, self.paths.backups, _moment(now))
        except (OSError, sqlite3.Error):
            log.exception("daily backup failed")
            return None

    def backup_now(self, now: date | datetime, kind: str = MANUAL) -> Backup:
        return backups.backup_now(self.conn, self.paths.backups, _moment(now), kind)

    def restore(self, backup: Backup, now: datetime | None = None) -> Path:
        """Restore a backup; the current content is first kept beside the backups, under a
        name no other copy has. Raises ValueError (nothing changed) if either copy is bad."""
        moment = _moment(now or datetime.now())
        problem = backups.problem_with(backup.path)
        if problem is not None:
            raise ValueError(f"backup {backup.path.name} cannot be restored: {problem}")
        keep = backups.write_copy(self.conn, self.paths.backups, moment, backups.BEFORE_RESTORE)
        if not backups.verify(keep):
            raise ValueError(f"your current data could not be copied safely to {keep.name}; "
                             "nothing was restored")
        backups.restore_into(self.conn, backup.path)
        migrate(self.conn)  # a copy from an older rlsdesk gets this version's tables
        backups.prune(self.paths.backups, moment.date())
        return keep


def _moment(when: date | datetime) -> datetime:
    """A backup's stamp: a bare date (older callers) takes the current time of day."""
    if isinstance(when, datetime):
        return when.replace(tzinfo=None, microsecond=0)  # the wall clock the person saw
    return datetime.combine(when, datetime.now().time().replace(microsecond=0))


def open_store(paths: DataPaths) -> Store:
    result = open_database(paths.database)
    store = Store(paths, result.conn, moved_aside=result.moved_aside, problem=result.problem)
    try:
        backups.clean_partials(paths.backups)  # what a killed backup or restore left behind
    except OSError:
        log.exception("could not tidy the backups folder")
    return store
