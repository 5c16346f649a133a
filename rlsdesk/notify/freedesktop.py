"""Reminders as freedesktop notifications (org.freedesktop.Notifications), via jeepney.

The D-Bus connection is read from the Qt event loop: a ``QSocketNotifier`` on the
connection's socket wakes us, we read what the socket has without blocking, and hand
every complete message to ``_handle``. Method calls made while the UI runs (Notify,
CloseNotification) do not wait for their replies; the reply is matched by serial when it
arrives. Only ``available()`` waits, for at most ``timeout`` seconds.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import time
from collections.abc import Callable
from itertools import count
from typing import Any

from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_method_call
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.low_level import Parser
from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

from rlsdesk.notify.base import Notifier, Reminder
from rlsdesk.notify.protocol import (
    BUS_NAME,
    INTERFACE,
    NOTIFY_SIGNATURE,
    OBJECT_PATH,
    IdMap,
    action_from_server,
    closed_reason,
    notify_body,
)

log = logging.getLogger("rlsdesk.notify")

_SERVER = DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)
ReplyHandler = Callable[[Message], None]


class DBusUnavailable(Exception):
    """The session bus or the notification server cannot be used."""


class FreedesktopNotifier(Notifier):
    name = "freedesktop"

    def __init__(self, *, bus: str = "SESSION", app_icon: str = "", timeout: float = 2.0,
                 parent: QObject | None = None) -> None:
        super().__init__()
        self._bus = bus
        self._app_icon = app_icon
        self._timeout = timeout
        self._parent = parent
        self._conn: DBusConnection | None = None
        self._sock: socket.socket | None = None
        self._parser: Parser | None = None
        self._serials: count[int] | None = None
        self._qt_notifier: QSocketNotifier | None = None
        self._broken = False
        self._pending: dict[int, ReplyHandler] = {}
        self._waiting_keys: set[str] = set()  # Notify sent, id not known yet
        self._deferred: dict[str, Reminder] = {}  # shown again before the id came back
        self._close_after_reply: set[str] = set()
        self._ids = IdMap()
        self.capabilities: list[str] = []
        self.server_info: tuple[str, ...] = ()

    # ------------------------------------------------------------ public API

    def available(self) -> bool:
        try:
            self._connect()
            owned = self._call(message_bus.NameHasOwner(BUS_NAME)).body[0]
            if not owned:
                log.info("no notification server owns %s", BUS_NAME)
                return False
            caps = self._call(new_method_call(_SERVER, "GetCapabilities")).body[0]
            self.capabilities = list(caps)
            try:
                info = self._call(new_method_call(_SERVER, "GetServerInformation")).body
                self.server_info = tuple(str(x) for x in info)
            except DBusUnavailable:
                self.server_info = ()
        except DBusUnavailable as exc:
            log.warning("freedesktop notifications unavailable: %s", exc)
            return False
        if "actions" not in self.capabilities:
            log.warning("notification server %s has no 'actions' capability; reminders "
                        "will show without Done/Snooze/Skip buttons", self.server_info or "?")
        return True

    @property
    def supports_actions(self) -> bool:
        return "actions" in self.capabilities

    def show(self, reminder: Reminder) -> None:
        key = reminder.key
        if key in self._waiting_keys:
            self._deferred[key] = reminder  # send once we know the id to replace
            return
        replaces = self._ids.id_for(key) or 0
        body = notify_body(reminder, replaces_id=replaces, app_icon=self._app_icon,
                           body_markup="body-markup" in self.capabilities,
                           open_label=QCoreApplication.translate("FreedesktopNotifier", "Open"))
        msg = new_method_call(_SERVER, "Notify", NOTIFY_SIGNATURE, body)
        self._waiting_keys.add(key)
        sent = self._send(msg, lambda reply: self._on_notify_reply(key, reply))
        if not sent:
            self._waiting_keys.discard(key)

    def close(self, key: str) -> None:
        self._deferred.pop(key, None)
        if key in self._waiting_keys:
            self._close_after_reply.add(key)
            return
        nid = self._ids.id_for(key)
        if nid is None:
            return
        self._send(new_method_call(_SERVER, "CloseNotification", "u", (nid,)), None)

    def shutdown(self) -> None:
        if self._qt_notifier is not None:
            self._qt_notifier.setEnabled(False)
            self._qt_notifier.deleteLater()
            self._qt_notifier = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        self._conn = self._sock = self._parser = None
        self._pending.clear()

    def notification_id(self, key: str) -> int | None:
        """The server's id for ``key`` while it is shown (for tests and diagnostics)."""
        return self._ids.id_for(key)

    # ------------------------------------------------------------ connection

    def _connect(self) -> None:
        if self._broken:
            raise DBusUnavailable("connection lost earlier")
        if self._conn is not None:
            return
        try:
            conn = open_dbus_connection(self._bus, auth_timeout=self._timeout)
        except Exception as exc:  # OSError, KeyError (no address), auth errors
            raise DBusUnavailable(f"cannot connect to the {self._bus} bus: {exc}") from exc
        self._conn = conn
        self._sock = conn.sock
        self._sock.setblocking(False)
        self._parser = conn.parser  # may already hold data read during Hello
        self._serials = conn.outgoing_serial
        notifier = QSocketNotifier(self._sock.fileno(), QSocketNotifier.Type.Read,
                                   self._parent)
        notifier.activated.connect(self._on_readable)
        self._qt_notifier = notifier
        rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
        self._send(message_bus.AddMatch(rule), self._check_reply("AddMatch"))
        # Anything parsed during the handshake is handled on the next loop iteration.
        QTimer.singleShot(0, self._drain)

    def _fail(self, why: str) -> None:
        if not self._broken:
            log.error("notification connection lost: %s", why)
        self._broken = True
        self.shutdown()

    def _send(self, msg: Message, on_reply: ReplyHandler | None) -> bool:
        try:
            self._connect()
        except DBusUnavailable as exc:
            log.warning("cannot send %s: %s", msg.header.fields.get(HeaderFields.member), exc)
            return False
        assert self._conn is not None and self._serials is not None
        serial = next(self._serials)
        if on_reply is not None:
            self._pending[serial] = on_reply
        try:
            data = msg.serialise(serial=serial)
            self._send_all(data)
        except (OSError, ValueError, TimeoutError) as exc:
            self._pending.pop(serial, None)
            self._fail(f"send failed: {exc}")
            return False
        return True

    def _send_all(self, data: bytes) -> None:
        assert self._sock is not None
        view = memoryview(data)
        deadline = time.monotonic() + self._timeout
        while view:
            try:
                sent = self._sock.send(view)
            except BlockingIOError:
                sent = 0
            view = view[sent:]
            if view:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("bus not accepting data")
                select.select([], [self._sock], [], remaining)

    def _call(self, msg: Message) -> Message:
        """Send ``msg`` and wait (at most ``timeout`` s) for its reply; other messages
        that arrive meanwhile are handled as usual."""
        box: list[Message] = []
        if not self._send(msg, box.append):
            raise DBusUnavailable("send failed")
        deadline = time.monotonic() + self._timeout
        while not box:
            self._drain()
            if box:
                break
            if self._sock is None:
                raise DBusUnavailable("connection closed")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DBusUnavailable(f"no reply within {self._timeout:.1f}s")
            ready, _, _ = select.select([self._sock], [], [], remaining)
            if ready:
                self._read_socket()
        reply = box[0]
        if reply.header.message_type == MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "?")
            raise DBusUnavailable(f"{name}: {reply.body[0] if reply.body else ''}")
        return reply

    def _on_readable(self, *_args: Any) -> None:
        self._read_socket()
        self._drain()

    def _read_socket(self) -> None:
        """Read everything the socket has right now into the parser, never blocking."""
        if self._sock is None or self._parser is None:
            return
        while True:
            try:
                data = self._sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._fail(f"read failed: {exc}")
                return
            if not data:
                self._fail("the bus closed the connection")
                return
            self._parser.add_data(data)

    def _drain(self) -> None:
        """Handle every complete message the parser holds."""
        while self._parser is not None:
            try:
                msg = self._parser.get_next_message()
            except Exception as exc:
                self._fail(f"bad message: {exc}")
                return
            if msg is None:
                return
            try:
                self._handle(msg)
            except Exception:
                log.exception("error handling a D-Bus message")

    # ------------------------------------------------------------ messages

    def _handle(self, msg: Message) -> None:
        kind = msg.header.message_type
        fields = msg.header.fields
        if kind in (MessageType.method_return, MessageType.error):
            handler = self._pending.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if handler is not None:
                handler(msg)
            return
        if kind != MessageType.signal or fields.get(HeaderFields.interface) != INTERFACE:
            return
        member = fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            nid, action_key = int(msg.body[0]), str(msg.body[1])
            key = self._ids.key_for(nid)
            if key is not None:
                self._emit_action(key, action_from_server(action_key))
        elif member == "NotificationClosed":
            nid, reason = int(msg.body[0]), int(msg.body[1])
            key = self._ids.forget_id(nid)
            if key is not None:
                self._emit_closed(key, closed_reason(reason))

    def _on_notify_reply(self, key: str, reply: Message) -> None:
        self._waiting_keys.discard(key)
        if reply.header.message_type == MessageType.error:
            log.error("Notify for %s failed: %s %s", key,
                      reply.header.fields.get(HeaderFields.error_name), reply.body)
        else:
            self._ids.bind(key, int(reply.body[0]))
        if key in self._close_after_reply:
            self._close_after_reply.discard(key)
            self.close(key)
            return
        again = self._deferred.pop(key, None)
        if again is not None:
            self.show(again)

    @staticmethod
    def _check_reply(what: str) -> ReplyHandler:
        def check(reply: Message) -> None:
            if reply.header.message_type == MessageType.error:
                log.error("%s failed: %s", what, reply.body)

        return check
