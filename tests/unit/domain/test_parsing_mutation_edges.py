"""What a person types as a date, a time or a moment: each accepted range at, just inside
and just outside its edges, every refusal as the sentence the command line prints, and
moments on real DST nights (Europe/Berlin, and Pacific/Auckland far from any machine's
zone). Written for the survivors of `make mutation`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.parsing import parse_date, parse_moment, parse_time

BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")
DATE_EXAMPLE = "a date like 2026-11-21 (YYYY-MM-DD)"
TIME_EXAMPLE = "a 24-hour time like 21:30 (HH:MM, 00:00-23:59)"
MOMENT_EXAMPLE = "a date and time like '2026-11-21 21:40' (YYYY-MM-DD HH:MM)"


def assert_refused(make: Callable[[], object], text: str, code: ProblemCode,
                   **params: object) -> None:
    with pytest.raises(ValidationError) as info:
        make()
    assert str(info.value) == text
    assert info.value.code is code
    assert info.value.params == params


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(("text", "day"), [
    ("2026-01-01", date(2026, 1, 1)),
    ("2026-12-31", date(2026, 12, 31)),
    ("2026-02-28", date(2026, 2, 28)),
    ("2028-02-29", date(2028, 2, 29)),
    ("2026-04-30", date(2026, 4, 30)),
    ("0001-01-01", date(1, 1, 1)),
    ("9999-12-31", date(9999, 12, 31)),
])
def test_dates_at_the_edges_of_months_and_the_calendar(text: str, day: date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", [
    "2026-02-29", "2026-04-31", "2026-00-10", "2026-13-10", "2026-01-00", "2026-01-32",
    "0000-01-01",
])
def test_dates_just_off_the_calendar_say_so(text: str) -> None:
    assert_refused(lambda: parse_date(text, "--date"),
                   f"--date: {text!r} is not a date on the calendar", ProblemCode.NOT_ON_CALENDAR)


def test_date_refusals_read_well_and_name_date_by_default() -> None:
    assert_refused(lambda: parse_date(20261121), f"date: 20261121 is not {DATE_EXAMPLE}",
                   ProblemCode.NOT_A_DATE)
    assert_refused(lambda: parse_date(""), f"date: '' is empty; expected {DATE_EXAMPLE}",
                   ProblemCode.NOT_A_DATE)
    assert_refused(lambda: parse_date("2026-1-21", "night"),
                   f"night: '2026-1-21' is not {DATE_EXAMPLE}", ProblemCode.NOT_A_DATE)


# ------------------------------------------------------------------ times


@pytest.mark.parametrize(("text", "clock"), [
    ("00:00", time(0, 0)), ("00:59", time(0, 59)), ("23:00", time(23, 0)),
    ("23:59", time(23, 59)), ("12:00", time(12, 0)), ("11:59", time(11, 59)),
])
def test_times_from_00_00_to_23_59(text: str, clock: time) -> None:
    assert parse_time(text) == clock


@pytest.mark.parametrize(("text", "problem"), [
    ("24:00", "has an hour outside 00-23"),
    ("99:00", "has an hour outside 00-23"),
    ("00:60", "has minutes outside 00-59"),
    ("23:60", "has minutes outside 00-59"),
    ("24:60", "has an hour outside 00-23"),
])
def test_times_just_past_the_clock_say_which_part(text: str, problem: str) -> None:
    assert_refused(lambda: parse_time(text, "--onset"), f"--onset: {text!r} {problem}",
                   ProblemCode.NOT_A_TIME)


def test_time_refusals_read_well_and_name_time_by_default() -> None:
    assert_refused(lambda: parse_time(2130), f"time: 2130 is not {TIME_EXAMPLE}",
                   ProblemCode.NOT_A_TIME)
    assert_refused(lambda: parse_time(""), f"time: '' is empty; expected {TIME_EXAMPLE}",
                   ProblemCode.NOT_A_TIME)
    assert_refused(lambda: parse_time("9:30", "bedtime"), f"bedtime: '9:30' is not {TIME_EXAMPLE}",
                   ProblemCode.NOT_A_TIME)


# ------------------------------------------------------------------ moments


@pytest.mark.parametrize(("text", "problem"), [
    (None, f"is not {MOMENT_EXAMPLE}"),
    (202611212140, f"is not {MOMENT_EXAMPLE}"),
    ("", f"is empty; expected {MOMENT_EXAMPLE}"),
    ("2026-11-21", f"has no time; expected {MOMENT_EXAMPLE}"),
    ("21:40", f"has no date; expected {MOMENT_EXAMPLE}"),
    ("2026-11-21T21:40", f"is not {MOMENT_EXAMPLE}"),
])
def test_moment_refusals_read_well(text: object, problem: str) -> None:
    assert_refused(lambda: parse_moment(text, "--at", BERLIN), f"--at: {text!r} {problem}",
                   ProblemCode.NOT_A_MOMENT)


def test_a_moments_parts_are_checked_and_named_with_its_field() -> None:
    assert_refused(lambda: parse_moment("2026-02-30 21:00", "--at", BERLIN),
                   "--at: '2026-02-30' is not a date on the calendar",
                   ProblemCode.NOT_ON_CALENDAR)
    assert_refused(lambda: parse_moment("2026-11-21 24:00", "--at", BERLIN),
                   "--at: '24:00' has an hour outside 00-23", ProblemCode.NOT_A_TIME)


def test_a_moment_is_that_wall_time_in_the_zone() -> None:
    moment = parse_moment("2026-11-21 21:40", "--at", AUCKLAND)
    assert moment == datetime(2026, 11, 21, 21, 40, tzinfo=AUCKLAND)
    assert moment.tzinfo is AUCKLAND
    assert moment.utcoffset() == timedelta(hours=13)


@pytest.mark.parametrize(("offset", "delta"), [
    ("+14:00", timedelta(hours=14)),
    ("-14:00", -timedelta(hours=14)),
    ("+13:59", timedelta(hours=13, minutes=59)),
    ("+00:59", timedelta(minutes=59)),
    ("-05:30", -timedelta(hours=5, minutes=30)),
    ("+00:00", timedelta(0)),
])
def test_offsets_up_to_14_hours_either_way_are_kept(offset: str, delta: timedelta) -> None:
    moment = parse_moment(f"2026-11-21 21:40{offset}", "--at", BERLIN)
    assert (moment.hour, moment.minute) == (21, 40)
    assert moment.utcoffset() == delta


@pytest.mark.parametrize("offset", ["+14:01", "-14:01", "+15:00", "+05:60", "+00:99"])
def test_offsets_just_past_14_hours_or_60_minutes_are_refused(offset: str) -> None:
    text = f"2026-11-21 21:40{offset}"
    assert_refused(lambda: parse_moment(text, "--at", BERLIN),
                   f"--at: {text!r} has an offset outside -14:00 to +14:00",
                   ProblemCode.BAD_OFFSET)


@pytest.mark.parametrize(("zone", "text", "offset_hours"), [
    (BERLIN, "2026-03-29 01:59", 1),   # the last minute before the clocks jump
    (BERLIN, "2026-03-29 03:00", 2),   # the first after
    (BERLIN, "2026-10-25 01:59", 2),
    (BERLIN, "2026-10-25 02:00", 2),   # a repeated hour: its first pass
    (BERLIN, "2026-10-25 02:59", 2),
    (BERLIN, "2026-10-25 03:00", 1),
    (AUCKLAND, "2026-09-27 01:59", 12),
    (AUCKLAND, "2026-09-27 03:00", 13),
    (AUCKLAND, "2026-04-05 02:30", 13),  # repeated there (clocks go back at 03:00)
    (AUCKLAND, "2026-04-05 03:00", 12),
])
def test_moments_around_real_dst_changes(zone: ZoneInfo, text: str, offset_hours: int) -> None:
    moment = parse_moment(text, "--at", zone)
    assert moment.strftime("%Y-%m-%d %H:%M") == text
    assert moment.utcoffset() == timedelta(hours=offset_hours)


@pytest.mark.parametrize(("zone", "text"), [
    (BERLIN, "2026-03-29 02:00"), (BERLIN, "2026-03-29 02:59"),
    (AUCKLAND, "2026-09-27 02:00"), (AUCKLAND, "2026-09-27 02:59"),
])
def test_a_wall_time_the_clocks_skip_is_refused(zone: ZoneInfo, text: str) -> None:
    assert_refused(lambda: parse_moment(text, "--at", zone),
                   f"--at: {text!r} does not exist in {zone.key} (the clocks skip that time)",
                   ProblemCode.SKIPPED_TIME, zone=zone.key, night=None)


@pytest.mark.parametrize(("zone", "text"), [
    (AUCKLAND, "0001-01-01 00:00"),  # its local mean time then, +11:39
    (ZoneInfo("America/Los_Angeles"), "9999-12-31 23:59"),
])
def test_the_ends_of_the_calendar_beyond_any_offset_are_refused(zone: ZoneInfo,
                                                               text: str) -> None:
    assert_refused(lambda: parse_moment(text, "--at", zone),
                   f"--at: {text!r} is outside the calendar rlsdesk can keep",
                   ProblemCode.NOT_ON_CALENDAR)


def test_the_ends_of_the_calendar_in_utc_are_kept() -> None:
    utc = ZoneInfo("UTC")
    assert parse_moment("0001-01-01 00:00", "at", utc) == datetime(1, 1, 1, tzinfo=UTC)
    assert parse_moment("9999-12-31 23:59", "at", utc) == datetime(9999, 12, 31, 23, 59,
                                                                   tzinfo=UTC)
