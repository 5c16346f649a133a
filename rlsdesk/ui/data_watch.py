"""The window's one "data changed" signal: after an in-app change, and within a second or so
of another process (the command line, an import, a restore) writing the database.

Another process's commit is seen through SQLite's ``PRAGMA data_version``, which changes
for a connection whenever a *different* connection commits to the file. Asking it reads an
integer from the shared-memory WAL index, so the poll costs next to nothing when idle.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from rlsdesk.ui.errors import guard_overrides

log = logging.getLogger(__name__)

POLL_MS = 1000
#: While the window is hidden nothing shows the data; the reminder service keeps its own
#: watch for plan changes, so this one only needs to notice now and then (and at once on
#: showing), which keeps rlsdesk asleep in the tray.
HIDDEN_POLL_MS = 30_000


@guard_overrides
class DataWatch(QObject):
    changed = Signal()  # the stored data may differ from what the window shows

    def __init__(self, version: Callable[[], int], parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._version = version
        self._seen: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._seen = self._read()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def follow_visibility(self, window: QObject) -> None:
        """Poll every second while ``window`` shows, rarely while it is hidden, and look at
        once when it is shown again."""
        window.installEventFilter(self)
        if not getattr(window, "isVisible", lambda: False)():
            self._timer.setInterval(HIDDEN_POLL_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._timer.setInterval(POLL_MS)
            if self._timer.isActive():
                self.check()
        elif event.type() == QEvent.Type.Hide:
            self._timer.setInterval(HIDDEN_POLL_MS)
        return False

    def interval_ms(self) -> int:
        return self._timer.interval()

    def is_watching(self) -> bool:
        return self._timer.isActive()

    def check(self) -> bool:
        """True (and ``changed`` emitted) if another process wrote since the last look."""
        version = self._read()
        if version is None or version == self._seen:
            return False
        self._seen = version
        log.info("the data changed in another process: the window follows")
        self.changed.emit()
        return True

    def announce(self) -> None:
        """A change made in this process (its own writes do not move data_version)."""
        self.changed.emit()

    def _read(self) -> int | None:
        try:
            return self._version()
        except sqlite3.Error:
            log.exception("could not ask the database whether it changed")
            return None
