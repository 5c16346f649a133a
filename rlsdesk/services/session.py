"""One opened data folder and the use cases on it: what the command line works with.

The store stays inside: the command line talks to the services, never to SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from rlsdesk.services.data_care import Backup, DataCare
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.services.preferences import Preferences
from rlsdesk.services.settings import Settings
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths


class Session:
    def __init__(self, paths: DataPaths, zone: Callable[[], ZoneInfo],
                 clock: Callable[[], datetime]) -> None:
        self.paths = paths
        self._zone = zone
        self._clock = clock
        self._store: Store = open_store(paths)

    # --- what opening found ---------------------------------------------------------------
    @property
    def moved_aside(self) -> Path | None:
        """Where an unreadable database was put aside on opening, if it was."""
        return self._store.moved_aside

    @property
    def problem(self) -> str | None:
        return self._store.problem

    def latest_backup(self) -> Backup | None:
        return self._store.latest_backup()

    # --- the use cases --------------------------------------------------------------------
    @cached_property
    def evening(self) -> Evening:
        evening = Evening(self._store, self._zone, self._clock)
        evening.ensure_routine()
        return evening

    @cached_property
    def diary(self) -> DiaryService:
        return DiaryService(self.evening)

    @cached_property
    def preferences(self) -> Preferences:
        return Preferences(Settings(self._store.settings))

    @cached_property
    def data_care(self) -> DataCare:
        return DataCare(self._store, self._today)

    def _today(self) -> date:
        return self._clock().astimezone(self._zone()).date()

    def close(self) -> None:
        self._store.close()
