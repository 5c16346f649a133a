"""ReminderService over a real store and planner, with an injected clock (no sleeping).

The notifier and the scheduler are recording stand-ins here; the real ones are exercised
end to end in tests/e2e/test_reminders.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.reminders import service as service_module
from rlsdesk.reminders.service import ReminderService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from tests.fakes import RecordingNotifier, RecordingScheduler

BERLIN = ZoneInfo("Europe/Berlin")


@dataclass
class World:
    data_paths: DataPaths
    now: datetime
    zone: ZoneInfo = BERLIN
    probe_zone: ZoneInfo = BERLIN
    services: list[ReminderService] = field(default_factory=list)
    stores: list = field(default_factory=list)

    def set(self, text: str) -> None:
        self.now = datetime.fromisoformat(text).replace(tzinfo=self.zone)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def evening(self) -> Evening:
        store = open_store(self.data_paths)
        self.stores.append(store)
        return Evening(store, lambda: self.zone, lambda: self.now)

    def start(self, *steps: tuple[str, str]) -> tuple[ReminderService, RecordingNotifier]:
        """A (re)started app: a new connection, notifier and service."""
        evening = self.evening()
        if steps:
            evening.replace_routine([
                Step(StepKind.CUSTOM, title, Anchor.at(time.fromisoformat(clock)))
                for title, clock in steps
            ])
            evening.set_times(bedtime=time(23, 30))
            evening.store.settings.set("first_run_done", True)
        notifier = RecordingNotifier()

        def apply_zone(zone: ZoneInfo) -> None:
            self.zone = zone

        service = ReminderService(
            evening, notifier, clock=lambda: self.now, zone_probe=lambda: self.probe_zone,
            apply_zone=apply_zone, scheduler_factory=RecordingScheduler, sleep_bus=None,
        )
        service.start()
        self.services.append(service)
        return service, notifier

    def step_id(self, service: ReminderService, title: str) -> int:
        return next(o.step_id for o in service.occurrences() if o.title == title)


@pytest.fixture
def world(qapp, data_paths: DataPaths) -> Iterator[World]:
    w = World(data_paths, datetime(2026, 11, 21, 20, 0, tzinfo=BERLIN))
    yield w
    for s in w.services:
        s.stop()
    for st in w.stores:
        st.close()


def titles(notifier: RecordingNotifier) -> list[str]:
    return [r.title for r in notifier.shown]


def test_on_time_once_and_a_restart_does_not_repeat(world: World) -> None:
    world.set("2026-11-21T21:00")
    service, notifier = world.start(("Stretch", "21:10"))
    assert notifier.shown == []
    sid = world.step_id(service, "Stretch")
    assert service.scheduler.armed[f"step:{sid}"] == datetime(2026, 11, 21, 21, 10, tzinfo=BERLIN)
    assert service.next_step_text() == "Stretch at 21:10"
    world.set("2026-11-21T21:10:00.200")
    service.reconcile()
    service.reconcile()  # a second wake-up for the same moment
    assert titles(notifier) == ["Stretch"] and not notifier.shown[0].late
    assert notifier.shown[0].key == f"{sid}@2026-11-21"
    assert service.state_for(sid) == "notified"
    service.stop()
    world.advance(minutes=2)
    _again, notifier2 = world.start()  # restart mid-evening
    assert notifier2.shown == []


def test_done_from_the_notification_twice_is_one_done(world: World) -> None:
    world.set("2026-11-21T21:10")
    service, notifier = world.start(("Stretch", "21:10"))
    sid = world.step_id(service, "Stretch")
    key = notifier.shown[0].key
    changes: list[int] = []
    service.changed.connect(lambda: changes.append(1))
    notifier.click(key, "done")
    notifier.click(key, "done")
    assert service.state_for(sid) == "done" and changes == [1]
    assert key in notifier.closed


def test_late_start_shows_recent_once_marked_late_and_misses_older(world: World) -> None:
    world.set("2026-11-21T21:45")
    service, notifier = world.start(("Old", "21:00"), ("Recent", "21:20"))
    assert titles(notifier) == ["Recent"]
    assert notifier.shown[0].late and "late: was due 21:20" in notifier.shown[0].body
    states = service.states_for()
    assert states[world.step_id(service, "Old")] == "missed"
    service.stop()
    _s, notifier2 = world.start()
    assert notifier2.shown == []


def test_snooze_across_midnight(world: World) -> None:
    world.set("2026-11-21T23:55")
    service, notifier = world.start(("Late stretch", "23:55"))
    sid = world.step_id(service, "Late stretch")
    notifier.click(notifier.shown[0].key, "snooze")
    assert service.state_for(sid) == "snoozed"
    assert service.scheduler.armed[f"step:{sid}"] == datetime(2026, 11, 22, 0, 5, tzinfo=BERLIN)
    assert service.next_step_text() == "Late stretch at 00:05 (snoozed)"
    world.set("2026-11-22T00:05:01")
    service.reconcile()
    assert titles(notifier) == ["Late stretch", "Late stretch"]
    assert service.state_for(sid, date(2026, 11, 21)) == "notified"


def test_after_midnight_is_still_the_same_night_and_noon_rolls_over(world: World) -> None:
    world.set("2026-11-21T20:00")
    service, notifier = world.start(("Night pill", "00:30"), ("Early", "20:30"))
    pill, early = world.step_id(service, "Night pill"), world.step_id(service, "Early")
    assert service.scheduler.armed["rollover"] == datetime(2026, 11, 22, 12, 0, tzinfo=BERLIN)
    world.set("2026-11-22T00:30:01")
    service.reconcile()
    assert titles(notifier) == ["Night pill"]  # "Early" fell due with no look: missed
    assert service.states_for() == {pill: "notified", early: "missed"}
    world.set("2026-11-22T12:00:00.5")
    service.reconcile()  # the rollover job
    assert service.night == date(2026, 11, 22)
    assert service.states_for() == {pill: "pending", early: "pending"}
    assert service.scheduler.armed[f"step:{early}"] == datetime(2026, 11, 22, 20, 30,
                                                                   tzinfo=BERLIN)


def test_spring_forward_night_berlin(world: World) -> None:
    # 2026-03-29: 02:00 CET becomes 03:00 CEST; a 02:30 step moves to 03:00.
    world.set("2026-03-28T21:00")
    service, notifier = world.start(("Night pill", "02:30"))
    sid = world.step_id(service, "Night pill")
    due = service.scheduler.armed[f"step:{sid}"]
    assert due.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    world.now = datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC)
    service.reconcile()
    assert notifier.shown == []
    world.now = datetime(2026, 3, 29, 1, 0, 1, tzinfo=UTC)
    service.reconcile()
    assert titles(notifier) == ["Night pill"]


def test_fall_back_night_berlin_reminds_once(world: World) -> None:
    # 2026-10-25: 03:00 CEST becomes 02:00 CET; 02:30 happens twice, the first one counts.
    world.set("2026-10-24T21:00")
    service, notifier = world.start(("Night pill", "02:30"))
    sid = world.step_id(service, "Night pill")
    assert service.scheduler.armed[f"step:{sid}"].astimezone(UTC) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC)
    for minute_utc in (0 * 60 + 30, 1 * 60 + 30, 1 * 60 + 31):  # 02:30 CEST, 02:30 CET
        world.now = datetime(2026, 10, 25, 0, 0, 1, tzinfo=UTC) + timedelta(minutes=minute_utc)
        service.reconcile()
    assert titles(notifier) == ["Night pill"]


def test_clock_jumps_forward_and_back(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    clocks = {"wall": 1000.0, "mono": 50.0}

    class FakeTime:
        @staticmethod
        def time() -> float:
            return clocks["wall"]

        @staticmethod
        def monotonic() -> float:
            return clocks["mono"]

    monkeypatch.setattr(service_module, "time", FakeTime)
    world.set("2026-11-21T21:00")
    service, notifier = world.start(("Stretch", "21:10"))
    # suspended 20 min: wall clock moved, monotonic did not
    world.advance(minutes=20)
    clocks["wall"] += 20 * 60 + 5
    clocks["mono"] += 5
    service.check_clock()
    assert titles(notifier) == ["Stretch"] and notifier.shown[0].late
    assert service.scheduler.wakeups == 1
    # the clock is set back an hour: nothing is shown again, now or at 21:10 again
    world.advance(hours=-1)
    clocks["wall"] += 5 - 3600
    clocks["mono"] += 5
    service.check_clock()
    world.set("2026-11-21T21:10:30")
    service.reconcile()
    assert titles(notifier) == ["Stretch"]
    assert service.scheduler.wakeups == 2


def test_time_zone_change_replans(world: World) -> None:
    world.set("2026-11-21T20:00")
    service, _n = world.start(("Stretch", "21:10"))
    sid = world.step_id(service, "Stretch")
    world.probe_zone = ZoneInfo("America/New_York")
    service.check_clock()
    assert world.zone.key == "America/New_York"
    assert service.scheduler.armed[f"step:{sid}"] == datetime(
        2026, 11, 21, 21, 10, tzinfo=ZoneInfo("America/New_York"))


def test_the_watchdog_tick_does_not_poll_the_database(world: World) -> None:
    """Writes reach the reminders through the app's one data watch (ui/data_watch.py, tested
    in tests/drills/test_window_follows.py), not a second poll: a tick asks SQLite nothing."""
    world.set("2026-11-21T20:00")
    service, _n = world.start(("Stretch", "21:10"))
    statements: list[str] = []
    service.store.conn.set_trace_callback(statements.append)
    try:
        service.check_clock()
    finally:
        service.store.conn.set_trace_callback(None)
    assert statements == []


def test_changes_by_another_part_of_the_app_replan_when_announced(world: World) -> None:
    world.set("2026-11-21T20:00")
    service, _n = world.start(("Stretch", "21:10"))
    sid = world.step_id(service, "Stretch")
    step = service.evening.step(sid)
    assert step is not None
    from dataclasses import replace

    service.evening.update_step(replace(step, anchor=Anchor.at(time(21, 40))))
    service.replan()  # what the app's data watch calls on the "data changed" signal
    assert service.scheduler.armed[f"step:{sid}"].time() == time(21, 40)


def test_pause_and_quiet_hours_skip_with_a_reason(world: World) -> None:
    world.set("2026-11-21T20:00")
    service, notifier = world.start(("Stretch", "21:10"), ("Pill", "02:00"))
    settings = service.store.settings
    settings.set_many({"paused_night": None, "quiet_start": "23:00", "quiet_end": "07:00"})
    world.set("2026-11-22T02:00:01")
    service.replan()
    entries = service.entries()
    pill = world.step_id(service, "Pill")
    assert entries[pill].state == "skipped" and entries[pill].reason == "quiet hours"
    # pause: the next night's 21:10 is skipped, not shown, even after unpausing
    world.set("2026-11-22T20:00")
    service.reconcile()
    settings.set("paused_night", "2026-11-22")
    world.set("2026-11-22T21:10:01")
    service.replan()
    settings.set("paused_night", None)
    service.replan()
    stretch = world.step_id(service, "Stretch")
    assert service.entries()[stretch].reason == "paused"
    assert notifier.shown == []


def test_long_sit_cadence_survives_a_restart(world: World) -> None:
    world.set("2026-11-21T14:00")
    service, notifier = world.start(("Stretch", "21:10"))
    service.start_long_sit(2, 45)
    assert service.scheduler.armed["long_sit"] == world.now.astimezone(UTC) + timedelta(
        minutes=45)
    world.advance(minutes=45, seconds=1)
    service.reconcile()
    assert titles(notifier) == ["Time to move"]
    service.stop()
    world.advance(minutes=1)
    service2, notifier2 = world.start()
    assert notifier2.shown == [] and service2.long_sit() is not None
    world.advance(minutes=44)
    service2.reconcile()
    assert titles(notifier2) == ["Time to move"]
    notifier2.click(notifier2.shown[0].key, "skip")  # "Stop long sit"
    assert service2.long_sit() is None and "long_sit" not in service2.scheduler.armed
