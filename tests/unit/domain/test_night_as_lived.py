"""The night of an event: D 12:00 to D+1 12:00 on the wall clock it was lived at (its own
offset), whatever zone the machine is in: the noon boundary, DST nights, and a machine zone
that disagrees with the event's offset."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rlsdesk.domain.clock import (
    format_clock_offset,
    moment_on_night,
    night_as_lived,
    parse_clock_offset,
    repeats_on_night,
    skipped_on_night,
    to_noon_minutes,
)
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.peak import first_onsets_by_night, is_daytime, lived_minutes, night_of

ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham",
         "America/Santiago", "Asia/Kolkata", "UTC"]
zones = st.sampled_from(ZONES).map(ZoneInfo)
nights = st.dates(date(2000, 1, 1), date(2037, 12, 31))
clocks = st.builds(time, st.integers(0, 23), st.integers(0, 59))
offsets = st.integers(-14 * 4, 14 * 4).map(lambda q: timedelta(minutes=15 * q))


def _dst_nights(zone: ZoneInfo, year: int) -> list[date]:
    """The nights of ``year`` on which ``zone``'s offset changes."""
    found = []
    day = date(year, 1, 1)
    while day.year == year:
        start = datetime.combine(day, time(12), tzinfo=zone)
        end = datetime.combine(day + timedelta(days=1), time(12), tzinfo=zone)
        if start.utcoffset() != end.utcoffset():
            found.append(day)
        day += timedelta(days=1)
    return found


@given(nights, offsets)
def test_noon_exactly_starts_the_night(night: date, offset: timedelta) -> None:
    tz = timezone(offset)
    noon = datetime.combine(night, time(12), tzinfo=tz)
    assert night_as_lived(noon) == night
    assert night_as_lived(noon - timedelta(microseconds=1)) == night - timedelta(days=1)
    assert night_as_lived(noon + timedelta(days=1) - timedelta(microseconds=1)) == night


@given(nights, clocks, offsets)
def test_a_time_placed_on_a_night_is_lived_on_it_at_its_clock(
    night: date, clock: time, offset: timedelta,
) -> None:
    moment = moment_on_night(clock, night, ZoneInfo("UTC"), offset)
    assert night_as_lived(moment) == night
    assert moment.time() == clock and moment.utcoffset() == offset
    assert lived_minutes(moment) == to_noon_minutes(clock)


@given(nights, clocks, offsets, zones)
def test_the_machine_zone_does_not_move_an_event(
    night: date, clock: time, offset: timedelta, machine: ZoneInfo,
) -> None:
    """An event lived at one offset, seen from any machine zone: same night, same clock.
    (Converting through the machine's zone, as before, gave another night for many.)"""
    lived = moment_on_night(clock, night, machine, offset)
    seen_here = lived.astimezone(machine)  # the same instant on this machine's clock
    assert night_as_lived(lived) == night
    minutes = to_noon_minutes(clock)
    expected = {} if is_daytime(minutes) else {night: minutes}  # mornings are not onsets
    assert first_onsets_by_night([lived]) == expected
    if seen_here.utcoffset() == offset:
        assert night_of(lived, machine) == night  # no disagreement: both views agree


@given(st.integers(2000, 2037), zones, clocks)
def test_dst_nights_keep_every_wall_time_on_its_night(
    year: int, zone: ZoneInfo, clock: time,
) -> None:
    for night in _dst_nights(zone, year):
        if skipped_on_night(clock, night, zone):
            with pytest.raises(ValidationError, match="does not exist on the night"):
                moment_on_night(clock, night, zone, field="onset")
            continue
        moment = moment_on_night(clock, night, zone)
        assert night_as_lived(moment) == night and moment.time() == clock
        assert night_of(moment, zone) == night  # in its own zone the two agree
        if repeats_on_night(clock, night, zone):
            first = moment.utcoffset()
            second = moment.replace(fold=1).utcoffset()
            assert first is not None and second is not None and first > second
            later = moment_on_night(clock, night, zone, second)
            assert later.astimezone(UTC) > moment.astimezone(UTC)
            assert night_as_lived(later) == night and later.time() == clock


def test_a_known_fall_back_and_spring_forward_night() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert repeats_on_night(time(2, 30), date(2026, 10, 24), berlin)
    assert not repeats_on_night(time(3, 0), date(2026, 10, 24), berlin)
    assert skipped_on_night(time(2, 0), date(2026, 3, 28), berlin)
    assert not skipped_on_night(time(3, 0), date(2026, 3, 28), berlin)
    assert not skipped_on_night(time(1, 59), date(2026, 3, 28), berlin)
    with pytest.raises(ValidationError) as caught:
        moment_on_night(time(2, 30), date(2026, 3, 28), berlin, field="quick_logs")
    assert str(caught.value) == (
        "quick_logs: '02:30' does not exist on the night of 2026-03-28 in Europe/Berlin "
        "(the clocks go forward then)")


@given(clocks, st.none() | offsets)
def test_clock_with_offset_reads_back_as_written(clock: time, offset: timedelta | None) -> None:
    text = format_clock_offset(clock, offset)
    assert parse_clock_offset(text) == (clock, offset)
    assert (len(text) == 5) == (offset is None)


@pytest.mark.parametrize("text", ["01:30+14:01", "01:30-15:00", "01:30+02:60", "01:30+2:00",
                                  "01:30 02:00", "25:00+01:00", "01:30+"])
def test_bad_offsets_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_clock_offset(text, "onset")


@given(nights, clocks, zones)
def test_without_an_offset_a_time_is_in_the_zone_the_first_time_it_happens(
    night: date, clock: time, zone: ZoneInfo,
) -> None:
    assume(not skipped_on_night(clock, night, zone))
    moment = moment_on_night(clock, night, zone)
    assert moment.fold == 0 and moment.tzinfo is zone
    assert night_as_lived(moment) == night
