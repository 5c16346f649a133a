"""What the person puts on the clinician report from the window: the check-in's "Show this
note in the clinician report" mark (loaded with the night, saved with the check-in) and the
optional name in Settings (saved when typed, refused with a message when it cannot be one)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate

from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.diary_page import DiaryPage

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 8, 30, tzinfo=ZONE)  # morning: last night is the 20th
NIGHT, EARLIER = date(2026, 11, 20), date(2026, 11, 19)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    yield DiaryService(evening)
    store.close()


@pytest.fixture
def page(qtbot, service: DiaryService) -> DiaryPage:
    widget = DiaryPage(service)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    return widget


def _flagged(service: DiaryService) -> frozenset[date]:
    return service.flagged_nights(date(2026, 11, 1), NIGHT)


def test_the_clinician_mark_round_trips_with_the_check_in(qtbot, page, service) -> None:
    assert page.for_clinician.accessibleName() == "Show this note in the clinician report"
    assert page.for_clinician.isVisible()
    assert not page.for_clinician.isChecked()
    page.severity.setValue(5)
    page.note.setPlainText("legs worse after the long flight")
    page.for_clinician.setChecked(True)
    assert page.is_edited()
    with qtbot.waitSignal(page.changed):
        page.save_button.click()
    assert _flagged(service) == {NIGHT}
    assert not page.is_edited()

    page.night_edit.setDate(QDate(2026, 11, 19))  # a night not marked: the box is clear
    assert not page.for_clinician.isChecked()
    page.night_edit.setDate(QDate(2026, 11, 20))  # back: its mark is shown
    assert page.for_clinician.isChecked() and not page.is_edited()

    page.for_clinician.setChecked(False)  # unmarking is saved with the check-in too
    with qtbot.waitSignal(page.changed):
        page.save_button.click()
    assert _flagged(service) == frozenset()
    assert service.entry(NIGHT).note == "legs worse after the long flight"


def test_a_mark_made_elsewhere_shows_when_the_night_loads(page, service) -> None:
    service.set_for_clinician(EARLIER, True)  # say, rlsdesk log night --for-clinician
    page.night_edit.setDate(QDate(2026, 11, 19))
    assert page.for_clinician.isChecked()


def test_a_check_in_refused_stores_no_mark(page, service) -> None:
    page.note.setPlainText("no rating chosen")
    page.for_clinician.setChecked(True)
    page.save_button.click()  # no severity: nothing saved, the mark neither
    assert service.entry(NIGHT) is None and _flagged(service) == frozenset()


def test_the_name_on_the_report_in_settings(make_app) -> None:
    app = make_app()
    page = app.settings_page
    assert page.report_name.text() == "" and app.prefs.report_name() == ""
    page.report_name.setText("  Anna Beispiel ")
    page.report_name.editingFinished.emit()
    assert app.prefs.report_name() == "Anna Beispiel"
    assert page.report_name.text() == "Anna Beispiel"
    assert "The report shows this name." in page.report_note.text()

    page.report_name.setText("Anna\u202eBeispiel")  # a direction-changing character
    page.report_name.editingFinished.emit()
    assert app.prefs.report_name() == "Anna Beispiel", "nothing saved"
    assert "Nothing was saved." in page.report_note.text()

    assert page.report_name.maxLength() == 80  # a longer name cannot be typed
    page.report_name.setText("")
    page.report_name.editingFinished.emit()
    assert app.prefs.report_name() == ""
    assert "The report shows no name." in page.report_note.text()
