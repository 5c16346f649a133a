"""The morning check-in: last night's questions prefilled from what was logged in the
evening, answered and saved from the keyboard alone; the sleep-diary questions folded away
until opened, and remembered open. Prints the time a keyboard-driven check-in takes from
opening to saved (a figure, not a test threshold)."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget

from rlsdesk.domain.sleep_diary import SleepTime
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.diary_page import DiaryPage

ZONE = "Europe/Berlin"
NIGHT = date(2026, 11, 20)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(ZONE)
    store = open_store(data_paths)
    evening = Evening(store, lambda: zone, lambda: datetime(2026, 11, 21, 8, 5, tzinfo=zone))
    evening.ensure_routine()
    symptoms = store.symptoms
    symptoms.add(datetime(2026, 11, 20, 22, 10, tzinfo=zone), 4)
    symptoms.add(datetime(2026, 11, 21, 0, 40, tzinfo=zone), 6)
    yield DiaryService(evening)
    store.close()


def _page(qtbot, service: DiaryService) -> DiaryPage:
    page = DiaryPage(service)
    qtbot.addWidget(page)
    page.resize(900, 1000)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _tab_to(qtbot, target: QWidget, limit: int = 30) -> int:
    for presses in range(limit):
        if _focused() is target:
            return presses
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def test_last_nights_questions_are_prefilled_from_the_evening(qtbot, service) -> None:
    page = _page(qtbot, service)
    page.open_check_in(NIGHT)
    assert page.severity.value() == 6  # the worst rating given that night
    assert page.onset_known.isChecked() and page.onset.time() == QTime(22, 10)
    assert "22:10 (4), 00:40 (6)" in page.status.text()
    assert not page.is_edited(), "a prefilled form is not an edit"
    assert service.entry(NIGHT) is None, "nothing is saved until the person says so"


def test_a_check_in_from_the_keyboard_alone(qtbot, service) -> None:
    page = _page(qtbot, service)
    started = clock.perf_counter()
    page.open_check_in(NIGHT)
    assert _focused() is page.severity
    _press(qtbot, Qt.Key.Key_Left)  # a little better than the worst moment: 5
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = service.entry(NIGHT)
    elapsed = clock.perf_counter() - started
    assert saved is not None
    assert (saved.severity, saved.onset) == (5, time(22, 10))
    print(f"\nmorning check-in, keyboard only (open, one arrow key, Ctrl+Enter): "
          f"{elapsed * 1000:.0f} ms from open to saved, 2 key presses")


def test_the_sleep_diary_opens_from_the_keyboard_and_stays_open(qtbot, service) -> None:
    page = _page(qtbot, service)
    section = page.sleep_section
    assert not section.body.isVisibleTo(page), "folded away: the quick check-in stays quick"
    started = clock.perf_counter()
    page.open_check_in(NIGHT)
    presses = _tab_to(qtbot, section.toggle)
    _press(qtbot, Qt.Key.Key_Space)
    assert section.body.isVisibleTo(page) and service.sleep_diary_open()
    for text in ("22:40", "23:00"):
        _press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(_focused(), text)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "20")           # minutes to fall asleep
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(_focused(), "30")           # minutes awake
    for text in ("06:30", "07:00"):
        _press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(_focused(), text)
    _press(qtbot, Qt.Key.Key_Tab)
    for _ in range(4):                           # quality: not given -> good
        _press(qtbot, Qt.Key.Key_Down)
    assert section.figures.text() == ("Total sleep 6 h 40 min, in bed 8 h 20 min, "
                                      "sleep efficiency 80 %")
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    elapsed = clock.perf_counter() - started
    saved = service.entry(NIGHT)
    assert saved is not None
    sleep = saved.sleep
    assert (sleep.into_bed, sleep.out_of_bed) == (SleepTime(time(22, 40)),
                                                  SleepTime(time(7, 0)))
    assert (sleep.minutes_to_sleep, sleep.minutes_awake, sleep.quality) == (20, 30, 4)
    print(f"\nmorning check-in with the sleep diary, keyboard only: {elapsed * 1000:.0f} ms "
          f"from open to saved ({presses} Tab presses to reach the sleep diary)")
    again = _page(qtbot, service)
    assert again.sleep_section.body.isVisibleTo(again), "remembered open"
    assert again.sleep_section.into_bed.text() == "22:40"


def test_a_bad_sleep_answer_is_refused_naming_the_question(qtbot, service) -> None:
    page = _page(qtbot, service)
    page.sleep_section.toggle.setChecked(True)
    page.sleep_section.try_sleep.setText("23:00")
    page.sleep_section.final_wake.setText("22:00")
    page.save()
    assert page.status.text().startswith("Not saved: Final waking: The times must follow")
    assert service.entry(NIGHT) is None
    page.sleep_section.final_wake.setText("7:00")
    page.save()
    assert "Final waking: Enter a time like 21:30." in page.status.text()
