"""Is anyone there to see a reminder, and does the desktop ask for quiet?

One small interface (:class:`DesktopWatch`) over what the desktop offers, all read from
D-Bus signals on the Qt event loop (a ``QSocketNotifier`` on the connection, no polling):

* away: logind's session ``LockedHint`` / ``IdleHint`` (system bus) and
  ``org.freedesktop.ScreenSaver``'s ``ActiveChanged`` (session bus);
* Do Not Disturb: dunst's ``paused`` property (``org.dunstproject.cmd0``; ``dunstctl
  set-paused``) and Plasma's ``Inhibited`` property on ``org.freedesktop.Notifications``;
* full screen: the active X11 window's EWMH state (:mod:`rlsdesk.notify.fullscreen`,
  X PropertyNotify events; never on Wayland).

A source that is not there is simply not followed; with none at all the state stays "here,
no Do Not Disturb" and reminders are delivered as before (the fallback). A server that
leaves the bus (dunst quits while paused) no longer holds anything.
GNOME's switch, ``show-banners``, is a GSettings key, not on the bus: it is followed with
``gsettings monitor`` (:mod:`rlsdesk.notify.gnome_dnd`) on a GNOME desktop.
Not followed yet: XFCE's ``xfce4-notifyd/do-not-disturb`` (xfconf); the X screensaver
extension.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject

from rlsdesk.notify.bus_reader import BusReader

log = logging.getLogger("rlsdesk.notify")

AWAY = "away"
DND = "dnd"
PROPERTIES = "org.freedesktop.DBus.Properties"


@dataclass(frozen=True, slots=True)
class DesktopState:
    away: bool = False  # screen locked or the person idle
    dnd: bool = False  # the desktop's Do Not Disturb is on
    fullscreen: bool = False  # the active window is full screen (rlsdesk.notify.fullscreen)


class DesktopWatch(Protocol):
    """What the reminders ask of a detector."""

    def state(self) -> DesktopState: ...
    def on_change(self, callback: Callable[[DesktopState], None]) -> None: ...
    def start(self) -> bool: ...
    def stop(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Probe:
    """One boolean on the bus: a property (followed by PropertiesChanged) or, with
    ``signal`` and ``getter``, a signal carrying it and the method that reads it."""

    kind: str  # AWAY or DND
    service: str
    path: str
    interface: str
    prop: str = ""
    signal: str = ""
    getter: str = ""


DUNST_PAUSED = Probe(DND, "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                     "org.dunstproject.cmd0", prop="paused")
PLASMA_INHIBITED = Probe(DND, "org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                         "org.freedesktop.Notifications", prop="Inhibited")
SCREENSAVER = Probe(AWAY, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver", signal="ActiveChanged", getter="GetActive")
SESSION_PROBES = (DUNST_PAUSED, PLASMA_INHIBITED, SCREENSAVER)
LOGIND = "org.freedesktop.login1"
LOGIND_SESSION = "org.freedesktop.login1.Session"


def logind_probes(session_path: str) -> tuple[Probe, ...]:
    return (Probe(AWAY, LOGIND, session_path, LOGIND_SESSION, prop="LockedHint"),
            Probe(AWAY, LOGIND, session_path, LOGIND_SESSION, prop="IdleHint"))


class BusWatch(QObject):
    """Follows some probes on one bus. ``probes`` may be a function of the open connection
    (logind's session path is looked up on the bus)."""

    def __init__(self, bus: str, probes: Iterable[Probe] | Callable[[Any], Iterable[Probe]],
                 parent: QObject | None = None, timeout: float = 1.0) -> None:
        super().__init__(parent)
        self._bus = bus
        self._probe_source = probes
        self._timeout = timeout
        self.probes: tuple[Probe, ...] = ()
        self.values: dict[Probe, bool] = {}
        self._reader: BusReader | None = None
        self._callbacks: list[Callable[[DesktopState], None]] = []

    def on_change(self, callback: Callable[[DesktopState], None]) -> None:
        self._callbacks.append(callback)

    def state(self) -> DesktopState:
        on = {p.kind for p, value in self.values.items() if value}
        return DesktopState(away=AWAY in on, dnd=DND in on)

    def start(self) -> bool:
        try:
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(self._bus, auth_timeout=self._timeout)
        except Exception as exc:  # no bus, refused
            log.info("desktop state: no %s bus (%s)", self._bus, exc)
            return False
        try:
            source = self._probe_source
            self.probes = tuple(source(conn) if callable(source) else source)
            for probe in self.probes:
                self._subscribe(conn, probe)
            for probe in self.probes:
                value = self._read(conn, probe)
                if value is not None:
                    self.values[probe] = value
        except Exception as exc:
            log.info("desktop state on the %s bus not followed (%s)", self._bus, exc)
            with contextlib.suppress(OSError):
                conn.close()
            return False
        if not self.probes:
            with contextlib.suppress(OSError):
                conn.close()
            return False
        self._reader = BusReader(conn, f"desktop state on the {self._bus} bus",
                                 self._on_message, self._lost, self)
        log.info("desktop state: following %s on the %s bus (now %s)",
                 ", ".join(sorted({f"{p.interface}.{p.prop or p.signal}" for p in self.probes})),
                 self._bus, self.state())
        self._reader.drain()
        return True

    def stop(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # --- set up ----------------------------------------------------------------------------
    def _subscribe(self, conn: Any, probe: Probe) -> None:
        from jeepney.bus_messages import MatchRule, message_bus

        if probe.prop:
            rule = MatchRule(type="signal", interface=PROPERTIES, member="PropertiesChanged",
                             path=probe.path)
            rule.add_arg_condition(0, probe.interface)
        else:
            rule = MatchRule(type="signal", interface=probe.interface, member=probe.signal,
                             path=probe.path)
        conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=self._timeout)
        owner = MatchRule(type="signal", sender="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus", member="NameOwnerChanged")
        owner.add_arg_condition(0, probe.service)
        conn.send_and_get_reply(message_bus.AddMatch(owner), timeout=self._timeout)

    def _read(self, conn: Any, probe: Probe) -> bool | None:
        from jeepney import DBusAddress, MessageType, Properties, new_method_call
        from jeepney.low_level import MessageFlag

        address = DBusAddress(probe.path, bus_name=probe.service, interface=probe.interface)
        msg = (Properties(address).get(probe.prop) if probe.prop
               else new_method_call(address, probe.getter))
        msg.header.flags |= MessageFlag.no_auto_start  # only what runs already counts
        try:
            reply = conn.send_and_get_reply(msg, timeout=self._timeout)
        except Exception:
            return None
        if reply.header.message_type != MessageType.method_return or not reply.body:
            return None  # not there (no such service, property or method)
        value = reply.body[0]
        if isinstance(value, tuple):  # a variant: (signature, value)
            value = value[1]
        return bool(value)

    # --- reading ---------------------------------------------------------------------------
    def _lost(self) -> None:
        self.stop()
        self._set(dict.fromkeys(self.values, False))  # nothing known holds anything

    def _on_message(self, msg: Any) -> None:
        from jeepney import HeaderFields, MessageType

        if msg.header.message_type != MessageType.signal:
            return
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        path = fields.get(HeaderFields.path)
        interface = fields.get(HeaderFields.interface)
        values = dict(self.values)
        for probe in self.probes:
            if member == "NameOwnerChanged" and msg.body and msg.body[0] == probe.service:
                values[probe] = False  # gone, or a new owner starts afresh
            elif path != probe.path:
                continue
            elif (probe.prop and member == "PropertiesChanged" and interface == PROPERTIES
                  and msg.body and msg.body[0] == probe.interface):
                changed = msg.body[1]
                if probe.prop in changed:
                    values[probe] = bool(changed[probe.prop][1])
            elif (probe.signal and member == probe.signal and interface == probe.interface
                  and msg.body):
                values[probe] = bool(msg.body[0])
        self._set(values)

    def _set(self, values: dict[Probe, bool]) -> None:
        before = self.state()
        self.values = values
        after = self.state()
        if after != before:
            log.info("desktop state: %s", after)
            for callback in list(self._callbacks):
                try:
                    callback(after)
                except Exception:
                    log.exception("desktop state callback failed")


def session_path_of(conn: Any) -> tuple[Probe, ...]:
    """logind's probes for the session this process runs in (none when logind is not
    there or does not know it)."""
    from jeepney import DBusAddress, MessageType, new_method_call

    manager = DBusAddress("/org/freedesktop/login1", bus_name=LOGIND,
                          interface="org.freedesktop.login1.Manager")
    session_id = os.environ.get("XDG_SESSION_ID")
    msg = (new_method_call(manager, "GetSession", "s", (session_id,)) if session_id
           else new_method_call(manager, "GetSessionByPID", "u", (os.getpid(),)))
    reply = conn.send_and_get_reply(msg, timeout=1.0)
    if reply.header.message_type != MessageType.method_return:
        return ()
    return logind_probes(str(reply.body[0]))


class DesktopWatches:
    """Several watches as one: away if any says away, Do Not Disturb if any says so."""

    def __init__(self, watches: Iterable[DesktopWatch]) -> None:
        self.watches = list(watches)
        self._started: list[DesktopWatch] = []
        self._callbacks: list[Callable[[DesktopState], None]] = []
        self._last = DesktopState()

    def on_change(self, callback: Callable[[DesktopState], None]) -> None:
        self._callbacks.append(callback)

    def state(self) -> DesktopState:
        states = [w.state() for w in self._started]
        return DesktopState(away=any(s.away for s in states), dnd=any(s.dnd for s in states),
                            fullscreen=any(s.fullscreen for s in states))

    def start(self) -> bool:
        for watch in self.watches:
            if watch.start():
                watch.on_change(self._changed)
                self._started.append(watch)
        self._last = self.state()
        return bool(self._started)

    def stop(self) -> None:
        for watch in self._started:
            watch.stop()
        self._started.clear()

    def _changed(self, _state: DesktopState) -> None:
        now = self.state()
        if now != self._last:
            self._last = now
            for callback in list(self._callbacks):
                callback(now)


def desktop_watch(session_bus: str | None = "SESSION", system_bus: str | None = "SYSTEM",
                  parent: QObject | None = None,
                  env: Mapping[str, str] | None = None) -> DesktopWatches:
    """Every source this desktop may offer (see the module's notes); ``env`` (the
    environment unless given) says which display and desktop this is."""
    from rlsdesk.notify.fullscreen import fullscreen_watch
    from rlsdesk.notify.gnome_dnd import GnomeDndWatch, is_gnome

    watches: list[DesktopWatch] = []
    if session_bus:
        watches.append(BusWatch(session_bus, SESSION_PROBES, parent))
    if system_bus:
        watches.append(BusWatch(system_bus, session_path_of, parent))
    watches.append(fullscreen_watch(env, parent))
    if is_gnome(os.environ if env is None else env):
        watches.append(GnomeDndWatch(env, parent))
    return DesktopWatches(watches)
