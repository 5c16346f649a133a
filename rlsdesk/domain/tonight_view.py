"""What Tonight shows of each step, derived in one place from the reminder ledger and the clock.

One rule for every displayed time: a moment is shown at its nearest minute (30 s rounds up),
and a countdown is the shown minute less the minute the clock shows now. So the list, the
timeline, the headline and the countdown never disagree by a minute, and what is shown can
only change at a minute boundary or when the ledger changes.

A step's state: what the ledger recorded (done, skipped, snoozed, missed, reminded), except
that a step whose time and its window (its length, at least :data:`NEXT_GRACE`) have passed
unanswered is "missed" from then on, whatever the ledger has not yet caught up with. The next
step is the first one not finished. Pure: the same ledger and the same minute always give the
same view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

__all__ = [
    "FINISHED",
    "NEXT_GRACE",
    "StepTiming",
    "TonightView",
    "countdown_minutes",
    "derive_view",
    "next_minute",
    "shown_minute",
    "shown_time",
]

#: A step stays "next" this long after its time (or for its length, if longer).
NEXT_GRACE = timedelta(minutes=15)
FINISHED = frozenset({"done", "skipped", "missed"})
_ANSWERED = frozenset({"done", "skipped", "snoozed"})
_HALF_MINUTE = timedelta(seconds=30)


def shown_minute(moment: datetime) -> datetime:
    """The minute a moment is shown at: the nearest (21:29:30 -> 21:30, 21:29:29 -> 21:29)."""
    return (moment + _HALF_MINUTE).replace(second=0, microsecond=0)


def shown_time(value: time) -> time:
    """:func:`shown_minute` for a clock time (23:59:45 -> 00:00)."""
    # to the microsecond, as shown_minute adds its half minute (29.9 s rounds down)
    micros = (((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000
              + value.microsecond)
    minutes = ((micros + 30_000_000) // 60_000_000) % (24 * 60)
    return time(minutes // 60, minutes % 60, tzinfo=value.tzinfo)


def next_minute(now: datetime) -> datetime:
    """The next minute boundary after ``now``: the next moment anything shown can change."""
    return now.replace(second=0, microsecond=0) + timedelta(minutes=1)


def countdown_minutes(at: datetime, now: datetime) -> int:
    """Whole minutes from the minute the clock shows now to the minute ``at`` is shown at
    (negative once it is past)."""
    delta = shown_minute(at) - now.replace(second=0, microsecond=0)
    return int(delta.total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class StepTiming:
    step_id: int | None
    at: datetime
    minutes: int = 0

    @property
    def window_end(self) -> datetime:
        return self.at + max(NEXT_GRACE, timedelta(minutes=self.minutes))


@dataclass(frozen=True, slots=True)
class TonightView:
    states: tuple[str | None, ...]  # per step: done, skipped, snoozed, missed, notified, ...
    next_index: int | None


def derive_view(
    steps: Sequence[StepTiming], ledger: Mapping[int, str], now: datetime,
) -> TonightView:
    """Each step's state and the next step, from the ledger's states and the clock."""
    states: list[str | None] = []
    for step in steps:
        recorded = ledger.get(step.step_id) if step.step_id is not None else None
        if recorded in FINISHED or recorded in _ANSWERED:
            states.append(recorded)
        elif now >= shown_minute(step.window_end):
            states.append("missed")  # its time and window passed with no answer
        else:
            states.append(recorded)
    upcoming = (i for i, state in enumerate(states) if state not in FINISHED)
    return TonightView(tuple(states), next(upcoming, None))
