"""The morning check-in reminder: pure decisions, then the service over a real store with an
injected clock (no sleeping). Same rules as a step's reminder: once, late up to 30 min,
missed after, never again after a restart; and only while the night has no check-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.reminder_policy import (
    Controls,
    Entry,
    QuietHours,
    State,
    decide,
)
from rlsdesk.notify.base import ACTION_OPEN
from rlsdesk.reminders.checkin import (
    ACTION_CHECKIN,
    CHECKIN_ACTIONS,
    CHECKIN_ID,
    checkin_due,
    checkin_key,
    checkin_occurrence,
    parse_checkin_key,
    settle_when_checked_in,
)
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.preferences import Preferences
from rlsdesk.store.diary_repo import read_done_marks
from rlsdesk.system.paths import DataPaths
from tests.fakes import RecordingNotifier
from tests.unit.reminders.test_service import World

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 20)
KEY = "checkin@2026-11-20"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


# --- pure -----------------------------------------------------------------------------------
def test_due_the_morning_after_the_evening_also_across_a_clock_change() -> None:
    assert checkin_due(NIGHT, time(8, 0), BERLIN) == at("2026-11-21T08:00")
    spring = checkin_due(date(2026, 3, 28), time(8, 0), BERLIN)  # clocks go forward at 02:00
    assert spring == at("2026-03-29T08:00") and spring.utcoffset() == timedelta(hours=2)
    with pytest.raises(ValueError):
        checkin_due(NIGHT, time(13, 0), BERLIN)


def test_keys_name_the_night_asked_about() -> None:
    assert checkin_key(NIGHT) == KEY
    assert parse_checkin_key(KEY) == NIGHT
    assert parse_checkin_key("12@2026-11-20") is None
    assert parse_checkin_key("checkin@yesterday") is None


@pytest.mark.parametrize(
    ("now", "outcome"),
    [
        ("2026-11-21T07:59:59", "wait"),
        ("2026-11-21T08:00:30", "on time"),
        ("2026-11-21T08:20:00", "late"),      # the laptop slept through 08:00
        ("2026-11-21T08:30:00", "late"),
        ("2026-11-21T11:00:00", "missed"),    # too late to be useful: recorded, not shown
    ],
)
def test_the_same_on_time_late_missed_rules_as_a_step(now: str, outcome: str) -> None:
    occurrence = checkin_occurrence(NIGHT, time(8, 0), BERLIN)
    controls = Controls(bedtime=at("2026-11-20T22:30"))  # long past: still worth showing
    decision = decide(at(now), [occurrence], {}, controls, BERLIN)
    if outcome == "wait":
        assert not decision.changes_ledger
        assert decision.wakeups == {f"step:{CHECKIN_ID}": at("2026-11-21T08:00")}
    elif outcome == "missed":
        assert decision.missed == [CHECKIN_ID] and decision.deliver == []
    else:
        assert [d.late for d in decision.deliver] == [outcome == "late"]


def test_quiet_hours_and_a_paused_night_skip_it() -> None:
    occurrence = checkin_occurrence(NIGHT, time(6, 30), BERLIN)
    quiet = Controls(quiet=QuietHours(time(1, 0), time(7, 0)))
    assert decide(at("2026-11-21T06:30"), [occurrence], {}, quiet, BERLIN).skipped == [
        (CHECKIN_ID, "quiet hours")]
    paused = Controls(paused=True)
    assert decide(at("2026-11-21T06:30"), [occurrence], {}, paused, BERLIN).skipped == [
        (CHECKIN_ID, "paused")]


def test_a_check_in_settles_it_and_withdraws_it_if_shown() -> None:
    due = at("2026-11-21T08:00")

    def entry(state: State) -> Entry:
        return Entry(CHECKIN_ID, state, due)

    assert settle_when_checked_in(None, checked_in=False) == (False, False)
    assert settle_when_checked_in(None, checked_in=True) == (True, False)
    assert settle_when_checked_in(entry(State.PENDING), checked_in=True) == (True, False)
    assert settle_when_checked_in(entry(State.NOTIFIED), checked_in=True) == (True, True)
    for final in (State.SKIPPED, State.MISSED, State.DONE):
        assert settle_when_checked_in(entry(final), checked_in=True) == (False, False)


# --- the service, with a fake clock ---------------------------------------------------------
@pytest.fixture
def world(qapp, data_paths: DataPaths) -> Iterator[World]:
    w = World(data_paths, at("2026-11-20T21:00"))
    yield w
    for s in w.services:
        s.stop()
    for st in w.stores:
        st.close()


def switch_on(world: World, clock: str = "08:00") -> None:
    evening = world.evening()
    Preferences(evening.store.settings).set_checkin_reminder(True, time.fromisoformat(clock))


def check_in(world: World, night: date = NIGHT) -> None:
    DiaryService(world.evening()).save(NightEntry(night, 3))


def shown(notifier: RecordingNotifier) -> list[str]:
    return [r.key for r in notifier.shown if r.key.startswith("checkin@")]


def test_off_by_default(world: World) -> None:
    service, _ = world.start(("Stretch", "21:30"))
    assert service.checkin() is None
    assert CHECKIN_ID not in service.entries()
    assert not any(job.startswith(f"step:{CHECKIN_ID}") for job in service.scheduler.armed)


def test_shown_once_at_its_time_and_a_restart_does_not_repeat(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    service, notifier = world.start()
    assert service.scheduler.armed[f"step:{CHECKIN_ID}"] == at("2026-11-21T08:00")
    assert service.next_step_text() == "Stretch at 21:30", "not a step of tonight's plan"
    world.set("2026-11-21T08:00:00.300")
    service.reconcile()
    service.reconcile()  # a second wake-up for the same moment
    assert shown(notifier) == [KEY]
    reminder = notifier.shown[-1]
    assert reminder.title == "Morning check-in" and not reminder.late
    assert reminder.actions == CHECKIN_ACTIONS
    assert "Fri 20 Nov" in reminder.body
    assert service.entries()[CHECKIN_ID].state is State.NOTIFIED
    service.stop()
    world.advance(minutes=3)
    _again, notifier2 = world.start()  # restart: the ledger says it was shown
    assert shown(notifier2) == []


def test_asleep_at_eight_woken_at_twenty_past_shows_it_once_marked_late(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    world.set("2026-11-21T08:20")
    service, notifier = world.start()
    assert shown(notifier) == [KEY] and notifier.shown[-1].late
    assert "late: was due 08:00" in notifier.shown[-1].body
    service.on_resume()
    assert shown(notifier) == [KEY]


def test_at_eleven_it_is_missed_not_shown(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    world.set("2026-11-21T11:00")
    service, notifier = world.start()
    assert shown(notifier) == []
    assert service.entries()[CHECKIN_ID].state is State.MISSED


def test_not_shown_when_the_night_already_has_a_check_in(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    world.set("2026-11-21T07:10")
    check_in(world)
    world.set("2026-11-21T08:00:01")
    service, notifier = world.start()
    assert shown(notifier) == []
    entry = service.entries()[CHECKIN_ID]
    assert (entry.state, entry.reason) == (State.SKIPPED, "checked in")
    assert read_done_marks(service.store.conn, NIGHT, NIGHT) == {}, "never a done mark"


def test_checking_in_while_it_shows_withdraws_it(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    world.set("2026-11-21T08:00:01")
    service, notifier = world.start()
    assert shown(notifier) == [KEY]
    DiaryService(service.evening).save(NightEntry(NIGHT, 5))
    world.advance(minutes=1)
    service.replan()  # the app's data watch hears the write and the reminders look again
    assert KEY in notifier.closed
    assert service.entries()[CHECKIN_ID].state is State.SKIPPED


def test_check_in_action_asks_for_that_nights_check_in(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    world.set("2026-11-21T08:00:01")
    service, notifier = world.start()
    asked: list[date] = []
    service.checkin_requested.connect(asked.append)
    for action in (ACTION_CHECKIN, ACTION_OPEN):
        notifier.click(KEY, action)
    assert asked == [NIGHT, NIGHT]
    assert KEY in notifier.closed


def test_switching_off_or_moving_it_before_it_shows(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world, "07:30")
    service, notifier = world.start()
    Preferences(service.store.settings).set_checkin_reminder(True, time(9, 15))
    service.replan()
    assert service.scheduler.armed[f"step:{CHECKIN_ID}"] == at("2026-11-21T09:15")
    Preferences(service.store.settings).set_checkin_reminder(False)
    service.replan()
    assert CHECKIN_ID not in service.entries()
    world.set("2026-11-21T09:15")
    service.reconcile()
    assert shown(notifier) == []


def test_next_night_after_noon(world: World) -> None:
    world.start(("Stretch", "21:30"))[0].stop()
    switch_on(world)
    world.set("2026-11-21T08:00:01")
    service, notifier = world.start()
    world.set("2026-11-21T12:00:01")
    service.reconcile()  # rollover to the night of the 21st
    assert service.checkin().due == at("2026-11-22T08:00")
    world.set("2026-11-22T08:00:01")
    service.reconcile()
    assert shown(notifier) == [KEY, "checkin@2026-11-21"]


def test_step_reminders_keep_their_done_snooze_skip_actions(world: World) -> None:
    service, notifier = world.start(("Stretch", "21:30"))
    world.set("2026-11-20T21:30:01")
    service.reconcile()
    assert [r.actions for r in notifier.shown] == [
        (("done", "Done"), ("snooze", "Snooze 10 min"), ("skip", "Skip"))]
