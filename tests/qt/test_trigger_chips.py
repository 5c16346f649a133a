"""The trigger chips: a whole check-in with triggers done with the keyboard alone (timed
from opening the page to saved, printed, no threshold), adding/renaming/hiding own
triggers, a hidden trigger a night has coming back, the tray's "Tonight's triggers", and
the Insights page's comparison and medicine changes."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step, step_to_dict
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.diary_page import DiaryPage
from rlsdesk.ui.pages.insights_page import InsightsPage
from rlsdesk.ui.tray import Tray
from rlsdesk.ui.trigger_menu import TriggerTrayMenu

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 8, 30, tzinfo=ZONE)  # morning: last night is the 20th
LAST = date(2026, 11, 20)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    yield DiaryService(evening)
    store.close()


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _tab_to(qtbot, widget: QWidget, limit: int = 60) -> int:
    """Press Tab until ``widget`` has the focus; how many presses it took."""
    for presses in range(limit):
        if _focus() is widget:
            return presses
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName()!r}")


def test_a_check_in_with_triggers_by_keyboard_alone(qtbot, service: DiaryService) -> None:
    started = clock.perf_counter()
    page = DiaryPage(service)
    qtbot.addWidget(page)
    page.resize(900, 1400)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.severity.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focus() is page.severity)
    for _ in range(7):  # the rating starts unchosen: the first press chooses 0
        qtbot.keyClick(page.severity, Qt.Key.Key_Right)
    presses = _tab_to(qtbot, page.triggers.chips["alcohol"])
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    presses += _tab_to(qtbot, page.triggers.chips["long-sit"])
    qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    presses += _tab_to(qtbot, page.save_button)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(_focus(), Qt.Key.Key_Space)
    elapsed = clock.perf_counter() - started
    print(f"\ncheck-in with two triggers by keyboard, open to saved: {elapsed * 1000:.0f} ms "
          f"({presses} Tab presses)")
    entry = service.entry(LAST)
    assert entry is not None and entry.severity == 6
    assert service.night_triggers(LAST) == {"alcohol", "long-sit"}
    assert not page.is_edited()

    # the form shows them again, and unticking one is an edit until saved
    page.load_night(LAST - timedelta(days=1))
    assert not page.triggers.selected()
    page.load_night(LAST)
    assert page.triggers.selected() == {"alcohol", "long-sit"}
    page.triggers.chips["alcohol"].click()
    assert page.is_edited()


def test_own_triggers_add_rename_hide_and_a_hidden_one_a_night_has(
        qtbot, service: DiaryService) -> None:
    page = DiaryPage(service)
    qtbot.addWidget(page)
    chips = page.triggers
    assert chips.add("Spicy dinner") and "Spicy dinner" in chips.chips
    assert not chips.add("alcohol")
    assert chips.status.isVisibleTo(page) and "already in the list" in chips.status.text()
    assert chips.status.is_problem(), "told as a problem right under the chips"
    chips.chips["Spicy dinner"].click()
    assert chips.rename("Spicy dinner", "Chili")
    assert not chips.status.isVisibleTo(page), "a change that worked clears the problem"
    assert chips.selected() == {"Chili"} and "Chili" in chips.chips
    page.severity.setValue(4)  # a check-in needs the night's rating
    page.save_button.click()
    assert service.night_triggers(LAST) == {"Chili"}
    assert chips.set_hidden("Chili", True) and chips.set_hidden("nicotine", True)
    assert "nicotine" not in chips.chips
    assert "Chili" in chips.chips, "a hidden trigger the night has keeps its chip"
    page.load_night(LAST - timedelta(days=1))
    assert "Chili" not in chips.chips and "nicotine" not in chips.chips
    # Tab still goes from the notes (and their clinician mark) through the chips in their
    # order, then "Your triggers", then on to Save (the chips were built again meanwhile)
    page.resize(900, 1400)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.note.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: _focus() is page.note)
    reached = []
    while _focus() is not page.save_button and len(reached) < 40:
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        reached.append(_focus())
    assert reached[:len(chips.chips) + 2] == [page.for_clinician, *chips.chips.values(),
                                              chips.manage_button]
    assert reached[-1] is page.save_button


def test_the_tray_notes_tonights_triggers(qtbot, service: DiaryService) -> None:
    tray = Tray(QIcon(), QIcon())
    menu = TriggerTrayMenu(tray, lambda: service)
    menu.fill()
    actions = {a.text(): a for a in menu.menu.actions()}
    assert "Alcohol" in actions and "Caffeine after the cut-off" in actions
    with qtbot.waitSignal(menu.changed):
        actions["Alcohol"].trigger()
    tonight = service.evening.tonight()
    assert service.night_triggers(tonight) == {"alcohol"}
    menu.fill()
    assert {a.text() for a in menu.menu.actions() if a.isChecked()} == {"Alcohol"}
    with qtbot.waitSignal(menu.changed):
        next(a for a in menu.menu.actions() if a.text() == "Alcohol").trigger()
    assert service.night_triggers(tonight) == frozenset()


def test_insights_shows_trigger_effects_and_medicine_changes(
        qtbot, service: DiaryService) -> None:
    first = LAST - timedelta(days=59)
    for d in range(60):
        night = first + timedelta(days=d)
        wine = d % 3 == 0
        service.save(NightEntry(night, 3 + (wine and 2) + d % 2), ["alcohol"] if wine
                     else ["exercise"] if d % 2 else ["short-night"])
    changed = datetime(2026, 10, 22, 10, 0, tzinfo=ZONE)
    service.evening.store.routine.add(step_to_dict(Step(
        StepKind.MEDICATION, "Tablet", Anchor.at(time(21, 0)), name="Ropinirole 0.25 mg")),
        at=changed)
    page = InsightsPage(service)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    text = page.trigger_text.text()
    assert "On nights with Alcohol: 2.0 points worse (20 nights with, 40 without)" in text
    lines = text.splitlines()
    assert lines[0].startswith("On nights with Alcohol")
    assert "Nicotine" not in text, "never shown below the minimum nights"
    assert "Tablet added (Ropinirole 0.25 mg)" in page.medicine_text.text()
    assert page.data is not None
    index = (changed.date() - page.data.first).days  # the change's night, read by the chart
    assert "medicine change" in page.severity_chart.describe(index)
    assert "medicine change" in page.onset_chart.describe(index)
