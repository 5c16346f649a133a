"""The morning check-in reminder, as far as deciding goes: pure, no Qt, no SQLite.

When switched on (Settings, or ``rlsdesk settings --checkin-reminder 08:00``) it is one
more occurrence of the night, at the chosen time the next morning. The night of D runs to
D+1 12:00 and the time is before 12:00, so the reminder belongs to the night it asks
about: it lives in the same ledger (reserved step id ``CHECKIN_ID``) and follows the same
rules as a step's reminder (:func:`rlsdesk.domain.reminder_policy.decide`): shown once, on time
or marked late up to ``LATE_LIMIT`` after, otherwise recorded missed; skipped in quiet
hours or when the night's reminders are paused; never again after a restart.

Only when the night has no check-in yet: a check-in saved before the reminder is shown
settles it (``skipped``, reason "checked in"), and one saved while it is shown withdraws it.
It is never recorded "done", so it never appears among the steps marked done.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from rlsdesk.domain.planner import localize, place_on_night
from rlsdesk.domain.reminder_policy import FINAL_STATES, Entry, Occurrence, State

__all__ = [
    "ACTION_CHECKIN",
    "CHECKIN_ACTIONS",
    "CHECKIN_ID",
    "REASON_CHECKED_IN",
    "checkin_key",
    "checkin_occurrence",
    "parse_checkin_key",
    "settle_when_checked_in",
]

CHECKIN_ID = -2  # a reserved ledger step id (real steps are positive; long sit is -1)
ACTION_CHECKIN = "checkin"
#: The English label; ReminderService shows it (and the title and text) translated.
CHECKIN_ACTIONS: tuple[tuple[str, str], ...] = ((ACTION_CHECKIN, "Check in"),)
REASON_CHECKED_IN = "checked in"
TITLE = "Morning check-in"
_KEY_PREFIX = "checkin@"


def checkin_due(night: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant of ``at`` the morning after the evening of ``night``."""
    if at.hour >= 12:
        raise ValueError("the check-in reminder comes before the night ends at 12:00")
    return localize(place_on_night(at, night), zone)[0]


def checkin_occurrence(night: date, at: time, zone: ZoneInfo) -> Occurrence:
    due = checkin_due(night, at, zone)
    why = (f"How was the night of {night:%a %d %b}? Severity, when symptoms started, "
           "sleep: a minute in the Diary.")
    return Occurrence(CHECKIN_ID, TITLE, due, 0, why)


def checkin_key(night: date) -> str:
    """The notification key, e.g. ``checkin@2026-11-20`` (the night asked about)."""
    return f"{_KEY_PREFIX}{night.isoformat()}"


def parse_checkin_key(key: str) -> date | None:
    if not key.startswith(_KEY_PREFIX):
        return None
    try:
        return date.fromisoformat(key.removeprefix(_KEY_PREFIX))
    except ValueError:
        return None


def settle_when_checked_in(entry: Entry | None, checked_in: bool) -> tuple[bool, bool]:
    """(record it as settled, withdraw the shown notification) for the night's check-in
    reminder, given whether the night has a check-in now."""
    if not checked_in or (entry is not None and entry.state in FINAL_STATES):
        return False, False
    return True, entry is not None and entry.state is State.NOTIFIED
