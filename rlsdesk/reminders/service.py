"""ReminderService: the one place the app, the tray, the window and notifications go through.

Thin Qt glue around :mod:`rlsdesk.domain.reminder_policy` (the decisions) and the ledger (the
truth). The scheduler only says "look again now"; every look runs :meth:`reconcile`, which
is idempotent, so a late, early or repeated wake-up never shows a reminder twice.

Looks happen: at each planned time (APScheduler jobs), at the night's rollover (12:00),
on resume (logind ``PrepareForSleep(false)``), when the watchdog (one coarse timer tick
every ``WATCHDOG_MS``) sees the wall clock jump against the monotonic clock, and on
:meth:`replan` (routine, settings, peak or time zone changed, or another process such as
the command line wrote to the database: the app's data watch calls it).

The optional morning check-in reminder (:mod:`rlsdesk.reminders.checkin`) is one more
occurrence of the night, decided by the same policy; its action opens the Diary's
check-in (:attr:`ReminderService.checkin_requested`). So is the reminder the evening
before a planned blood test (:mod:`rlsdesk.reminders.blood_test`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from rlsdesk.domain.planner import night_bounds
from rlsdesk.domain.reminder_policy import OFFER_EVERY as SIT_OFFER_EVERY
from rlsdesk.domain.reminder_policy import OFFER_HOURS as SIT_OFFER_HOURS
from rlsdesk.domain.reminder_policy import (
    REASON_PLAN_CHANGED,
    BodyWords,
    ClockWatch,
    Controls,
    Delivery,
    Entry,
    Hold,
    LongSit,
    Occurrence,
    Pause,
    State,
    decide,
    fullscreen_offer_at,
    held_misses,
    missed_by_change,
    next_up,
    offer_long_sit,
)
from rlsdesk.domain.settings_schema import LONG_SIT, LONG_SIT_OFFERED, PAUSE
from rlsdesk.notify.base import (
    ACTION_DONE,
    ACTION_OPEN,
    ACTION_SKIP,
    ACTION_SNOOZE,
    Notifier,
    Reminder,
)
from rlsdesk.notify.desktop_state import DesktopState, DesktopWatch
from rlsdesk.reminders.blood_test import (
    BLOOD_TEST_ID,
    blood_test_key,
    blood_test_occurrence,
    parse_blood_test_key,
)
from rlsdesk.reminders.checkin import (
    ACTION_CHECKIN,
    CHECKIN_ID,
    REASON_CHECKED_IN,
    checkin_key,
    checkin_occurrence,
    parse_checkin_key,
    settle_when_checked_in,
)
from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.services.preferences import Preferences
from rlsdesk.text.dose_text import with_dose
from rlsdesk.text.i18n import fill
from rlsdesk.text.labs_text import blood_test_note, blood_test_title
from rlsdesk.text.plan_text import note_text
from rlsdesk.text.timefmt import format_clock, format_date

log = logging.getLogger(__name__)

WATCHDOG_MS = 5000
LONG_SIT_ID = -1  # open_requested(step_id) for a long-sit prompt
ACTION_ACCEPT = "accept"  # the long-sit offer taken
SUMMARY_ID = 0  # open_requested(step_id) for "while you were away: 2 steps missed"


class SchedulerLike(Protocol):
    def start(self) -> None: ...
    def arm(self, wakeups: dict[str, datetime]) -> None: ...
    def wakeup(self) -> None: ...
    def shutdown(self) -> None: ...


def reminder_key(step_id: int, night: date) -> str:
    return f"{step_id}@{night.isoformat()}"


def notification_key(step_id: int, night: date) -> str:
    """A step's reminder key, the morning check-in's or the blood test's."""
    if step_id == CHECKIN_ID:
        return checkin_key(night)
    if step_id == BLOOD_TEST_ID:
        return blood_test_key(night)
    return reminder_key(step_id, night)


def parse_key(key: str) -> tuple[int, date] | None:
    step, _, night = key.partition("@")
    try:
        return int(step), date.fromisoformat(night)
    except ValueError:
        return None


def _default_scheduler(callback: Callable[[str], None]) -> SchedulerLike:
    from rlsdesk.reminders.scheduler import ReminderScheduler

    return ReminderScheduler(callback)


class ReminderService(QObject):
    changed = Signal()  # the ledger, the plan or long sit changed
    open_requested = Signal(int)  # a reminder was clicked: step id (LONG_SIT_ID for long sit)
    checkin_requested = Signal(object)  # the check-in reminder was answered: the night (date)
    next_step_changed = Signal(object)  # str | None: "Magnesium at 21:10" (or "9:10 PM")

    def __init__(
        self,
        evening: Evening,
        notifier: Notifier,
        *,
        clock: Callable[[], datetime] | None = None,
        zone_probe: Callable[[], ZoneInfo] | None = None,
        apply_zone: Callable[[ZoneInfo], None] | None = None,
        scheduler_factory: Callable[[Callable[[str], None]], SchedulerLike] | None = None,
        sleep_bus: str | None = "SYSTEM",
        desktop: DesktopWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.evening = evening
        self.store = evening.store
        self.prefs: Preferences = evening.prefs
        self.ledger = evening.ledger
        self.notifier = notifier
        self._clock = clock or (lambda: datetime.now(UTC))
        self._zone_probe = zone_probe
        self._apply_zone = apply_zone
        self._scheduler_factory = scheduler_factory or _default_scheduler
        self._sleep_bus = sleep_bus
        self.scheduler: SchedulerLike | None = None
        self.sleep_watch: QObject | None = None
        self._night: date | None = None
        self._occurrences: list[Occurrence] = []  # tonight's steps
        self._checkin: Occurrence | None = None  # the morning check-in reminder, if on
        self._blood_test: Occurrence | None = None  # the evening before a planned blood test
        self.labs = LabsService(evening)
        self._bedtime: datetime | None = None
        self._onset: datetime | None = None
        self._through_dnd: frozenset[int] = frozenset()  # steps marked to come through DND
        self._next_text: str | None = None
        self._clock_watch = ClockWatch()
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._watchdog.timeout.connect(self.check_clock)
        self._started = False
        self.desktop = desktop
        self._desktop_state = DesktopState()
        self._fullscreen_since: datetime | None = None  # a window went full screen then
        notifier.on_action(self._on_action)

    # --- life cycle -----------------------------------------------------------------------
    def start(self) -> None:
        """Start looking; call once the event loop runs (imports the scheduler)."""
        if self._started:
            return
        self._started = True
        self.scheduler = self._scheduler_factory(self._on_job)
        self.scheduler.start()
        if self._sleep_bus:
            from rlsdesk.reminders.sleepwatch import SleepWatch

            watch = SleepWatch(self._sleep_bus, self)
            if watch.start():
                watch.resumed.connect(self.on_resume)
                self.sleep_watch = watch
        if self.desktop is not None:
            self.desktop.on_change(self._on_desktop)
            if self.desktop.start():
                self._desktop_state = self.desktop.state()
                if self._desktop_state.fullscreen:
                    self._fullscreen_since = self.now()
        self._clock_watch.observe(time.time(), time.monotonic())
        self._watchdog.start()
        self.replan()
        log.info("reminders started (%s); %d steps tonight", self.notifier.name,
                 len(self._occurrences))

    def stop(self) -> None:
        self._watchdog.stop()
        if self.scheduler is not None:
            self.scheduler.shutdown()
        stop = getattr(self.sleep_watch, "stop", None)
        if stop is not None:
            stop()
        if self.desktop is not None:
            self.desktop.stop()
        self._started = False

    # --- time -----------------------------------------------------------------------------
    @property
    def zone(self) -> ZoneInfo:
        return self.evening.zone

    def now(self) -> datetime:
        return self._clock().astimezone(self.zone)

    @property
    def night(self) -> date:
        return self._night or self.evening.tonight()

    # --- looking --------------------------------------------------------------------------
    @Slot()
    def replan(self) -> None:
        """Rebuild tonight's occurrences from the plan (routine, settings, peak, zone)."""
        now = self.now()
        night = self.evening.tonight()
        plan = self.evening.plan(night)
        before = ({o.step_id: o.due for o in self._reminding()}
                  if self._night == night else None)  # the plan this one replaces
        self._night = night
        self._bedtime = plan.bedtime
        self._onset = plan.onset
        routine = {step.id: step for step in self.evening.steps()}
        self._through_dnd = frozenset(
            s.id for s in self.evening.steps() if s.through_dnd and s.id is not None)
        self._occurrences = [
            Occurrence(s.step_id, with_dose(s.title, routine.get(s.step_id)), s.at, s.minutes,
                       "\n".join([*(note_text(n) for n in s.issues), s.why]).strip())
            for s in plan.steps if s.step_id is not None
        ]
        checkin_at = self.prefs.checkin_reminder()
        self._checkin = (
            checkin_occurrence(night, checkin_at, self.zone) if checkin_at is not None else None
        )
        self._blood_test = blood_test_occurrence(night, self.labs.plans(), self.zone)
        self.ledger.close_nights_before(night, now)
        due = {o.step_id: o.due for o in self._reminding()}
        missed = missed_by_change(now, due, before)
        self.ledger.sync_plan(night, due, now, missed, REASON_PLAN_CHANGED)
        for step_id in sorted(missed):
            log.info("reminder missed: %s (the plan changed to a time already past)",
                     notification_key(step_id, night))
        self.reconcile()
        self.changed.emit()

    @Slot()
    def reconcile(self) -> None:
        """Show what is due (once), record what was missed or skipped, arm the next looks."""
        now = self.now()
        night = self.evening.tonight()
        if night != self._night:
            log.info("night rollover to %s", night)
            self.replan()
            return
        reminding = self._reminding()
        occurrences = {o.step_id: o for o in reminding}
        pause_ended = self._end_pause_if_over(now)
        controls = self.controls()
        changed = self._settle_checkin(night, now)
        entries = self.ledger.entries(night)
        decision = decide(now, reminding, entries, controls, self.zone)
        due = {o.step_id: o.due for o in reminding}
        moves: list[tuple[int, State, str | None]] = [
            (sid, State.MISSED, _hold_reason(entries.get(sid))) for sid in decision.missed]
        moves += [(sid, State.SKIPPED, why) for sid, why in decision.skipped]
        changed = self.ledger.apply(night, moves, now, due) > 0 or changed
        for sid, hold in decision.held:
            if self.ledger.hold(night, sid, now, due[sid], str(hold)):
                changed = True
                log.info("reminder held (%s): %s", hold, notification_key(sid, night))
        for delivery in decision.deliver:
            occ = delivery.occurrence
            key = notification_key(occ.step_id, night)
            # Claim first: a crash between claim and show loses one reminder rather than
            # ever showing it twice.
            if self.ledger.claim(night, occ.step_id, now, late=delivery.late, due=occ.due):
                changed = True
                log.info("reminder shown: %s %s%s", key, occ.title,
                         " (late)" if delivery.late else "")
                self.notifier.show(self._reminder(key, delivery, night))
        for sid in decision.missed:
            log.info("reminder missed: %s %s", notification_key(sid, night),
                     occurrences[sid].title)
        changed = self._tell_held_misses(night, now, controls) or changed
        wakeups = dict(decision.wakeups)
        wakeups["rollover"] = night_bounds(night, self.zone)[1]
        sit_next, sit_changed = self._long_sit_look(now, controls.paused)
        if sit_next is not None:
            wakeups["long_sit"] = sit_next
        pause = self.pause()
        if pause is not None and pause.until is not None:
            wakeups["pause_end"] = pause.until
        offer_at = self._fullscreen_offer_at()
        if offer_at is not None and offer_at > now:
            wakeups["fullscreen"] = offer_at
        elif offer_at is not None and self.offer_long_sit():
            sit_changed = True
        if self.scheduler is not None:
            self.scheduler.arm(wakeups)
        self._update_next(now)
        if changed or sit_changed or pause_ended:
            self.changed.emit()

    @Slot()
    def on_resume(self) -> None:
        log.info("resumed: looking at reminders now")
        self._clock_watch.reset()
        self._clock_watch.observe(time.time(), time.monotonic())
        self.reconcile()
        if self.scheduler is not None:
            self.scheduler.wakeup()

    @Slot()
    def check_clock(self) -> None:
        """The watchdog tick: time zone and clock jumps. Cheap when nothing happened: two
        clock reads and a zone lookup. (Writes, here or by another process, reach
        :meth:`replan` through the app's one data watch, ``ui/data_watch.py``.)"""
        jump = self._clock_watch.observe(time.time(), time.monotonic())
        if self._zone_probe is not None:
            zone = self._zone_probe()
            if zone.key != self.zone.key:
                log.info("time zone changed: %s -> %s", self.zone.key, zone.key)
                if self._apply_zone is not None:
                    self._apply_zone(zone)
                self.replan()
                return
        if jump is not None:
            log.info("clock jumped %+.0f s against the monotonic clock (suspend or clock "
                     "change): looking at reminders now", jump)
            self.reconcile()
            if self.scheduler is not None:
                self.scheduler.wakeup()

    def _reminding(self) -> list[Occurrence]:
        """Tonight's steps, the morning check-in reminder when it is on, and the reminder
        before tomorrow morning's blood test when one is planned."""
        return [*self._occurrences, *([self._checkin] if self._checkin else []),
                *([self._blood_test] if self._blood_test else [])]

    def _settle_checkin(self, night: date, now: datetime) -> bool:
        """A night with a check-in needs no check-in reminder: record it as settled, and
        withdraw it if it is showing. True if the ledger changed."""
        entry = self.ledger.entry(night, CHECKIN_ID)
        if entry is None and self._checkin is None:
            return False
        checked_in = self.evening.checked_in(night)
        settle, withdraw = settle_when_checked_in(entry, checked_in)
        if not settle:
            return False
        if entry is not None:
            due = entry.due
        elif self._checkin is not None:
            due = self._checkin.due
        else:  # not reached: the first return covers it
            return False
        changed = self.ledger.skip(night, CHECKIN_ID, now, due, reason=REASON_CHECKED_IN)
        if withdraw:
            self.notifier.close(checkin_key(night))
        log.info("check-in reminder for %s settled: the night has a check-in", night)
        return changed

    def _on_desktop(self, state: DesktopState) -> None:
        before, self._desktop_state = self._desktop_state, state
        if state.dnd and not before.dnd:
            self.offer_long_sit()
        if state.fullscreen != before.fullscreen:  # a break starts the few minutes afresh
            self._fullscreen_since = self.now() if state.fullscreen else None
        # Look again from the event loop (a hold that ends delivers what it held).
        QTimer.singleShot(0, self.reconcile)

    def desktop_state(self) -> DesktopState:
        return self._desktop_state

    def _tell_held_misses(self, night: date, now: datetime, controls: Controls) -> bool:
        """Once a hold ends, say once what it made the person miss (never show those as
        due). True if the ledger changed."""
        entries = self.ledger.entries(night)
        ids, show = held_misses(entries, controls)
        if not ids:
            return False
        if show:
            away = any(entries[sid].reason == str(Hold.AWAY) for sid in ids)
            if len(ids) == 1:
                words = (self.tr("While you were away: 1 step missed") if away
                         else self.tr("During Do Not Disturb: 1 step missed"))
            else:
                words = fill(self.tr("While you were away: %1 steps missed") if away
                             else self.tr("During Do Not Disturb: %1 steps missed"), len(ids))
            titles = [o.title for o in self._occurrences if o.step_id in ids]
            self.notifier.show(Reminder(
                f"held@{night.isoformat()}", words, "\n".join(titles),
                actions=((ACTION_OPEN, self.tr("Open")),)))
            log.info("told: %d steps missed while held (%s)", len(ids), night)
        return self.ledger.mark_told(night, ids, now) > 0

    def _reminder(self, key: str, delivery: Delivery, night: date) -> Reminder:
        """A due step's reminder, or the morning check-in's, in the person's language (the
        step's title is the person's own)."""
        occ = delivery.occurrence
        words = BodyWords(minutes=self.tr("%1 min"), late=self.tr("late: was due %1"),
                          snoozed=self.tr("snoozed reminder"), clock=format_clock)
        if occ.step_id == CHECKIN_ID:
            why = fill(self.tr("How was the night of %1? Severity, when symptoms started, "
                               "sleep: a minute in the Diary."),
                       format_date(night, "ddd dd MMM"))
            return Reminder(key, self.tr("Morning check-in"),
                            delivery.body(self.zone, words, why), late=delivery.late,
                            actions=((ACTION_CHECKIN, self.tr("Check in")),))
        if occ.step_id == BLOOD_TEST_ID:
            planned = night + timedelta(days=1)
            return Reminder(key, blood_test_title(planned),
                            delivery.body(self.zone, words, blood_test_note()),
                            late=delivery.late, actions=((ACTION_OPEN, self.tr("Open")),))
        actions = (
            (ACTION_DONE, self.tr("Done")),
            (ACTION_SNOOZE, fill(self.tr("Snooze %1 min"), self.prefs.snooze_minutes())),
            (ACTION_SKIP, self.tr("Skip")),
        )
        return Reminder(key, occ.title, delivery.body(self.zone, words), late=delivery.late,
                        actions=actions, urgent=delivery.urgent)

    def _on_job(self, job_id: str) -> None:
        # Runs inside APScheduler's job processing: look again once that has finished.
        QTimer.singleShot(0, self.reconcile)

    def controls(self) -> Controls:
        prefs = self.prefs
        desktop = self._desktop_state
        return Controls(
            paused=self.is_paused(),
            quiet=prefs.quiet_hours(),
            bedtime=self._bedtime,
            hold=Hold.AWAY if desktop.away else Hold.DND if desktop.dnd else None,
            through_dnd=self._through_dnd,
        )

    # --- what the person does -------------------------------------------------------------
    def mark_done(self, step_id: int, night: date | None = None) -> bool:
        return self._act(step_id, night, "done")

    def skip(self, step_id: int, night: date | None = None) -> bool:
        return self._act(step_id, night, "skip")

    def snooze(self, step_id: int, minutes: int | None = None,
               night: date | None = None) -> bool:
        """Snooze for ``minutes``, or the person's default length (Settings)."""
        return self._act(step_id, night, "snooze", minutes or self.prefs.snooze_minutes())

    def snooze_minutes(self) -> int:
        return self.prefs.snooze_minutes()

    def _act(self, step_id: int, night: date | None, what: str, minutes: int = 0) -> bool:
        night = night or self.night
        now = self.now()
        due = self._due_of(step_id, night) or now
        if what == "done":
            changed = self.ledger.mark_done(night, step_id, now, due)
        elif what == "skip":
            changed = self.ledger.skip(night, step_id, now, due)
        else:
            until = now + timedelta(minutes=minutes)
            changed = self.ledger.snooze(night, step_id, now, due, until)
        log.info("reminder %s: %s%s", what, reminder_key(step_id, night),
                 "" if changed else " (already)")
        self.notifier.close(reminder_key(step_id, night))
        self.reconcile()
        if changed:
            self.changed.emit()
        return changed

    def _due_of(self, step_id: int, night: date) -> datetime | None:
        if night == self._night:
            for occ in self._occurrences:
                if occ.step_id == step_id:
                    return occ.due
        entry = self.ledger.entry(night, step_id)
        return entry.due if entry else None

    def _on_action(self, key: str, action: str) -> None:
        if key.startswith("sit@"):
            if action == ACTION_SKIP:
                self.stop_long_sit()
            elif action == ACTION_OPEN:
                self.open_requested.emit(LONG_SIT_ID)
            else:
                self.notifier.close(key)
            return
        if key.startswith("offer@"):
            self.notifier.close(key)
            if action == ACTION_ACCEPT:
                self.start_long_sit(SIT_OFFER_HOURS, SIT_OFFER_EVERY)
            return
        if key == "pause@end":
            self.notifier.close(key)
            if action == ACTION_OPEN:
                self.open_requested.emit(SUMMARY_ID)
            return
        if key.startswith("held@"):  # the summary of what a hold made the person miss
            self.notifier.close(key)
            if action == ACTION_OPEN:
                self.open_requested.emit(SUMMARY_ID)
            return
        if parse_blood_test_key(key) is not None:
            self.notifier.close(key)
            if action == ACTION_OPEN:
                self.open_requested.emit(SUMMARY_ID)
            return
        checkin_night = parse_checkin_key(key)
        if checkin_night is not None:
            if action in (ACTION_CHECKIN, ACTION_OPEN):
                self.notifier.close(key)
                log.info("check-in opened from the reminder for the night of %s",
                         checkin_night)
                self.checkin_requested.emit(checkin_night)
            return
        parsed = parse_key(key)
        if parsed is None:
            log.warning("action %s for unknown reminder %s", action, key)
            return
        step_id, night = parsed
        if action == ACTION_DONE:
            self.mark_done(step_id, night)
        elif action == ACTION_SNOOZE:
            self.snooze(step_id, None, night)
        elif action == ACTION_SKIP:
            self.skip(step_id, night)
        elif action == ACTION_OPEN:
            self.open_requested.emit(step_id)

    # --- reading --------------------------------------------------------------------------
    def occurrences(self) -> list[Occurrence]:
        return list(self._occurrences)

    def checkin(self) -> Occurrence | None:
        """Tonight's morning check-in reminder, or None while it is off."""
        return self._checkin

    def blood_test(self) -> Occurrence | None:
        """Tonight's reminder before tomorrow morning's blood test, or None."""
        return self._blood_test

    def entries(self, night: date | None = None) -> dict[int, Entry]:
        return self.ledger.entries(night or self.night)

    def states_for(self, night: date | None = None) -> dict[int, str]:
        return self.ledger.states_for(night or self.night)

    def state_for(self, step_id: int, night: date | None = None) -> str | None:
        """The Tonight page's accessor: 'pending', 'notified', 'done', ... or None."""
        return self.states_for(night).get(step_id)

    def outstanding(self) -> Occurrence | None:
        """The latest reminder shown tonight and not yet answered (for the tray menu)."""
        entries = self.entries()
        shown = [o for o in self._occurrences
                 if (e := entries.get(o.step_id)) is not None and e.state is State.NOTIFIED]
        return shown[-1] if shown else None

    def next_step_text(self) -> str | None:
        return self._next_text

    def _update_next(self, now: datetime) -> None:
        found = next_up(now, self._occurrences, self.ledger.entries(self.night))
        text = None
        if found is not None:
            occ, when, snoozed = found
            at = format_clock(when.astimezone(self.zone).time())
            text = fill(self.tr("%1 at %2 (snoozed)") if snoozed else self.tr("%1 at %2"),
                        occ.title, at)
        if text != self._next_text:
            self._next_text = text
            self.next_step_changed.emit(text)

    # --- pause ----------------------------------------------------------------------------
    def pause(self) -> Pause | None:
        return self.prefs.settings.get(PAUSE)

    def is_paused(self) -> bool:
        """Paused tonight, for a while, or until resumed (the tray icon shows it)."""
        pause = self.pause()
        return (self.prefs.paused_night() == self.night
                or (pause is not None and pause.active(self.now())))

    def pause_for(self, minutes: int | None) -> None:
        """Pause reminders for ``minutes``, or until :meth:`resume` (None)."""
        pause = Pause(None) if minutes is None else Pause.for_minutes(self.now(), minutes)
        self.prefs.settings.set(PAUSE, pause)
        log.info("reminders paused %s", f"for {minutes} min" if minutes else "until resumed")
        self.reconcile()
        self.changed.emit()

    def resume(self) -> None:
        """End every pause: tonight's, for a while, until resumed."""
        self.prefs.settings.set(PAUSE, None)
        if self.prefs.paused_night() is not None:
            self.prefs.set_paused_night(None)
        log.info("reminders resumed")
        self.reconcile()
        self.changed.emit()

    def _end_pause_if_over(self, now: datetime) -> bool:
        """A pause for a while that has run out ends, and says so once."""
        pause = self.pause()
        if pause is None or not pause.ended(now):
            return False
        self.prefs.settings.set(PAUSE, None)  # cleared first: said at most once
        log.info("pause ended by itself")
        self.notifier.show(Reminder(
            "pause@end", self.tr("Reminders are on again"),
            self.tr("The pause you chose has ended."),
            actions=((ACTION_OPEN, self.tr("Open")),)))
        return True

    def offer_long_sit(self) -> bool:
        """Offer long sit once tonight, if the evening window allows (Do Not Disturb just
        turned on, or a window has been full screen for a few minutes: a film, a drive).
        True if offered."""
        now, night = self.now(), self.night
        if self._onset is None or self._bedtime is None or not offer_long_sit(
                now, night, self._onset, self._bedtime, self.prefs.quiet_hours(), self.zone,
                self.prefs.settings.get(LONG_SIT_OFFERED), self.long_sit() is not None):
            return False
        self.prefs.settings.set(LONG_SIT_OFFERED, night)  # claimed first: once a night
        self.notifier.show(Reminder(
            f"offer@{night.isoformat()}", self.tr("Settling in for a film?"),
            fill(self.tr("Long-sit reminders every %1 min: a prompt to move your legs, "
                         "for %2 hours."), SIT_OFFER_EVERY, SIT_OFFER_HOURS),
            actions=((ACTION_ACCEPT, self.tr("Start long sit")),
                     (ACTION_SKIP, self.tr("Not tonight"))),
            urgent=True))
        log.info("long sit offered for the night of %s", night)
        return True

    def _fullscreen_offer_at(self) -> datetime | None:
        """When the window that went full screen makes long sit worth offering (None: no
        such window, or offered tonight already, or long sit under way)."""
        if (self._fullscreen_since is None or self._onset is None or self._bedtime is None
                or self.prefs.settings.get(LONG_SIT_OFFERED) == self.night
                or self.long_sit() is not None):
            return None
        return fullscreen_offer_at(self._fullscreen_since, self._onset, self._bedtime)

    # --- long sit -------------------------------------------------------------------------
    def long_sit(self) -> LongSit | None:
        return self.prefs.settings.get(LONG_SIT)

    def start_long_sit(self, hours: float, every: int) -> LongSit:
        sit = LongSit.begin(self.now(), hours, every)
        self.prefs.settings.set(LONG_SIT, sit)
        log.info("long sit started: %s h, every %d min", hours, every)
        self.reconcile()
        self.changed.emit()
        return sit

    def stop_long_sit(self) -> None:
        sit = self.long_sit()
        self.prefs.settings.set(LONG_SIT, None)
        if sit is not None:
            self.notifier.close(_sit_key(sit))
            log.info("long sit stopped")
        self.reconcile()
        self.changed.emit()

    def _long_sit_look(self, now: datetime, paused: bool) -> tuple[datetime | None, bool]:
        sit = self.long_sit()
        if sit is None:
            return None, False
        index = sit.due_index(now)
        changed = False
        if index is not None:
            sit = sit.mark_sent(index)
            self.prefs.settings.set(LONG_SIT, sit)  # claim before showing
            changed = True
            if not paused:
                until = format_clock(sit.until.astimezone(self.zone).time())
                body = "\n".join((
                    self.tr("Stand up, walk or stretch your legs for a minute or two."),
                    fill(self.tr("Long sit: prompt %1 of %2, until %3."),
                         index, sit.last_index, until),
                ))
                self.notifier.show(Reminder(
                    _sit_key(sit), self.tr("Time to move"), body,
                    actions=((ACTION_DONE, self.tr("Done")),
                             (ACTION_SKIP, self.tr("Stop long sit"))),
                    urgent=self._desktop_state.dnd,  # chosen on purpose: not held by DND
                ))
                log.info("long sit prompt %d of %d shown", index, sit.last_index)
        if sit.finished(now):
            self.prefs.settings.set(LONG_SIT, None)
            log.info("long sit finished")
            return None, True
        return sit.next_time(), changed


def _hold_reason(entry: Entry | None) -> str | None:
    """A reminder missed while held keeps why it was held (its miss is told once)."""
    return entry.reason if entry is not None and entry.held else None


def _sit_key(sit: LongSit) -> str:
    return f"sit@{sit.start.astimezone(UTC):%Y%m%dT%H%M%SZ}"
