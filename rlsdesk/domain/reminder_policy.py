"""What the reminders should do at a given instant: pure decisions, no Qt, no SQLite.

Everything takes ``now`` (an aware datetime) and the zone, so tests need no sleeping and the
same function serves a normal tick, a start-up, a resume from suspend and a clock jump.

The rules (the product decisions live here and only here):

* A reminder *fires* at its step's planned time, or at the end of its snooze.
* Fired at most once per (night, step): the ledger says ``notified`` once it was shown, and
  nothing shown or acted on (done / skipped / missed) is ever shown again, even after a
  restart, a clock jump back or a re-plan that moves the step.
* Up to ``ON_TIME_GRACE`` after its time a reminder is on time. Later than that (the app was
  not running, the machine slept, the clock jumped) it is shown once marked late ("late: was
  due 21:10") if it is at most ``LATE_LIMIT`` overdue *and still makes sense*; otherwise it
  is recorded as ``missed`` and the Tonight page can list it.
* "Still makes sense": a step planned before bedtime is not shown late once bedtime has
  passed (taking magnesium "before bed" when already in bed is no longer the plan). Steps
  planned at or after bedtime (a night-time medication) are shown late within the limit.
* Pause reminders tonight: a reminder that fires while paused is recorded ``skipped``
  (reason "paused") and is not shown, even if the pause is lifted later that night.
* Quiet hours (settings ``quiet_start``/``quiet_end``, ``HH:MM``, may cross midnight; equal
  or missing means none): reminders are **skipped, not held**. One that would be shown
  inside quiet hours is recorded ``skipped`` (reason "quiet hours"). Holding a 02:00
  medication reminder until 07:00 would remind at the wrong time, which is worse than not
  reminding; the Tonight page shows it as skipped. The same applies to a snooze that ends
  inside quiet hours.
* A change of plan (a routine edit, a setting, an import that moves the learned onset, a
  new time zone) never shows a reminder for a time already past: a step whose new time is
  past (beyond ``ON_TIME_GRACE``) is recorded ``missed`` (reason "plan changed") at once,
  not shown late; one already shown or acted on keeps its row and time. A change is one
  seen while the app runs (against the plan it had): starting the app at 21:10 is none, so
  a 21:00 step is still shown late then. (The planner itself never moves a step into the
  past of a night under way: this is for a time the person set in the past, or a new step
  whose time has passed.)
* A snooze keeps the reminder on its night, also across midnight (the night runs to 12:00).
  At the night's end anything still pending or snoozed becomes ``missed``.
* The morning check-in reminder (optional, :mod:`rlsdesk.reminders.checkin`) is one more
  occurrence of the night, the next morning, under all the rules above; it is settled
  without showing once the night has a check-in.
* Away and Do Not Disturb (``Controls.hold``): a reminder that falls due while the person
  is away (screen locked, idle) or the desktop is in Do Not Disturb is **held**, not shown:
  the ledger marks it held, and it is shown once the hold ends, marked late with the time
  it was due, under every rule above (still sensible, ``LATE_LIMIT``, quiet hours, pause).
  One that can no longer be shown then is missed, and the misses of a hold are summarised
  once ("while you were away: 2 steps missed") rather than shown. A step the person marked
  to come through Do Not Disturb (``Controls.through_dnd``) is not held by Do Not Disturb;
  being away holds it like any other. It is always sent urgent (critical), also when no
  Do Not Disturb is seen: GNOME, XFCE and others show critical notifications through their
  switch, which covers a desktop whose switch rlsdesk cannot read.
* Snooze: the person's own default length (``SNOOZE_CHOICES``, 10 min unless chosen).
* Long sit (film, car, flight): a prompt to move every ``every`` minutes until ``until``.
  After a gap only the latest prompt is shown, never a backlog. It honours pause but not
  quiet hours (it was started on purpose for that period; stop it to silence it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import format_clock, parse_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.quiet_hours import QuietHours, quiet_hours_from

__all__ = [
    "DEFAULT_SNOOZE_MINUTES",
    "FULLSCREEN_SETTLE",
    "LATE_LIMIT",
    "ON_TIME_GRACE",
    "SNOOZE_CHOICES",
    "BodyWords",
    "ClockWatch",
    "Controls",
    "Decision",
    "Delivery",
    "Entry",
    "Hold",
    "LongSit",
    "Occurrence",
    "Pause",
    "QuietHours",
    "State",
    "decide",
    "fire_time",
    "fullscreen_offer_at",
    "held_misses",
    "missed_by_change",
    "next_up",
    "offer_long_sit",
    "parse_quiet_hours",
]

ON_TIME_GRACE = timedelta(seconds=90)
LATE_LIMIT = timedelta(minutes=30)
DEFAULT_SNOOZE_MINUTES = 10
SNOOZE_CHOICES = (5, 10, 15, 20, 30)
REASON_PAUSED = "paused"
REASON_QUIET = "quiet hours"
REASON_PLAN_CHANGED = "plan changed"


class State(StrEnum):
    PENDING = "pending"
    NOTIFIED = "notified"
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"


FINAL_STATES = frozenset({State.DONE, State.SKIPPED, State.MISSED})


class Hold(StrEnum):
    """Why reminders are held: nobody is there to see them, or the desktop asks for quiet.
    The value is the reason recorded in the ledger."""

    AWAY = "away"
    DND = "do not disturb"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One step of tonight's plan, as far as reminding is concerned."""

    step_id: int
    title: str
    due: datetime  # aware
    minutes: int = 0
    why: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """A ledger row: what became of one (night, step) occurrence."""

    step_id: int
    state: State
    due: datetime
    snoozed_until: datetime | None = None
    notified_at: datetime | None = None
    late: bool = False
    reason: str | None = None
    held: bool = False  # held now (away / do not disturb); ``reason`` says which
    held_at: datetime | None = None  # when it was first held (kept as history)
    told_at: datetime | None = None  # a miss after a hold: when the summary said so


def parse_quiet_hours(start: object, end: object) -> QuietHours | None:
    """Quiet hours from two ``HH:MM`` texts; None when unset, equal or unreadable."""
    if not start or not end:
        return None
    try:
        return quiet_hours_from(parse_clock(start, "quiet_start"), parse_clock(end, "quiet_end"))
    except ValidationError:
        return None


@dataclass(frozen=True, slots=True)
class Controls:
    paused: bool = False
    quiet: QuietHours | None = None
    bedtime: datetime | None = None  # tonight's bedtime instant
    hold: Hold | None = None  # the person is away, or the desktop is in Do Not Disturb
    through_dnd: frozenset[int] = frozenset()  # steps shown even in Do Not Disturb


@dataclass(frozen=True, slots=True)
class BodyWords:
    """The words of a reminder's body, ``%1`` where the number or time goes, and how a clock
    time is written. English and 24-hour here; the Qt side
    (:class:`rlsdesk.reminders.service.ReminderService`) passes translations and the
    locale's clock (12 or 24 hour)."""

    minutes: str = "%1 min"
    late: str = "late: was due %1"
    snoozed: str = "snoozed reminder"
    clock: Callable[[time], str] = format_clock


ENGLISH_BODY = BodyWords()


@dataclass(frozen=True, slots=True)
class Delivery:
    occurrence: Occurrence
    fire_at: datetime
    late: bool
    snoozed: bool
    urgent: bool = False  # shown through Do Not Disturb: critical urgency where allowed

    def body(self, zone: ZoneInfo, words: BodyWords = ENGLISH_BODY,
             why: str | None = None) -> str:
        """The reminder's text; ``why`` in place of the occurrence's own, if given."""
        occ = self.occurrence
        parts = [words.clock(occ.due.astimezone(zone).time())]
        if occ.minutes:
            parts.append(words.minutes.replace("%1", str(occ.minutes)))
        lines = [" · ".join(parts)]
        if self.late:
            lines.append(words.late.replace(
                "%1", words.clock(self.fire_at.astimezone(zone).time())))
        elif self.snoozed:
            lines.append(words.snoozed)
        why = occ.why if why is None else why
        if why:
            lines.append(why)
        return "\n".join(lines)


@dataclass(slots=True)
class Decision:
    deliver: list[Delivery] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    held: list[tuple[int, Hold]] = field(default_factory=list)  # due, not shown: held
    wakeups: dict[str, datetime] = field(default_factory=dict)  # job id -> when to look again

    @property
    def changes_ledger(self) -> bool:
        return bool(self.deliver or self.missed or self.skipped or self.held)


def fire_time(occurrence: Occurrence, entry: Entry | None) -> datetime | None:
    """When this occurrence should be shown, or None if it never should (again)."""
    if entry is None or entry.state is State.PENDING:
        return occurrence.due
    if entry.state is State.SNOOZED:
        return entry.snoozed_until or occurrence.due
    return None  # notified, done, skipped, missed


def _still_sensible(fire: datetime, now: datetime, bedtime: datetime | None) -> bool:
    return not (bedtime is not None and fire < bedtime <= now)


def decide(
    now: datetime,
    occurrences: Iterable[Occurrence],
    entries: Mapping[int, Entry],
    controls: Controls,
    zone: ZoneInfo,
) -> Decision:
    """What to show, record or wait for at ``now``."""
    decision = Decision()
    for occ in occurrences:
        entry = entries.get(occ.step_id)
        fire = fire_time(occ, entry)
        if fire is None:
            continue
        if fire > now:
            decision.wakeups[f"step:{occ.step_id}"] = fire
            continue
        overdue = now - fire
        if overdue > LATE_LIMIT or (
            overdue > ON_TIME_GRACE and not _still_sensible(fire, now, controls.bedtime)
        ):
            decision.missed.append(occ.step_id)
        elif controls.paused:
            decision.skipped.append((occ.step_id, REASON_PAUSED))
        elif controls.quiet is not None and (
            controls.quiet.contains(fire, zone) or controls.quiet.contains(now, zone)
        ):
            decision.skipped.append((occ.step_id, REASON_QUIET))
        elif controls.hold is not None and not (
            controls.hold is Hold.DND and occ.step_id in controls.through_dnd
        ):
            decision.held.append((occ.step_id, controls.hold))
        else:
            snoozed = entry is not None and entry.state is State.SNOOZED
            urgent = controls.hold is Hold.DND or occ.step_id in controls.through_dnd
            decision.deliver.append(
                Delivery(occ, fire, overdue > ON_TIME_GRACE, snoozed, urgent))
    return decision


def held_misses(entries: Mapping[int, Entry], controls: Controls) -> tuple[list[int], bool]:
    """The steps missed while held and not yet summarised, and whether to show the summary
    now. Nothing is told while the hold lasts; once it ends the summary is shown once, unless
    reminders are paused tonight (then the misses are settled without showing)."""
    if controls.hold is not None:
        return [], False
    ids = sorted(
        step_id for step_id, e in entries.items()
        if e.state is State.MISSED and e.reason in _HOLD_REASONS and e.told_at is None
    )
    return ids, bool(ids) and not controls.paused


_HOLD_REASONS = frozenset(str(h) for h in Hold)


def missed_by_change(
    now: datetime, due: Mapping[int, datetime], before: Mapping[int, datetime] | None
) -> set[int]:
    """The steps a change of plan leaves with a time already past: new to the plan, or with
    a new time. ``before`` is the plan being replaced (step -> time), None when there is
    none in this session (a start, a new night): that is no change, the rules above apply.
    Rows already shown or acted on are left alone by the ledger whatever this says."""
    if before is None:
        return set()
    cutoff = now - ON_TIME_GRACE
    return {
        step_id for step_id, at in due.items()
        if at < cutoff and (step_id not in before or _second(before[step_id]) != _second(at))
    }


def _second(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def next_up(
    now: datetime, occurrences: Iterable[Occurrence], entries: Mapping[int, Entry]
) -> tuple[Occurrence, datetime, bool] | None:
    """The next reminder still to come: (occurrence, when, snoozed), earliest first."""
    best: tuple[Occurrence, datetime, bool] | None = None
    for occ in occurrences:
        entry = entries.get(occ.step_id)
        fire = fire_time(occ, entry)
        if fire is None or fire < now - ON_TIME_GRACE:
            continue
        if best is None or fire < best[1]:
            best = (occ, fire, entry is not None and entry.state is State.SNOOZED)
    return best


# ----------------------------------------------------------------------------- pause


@dataclass(frozen=True, slots=True)
class Pause:
    """Reminders paused from the tray: for a while (``until``) or until resumed (None).
    (Pausing tonight, to the night's end at 12:00, is the separate ``paused_night``.)
    Reminders that fall due while paused are skipped, as for the night's pause."""

    until: datetime | None  # aware; None: until the person resumes

    @classmethod
    def for_minutes(cls, now: datetime, minutes: int) -> Pause:
        if minutes <= 0:
            raise ValueError("a pause needs a positive length")
        return cls(now.astimezone(UTC).replace(microsecond=0) + timedelta(minutes=minutes))

    def active(self, now: datetime) -> bool:
        return self.until is None or now < self.until

    def ended(self, now: datetime) -> bool:
        """It ended by itself (a pause until resumed never does)."""
        return not self.active(now)

    def to_json(self) -> dict[str, Any]:
        return {"until": self.until.astimezone(UTC).isoformat() if self.until else None}

    @classmethod
    def from_json(cls, data: object) -> Pause | None:
        if not isinstance(data, Mapping) or "until" not in data:
            return None
        until = data["until"]
        if until is None:
            return cls(None)
        try:
            moment = datetime.fromisoformat(str(until))
        except ValueError:
            return None
        return cls(moment) if moment.tzinfo is not None else None


# ----------------------------------------------------------------------------- long sit


@dataclass(frozen=True, slots=True)
class LongSit:
    """Prompts to move every ``every`` minutes from ``start`` until ``until``."""

    start: datetime  # aware
    until: datetime  # aware
    every: int  # minutes
    sent: int = 0  # index of the last prompt shown (prompt k is at start + k * every)

    @classmethod
    def begin(cls, now: datetime, hours: float, every: int) -> LongSit:
        if every <= 0 or hours <= 0:
            raise ValueError("long sit needs a positive duration and interval")
        start = now.astimezone(UTC).replace(microsecond=0)
        return cls(start, start + timedelta(hours=hours), every)

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.every)

    @property
    def last_index(self) -> int:
        return int((self.until - self.start) // self.interval)

    def prompt_time(self, index: int) -> datetime:
        return self.start + index * self.interval

    def due_index(self, now: datetime) -> int | None:
        """The prompt to show now (the latest one due), or None."""
        if now < self.start:
            return None
        index = min(int((now - self.start) // self.interval), self.last_index)
        if index < 1 or index <= self.sent:
            return None
        if now - self.prompt_time(index) > LATE_LIMIT:
            return None
        return index

    def next_time(self) -> datetime | None:
        index = self.sent + 1
        return self.prompt_time(index) if index <= self.last_index else None

    def finished(self, now: datetime) -> bool:
        upcoming = self.next_time()
        return upcoming is None or (now >= self.until and self.due_index(now) is None)

    def mark_sent(self, index: int) -> LongSit:
        return replace(self, sent=max(self.sent, index))

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.astimezone(UTC).isoformat(),
            "until": self.until.astimezone(UTC).isoformat(),
            "every": self.every,
            "sent": self.sent,
        }

    @classmethod
    def from_json(cls, data: object) -> LongSit | None:
        if not isinstance(data, Mapping):
            return None
        try:
            return cls(
                datetime.fromisoformat(str(data["start"])),
                datetime.fromisoformat(str(data["until"])),
                int(data["every"]),
                int(data.get("sent", 0)),
            )
        except (KeyError, TypeError, ValueError):
            return None


# ----------------------------------------------------------------------------- long-sit offer

#: When Do Not Disturb turns on in the evening (a film, a drive), long sit is offered: a
#: prompt to move every ``OFFER_EVERY`` minutes for ``OFFER_HOURS`` hours.
OFFER_EVERY = 30
OFFER_HOURS = 3
OFFER_LEAD = timedelta(hours=1)


def offer_long_sit(now: datetime, night: date, onset: datetime, bedtime: datetime,
                   quiet: QuietHours | None, zone: ZoneInfo, offered_night: date | None,
                   sitting: bool) -> bool:
    """Whether to offer long sit now: in the evening window (the usual onset minus an hour
    until bedtime), never in quiet hours, never more than once a night (an offer accepted
    or dismissed counts), not while a long sit is under way."""
    if sitting or offered_night == night:
        return False
    if quiet is not None and quiet.contains(now, zone):
        return False
    return onset - OFFER_LEAD <= now <= bedtime


#: A window full-screen this long without a break (a film, not a video's quick peek) counts
#: as settling in, like Do Not Disturb turning on.
FULLSCREEN_SETTLE = timedelta(minutes=3)


def fullscreen_offer_at(since: datetime | None, onset: datetime,
                        bedtime: datetime) -> datetime | None:
    """When a window full-screen since ``since`` (None: none is) makes long sit worth
    offering: once it has been so for ``FULLSCREEN_SETTLE`` and the evening window is open;
    None when that is after bedtime. :func:`offer_long_sit` still decides at that moment
    (quiet hours, once a night)."""
    if since is None:
        return None
    at = max(since + FULLSCREEN_SETTLE, onset - OFFER_LEAD)
    return at if at <= bedtime else None


# ----------------------------------------------------------------------------- clock jumps


class ClockWatch:
    """Notices the wall clock moving differently from the monotonic clock.

    Qt's timers run on the monotonic clock, which stands still while the machine sleeps;
    after a resume (or when the wall clock is set) the two disagree by the gap.
    """

    def __init__(self, threshold_seconds: float = 3.0) -> None:
        self.threshold = threshold_seconds
        self._last: tuple[float, float] | None = None

    def observe(self, wall: float, mono: float) -> float | None:
        """Record a reading; the size of a jump (wall minus monotonic, in s) or None."""
        last, self._last = self._last, (wall, mono)
        if last is None:
            return None
        jump = (wall - last[0]) - (mono - last[1])
        return jump if abs(jump) > self.threshold else None

    def reset(self) -> None:
        self._last = None
