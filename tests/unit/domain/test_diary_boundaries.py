"""The diary's fields at the edges of what they take, found by mutation testing: hours
slept of exactly 0 and 24, the IRLS band edges, CR LF in a note, empty pieces in a
quick-log list (every log after one is kept)."""

from __future__ import annotations

import math
from datetime import date, time, timedelta

import pytest

from rlsdesk.domain.diary import (
    MAX_NOTE,
    NightEntry,
    NightRecord,
    QuickLog,
    format_quick_logs,
    irls_band,
    parse_awakenings,
    parse_irls,
    parse_note,
    parse_quick_logs,
    parse_severity,
    parse_sleep_hours,
)
from rlsdesk.domain.errors import ProblemCode, ValidationError

NIGHT = date(2025, 6, 18)


@pytest.mark.parametrize(("given", "hours"), [
    (0, 0.0), (0.0, 0.0), ("0", 0.0), (24, 24.0), ("24", 24.0), (24.0, 24.0),
    ("6,5", 6.5), ("6.25", 6.25), (6.555, 6.55), (7.126, 7.13), ("23.99", 23.99),
])
def test_sleep_hours_from_0_to_24_inclusive(given: object, hours: float) -> None:
    assert parse_sleep_hours(given) == hours


@pytest.mark.parametrize("given", [
    -0.01, 24.01, 25, "25", "24,5", "-1", "6.555", "123", "", "six", True, None,
    math.nan, math.inf,
])
def test_sleep_hours_outside_0_to_24_are_refused_in_one_line(given: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_sleep_hours(given, "sleep")
    err = caught.value
    assert err.field == "sleep" and err.code is ProblemCode.NOT_A_NUMBER
    assert err.problem == "is not a number of hours 0-24 (like 6.5)"
    assert err.params == {"min": 0.0, "max": 24.0, "unit": "h"}


@pytest.mark.parametrize(("parse", "lo", "hi"), [
    (parse_severity, 0, 10), (parse_awakenings, 0, 50), (parse_irls, 0, 40),
])
def test_whole_number_fields_at_and_beyond_their_range(parse, lo: int, hi: int) -> None:
    assert parse(lo) == lo and parse(hi) == hi
    assert parse(str(hi)) == hi and parse(float(hi)) == hi and parse(f"{lo}") == lo
    for outside in (lo - 1, hi + 1, str(hi + 1)):
        with pytest.raises(ValidationError) as caught:
            parse(outside)
        assert caught.value.code is ProblemCode.OUT_OF_RANGE
        assert caught.value.params == {"min": lo, "max": hi, "unit": ""}
        assert caught.value.problem == f"is not a whole number {lo}-{hi}"
    for wrong in (True, False, 2.5, "2.5", "1234567", "", "x", None):
        with pytest.raises(ValidationError) as caught:
            parse(wrong)
        assert caught.value.code is ProblemCode.NOT_WHOLE_NUMBER


def test_a_negative_number_in_text_is_out_of_range_not_unreadable() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_severity("-1")
    assert caught.value.code is ProblemCode.OUT_OF_RANGE


@pytest.mark.parametrize(("total", "band"), [
    (0, "none"), (1, "mild"), (10, "mild"), (11, "moderate"), (20, "moderate"),
    (21, "severe"), (30, "severe"), (31, "very severe"), (40, "very severe"),
])
def test_irls_bands_at_their_edges(total: int, band: str) -> None:
    assert irls_band(total) == band


def test_an_irls_total_above_40_has_no_band() -> None:
    with pytest.raises(ValidationError):
        irls_band(41)


def test_a_note_keeps_its_lines_whatever_their_ending() -> None:
    assert parse_note("first\r\nsecond") == "first\nsecond"
    assert parse_note("first\rsecond") == "first\nsecond"
    assert parse_note("a\r\n\r\nb\n") == "a\n\nb"
    assert parse_note("  \r\n restless  \r\n") == "restless"
    assert NightEntry(NIGHT, 3, note="one\r\ntwo").note == "one\ntwo"


def test_a_note_of_exactly_the_longest_length_is_kept() -> None:
    assert parse_note("x" * MAX_NOTE) == "x" * MAX_NOTE
    assert parse_note(" " + "x" * MAX_NOTE + "\r\n") == "x" * MAX_NOTE  # counted stripped
    with pytest.raises(ValidationError) as caught:
        parse_note("x" * (MAX_NOTE + 1))
    assert caught.value.code is ProblemCode.TOO_LONG
    assert caught.value.params == {"max": MAX_NOTE}
    assert caught.value.problem == "is longer than 2000 characters"
    with pytest.raises(ValidationError) as caught:
        parse_note(None)
    assert caught.value.code is ProblemCode.NOT_TEXT


@pytest.mark.parametrize("text", [
    "21:40=6;;23:05", "; 21:40=6; 23:05", "21:40=6; ;23:05;", "21:40=6;\t;23:05; ",
    "23:05;21:40 = 6",
])
def test_an_empty_piece_in_a_quick_log_list_drops_nothing_after_it(text: str) -> None:
    assert parse_quick_logs(text) == (QuickLog(time(21, 40), 6), QuickLog(time(23, 5)))


def test_quick_logs_are_in_the_order_of_the_night_and_written_back_alike() -> None:
    logs = parse_quick_logs("00:20=9; 21:40; 11:59=1; 12:00")
    assert [q.clock for q in logs] == [time(12, 0), time(21, 40), time(0, 20), time(11, 59)]
    assert format_quick_logs(logs) == "12:00; 21:40; 00:20=9; 11:59=1"
    assert parse_quick_logs("") == () and parse_quick_logs(" ; ") == ()


def test_a_repeated_hour_keeps_the_earlier_offset_first() -> None:
    logs = parse_quick_logs("02:30+01:00=4; 02:30+02:00=7")
    assert [q.offset for q in logs] == [timedelta(hours=2), timedelta(hours=1)]
    assert [q.severity for q in logs] == [7, 4]
    assert format_quick_logs(logs, lambda q: True) == "02:30+02:00=7; 02:30+01:00=4"
    assert format_quick_logs(logs) == "02:30=7; 02:30=4"


@pytest.mark.parametrize("bad", ["21:40=11", "21:40=", "21.40", "21:40=6=7", "9:5"])
def test_a_bad_piece_is_named_in_the_message(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_quick_logs(f"20:00; {bad}", "logs")
    assert caught.value.field == "logs"


def test_a_night_record_prefers_the_check_in_and_leaves_out_the_morning() -> None:
    entry = NightEntry(NIGHT, 4, onset=time(22, 0))
    record = NightRecord(NIGHT, entry, onsets=(600, 1080), quick_severities=(9,))
    assert record.severity == 4  # the check-in's, not the worst quick log
    assert record.onset == 570 + 30  # 22:00 and 22:00: the earliest
    assert record.daytime == (1080,)  # 06:00 the next morning
    assert NightRecord(NIGHT, None, quick_severities=(2, 7, 5)).severity == 7
    assert NightRecord(NIGHT).severity is None and NightRecord(NIGHT).onset is None
    assert NightRecord(NIGHT, onsets=(1079, 1080)).onset == 1079  # 05:59 is still the night
    assert NightRecord(NIGHT, onsets=(1080,)).onset is None
    assert NightRecord(NIGHT, NightEntry(NIGHT, 1, onset=time(21, 0)), onsets=(600,)).onset \
        == 540
