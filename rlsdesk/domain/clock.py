"""Parsing and formatting of clock times and bounded whole numbers."""

from __future__ import annotations

import re
from datetime import time

from rlsdesk.domain.errors import ValidationError

__all__ = [
    "MINUTES_PER_DAY",
    "NOON_MINUTES",
    "format_clock",
    "from_noon_minutes",
    "parse_clock",
    "parse_int",
    "parse_minutes",
    "to_noon_minutes",
]

MINUTES_PER_DAY = 24 * 60
NOON_MINUTES = 12 * 60

_CLOCK_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


def parse_clock(text: object, field: str = "time") -> time:
    """``"21:30"`` -> ``time(21, 30)``; 24-hour ``H:MM`` or ``HH:MM`` only."""
    if isinstance(text, time):
        return text.replace(second=0, microsecond=0, tzinfo=None)
    if not isinstance(text, str):
        raise ValidationError(field, text, "is not a clock time (expected text like '21:30')")
    if not text.strip():
        raise ValidationError(field, text, "is empty (expected a clock time like '21:30')")
    match = _CLOCK_RE.match(text)
    if match is None:
        raise ValidationError(field, text, "is not a 24-hour clock time like '21:30'")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23:
        raise ValidationError(field, text, "has an hour outside 00-23")
    if minute > 59:
        raise ValidationError(field, text, "has minutes outside 00-59")
    return time(hour, minute)


def format_clock(value: time) -> str:
    """``time(9, 5)`` -> ``"09:05"``."""
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_int(value: object, field: str, lo: int, hi: int, unit: str = "") -> int:
    """A whole number within ``lo..hi`` (inclusive); bools and fractions are refused."""
    suffix = f" {unit}" if unit else ""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})")
    if isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            raise ValidationError(
                field, value, f"is not a whole number ({lo}-{hi}{suffix})"
            ) from None
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})")
        number = int(value)
    else:
        number = value
    if not lo <= number <= hi:
        raise ValidationError(field, value, f"is outside {lo}-{hi}{suffix}")
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
