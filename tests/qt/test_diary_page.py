"""The Diary page: quick log, check-in save/edit/delete, history, done marks shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.guidance import template_step
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.ledger_repo import LedgerRepo
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.insight_text import adherence_lines, dose_labels
from rlsdesk.ui.pages.diary_page import DiaryPage

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 8, 30, tzinfo=ZONE)  # morning: last night is the 20th


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


def test_opens_on_last_night_with_an_empty_form(page: DiaryPage) -> None:
    assert page.night_edit.date() == QDate(2026, 11, 20)
    assert not page.severity.is_set() and not page.onset_known.isChecked()
    assert page.sleep.text() == "not given" and not page.delete_button.isEnabled()
    assert page.table.rowCount() == 0


def test_quick_log_with_and_without_severity(qtbot, page: DiaryPage, service) -> None:
    with qtbot.waitSignal(page.changed):
        page.quick_severity.setValue(6)
        qtbot.mouseClick(page.quick_button, Qt.MouseButton.LeftButton)
    assert "08:30, severity 6" in page.quick_status.text()
    assert page.quick_severity.value() == -1, "the optional severity resets"
    page.quick_button.click()
    events = service.quick_logs(date(2026, 11, 20), date(2026, 11, 20))[date(2026, 11, 20)]
    assert [e.severity for e in events] == [6, None]
    assert page.table.rowCount() == 1


def test_check_in_save_edit_delete(qtbot, page: DiaryPage, service) -> None:
    page.severity.setValue(7)
    page.onset_known.setChecked(True)
    page.onset.setTime(QTime(0, 20))
    page.sleep.setValue(5.5)
    page.awakenings.setValue(3)
    page.irls.setValue(24)
    page.note.setPlainText("long drive")
    with qtbot.waitSignal(page.changed):
        page.save_button.click()
    entry = service.entry(date(2026, 11, 20))
    assert entry is not None and entry.severity == 7 and entry.onset.hour == 0
    assert (entry.sleep_hours, entry.awakenings, entry.irls_total) == (5.5, 3, 24)
    assert entry.note == "long drive"
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "00:20"

    page.night_edit.setDate(QDate(2026, 11, 19))  # another night: an empty form
    assert not page.severity.is_set() and page.note.toPlainText() == ""
    page.table.selectRow(0)  # back to the saved night, from the history
    assert page.severity.value() == 7 and page.onset_known.isChecked()

    page.severity.setValue(2)
    page.save_button.click()
    assert service.entry(date(2026, 11, 20)).severity == 2
    page.delete(confirm=False)
    assert service.entry(date(2026, 11, 20)) is None
    assert not page.delete_button.isEnabled()


def test_done_marks_are_shown_not_asked(page: DiaryPage, service) -> None:
    magnesium_id = service.evening.add_step(template_step(  # the person's own, from the label
        "magnesium", service.evening.guidance, title="Magnesium with dinner", dose_mg=200,
        form="citrate"))
    LedgerRepo(service.evening.store.conn).mark_done(
        date(2026, 11, 20), magnesium_id, NOW, NOW)
    page.refresh()
    assert "Magnesium with dinner (200 mg magnesium citrate)" in page.done_label.text()


def test_done_marks_name_the_dose_in_german(german, page: DiaryPage, service) -> None:
    magnesium_id = service.evening.add_step(template_step(
        "magnesium", service.evening.guidance, title="Magnesium zum Abendessen", dose_mg=200,
        form="citrate"))
    LedgerRepo(service.evening.store.conn).mark_done(
        date(2026, 11, 20), magnesium_id, NOW, NOW)
    page.refresh()
    assert "Magnesium zum Abendessen (200 mg Magnesiumcitrat)" in page.done_label.text()
    data = service.insights(date(2026, 11, 1), date(2026, 11, 20))
    lines = adherence_lines(data, dose_labels(service.steps()))
    assert any(line.startswith("Magnesium zum Abendessen (200 mg Magnesiumcitrat): ")
               for line in lines), lines
    assert "citrate" not in "\n".join(lines)
    # the past nights' figures as German writes them
    service.save(NightEntry(date(2026, 11, 20), 4, sleep_hours=6.5))
    page.refresh()
    item = page.table.item(0, 3)
    assert item is not None and item.text() == "6,5"


def test_future_nights_cannot_be_chosen(page: DiaryPage) -> None:
    assert page.night_edit.maximumDate() == QDate(2026, 11, 20)


def test_keyboard_reaches_the_main_controls(page: DiaryPage) -> None:
    for widget in (page.quick_button, page.severity, page.save_button, page.table):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert widget.accessibleName()


def test_severity_is_picked_with_one_click_or_the_arrow_keys(qtbot, page: DiaryPage) -> None:
    from PySide6.QtGui import QAccessible

    scale = page.severity
    qtbot.mouseClick(scale, Qt.MouseButton.LeftButton,
                     pos=scale.square_rect(7).center().toPoint())
    assert scale.value() == 7 and scale.hasFocus()
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 8
    qtbot.keyClick(scale, Qt.Key.Key_Home)
    assert scale.value() == 0
    qtbot.keyClick(scale, Qt.Key.Key_End)
    assert scale.value() == 10
    assert scale.square_rect(10).right() <= scale.width(), "every square is shown"
    assert scale.square_rect(0).height() >= 34, "squares big enough to hit when tired"
    spoken = QAccessible.queryAccessibleInterface(scale)
    assert spoken.role() == QAccessible.Role.Slider and spoken.valueInterface() is not None
    page.save()
    assert page.current_entry().severity == 10


def test_form_labels_sit_on_their_fields_middle(page: DiaryPage) -> None:
    from PySide6.QtWidgets import QLabel

    for field in (page.night_edit, page.sleep, page.awakenings, page.irls):
        label = next(w for w in page.findChildren(QLabel) if w.buddy() is field)
        middle = label.mapTo(page, label.rect().center()).y()
        assert abs(middle - field.mapTo(page, field.rect().center()).y()) <= 2, label.text()
    label = next(w for w in page.findChildren(QLabel) if w.buddy() is page.severity)
    squares = page.severity.mapTo(page, page.severity.square_rect(0).center().toPoint()).y()
    assert abs(label.mapTo(page, label.rect().center()).y() - squares) <= 3


def test_the_page_in_german(qtbot, german, service: DiaryService) -> None:
    from PySide6.QtWidgets import QLabel

    page = DiaryPage(service)  # built with the German catalog installed, as at start-up
    qtbot.addWidget(page)
    page.show()
    assert page.findChild(QLabel, "pageHeading").text() == "Tagebuch"
    assert page.quick_button.text() == "Beine melden sich gerade"
    assert page.check_in_box.title() == "Check-in für die Nacht"
    assert page.save_button.text() == "Check-in speichern"
    assert page.sleep.text() == "keine Angabe"
    assert page.note.placeholderText().startswith("Alles, was Sie sich merken möchten")
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["Nacht", "Bewertung", "Beginn", "Schlaf (Std.)", "Aufgewacht",
                       "Schnelleinträge", "Notizen"]
    assert page.done_label.text().startswith("In dieser Nacht nichts als erledigt markiert")

    page.quick_severity.setValue(6)
    page.quick_log()
    assert page.quick_status.text() == "Notiert: Beine melden sich um 08:30, Stärke 6."
    page.severity.setValue(4)
    page.save()
    assert page.status.text() == "Die Nacht vom Fr. 20 Nov. ist gespeichert."
    assert page.table.item(0, 0).text() == "Fr. 20 Nov. 2026", "days and months in German"


def test_a_check_in_needs_a_rating_chosen(qtbot, page: DiaryPage, service) -> None:
    """Nothing chosen is not "no symptoms": saving asks for the rating, at the field."""
    assert not page.severity.is_set()
    assert not page.severity_note.isVisible(), "no message before anything was tried"
    page.note.setPlainText("bad night")
    page.save_button.click()
    assert service.entry(date(2026, 11, 20)) is None, "nothing saved"
    assert page.severity_note.is_problem()
    assert "Choose how bad the night was" in page.severity_note.text()
    assert page.severity.hasFocus()
    note, scale = page.severity_note.geometry(), page.severity.geometry()
    assert note.top() >= scale.bottom(), "the message sits under the scale, not on it"
    qtbot.keyClick(page.severity, Qt.Key.Key_Right)
    assert page.severity.value() == 0 and not page.severity_note.isVisible()
    page.save_button.click()
    assert service.entry(date(2026, 11, 20)).severity == 0


def test_history_shows_the_nights_own_rating_and_quick_logs_apart(page: DiaryPage,
                                                                 service) -> None:
    page.quick_severity.setValue(6)
    page.quick_log()
    assert page.table.item(0, 1).text() == "no check-in", "a quick log is not the night's rating"
    assert page.table.item(0, 5).text() == "08:30 (6)"
    page.severity.setValue(2)
    page.save()
    assert page.table.item(0, 1).text() == "2" and page.table.item(0, 5).text() == "08:30 (6)"


def test_confirmations_sit_by_their_buttons_and_never_widen_the_page(qtbot, page) -> None:
    from PySide6.QtWidgets import QScrollArea

    page.resize(720, 700)
    scroll = page.findChild(QScrollArea)
    page.quick_severity.setValue(6)
    page.quick_log()
    note = page.quick_status
    assert note.isVisible() and note.fades(), "a calm confirmation that fades"
    assert scroll.horizontalScrollBar().maximum() == 0, "no sideways scrolling"
    below = note.mapTo(page, note.rect().topLeft()).y()
    button = page.quick_button.mapTo(page, page.quick_button.rect().bottomLeft()).y()
    assert 0 <= below - button <= 40, "right under the button"
    assert page.delete_button.mapTo(page, page.delete_button.rect().topRight()).x() <= page.width()
    note._fade.timeout.emit()  # the time to fade has come
    assert not note.isVisible()
    page.severity.setValue(3)
    page.save()
    saved = page.status
    assert saved.isVisible() and not saved.is_problem() and "Saved" in saved.text()
    gap = saved.mapTo(page, saved.rect().topLeft()).y() - page.save_button.mapTo(
        page, page.save_button.rect().bottomLeft()).y()
    assert 0 <= gap <= 40, "right under Save"


def test_the_check_in_is_walked_with_tab_in_visual_order(qtbot, page: DiaryPage) -> None:
    from PySide6.QtWidgets import QApplication

    from rlsdesk.ui import field_manners

    field_manners.install(QApplication.instance())
    page.onset_known.setChecked(True)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.quick_button.setFocus()
    order = [page.quick_button]
    for _ in range(21):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    names = [w.accessibleName() or w.objectName() for w in order]
    assert order[10] is page.for_clinician, names  # the note's mark, beneath it
    del order[10]
    chips = order[10:18]  # one stop per trigger chip, then the menu of own triggers
    assert all(page.triggers.isAncestorOf(w) for w in chips), names
    assert [w.accessibleName() for w in chips[:-1]] == [
        "Trigger: Caffeine after the cut-off", "Trigger: Alcohol", "Trigger: Nicotine",
        "Trigger: Long sit (film, drive, flight)", "Trigger: Short night before",
        "Trigger: Exercise", "Trigger: New or changed medicine"], names
    assert page.sleep_section.isAncestorOf(order[18]), names  # the folded sleep diary
    assert order[:10] + order[19:] == [
        page.quick_button, page.quick_severity, page.night_edit, page.severity,
        page.onset_known, page.onset, page.sleep, page.awakenings, page.irls,
        page.note, page.save_button, page.table], names  # Delete: nothing to delete
