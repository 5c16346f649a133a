"""A sleep time given as a ``time`` that carries a fixed UTC offset: the diary keeps only
the wall clock (the offset of a moment is a separate, explicit part of SleepTime)."""

from __future__ import annotations

from datetime import date, time, timedelta, timezone
from zoneinfo import ZoneInfo

from rlsdesk.domain.sleep_diary import SleepTime, parse_sleep_time

PLUS_TWO = timezone(timedelta(hours=2))


def test_a_time_with_a_fixed_offset_keeps_only_its_wall_clock() -> None:
    parsed = parse_sleep_time(time(23, 10, 30, tzinfo=PLUS_TWO), "into_bed")
    assert parsed.clock.tzinfo is None
    assert parsed.offset is None
    assert parsed == SleepTime(time(23, 10))
    assert str(parsed) == "23:10"


def test_the_offset_of_the_given_time_does_not_move_the_moment() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    parsed = parse_sleep_time(time(1, 30, tzinfo=PLUS_TWO), "final_wake")
    moment = parsed.moment(date(2026, 11, 20), berlin, "final_wake")
    assert (moment.hour, moment.minute) == (1, 30)
    assert moment.utcoffset() == timedelta(hours=1)
