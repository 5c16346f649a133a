"""What quiet hours would silence tonight: the bedtime and which reminders."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.quiet_hours import QuietHours, quiet_cover

ZONE = ZoneInfo("Europe/Berlin")
EVENING = datetime(2026, 11, 20, 18, 0, tzinfo=ZONE)


def at(hour: int, minute: int = 0) -> datetime:
    day = EVENING if hour >= 12 else EVENING + timedelta(days=1)
    return day.replace(hour=hour, minute=minute)


def test_quiet_hours_over_midnight_cover_a_late_bedtime_and_late_reminders() -> None:
    cover = quiet_cover(QuietHours(time(22, 0), time(7, 0)), ZONE, at(22, 45),
                        [("Bath", at(21, 0)), ("Stretches", at(22, 30)), ("Pill", at(0, 15))])
    assert cover.bedtime and cover.anything
    assert [title for title, _ in cover.reminders] == ["Stretches", "Pill"]


def test_quiet_hours_after_bed_cover_nothing_of_the_evening() -> None:
    cover = quiet_cover(QuietHours(time(1, 0), time(7, 0)), ZONE, at(22, 45),
                        [("Bath", at(21, 0)), ("Stretches", at(22, 30))])
    assert not cover.bedtime and cover.reminders == () and not cover.anything


def test_no_quiet_hours_cover_nothing() -> None:
    assert not quiet_cover(None, ZONE, at(22, 45), [("Bath", at(21, 0))]).anything


@given(start=st.integers(0, 23), end=st.integers(0, 23), hours=st.lists(st.integers(0, 23)))
def test_a_reminder_is_named_exactly_when_quiet_hours_contain_it(start, end, hours) -> None:
    if start == end:
        return
    quiet = QuietHours(time(start), time(end))
    reminders = [(f"step {h}", at(h)) for h in hours]
    cover = quiet_cover(quiet, ZONE, at(22), reminders)
    assert [r for r in reminders if quiet.contains(r[1], ZONE)] == list(cover.reminders)
    assert cover.bedtime == quiet.contains(at(22), ZONE)
