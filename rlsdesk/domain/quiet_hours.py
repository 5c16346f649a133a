"""Quiet hours: the one type the preferences and the reminder policy share. No Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

__all__ = ["QuietHours", "quiet_hours_from"]


@dataclass(frozen=True, slots=True)
class QuietHours:
    """From ``start`` to ``end`` on the wall clock; may cross midnight."""

    start: time
    end: time

    def contains(self, moment: datetime, zone: ZoneInfo) -> bool:
        clock = moment.astimezone(zone).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= clock < self.end
        return clock >= self.start or clock < self.end


def quiet_hours_from(start: time | None, end: time | None) -> QuietHours | None:
    """Quiet hours from their two stored ends; None when either is unset or both are equal."""
    if start is None or end is None or start == end:
        return None
    return QuietHours(start, end)
