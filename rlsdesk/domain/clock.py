"""Parsing and formatting of clock times and bounded whole numbers."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.parsing import parse_time

__all__ = [
    "MAX_OFFSET",
    "MINUTES_PER_DAY",
    "NOON_MINUTES",
    "format_clock",
    "format_clock_offset",
    "from_noon_minutes",
    "moment_on_night",
    "night_as_lived",
    "parse_clock",
    "parse_clock_offset",
    "parse_int",
    "parse_minutes",
    "repeats_on_night",
    "skipped_on_night",
    "to_noon_minutes",
    "wall_on_night",
]

MINUTES_PER_DAY = 24 * 60
NOON_MINUTES = 12 * 60

_OFFSET_RE = re.compile(r"^([+-])(\d{2}):(\d{2})$")
#: The widest UTC offset a place keeps (Kiribati +14:00; -12:00 the other way).
MAX_OFFSET = timedelta(hours=14)
_WHOLE_RE = re.compile(r"-?[0-9]{1,9}")


def parse_clock(text: object, field: str = "time") -> time:
    """``"21:30"`` -> ``time(21, 30)``; exactly ``HH:MM`` (see :mod:`rlsdesk.domain.parsing`)."""
    if isinstance(text, time):
        return text.replace(second=0, microsecond=0, tzinfo=None)
    return parse_time(text, field)


def format_clock(value: time) -> str:
    """``time(9, 5)`` -> ``"09:05"``."""
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_int(value: object, field: str, lo: int, hi: int, unit: str = "") -> int:
    """A whole number within ``lo..hi`` (inclusive); bools and fractions are refused."""
    suffix = f" {unit}" if unit else ""
    range_ = {"min": lo, "max": hi, "unit": unit}
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})",
                              ProblemCode.NOT_WHOLE_NUMBER, **range_)
    if isinstance(value, str):
        if not _WHOLE_RE.fullmatch(value):
            raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})",
                              ProblemCode.NOT_WHOLE_NUMBER, **range_)
        number = int(value)
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})",
                              ProblemCode.NOT_WHOLE_NUMBER, **range_)
        number = int(value)
    else:
        number = value
    if not lo <= number <= hi:
        raise ValidationError(field, value, f"is outside {lo}-{hi}{suffix}",
                              ProblemCode.OUT_OF_RANGE, **range_)
    return number


def parse_minutes(value: object, field: str = "minutes", lo: int = 0, hi: int = 720) -> int:
    """A number of minutes within ``lo..hi``."""
    return parse_int(value, field, lo, hi, "min")


def to_noon_minutes(value: time) -> int:
    """Minutes since 12:00 on the evening's clock: 12:00 -> 0, 21:30 -> 570, 00:20 -> 740."""
    return (value.hour * 60 + value.minute - NOON_MINUTES) % MINUTES_PER_DAY


def from_noon_minutes(minutes: int) -> time:
    """Inverse of :func:`to_noon_minutes` (taken modulo a day)."""
    total = (NOON_MINUTES + minutes) % MINUTES_PER_DAY
    return time(total // 60, total % 60)


# --- nights as lived: the night D runs D 12:00 to D+1 12:00 on the wall clock --------------
def night_as_lived(moment: datetime) -> date:
    """The night a moment belongs to, by its own wall time (the offset it was lived at),
    never converted through another zone: 00:20 on the 22nd is the night of the 21st."""
    return moment.date() if moment.hour >= 12 else moment.date() - timedelta(days=1)


def wall_on_night(clock: time, night: date) -> datetime:
    """A naive wall time on the night of ``night``: before 12:00 means the next day."""
    day = night if (clock.hour, clock.minute) >= (12, 0) else night + timedelta(days=1)
    return datetime.combine(day, clock.replace(tzinfo=None))


def repeats_on_night(clock: time, night: date, zone: ZoneInfo) -> bool:
    """Whether the wall time happens twice on that night in ``zone`` (clocks go back): its
    first pass is at a larger UTC offset than its second. (A skipped time has the two the
    other way round, and is no repeat.)"""
    naive = wall_on_night(clock, night)
    first = naive.replace(tzinfo=zone, fold=0).utcoffset()
    second = naive.replace(tzinfo=zone, fold=1).utcoffset()
    return first is not None and second is not None and first > second


def moment_on_night(clock: time, night: date, zone: ZoneInfo,
                    offset: timedelta | None = None, field: str = "time") -> datetime:
    """The aware moment a wall time on a night stands for.

    With ``offset`` it is that wall time at that offset, exactly. Without, it is the wall
    time in ``zone``: in a repeated hour the first one; a time the zone skips (clocks go
    forward) is refused, naming ``field``, since it was never lived there.
    """
    naive = wall_on_night(clock, night)
    if offset is not None:
        return naive.replace(tzinfo=timezone(offset))
    if skipped_on_night(clock, night, zone):
        raise ValidationError(
            field, format_clock(clock),
            f"does not exist on the night of {night.isoformat()} in {zone.key} "
            "(the clocks go forward then)",
            ProblemCode.SKIPPED_TIME, zone=zone.key, night=night,
        )
    return naive.replace(tzinfo=zone, fold=0)


def skipped_on_night(clock: time, night: date, zone: ZoneInfo) -> bool:
    """Whether ``zone`` skips the wall time on that night (clocks go forward)."""
    naive = wall_on_night(clock, night)
    aware = naive.replace(tzinfo=zone, fold=0)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive


def parse_clock_offset(text: str, field: str = "time") -> tuple[time, timedelta | None]:
    """``"01:30"`` -> (01:30, None); ``"01:30+02:00"`` -> (01:30, +2 h): a wall time with
    the UTC offset it was lived at, for an hour the clocks repeat."""
    stripped = text.strip()
    clock_text, offset = stripped, None
    if len(stripped) > 6 and stripped[-6] in "+-":
        clock_text, offset = stripped[:-6], _parse_offset(stripped[-6:], field, text)
    return parse_clock(clock_text, field), offset


def format_clock_offset(clock: time, offset: timedelta | None = None) -> str:
    """``(01:30, +2 h)`` -> ``"01:30+02:00"``; without an offset plain ``"01:30"``."""
    if offset is None:
        return format_clock(clock)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{format_clock(clock)}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _parse_offset(text: str, field: str, whole: str) -> timedelta:
    match = _OFFSET_RE.match(text)
    if match is None:
        raise ValidationError(field, whole, "has an offset that is not like +02:00",
                              ProblemCode.BAD_OFFSET)
    sign = -1 if match.group(1) == "-" else 1
    hours, minutes = int(match.group(2)), int(match.group(3))
    offset = sign * timedelta(hours=hours, minutes=minutes)
    if minutes > 59 or abs(offset) > MAX_OFFSET:
        raise ValidationError(field, whole, "has an offset outside -14:00 to +14:00",
                              ProblemCode.BAD_OFFSET)
    return offset
