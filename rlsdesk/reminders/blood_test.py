"""The reminder the evening before a planned blood test, as far as deciding goes: pure, no
Qt, no SQLite.

A test planned for the morning of D (``rlsdesk log lab plan D``, or Insights' lab panel)
with "remind me the evening before" gives the night of D-1 one more occurrence, at
:data:`rlsdesk.domain.labs.REMINDER_CLOCK` that evening. It lives in the same ledger under
the reserved step id ``BLOOD_TEST_ID`` and follows the same rules as a step's reminder
(:func:`rlsdesk.domain.reminder_policy.decide`): shown once, on time or marked late up to
``LATE_LIMIT`` after, otherwise recorded missed; skipped in quiet hours or while paused;
held while the person is away or in Do Not Disturb; never again after a restart. A plan
cancelled before the evening takes its pending row away (``sync_plan``), so nothing comes.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from rlsdesk.domain.labs import PlannedTest, blood_test_reminder_at, planned_for_morning_after
from rlsdesk.domain.reminder_policy import Occurrence

__all__ = [
    "BLOOD_TEST_ID",
    "blood_test_key",
    "blood_test_occurrence",
    "parse_blood_test_key",
]

#: A reserved ledger step id (real steps are positive; long sit is -1, the check-in -2).
BLOOD_TEST_ID = -3
TITLE = "Blood test tomorrow morning"
_KEY_PREFIX = "bloodtest@"


def blood_test_occurrence(night: date, plans: list[PlannedTest],
                          zone: ZoneInfo) -> Occurrence | None:
    """The night's blood-test reminder, if a test is planned for the morning after it
    with a reminder wanted."""
    plan = planned_for_morning_after(night, plans)
    if plan is None:
        return None
    due = blood_test_reminder_at(plan.planned, zone).astimezone(zone)
    return Occurrence(BLOOD_TEST_ID, TITLE, due)


def blood_test_key(night: date) -> str:
    """The notification key, e.g. ``bloodtest@2026-11-20`` (the evening it comes)."""
    return f"{_KEY_PREFIX}{night.isoformat()}"


def parse_blood_test_key(key: str) -> date | None:
    if not key.startswith(_KEY_PREFIX):
        return None
    try:
        return date.fromisoformat(key.removeprefix(_KEY_PREFIX))
    except ValueError:
        return None
