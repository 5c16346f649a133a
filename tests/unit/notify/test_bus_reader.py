"""BusReader on a private D-Bus daemon: every signal reaches its handler once, in order,
and a bus that goes away is reported once and leaves the reader closed."""

from __future__ import annotations

import subprocess

from rlsdesk.notify.bus_reader import BusReader

PATH, INTERFACE = "/org/rlsdesk/Test", "org.rlsdesk.Test"


def _subscribed(address: str):  # type: ignore[no-untyped-def]
    from jeepney.bus_messages import MatchRule, message_bus
    from jeepney.io.blocking import open_dbus_connection

    conn = open_dbus_connection(address)
    rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
    conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
    return conn


def _send(address: str, *numbers: int) -> None:
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(address) as conn:
        for n in numbers:
            conn.send(new_signal(DBusAddress(PATH, interface=INTERFACE), "Tick", "i", (n,)))


def test_each_signal_is_handed_on_once_in_order(qtbot, private_bus: str) -> None:
    heard: list[int] = []
    lost: list[bool] = []
    reader = BusReader(_subscribed(private_bus), "test", lambda m: heard.append(m.body[0]),
                       lambda: lost.append(True))
    try:
        _send(private_bus, 1, 2, 3)
        qtbot.waitUntil(lambda: len(heard) >= 3, timeout=10_000)
        qtbot.wait(100)  # nothing more comes
        assert heard == [1, 2, 3] and not lost and reader.is_open
    finally:
        reader.close()
    assert not reader.is_open
    reader.close()  # twice is harmless


def test_a_bus_that_goes_away_is_reported_once(
        qtbot, private_bus_daemon: subprocess.Popen[str]) -> None:
    lost: list[bool] = []
    address = private_bus_daemon.address  # type: ignore[attr-defined]
    reader = BusReader(_subscribed(address), "test", lambda _m: None, lambda: lost.append(True))
    private_bus_daemon.terminate()
    qtbot.waitUntil(lambda: bool(lost), timeout=10_000)
    qtbot.wait(100)
    assert lost == [True] and not reader.is_open
