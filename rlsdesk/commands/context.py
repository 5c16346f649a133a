"""What a subcommand gets: the data folder, a lazily opened store, the clock and zone."""

from __future__ import annotations

import sys
from datetime import datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from rlsdesk.services.evening import Evening
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.zone import local_zone


class CommandContext:
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths

    @cached_property
    def store(self) -> Store:
        store = open_store(self.paths)
        if store.moved_aside is not None:
            print(unreadable_message(store), file=sys.stderr)
        return store

    @cached_property
    def zone(self) -> ZoneInfo:
        return local_zone()

    @cached_property
    def evening(self) -> Evening:
        evening = Evening(self.store, lambda: self.zone, self.now)
        evening.ensure_routine()
        return evening

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()


def unreadable_message(store: Store) -> str:
    latest = store.latest_backup()
    restore = (
        f"To restore the latest backup (from {latest.day.isoformat()}), run: "
        "rlsdesk backup restore --latest"
        if latest else "There is no backup to restore from."
    )
    return (
        f"rlsdesk: your data file could not be read ({store.problem}). It was kept, "
        f"unchanged, as {store.moved_aside}, and a fresh one was started. {restore}"
    )
