"""The timing of a guided timer, driven by an injectable monotonic clock.

The engine never sleeps or starts timers itself: call :meth:`TimerEngine.tick` (the window
does, from a QTimer) and it works out where the sequence is from the clock alone. A phase
that ends starts the next at the instant it ended, so a late tick never drifts the schedule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from rlsdesk.ui.timers.phases import Phase

Clock = Callable[[], float]


class TimerEngine(QObject):
    phase_changed = Signal(int)  # index of the phase now running
    finished = Signal()
    paused_changed = Signal(bool)

    def __init__(
        self, phases: Sequence[Phase], clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        if not phases:
            raise ValueError("a guided timer needs at least one phase")
        self.phases = list(phases)
        self._clock = clock
        self.index = 0
        self._phase_end: float | None = None
        self._paused_left: float | None = None
        self.is_finished = False

    # --- state -----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._phase_end is not None and not self.is_finished

    @property
    def paused(self) -> bool:
        return self._paused_left is not None

    @property
    def phase(self) -> Phase:
        return self.phases[self.index]

    def remaining(self) -> float:
        if self.is_finished:
            return 0.0
        if self._paused_left is not None:
            return self._paused_left
        if self._phase_end is None:
            return float(self.phase.seconds)
        return max(0.0, self._phase_end - self._clock())

    # --- control ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._phase_end is None and not self.is_finished:
            self._phase_end = self._clock() + self.phase.seconds
            self.phase_changed.emit(self.index)

    def pause(self) -> None:
        if self.running and not self.paused:
            self._paused_left = self.remaining()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        if self._paused_left is not None and not self.is_finished:
            self._phase_end = self._clock() + self._paused_left
            self._paused_left = None
            self.paused_changed.emit(False)

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def next(self) -> None:
        """Skip to the next phase now (or finish after the last one)."""
        if self.is_finished:
            return
        if self._phase_end is None:
            self.start()
        was_paused = self.paused
        self._advance(self._clock())
        if was_paused and not self.is_finished:
            self._paused_left = float(self.phase.seconds)

    def tick(self) -> None:
        """Catch up with the clock: move through every phase that has ended."""
        if not self.running or self.paused:
            return
        assert self._phase_end is not None
        while not self.is_finished and self._clock() >= self._phase_end:
            self._advance(self._phase_end)

    def _advance(self, at: float) -> None:
        if self.index + 1 >= len(self.phases):
            self.is_finished = True
            self._paused_left = None
            self.finished.emit()
            return
        self.index += 1
        self._phase_end = at + self.phase.seconds
        self.phase_changed.emit(self.index)
