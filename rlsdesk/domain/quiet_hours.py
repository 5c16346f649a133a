"""Quiet hours: the one type the preferences and the reminder policy share. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

__all__ = ["QuietCover", "QuietHours", "quiet_cover", "quiet_hours_from"]


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


@dataclass(frozen=True, slots=True)
class QuietCover:
    """What quiet hours would silence tonight: the bedtime, and the reminders (title, time)
    they cover, in the plan's order. Reminders in quiet hours are skipped, not held."""

    bedtime: bool
    reminders: tuple[tuple[str, datetime], ...]

    @property
    def anything(self) -> bool:
        return self.bedtime or bool(self.reminders)


def quiet_cover(quiet: QuietHours | None, zone: ZoneInfo, bedtime: datetime,
                reminders: Sequence[tuple[str, datetime]]) -> QuietCover:
    """Whether ``quiet`` covers tonight's ``bedtime`` and which of tonight's ``reminders``."""
    if quiet is None:
        return QuietCover(False, ())
    return QuietCover(
        quiet.contains(bedtime, zone),
        tuple((title, at) for title, at in reminders if quiet.contains(at, zone)),
    )
