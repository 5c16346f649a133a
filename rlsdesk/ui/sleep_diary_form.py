"""The check-in's sleep-diary questions (after the Consensus Sleep Diary), folded away
under one button until the person opens them; rlsdesk remembers it open.

Every answer is optional. Times are typed ``HH:MM`` (empty: not given); the total sleep
time and sleep efficiency they give are shown as they are typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.sleep_diary import (
    AWAKE_RANGE,
    LATENCY_RANGE,
    NightSleep,
    SleepDiary,
    SleepTime,
    check_sleep_order,
    parse_sleep_time,
    summarise_night,
)
from rlsdesk.services.diary import DiaryService
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.problem_text import problem_text
from rlsdesk.ui.calm import set_muted
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import shrinkable_combo


def duration_text(minutes: int) -> str:
    """``400`` -> ``6 h 40 min``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return fill(translate("SleepDiary", "%1 min"), rest)
    return fill(translate("SleepDiary", "%1 h %2 min"), hours, f"{rest:02d}")


def sleep_figures_text(summary: NightSleep) -> str:
    """"Total sleep 6 h 40 min, in bed 7 h 55 min, efficiency 84 %" (what is known)."""
    parts = []
    if summary.total_sleep is not None:
        parts.append(fill(translate("SleepDiary", "total sleep %1"),
                          duration_text(summary.total_sleep)))
    if summary.time_in_bed is not None:
        parts.append(fill(translate("SleepDiary", "in bed %1"),
                          duration_text(summary.time_in_bed)))
    if summary.efficiency is not None:
        parts.append(fill(translate("SleepDiary", "sleep efficiency %1 %"),
                          f"{summary.efficiency:.0f}"))
    return ", ".join(parts)


@guard_overrides
class SleepDiarySection(QWidget):
    """A fold-out group of the sleep-diary questions for one night's check-in."""

    edited = Signal()

    def __init__(self, service: DiaryService, night: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sleepDiarySection")
        self.service = service
        self._night = night
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setObjectName("sleepDiaryToggle")
        self.toggle.setText(self.tr("Sleep diary (optional)"))
        self.toggle.setAccessibleName(self.tr("Sleep diary questions (optional)"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setMinimumHeight(36)
        column.addWidget(self.toggle)

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above, if narrow
        form.setContentsMargins(0, 0, 0, 0)
        self.into_bed = self._clock(self.tr("Time you got into bed"))
        self.try_sleep = self._clock(self.tr("Time you tried to go to sleep"))
        self.minutes_to_sleep = self._minutes(
            LATENCY_RANGE[1], self.tr("Minutes it took to fall asleep"))
        self.minutes_awake = self._minutes(
            AWAKE_RANGE[1], self.tr("Minutes awake during the night, in all"))
        self.final_wake = self._clock(self.tr("Time of your final waking"))
        self.out_of_bed = self._clock(self.tr("Time you got out of bed"))
        self.quality = shrinkable_combo(QComboBox(), chars=8)
        self.quality.setAccessibleName(self.tr("Quality of your sleep (optional)"))
        for text in (self.tr("not given"), self.tr("very poor"), self.tr("poor"),
                     self.tr("fair"), self.tr("good"), self.tr("very good")):
            self.quality.addItem(text)
        self.quality.currentIndexChanged.connect(self._changed)
        self.labels = {
            "into_bed": self.tr("Into bed:"),
            "try_sleep": self.tr("Tried to sleep:"),
            "minutes_to_sleep": self.tr("Minutes to fall asleep:"),
            "minutes_awake": self.tr("Minutes awake in the night:"),
            "final_wake": self.tr("Final waking:"),
            "out_of_bed": self.tr("Out of bed:"),
            "sleep_quality": self.tr("Sleep quality:"),
        }
        for name, widget in (("into_bed", self.into_bed), ("try_sleep", self.try_sleep),
                             ("minutes_to_sleep", self.minutes_to_sleep),
                             ("minutes_awake", self.minutes_awake),
                             ("final_wake", self.final_wake), ("out_of_bed", self.out_of_bed),
                             ("sleep_quality", self.quality)):
            label = QLabel(self.labels[name])
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.figures = QLabel("")
        self.figures.setObjectName("sleepFigures")
        self.figures.setWordWrap(True)
        set_muted(self.figures)
        form.addRow(self.figures)
        column.addWidget(self.body)

        opened = service.sleep_diary_open()
        self.toggle.setChecked(opened)
        self._show_open(opened)
        self.toggle.toggled.connect(self._toggled)

    # --- building -------------------------------------------------------------------------
    def _clock(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("HH:MM"))
        edit.setAccessibleName(fill(self.tr("%1 (HH:MM, optional)"), name))
        edit.setMaxLength(11)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00+00:00") + 24)
        edit.textChanged.connect(self._changed)
        return edit

    def _minutes(self, maximum: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(-1, maximum)
        box.setSpecialValueText(self.tr("not given"))
        box.setValue(-1)
        box.setAccessibleName(fill(self.tr("%1 (optional)"), name))
        box.valueChanged.connect(self._changed)
        return box

    def _toggled(self, opened: bool) -> None:
        self._show_open(opened)
        self.service.set_sleep_diary_open(opened)

    def _show_open(self, opened: bool) -> None:
        self.body.setVisible(opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)

    # --- values ---------------------------------------------------------------------------
    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.into_bed, self.try_sleep, self.final_wake, self.out_of_bed)

    def load(self, sleep: SleepDiary | None) -> None:
        sleep = sleep or SleepDiary()
        widgets = [*self._edits(), self.minutes_to_sleep, self.minutes_awake, self.quality]
        for widget in widgets:
            widget.blockSignals(True)
        for edit, value in zip(self._edits(), (sleep.into_bed, sleep.try_sleep,
                                               sleep.final_wake, sleep.out_of_bed),
                               strict=True):
            edit.setText("" if value is None else str(value))
        self.minutes_to_sleep.setValue(
            -1 if sleep.minutes_to_sleep is None else sleep.minutes_to_sleep)
        self.minutes_awake.setValue(-1 if sleep.minutes_awake is None else sleep.minutes_awake)
        self.quality.setCurrentIndex(sleep.quality or 0)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_figures()

    def form_values(self) -> tuple[object, ...]:
        return (*(e.text().strip() for e in self._edits()), self.minutes_to_sleep.value(),
                self.minutes_awake.value(), self.quality.currentIndex())

    def diary(self) -> SleepDiary:
        """The answers (raises ValidationError naming the field on bad input)."""
        def clock(edit: QLineEdit, name: str) -> SleepTime | None:
            text = edit.text().strip()
            return parse_sleep_time(text, name) if text else None

        def minutes(box: QSpinBox) -> int | None:
            return box.value() if box.value() >= 0 else None

        return SleepDiary(
            into_bed=clock(self.into_bed, "into_bed"),
            try_sleep=clock(self.try_sleep, "try_sleep"),
            minutes_to_sleep=minutes(self.minutes_to_sleep),
            minutes_awake=minutes(self.minutes_awake),
            final_wake=clock(self.final_wake, "final_wake"),
            out_of_bed=clock(self.out_of_bed, "out_of_bed"),
            quality=self.quality.currentIndex() or None,
        )

    def explain(self, err: ValidationError) -> str | None:
        """A problem with one of these answers, with the question named (None if the
        problem is not about them)."""
        label = self.labels.get(err.field)
        if label is None:
            return None
        if not self.toggle.isChecked():
            self.toggle.setChecked(True)  # show the answer that needs changing
        return f"{label.rstrip(':')}: {problem_text(err)}"

    def _changed(self) -> None:
        self._show_figures()
        self.edited.emit()

    def _show_figures(self) -> None:
        try:
            sleep = self.diary()
            check_sleep_order(sleep, self._night(), self.service.evening.zone)
        except ValidationError as exc:
            self.figures.setText(self.explain_quietly(exc))
            return
        text = sleep_figures_text(summarise_night(self._night(), sleep,
                                                  self.service.evening.zone))
        self.figures.setText(text[:1].upper() + text[1:] if text else "")

    def explain_quietly(self, err: ValidationError) -> str:
        label = self.labels.get(err.field, "")
        return f"{label.rstrip(':')}: {problem_text(err)}" if label else problem_text(err)
