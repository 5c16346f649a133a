"""A change of plan never fires a reminder for a time already past.

The service over a real store and planner with an injected clock (see test_service.py):
a routine edit, a new step, a setting, an import that moves the learned onset. A step whose
new time is past is recorded missed ("plan changed"), never shown late at once; one already
reminded keeps its time; the first look of a night (a start) is no change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest

from rlsdesk.domain.guidance import template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.planner import NoteCode
from rlsdesk.domain.reminder_policy import (
    ON_TIME_GRACE,
    REASON_PLAN_CHANGED,
    State,
    missed_by_change,
)
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.system.paths import DataPaths
from tests.unit.reminders.test_service import BERLIN, World, titles

NIGHT = date(2026, 11, 21)


def at(clock: str, day: date = NIGHT) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=BERLIN)


@pytest.fixture
def world(qapp, data_paths: DataPaths) -> Iterator[World]:
    w = World(data_paths, at("20:00"))
    yield w
    for s in w.services:
        s.stop()
    for st in w.stores:
        st.close()


# --- the pure rule ------------------------------------------------------------------------------
def test_missed_by_change_pure() -> None:
    now = at("21:00")
    before = {1: at("21:30"), 2: at("20:00"), 3: at("21:20")}
    due = {1: at("20:40"), 2: at("20:00"), 3: at("21:40"), 4: at("20:10"),
           5: now - ON_TIME_GRACE + timedelta(seconds=1)}
    # 1 moved into the past; 4 is new and past; 2 unchanged; 3 future; 5 within the grace
    assert missed_by_change(now, due, before) == {1, 4}
    assert missed_by_change(now, due, None) == set(), "a start or a new night is no change"
    assert missed_by_change(now, {1: at("20:40").astimezone(UTC)}, {1: at("20:40")}) == set()


# --- the service --------------------------------------------------------------------------------
def test_edit_moving_a_pending_step_into_the_past_records_it_missed(world: World) -> None:
    world.set("2026-11-21T21:00")
    service, notifier = world.start(("Stretch", "21:30"))
    sid = world.step_id(service, "Stretch")
    evening = service.evening
    step = evening.step(sid)
    assert step is not None
    evening.update_step(replace(step, anchor=Anchor.at(time(20, 30))))
    service.replan()
    assert notifier.shown == [], "never a fresh 'late' reminder for the new, past time"
    entry = service.entries()[sid]
    assert (entry.state, entry.reason) == (State.MISSED, REASON_PLAN_CHANGED)
    assert entry.due == at("20:30")
    service.reconcile()
    assert notifier.shown == []


def test_a_new_step_whose_time_has_passed_is_missed_not_shown(world: World) -> None:
    world.set("2026-11-21T21:00")
    service, notifier = world.start(("Stretch", "21:30"))
    new_id = service.evening.add_step(
        Step(StepKind.CUSTOM, "Tea", Anchor.at(time(20, 50))))
    service.replan()
    assert titles(notifier) == []
    assert service.entries()[new_id].state is State.MISSED
    # a new step still ahead is reminded as usual
    later = service.evening.add_step(Step(StepKind.CUSTOM, "Socks", Anchor.at(time(21, 5))))
    service.replan()
    assert service.entries()[later].state is State.PENDING
    world.set("2026-11-21T21:05")
    service.reconcile()
    assert titles(notifier) == ["Socks"] and not notifier.shown[-1].late


def test_a_start_after_the_time_is_no_change_it_is_shown_late(world: World) -> None:
    world.start(("Stretch", "21:00"))[0].stop()
    world.set("2026-11-21T21:10")
    _service, notifier = world.start()
    assert titles(notifier) == ["Stretch"] and notifier.shown[0].late


def test_a_step_already_reminded_keeps_its_time_when_the_plan_changes(world: World) -> None:
    world.set("2026-11-21T21:00")
    service, notifier = world.start(("Stretch", "21:00"))
    sid = world.step_id(service, "Stretch")
    assert titles(notifier) == ["Stretch"]
    step = service.evening.step(sid)
    assert step is not None
    service.evening.update_step(replace(step, anchor=Anchor.at(time(21, 40))))
    world.set("2026-11-21T21:05")
    service.replan()
    entry = service.entries()[sid]
    assert (entry.state, entry.due) == (State.NOTIFIED, at("21:00"))
    assert [o.due for o in service.occurrences()] == [at("21:00")], "tonight: where it was"
    world.set("2026-11-21T21:40")
    service.reconcile()
    assert titles(notifier) == ["Stretch"], "not shown a second time"


def test_antibiotic_added_late_moves_no_magnesium_into_the_past_or_after_bed(
    world: World,
) -> None:
    """The reported case: an antibiotic added in the evening moved one magnesium step an
    hour past bedtime after its reminder had fired, and another into the past."""
    world.set("2026-11-21T19:00")
    service, notifier = world.start(("Stretch", "21:45"))
    evening = service.evening
    evening.set_times(bedtime=time(22, 30))
    guidance = evening.guidance
    # doses as the person entered them from the label (rlsdesk suggests none)
    first = evening.add_step(template_step("magnesium", guidance, title="Mg early",
                                           anchor=Anchor.at(time(20, 0)), dose_mg=150,
                                           form="citrate"))
    second = evening.add_step(template_step("magnesium", guidance, title="Mg late",
                                            anchor=Anchor.at(time(21, 0)), dose_mg=100,
                                            form="citrate"))
    service.replan()
    world.set("2026-11-21T20:00:10")
    service.reconcile()
    assert titles(notifier) == ["Mg early: 150 mg magnesium citrate"]  # the dose as entered
    world.set("2026-11-21T20:30")
    antibiotic = evening.add_step(template_step(
        "medication", guidance, name="Doxycycline", anchor=Anchor.at(time(21, 5))))
    service.replan()
    due = {o.step_id: o.due for o in service.occurrences()}
    assert due[antibiotic] == at("21:05"), "the medicine keeps its time"
    assert due[first] == at("20:00"), "already reminded: where it was"
    assert due[second] == at("21:00"), "not moved into the past, nor past bedtime (22:30)"
    plan = evening.plan()
    late = next(s for s in plan.steps if s.step_id == second)
    assert NoteCode.SPACING_UNRESOLVED in {n.code for n in late.issues}
    assert any(n.step_id == second for n in plan.issues)
    world.set("2026-11-21T21:00:05")
    service.reconcile()
    reminder = notifier.shown[-1]
    assert reminder.title == "Mg late: 100 mg magnesium citrate" and not reminder.late
    assert "Magnesium is less than 2 h after or 4 h before Doxycycline" in reminder.body
    assert service.entries()[first].state is State.NOTIFIED


def test_import_moving_the_learned_onset_does_not_fire_late(world: World) -> None:
    """Following the diary: an import that moves the onset earlier puts a before-onset step
    in the past: it is recorded missed, not shown late at once."""
    world.set("2026-11-21T20:50")
    service, notifier = world.start(("Stretch", "23:00"))
    evening = service.evening
    evening.set_onset_source("diary")
    heat = evening.add_step(Step(StepKind.HEAT_PACK, "Heat", Anchor.before_onset(0)))
    service.replan()
    assert {o.step_id: o.due for o in service.occurrences()}[heat] == at("21:30")
    for days in range(1, 8):  # an import of a week of onsets around 20:30
        night = NIGHT - timedelta(days=days)
        evening.log_onset(at("20:30", night), 4, source="import")
    service.replan()
    assert notifier.shown == []
    entry = service.entries()[heat]
    assert (entry.state, entry.reason) == (State.MISSED, REASON_PLAN_CHANGED)
