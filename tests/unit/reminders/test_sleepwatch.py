"""SleepWatch hears logind's PrepareForSleep (sent here on a private bus we start)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest

from rlsdesk.reminders.sleepwatch import LOGIND_INTERFACE, LOGIND_PATH, SIGNAL, SleepWatch


@pytest.fixture
def private_bus() -> Iterator[str]:
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus-daemon)")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(timeout=5)


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
