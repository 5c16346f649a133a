"""Tonight as a tired person meets it: the next step in view, the timeline pinned above the
list, a headline that follows the clock, the dose on show, one wake a minute."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.ui.pages.tonight_page import TonightPage

BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 10, 21, 35, 20, tzinfo=BERLIN))


@pytest.fixture
def evening(data_paths, clock):
    store = open_store(data_paths)
    ev = Evening(store, lambda: BERLIN, clock)
    ev.ensure_routine()
    yield ev
    store.close()


@pytest.fixture
def page(qtbot, evening) -> TonightPage:
    widget = TonightPage(evening)
    qtbot.addWidget(widget)
    widget.resize(760, 620)  # the window's default size leaves the page about this much
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_in_list(page: TonightPage, index: int) -> bool:
    row = page.rows[index]
    viewport = page._scroll.viewport()
    top = row.mapTo(viewport, row.rect().topLeft()).y()
    return top >= 0 and top + min(row.height(), viewport.height()) <= viewport.height()


def test_the_next_step_is_in_view_when_the_page_opens(page) -> None:
    assert page.next is not None and page.next >= 2, "a past step or two above it"
    assert visible_in_list(page, page.next)
    assert page._scroll.verticalScrollBar().value() > 0


def test_the_next_step_comes_into_view_when_the_state_changes(page, clock) -> None:
    page._scroll.verticalScrollBar().setValue(0)
    first_next = page.next
    assert first_next is not None
    clock.at = page.rows[first_next].step.at + timedelta(minutes=40)
    page.tick()
    assert page.next is not None and page.next > first_next
    assert visible_in_list(page, page.next)


def test_the_timeline_stays_pinned_above_the_list(page) -> None:
    assert not page._scroll.isAncestorOf(page.timeline)
    before = page.timeline.mapTo(page, page.timeline.rect().topLeft())
    bar = page._scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert page.timeline.mapTo(page, page.timeline.rect().topLeft()) == before
    assert page.timeline.geometry().bottom() < page._scroll.geometry().top()


def test_the_headline_follows_the_clock(page, clock, evening) -> None:
    evening.replace_routine([Step(StepKind.CUSTOM, "Warm socks", Anchor.at(time(22, 0))),
                             Step(StepKind.CUSTOM, "Lights out", Anchor.at(time(23, 0)))])
    page.refresh()
    step = page.plan.steps[page.next]
    assert step.title == "Warm socks"
    clock.at = step.at - timedelta(minutes=3, seconds=10)
    page.tick()
    assert page.next_label.text().endswith("in 4 min")
    clock.at = step.at + timedelta(seconds=20)
    page.tick()
    assert page.next_label.text().startswith(f"Now: {step.title}")
    clock.at = step.at + timedelta(minutes=6, seconds=5)
    page.tick()
    assert page.rows[page.next].step is step
    assert "6 min ago" in page.next_label.text() and "now" not in page.next_label.text()


def test_it_wakes_once_at_the_next_minute_boundary_while_shown(page, clock) -> None:
    assert page.is_ticking()
    seconds_left = 60 - clock.at.second
    assert page._ticker.isSingleShot()
    assert seconds_left * 1000 <= page._ticker.interval() <= seconds_left * 1000 + 100
    page.hide()
    assert not page.is_ticking()


def test_a_header_and_its_timeline_agree_on_the_minute(page, evening, clock) -> None:
    """The shown times all round the same way: a step planned at 21:29:40 reads 21:30 in the
    list, the headline and the countdown (which counts to 21:30)."""
    step = page.plan.steps[page.next]
    assert step.at.second == 0
    row = page.rows[page.next]
    assert row.time_label.text() in page.next_label.text()


def test_missed_steps_are_labelled_missed_on_every_refresh(page, clock) -> None:
    first = page.rows[0]
    assert first.step.at + timedelta(minutes=15) < clock.at
    for _ in range(3):
        page.refresh()
        page.tick()
        assert page.rows[0].state_label.text() == "Missed"
        assert page.rows[0].done_button.isEnabled(), "a missed step can still be marked done"


def test_the_dose_and_the_name_are_shown_as_entered(page, evening) -> None:
    evening.add_step(template_step(StepKind.MAGNESIUM, evening.guidance, dose_mg=250,
                                   form="glycinate", anchor=Anchor.at(time(21, 30))))
    evening.add_step(template_step(StepKind.MEDICATION, evening.guidance,
                                   name="Pramipexol 0.18 mg", anchor=Anchor.at(time(21, 45))))
    page.refresh()
    doses = {r.step.kind: r.dose_label.text() for r in page.rows if r.dose_label.text()}
    assert doses == {StepKind.MAGNESIUM: "250 mg magnesium glycinate",
                     StepKind.MEDICATION: "Pramipexol 0.18 mg"}
    assert all(r.dose_label.isHidden() != bool(r.dose_label.text()) for r in page.rows)
