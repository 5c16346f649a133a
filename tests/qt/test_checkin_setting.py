"""The morning check-in reminder in Settings, and its action opening the Diary's check-in."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QTime


def finish(edit, value) -> None:  # type: ignore[no-untyped-def]
    """Set a time as a person does: type it, then Enter or Tab away (that saves it)."""
    edit.setTime(value)
    edit.editingFinished.emit()

def test_off_by_default_and_saved_at_once(make_app) -> None:
    app = make_app()
    page = app.settings_page
    assert not page.checkin_on.isChecked() and not page.checkin_at.isEnabled()
    assert page.checkin_at.time() == QTime(8, 0)
    assert app.prefs.checkin_reminder() is None
    page.checkin_on.setChecked(True)
    assert app.prefs.checkin_reminder() == time(8, 0) and page.checkin_at.isEnabled()
    assert "Morning check-in reminder on: 08:00" in page.reminders_note.text()
    finish(page.checkin_at, QTime(7, 15))
    assert app.prefs.checkin_reminder() == time(7, 15)
    page.checkin_on.setChecked(False)
    assert app.prefs.checkin_reminder() is None
    assert app.prefs.checkin_reminder_time() == time(7, 15), "the time is kept while off"


def test_only_morning_times_can_be_chosen(make_app) -> None:
    app = make_app()
    page = app.settings_page
    assert page.checkin_at.minimumTime() == QTime(4, 0)
    assert page.checkin_at.maximumTime() == QTime(11, 59)
    page.checkin_on.setChecked(True)
    finish(page.checkin_at, QTime(13, 0))  # clamped by the edit, never stored
    assert page.checkin_at.time() <= QTime(11, 59)
    assert app.prefs.checkin_reminder() != time(13, 0)
    assert time(4, 0) <= app.prefs.checkin_reminder() <= time(11, 59)


def test_a_setting_from_the_command_line_shows_when_the_page_loads(make_app) -> None:
    app = make_app()
    app.prefs.set_checkin_reminder(True, time(9, 30))
    page = app.settings_page
    assert page.checkin_on.isChecked() and page.checkin_at.time() == QTime(9, 30)


def test_switching_it_on_plans_the_reminder(make_app, monkeypatch) -> None:
    app = make_app()
    replans: list[bool] = []

    class Reminders:
        def replan(self) -> None:
            replans.append(True)

        def is_paused(self) -> bool:  # the tray icon asks after each change
            return False

    monkeypatch.setattr(app, "reminders", Reminders())
    app.settings_page.checkin_on.setChecked(True)
    assert replans, "the reminder service looks at the new setting"


def test_the_check_in_action_opens_that_nights_check_in(make_app, qtbot) -> None:
    app = make_app()
    app.window.show()
    qtbot.waitExposed(app.window)
    night = app.diary.last_night() - timedelta(days=3)
    app.open_checkin(night)
    assert app.window.current_section() == "diary"
    page = app.diary_page
    assert page.night_edit.date().toPython() == night
    qtbot.waitUntil(lambda: page.severity.hasFocus())
