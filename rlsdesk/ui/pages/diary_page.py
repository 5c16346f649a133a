"""The Diary page: a big quick-log button, the nightly check-in, and past nights to edit.

Steps done (medications, supplements, the rest of the routine) come from the routine's
done marks, so the check-in never asks for them again; it shows them. At the bottom, the
diary's files (CSV export and import, the routine as a calendar: ui/diary_files.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.diary import MAX_NOTE, NightEntry, NightRecord, QuickLog
from rlsdesk.domain.errors import ValidationError
from rlsdesk.services.diary import DiaryService
from rlsdesk.text.dose_text import dose_text
from rlsdesk.text.i18n import fill
from rlsdesk.text.problem_text import problem_text
from rlsdesk.text.timefmt import clock_display_format, format_clock, format_date, format_number
from rlsdesk.ui.calm import scrolling_body
from rlsdesk.ui.columns import ColumnFitter
from rlsdesk.ui.diary_files import DiaryFiles
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout, wrapping_check
from rlsdesk.ui.inline_note import InlineNote
from rlsdesk.ui.left_out import left_out_text
from rlsdesk.ui.severity_scale import UNSET, SeverityScale
from rlsdesk.ui.sleep_diary_form import SleepDiarySection
from rlsdesk.ui.trigger_chips import TriggerChips

HISTORY_NIGHTS = 90


@guard_overrides
class _FieldLabel(QLabel):
    """A form label as tall as its field's row, its words on the field's middle (the fields
    are taller than a line of text, and QFormLayout would put the label near the top)."""

    def __init__(self, text: str, buddy: QWidget,
                 height: Callable[[], int] | None = None) -> None:
        super().__init__(text)
        self.setBuddy(buddy)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._height = height or (lambda: buddy.sizeHint().height())
        buddy.installEventFilter(self)  # a row taller than the middle (words under a
        # field) would stretch the label: it keeps to the middle's height

    def _tall(self) -> int:
        return max(super().sizeHint().height(), self._height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._tall())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._tall())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.maximumHeight() != self._tall():
            self.setMaximumHeight(self._tall())
        return False


class _Hours(QDoubleSpinBox):
    """Hours in quarters, written without needless zeros: 6, 6.5, 6.25."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@guard_overrides
class DiaryPage(QWidget):
    changed = Signal()  # something was logged, edited or deleted

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("diaryPage")
        layout = QVBoxLayout(scrolling_body(self))
        # narrow sides: the severity squares (a fixed touch size) fit the smallest window
        layout.setContentsMargins(16, 24, 16, 24)
        layout.setSpacing(16)

        heading = QLabel(self.tr("Diary"))
        heading.setObjectName("pageHeading")
        heading.setAccessibleName(self.tr("Diary"))
        layout.addWidget(heading)
        layout.addWidget(self._build_quick_log())
        self.check_in_box = self._build_check_in()
        layout.addWidget(self.check_in_box)
        layout.addWidget(self._build_history(), 1)
        self.files = DiaryFiles(service)
        self.files.imported.connect(self._after_import)
        layout.addWidget(self.files)
        self._loaded_night: date | None = None
        self._loaded_entry: NightEntry | None = None  # the night's check-in as last read
        self._form_as_loaded: tuple[object, ...] = ()
        self.load_night(self.service.last_night())

    # --- building -------------------------------------------------------------------------
    def _build_quick_log(self) -> QGroupBox:
        box = QGroupBox(self.tr("Right now"))
        outer = QVBoxLayout(box)
        row = FlowLayout()  # a second line when the page is narrow
        outer.addLayout(row)
        self.quick_button = QPushButton(self.tr("Legs acting up now"))
        self.quick_button.setObjectName("quickLogButton")
        self.quick_button.setMinimumHeight(56)
        self.quick_button.setAccessibleName(self.tr("Legs acting up now"))
        self.quick_button.setAccessibleDescription(self.tr(
            "Notes the time your symptoms are bothering you; rlsdesk learns your evening "
            "from these moments"
        ))
        font = self.quick_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.quick_button.setFont(font)
        self.quick_button.clicked.connect(self.quick_log)
        self.quick_severity = QSpinBox()
        self.quick_severity.setRange(-1, 10)
        self.quick_severity.setValue(-1)
        self.quick_severity.setSpecialValueText(self.tr("not given"))
        self.quick_severity.setAccessibleName(self.tr("How bad, 0 to 10 (optional)"))
        self.quick_severity.setMinimumHeight(40)
        label = QLabel(self.tr("How bad (0-10, optional):"))
        label.setBuddy(self.quick_severity)
        self.quick_status = InlineNote(self.tr("Quick log result"))
        how_bad = QWidget()  # the question and its answer wrap together
        how_bad_row = QHBoxLayout(how_bad)
        how_bad_row.setContentsMargins(0, 0, 0, 0)
        how_bad_row.addWidget(label)
        how_bad_row.addWidget(self.quick_severity)
        row.addWidget(self.quick_button)
        row.addSpacing(6)
        row.addWidget(how_bad)
        outer.addWidget(self.quick_status)  # under the button, wrapping, never wider
        return box

    def _build_check_in(self) -> QGroupBox:
        box = QGroupBox(self.tr("Night check-in"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        form.setVerticalSpacing(10)
        self.night_edit = QDateEdit()
        self.night_edit.setCalendarPopup(True)
        self.night_edit.setDisplayFormat("ddd d MMM yyyy")
        self.night_edit.setAccessibleName(self.tr("Night of (the evening's date)"))
        self.night_edit.dateChanged.connect(lambda d: self.load_night(_pydate(d)))
        form.addRow(_FieldLabel(self.tr("Night of:"), self.night_edit), self.night_edit)

        self.severity = SeverityScale()
        self.severity.setAccessibleName(self.tr("How bad was the night, 0 none to 10 worst"))
        self.severity_note = InlineNote(self.tr("Problem with how bad the night was"))
        self.severity.valueChanged.connect(
            lambda _v: self.severity_note.clear_note() if self.severity.is_set() else None)
        severity_host = QWidget()
        severity_box = QVBoxLayout(severity_host)
        severity_box.setContentsMargins(0, 0, 0, 0)
        severity_box.setSpacing(2)
        severity_box.addWidget(self.severity)
        severity_box.addWidget(self.severity_note)
        form.addRow(_FieldLabel(self.tr("How bad was the night:"), self.severity,
                                self.severity.squares_height), severity_host)

        onset_row = FlowLayout(spacing=8)
        self.onset_known = QCheckBox(self.tr("Symptoms started at"))
        self.onset_known.setAccessibleName(self.tr("I know when symptoms started"))
        self.onset = QTimeEdit()
        self.onset.setDisplayFormat(clock_display_format())
        self.onset.setAccessibleName(self.tr("When symptoms started"))
        self.onset.setTime(QTime(21, 30))
        self.onset.setEnabled(False)
        self.onset_known.toggled.connect(self.onset.setEnabled)
        onset_row.addWidget(self.onset_known)
        onset_row.addWidget(self.onset)
        self.onset_note = InlineNote(self.tr("Problem with when symptoms started"))
        self.onset.timeChanged.connect(lambda _t: self.onset_note.clear_note())
        self.onset_known.toggled.connect(lambda _on: self.onset_note.clear_note())
        onset_column = QVBoxLayout()
        onset_column.setSpacing(2)
        onset_column.addLayout(onset_row)
        onset_column.addWidget(self.onset_note)
        form.addRow(_FieldLabel(self.tr("Onset:"), self.onset_known, lambda: max(
            self.onset_known.sizeHint().height(), self.onset.sizeHint().height())), onset_column)

        self.sleep = _Hours()
        self.sleep.setRange(-0.25, 24.0)
        self.sleep.setSingleStep(0.25)
        self.sleep.setDecimals(2)
        self.sleep.setSpecialValueText(self.tr("not given"))
        self.sleep.setAccessibleName(self.tr("Hours slept (optional)"))
        form.addRow(_FieldLabel(self.tr("Hours slept:"), self.sleep), self.sleep)

        self.awakenings = QSpinBox()
        self.awakenings.setRange(-1, 50)
        self.awakenings.setSpecialValueText(self.tr("not given"))
        self.awakenings.setAccessibleName(self.tr("Times woken (optional)"))
        form.addRow(_FieldLabel(self.tr("Times woken:"), self.awakenings), self.awakenings)

        self.irls = QSpinBox()
        self.irls.setRange(-1, 40)
        self.irls.setSpecialValueText(self.tr("not given"))
        self.irls.setAccessibleName(self.tr("IRLS total from your clinician (optional)"))
        self.irls.setToolTip(self.tr("Only if your clinician gave you an IRLS total (0-40)."))
        form.addRow(_FieldLabel(self.tr("IRLS total (from clinician):"), self.irls), self.irls)

        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Notes"))
        self.note.setPlaceholderText(
            self.tr("Anything you want to remember: a long drive, a late coffee…"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Notes:"), self.note)
        self.for_clinician = QCheckBox(self.tr("Show this note in the clinician report"))
        self.for_clinician.setToolTip(self.tr(
            "The report shows the notes of the last two weeks, and older ones marked here."))
        form.addRow("", wrapping_check(self.for_clinician))

        self.triggers = TriggerChips(self.service)
        self.triggers.setAccessibleName(self.tr("What else happened that night"))
        form.addRow(self.tr("What else happened:"), self.triggers)
        self.sleep_section = SleepDiarySection(self.service,
                                               lambda: _pydate(self.night_edit.date()))
        form.addRow(self.sleep_section)

        self.done_label = QLabel("")
        self.done_label.setObjectName("doneMarks")
        self.done_label.setWordWrap(True)
        self.done_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.done_label.setAccessibleName(self.tr("Steps marked done that night"))
        form.addRow(self.tr("From your routine:"), self.done_label)

        buttons = FlowLayout()
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setMinimumHeight(40)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete this night's check-in"))
        self.delete_button.setAccessibleName(self.tr("Delete this night's check-in"))
        self.delete_button.setMinimumHeight(40)
        self.delete_button.clicked.connect(lambda: self.delete())
        self.status = InlineNote(self.tr("Check-in result"))
        buttons.addWidget(self.save_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        form.addRow(self.status)  # right under Save and Delete, wrapping
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # save from any field, one hand
            shortcut = QShortcut(QKeySequence(keys), box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        return box

    def _build_history(self) -> QGroupBox:
        box = QGroupBox(fill(self.tr("Past nights (the last %1)"), HISTORY_NIGHTS))
        layout = QVBoxLayout(box)
        self.table = QTableWidget(0, 7)
        slept = self.tr("Slept (h)")
        self.table.setHorizontalHeaderLabels([
            self.tr("Night"), self.tr("Rating"), self.tr("Onset"), slept, self.tr("Woken"),
            self.tr("Quick logs"), self.tr("Notes"),
        ])
        rating = self.table.horizontalHeaderItem(1)
        if rating is not None:
            rating.setToolTip(self.tr("Your check-in's rating of the whole night, 0-10"))
        quick = self.table.horizontalHeaderItem(5)
        if quick is not None:
            quick.setToolTip(self.tr(
                "Each “legs acting up now” moment, with how bad it was if you said"))
        self.table.setAccessibleName(self.tr("Past nights"))
        self.table.setAccessibleDescription(self.tr("Choose a night to edit its check-in above"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(slept) + 28)
        # the columns share the table's width; long cells end in "…", whole in their tooltip
        self._columns = ColumnFitter(self.table, stretch=6)
        self.table.setMinimumHeight(220)
        self.table.itemSelectionChanged.connect(self._history_chosen)
        layout.addWidget(self.table)
        self.left_out_note = QLabel("")
        self.left_out_note.setObjectName("leftOutNote")
        self.left_out_note.setWordWrap(True)
        self.left_out_note.hide()
        layout.addWidget(self.left_out_note)
        return box

    # --- behaviour ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_data()

    def refresh(self) -> None:
        """Read everything again; the check-in form shows the stored values."""
        tonight = self.service.evening.tonight()
        self.night_edit.setMaximumDate(_qdate(tonight))
        if self._loaded_night is not None:
            self.load_night(self._loaded_night)
        self._fill_history(tonight)

    def follow_data(self) -> None:
        """The data changed (here or in another process). A form with no edits shows the
        stored night; a form being edited is kept, and says the night changed underneath."""
        tonight = self.service.evening.tonight()
        self.night_edit.setMaximumDate(_qdate(tonight))
        night = self._loaded_night
        if night is not None:
            stored = self.service.entry(night)
            if stored == self._loaded_entry:
                self._show_done(night)
                if not self.is_edited():  # triggers noted elsewhere (the tray)
                    self.triggers.set_selected(self.service.night_triggers(night))
                    self.for_clinician.setChecked(self._flagged(night))
                    self._form_as_loaded = self._form_values()
            elif self.is_edited():
                self.status.inform(self.changed_elsewhere_text(stored) + " " + self.tr(
                    "Saving asks before replacing them with yours."))
            else:
                self.load_night(night)
        self._fill_history(tonight)

    def is_edited(self) -> bool:
        """True if the check-in form differs from the night as it was loaded."""
        return self._form_values() != self._form_as_loaded

    def _form_values(self) -> tuple[object, ...]:
        return (self.severity.value(), self.onset_known.isChecked(),
                self.onset.time().toString("HH:mm"), self.sleep.value(),
                self.awakenings.value(), self.irls.value(), self.note.toPlainText(),
                self.for_clinician.isChecked(), *self.sleep_section.form_values(),
                self.triggers.selected())

    def changed_elsewhere_text(self, stored: NightEntry | None) -> str:
        if stored is None:
            return self.tr("This night was changed elsewhere: its check-in was deleted.")
        return fill(self.tr("This night was changed elsewhere: the saved values are %1."),
                    self.entry_text(stored))

    def entry_text(self, entry: NightEntry) -> str:
        """A check-in in a few words: "severity 5, symptoms from 22:10, slept 6.5 h"."""
        parts = [fill(self.tr("severity %1"), entry.severity)]
        if entry.onset is not None:
            parts.append(fill(self.tr("symptoms from %1"), format_clock(entry.onset)))
        if entry.sleep_hours is not None:
            parts.append(fill(self.tr("slept %1 h"), format_number(entry.sleep_hours)))
        if entry.awakenings is not None:
            parts.append(fill(self.tr("woken %1 times"), entry.awakenings))
        if entry.irls_total is not None:
            parts.append(fill(self.tr("IRLS total %1"), entry.irls_total))
        if entry.note:
            parts.append(fill(self.tr("note “%1”"), entry.note))
        return ", ".join(parts)

    def ask_replace(self, stored: NightEntry | None) -> bool:
        """Asked before a save would write over a check-in changed elsewhere."""
        return QMessageBox.question(
            self, self.tr("Replace the changed check-in?"),
            self.changed_elsewhere_text(stored) + "\n\n"
            + self.tr("Replace them with the values in this form?"),
        ) == QMessageBox.StandardButton.Yes

    def open_check_in(self, night: date) -> None:
        """Show ``night``'s check-in with its first question focused (from the morning
        check-in reminder)."""
        self.load_night(min(night, self.service.evening.tonight()))
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(self.check_in_box)
        self.severity.setFocus(Qt.FocusReason.OtherFocusReason)

    def _after_import(self) -> None:
        self.refresh()
        self.changed.emit()

    def quick_log(self) -> None:
        severity = self.quick_severity.value()
        at = format_clock(self.service.log_now(None if severity < 0 else severity))
        self.quick_status.confirm(
            fill(self.tr("Noted: legs acting up at %1, severity %2."), at, severity)
            if severity >= 0 else fill(self.tr("Noted: legs acting up at %1."), at)
        )
        self.quick_severity.setValue(-1)
        self._fill_history(self.service.evening.tonight())
        self.changed.emit()

    def load_night(self, night: date) -> None:
        self._loaded_night = night
        if _pydate(self.night_edit.date()) != night:
            self.night_edit.blockSignals(True)
            self.night_edit.setDate(_qdate(night))
            self.night_edit.blockSignals(False)
        entry = self.service.entry(night)
        self.severity.setValue(entry.severity if entry else UNSET)
        self.severity_note.clear_note()
        self.onset_note.clear_note()
        self.onset_known.setChecked(bool(entry and entry.onset))
        if entry and entry.onset:
            self.onset.setTime(QTime(entry.onset.hour, entry.onset.minute))
        self.sleep.setValue(entry.sleep_hours if entry and entry.sleep_hours is not None
                            else self.sleep.minimum())
        self.awakenings.setValue(entry.awakenings if entry and entry.awakenings is not None
                                 else -1)
        self.irls.setValue(entry.irls_total if entry and entry.irls_total is not None else -1)
        self.note.setPlainText(entry.note if entry else "")
        self.for_clinician.setChecked(self._flagged(night))
        self.sleep_section.load(entry.sleep if entry else None)
        self.triggers.set_selected(self.service.night_triggers(night))
        self.delete_button.setEnabled(entry is not None)
        if entry:
            self.status.inform(self.tr("Editing the saved check-in."))
        else:
            self.status.clear_note()
            self._prefill(night)
        self._loaded_entry = entry
        self._form_as_loaded = self._form_values()
        self._show_done(night)

    def _flagged(self, night: date) -> bool:
        return night in self.service.flagged_nights(night, night)

    def _prefill(self, night: date) -> None:
        """A night without a check-in starts from what was logged that evening and night."""
        found = self.service.prefill(night)
        if found.severity is not None:
            self.severity.setValue(found.severity)
        if found.onset is not None:
            self.onset_known.setChecked(True)
            self.onset.setTime(QTime(found.onset.hour, found.onset.minute))
        if found.quick_logs:
            moments = ", ".join(
                format_clock(q.clock) + ("" if q.severity is None else f" ({q.severity})")
                for q in found.quick_logs)
            self.status.inform(fill(self.tr(
                "Filled in from that night's quick logs (%1): check and save."), moments))

    def _show_done(self, night: date) -> None:
        records = self.service.records(night, night)
        done = records[0].done if records else frozenset()
        names = [s.title + (f" ({label})" if (label := dose_text(s)) else "")
                 for s in self.service.steps() if s.id in done]
        self.done_label.setText(
            fill(self.tr("Marked done: %1"), "; ".join(names)) if names
            else self.tr("Nothing marked done that night (marks come from Tonight and reminders).")
        )

    def current_entry(self) -> NightEntry:
        """The form as a check-in (raises ValidationError with the field on bad input)."""
        qtime = self.onset.time()
        return NightEntry(
            night=_pydate(self.night_edit.date()),
            severity=self.severity.value(),
            onset=time(qtime.hour(), qtime.minute()) if self.onset_known.isChecked() else None,
            sleep_hours=self.sleep.value() if self.sleep.value() >= 0 else None,
            awakenings=self.awakenings.value() if self.awakenings.value() >= 0 else None,
            irls_total=self.irls.value() if self.irls.value() >= 0 else None,
            note=self.note.toPlainText()[:MAX_NOTE],
            sleep=self.sleep_section.diary(),
        )

    def save(self) -> None:
        if not self.severity.is_set():
            self.severity_note.problem(self.tr(
                "Choose how bad the night was (0 means no symptoms at all); nothing was "
                "saved."))
            self.status.clear_note()
            self.severity.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            entry = self.current_entry()
            stored = self.service.entry(entry.night)
            if stored not in (self._loaded_entry, entry) and not self.ask_replace(stored):
                self.load_night(entry.night)
                self.status.inform(self.tr("Not saved: the form now shows the saved values."))
                return
            # refuses an onset the clocks skip that night; the triggers are saved with it
            self.service.save(entry, sorted(self.triggers.selected()),
                              for_clinician=self.for_clinician.isChecked())
        except ValidationError as exc:
            message = fill(self.tr("Not saved: %1"),
                           self.sleep_section.explain(exc) or problem_text(exc))
            if exc.field.startswith("onset"):
                self.onset_note.problem(message)
            elif exc.field.startswith("severity"):
                self.severity_note.problem(message)
            else:
                self.status.problem(message)
            return
        self._loaded_entry = entry
        self._form_as_loaded = self._form_values()
        self.status.confirm(
            fill(self.tr("Saved the night of %1."), format_date(entry.night, "ddd dd MMM")))
        self.delete_button.setEnabled(True)
        self._fill_history(self.service.evening.tonight())
        self.changed.emit()

    def delete(self, *, confirm: bool = True) -> None:
        night = _pydate(self.night_edit.date())
        if confirm and QMessageBox.question(
            self, self.tr("Delete check-in"),
            fill(self.tr("Delete the check-in for the night of %1? Quick logs and done marks "
                         "stay."), format_date(night, "ddd dd MMM yyyy")),
        ) != QMessageBox.StandardButton.Yes:
            return
        stored = self.service.entry(night)
        if stored is not None and stored != self._loaded_entry and not self.ask_replace(stored):
            self.load_night(night)
            return
        self.service.delete(night)
        self.load_night(night)
        self.status.confirm(fill(self.tr("Deleted the check-in for the night of %1."),
                                 format_date(night, "ddd dd MMM")))
        self._fill_history(self.service.evening.tonight())
        self.changed.emit()

    def _fill_history(self, tonight: date) -> None:
        first = tonight - timedelta(days=HISTORY_NIGHTS - 1)
        with self.service.unreadable_tally() as left_out:
            records = [r for r in self.service.records(first, tonight)
                       if r.entry is not None or r.onsets]
            quick = self.service.quick_logs(first, tonight)
        self.left_out_note.setText(left_out_text(len(left_out)))
        self.left_out_note.setVisible(bool(left_out))
        self.table.blockSignals(True)
        self.table.setRowCount(len(records))
        for row, record in enumerate(reversed(records)):
            entry = record.entry
            onset = record.onset
            cells = [
                format_date(record.night, "ddd dd MMM yyyy"),
                self._rating_text(record),
                "" if onset is None else format_clock(from_noon_minutes(onset)),
                ("" if entry is None or entry.sleep_hours is None
                 else format_number(entry.sleep_hours)),
                "" if entry is None or entry.awakenings is None else str(entry.awakenings),
                self._quick_text(quick.get(record.night, ())),
                "" if entry is None else entry.note.replace("\n", " "),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.night.toordinal())
                if 1 <= column <= 4:  # the numbers and times, under their headings
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 5:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._columns.fit()

    def _rating_text(self, record: NightRecord) -> str:
        """The night's own rating from its check-in; never a quick log's."""
        if record.entry is None:
            return self.tr("no check-in")
        return str(record.entry.severity)

    def _quick_text(self, logs: tuple[QuickLog, ...]) -> str:
        """"21:50 (3), 00:20": each moment, with its severity when one was given."""
        return ", ".join(
            format_clock(log.clock) + ("" if log.severity is None else f" ({log.severity})")
            for log in logs)

    def _history_chosen(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.load_night(date.fromordinal(items[0].data(Qt.ItemDataRole.UserRole)))
