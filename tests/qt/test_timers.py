"""Guided timers driven by a fake monotonic clock: no sleeping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Step, Stretch
from rlsdesk.services.evening import load_guidance
from rlsdesk.ui.timers import has_timer, phases_for, timer_for_step
from rlsdesk.ui.timers.window import TimerWindow


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def guidance():
    return load_guidance()


def _contrast(cycles: int = 3, minutes_each: int = 2) -> Step:
    return template_step(
        StepKind.CONTRAST_PACKS, load_guidance(), cycles=cycles, minutes_each=minutes_each, id=7
    )


def _window(qtbot, step: Step, clock: FakeClock) -> TimerWindow:
    window = timer_for_step(step, load_guidance(), None, clock)
    assert window is not None
    qtbot.addWidget(window)
    window.start()
    return window


def test_contrast_packs_alternate_heat_and_cold_with_cycle_counts(qtbot) -> None:
    clock = FakeClock()
    window = _window(qtbot, _contrast(cycles=3, minutes_each=2), clock)
    seen = [(window.phase_text(), window.progress_text())]
    window.engine.phase_changed.connect(
        lambda _i: seen.append((window.phase_text(), window.progress_text()))
    )
    assert window.countdown_text() == "2:00"
    clock.advance(30)
    window.tick()
    assert window.countdown_text() == "1:30"
    assert window.flash_count == 0
    with qtbot.waitSignal(window.finished, timeout=1000) as finished:
        for _ in range(6):
            clock.advance(120)
            window.tick()
    assert finished.args == [7]
    assert seen == [
        ("Heat", "cycle 1 of 3"), ("Cold", "cycle 1 of 3"),
        ("Heat", "cycle 2 of 3"), ("Cold", "cycle 2 of 3"),
        ("Heat", "cycle 3 of 3"), ("Cold", "cycle 3 of 3"),
    ]
    # one flash at each of the five switches and one at the end
    assert window.flash_count == 6
    assert window.phase_text() == "All done"


def test_a_late_tick_catches_up_without_drift(qtbot) -> None:
    clock = FakeClock()
    window = _window(qtbot, _contrast(cycles=2, minutes_each=1), clock)
    clock.advance(60 + 60 + 15)  # through heat and cold of cycle 1, 15 s into cycle 2
    window.tick()
    assert (window.phase_text(), window.progress_text()) == ("Heat", "cycle 2 of 2")
    assert window.countdown_text() == "0:45"


def test_space_pauses_and_resumes_enter_skips_escape_closes(qtbot) -> None:
    clock = FakeClock()
    window = _window(qtbot, _contrast(cycles=1, minutes_each=1), clock)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.engine.paused
    clock.advance(500)
    window.tick()
    assert window.countdown_text() == "1:00"
    assert window.phase_text() == "Heat"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.engine.paused
    clock.advance(20)
    window.tick()
    assert window.countdown_text() == "0:40"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.phase_text() == "Cold"
    assert window.countdown_text() == "1:00"
    with qtbot.waitSignal(window.finished, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_stretching_moves_through_named_stretches_with_pictures(qtbot, guidance) -> None:
    step = template_step(StepKind.STRETCHING, guidance, id=3)
    clock = FakeClock()
    window = _window(qtbot, step, clock)
    names: list[str] = []
    pictures: list[bool] = []

    def record() -> None:
        names.append(window.phase_text())
        pictures.append(window.picture.renderer().isValid())

    record()
    window.engine.phase_changed.connect(lambda _i: record())
    assert window.progress_text() == "stretch 1 of 4"
    for stretch in step.stretches:
        clock.advance(stretch.seconds)
        window.tick()
    assert names == [guidance.stretches[s.name].title for s in step.stretches]
    assert names[0] == "Calf stretch"
    assert all(pictures)
    assert window.engine.is_finished


def test_unknown_stretch_still_runs_without_a_picture(qtbot, guidance) -> None:
    step = Step(
        StepKind.STRETCHING, "Mine", template_step(StepKind.STRETCHING, guidance).anchor,
        stretches=(Stretch("Toe wiggles", 20),), id=4,
    )
    window = _window(qtbot, step, FakeClock())
    assert window.phase_text() == "Toe wiggles"
    assert window.picture.isHidden()


def test_bath_and_massage_are_simple_countdowns(qtbot, guidance) -> None:
    bath = template_step(StepKind.BATH, guidance, id=1)
    phases = phases_for(bath, guidance)
    assert [p.seconds for p in phases] == [bath.minutes * 60]
    assert phases_for(template_step(StepKind.MASSAGE, guidance, id=2), guidance)
    clock = FakeClock()
    window = _window(qtbot, bath, clock)
    assert window.countdown_text() == f"{bath.minutes}:00"
    with qtbot.waitSignal(window.finished, timeout=1000):
        clock.advance(bath.minutes * 60)
        window.tick()


def test_kinds_without_a_timer(guidance) -> None:
    assert not has_timer(StepKind.MAGNESIUM, 5)
    assert not has_timer(StepKind.BATH, 0)
    assert timer_for_step(template_step(StepKind.BEDTIME, guidance, id=1), guidance) is None
