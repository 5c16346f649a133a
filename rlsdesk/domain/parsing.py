"""Strict parsing of the dates and times people type: one spelling each, exactly.

- a date is ``YYYY-MM-DD`` (``2026-11-21``);
- a time is ``HH:MM`` on the 24-hour clock, ``00:00`` to ``23:59``;
- a date-time is both, one space apart (``2026-11-21 21:40``), in the person's zone.

Nothing else is read as one of them: not ``20261120``, not an ISO week date, not ``9:30``,
not a date where a time is expected (which would silently mean midnight). The command
options, the diary CSV importer and the stored settings all read through here. Every
refusal is a :class:`ValidationError` naming the field.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from rlsdesk.domain.errors import ProblemCode, ValidationError

__all__ = [
    "EARLIEST_NIGHT",
    "parse_date",
    "parse_moment",
    "parse_time",
]

#: The first night a diary may hold; nothing earlier is a night anyone logs.
EARLIEST_NIGHT = date(1900, 1, 1)

_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_TIME_RE = re.compile(r"([0-9]{2}):([0-9]{2})")
_MOMENT_RE = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2}) ([0-9]{2}:[0-9]{2})(?:([+-])([0-9]{2}):([0-9]{2}))?"
)
#: The widest UTC offset a place keeps (Kiribati +14:00).
_MAX_OFFSET = timedelta(hours=14)
DATE_EXAMPLE = "a date like 2026-11-21 (YYYY-MM-DD)"
TIME_EXAMPLE = "a 24-hour time like 21:30 (HH:MM, 00:00-23:59)"
MOMENT_EXAMPLE = "a date and time like '2026-11-21 21:40' (YYYY-MM-DD HH:MM)"


def parse_date(text: object, field: str = "date") -> date:
    """``"2026-11-21"`` -> ``date(2026, 11, 21)``; exactly that form, a real calendar day."""
    if not isinstance(text, str):
        raise ValidationError(field, text, f"is not {DATE_EXAMPLE}", ProblemCode.NOT_A_DATE)
    if not text:
        raise ValidationError(field, text, f"is empty; expected {DATE_EXAMPLE}",
                              ProblemCode.NOT_A_DATE)
    match = _DATE_RE.fullmatch(text)
    if match is None:
        raise ValidationError(field, text, f"is not {DATE_EXAMPLE}", ProblemCode.NOT_A_DATE)
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValidationError(field, text, "is not a date on the calendar",
                              ProblemCode.NOT_ON_CALENDAR) from None


def parse_time(text: object, field: str = "time") -> time:
    """``"21:30"`` -> ``time(21, 30)``; two digits each side, 00:00 to 23:59."""
    if not isinstance(text, str):
        raise ValidationError(field, text, f"is not {TIME_EXAMPLE}", ProblemCode.NOT_A_TIME)
    if not text:
        raise ValidationError(field, text, f"is empty; expected {TIME_EXAMPLE}",
                              ProblemCode.NOT_A_TIME)
    match = _TIME_RE.fullmatch(text)
    if match is None:
        raise ValidationError(field, text, f"is not {TIME_EXAMPLE}", ProblemCode.NOT_A_TIME)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23:
        raise ValidationError(field, text, "has an hour outside 00-23", ProblemCode.NOT_A_TIME)
    if minute > 59:
        raise ValidationError(field, text, "has minutes outside 00-59", ProblemCode.NOT_A_TIME)
    return time(hour, minute)


def parse_moment(text: object, field: str, zone: ZoneInfo) -> datetime:
    """``"2026-11-21 21:40"`` -> that moment in ``zone``. Both parts are required; a clock
    time the zone skips (the hour clocks jump forward) is refused, an hour they repeat
    means its first pass. ``"2026-10-25 02:30+01:00"`` names the wall time with the UTC
    offset it was lived at (the second pass of a repeated hour, or another zone)."""
    if not isinstance(text, str):
        raise ValidationError(field, text, f"is not {MOMENT_EXAMPLE}", ProblemCode.NOT_A_MOMENT)
    if not text:
        raise ValidationError(field, text, f"is empty; expected {MOMENT_EXAMPLE}",
                              ProblemCode.NOT_A_MOMENT)
    match = _MOMENT_RE.fullmatch(text)
    if match is None:
        if _DATE_RE.fullmatch(text):
            raise ValidationError(field, text, f"has no time; expected {MOMENT_EXAMPLE}",
                                  ProblemCode.NOT_A_MOMENT)
        if _TIME_RE.fullmatch(text):
            raise ValidationError(field, text, f"has no date; expected {MOMENT_EXAMPLE}",
                                  ProblemCode.NOT_A_MOMENT)
        raise ValidationError(field, text, f"is not {MOMENT_EXAMPLE}", ProblemCode.NOT_A_MOMENT)
    day = parse_date(match.group(1), field)
    clock = parse_time(match.group(2), field)
    if match.group(3):
        sign = -1 if match.group(3) == "-" else 1
        hours, minutes = int(match.group(4)), int(match.group(5))
        offset = sign * timedelta(hours=hours, minutes=minutes)
        if minutes > 59 or abs(offset) > _MAX_OFFSET:
            raise ValidationError(field, text, "has an offset outside -14:00 to +14:00",
                                  ProblemCode.BAD_OFFSET)
        return datetime.combine(day, clock, tzinfo=timezone(offset))
    moment = datetime.combine(day, clock, tzinfo=zone)
    try:
        back = moment.astimezone(UTC).astimezone(zone)
    except OverflowError:  # the first or last representable day, beyond any offset
        raise ValidationError(field, text, "is outside the calendar rlsdesk can keep",
                              ProblemCode.NOT_ON_CALENDAR) from None
    if back.replace(tzinfo=None) != moment.replace(tzinfo=None):
        raise ValidationError(
            field, text, f"does not exist in {zone.key} (the clocks skip that time)",
            ProblemCode.SKIPPED_TIME, zone=zone.key, night=None)
    return moment
