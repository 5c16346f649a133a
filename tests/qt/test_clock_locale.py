"""Clock times on screen in the locale's 12 or 24 hour form: the Diary page (quick-log note,
history, the onset box), the app's quick-log note (status bar and tray), and the reminders
(a notification's body, the tray's "Next:" entry, a long sit's end). Each test runs on a US
desktop ("9:30 PM") and a British one ("21:30"); stored and exported values stay 24-hour."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QIcon

from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.text.timefmt import format_clock, uses_12_hour_clock
from rlsdesk.ui.pages.diary_page import DiaryPage
from rlsdesk.ui.tray import Tray
from rlsdesk.ui.tray_menu import ReminderTrayMenu
from tests.unit.reminders.test_service import World

BERLIN = ZoneInfo("Europe/Berlin")
EVENING = datetime(2026, 11, 20, 21, 30, tzinfo=BERLIN)

#: The locale, and how it writes a few clock times.
CLOCKS = {
    "en_US": {"21:30": "9:30 PM", "21:40": "9:40 PM", "23:55": "11:55 PM", "00:20": "12:20 AM"},
    "en_GB": {"21:30": "21:30", "21:40": "21:40", "23:55": "23:55", "00:20": "00:20"},
}


@pytest.fixture(params=sorted(CLOCKS, reverse=True))
def clock(request: pytest.FixtureRequest, qapp) -> Iterator[dict[str, str]]:
    """The locale's clock times; the locale is the default for the test, then restored."""
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield CLOCKS[request.param]
    QLocale.setDefault(previous)


def test_timefmt_follows_the_locale(clock: dict[str, str]) -> None:
    assert uses_12_hour_clock() == (clock["21:30"] == "9:30 PM")
    assert format_clock(time(21, 30)) == clock["21:30"]
    assert format_clock(EVENING) == clock["21:30"]
    assert format_clock(time(0, 20)) == clock["00:20"]


@pytest.fixture
def diary(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: BERLIN, lambda: EVENING)
    evening.ensure_routine()
    yield DiaryService(evening)
    store.close()


def test_diary_page_quick_log_history_and_onset_box(qtbot, clock, diary) -> None:
    page = DiaryPage(diary)
    qtbot.addWidget(page)
    page.show()
    assert page.onset.text() == clock["21:30"], "the onset box writes times as the locale does"

    page.quick_severity.setValue(6)
    page.quick_log()
    assert page.quick_status.text() == f"Noted: legs acting up at {clock['21:30']}, severity 6."
    page.quick_log()
    assert page.quick_status.text() == f"Noted: legs acting up at {clock['21:30']}."
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == clock["21:30"], "the quick log's time, in the history"

    assert page.night_edit.date() == QDate(2026, 11, 19), "the form holds last night"
    page.onset_known.setChecked(True)
    page.onset.setTime(QTime(0, 20))
    assert page.onset.text() == clock["00:20"]
    page.severity.setValue(3)  # a check-in needs the night's rating
    page.save()
    assert [page.table.item(row, 2).text() for row in range(2)] == [clock["21:30"],
                                                                   clock["00:20"]]
    stored = diary.entry(date(2026, 11, 19))
    assert stored is not None and stored.onset == time(0, 20), "stored as a time, as before"


def test_the_apps_quick_log_note(make_app, clock, monkeypatch) -> None:
    app = make_app(tray=True)
    monkeypatch.setattr(app, "zone", BERLIN)
    monkeypatch.setattr(app.evening, "_clock", lambda: EVENING)
    told: list[str] = []
    monkeypatch.setattr(app.tray, "say", lambda _title, text, _ms: told.append(text))
    app.quick_log()
    expected = f"Noted: legs acting up at {clock['21:30']}."
    assert told == [expected], "the tray's note"


def test_reminders_next_step_and_long_sit(clock, data_paths: DataPaths) -> None:
    world = World(data_paths, datetime(2026, 11, 20, 21, 0, tzinfo=BERLIN))
    try:
        service, notifier = world.start(("Stretch", "21:30"))
        assert service.next_step_text() == f"Stretch at {clock['21:30']}"
        tray = Tray(QIcon(), QIcon())
        menu = ReminderTrayMenu(tray, service)
        assert tray.next_action.text() == f"Next: Stretch at {clock['21:30']}"

        world.set("2026-11-20T21:30:00.200")
        service.reconcile()
        [shown] = notifier.shown
        assert shown.body.splitlines()[0] == clock["21:30"], shown.body

        step = world.step_id(service, "Stretch")
        service.snooze(step, 10)
        assert service.next_step_text() == f"Stretch at {clock['21:40']} (snoozed)"
        world.set("2026-11-20T21:55")  # away at the snooze's end: shown late
        service.reconcile()
        late = notifier.shown[-1]
        assert late.late and late.body.splitlines()[:2] == [
            clock["21:30"], f"late: was due {clock['21:40']}"], late.body

        service.start_long_sit(2, 30)
        assert menu.sit_menu.title() == f"Long sit (until {clock['23:55']})..."
        world.set("2026-11-20T22:25:00.200")
        service.reconcile()
        assert notifier.shown[-1].body.endswith(f"until {clock['23:55']}.")
    finally:
        for started in world.services:
            started.stop()
        for store in world.stores:
            store.close()
