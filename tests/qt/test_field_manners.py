"""Every value field on every page: the wheel scrolls the page instead of changing it; a time
is typed as four digits; a date or time field is one Tab stop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QWidget,
)

from rlsdesk.domain.kinds import StepKind
from rlsdesk.services.evening import load_guidance
from rlsdesk.ui import field_manners
from rlsdesk.ui.field_manners import is_time_field, is_value_field, typed_time
from rlsdesk.ui.first_run import FirstRunDialog
from rlsdesk.ui.step_editor import StepEditor


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    return widget.text()  # every spin box, time and date edit


def _wheel(widget: QWidget, up: bool) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 if up else -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _fields(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if is_value_field(w) and w.isVisibleTo(root)]


def _switch_everything_on(root: QWidget) -> None:
    """Tick the boxes that enable more fields (quiet hours, the onset, the check-in time)."""
    for box in root.findChildren(QCheckBox):
        if box.isVisibleTo(root) and box.isEnabled():
            box.setChecked(True)


def assert_wheel_leaves_fields_alone(root: QWidget, elsewhere: QWidget) -> tuple[int, int]:
    """Wheel every visible value field of ``root`` without focus; returns (fields, pages
    scrolled)."""
    fields = _fields(root)
    scrolled = 0
    for field in fields:
        elsewhere.setFocus()
        assert not field.hasFocus()
        area = _area(field)
        if area is not None:
            area.verticalScrollBar().setValue(0)
        before = _value(field)
        _wheel(field, up=False)
        assert _value(field) == before, f"{field.accessibleName() or field} changed by the wheel"
        if area is not None and area.verticalScrollBar().maximum() > 0:
            assert area.verticalScrollBar().value() > 0, f"{field.accessibleName()}: no scroll"
            scrolled += 1
        _wheel(field, up=True)
        assert _value(field) == before, f"{field.accessibleName() or field} changed by the wheel"
        assert not field.hasFocus(), "the wheel gives no field the focus"
    return len(fields), scrolled


@pytest.fixture
def window_app(make_app, qtbot) -> Iterator:
    app = make_app(tray=False)
    app.window.resize(760, 520)  # small: every long page scrolls
    app.window.show()
    qtbot.waitExposed(app.window)
    yield app


def test_the_wheel_changes_no_field_on_any_page(window_app) -> None:
    window = window_app.window
    nav = window.findChild(QWidget, "sectionList")
    counted: dict[str, tuple[int, int]] = {}
    for key in window.section_keys():
        window.show_section(key)
        page = window.page(key, QWidget)
        QApplication.processEvents()
        _switch_everything_on(page)
        counted[key] = assert_wheel_leaves_fields_alone(page, nav)
    # The pages with forms were walked, and their pages scrolled instead.
    assert counted["settings"][0] >= 10 and counted["settings"][1] >= 10
    assert counted["diary"][0] >= 6 and counted["diary"][1] >= 6


@pytest.mark.parametrize("kind", list(StepKind))
def test_the_wheel_changes_nothing_in_the_step_editor(qtbot, kind: StepKind) -> None:
    field_manners.install(QApplication.instance())
    editor = StepEditor(load_guidance(), kind=kind)
    qtbot.addWidget(editor)
    editor.resize(660, 300)  # short: the form scrolls
    editor.show()
    qtbot.waitExposed(editor)
    fields, _scrolled = assert_wheel_leaves_fields_alone(editor, editor.cancel_button)
    assert fields >= 2


def test_the_wheel_changes_nothing_in_the_first_questions(qtbot) -> None:
    field_manners.install(QApplication.instance())
    dialog = FirstRunDialog(time(22, 30), time(21, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert assert_wheel_leaves_fields_alone(dialog, dialog.save_button)[0] == 2


def test_a_focused_field_still_takes_the_wheel(window_app) -> None:
    window_app.window.show_section("settings")
    page = window_app.settings_page
    page.night_lead.setFocus()
    before = page.night_lead.value()
    _wheel(page.night_lead, up=True)
    assert page.night_lead.value() == before + page.night_lead.singleStep()


# --- typing times --------------------------------------------------------------------------
def _target(field: QDateTimeEdit) -> QTime:
    """23:45, or 08:15 for a field that only takes morning times."""
    late = QTime(23, 45)
    return late if field.minimumTime() <= late <= field.maximumTime() else QTime(8, 15)


def _type_every_time_field(qtbot, root: QWidget) -> int:
    fields = [w for w in root.findChildren(QDateTimeEdit)
              if is_time_field(w) and w.isVisibleTo(root) and w.isEnabled()]
    root.window().activateWindow()
    qtbot.waitUntil(root.window().isActiveWindow)
    for field in fields:
        field.setTime(max(QTime(10, 30), field.minimumTime()))
        target = _target(field)
        qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton,
                         pos=QPoint(field.lineEdit().width() - 4, field.lineEdit().height() // 2))
        assert field.hasFocus()
        qtbot.keyClicks(field, target.toString("HHmm"))
        assert field.time() == target, f"{field.accessibleName()}: {field.text()}"
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # and by Tab, with the hours selected
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert field.hasFocus()
        qtbot.keyClicks(field, "0715" if field.minimumTime() <= QTime(7, 15) else "1105")
        assert field.time().minute() in (15, 5), field.text()
    return len(fields)


def test_every_time_field_takes_four_typed_digits(window_app, qtbot) -> None:
    window = window_app.window
    typed = 0
    for key in ("settings", "diary"):
        window.show_section(key)
        page = window.page(key, QWidget)
        _switch_everything_on(page)
        typed += _type_every_time_field(qtbot, page)
    assert typed == 6  # bedtime, onset, quiet start and end, check-in; the diary's onset


def test_time_fields_of_the_dialogs_take_four_typed_digits(qtbot) -> None:
    field_manners.install(QApplication.instance())
    dialog = FirstRunDialog(time(22, 30), time(21, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _type_every_time_field(qtbot, dialog) == 2
    editor = StepEditor(load_guidance(), kind=StepKind.BATH)
    qtbot.addWidget(editor)
    editor.anchor_combo.setCurrentIndex(editor.anchor_combo.findData("clock"))
    editor.show()
    qtbot.waitExposed(editor)
    assert _type_every_time_field(qtbot, editor) == 1


@pytest.mark.parametrize(("digits", "twelve", "expected"), [
    ("2", False, (2, None, False)),
    ("23", False, (23, None, False)),
    ("234", False, (23, 4, False)),
    ("2345", False, (23, 45, True)),
    ("7", False, (7, None, False)),
    ("715", False, (7, 15, True)),
    ("27", False, (2, 7, True)),       # 27 is no hour: 2, then minutes 7 (they cannot grow)
    ("0715", False, (7, 15, True)),
    ("1", True, (1, None, False)),
    ("12", True, (12, None, False)),
    ("13", True, (1, 3, False)),       # 13 is no hour on a 12-hour clock
    ("945", True, (9, 45, True)),
])
def test_typed_digits_fill_hours_then_minutes(digits, twelve, expected) -> None:
    assert typed_time(digits, False, twelve) == expected


def test_typing_may_start_in_the_minutes() -> None:
    assert typed_time("4", True, False) == (None, 4, False)
    assert typed_time("45", True, False) == (None, 45, True)
