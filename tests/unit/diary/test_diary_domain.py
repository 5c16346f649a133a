"""The nightly check-in's validation and the per-night view."""

from __future__ import annotations

from datetime import date, time

import pytest

from rlsdesk.domain.diary import (
    NightEntry,
    NightRecord,
    QuickLog,
    format_quick_logs,
    irls_band,
    parse_quick_logs,
    parse_sleep_hours,
)
from rlsdesk.domain.errors import ValidationError

NIGHT = date(2026, 11, 20)


def test_entry_accepts_text_from_a_form_or_file() -> None:
    entry = NightEntry(NIGHT, "7", "00:20", "6,5", "3", "  slept badly ", "22")
    assert entry.severity == 7 and entry.onset == time(0, 20)
    assert entry.sleep_hours == 6.5 and entry.awakenings == 3
    assert entry.note == "slept badly" and entry.irls_total == 22
    assert entry.onset_minutes == 740


@pytest.mark.parametrize(
    ("field", "kwargs", "message"),
    [
        ("severity", {"severity": "eleven"}, "severity: 'eleven' is not a whole number 0-10"),
        ("severity", {"severity": 11}, "severity: 11 is not a whole number 0-10"),
        ("severity", {"severity": True}, "severity: True is not a whole number 0-10"),
        ("onset", {"onset": "25:00"}, "onset: '25:00' is not a time like 21:30"),
        ("sleep_hours", {"sleep_hours": "25"}, "sleep_hours: '25' is not a number of hours"),
        ("awakenings", {"awakenings": 51}, "awakenings: 51 is not a whole number 0-50"),
        ("irls_total", {"irls_total": "41"}, "irls_total: '41' is not a whole number 0-40"),
        ("note", {"note": "a\x00b"}, "note: 'a\\x00b' holds a control character (U+0000)"),
    ],
)
def test_entry_names_the_bad_field(field: str, kwargs: dict, message: str) -> None:
    values = {"night": NIGHT, "severity": 3, **kwargs}
    with pytest.raises(ValidationError) as info:
        NightEntry(**values)
    assert info.value.field == field
    assert str(info.value).startswith(message)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -0.5, "6.555", "six"])
def test_sleep_hours_refuses_odd_numbers(value: object) -> None:
    with pytest.raises(ValidationError):
        parse_sleep_hours(value)


def test_quick_logs_round_trip_and_sort_on_the_night_clock() -> None:
    logs = parse_quick_logs("00:20=6; 21:50 ;23:00=0")
    assert [q.clock for q in logs] == [time(21, 50), time(23, 0), time(0, 20)]
    assert format_quick_logs(logs) == "21:50; 23:00=0; 00:20=6"
    assert parse_quick_logs("") == ()
    with pytest.raises(ValidationError, match="quick_logs: '9pm'"):
        parse_quick_logs("9pm")
    with pytest.raises(ValidationError, match="quick_logs: '12'"):
        parse_quick_logs("21:00=12")


def test_record_severity_and_onset_fall_back_to_the_quick_log() -> None:
    quick = NightRecord(NIGHT, None, (600, 700), (4, 8))
    assert quick.severity == 8 and quick.onset == 600
    checked = NightRecord(NIGHT, NightEntry(NIGHT, 2, time(21, 0)), (600,), (9,))
    assert checked.severity == 2 and checked.onset == 540
    assert NightRecord(NIGHT).severity is None and NightRecord(NIGHT).onset is None
    assert QuickLog(time(0, 0)).minutes == 720


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "none"), (1, "mild"), (10, "mild"), (11, "moderate"), (20, "moderate"),
     (21, "severe"), (30, "severe"), (31, "very severe"), (40, "very severe")],
)
def test_irls_bands(total: int, band: str) -> None:
    assert irls_band(total) == band


def test_with_onset_offset_changes_only_the_offset() -> None:
    from datetime import timedelta

    entry = NightEntry(date(2026, 11, 1), 4, onset=time(1, 30), sleep_hours=6.5,
                       awakenings=2, note="calf cramps", irls_total=18)
    moved = entry.with_onset_offset(timedelta(hours=1))
    assert moved.onset_offset == timedelta(hours=1) and entry.onset_offset is None
    assert moved == entry  # the offset is not part of what the entry is
    assert [getattr(moved, f) for f in NightEntry.__slots__ if f != "onset_offset"] == [
        getattr(entry, f) for f in NightEntry.__slots__ if f != "onset_offset"]
