"""The desktop-state detectors against real counterparts: dunst's pause (``dunstctl
set-paused``) on the virtual desktop's bus, and a logind-like session (the real
``org.freedesktop.login1`` names, methods and PropertiesChanged signals) served on a
private bus. Read on the Qt event loop as in the app; no polling."""

from __future__ import annotations

import queue
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rlsdesk.notify.desktop_state import (
    DUNST_PAUSED,
    SESSION_PROBES,
    BusWatch,
    DesktopState,
    DesktopWatches,
    desktop_watch,
    session_path_of,
)
from tests.vdesk import VirtualDesktop, wait_for

SESSION_PATH = "/org/freedesktop/login1/session/_3"


def dunstctl(desk: VirtualDesktop, *args: str) -> str:
    return subprocess.run(["dunstctl", *args], env=desk.env, check=True, text=True,
                          capture_output=True, timeout=10).stdout.strip()


def test_dunst_pause_is_do_not_disturb_as_it_changes(qtbot, vdesk: VirtualDesktop) -> None:
    dunstctl(vdesk, "set-paused", "true")  # paused before we look: read at start
    watch = BusWatch(vdesk.bus_address or "", SESSION_PROBES)
    seen: list[DesktopState] = []
    watch.on_change(seen.append)
    try:
        assert watch.start()
        assert watch.state() == DesktopState(dnd=True)
        assert set(watch.values) == {DUNST_PAUSED}  # dunst has no Inhibited, no screensaver
        dunstctl(vdesk, "set-paused", "false")
        qtbot.waitUntil(lambda: watch.state() == DesktopState())
        dunstctl(vdesk, "set-paused", "toggle")
        qtbot.waitUntil(lambda: watch.state().dnd)
        assert seen == [DesktopState(), DesktopState(dnd=True)]
    finally:
        watch.stop()


def test_dunst_quitting_while_paused_holds_nothing(qtbot, vdesk: VirtualDesktop) -> None:
    watch = BusWatch(vdesk.bus_address or "", SESSION_PROBES)
    try:
        assert watch.start()
        dunstctl(vdesk, "set-paused", "true")
        qtbot.waitUntil(lambda: watch.state().dnd)
        dunst = next(proc for name, proc in vdesk._procs if name == "dunst")
        dunst.terminate()  # this desktop's own dunst, by its process
        dunst.wait(timeout=10)
        qtbot.waitUntil(lambda: watch.state() == DesktopState(), timeout=10_000)
    finally:
        watch.stop()


# ----------------------------------------------------------------- a logind-like session


class FakeLogind:
    """Serves org.freedesktop.login1's session lookup and the session's LockedHint and
    IdleHint on a bus, and sends PropertiesChanged when the test changes one."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(address)
        self.conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
        self.props = {"LockedHint": False, "IdleHint": False}
        self.changes: queue.Queue[tuple[str, bool]] = queue.Queue()
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def set(self, name: str, value: bool) -> None:
        self.changes.put((name, value))

    def stop(self) -> None:
        self.running = False
        self.thread.join(timeout=5)
        self.conn.close()

    def _serve(self) -> None:
        from jeepney import (
            DBusAddress,
            HeaderFields,
            MessageType,
            new_error,
            new_method_return,
            new_signal,
        )

        session = DBusAddress(SESSION_PATH, interface="org.freedesktop.DBus.Properties")
        while self.running:
            while not self.changes.empty():
                name, value = self.changes.get()
                self.props[name] = value
                self.conn.send(new_signal(session, "PropertiesChanged", "sa{sv}as", (
                    "org.freedesktop.login1.Session", {name: ("b", value)}, [])))
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            if member in ("GetSession", "GetSessionByPID"):
                self.conn.send(new_method_return(msg, "o", (SESSION_PATH,)))
            elif member == "Get" and msg.body[1] in self.props:
                self.conn.send(new_method_return(msg, "v", (("b", self.props[msg.body[1]]),)))
            else:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    address = f"unix:path={tmp_path / 'bus'}"
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                             f"--address={address}"], stdout=subprocess.DEVNULL)
    try:
        wait_for(lambda: (tmp_path / "bus").exists(), timeout=10, what="a private bus")
        yield address
    finally:
        proc.terminate()
        proc.wait(timeout=5)


def test_locked_or_idle_logind_session_is_away(qtbot, private_bus: str) -> None:
    logind = FakeLogind(private_bus)
    logind.set("IdleHint", True)  # idle already when we start
    watch = BusWatch(private_bus, session_path_of)
    try:
        qtbot.waitUntil(lambda: logind.changes.empty())
        assert watch.start()
        assert {p.prop for p in watch.probes} == {"LockedHint", "IdleHint"}
        assert watch.state() == DesktopState(away=True)
        logind.set("IdleHint", False)
        qtbot.waitUntil(lambda: watch.state() == DesktopState())
        logind.set("LockedHint", True)
        qtbot.waitUntil(lambda: watch.state().away)
        logind.set("LockedHint", False)
        qtbot.waitUntil(lambda: not watch.state().away)
    finally:
        watch.stop()
        logind.stop()


def test_nothing_to_follow_is_the_fallback_that_simply_delivers(private_bus: str) -> None:
    """No logind, no notification server with a pause, no screensaver on the bus, and a bus
    that is not there at all: here, no Do Not Disturb."""
    watches = DesktopWatches([BusWatch(private_bus, session_path_of),
                              BusWatch("unix:path=/nonexistent/bus", SESSION_PROBES)])
    assert not watches.start()
    assert watches.state() == DesktopState()
    watches.stop()
    assert desktop_watch(None, None).state() == DesktopState()
