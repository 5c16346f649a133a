"""Clock times, bounded numbers and nights as lived, at their edges: noon and midnight,
the DST nights of Europe/Berlin and Pacific/Auckland (a zone far from the machine's), UTC
offsets at +-14:00, and every refusal as the sentence the command line prints. Written for
the survivors of `make mutation`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.clock import (
    format_clock,
    format_clock_offset,
    from_noon_minutes,
    moment_on_night,
    night_as_lived,
    parse_clock,
    parse_clock_offset,
    parse_int,
    parse_minutes,
    repeats_on_night,
    skipped_on_night,
    to_noon_minutes,
    wall_on_night,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError

BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")
SPRING = date(2026, 3, 28)  # Berlin: the night 02:00 -> 03:00 on the 29th
AUTUMN = date(2026, 10, 24)  # Berlin: the night 03:00 -> 02:00 on the 25th
NZ_SPRING = date(2026, 9, 26)  # Auckland: 02:00 -> 03:00 on the 27th
NZ_AUTUMN = date(2026, 4, 4)  # Auckland: 03:00 -> 02:00 on the 5th


def assert_refused(make: Callable[[], object], text: str, code: ProblemCode,
                   **params: object) -> None:
    with pytest.raises(ValidationError) as info:
        make()
    assert str(info.value) == text
    assert info.value.code is code
    assert info.value.params == params


# ------------------------------------------------------------------ clock text


def test_parse_clock_takes_a_time_without_seconds_or_zone() -> None:
    parsed = parse_clock(time(21, 30, 59, 999, tzinfo=UTC))
    assert parsed == time(21, 30)
    assert parsed.tzinfo is None
    assert_refused(lambda: parse_clock("25:00"), "time: '25:00' has an hour outside 00-23",
                   ProblemCode.NOT_A_TIME)


@pytest.mark.parametrize(("clock", "text"), [
    (time(0, 0), "00:00"), (time(9, 5), "09:05"), (time(23, 59), "23:59"),
])
def test_format_clock_pads_to_two_digits(clock: time, text: str) -> None:
    assert format_clock(clock) == text


# ------------------------------------------------------------------ whole numbers


@pytest.mark.parametrize(("value", "number"), [
    (1, 1), (10, 10), ("1", 1), ("10", 10), (1.0, 1), (10.0, 10), ("-0", 0),
])
def test_whole_numbers_at_both_ends_are_kept(value: object, number: int) -> None:
    lo = 0 if value == "-0" else 1
    assert parse_int(value, "cycles", lo, 10) == number


@pytest.mark.parametrize("value", [0, 11, "0", "11", 0.0, 11.0])
def test_whole_numbers_just_outside_are_refused(value: object) -> None:
    assert_refused(lambda: parse_int(value, "cycles", 1, 10),
                   f"cycles: {value!r} is outside 1-10", ProblemCode.OUT_OF_RANGE,
                   min=1, max=10, unit="")


def test_negative_ranges_and_text_with_a_sign() -> None:
    assert parse_int("-5", "shift", -5, 5, "min") == -5
    assert_refused(lambda: parse_int("-6", "shift", -5, 5, "min"),
                   "shift: '-6' is outside -5-5 min", ProblemCode.OUT_OF_RANGE,
                   min=-5, max=5, unit="min")


@pytest.mark.parametrize("value", [True, False, None, [3], 2.5, "2.0", " 3", "3 ", "+3", "",
                                   "1234567890", "٣"])
def test_what_is_no_whole_number_is_refused_with_the_range(value: object) -> None:
    assert_refused(lambda: parse_int(value, "dose_mg", 1, 1000, "mg"),
                   f"dose_mg: {value!r} is not a whole number (1-1000 mg)",
                   ProblemCode.NOT_WHOLE_NUMBER, min=1, max=1000, unit="mg")


def test_nine_digits_are_still_a_number() -> None:
    assert parse_int("123456789", "n", 0, 10**9) == 123456789
    assert parse_int("-123456789", "n", -10**9, 0) == -123456789


def test_parse_minutes_defaults_to_0_to_720() -> None:
    assert parse_minutes(0) == 0
    assert parse_minutes(720) == 720
    assert_refused(lambda: parse_minutes(721), "minutes: 721 is outside 0-720 min",
                   ProblemCode.OUT_OF_RANGE, min=0, max=720, unit="min")
    assert_refused(lambda: parse_minutes(-1), "minutes: -1 is outside 0-720 min",
                   ProblemCode.OUT_OF_RANGE, min=0, max=720, unit="min")


# ------------------------------------------------------------------ minutes since noon


@pytest.mark.parametrize(("clock", "minutes"), [
    (time(12, 0), 0), (time(12, 1), 1), (time(11, 59), 1439), (time(0, 0), 720),
    (time(23, 59), 719), (time(21, 30), 570), (time(0, 20), 740),
])
def test_noon_minutes_at_noon_and_midnight(clock: time, minutes: int) -> None:
    assert to_noon_minutes(clock) == minutes
    assert from_noon_minutes(minutes) == clock


@pytest.mark.parametrize(("minutes", "clock"), [
    (1440, time(12, 0)), (-1, time(11, 59)), (1441, time(12, 1)), (-720, time(0, 0)),
])
def test_from_noon_minutes_wraps_a_day(minutes: int, clock: time) -> None:
    assert from_noon_minutes(minutes) == clock


# ------------------------------------------------------------------ nights


@pytest.mark.parametrize(("wall", "night"), [
    (datetime(2026, 11, 21, 12, 0), date(2026, 11, 21)),
    (datetime(2026, 11, 21, 11, 59), date(2026, 11, 20)),
    (datetime(2026, 11, 21, 0, 0), date(2026, 11, 20)),
    (datetime(2026, 11, 21, 23, 59), date(2026, 11, 21)),
    (datetime(2026, 1, 1, 0, 30), date(2025, 12, 31)),
])
def test_night_as_lived_turns_at_noon(wall: datetime, night: date) -> None:
    for zone in (BERLIN, AUCKLAND, timezone(timedelta(hours=-14))):
        assert night_as_lived(wall.replace(tzinfo=zone)) == night


@pytest.mark.parametrize(("clock", "wall"), [
    (time(12, 0), datetime(2026, 11, 21, 12, 0)),
    (time(11, 59), datetime(2026, 11, 22, 11, 59)),
    (time(0, 0), datetime(2026, 11, 22, 0, 0)),
    (time(23, 59), datetime(2026, 11, 21, 23, 59)),
])
def test_wall_on_night_puts_times_before_noon_on_the_next_day(clock: time,
                                                              wall: datetime) -> None:
    got = wall_on_night(clock.replace(tzinfo=UTC), date(2026, 11, 21))
    assert got == wall
    assert got.tzinfo is None


@pytest.mark.parametrize(("zone", "night", "clock", "repeats", "skipped"), [
    (BERLIN, AUTUMN, time(1, 59), False, False),
    (BERLIN, AUTUMN, time(2, 0), True, False),
    (BERLIN, AUTUMN, time(2, 59), True, False),
    (BERLIN, AUTUMN, time(3, 0), False, False),
    (BERLIN, SPRING, time(1, 59), False, False),
    (BERLIN, SPRING, time(2, 0), False, True),
    (BERLIN, SPRING, time(2, 59), False, True),
    (BERLIN, SPRING, time(3, 0), False, False),
    (BERLIN, SPRING - timedelta(days=1), time(2, 30), False, False),
    (AUCKLAND, NZ_AUTUMN, time(2, 30), True, False),
    (AUCKLAND, NZ_AUTUMN, time(3, 0), False, False),
    (AUCKLAND, NZ_SPRING, time(2, 30), False, True),
    (AUCKLAND, NZ_SPRING, time(3, 0), False, False),
])
def test_repeated_and_skipped_wall_times_on_real_dst_nights(
        zone: ZoneInfo, night: date, clock: time, repeats: bool, skipped: bool) -> None:
    assert repeats_on_night(clock, night, zone) is repeats
    assert skipped_on_night(clock, night, zone) is skipped


def test_moment_on_night_takes_the_first_pass_of_a_repeated_hour() -> None:
    moment = moment_on_night(time(2, 30), AUTUMN, BERLIN)
    assert moment.tzinfo is BERLIN
    assert (moment.date(), moment.hour, moment.minute) == (date(2026, 10, 25), 2, 30)
    assert moment.utcoffset() == timedelta(hours=2)
    nz = moment_on_night(time(2, 30), NZ_AUTUMN, AUCKLAND)
    assert nz.utcoffset() == timedelta(hours=13)


def test_moment_on_night_with_an_offset_is_that_offset_exactly() -> None:
    moment = moment_on_night(time(2, 30), AUTUMN, BERLIN, timedelta(hours=1))
    assert moment == datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    assert moment.utcoffset() == timedelta(hours=1)
    # even a skipped wall time, when it comes with the offset it was lived at
    lived = moment_on_night(time(2, 30), SPRING, BERLIN, timedelta(hours=1))
    assert lived.utcoffset() == timedelta(hours=1)


def test_moment_on_night_refuses_a_skipped_time_naming_night_and_zone() -> None:
    assert_refused(lambda: moment_on_night(time(2, 30), SPRING, BERLIN),
                   "time: '02:30' does not exist on the night of 2026-03-28 in Europe/Berlin "
                   "(the clocks go forward then)", ProblemCode.SKIPPED_TIME,
                   zone="Europe/Berlin", night=SPRING)
    assert_refused(lambda: moment_on_night(time(2, 0), NZ_SPRING, AUCKLAND, field="--at"),
                   "--at: '02:00' does not exist on the night of 2026-09-26 in "
                   "Pacific/Auckland (the clocks go forward then)", ProblemCode.SKIPPED_TIME,
                   zone="Pacific/Auckland", night=NZ_SPRING)


@pytest.mark.parametrize(("clock", "day"), [
    (time(12, 0), date(2026, 3, 28)), (time(23, 59), date(2026, 3, 28)),
    (time(0, 0), date(2026, 3, 29)), (time(11, 59), date(2026, 3, 29)),
])
def test_moment_on_night_puts_noon_and_midnight_on_the_right_day(clock: time,
                                                                day: date) -> None:
    moment = moment_on_night(clock, SPRING, BERLIN)
    assert moment.date() == day
    assert night_as_lived(moment) == SPRING


# ------------------------------------------------------------------ times with offsets


@pytest.mark.parametrize(("text", "clock", "offset"), [
    ("01:30", time(1, 30), None),
    (" 01:30 ", time(1, 30), None),
    ("01:30+02:00", time(1, 30), timedelta(hours=2)),
    ("01:30-05:30", time(1, 30), -timedelta(hours=5, minutes=30)),
    ("01:30+14:00", time(1, 30), timedelta(hours=14)),
    ("01:30-14:00", time(1, 30), -timedelta(hours=14)),
    ("01:30+00:59", time(1, 30), timedelta(minutes=59)),
    (" 23:59+13:59 ", time(23, 59), timedelta(hours=13, minutes=59)),
])
def test_parse_clock_offset_reads_offsets_up_to_14_hours(text: str, clock: time,
                                                         offset: timedelta | None) -> None:
    assert parse_clock_offset(text) == (clock, offset)


@pytest.mark.parametrize(("text", "problem", "code"), [
    ("01:30+14:01", "has an offset outside -14:00 to +14:00", ProblemCode.BAD_OFFSET),
    ("01:30-14:01", "has an offset outside -14:00 to +14:00", ProblemCode.BAD_OFFSET),
    ("01:30+05:60", "has an offset outside -14:00 to +14:00", ProblemCode.BAD_OFFSET),
    ("01:30+a2:00", "has an offset that is not like +02:00", ProblemCode.BAD_OFFSET),
    ("01:30+2:00x", "has an offset that is not like +02:00", ProblemCode.BAD_OFFSET),
    ("+02:00", "is not a 24-hour time like 21:30 (HH:MM, 00:00-23:59)",
     ProblemCode.NOT_A_TIME),
    ("1+02:00", "is not a 24-hour time like 21:30 (HH:MM, 00:00-23:59)",
     ProblemCode.NOT_A_TIME),
])
def test_parse_clock_offset_refusals_name_the_whole_text(text: str, problem: str,
                                                         code: ProblemCode) -> None:
    shown = text if code is ProblemCode.BAD_OFFSET else text.split("+")[0] or text
    assert_refused(lambda: parse_clock_offset(text, "--onset"), f"--onset: {shown!r} {problem}",
                   code)


def test_parse_clock_offset_names_time_by_default() -> None:
    assert_refused(lambda: parse_clock_offset("01:30+99:00"),
                   "time: '01:30+99:00' has an offset outside -14:00 to +14:00",
                   ProblemCode.BAD_OFFSET)


@pytest.mark.parametrize(("offset", "text"), [
    (None, "01:30"),
    (timedelta(0), "01:30+00:00"),
    (timedelta(hours=2), "01:30+02:00"),
    (-timedelta(minutes=30), "01:30-00:30"),
    (-timedelta(hours=5, minutes=45), "01:30-05:45"),
    (timedelta(hours=14), "01:30+14:00"),
    (-timedelta(hours=14), "01:30-14:00"),
])
def test_format_clock_offset_writes_sign_hours_and_minutes(offset: timedelta | None,
                                                           text: str) -> None:
    assert format_clock_offset(time(1, 30), offset) == text
    assert parse_clock_offset(text) == (time(1, 30), offset)
