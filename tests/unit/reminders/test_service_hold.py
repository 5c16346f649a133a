"""ReminderService with a desktop that goes away, into Do Not Disturb and back (a stand-in
detector with the real interface; the real detectors are tested against dunst and a
logind-like bus in tests/qt/test_desktop_state.py), and with the person's snooze length."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.quiet_hours import quiet_hours_from
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.notify.desktop_state import DesktopState
from rlsdesk.reminders.service import ReminderService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from tests.fakes import RecordingNotifier, RecordingScheduler

BERLIN = ZoneInfo("Europe/Berlin")


class StandInDesktop:
    """A detector whose state the test sets; tells its listeners like the real ones."""

    def __init__(self) -> None:
        self.now = DesktopState()
        self.callbacks: list[Callable[[DesktopState], None]] = []
        self.started = self.stopped = False

    def state(self) -> DesktopState:
        return self.now

    def on_change(self, callback: Callable[[DesktopState], None]) -> None:
        self.callbacks.append(callback)

    def start(self) -> bool:
        self.started = True
        return True

    def stop(self) -> None:
        self.stopped = True

    def set(self, **state: bool) -> None:
        self.now = DesktopState(**state)
        for callback in self.callbacks:
            callback(self.now)


class Evening_:
    def __init__(self, data_paths: DataPaths) -> None:
        self.now = datetime(2026, 11, 21, 21, 0, tzinfo=BERLIN)
        self.store = open_store(data_paths)
        self.evening = Evening(self.store, lambda: BERLIN, lambda: self.now)
        self.evening.replace_routine([
            Step(StepKind.CUSTOM, "Stretch", Anchor.at(time(21, 10))),
            Step(StepKind.CUSTOM, "Bath", Anchor.at(time(21, 20))),
        ])
        self.evening.set_times(bedtime=time(23, 30))
        self.store.settings.set("first_run_done", True)
        self.desktop = StandInDesktop()
        self.notifier = RecordingNotifier()
        self.service = ReminderService(
            self.evening, self.notifier, clock=lambda: self.now,
            scheduler_factory=RecordingScheduler, sleep_bus=None, desktop=self.desktop)
        self.service.start()

    def at(self, clock: str) -> None:
        self.now = datetime.fromisoformat(f"2026-11-21T{clock}").replace(tzinfo=BERLIN)
        self.service.reconcile()

    def sid(self, title: str) -> int:
        return next(o.step_id for o in self.service.occurrences() if o.title == title)

    def titles(self) -> list[str]:
        """What was shown, but the long-sit offer (tested on its own below)."""
        return [r.title for r in self.shown()]

    def shown(self) -> list:
        return [r for r in self.notifier.shown if not r.key.startswith("offer@")]


@pytest.fixture
def night(qapp, data_paths: DataPaths) -> Iterator[Evening_]:
    n = Evening_(data_paths)
    yield n
    n.service.stop()
    n.store.close()


def test_held_in_do_not_disturb_then_shown_once_marked_late(night: Evening_, qtbot) -> None:
    night.desktop.set(dnd=True)
    night.at("21:10:05")
    assert night.shown() == []
    entry = night.service.entries()[night.sid("Stretch")]
    assert entry.held and entry.held_at is not None and entry.reason == "do not disturb"
    night.at("21:16")
    night.desktop.set(dnd=False)  # the hold ends: the service looks again from the loop
    qtbot.waitUntil(lambda: night.shown() != [])
    night.service.reconcile()
    assert night.titles() == ["Stretch"]
    shown = night.shown()[0]
    assert shown.late and "late: was due 21:10" in shown.body and not shown.urgent
    entry = night.service.entries()[night.sid("Stretch")]
    assert entry.state.value == "notified" and not entry.held and entry.held_at is not None


def test_away_too_long_is_missed_and_told_once_never_shown_as_due(night: Evening_,
                                                                   qtbot) -> None:
    night.desktop.set(away=True)
    night.at("21:10")
    night.at("21:20")
    night.at("21:55")  # Stretch is 45 min overdue, Bath 35: both too old to show now
    assert night.notifier.shown == []
    night.desktop.set(away=False)
    qtbot.waitUntil(lambda: night.notifier.shown != [])
    night.service.reconcile()
    night.at("21:56")
    assert night.titles() == ["While you were away: 2 steps missed"]
    assert night.notifier.shown[0].body == "Stretch\nBath"
    assert night.service.state_for(night.sid("Stretch")) == "missed"
    assert night.service.state_for(night.sid("Bath")) == "missed"


def test_the_persons_snooze_length_labels_the_button_and_sets_the_time(night: Evening_) -> None:
    night.evening.prefs.set_snooze_minutes(15)
    night.at("21:10")
    reminder = night.notifier.shown[0]
    assert dict(reminder.actions)["snooze"] == "Snooze 15 min"
    night.notifier.click(reminder.key, "snooze")
    sid = night.sid("Stretch")
    assert night.service.entries()[sid].snoozed_until == night.now + timedelta(minutes=15)
    night.service.snooze(sid, 30)  # another length, from the tray or Tonight
    assert night.service.scheduler.armed[f"step:{sid}"] == night.now + timedelta(minutes=30)


def test_the_detector_is_started_and_stopped_with_the_service(night: Evening_) -> None:
    assert night.desktop.started
    night.service.stop()
    assert night.desktop.stopped


def test_an_hours_pause_skips_what_falls_in_it_and_says_once_when_it_ends(
        night: Evening_) -> None:
    night.at("21:05")
    night.service.pause_for(60)
    assert night.service.is_paused()
    assert night.service.scheduler.armed["pause_end"] == night.now + timedelta(minutes=60)
    night.at("21:10")
    night.at("21:20")
    assert night.notifier.shown == []
    assert night.service.state_for(night.sid("Stretch")) == "skipped"
    night.at("22:05")
    night.service.reconcile()
    assert night.titles() == ["Reminders are on again"]
    assert not night.service.is_paused() and night.service.pause() is None
    assert "pause_end" not in night.service.scheduler.armed


def test_a_pause_until_resumed_does_not_end_by_itself(night: Evening_) -> None:
    night.service.pause_for(None)
    night.at("23:59")
    assert night.service.is_paused() and night.notifier.shown == []
    assert "pause_end" not in night.service.scheduler.armed
    night.evening.prefs.set_paused_night(night.service.night)  # and tonight's, too
    night.service.resume()
    assert not night.service.is_paused() and night.evening.prefs.paused_night() is None
    assert night.notifier.shown == []  # resuming says nothing and shows nothing skipped


def test_do_not_disturb_in_the_evening_offers_long_sit_once(night: Evening_, qtbot) -> None:
    onset = night.service.evening.plan().onset
    night.now = onset - timedelta(minutes=30)
    night.desktop.set(dnd=True)
    [offer] = night.notifier.shown
    assert offer.title == "Settling in for a film?" and offer.urgent
    assert "every 30 min" in offer.body
    night.desktop.set(dnd=False)
    night.desktop.set(dnd=True)  # a second time the same night: not again
    assert len(night.notifier.shown) == 1
    night.notifier.click(offer.key, "accept")
    sit = night.service.long_sit()
    assert sit is not None and sit.every == 30


def test_no_long_sit_offer_before_the_evening_window(night: Evening_) -> None:
    onset = night.service.evening.plan().onset
    night.now = onset - timedelta(minutes=61)
    night.desktop.set(dnd=True)
    assert night.notifier.shown == []
    assert not night.service.offer_long_sit()


def test_a_step_marked_for_do_not_disturb_comes_through_urgent_the_other_is_held(
        night: Evening_) -> None:
    stretch = night.evening.step(night.sid("Stretch"))
    assert stretch is not None
    night.evening.update_step(replace(stretch, through_dnd=True))
    night.service.replan()  # as the watchdog does after the routine page saves
    night.desktop.set(dnd=True)
    night.at("21:10")
    night.at("21:20")
    [shown] = night.shown()
    assert shown.title == "Stretch" and shown.urgent and not shown.late
    bath = night.service.entries()[night.sid("Bath")]
    assert bath.held and bath.reason == "do not disturb"


def offers(night: Evening_) -> list:
    return [r for r in night.notifier.shown if r.key.startswith("offer@")]


def test_a_window_full_screen_for_a_few_minutes_offers_long_sit_once(
        night: Evening_, qtbot) -> None:
    onset = night.service.evening.plan().onset
    night.now = onset - timedelta(minutes=30)
    night.desktop.set(fullscreen=True)
    night.service.reconcile()
    assert offers(night) == []
    assert night.service.scheduler.armed["fullscreen"] == night.now + timedelta(minutes=3)
    night.now += timedelta(minutes=2)
    night.desktop.set(fullscreen=False)  # a break: the few minutes start again
    night.desktop.set(fullscreen=True)
    night.now += timedelta(minutes=2)
    night.service.reconcile()
    assert offers(night) == []
    night.now += timedelta(minutes=1)
    night.service.reconcile()  # the armed wake-up: three minutes without a break
    [offer] = offers(night)
    assert offer.title == "Settling in for a film?"
    assert "fullscreen" not in night.service.scheduler.armed
    night.desktop.set(fullscreen=False)
    night.desktop.set(fullscreen=True)  # another film the same night: not again
    night.now += timedelta(minutes=10)
    night.service.reconcile()
    assert len(offers(night)) == 1


def test_no_full_screen_offer_in_quiet_hours(night: Evening_) -> None:
    onset = night.service.evening.plan().onset
    night.now = onset - timedelta(minutes=30)
    quiet_from = (night.now - timedelta(minutes=5)).time()
    night.evening.prefs.set_quiet_hours(quiet_hours_from(quiet_from, time(7, 0)))
    night.desktop.set(fullscreen=True)
    night.now += timedelta(minutes=5)
    night.service.reconcile()
    assert offers(night) == [] and not night.service.offer_long_sit()
