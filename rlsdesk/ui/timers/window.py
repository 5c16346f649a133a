"""A guided timer window: large text, a countdown, and gentle cues at each switch.

Keys: Space pauses and resumes, Enter moves to the next part, Esc closes.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.ui.calm import PAGE_MARGIN, SPACING, big_button, heading, set_muted, set_scaled, soft
from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.step_text import clock_countdown
from rlsdesk.ui.timers.engine import Clock, TimerEngine
from rlsdesk.ui.timers.phases import Phase, PhaseKind

TICK_MS = 200
FLASH_MS = 700
PICTURE_SIZE = QSize(240, 240)


@guard_overrides
class TimerWindow(QWidget):
    """A non-modal window that guides one step; ``finished(step_id)`` when it completes."""

    finished = Signal(int)

    def __init__(
        self,
        step_id: int,
        title: str,
        phases: Sequence[Phase],
        clock: Clock = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.step_id = step_id
        self.engine = TimerEngine(phases, clock, self)
        self.flash_count = 0
        self.setWindowTitle(title)
        self.setObjectName("guidedTimer")
        self.setAccessibleName(self.tr("Guided timer: %1").replace("%1", title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(520, 480))

        self._title = heading(title, self, 1.4)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._phase = QLabel(self)
        self._phase.setObjectName("timerPhase")
        set_scaled(self._phase, 2.6, bold=True)
        self._phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._phase.setWordWrap(True)
        self._progress = QLabel(self)
        self._progress.setObjectName("timerProgress")
        set_scaled(self._progress, 1.3)
        self._progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = QSvgWidget(self)
        self.picture.setObjectName("timerPicture")
        self.picture.setFixedSize(PICTURE_SIZE)
        self.picture.setAccessibleName(self.tr("Picture of the stretch"))
        self._countdown = QLabel(self)
        self._countdown.setObjectName("timerCountdown")
        set_scaled(self._countdown, 4.2, bold=True)
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown.setAccessibleName(self.tr("Time left"))
        self._detail = QLabel(self)
        self._detail.setWordWrap(True)
        self._detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        set_muted(self._detail)
        self._upcoming = QLabel(self)
        self._upcoming.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_scaled(self._upcoming, 1.1)
        set_muted(self._upcoming)

        self.pause_button = big_button(
            self.tr("Pause (Space)"), self.tr("Pause or resume"),
            self.tr("Space pauses and resumes the timer"), self,
        )
        self.next_button = big_button(
            self.tr("Next (Enter)"), self.tr("Next part"),
            self.tr("Enter moves on to the next part now"), self,
        )
        self.close_button = big_button(
            self.tr("Close (Esc)"), self.tr("Close the timer"),
            self.tr("Esc closes the timer"), self,
        )
        for button in (self.pause_button, self.next_button, self.close_button):
            # The window's own keys drive the timer; keep focus on the window.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pause_button.clicked.connect(self.engine.toggle_pause)
        self.next_button.clicked.connect(self.engine.next)
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self._title)
        layout.addStretch(1)
        layout.addWidget(self._phase)
        layout.addWidget(self._progress)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._countdown)
        layout.addWidget(self._detail)
        layout.addWidget(self._upcoming)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.engine.phase_changed.connect(self._on_phase)
        self.engine.paused_changed.connect(self._on_paused)
        self.engine.finished.connect(self._on_finished)
        self._show_phase()

    # --- public ------------------------------------------------------------------------------
    def start(self) -> None:
        self.engine.start()
        if not self.engine.is_finished:
            self._timer.start()

    def tick(self) -> None:
        self.engine.tick()
        self._show_time()

    def phase_text(self) -> str:
        return self._phase.text()

    def progress_text(self) -> str:
        return self._progress.text()

    def countdown_text(self) -> str:
        return self._countdown.text()

    # --- events ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.engine.toggle_pause()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.engine.next()
            self._show_time()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- display -----------------------------------------------------------------------------
    def _on_phase(self, index: int) -> None:
        self._show_phase()
        if index > 0:
            self._flash()

    def _show_phase(self) -> None:
        engine = self.engine
        phase = engine.phase
        self._phase.setText(phase.label)
        self._phase.setAccessibleName(phase.label)
        count = len(engine.phases)
        if phase.cycle is not None and phase.cycles is not None:
            text = self.tr("cycle %1 of %2").replace("%1", str(phase.cycle))
            self._progress.setText(text.replace("%2", str(phase.cycles)))
        elif phase.kind is PhaseKind.STRETCH:
            text = self.tr("stretch %1 of %2").replace("%1", str(engine.index + 1))
            self._progress.setText(text.replace("%2", str(count)))
        else:
            self._progress.setText("")
        self._progress.setVisible(bool(self._progress.text()))
        if phase.picture is not None:
            self.picture.load(str(phase.picture))
            self.picture.setAccessibleName(
                self.tr("Picture: %1").replace("%1", phase.label)
            )
            self.picture.show()
        else:
            self.picture.hide()
        self._detail.setText(phase.detail)
        self._detail.setVisible(bool(phase.detail))
        if engine.index + 1 < count:
            following = engine.phases[engine.index + 1]
            self._upcoming.setText(self.tr("Then: %1").replace("%1", following.label))
        else:
            self._upcoming.setText(self.tr("This is the last part"))
        self._show_time()

    def _show_time(self) -> None:
        if self.engine.is_finished:
            return
        self._countdown.setText(clock_countdown(self.engine.remaining()))

    def _on_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume (Space)") if paused else self.tr("Pause (Space)"))
        if paused:
            self._upcoming.setText(self.tr("Paused. Press Space to carry on."))
        else:
            self._show_phase()

    def _on_finished(self) -> None:
        self._timer.stop()
        self._phase.setText(self.tr("All done"))
        self._phase.setAccessibleName(self.tr("All done"))
        self._progress.hide()
        self.picture.hide()
        self._detail.hide()
        self._countdown.setText("0:00")
        self._upcoming.setText(self.tr("Well done. Press Esc to close."))
        self.pause_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self._flash()
        self.finished.emit(self.step_id)

    def _flash(self) -> None:
        """A soft change of background, a beep and an urgency hint to the desktop."""
        self.flash_count += 1
        QApplication.beep()
        QApplication.alert(self, 1500)
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        palette.setColor(QPalette.ColorRole.Window, soft(highlight, 70))
        self.setAutoFillBackground(True)
        self.setPalette(palette)
        self._flash_timer.start()

    def _end_flash(self) -> None:
        self.setAutoFillBackground(False)
        self.setPalette(QPalette())
