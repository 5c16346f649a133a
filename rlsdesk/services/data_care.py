"""Backing up, restoring and deleting the person's data, for the Settings page."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from rlsdesk.store import backups as backup_files
from rlsdesk.store.backups import Backup, Contents
from rlsdesk.store.store import Store

__all__ = ["Backup", "Contents", "DataCare"]

log = logging.getLogger(__name__)


class DataCare:
    def __init__(self, store: Store, today: Callable[[], date]) -> None:
        self._store = store
        self._today = today

    @property
    def folder(self) -> Path:
        return self._store.paths.root

    def backups(self, today: date | None = None) -> list[Backup]:
        return self._store.backups(today)

    def latest_backup(self) -> Backup | None:
        """The newest daily or manual copy (never a before-restore one)."""
        return self._store.latest_backup()

    @staticmethod
    def newest(found: list[Backup]) -> Backup | None:
        """The newest daily or manual copy among ``found``."""
        return backup_files.latest(found)

    @staticmethod
    def contents(backup: Backup) -> Contents:
        """What a copy holds (read without changing it)."""
        return backup_files.contents(backup.path)

    def backup_now(self, now: date | datetime | None = None) -> Backup:
        return self._store.backup_now(now if now is not None else self._today())

    def restore(self, backup: Backup, now: datetime | None = None) -> Path:
        return self._store.restore(backup, now)

    def delete_everything(self) -> None:
        """Remove the database, its backups and the log. The app must quit afterwards."""
        paths = self._store.paths
        self._store.close()
        for name in ("rlsdesk.db", "rlsdesk.db-wal", "rlsdesk.db-shm"):
            (paths.root / name).unlink(missing_ok=True)
        shutil.rmtree(paths.backups, ignore_errors=True)
        for stale in paths.root.glob("rlsdesk.db.unreadable-*"):
            stale.unlink(missing_ok=True)
        log.warning("all rlsdesk data deleted at the person's request")
