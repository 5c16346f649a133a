"""The app's one "data changed" signal: after an in-app change, and as soon as another
process (the command line, an import, a restore) has written the database. The window's
pages and the reminders all follow it; nothing else polls the database.

Another process's commit is seen through SQLite's ``PRAGMA data_version``, which changes
for a connection whenever a *different* connection commits to the file. It is asked when the
database or its WAL file changes on disk (the system's file watch, inotify on Linux: no
wake-ups while nothing is written), when the window is shown, and, as a safety net for file
systems that do not report changes, once every ``SAFETY_POLL_MS``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal

from rlsdesk.ui.errors import guard_overrides

log = logging.getLogger(__name__)

#: The safety net's interval, window shown or hidden: the file watch is what notices.
SAFETY_POLL_MS = 30_000
POLL_MS = HIDDEN_POLL_MS = SAFETY_POLL_MS  # one interval whether the window shows or not


@guard_overrides
class DataWatch(QObject):
    changed = Signal()  # the stored data may differ from what the window shows

    def __init__(self, version: Callable[[], int], parent: QObject | None = None,
                 interval_ms: int = SAFETY_POLL_MS, database: Path | None = None) -> None:
        super().__init__(parent)
        self._version = version
        self._seen: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.check)
        self._database = database
        self._files: QFileSystemWatcher | None = None

    def start(self) -> None:
        self._seen = self._read()
        self._timer.start()
        if self._database is not None and self._files is None:
            self._files = QFileSystemWatcher(self)
            self._files.fileChanged.connect(self._on_file_event)
            self._files.directoryChanged.connect(self._on_file_event)
            self._watch_files()

    def stop(self) -> None:
        self._timer.stop()
        if self._files is not None:
            self._files.blockSignals(True)  # a change already queued is not looked at
            self._files.deleteLater()
            self._files = None

    def watched_files(self) -> list[str]:
        return [] if self._files is None else [*self._files.files(),
                                                *self._files.directories()]

    def _watch_files(self) -> None:
        """The database, its WAL file and their folder (a file replaced or made anew is a
        new file to the system's watch: the folder's change brings it back in)."""
        if self._files is None or self._database is None:
            return
        wanted = [str(self._database.parent), str(self._database),
                  f"{self._database}-wal"]
        have = set(self._files.files()) | set(self._files.directories())
        missing = [p for p in wanted if p not in have and Path(p).exists()]
        if missing:
            self._files.addPaths(missing)

    def _on_file_event(self, _path: str) -> None:
        self._watch_files()
        self.check()

    def follow_visibility(self, window: QObject) -> None:
        """Look at once when ``window`` is shown again."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._timer.isActive():
            self.check()
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
