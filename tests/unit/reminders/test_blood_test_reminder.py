"""The reminder the evening before a planned blood test: the pure occurrence, then the
reminder service over a real store with an injected clock (no sleeping). Shown once at
19:00 the evening before, never again after a restart; not when cancelled, not when the
reminder was unticked; skipped in quiet hours and while paused like any reminder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.labs import PlannedTest
from rlsdesk.domain.reminder_policy import QuietHours, State
from rlsdesk.notify.base import ACTION_OPEN
from rlsdesk.reminders.blood_test import (
    BLOOD_TEST_ID,
    blood_test_key,
    blood_test_occurrence,
    parse_blood_test_key,
)
from rlsdesk.services.labs import LabsService
from rlsdesk.services.preferences import Preferences
from rlsdesk.system.paths import DataPaths
from tests.fakes import RecordingNotifier
from tests.unit.reminders.test_service import World

BERLIN = ZoneInfo("Europe/Berlin")
TEST_DAY = date(2026, 11, 24)          # the morning of the draw
EVENING = date(2026, 11, 23)           # the night whose evening gets the reminder
KEY = "bloodtest@2026-11-23"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def plan(world: World, day: date = TEST_DAY, remind: bool = True) -> None:
    LabsService(world.evening()).plan_test(day, remind=remind)


def shown(notifier: RecordingNotifier) -> list[str]:
    return [r.key for r in notifier.shown if r.key.startswith("bloodtest@")]


# --- pure -----------------------------------------------------------------------------------
def test_the_occurrence_belongs_to_the_evening_before_and_only_with_a_reminder() -> None:
    occ = blood_test_occurrence(EVENING, [PlannedTest(TEST_DAY)], BERLIN)
    assert occ is not None and occ.step_id == BLOOD_TEST_ID
    assert occ.due == at("2026-11-23T19:00")
    assert blood_test_occurrence(TEST_DAY, [PlannedTest(TEST_DAY)], BERLIN) is None
    assert blood_test_occurrence(EVENING, [PlannedTest(TEST_DAY, remind=False)], BERLIN) is None
    assert blood_test_key(EVENING) == KEY and parse_blood_test_key(KEY) == EVENING
    assert parse_blood_test_key("checkin@2026-11-23") is None


# --- the service ------------------------------------------------------------------------------
@pytest.fixture
def world(qapp, data_paths: DataPaths) -> Iterator[World]:
    w = World(data_paths, at("2026-11-23T18:00"))
    yield w
    for s in w.services:
        s.stop()
    for st in w.stores:
        st.close()


def test_delivered_once_at_seven_the_evening_before_and_not_after_a_restart(world: World
                                                                             ) -> None:
    world.set("2026-11-23T18:00")
    world.start(("Stretch", "21:30"))[0].stop()
    plan(world)
    service, notifier = world.start()
    assert service.scheduler.armed[f"step:{BLOOD_TEST_ID}"] == at("2026-11-23T19:00")
    assert shown(notifier) == []
    world.set("2026-11-23T18:59:59")
    service.reconcile()
    assert shown(notifier) == [], "not before its time"
    world.set("2026-11-23T19:00:00.400")
    service.reconcile()
    service.reconcile()  # a second wake-up for the same moment
    assert shown(notifier) == [KEY]
    reminder = notifier.shown[-1]
    assert reminder.title == "Blood test tomorrow morning (Tue 24 Nov)"
    assert not reminder.late
    assert "morning" in reminder.body and "24 hours before" in reminder.body
    assert "Source: Winkelman et al., J Clin Sleep Med 2025" in reminder.body
    assert service.entries()[BLOOD_TEST_ID].state is State.NOTIFIED
    notifier.click(KEY, ACTION_OPEN)
    assert KEY in notifier.closed
    service.stop()
    world.advance(minutes=5)
    _again, notifier2 = world.start()  # restart: the ledger says it was shown
    assert shown(notifier2) == []
    world.set("2026-11-24T08:00")
    _again.reconcile()
    assert shown(notifier2) == [], "the test's own morning has no reminder"


def test_a_plan_made_from_the_command_line_while_running_is_followed(world: World) -> None:
    world.set("2026-11-23T17:00")
    service, notifier = world.start(("Stretch", "21:30"))
    assert service.blood_test() is None
    plan(world)  # another connection writes, as `rlsdesk log lab plan` does
    service.replan()  # the app's data watch hears the write and re-plans
    assert service.blood_test() is not None
    world.set("2026-11-23T19:00:01")
    service.reconcile()
    assert shown(notifier) == [KEY]


def test_not_delivered_when_cancelled_before_the_evening(world: World) -> None:
    world.set("2026-11-23T17:00")
    world.start(("Stretch", "21:30"))[0].stop()
    plan(world)
    service, notifier = world.start()
    assert BLOOD_TEST_ID in service.entries()
    assert LabsService(world.evening()).unplan_test(TEST_DAY)
    service.replan()  # as the app's data watch does on the write
    assert service.blood_test() is None
    assert BLOOD_TEST_ID not in service.entries(), "its pending row went away"
    world.set("2026-11-23T19:00:01")
    service.reconcile()
    assert shown(notifier) == []
    assert f"step:{BLOOD_TEST_ID}" not in service.scheduler.armed


def test_not_delivered_when_the_reminder_was_not_wanted(world: World) -> None:
    world.set("2026-11-23T18:00")
    world.start(("Stretch", "21:30"))[0].stop()
    plan(world, remind=False)
    service, notifier = world.start()
    world.set("2026-11-23T19:00:01")
    service.reconcile()
    assert shown(notifier) == [] and BLOOD_TEST_ID not in service.entries()


def test_quiet_hours_and_a_pause_skip_it_like_any_reminder(world: World) -> None:
    world.set("2026-11-23T18:00")
    world.start(("Stretch", "21:30"))[0].stop()
    plan(world)
    quiet = QuietHours(time(18, 30), time(7, 0))
    Preferences(world.evening().store.settings).set_quiet_hours(quiet)
    service, notifier = world.start()
    world.set("2026-11-23T19:00:01")
    service.reconcile()
    assert shown(notifier) == []
    entry = service.entries()[BLOOD_TEST_ID]
    assert (entry.state, entry.reason) == (State.SKIPPED, "quiet hours")


def test_late_after_a_sleep_within_half_an_hour_then_missed(world: World) -> None:
    world.set("2026-11-23T18:00")
    world.start(("Stretch", "21:30"))[0].stop()
    plan(world)
    world.set("2026-11-23T19:20")
    _service, notifier = world.start()
    assert shown(notifier) == [KEY] and notifier.shown[-1].late
    plan(world, date(2026, 11, 25))
    world.set("2026-11-24T20:30")
    later, notifier2 = world.start()
    assert shown(notifier2) == []
    assert later.entries()[BLOOD_TEST_ID].state is State.MISSED


def test_a_paused_evening_skips_it(world: World) -> None:
    world.set("2026-11-23T18:00")
    world.start(("Stretch", "21:30"))[0].stop()
    plan(world)
    Preferences(world.evening().store.settings).set_paused_night(EVENING)
    service, notifier = world.start()
    world.set("2026-11-23T19:00:01")
    service.reconcile()
    assert shown(notifier) == []
    entry = service.entries()[BLOOD_TEST_ID]
    assert (entry.state, entry.reason) == (State.SKIPPED, "paused")
