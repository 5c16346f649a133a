"""Tray balloons: a click on a reminder's balloon opens it; a click on one of the app's own
balloons (quick log noted, still running) does not open the last reminder."""

from __future__ import annotations

from rlsdesk.notify.base import ACTION_OPEN, Reminder
from rlsdesk.notify.tray import TrayNotifier


def test_a_click_on_the_apps_own_balloon_opens_no_reminder(make_app, qtbot) -> None:
    app = make_app(tray=True)
    app.store.settings.set_many({"first_run_done": True, "reminder_style": "tray"})
    app.start(start_hidden=True)
    qtbot.waitUntil(lambda: app.reminders is not None, timeout=3000)
    notifier = app.reminders.notifier
    assert isinstance(notifier, TrayNotifier)
    clicked: list[tuple[str, str]] = []
    notifier.on_action(lambda key, action: clicked.append((key, action)))

    notifier.show(Reminder("7@2026-11-21", "Leg stretches", "10 minutes"))
    app.tray.icon.messageClicked.emit()
    assert clicked == [("7@2026-11-21", ACTION_OPEN)]

    app.quick_log()  # "Noted: legs acting up at …" replaces the reminder's balloon
    app.tray.icon.messageClicked.emit()
    assert clicked == [("7@2026-11-21", ACTION_OPEN)]
