"""Backing up, restoring and deleting the person's data, for the Settings page."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rlsdesk.store.backups import Backup
from rlsdesk.store.store import Store

log = logging.getLogger(__name__)


class DataCare:
    def __init__(self, store: Store, today: Callable[[], date]) -> None:
        self._store = store
        self._today = today

    @property
    def folder(self) -> Path:
        return self._store.paths.root

    def backups(self) -> list[Backup]:
        return self._store.backups()

    def backup_now(self) -> Backup:
        return self._store.backup_now(self._today())

    def restore(self, backup: Backup) -> Path:
        return self._store.restore(backup)

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
