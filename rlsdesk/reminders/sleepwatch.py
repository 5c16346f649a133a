"""logind's PrepareForSleep on the system bus: tells us when the machine resumes.

``PrepareForSleep(true)`` comes before suspend, ``PrepareForSleep(false)`` after resume.
Read from the Qt event loop with a QSocketNotifier (no thread, no polling). Where there is
no system bus or no logind (containers, other systems), ``start()`` returns False and the
wall-clock watchdog alone notices resumes.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from rlsdesk.notify.bus_reader import BusReader

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
        self._reader: BusReader | None = None

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
        self._reader = BusReader(conn, f"{SIGNAL} on the {self._bus} bus", self._on_message,
                                 self.stop, self)
        log.info("listening for %s on the %s bus", SIGNAL, self._bus)
        self._reader.drain()
        return True

    def stop(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _on_message(self, msg: Any) -> None:
        from jeepney import HeaderFields, MessageType

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
