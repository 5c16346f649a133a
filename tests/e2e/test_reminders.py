"""Reminders from the real rlsdesk process, seen by a real notification server (dunst).

No fakes here: the app runs with its own clock. The routine has minute resolution, so "a
step due in a few seconds" is a step at the next minute boundary (at most about a minute
of waiting); the late-start cases use a step due two minutes ago, which needs no waiting.
The morning check-in reminder needs a morning: the app runs in a fixed-offset zone
(``Etc/GMT-N``) where it is about nine o'clock now.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time as systime
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.e2e.app_process import main_windows, rlsdesk_argv, start_app
from tests.vdesk import Notification, VirtualDesktop

ZONE_NAME = "Europe/Berlin"
ZONE = ZoneInfo(ZONE_NAME)
STARTED = "reminders started"


def seed(data: Path, title: str, clock: time, **settings: object) -> None:
    """A routine of one step at ``clock``; bedtime there too (so a late start still counts)."""
    from rlsdesk.domain.kinds import StepKind
    from rlsdesk.domain.routine import Anchor, Step
    from rlsdesk.services.evening import Evening
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir

    store = open_store(prepare_data_dir(data))
    try:
        evening = Evening(store, lambda: ZONE, lambda: datetime.now(ZONE))
        evening.replace_routine([Step(StepKind.CUSTOM,
                                      title, Anchor.at(clock))])
        evening.set_times(bedtime=clock)
        store.settings.set_many({"first_run_done": True, **settings})
    finally:
        store.close()


def avoid_noon_edge() -> None:
    """The night changes at 12:00; keep a two-minutes-ago step on the same night."""
    now = datetime.now(ZONE)
    if now.hour == 12 and now.minute < 3:
        systime.sleep((3 - now.minute) * 60 - now.second)


def next_minute(margin: float = 8.0, zone: ZoneInfo = ZONE) -> datetime:
    now = datetime.now(zone)
    due = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    if (due - now).total_seconds() < margin:
        due += timedelta(minutes=1)
    return due


def launch(desk: VirtualDesktop, data: Path, zone_name: str = ZONE_NAME
           ) -> subprocess.Popen[bytes]:
    desk.env["TZ"] = zone_name
    app = start_app(desk, data, "--hidden")
    desk.wait_for(lambda: log_count(data, STARTED) >= 1 or app.poll() is not None,
                  timeout=30, what="reminders to start")
    assert app.poll() is None, (data / "rlsdesk.log").read_text()
    return app


def restart(desk: VirtualDesktop, data: Path, app: subprocess.Popen[bytes],
            zone_name: str = ZONE_NAME) -> subprocess.Popen[bytes]:
    before = log_count(data, STARTED)
    app.terminate()
    app.wait(timeout=10)
    desk.env["TZ"] = zone_name
    again = start_app(desk, data, "--hidden")
    desk.wait_for(lambda: log_count(data, STARTED) > before or again.poll() is not None,
                  timeout=30, what="reminders to start again")
    assert again.poll() is None, desk._tail(f"rlsdesk-{data.name}")
    return again


def log_count(data: Path, text: str) -> int:
    try:
        return (data / "rlsdesk.log").read_text().count(text)
    except OSError:
        return 0


def with_title(desk: VirtualDesktop, title: str) -> list[Notification]:
    return [n for n in desk.notifications() if n.summary == title]


def states(desk: VirtualDesktop, data: Path) -> dict[str, str]:
    out = desk.run(rlsdesk_argv(data, "tonight", "--json"), timeout=30).stdout
    return {s["title"]: s["state"] for s in json.loads(out)["steps"]}


def test_due_step_notifies_once_done_is_recorded_restart_is_silent(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    due = next_minute()
    title = f"Calf stretch {due:%H%M}"
    seed(data, title, due.time())
    app = launch(vdesk, data)
    assert with_title(vdesk, title) == []
    wait = (due - datetime.now(ZONE)).total_seconds()
    shown = vdesk.wait_for(lambda: with_title(vdesk, title), timeout=wait + 20,
                           what="the reminder at dunst")
    systime.sleep(1.0)
    shown = with_title(vdesk, title)
    assert len(shown) == 1
    note = shown[0]
    print(f"delivered {note.sent_at - due.timestamp():+.3f} s after due")
    assert note.sent_at >= due.timestamp() - 0.05  # never early
    assert note.app_name == "rlsdesk"
    assert note.actions == {"default": "Open", "done": "Done", "snooze": "Snooze 10 min",
                            "skip": "Skip"}
    assert "late" not in note.body
    assert states(vdesk, data)[title] == "notified"

    vdesk.invoke_action(note.id, "done")  # through dunst's own menu: ActionInvoked(id, done)
    vdesk.wait_for(lambda: states(vdesk, data)[title] == "done", timeout=10,
                   what="done in the ledger")
    vdesk.wait_for(lambda: not vdesk.notifications()[-1].open, timeout=20,
                   what="the notification withdrawn")

    app = restart(vdesk, data, app)
    systime.sleep(3)
    assert len(with_title(vdesk, title)) == 1
    assert states(vdesk, data)[title] == "done"
    assert app.poll() is None


def test_late_start_shows_once_marked_late_and_a_restart_does_not_repeat(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    avoid_noon_edge()
    data = tmp_path / "data"
    due = (datetime.now(ZONE) - timedelta(minutes=2)).replace(second=0, microsecond=0)
    title = f"Magnesium {due:%H%M}"
    seed(data, title, due.time())
    app = launch(vdesk, data)
    note = vdesk.wait_for(lambda: with_title(vdesk, title), timeout=10, what="late reminder")[0]
    assert f"late: was due {due:%H:%M}" in note.body
    assert note.hints.get("x-rlsdesk-late") is True
    app = restart(vdesk, data, app)  # shown but not answered: still not shown again
    systime.sleep(3)
    assert len(with_title(vdesk, title)) == 1
    assert states(vdesk, data)[title] == "notified"
    assert app.poll() is None


def test_without_a_notification_server_the_tray_message_is_used(
    vdesk_factory, tmp_path: Path
) -> None:
    desk: VirtualDesktop = vdesk_factory(notifications=False)
    avoid_noon_edge()
    data = tmp_path / "data"
    due = (datetime.now(ZONE) - timedelta(minutes=2)).replace(second=0, microsecond=0)
    title = f"Warm bath {due:%H%M}"
    seed(data, title, due.time(), theme_mode="night")
    app = launch(desk, data)
    desk.wait_for(lambda: log_count(data, f"{title} (late)") == 1, timeout=10,
                  what="the reminder shown")
    log = (data / "rlsdesk.log").read_text()
    assert "reminders via tray messages" in log
    assert "Traceback" not in log
    # Qt draws its own balloon next to the tray icon: a new visible window of the app
    # (the window is hidden: the only other visible window of the app is the tray icon)
    desk.wait_for(lambda: len(desk.find_windows(pid=app.pid, visible=True))
                  > len(desk.tray_icons()), timeout=10, what="the tray balloon")
    desk.screenshot(tmp_path / "tray-balloon.png")
    # in the night look the balloon is the theme's dark tooltip colour, not Qt's bright
    # yellow (which left the night theme's light text unreadable)
    balloon = [w for w in desk.find_windows(pid=app.pid, visible=True)
               if w not in desk.tray_icons()]
    shot = tmp_path / "balloon.png"
    desk.run(["import", "-window", str(balloon[0]), str(shot)], timeout=30)
    mean = desk.run(["convert", str(shot), "-colorspace", "Gray", "-format", "%[fx:mean]",
                     "info:"]).stdout
    assert float(mean) < 0.3, f"balloon mean brightness {mean}"
    assert states(desk, data)[title] == "notified"
    assert app.poll() is None


# --- the morning check-in reminder ------------------------------------------------------------
def morning_zone() -> str:
    """A fixed-offset zone in which it is 09:xx now (the check-in reminder is 04:00-11:59)."""
    offset = (9 - datetime.now(UTC).hour) % 24
    if offset > 14:
        offset -= 24
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"  # Etc/GMT-9 is UTC+9


def seed_checkin(data: Path, clock: time) -> None:
    """An evening routine (long over by the morning) and the check-in reminder at ``clock``."""
    from rlsdesk.services.preferences import Preferences
    from rlsdesk.store.store import open_store
    from rlsdesk.system.paths import prepare_data_dir

    seed(data, "Evening stretch", time(21, 0))
    store = open_store(prepare_data_dir(data))
    try:
        Preferences(store.settings).set_checkin_reminder(True, clock)
    finally:
        store.close()


def checkin_state(data: Path, night: date) -> str | None:
    conn = sqlite3.connect(f"file:{data / 'rlsdesk.db'}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT state FROM reminder_ledger WHERE night = ? AND step_id = -2",
                           (night.isoformat(),)).fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])


def test_morning_check_in_reminder_shows_once_and_opens_the_diary(
    vdesk: VirtualDesktop, tmp_path: Path
) -> None:
    zone_name = morning_zone()
    zone = ZoneInfo(zone_name)
    data = tmp_path / "data"
    due = next_minute(zone=zone)
    night = due.date() - timedelta(days=1)  # 09:xx belongs to last night (noon to noon)
    title = "Morning check-in"
    seed_checkin(data, due.time())
    app = launch(vdesk, data, zone_name)
    assert with_title(vdesk, title) == []
    assert checkin_state(data, night) == "pending"
    wait = (due - datetime.now(zone)).total_seconds()
    vdesk.wait_for(lambda: with_title(vdesk, title), timeout=wait + 20,
                   what="the check-in reminder at dunst")
    systime.sleep(1.0)
    shown = with_title(vdesk, title)
    assert len(shown) == 1
    note = shown[0]
    assert note.sent_at >= due.timestamp() - 0.05  # never early
    assert note.actions == {"default": "Open", "checkin": "Check in"}
    assert f"night of {night:%a %d %b}" in note.body and "late" not in note.body
    assert note.hints.get("x-rlsdesk-key") == f"checkin@{night.isoformat()}"
    assert checkin_state(data, night) == "notified"
    assert [n.summary for n in vdesk.notifications()] == [title], "evening steps were missed"

    vdesk.invoke_action(note.id, "checkin")  # through dunst's menu, as a person would
    vdesk.wait_for(lambda: main_windows(vdesk, app), timeout=15, what="the window opened")
    vdesk.wait_for(lambda: log_count(data, "check-in opened from the reminder") == 1,
                   timeout=20, what="the check-in opened")
    vdesk.screenshot(tmp_path / "check-in-opened.png")

    app = restart(vdesk, data, app, zone_name)  # shown before: never again
    systime.sleep(3)
    assert len(with_title(vdesk, title)) == 1
    assert checkin_state(data, night) == "notified"
    assert app.poll() is None
