"""The real rlsdesk holding reminders: through dunst's pause (Do Not Disturb), and while the
person is away (a screensaver on the desktop's bus, the freedesktop ScreenSaver interface
with its ActiveChanged signal). What reaches dunst is read from the bus, so a reminder
dunst would have queued during its pause would still be seen: none is sent."""

from __future__ import annotations

import subprocess
import threading
import time as systime
from datetime import datetime, timedelta
from pathlib import Path

from tests.e2e.app_process import rlsdesk_argv
from tests.e2e.test_reminders import (
    ZONE,
    ZONE_NAME,
    avoid_noon_edge,
    launch,
    log_count,
    seed,
    states,
    with_title,
)
from tests.vdesk import VirtualDesktop

URGENCY_NORMAL, URGENCY_CRITICAL = 1, 2


def dunstctl(desk: VirtualDesktop, *args: str) -> None:
    subprocess.run(["dunstctl", *args], env=desk.env, check=True, timeout=10)


def test_due_during_dunst_pause_is_held_then_shown_once_marked_late(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    avoid_noon_edge()
    data = tmp_path / "data"
    due = (datetime.now(ZONE) - timedelta(minutes=2)).replace(second=0, microsecond=0)
    title = f"Calf stretch {due:%H%M}"
    seed(data, title, due.time())
    dunstctl(vdesk, "set-paused", "true")
    app = launch(vdesk, data)
    vdesk.wait_for(lambda: states(vdesk, data)[title] == "held", timeout=15, what="held")
    systime.sleep(2)
    assert with_title(vdesk, title) == []  # nothing sent to dunst while it is paused
    dunstctl(vdesk, "set-paused", "false")
    note = vdesk.wait_for(lambda: with_title(vdesk, title), timeout=10, what="shown")[0]
    assert f"late: was due {due:%H:%M}" in note.body
    systime.sleep(2)
    assert len(with_title(vdesk, title)) == 1
    assert states(vdesk, data)[title] == "notified"
    assert log_count(data, "reminder held (do not disturb)") == 1
    assert app.poll() is None


def test_a_step_marked_for_do_not_disturb_is_sent_critical_the_other_held(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    """During dunst's pause a step marked (from the command line) to come through Do Not
    Disturb goes out at once with critical urgency (dunst 1.9 queues even that while
    paused, so what counts is what the bus received); the unmarked one is held."""
    avoid_noon_edge()
    data = tmp_path / "data"
    due = (datetime.now(ZONE) - timedelta(minutes=2)).replace(second=0, microsecond=0)
    earlier = due - timedelta(minutes=10)  # the planner spaces steps set at one time
    plain, marked = f"Warm bath {due:%H%M}", f"Medicine {due:%H%M}"
    seed(data, plain, due.time())
    vdesk.env["TZ"] = ZONE_NAME  # the command line reads --at in the same zone
    added = vdesk.run(rlsdesk_argv(data, "routine", "add", "--kind", "custom", "--title",
                                   marked, "--at", f"{earlier:%H:%M}", "--through-dnd"),
                      timeout=30)
    assert added.returncode == 0, added.stderr
    _set_bedtime(data, due + timedelta(minutes=30))  # both still make sense when late
    listed = vdesk.run(rlsdesk_argv(data, "routine", "list"), timeout=30).stdout
    assert f"{marked} [custom]  (also in Do Not Disturb)" in listed
    dunstctl(vdesk, "set-paused", "true")
    app = launch(vdesk, data)
    note = vdesk.wait_for(lambda: with_title(vdesk, marked), timeout=15, what="sent")[0]
    assert note.hints.get("urgency") == URGENCY_CRITICAL
    vdesk.wait_for(lambda: states(vdesk, data)[plain] == "held", timeout=15, what="held")
    assert with_title(vdesk, plain) == []
    dunstctl(vdesk, "set-paused", "false")
    shown = vdesk.wait_for(lambda: with_title(vdesk, plain), timeout=10, what="shown")[0]
    assert shown.hints.get("urgency") == URGENCY_NORMAL
    assert len(with_title(vdesk, marked)) == 1
    assert app.poll() is None


class ScreenSaver:
    """org.freedesktop.ScreenSaver on the desktop's bus: GetActive, and ActiveChanged."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(address)
        self.conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.ScreenSaver"))
        self.active = False
        self._wanted: bool | None = None
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def set_active(self, active: bool) -> None:
        self._wanted = active

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

        where = DBusAddress("/org/freedesktop/ScreenSaver",
                            interface="org.freedesktop.ScreenSaver")
        while self.running:
            if self._wanted is not None:
                self.active, self._wanted = self._wanted, None
                self.conn.send(new_signal(where, "ActiveChanged", "b", (self.active,)))
            try:
                msg = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            if msg.header.message_type != MessageType.method_call:
                continue
            if msg.header.fields.get(HeaderFields.member) == "GetActive":
                self.conn.send(new_method_return(msg, "b", (self.active,)))
            else:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


def test_away_holds_delivers_on_return_and_a_miss_is_told_not_shown(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    """Two steps due while the screen saver runs: one still sensible on return (shown once,
    late), one before a bedtime that passes while away (missed, told once as a summary)."""
    avoid_noon_edge()
    saver = ScreenSaver(vdesk.bus_address or "")
    try:
        saver.set_active(True)
        data = tmp_path / "data"
        now = datetime.now(ZONE)
        due = (now - timedelta(minutes=2)).replace(second=0, microsecond=0)
        bedtime = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
        if (bedtime - now).total_seconds() < 25:  # room to start and hold before it
            bedtime += timedelta(minutes=1)
        title = f"Magnesium {due:%H%M}"
        seed(data, title, due.time())
        # the bedtime passes while away: the step placed before it is then no longer sensible
        _set_bedtime(data, bedtime)
        app = launch(vdesk, data)
        vdesk.wait_for(lambda: states(vdesk, data)[title] == "held", timeout=15, what="held")
        assert with_title(vdesk, title) == []
        wait = (bedtime - datetime.now(ZONE)).total_seconds() + 2
        systime.sleep(max(wait, 0))
        assert with_title(vdesk, title) == []
        saver.set_active(False)
        summary = vdesk.wait_for(
            lambda: with_title(vdesk, "While you were away: 1 step missed"), timeout=10,
            what="the summary")
        assert summary[0].body == title
        systime.sleep(2)
        assert with_title(vdesk, title) == []  # never shown as due
        assert states(vdesk, data)[title] == "missed"
        assert app.poll() is None
    finally:
        saver.stop()


def _set_bedtime(data: Path, bedtime: datetime) -> None:
    from rlsdesk.services.evening import Evening
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir

    store = open_store(prepare_data_dir(data))
    try:
        Evening(store, lambda: ZONE, lambda: datetime.now(ZONE)).set_times(
            bedtime=bedtime.time())
    finally:
        store.close()
