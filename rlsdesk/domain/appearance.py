"""When the calm night look applies, and how much contrast two colours have (WCAG 2.x)."""

from __future__ import annotations

from datetime import time
from enum import StrEnum

MORNING = time(7, 0)


class ThemeMode(StrEnum):
    AUTO = "auto"      # follows the system by day, night look from a set time before bed
    NIGHT = "night"    # always the night look
    DAY = "day"        # never the night look: always follows the system


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def night_look_due(now: time, bedtime: time, lead_minutes: int, morning: time = MORNING) -> bool:
    """True from ``lead_minutes`` before bedtime until ``morning`` (wrapping past midnight)."""
    start = (_minutes(bedtime) - lead_minutes) % (24 * 60)
    end = _minutes(morning)
    current = _minutes(now)
    if start == end:
        return True
    if start < end:
        return start <= current < end
    return current >= start or current < end


def uses_night_look(mode: ThemeMode, now: time, bedtime: time, lead_minutes: int) -> bool:
    if mode is ThemeMode.NIGHT:
        return True
    if mode is ThemeMode.DAY:
        return False
    return night_look_due(now, bedtime, lead_minutes)


def relative_luminance(hex_colour: str) -> float:
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"{hex_colour!r} is not a #rrggbb colour")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
