"""SleepWatch hears logind's PrepareForSleep (sent here on a private bus we start:
the ``private_bus`` fixture of tests/unit/conftest.py)."""

from __future__ import annotations

from rlsdesk.reminders.sleepwatch import LOGIND_INTERFACE, LOGIND_PATH, SIGNAL, SleepWatch


def send_prepare_for_sleep(address: str, going_to_sleep: bool) -> None:
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(address) as conn:
        conn.send(new_signal(DBusAddress(LOGIND_PATH, interface=LOGIND_INTERFACE), SIGNAL,
                             "b", (going_to_sleep,)))


def test_resume_and_sleep_signals(qtbot, private_bus: str) -> None:
    watch = SleepWatch(private_bus)
    assert watch.start()
    with qtbot.waitSignal(watch.sleeping, timeout=5000):
        send_prepare_for_sleep(private_bus, True)
    with qtbot.waitSignal(watch.resumed, timeout=5000):
        send_prepare_for_sleep(private_bus, False)
    watch.stop()


def test_no_bus_means_watchdog_only(qapp) -> None:
    assert not SleepWatch("unix:path=/nonexistent/rlsdesk-test-bus").start()
