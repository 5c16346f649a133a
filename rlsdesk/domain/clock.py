"""Parsing and formatting of clock times and bounded whole numbers."""

from __future__ import annotations

import re
from datetime import time

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.parsing import parse_time

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
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})")
    if isinstance(value, str):
        if not _WHOLE_RE.fullmatch(value):
            raise ValidationError(field, value, f"is not a whole number ({lo}-{hi}{suffix})")
        number = int(value)
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
