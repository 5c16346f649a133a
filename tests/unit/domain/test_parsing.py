"""Strict dates, times and date-times: one spelling each, and every refusal names its field."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.parsing import parse_date, parse_moment, parse_time

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("text", [
    "20261120", "2026-W47-5", "2026-W47", "2026-324", "", " 2026-11-20", "2026-11-20 ",
    "2026-11-20\n", "2026-11-2", "26-11-20", "2026/11/20", "2026-02-30", "2026-13-01",
    "２０２６-１１-２０", "+2026-11-20", "2026-11-20T00:00", "2026-11-20 21:30",
])
def test_a_date_is_yyyy_mm_dd_and_nothing_else(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, "--date")
    assert info.value.field == "--date"
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("text", [
    "9:30", "21:3", "2130", "21.30", "21:30:00", "21:30 ", " 21:30", "24:00", "21:60", "",
    "T21:30", "21:30Z", "21:30+01:00", "２１:３０", "2026-11-20", "9pm",
])
def test_a_time_is_hh_mm_and_nothing_else(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_time(text, "--onset")
    assert info.value.field == "--onset"


@pytest.mark.parametrize(("text", "problem"), [
    ("2026-11-20", "has no time"),
    ("21:40", "has no date"),
    ("2026-11-20T21:40", "is not a date and time"),
    ("2026-11-20  21:40", "is not a date and time"),
    ("2026-11-20 21:40+1:00", "is not a date and time"),
    ("2026-11-20 21:40+15:00", r"outside -14:00 to \+14:00"),
    ("2026-11-20 21:40:00", "is not a date and time"),
    ("2026-03-29 02:30", "does not exist in Europe/Berlin"),
    ("", "is empty"),
])
def test_a_moment_needs_both_parts_and_must_exist(text: str, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem) as info:
        parse_moment(text, "--at", BERLIN)
    assert info.value.field == "--at"


def test_a_repeated_hour_means_its_first_pass() -> None:
    moment = parse_moment("2026-10-25 02:30", "--at", BERLIN)
    assert moment.utcoffset().total_seconds() == 2 * 3600


def test_an_offset_names_the_second_pass_of_a_repeated_hour() -> None:
    moment = parse_moment("2026-10-25 02:30+01:00", "--at", BERLIN)
    assert (moment.hour, moment.minute) == (2, 30)
    assert moment.utcoffset().total_seconds() == 3600


@given(st.dates())
def test_every_date_reads_back_from_its_one_spelling(day: date) -> None:
    assert parse_date(day.isoformat()) == day


@given(st.text(alphabet="0123456789-:WT ", max_size=12))
def test_whatever_is_accepted_is_exactly_the_canonical_spelling(text: str) -> None:
    for parse, show in ((parse_date, date.isoformat),
                        (parse_time, lambda t: t.strftime("%H:%M"))):
        try:
            value = parse(text)
        except ValidationError:
            continue
        assert show(value) == text


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)))
def test_moments_round_trip(naive: datetime) -> None:
    text = naive.strftime("%Y-%m-%d %H:%M")
    try:
        moment = parse_moment(text, "at", BERLIN)
    except ValidationError as exc:
        assert "does not exist" in str(exc)
        return
    assert moment.strftime("%Y-%m-%d %H:%M") == text
    assert moment.tzinfo is BERLIN
    assert moment.time().replace(second=0) == time(naive.hour, naive.minute)
