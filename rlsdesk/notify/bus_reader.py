"""Messages from an open D-Bus connection, read on the Qt event loop.

A ``QSocketNotifier`` on the connection's socket wakes the reader when data arrives (no
thread, no polling); each whole message goes to ``on_message``. When the bus goes away the
connection is closed and ``on_lost`` is called once. Used by every follower of the bus
(desktop state, logind's suspend signal), so they differ only in what a message means.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger("rlsdesk.notify")

#: How much is read from the socket at a time.
_CHUNK = 65536


class BusReader(QObject):
    """Owns ``conn`` (a jeepney blocking connection, already subscribed to its signals)."""

    def __init__(self, conn: Any, label: str, on_message: Callable[[Any], None],
                 on_lost: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn: Any = conn
        self._label = label
        self._on_message = on_message
        self._on_lost = on_lost
        self._sock = conn.sock
        self._sock.setblocking(False)
        self._notifier: QSocketNotifier | None = QSocketNotifier(
            self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def drain(self) -> None:
        """Hand on every whole message already received (replies read during set-up may
        have brought signals along)."""
        while self._conn is not None:
            msg = self._conn.parser.get_next_message()
            if msg is None:
                return
            self._on_message(msg)

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = None

    def _on_readable(self, *_args: object) -> None:
        while self._conn is not None:
            try:
                data = self._sock.recv(_CHUNK)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                log.warning("%s: bus read failed: %s", self._label, exc)
                self._lose()
                return
            if not data:
                log.warning("%s: the bus closed the connection", self._label)
                self._lose()
                return
            self._conn.parser.add_data(data)
        self.drain()

    def _lose(self) -> None:
        self.close()
        self._on_lost()
