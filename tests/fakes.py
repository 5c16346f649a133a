"""Stand-ins for the notifier and the scheduler, for unit and Qt tests that drive reminders
with an injected clock. The e2e tests use the real ones (dunst on the virtual desktop,
APScheduler)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from rlsdesk.notify.base import Notifier, Reminder


class RecordingNotifier(Notifier):
    name = "recording"

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Reminder] = []
        self.closed: list[str] = []

    def available(self) -> bool:
        return True

    def show(self, reminder: Reminder) -> None:
        self.shown.append(reminder)

    def close(self, key: str) -> None:
        self.closed.append(key)

    def click(self, key: str, action: str) -> None:
        self._emit_action(key, action)


class RecordingScheduler:
    def __init__(self, callback: Callable[[], object]) -> None:
        self.callback = callback
        self.armed: dict[str, datetime] = {}
        self.wakeups = 0

    def start(self) -> None:
        pass

    def arm(self, wakeups: dict[str, datetime]) -> None:
        self.armed = dict(wakeups)

    def wakeup(self) -> None:
        self.wakeups += 1

    def shutdown(self) -> None:
        pass
