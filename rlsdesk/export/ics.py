"""The routine as an RFC 5545 calendar: one weekly recurring event per step, on the step's
weekdays, at the time the planner gives it now, in the person's time zone (with its
VTIMEZONE), each with a display alarm at the start. Uses ``icalendar`` (imported here only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from rlsdesk import __version__
from rlsdesk.domain.planner import PlannedStep
from rlsdesk.domain.routine import Step

if TYPE_CHECKING:
    from rlsdesk.services.evening import Evening

_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def evening_calendar(evening: Evening, nights: int = 7) -> bytes:
    """The routine as a calendar, each step at its time over the coming week's plans."""
    tonight = evening.tonight()
    plans = [evening.plan(tonight + timedelta(days=n)).steps for n in range(nights)]
    return routine_calendar(evening.steps(), next_occurrences(plans), evening.zone,
                            evening.now())


def routine_calendar(
    steps: Sequence[Step], first_planned: Mapping[int, PlannedStep], zone: ZoneInfo,
    now: datetime,
) -> bytes:
    """``first_planned`` holds, for each step id, its next planned occurrence."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//rlsdesk//rlsdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Evening routine (rlsdesk)")
    calendar.add("x-wr-timezone", zone.key)
    stamp = now.astimezone(UTC)
    for step in steps:
        if step.id is None or not step.enabled or step.id not in first_planned:
            continue
        planned = first_planned[step.id]
        start = planned.at.astimezone(zone).replace(second=0, microsecond=0)
        # A step after midnight happens on the calendar day after its evening.
        shift = 1 if start.hour < 12 else 0
        days = sorted((d + shift) % 7 for d in step.days)
        event = Event()
        event.add("uid", f"rlsdesk-step-{step.id}@rlsdesk.invalid")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("duration", timedelta(minutes=max(step.minutes, 5)))
        event.add("rrule", {"freq": "weekly", "byday": [_BYDAY[d] for d in days]})
        event.add("summary", step.title)
        event.add(
            "description",
            f"{planned.why}\n\nTime as planned for the night of {planned.at:%Y-%m-%d}; "
            "rlsdesk moves its reminders as it learns your evening, so this calendar is a "
            "snapshot. Export it again after changes.",
        )
        event.add("categories", ["rlsdesk"])
        event.add("transp", "TRANSPARENT")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", step.title)
        alarm.add("trigger", timedelta(0))  # at the start (written P0D, valid RFC 5545)
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def next_occurrences(plans: Sequence[Sequence[PlannedStep]]) -> dict[int, PlannedStep]:
    """The first occurrence of each step over consecutive nights' plans."""
    found: dict[int, PlannedStep] = {}
    for plan in plans:
        for planned in plan:
            if planned.step_id is not None:
                found.setdefault(planned.step_id, planned)
    return found
