"""logind's PrepareForSleep on the system bus: tells us when the machine resumes.

``PrepareForSleep(true)`` comes before suspend, ``PrepareForSleep(false)`` after resume.
Read from the Qt event loop with a QSocketNotifier (no thread, no polling). Where there is
no system bus or no logind (containers, other systems), ``start()`` returns False and the
wall-clock watchdog alone notices resumes.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_INTERFACE = "org.freedesktop.login1.Manager"
SIGNAL = "PrepareForSleep"


class SleepWatch(QObject):
    sleeping = Signal()
    resumed = Signal()

    def __init__(self, bus: str = "SYSTEM", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._conn: Any = None
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None

    def start(self) -> bool:
        try:
            from jeepney.bus_messages import MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(self._bus, auth_timeout=1.0)
        except Exception as exc:  # no bus, no jeepney, refused
            log.info("no system bus for suspend/resume signals (%s); using the watchdog", exc)
            return False
        try:
            rule = MatchRule(type="signal", interface=LOGIND_INTERFACE, member=SIGNAL,
                             path=LOGIND_PATH)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=1.0)
        except Exception as exc:
            log.info("cannot subscribe to %s (%s); using the watchdog", SIGNAL, exc)
            with contextlib.suppress(OSError):
                conn.close()
            return False
        self._conn = conn
        self._sock = conn.sock
        self._sock.setblocking(False)
        self._notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        log.info("listening for %s on the %s bus", SIGNAL, self._bus)
        self._drain()
        return True

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = self._sock = None

    def _on_readable(self, *_args: object) -> None:
        assert self._sock is not None
        while True:
            try:
                data = self._sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                log.warning("system bus read failed: %s", exc)
                self.stop()
                return
            if not data:
                log.warning("system bus closed the connection")
                self.stop()
                return
            self._conn.parser.add_data(data)
        self._drain()

    def _drain(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self._conn is not None:
            msg = self._conn.parser.get_next_message()
            if msg is None:
                return
            fields = msg.header.fields
            if (msg.header.message_type == MessageType.signal
                    and fields.get(HeaderFields.interface) == LOGIND_INTERFACE
                    and fields.get(HeaderFields.member) == SIGNAL and msg.body):
                if msg.body[0]:
                    log.info("system is going to sleep")
                    self.sleeping.emit()
                else:
                    log.info("system resumed")
                    self.resumed.emit()
