"""The diary's refusals as a person reads them (session 6, from mutation testing): each
names the field it was given, shows the value as typed, and says what is wrong with the
code the window words it by. Also 1900-01-01, the earliest night, and an hour the clocks
repeat whose offset is wrong."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

import pytest

from rlsdesk.domain.diary import (
    NightEntry,
    format_quick_logs,
    parse_awakenings,
    parse_night,
    parse_note,
    parse_onset,
    parse_onset_offset,
    parse_quick_logs,
    parse_sleep_hours,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError

NOT_A_TIME = "is not a time like 21:30 (00:00-23:59)"


def _refused(call: Callable[..., object], *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)
    return caught.value


@pytest.mark.parametrize("given", ["6:30", 24.5, "x", True])
def test_refused_sleep_hours_show_the_value_as_typed(given: object) -> None:
    err = _refused(parse_sleep_hours, given)
    assert (err.field, err.value) == ("sleep_hours", given)
    assert str(err).startswith("sleep_hours: ") and "is not a number of hours 0-24" in str(err)


def test_a_refused_onset_names_its_field_and_says_what_a_time_looks_like() -> None:
    err = _refused(parse_onset, "25:00", "usual_onset")
    assert (err.field, err.value, err.problem, err.code) == (
        "usual_onset", "25:00", NOT_A_TIME, ProblemCode.NOT_A_TIME)
    assert _refused(parse_onset, "9.30").field == "onset"
    assert parse_onset("00:00") == time(0, 0) and parse_onset("23:59") == time(23, 59)


def test_the_earliest_night_is_1900_01_01() -> None:
    assert parse_night(date(1900, 1, 1)) == date(1900, 1, 1)
    assert parse_night("1900-01-01") == date(1900, 1, 1)
    assert parse_night(date(2026, 11, 21), "day") == date(2026, 11, 21)
    for too_early in (date(1899, 12, 31), "1899-12-31"):
        err = _refused(parse_night, too_early)
        assert (err.field, err.value, err.problem, err.code) == (
            "night", too_early, "is before 1900-01-01", ProblemCode.TOO_EARLY)
        assert err.params == {"earliest": date(1900, 1, 1)}
    assert _refused(parse_night, "1899-12-31", "from").field == "from"


def test_a_night_that_is_not_a_date_names_the_field_it_was_given() -> None:
    err = _refused(parse_night, "21.11.2026", "from")
    assert (err.field, err.code) == ("from", ProblemCode.NOT_A_DATE)
    assert _refused(parse_night, "2026-13-01").field == "night"


def test_an_onset_with_an_offset_is_refused_for_its_time_or_for_its_offset() -> None:
    assert parse_onset_offset("01:30+02:00") == (time(1, 30), timedelta(hours=2))
    err = _refused(parse_onset_offset, "1:30")
    assert (err.field, err.value, err.problem, err.code) == (
        "onset", "1:30", NOT_A_TIME, ProblemCode.NOT_A_TIME)
    assert str(err) == "onset: '1:30' is not a time like 21:30 (00:00-23:59)"
    offset = _refused(parse_onset_offset, "01:30+15:00", "logged")
    assert (offset.field, offset.value, offset.code) == (
        "logged", "01:30+15:00", ProblemCode.BAD_OFFSET)
    assert offset.problem == "has an offset outside -14:00 to +14:00"
    assert _refused(parse_onset_offset, "01:30+15:00").field == "onset"


def test_a_bad_quick_log_names_the_piece_the_field_and_the_form_it_takes() -> None:
    err = _refused(parse_quick_logs, "21:40=6; soon", "logs")
    assert (err.field, err.value, err.problem, err.code) == (
        "logs", "soon", "is not a time like 21:40 or 21:40=6", ProblemCode.NOT_A_QUICK_LOG)
    offset = _refused(parse_quick_logs, "02:30+15:00=4", "logs")
    assert (offset.field, offset.code) == ("logs", ProblemCode.BAD_OFFSET)
    assert _refused(parse_quick_logs, "02:30+15:00").field == "quick_logs"


# ------------------------------------------------------------------ a whole check-in


NIGHT = date(2026, 11, 21)


def test_a_check_in_names_what_is_wrong_with_its_night() -> None:
    err = _refused(NightEntry, "2026-11-21", 4)
    assert (err.field, err.value, err.problem, err.code, err.params) == (
        "night", "2026-11-21", "is not a date", ProblemCode.WRONG_TYPE, {"expected": "date"})
    early = _refused(NightEntry, date(1899, 12, 31), 4)
    assert (early.field, early.value, early.problem, early.code, early.params) == (
        "night", "1899-12-31", "is before 1900-01-01", ProblemCode.TOO_EARLY,
        {"earliest": date(1900, 1, 1)})
    assert NightEntry(date(1900, 1, 1), 4).night == date(1900, 1, 1)


def test_a_check_in_refuses_a_sleep_diary_of_the_wrong_kind() -> None:
    err = _refused(NightEntry, NIGHT, 4, None, None, None, "", None, None, {"hours": 7})
    assert (err.field, err.value, err.problem, err.code, err.params) == (
        "sleep", {"hours": 7}, "is not a sleep diary", ProblemCode.WRONG_TYPE,
        {"expected": "sleep diary"})


def test_a_check_in_reads_every_field_from_text() -> None:
    entry = NightEntry(NIGHT, "4", "21:30", "6,5", "2", " tired\r\n", "12")
    assert (entry.severity, entry.onset, entry.sleep_hours, entry.awakenings, entry.note,
            entry.irls_total) == (4, time(21, 30), 6.5, 2, "tired", 12)
    for kwargs, name in (({"onset": "21.30"}, "onset"), ({"sleep_hours": "25"}, "sleep_hours"),
                         ({"awakenings": "51"}, "awakenings"), ({"irls_total": "41"},
                                                                "irls_total"),
                         ({"note": 5}, "note")):
        assert _refused(lambda kw=kwargs: NightEntry(NIGHT, 4, **kw)).field == name


def test_written_quick_logs_carry_the_offset_only_where_asked() -> None:
    logs = parse_quick_logs("02:30+01:00=4; 02:30+02:00=7")
    assert format_quick_logs(logs, lambda q: q.severity == 4) == "02:30=7; 02:30+01:00=4"


@pytest.mark.parametrize("wrong", [True, "x", 2.5, None])
def test_a_whole_number_refused_for_its_kind_still_says_its_range(wrong: object) -> None:
    err = _refused(parse_awakenings, wrong, "woke")
    assert (err.field, err.value, err.code) == ("woke", wrong, ProblemCode.NOT_WHOLE_NUMBER)
    assert err.params == {"min": 0, "max": 50, "unit": ""}
    assert err.problem == "is not a whole number 0-50"


def test_a_refused_note_names_its_field_and_shows_its_start() -> None:
    err = _refused(parse_note, 42, "remark")
    assert (err.field, err.value, err.problem, err.code) == (
        "remark", 42, "is not text", ProblemCode.NOT_TEXT)
    long = _refused(parse_note, "abcdefghij" * 201, "remark")
    assert (long.field, long.value) == ("remark", "abcdefghijabcdefghij...")
