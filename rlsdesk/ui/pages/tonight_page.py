"""The Tonight page: tonight's plan on a timeline and as a list, the next step counting down.

The page shows reminder state but does not own it: ``state_for(step_id)`` answers "done",
"skipped", "snoozed", "missed", "notified", "pending" or None, and the buttons only ask
(``done_requested``, ``skip_requested``, ``start_requested``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QHideEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.domain.planner import NightPlan, PlannedStep
from rlsdesk.domain.reminder_policy import SNOOZE_CHOICES
from rlsdesk.domain.routine import Step
from rlsdesk.domain.tonight_view import (
    FINISHED,
    StepTiming,
    TonightView,
    countdown_minutes,
    derive_view,
    next_minute,
)
from rlsdesk.services.evening import Evening, OnsetChoice
from rlsdesk.text.dose_text import dose_text
from rlsdesk.text.i18n import fill
from rlsdesk.text.plan_text import note_text, plan_warning_texts
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.blood_test_note import BloodTestNote
from rlsdesk.ui.calm import (
    BUTTON_MIN_HEIGHT,
    PAGE_MARGIN,
    SPACING,
    big_button,
    heading,
    rgba,
    set_muted,
    set_scaled,
    soft,
    unset_muted,
)
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.flow import FlowLayout
from rlsdesk.ui.peak_text import peak_text
from rlsdesk.ui.step_text import countdown_text
from rlsdesk.ui.timeline import TimelineWidget
from rlsdesk.ui.timers import has_timer

log = logging.getLogger(__name__)
StateFor = Callable[[int | None], str | None]
SnoozedUntil = Callable[[int | None], datetime | None]
SNOOZABLE = frozenset({"notified", "snoozed"})
# A little after the minute boundary, so the clock has surely turned when the page looks.
_AFTER_BOUNDARY_MS = 50
# How many steps after the next one the list keeps in view with it, folding the next
# step's reason and then the timeline's label staircase when the room is short.
SHOWN_AFTER_NEXT = 2
ROW_MARGINS = (12, 8, 12, 8)  # left, top, right, bottom
ROW_SPACING = 8


def view_of(plan: NightPlan, now: datetime, state_for: StateFor) -> TonightView:
    """Every step's state and the next step: the one derivation the list, the timeline and
    the headline all show."""
    ledger = {s.step_id: state for s in plan.steps
              if s.step_id is not None and (state := state_for(s.step_id)) is not None}
    timings = [StepTiming(s.step_id, s.at, s.minutes) for s in plan.steps]
    return derive_view(timings, ledger, now)


def next_index(plan: NightPlan, now: datetime, state_for: StateFor) -> int | None:
    """The first step not yet finished (done, skipped, or its time and window passed)."""
    return view_of(plan, now, state_for).next_index


def _why_key(step: PlannedStep) -> int | str:
    return step.step_id if step.step_id is not None else step.title


class StepRow(QFrame):
    """One planned step: time, title, why, notes, state, countdown and its buttons."""

    snooze_chosen = Signal(int)  # minutes
    why_toggled = Signal(bool)  # the person opened (True) or folded the reason

    def __init__(self, step: PlannedStep, parent: QWidget | None = None,
                 routine_step: Step | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("stepRow")
        self.is_next = False
        title = step.title
        self.time_label = QLabel(format_clock(step.at), self)
        self.time_label.setObjectName("stepTime")
        set_scaled(self.time_label, 1.3, bold=True)
        self.time_label.setMinimumWidth(96)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(title, self)
        set_scaled(self.title_label, 1.15, bold=True)
        self.title_label.setWordWrap(True)
        dose = dose_text(routine_step) if routine_step is not None else ""
        self.dose_label = QLabel(dose, self)  # the dose and name as the person entered them
        self.dose_label.setObjectName("stepDose")
        self.dose_label.setWordWrap(True)
        set_scaled(self.dose_label, 1.05, bold=True)
        self.dose_label.setVisible(bool(dose))
        self.why_label = QLabel(step.why, self)
        self.why_label.setObjectName("stepWhy")
        self.why_label.setWordWrap(True)
        set_muted(self.why_label)
        # The reason is folded behind "Why?", so that at large text several steps fit; the
        # page opens the next step's when there is room. Every row keeps it as its tooltip.
        self.why_label.hide()
        self.why_button = QToolButton(self)
        self.why_button.setObjectName("stepWhyToggle")
        self.why_button.setText(self.tr("Why?"))
        self.why_button.setCheckable(True)
        self.why_button.setAutoRaise(True)
        self.why_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.why_button.setArrowType(Qt.ArrowType.RightArrow)
        arrow = round(self.why_button.fontMetrics().height() * 0.6)  # readable, not a speck
        self.why_button.setIconSize(QSize(arrow, arrow))
        self.why_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.why_button.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.why_button.setAccessibleName(self.tr("Why: %1").replace("%1", title))
        self.why_button.setAccessibleDescription(
            self.tr("Shows or hides why this step may help, with its sources"))
        self.why_button.setToolTip(self.why_button.accessibleDescription())
        self.why_button.setVisible(bool(step.why))
        self.why_button.toggled.connect(self._show_why)
        self.why_button.clicked.connect(  # only the person clicks, not the page's setChecked
            lambda *_: self.why_toggled.emit(self.why_button.isChecked()))
        self.title_label.setToolTip(step.why)
        self.setToolTip(step.why)
        self.setAccessibleDescription(step.why)
        notes = [note_text(n) for n in (*step.issues, *step.notes)]
        self.notes_label = QLabel("\n".join(f"• {note}" for note in notes), self)
        self.notes_label.setObjectName("stepNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(bool(notes))
        self.notes_label.setAccessibleName(self.tr("Notes"))
        self.state_label = QLabel(self)
        self.state_label.setObjectName("stepState")
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("stepCountdown")
        set_scaled(self.countdown_label, 1.15, bold=True)
        self.countdown_label.hide()

        self.start_button = big_button(
            self.tr("Start"), self.tr("Start: %1").replace("%1", title),
            self.tr("Opens a guided timer for this step"), self,
        )
        self.done_button = big_button(
            self.tr("Done"), self.tr("Done: %1").replace("%1", title),
            self.tr("Marks this step as done tonight"), self,
        )
        self.skip_button = big_button(
            self.tr("Skip"), self.tr("Skip: %1").replace("%1", title),
            self.tr("Leaves this step out tonight"), self,
        )
        self.snooze_button = big_button(
            self.tr("Snooze"), self.tr("Snooze: %1").replace("%1", title),
            self.tr("Reminds you again later; choose how long"), self,
        )
        snooze_menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_CHOICES:
            choice = snooze_menu.addAction(self.tr("%1 min").replace("%1", str(minutes)))
            choice.triggered.connect(lambda _=False, m=minutes: self.snooze_chosen.emit(m))
        self.snooze_button.setMenu(snooze_menu)
        self.snooze_button.hide()
        self.start_button.setVisible(has_timer(step.kind, step.minutes))
        if step.step_id is None:
            for button in (self.start_button, self.done_button, self.skip_button):
                button.setEnabled(False)

        text = QVBoxLayout()
        text.setSpacing(2)
        title_line = QHBoxLayout()
        title_line.setSpacing(SPACING)  # "in 5 min" and "Reminded" apart, not run together
        title_line.addWidget(self.title_label, 1)
        title_line.addWidget(self.countdown_label)
        title_line.addWidget(self.state_label)
        text.addLayout(title_line)
        text.addWidget(self.dose_label)
        text.addWidget(self.notes_label)
        buttons = FlowLayout(spacing=8)  # a second line when the row is narrow
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.skip_button)
        text.addLayout(buttons)
        text.addWidget(self.why_label)  # under the buttons: the toggle stays where it was
        # the toggle under the time, in the room the time leaves: it never needs a line
        when = QVBoxLayout()
        when.setSpacing(2)
        when.addWidget(self.time_label)
        when.addWidget(self.why_button, 0, Qt.AlignmentFlag.AlignLeft)
        when.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(*ROW_MARGINS)
        layout.setSpacing(SPACING)
        layout.addLayout(when)
        layout.addLayout(text, 1)
        self.set_state(None)

    def set_state(self, state: str | None, snoozed_until: datetime | None = None) -> None:
        words = {
            "done": self.tr("Done ✓"),
            "skipped": self.tr("Skipped"),
            "snoozed": (self.tr("Snoozed until %1").replace("%1", format_clock(snoozed_until))
                        if snoozed_until is not None else self.tr("Snoozed")),
            "missed": self.tr("Missed"),
            "notified": self.tr("Reminded"),
        }
        self.state = state
        self.snoozed_until = snoozed_until
        self.state_label.setText(words.get(state or "", ""))
        self.snooze_button.setVisible(self.step.step_id is not None and state in SNOOZABLE)
        self.state_label.setVisible(bool(self.state_label.text()))
        finished = state in FINISHED
        if self.step.step_id is not None:  # a missed step can still be marked done late
            for button in (self.start_button, self.done_button, self.skip_button):
                button.setEnabled(state not in ("done", "skipped"))
        for label in (self.title_label, self.time_label):
            if finished:
                set_muted(label)
            else:
                unset_muted(label)
        self.setAccessibleName(
            " ".join(part for part in (self.time_label.text(), self.step.title,
                                       self.dose_label.text(), self.state_label.text())
                     if part)
        )

    def set_next(self, is_next: bool, countdown: str = "") -> None:
        self.is_next = is_next
        sheet = ""
        if is_next:  # from the current palette, so it follows the day/night look
            accent = QApplication.palette().color(QPalette.ColorRole.Highlight)
            sheet = (
                f"QFrame#stepRow {{ background-color: {rgba(soft(accent, 38))};"
                f" border: 2px solid {rgba(soft(accent, 150))}; border-radius: 10px; }}"
            )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.countdown_label.setText(countdown if is_next else "")
        self.countdown_label.setVisible(is_next and bool(countdown))

    def why_open(self) -> bool:
        return self.why_button.isChecked()

    def set_why_open(self, show: bool) -> None:
        self.why_button.setChecked(show and bool(self.step.why))

    def _show_why(self, show: bool) -> None:
        self.why_label.setVisible(show)
        self.why_button.setArrowType(Qt.ArrowType.DownArrow if show
                                     else Qt.ArrowType.RightArrow)

    def why_height(self, row_width: int) -> int:
        """How much taller the row is with its reason open, at ``row_width``."""
        if not self.step.why:
            return 0
        left, _top, right, _bottom = ROW_MARGINS
        column = (row_width - left - right - SPACING
                  - max(self.time_label.minimumWidth(), self.time_label.sizeHint().width(),
                        self.why_button.sizeHint().width()))
        return self.why_label.heightForWidth(max(1, column)) + 2  # and the text spacing

    def folded_height(self, row_width: int) -> int:
        """The row's height at ``row_width`` with its reason folded."""
        layout = self.layout()
        assert layout is not None
        height = (layout.totalHeightForWidth(row_width) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        return height - (self.why_height(row_width) if self.why_open() else 0)


@guard_overrides
class TonightPage(QWidget):
    onset_changed = Signal()  # the person switched between their own onset and the diary's
    done_requested = Signal(int)
    skip_requested = Signal(int)
    start_requested = Signal(int)
    snooze_requested = Signal(int, int)  # step id, minutes

    def __init__(
        self,
        evening: Evening,
        parent: QWidget | None = None,
        state_for: StateFor | None = None,
        snoozed_until_for: SnoozedUntil | None = None,
    ) -> None:
        super().__init__(parent)
        self.evening = evening
        self.state_for: StateFor = state_for or (lambda _step_id: None)
        self.snoozed_until_for: SnoozedUntil = snoozed_until_for or (lambda _step_id: None)
        self.setObjectName("tonightPage")
        self.plan: NightPlan | None = None
        self.rows: list[StepRow] = []
        self.next: int | None = None
        self._onset_choice: OnsetChoice | None = None
        # reasons the person opened or folded tonight, by step (kept across re-plans)
        self._why_chosen: dict[int | str, bool] = {}
        self._fitting = False
        # the list follows the next step as its rows are made and laid out, until the
        # person scrolls it or opens a reason themselves
        self._keep_next_in_view = True

        self._date = QLabel(self)
        set_muted(self._date)
        self.peak_label = QLabel(self)
        self.peak_label.setObjectName("peakSummary")
        self.peak_label.setWordWrap(True)
        set_muted(self.peak_label)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextStep")
        set_scaled(self.next_label, 1.2, bold=True)
        self.next_label.setWordWrap(True)
        self.blood_test = BloodTestNote(evening, self)
        self.onset_label = QLabel(self)
        self.onset_label.setObjectName("onsetChoice")
        self.onset_label.setWordWrap(True)
        self.onset_button = big_button(
            self.tr("Use it"), self.tr("Use the onset your diary suggests"),
            self.tr("Plans the evening from your diary's onset from tonight on"), self,
        )
        self.onset_button.clicked.connect(self._switch_onset)
        self.onset_box = QFrame(self)
        self.onset_box.setObjectName("onsetChoiceBox")
        self.onset_box.setFrameShape(QFrame.Shape.StyledPanel)
        onset_line = QHBoxLayout(self.onset_box)
        onset_line.setContentsMargins(10, 6, 6, 6)
        onset_line.addWidget(self.onset_label, 1)
        onset_line.addWidget(self.onset_button)
        self.onset_label.setParent(self.onset_box)
        self.onset_button.setParent(self.onset_box)
        self.onset_box.hide()
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("planWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.warnings_label.setMargin(10)
        self.warnings_label.setAccessibleName(self.tr("Warnings for tonight"))

        # the timeline stays pinned above the list; only the steps scroll
        self.timeline = TimelineWidget(self)
        self._list_host = QWidget(self)
        outer = QVBoxLayout(self._list_host)
        outer.setContentsMargins(0, 0, 6, 0)
        outer.setSpacing(SPACING)
        self.warnings_label.setParent(self._list_host)
        outer.addWidget(self.warnings_label)
        self._list = QVBoxLayout()
        self._list.setSpacing(ROW_SPACING)
        outer.addLayout(self._list)
        # the evening's pattern is background, not what is next: under the steps (the
        # timeline shows the onset and the worst hours above)
        self.peak_label.setParent(self._list_host)
        outer.addWidget(self.peak_label)
        outer.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._list_host)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setAccessibleName(self.tr("Tonight's steps"))
        bar = self._scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._list_changed)
        bar.actionTriggered.connect(self._scrolled_by_person)
        self._empty = QLabel(self.tr("No steps tonight. Add some on the Routine page."), self)
        set_muted(self._empty)

        top = FlowLayout()  # the date goes under the heading when narrow
        top.addWidget(heading(self.tr("Tonight"), self))
        top.addSpacing(SPACING)
        top.addWidget(self._date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, SPACING)
        layout.setSpacing(SPACING * 2 // 3)
        layout.addLayout(top)
        layout.addWidget(self.onset_box)
        layout.addWidget(self.next_label)
        layout.addWidget(self.blood_test)
        layout.addWidget(self.timeline)
        layout.addWidget(self._empty)
        layout.addWidget(self._scroll, 1)

        # one wake at the next minute boundary (all that is shown is in whole minutes), or
        # sooner when the reminders, the data or the person change something
        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.tick)
        # fitting the next steps into view waits for the layout after a resize or a change
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(
            lambda: self.fit_next_in_view(scroll=self._keep_next_in_view))
        self._routine: dict[int | None, Step] = {}
        self.refresh()

    # --- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read tonight's plan (after routine, settings or reminder changes)."""
        plan = self.evening.plan()
        self.plan = plan
        locale = QLocale()
        self._date.setText(locale.toString(
            QDate(plan.night.year, plan.night.month, plan.night.day), QLocale.FormatType.LongFormat
        ))
        self.peak_label.setText(
            self.tr("Your evening pattern: %1").replace("%1", peak_text(plan.peak))
        )
        warnings = plan_warning_texts(plan)
        self.warnings_label.setText("\n\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._show_onset_choice(plan)
        self.blood_test.show_for(plan.night)
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        while self._list.count():
            self._list.takeAt(0)
        self._routine = {step.id: step for step in self.evening.steps()}
        self.next = None
        for step in plan.steps:
            row = StepRow(step, self._list_host, self._routine.get(step.step_id))
            if step.step_id is not None:
                step_id = step.step_id
                row.start_button.clicked.connect(lambda _=False, i=step_id: self._ask(
                    self.start_requested, i))
                row.done_button.clicked.connect(lambda _=False, i=step_id: self._ask(
                    self.done_requested, i))
                row.skip_button.clicked.connect(lambda _=False, i=step_id: self._ask(
                    self.skip_requested, i))
                row.snooze_chosen.connect(lambda minutes, i=step_id:
                                          self.snooze_requested.emit(i, minutes))
            key = _why_key(step)
            row.why_toggled.connect(lambda shown, r=row, k=key: self._why_by_person(r, k, shown))
            row.set_why_open(self._why_chosen.get(key, False))
            self._list.addWidget(row)
            self.rows.append(row)
        self._empty.setVisible(not plan.steps)
        self.update_states()
        self._keep_next_in_view = True
        self.fit_next_in_view()

    def _show_onset_choice(self, plan: NightPlan) -> None:
        """When the onset the person typed and the diary's differ by 15 min or more, both,
        and a button to follow the other one."""
        choice = self.evening.onset_choice(plan.night)
        self._onset_choice = choice
        if not choice.differ or choice.typed is None or choice.diary is None:
            self.onset_box.hide()
            return
        typed, diary = format_clock(choice.typed), format_clock(choice.diary)
        if choice.used == "typed":
            self.onset_label.setText(fill(
                self.tr("You said %1; your diary suggests %2. Use it?"), typed, diary))
            self.onset_button.setText(self.tr("Use it"))
            self.onset_button.setAccessibleName(self.tr("Use the onset your diary suggests"))
        else:
            self.onset_label.setText(fill(
                self.tr("Following your diary: %1. You said %2. Use yours?"), diary, typed))
            self.onset_button.setText(self.tr("Use mine"))
            self.onset_button.setAccessibleName(self.tr("Use the onset you typed"))
        self.onset_box.show()

    def _switch_onset(self) -> None:
        choice = self._onset_choice
        if choice is None:
            return
        self.evening.set_onset_source("diary" if choice.used == "typed" else "typed")
        self.refresh()
        self.onset_changed.emit()

    def follow_data(self) -> None:
        """The data changed (here or in another process): the plan, routine and bedtime."""
        self.refresh()
        if self.plan is not None:
            log.info("tonight's plan shown: bedtime %s, %d steps",
                     self.plan.bedtime.strftime("%H:%M"), len(self.plan.steps))

    def update_states(self) -> None:
        """Re-read each step's reminder state (cheap; no re-planning)."""
        self.tick()

    def tick(self) -> None:
        """Bring states, the next step, countdowns, the now line and the headline to this
        minute; re-plan when a new night has begun. Then sleep until the next minute."""
        if self.plan is None:
            return
        if self.evening.tonight() != self.plan.night:
            self.refresh()
            return
        now = self.evening.now()
        view = view_of(self.plan, now, self.state_for)
        moved_on = view.next_index != self.next
        self.next = view.next_index
        for index, (row, state) in enumerate(zip(self.rows, view.states, strict=True)):
            until = self.snoozed_until_for(row.step.step_id) if state == "snoozed" else None
            until = until.astimezone(self.evening.zone) if until is not None else None
            if state != row.state or until != row.snoozed_until:
                row.set_state(state, until)
            if index == self.next:
                row.set_next(True, countdown_text(countdown_minutes(row.step.at, now)))
            else:
                row.set_next(False)
        states = {row.step.step_id: row.state for row in self.rows}
        self.timeline.set_plan(self.plan, states, self.next, now)
        self.next_label.setText(self.headline(now))
        self.next_label.setVisible(bool(self.next_label.text()))
        if moved_on:
            self._keep_next_in_view = True
            self.fit_next_in_view()
        if self.isVisible():
            self._arm(now)

    def headline(self, now: datetime) -> str:
        """"Next: Leg stretches at 21:10, in 7 min"; once its time has come, "Now: ..." with
        how long ago it was due, minute by minute."""
        assert self.plan is not None
        if self.next is None:
            return self.tr("Nothing more tonight. Rest well.") if self.plan.steps else ""
        step = self.plan.steps[self.next]
        minutes = countdown_minutes(step.at, now)
        routine = self._routine.get(step.step_id)
        dose = dose_text(routine) if routine is not None else ""
        title = fill(self.tr("%1 (%2)"), step.title, dose) if dose else step.title
        if minutes > 0:
            return fill(self.tr("Next: %1 at %2, %3"), title, format_clock(step.at),
                        countdown_text(minutes))
        if minutes == 0:
            return fill(self.tr("Now: %1 (%2)"), title, format_clock(step.at))
        return fill(self.tr("Now: %1, due at %2, %3"), title, format_clock(step.at),
                    countdown_text(minutes))

    def show_next(self) -> None:
        """Scroll the list so the next step (or, late at night, the last one) is in view."""
        if not self.rows:
            return
        row = self.rows[self.next if self.next is not None else len(self.rows) - 1]
        layout = self._list_host.layout()
        if layout is not None:
            layout.activate()
        bar = self._scroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), max(0, row.y() - ROW_SPACING)))  # its top at the top

    def fit_next_in_view(self, *, scroll: bool = True) -> None:
        """Make room for the next step and the :data:`SHOWN_AFTER_NEXT` after it in the
        list: open the next step's reason only when they all fit with it, and fold the
        timeline to one lane of labels when they do not fit beside its full height. Then
        (with ``scroll``) scroll to the next step."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False
        if scroll:
            self.show_next()

    def _fit(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()
        if self.next is None or not self.rows:
            self.timeline.set_compact(False)
            for row in self.rows:
                row.set_why_open(self._why_chosen.get(_why_key(row.step), False))
            return
        shown = self.rows[self.next:self.next + SHOWN_AFTER_NEXT + 1]
        # the list's width with its scroll bar and the room the list and timeline share
        bar = self._scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(1, self._scroll.width() - bar - 6)
        room = self._scroll.height() + self.timeline.height()
        need = (sum(row.folded_height(width) for row in shown)
                + ROW_SPACING * len(shown))
        for row in shown[1:]:  # the reasons the person opened on the rows after it
            need += row.why_height(width) if row.why_open() else 0
        first = shown[0]
        chosen = self._why_chosen.get(_why_key(first.step))
        reason = first.why_height(width)
        choices = [(False, True), (False, False), (True, True), (True, False)]
        if chosen is not None:  # the person's choice stands
            choices = [(compact, chosen) for compact in (False, True)]
        compact, open_reason = choices[-1]
        for compact_choice, open_choice in choices:
            fits = (room - self.timeline.height_for(compact=compact_choice)
                    >= need + (reason if open_choice else 0))
            if fits:
                compact, open_reason = compact_choice, open_choice
                break
        self.timeline.set_compact(compact)
        for row in self.rows:
            row.set_why_open(open_reason if row is first
                             else self._why_chosen.get(_why_key(row.step), False))
        if layout is not None:
            layout.activate()

    def _list_changed(self) -> None:
        if self._keep_next_in_view and not self._fitting:
            self._fit_timer.start(0)

    def _scrolled_by_person(self) -> None:
        self._keep_next_in_view = False

    def _why_by_person(self, row: StepRow, key: int | str, shown: bool) -> None:
        self._keep_next_in_view = False
        self._why_chosen[key] = shown
        if shown:  # bring the opened reason into view once the list has made room
            QTimer.singleShot(0, lambda: self._reveal(row))

    def _reveal(self, row: StepRow) -> None:
        if row in self.rows and row.why_label.isVisible():
            self._scroll.ensureWidgetVisible(row.why_label, 0, ROW_SPACING)

    def _arm(self, now: datetime) -> None:
        wait = (next_minute(now) - now).total_seconds()
        self._ticker.start(int(wait * 1000) + _AFTER_BOUNDARY_MS)

    def is_ticking(self) -> bool:
        return self._ticker.isActive()

    def focus_target(self, step_id: int) -> QWidget | None:
        """Where focus goes back to after the step's timer: its first button still enabled."""
        row = self.row_for(step_id)
        if row is None:
            return self if self.isVisible() else None
        for button in (row.start_button, row.done_button, row.skip_button):
            if button.isVisible() and button.isEnabled():
                return button
        return row

    def row_for(self, step_id: int) -> StepRow | None:
        return next((r for r in self.rows if r.step.step_id == step_id), None)

    # --- events ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keep_next_in_view = True
        self.tick()
        self.fit_next_in_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start(0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_timer.start(0)  # the text size or the look changed the rows' heights

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def _ask(self, signal: SignalInstance, step_id: int) -> None:
        signal.emit(step_id)
