"""The lab panel's forms: add a result (test, value, a unit that fits the test, the date
drawn), and plan a morning blood test with a reminder the evening before (checked by
default), each planned test listed with a way to cancel it.

A result or a problem is told right under the row's button (an InlineNote), a problem
naming the field, and the field gets the focus; nothing is saved then. Every change goes
through :class:`LabsService` and is announced with ``changed`` (the app turns it into its
one "data changed" signal)."""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.labs import PLAN_AHEAD, REMINDER_CLOCK, UNITS, LabTest
from rlsdesk.domain.parsing import EARLIEST_NIGHT
from rlsdesk.formats.labs_csv import format_value
from rlsdesk.services.labs import LabsService
from rlsdesk.text.i18n import fill
from rlsdesk.text.problem_text import problem_text
from rlsdesk.text.timefmt import format_clock, format_date
from rlsdesk.ui.calm import set_muted
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout
from rlsdesk.ui.inline_note import InlineNote

log = logging.getLogger(__name__)

DAY_FORMAT = "ddd d MMM yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@guard_overrides
class _ValueEdit(QLineEdit):
    """The value field: as wide as its example ("like 48 or 12.5") at any text size, so
    the example is read whole, and no wider."""

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        margins = self.textMargins()
        self.setFixedWidth(self.fontMetrics().horizontalAdvance(self.placeholderText())
                           + margins.left() + margins.right() + 20)


def _together(*widgets: QWidget) -> QWidget:
    """Widgets that stay side by side (a label and its field) when a row wraps."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    for widget in widgets:
        row.addWidget(widget)
    return pair


def _date_edit(accessible: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DAY_FORMAT)
    edit.setAccessibleName(accessible)
    return edit


@guard_overrides
class LabEntryForm(QWidget):
    """One row to add a result, and one to plan a blood test."""

    changed = Signal()  # a result was added or a test planned or cancelled

    def __init__(self, labs: LabsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labEntryForm")
        self.labs = labs
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(6)

        add_row = FlowLayout(spacing=8)  # onto more lines when the page is narrow
        add_label = QLabel(self.tr("Add a result:"))
        self.test = QComboBox()
        self.test.setAccessibleName(self.tr("Test"))
        for test, name in ((LabTest.FERRITIN, self.tr("Ferritin")),
                           (LabTest.TSAT, self.tr("Transferrin saturation")),
                           (LabTest.HB, self.tr("Haemoglobin"))):
            self.test.addItem(name, test.value)
        add_label.setBuddy(self.test)
        self.value = _ValueEdit()
        self.value.setAccessibleName(self.tr("Result value"))
        self.value.setPlaceholderText(self.tr("like 48 or 12.5"))
        self.value.returnPressed.connect(self.add_result)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        drawn_label = QLabel(self.tr("drawn"))
        self.drawn = _date_edit(self.tr("Date the blood was drawn"))
        drawn_label.setBuddy(self.drawn)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this lab result"))
        self.add_button.clicked.connect(self.add_result)
        for widget in (_together(add_label, self.test), _together(self.value, self.unit),
                       _together(drawn_label, self.drawn), self.add_button):
            add_row.addWidget(widget)
        column.addLayout(add_row)
        self.add_note = InlineNote(self.tr("Lab entry result"))
        self.add_note.setObjectName("labAddNote")
        column.addWidget(self.add_note)  # right under Add
        self.test.currentIndexChanged.connect(lambda _i: self._fill_units())
        self._fill_units()

        plan_row = FlowLayout(spacing=8)
        plan_label = QLabel(self.tr("Plan a blood test on:"))
        self.planned = _date_edit(self.tr("Date of the planned blood test"))
        plan_label.setBuddy(self.planned)
        self.remind = QCheckBox(fill(self.tr("Remind me the evening before (%1)"),
                                     format_clock(REMINDER_CLOCK)))
        self.remind.setChecked(True)
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setAccessibleName(self.tr("Plan this blood test"))
        self.plan_button.clicked.connect(self.plan_test)
        for planning in (_together(plan_label, self.planned), self.remind, self.plan_button):
            plan_row.addWidget(planning)
        column.addLayout(plan_row)
        self.plan_note = InlineNote(self.tr("Blood test planning result"))
        self.plan_note.setObjectName("labPlanNote")
        column.addWidget(self.plan_note)  # right under Plan (and above each Cancel test)

        for edit in (self.drawn, self.planned):
            edit.dateChanged.connect(lambda _d, e=edit: e.setProperty("touched", True))

        self.plans_box = QVBoxLayout()
        self.plans_box.setSpacing(2)
        column.addLayout(self.plans_box)
        self.plan_rows: list[QWidget] = []
        self.refresh()

    # --- showing ------------------------------------------------------------------------
    def _fill_units(self) -> None:
        test = LabTest(self.test.currentData())
        self.unit.clear()
        for unit in UNITS[test]:
            self.unit.addItem(unit, unit)

    def refresh(self) -> None:
        """Follow today's date and the stored plans."""
        today = self.labs.today()
        for edit, first, last, default in (
                (self.drawn, EARLIEST_NIGHT, today, today),
                (self.planned, today, today + PLAN_AHEAD, today + timedelta(days=7))):
            edit.blockSignals(True)  # the person's own choice is kept, not ours
            edit.setDateRange(_qdate(first), _qdate(last))
            if not edit.property("touched"):
                edit.setDate(_qdate(default))
            edit.blockSignals(False)
        for row in self.plan_rows:
            row.setParent(None)
            row.deleteLater()
        self.plan_rows = []
        for plan in self.labs.plans(upcoming=True):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            day = format_date(plan.planned, DAY_FORMAT)
            if plan.remind:
                text = fill(self.tr("Blood test planned for %1 (reminder the evening before "
                                    "at %2)"), day, format_clock(REMINDER_CLOCK))
            else:
                text = fill(self.tr("Blood test planned for %1 (no reminder)"), day)
            label = QLabel(text)
            label.setWordWrap(True)  # more lines, never a wider page
            set_muted(label)
            cancel = QPushButton(self.tr("Cancel test"))
            cancel.setAccessibleName(fill(self.tr("Cancel the blood test on %1"), day))
            cancel.clicked.connect(lambda _=False, d=plan.planned: self.cancel_test(d))
            line.addWidget(label, 1)
            line.addWidget(cancel, 0, Qt.AlignmentFlag.AlignTop)
            self.plans_box.addWidget(row)
            self.plan_rows.append(row)

    def _problem(self, note: InlineNote, text: str, field: QWidget) -> None:
        note.problem(text)
        field.setFocus()

    # --- doing --------------------------------------------------------------------------
    def add_result(self) -> None:
        test = str(self.test.currentData())
        if not self.value.text().strip():
            self._problem(self.add_note, self.tr("Result value: please enter the number "
                                                 "from the lab report."), self.value)
            return
        try:
            result = self.labs.log(test, self.value.text(), str(self.unit.currentData()),
                                   _pydate(self.drawn.date()))
        except ValidationError as exc:
            field = {"value": self.value, "unit": self.unit, "date": self.drawn}.get(
                exc.field, self.test)
            name = {"value": self.tr("Result value"), "unit": self.tr("Unit"),
                    "date": self.tr("Date drawn")}.get(exc.field, self.tr("Test"))
            self._problem(self.add_note, fill(self.tr("%1: %2 Nothing was saved."), name,
                                              problem_text(exc)), field)
            return
        self.value.clear()
        self.add_note.confirm(fill(self.tr("Added %1 %2 %3, drawn %4."), self.test.currentText(),
                        format_value(result.value), result.unit,
                        format_date(result.drawn, DAY_FORMAT)))
        log.info("lab result added from the window")
        self.changed.emit()

    def plan_test(self) -> None:
        try:
            planned = self.labs.plan_test(_pydate(self.planned.date()),
                                          remind=self.remind.isChecked())
        except ValidationError as exc:
            self._problem(self.plan_note, fill(self.tr("%1: %2 Nothing was saved."),
                                               self.tr("Date of the blood test"),
                                               problem_text(exc)), self.planned)
            return
        day = format_date(planned, DAY_FORMAT)
        told = (self.tr("Blood test planned for %1; a reminder comes the evening before.")
                if self.remind.isChecked() else self.tr("Blood test planned for %1."))
        self.plan_note.confirm(fill(told, day))
        self.refresh()
        self.changed.emit()

    def cancel_test(self, planned: date) -> None:
        if self.labs.unplan_test(planned):
            self.plan_note.confirm(fill(self.tr("The blood test on %1 is cancelled; no "
                                                "reminder will come for it."),
                                        format_date(planned, DAY_FORMAT)))
        self.refresh()
        self.changed.emit()
