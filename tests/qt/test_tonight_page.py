"""The Tonight page over a real store with an injected clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.pages.tonight_page import TonightPage

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 10, 20, 18, tzinfo=BERLIN))


@pytest.fixture
def evening(data_paths, clock):
    store = open_store(data_paths)
    ev = Evening(store, lambda: BERLIN, clock)
    ev.ensure_routine()
    yield ev
    store.close()


@pytest.fixture
def marks() -> dict[int, str]:
    return {}


@pytest.fixture
def page(qtbot, evening, marks) -> TonightPage:
    widget = TonightPage(evening, state_for=marks.get)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    return widget


def test_lists_tonights_steps_in_order_with_locale_times(page, evening) -> None:
    plan = evening.plan()
    assert [r.step.title for r in page.rows] == [s.title for s in plan.steps]
    assert [r.time_label.text() for r in page.rows] == [format_clock(s.at) for s in plan.steps]
    times = [s.at for s in plan.steps]
    assert times == sorted(times)
    disabled = "Alternate warm and cool packs"
    assert disabled not in [r.step.title for r in page.rows]
    assert "Drake et al." in page.rows[0].why_label.text()


def test_peak_summary_is_shown(page) -> None:
    assert page.peak_label.text().startswith(
        "Your evening pattern: no personal data yet, so a typical evening: symptoms start")


def test_next_step_is_highlighted_with_a_countdown(page, clock, evening) -> None:
    plan = evening.plan()
    upcoming = [s for s in plan.steps if s.at > clock.at]
    expected = upcoming[0]
    row = page.row_for(expected.step_id)
    assert row is not None and row.is_next
    assert sum(r.is_next for r in page.rows) == 1
    minutes = round((expected.at - clock.at).total_seconds() / 60)
    assert row.countdown_label.text() == f"in {minutes} min"
    assert expected.title in page.next_label.text()
    # time moves on: 20 min after that step's time (its grace is over) the next one is next
    clock.at = expected.at + timedelta(minutes=max(15, expected.minutes) + 1)
    page.tick()
    assert not row.is_next
    assert page.rows[page.next].step.at > expected.at


def test_countdown_ticks_only_while_visible(page, qtbot) -> None:
    assert not page.is_ticking()
    page.show()
    qtbot.waitExposed(page)
    assert page.is_ticking()
    page.hide()
    assert not page.is_ticking()


def test_done_and_skip_are_requested_and_marks_shown(page, marks, qtbot) -> None:
    first, second = page.rows[0], page.rows[1]
    with qtbot.waitSignal(page.done_requested) as done:
        first.done_button.click()
    assert done.args == [first.step.step_id]
    with qtbot.waitSignal(page.skip_requested) as skip:
        second.skip_button.click()
    assert skip.args == [second.step.step_id]
    marks[first.step.step_id] = "done"
    marks[second.step.step_id] = "skipped"
    page.update_states()
    assert page.row_for(first.step.step_id).state_label.text() == "Done ✓"
    assert page.row_for(second.step.step_id).state_label.text() == "Skipped"
    assert not page.row_for(first.step.step_id).done_button.isEnabled()


def test_finished_steps_are_never_next(page, marks, evening) -> None:
    next_row = page.rows[page.next]
    marks[next_row.step.step_id] = "done"
    page.update_states()
    assert page.rows[page.next] is not next_row


def test_start_is_offered_for_timed_steps(page, qtbot) -> None:
    by_kind = {r.step.kind: r for r in page.rows}
    assert not by_kind[StepKind.STRETCHING].start_button.isHidden()
    assert by_kind[StepKind.BEDTIME].start_button.isHidden()
    row = by_kind[StepKind.STRETCHING]
    with qtbot.waitSignal(page.start_requested) as start:
        row.start_button.click()
    assert start.args == [row.step.step_id]


def test_planner_moves_and_warnings_are_shown_plainly(page, evening) -> None:
    evening.add_step(
        template_step(
            StepKind.MEDICATION, evening.guidance, name="Doxycycline", anchor=Anchor.at(time(19, 0))
        )
    )
    evening.add_step(template_step(StepKind.MAGNESIUM, evening.guidance, dose_mg=400,
                                   form="citrate"))
    page.refresh()
    magnesium_rows = [r for r in page.rows if r.step.kind is StepKind.MAGNESIUM]
    notes = " ".join(r.notes_label.text() for r in magnesium_rows)
    assert "Doxycycline" in notes
    assert not page.warnings_label.isHidden()
    assert "400 mg" in page.warnings_label.text()
    assert "NIH Office of Dietary Supplements" in page.warnings_label.text()


def test_refresh_follows_routine_changes(page, evening) -> None:
    before = len(page.rows)
    evening.add_step(template_step(StepKind.MASSAGE, evening.guidance))
    page.refresh()
    assert len(page.rows) == before + 1


def _settle(page, qtbot, width: int, height: int) -> None:
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page._fit_timer.isActive())


def test_every_reason_folds_behind_a_why_toggle(page, qtbot) -> None:
    """So that several steps fit at large text: each row keeps its reason as tooltip and
    description, and shows it when the person opens "Why?", by keyboard or mouse."""
    from PySide6.QtCore import Qt

    _settle(page, qtbot, 900, 520)
    assert page.next is not None
    for row in page.rows:
        assert row.toolTip() == row.step.why == row.accessibleDescription()
        assert not row.why_label.isVisibleTo(page)
        assert row.why_button.isVisibleTo(page) == bool(row.step.why)
        assert row.why_button.accessibleName() == f"Why: {row.step.title}"
        assert row.why_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    row = page.rows[page.next + 1]
    row.why_button.setFocus()
    qtbot.keyClick(row.why_button, Qt.Key.Key_Space)
    assert row.why_button.isChecked() and row.why_label.isVisibleTo(page)
    qtbot.mouseClick(row.why_button, Qt.MouseButton.LeftButton)
    assert not row.why_label.isVisibleTo(page)
    qtbot.mouseClick(row.why_button, Qt.MouseButton.LeftButton)
    step_id = row.step.step_id
    page.refresh()  # the rows are made anew: the person's choice stays
    again = page.row_for(step_id)
    assert again is not row
    qtbot.waitUntil(again.isVisible)  # a new row shows once the event loop runs
    assert again.why_label.isVisibleTo(page)


def test_the_next_reason_opens_only_when_the_steps_after_it_still_fit(page, qtbot) -> None:
    _settle(page, qtbot, 900, 1600)
    assert page.next is not None
    shown = [row.why_label.isVisibleTo(page) for row in page.rows]
    assert shown == [index == page.next for index in range(len(page.rows))]
    assert not page.timeline.compact
    page.resize(900, 420)  # far too short: the reason folds and the timeline takes one lane
    qtbot.waitUntil(lambda: page.timeline.compact)
    assert not page.rows[page.next].why_label.isVisibleTo(page)
    assert page.timeline.height() == page.timeline.height_for(compact=True)
    page.rows[page.next].why_button.click()  # the person's choice stands
    page.resize(900, 430)
    qtbot.waitUntil(lambda: not page._fit_timer.isActive())
    assert page.rows[page.next].why_label.isVisibleTo(page)


def test_buttons_are_named_for_their_step(page) -> None:
    row = page.rows[0]
    assert row.done_button.accessibleName() == f"Done: {row.step.title}"
    assert row.done_button.minimumHeight() >= 40


def test_muted_text_follows_a_change_of_the_app_palette(page, qapp) -> None:
    from PySide6.QtGui import QColor, QPalette

    from rlsdesk.ui.calm import muted_text

    label = page.rows[0].why_label
    before = QPalette(qapp.palette())
    day = QPalette(before)
    day.setColor(QPalette.ColorRole.Window, QColor("#f4f1ea"))
    day.setColor(QPalette.ColorRole.WindowText, QColor("#202020"))
    sheet = qapp.styleSheet()
    qapp.setPalette(day)
    qapp.setStyleSheet(sheet + " ")  # as the theme does: palette, then a re-polish
    qapp.processEvents()
    day_muted = label.palette().color(QPalette.ColorRole.WindowText)
    night = QPalette(before)
    night.setColor(QPalette.ColorRole.Window, QColor("#1b1a17"))
    night.setColor(QPalette.ColorRole.WindowText, QColor("#e8dcc8"))
    try:
        qapp.setPalette(night)
        qapp.setStyleSheet(sheet)
        qapp.processEvents()
        shown = label.palette().color(QPalette.ColorRole.WindowText)
        assert shown == muted_text(night)
        assert shown != day_muted
        # between the night's text and its background
        assert QColor("#1b1a17").lightness() < shown.lightness() < QColor("#e8dcc8").lightness()
    finally:
        qapp.setPalette(before)
        qapp.setStyleSheet(sheet)


def test_muted_text_keeps_aa_contrast_at_night_by_day_and_on_the_next_row() -> None:
    from PySide6.QtGui import QColor, QPalette

    from rlsdesk.domain.appearance import contrast_ratio
    from rlsdesk.ui.calm import muted_text, soft
    from rlsdesk.ui.theme import night_palette

    day = QPalette(QColor("#efefef"), QColor("#efefef"))  # an ordinary light look
    day.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
    day.setColor(QPalette.ColorRole.Highlight, QColor("#308cc6"))
    for palette in (night_palette(), day):
        window = palette.color(QPalette.ColorRole.Window)
        muted = muted_text(palette)
        tint = soft(palette.color(QPalette.ColorRole.Highlight), 38)  # the next step's row
        a = tint.alphaF()
        row = QColor(*(round(w + (t - w) * a) for w, t in
                       ((window.red(), tint.red()), (window.green(), tint.green()),
                        (window.blue(), tint.blue()))))
        for background in (window, row):
            ratio = contrast_ratio(muted.name(), background.name())
            assert ratio >= 4.5, f"{muted.name()} on {background.name()}: {ratio:.2f}"


def test_your_onset_and_the_diarys_both_shown_with_a_switch(qtbot, evening, clock,
                                                            marks) -> None:
    evening.set_times(usual_onset=time(22, 30))
    for days in range(1, 8):
        evening.log_onset(clock.at.replace(hour=21, minute=50) - timedelta(days=days), 4)
    page = TonightPage(evening, state_for=marks.get)
    qtbot.addWidget(page)
    assert not page.onset_box.isHidden()
    assert page.onset_label.text() == "You said 22:30; your diary suggests 21:50. Use it?"
    assert page.plan is not None and page.plan.onset.strftime("%H:%M") == "22:30"
    with qtbot.waitSignal(page.onset_changed):
        page.onset_button.click()
    assert page.plan.onset.strftime("%H:%M") == "21:50"
    assert page.onset_label.text() == "Following your diary: 21:50. You said 22:30. Use yours?"
    page.onset_button.click()
    assert page.plan.onset.strftime("%H:%M") == "22:30"


def test_no_onset_choice_when_they_agree_or_nothing_was_typed(qtbot, evening, clock,
                                                              marks) -> None:
    for days in range(1, 8):
        evening.log_onset(clock.at.replace(hour=21, minute=50) - timedelta(days=days), 4)
    page = TonightPage(evening, state_for=marks.get)
    qtbot.addWidget(page)
    assert page.onset_box.isHidden(), "nothing typed: the diary plans, nothing to choose"
    evening.set_times(usual_onset=time(22, 0))  # 10 min apart: not worth asking
    page.refresh()
    assert page.onset_box.isHidden()


def test_a_step_that_cannot_be_placed_well_says_so(qtbot, evening, clock, marks) -> None:
    """Magnesium that cannot be kept apart from an antibiotic added in the evening, without
    moving it past bedtime or into the past, stays, and the row and the warnings say so in
    the person's language."""
    from rlsdesk.store.ledger_repo import LedgerRepo

    clock.at = clock.at.replace(hour=19, minute=0)
    evening.set_times(bedtime=time(22, 30), usual_onset=time(21, 30))
    evening.add_step(template_step(StepKind.MAGNESIUM, evening.guidance,
                                   title="Magnesium with dinner", anchor=Anchor.at(time(20, 0)),
                                   dose_mg=200, form="citrate"))  # as the person entered it
    before = evening.plan()  # what the reminders have for tonight before the change
    LedgerRepo(evening.store.conn).sync_plan(
        before.night, {s.step_id: s.at for s in before.steps if s.step_id}, clock.at)
    evening.add_step(template_step(StepKind.MEDICATION, evening.guidance, name="Doxycycline",
                                   anchor=Anchor.at(time(20, 30))))
    page = TonightPage(evening, state_for=marks.get)
    qtbot.addWidget(page)
    mg = next(r for r in page.rows if r.step.title == "Magnesium with dinner")
    assert mg.step.at.strftime("%H:%M") == "20:00" and not mg.step.moved
    assert "Magnesium is less than 2 h after or 4 h before Doxycycline" in mg.notes_label.text()
    assert "Magnesium with dinner: Magnesium is less than" in page.warnings_label.text()
