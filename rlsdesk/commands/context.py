"""What a subcommand gets: the data folder, a lazily opened session of use cases, the clock
and zone."""

from __future__ import annotations

import sys
from datetime import datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from rlsdesk.services.data_care import DataCare
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.services.preferences import Preferences
from rlsdesk.services.session import Session
from rlsdesk.system.paths import DataPaths
from rlsdesk.system.zone import local_zone


class CommandContext:
    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths

    @cached_property
    def session(self) -> Session:
        session = Session(self.paths, lambda: self.zone, self.now)
        if session.moved_aside is not None:
            print(unreadable_message(session), file=sys.stderr)
        return session

    @cached_property
    def zone(self) -> ZoneInfo:
        return local_zone()

    @property
    def evening(self) -> Evening:
        return self.session.evening

    @property
    def diary(self) -> DiaryService:
        return self.session.diary

    @property
    def preferences(self) -> Preferences:
        return self.session.preferences

    @property
    def data_care(self) -> DataCare:
        return self.session.data_care

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def close(self) -> None:
        if "session" in self.__dict__:
            self.session.close()


def unreadable_message(session: Session) -> str:
    latest = session.latest_backup()
    restore = (
        f"To restore the latest backup (from {latest.day.isoformat()}), run: "
        "rlsdesk backup restore --latest"
        if latest else "There is no backup to restore from."
    )
    return (
        f"rlsdesk: your data file could not be read ({session.problem}). It was kept, "
        f"unchanged, as {session.moved_aside}, and a fresh one was started. {restore}"
    )
