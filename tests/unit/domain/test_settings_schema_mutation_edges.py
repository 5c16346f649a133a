"""Each setting's range and default pinned at its edges (at, just inside, just outside),
and every refusal as the sentence the command line prints with the code and parameters
the window words it from. Written for the survivors of `make mutation`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

import pytest

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.reminder_policy import Pause
from rlsdesk.domain.settings_schema import (
    BEDTIME,
    CHECKIN_REMINDER,
    CHECKIN_REMINDER_AT,
    LANGUAGE,
    LONG_SIT,
    MEDICATION_PINNED,
    NIGHT_LEAD_MINUTES,
    ONSET_SOURCE,
    PAUSE,
    PAUSED_NIGHT,
    PEAK_APPLIED,
    REMINDER_STYLE,
    REPORT_NAME,
    SNOOZE_MINUTES,
    TEXT_SCALE,
    THEME_MODE,
    USUAL_ONSET,
    AppliedPeak,
    PinnedMedication,
    Setting,
    parse_checkin_time,
    parse_report_name,
)

MORNING = "is not a morning time like 08:00 (04:00-11:59, before the night ends at 12:00)"


def assert_refused(make: Callable[[], object], text: str, code: ProblemCode,
                   **params: object) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        make()
    assert str(info.value) == text
    assert info.value.code is code
    assert info.value.params == params
    return info.value


# ------------------------------------------------------------------ defaults


@pytest.mark.parametrize(("setting", "default"), [
    (BEDTIME, time(22, 30)), (USUAL_ONSET, None), (ONSET_SOURCE, "typed"),
    (THEME_MODE, ThemeMode.AUTO), (NIGHT_LEAD_MINUTES, 120), (TEXT_SCALE, 1.0),
    (LANGUAGE, "system"), (REMINDER_STYLE, "notification"), (SNOOZE_MINUTES, 10),
    (CHECKIN_REMINDER, False), (CHECKIN_REMINDER_AT, time(8, 0)), (REPORT_NAME, ""),
    (MEDICATION_PINNED, {}),
], ids=lambda v: getattr(v, "key", str(v)))
def test_each_default(setting: Setting[Any], default: object) -> None:
    assert setting.read(None) == default
    assert setting.optional is (default is None)


# ------------------------------------------------------------------ ranges at their edges


@pytest.mark.parametrize("minutes", [0, 1, 359, 360])
def test_night_lead_0_to_360_min(minutes: int) -> None:
    assert NIGHT_LEAD_MINUTES.read(minutes) == minutes
    assert NIGHT_LEAD_MINUTES.write(minutes) == minutes


@pytest.mark.parametrize("value", [-1, 361, True, 120.0, "120", None])
def test_night_lead_outside_or_not_a_number(value: object) -> None:
    make = (lambda: NIGHT_LEAD_MINUTES.read(value)) if value is not None else (
        lambda: NIGHT_LEAD_MINUTES.write(value))  # type: ignore[arg-type]
    if value is None:
        assert_refused(make, "night_lead_minutes: None must be set", ProblemCode.REQUIRED)
        return
    assert_refused(make, f"night_lead_minutes: {value!r} is outside 0-360 min",
                   ProblemCode.OUT_OF_RANGE, min=0, max=360, unit="min")


@pytest.mark.parametrize("minutes", [5, 10, 15, 20, 30])
def test_snooze_choices(minutes: int) -> None:
    assert SNOOZE_MINUTES.read(minutes) == minutes
    assert SNOOZE_MINUTES.write(minutes) == minutes


@pytest.mark.parametrize("value", [4, 6, 29, 31, 10.0, True, "10"])
def test_snooze_refuses_all_else(value: object) -> None:
    assert_refused(lambda: SNOOZE_MINUTES.read(value),
                   f"snooze_minutes: {value!r} is not 5, 10, 15, 20 or 30 min",
                   ProblemCode.NOT_ONE_OF, choices=("5", "10", "15", "20", "30"))
    assert_refused(lambda: SNOOZE_MINUTES.write(value),  # type: ignore[arg-type]
                   f"snooze_minutes: {value!r} is not 5, 10, 15, 20 or 30 min",
                   ProblemCode.NOT_ONE_OF, choices=("5", "10", "15", "20", "30"))


@pytest.mark.parametrize("scale", [1.0, 1.15, 1.3, 1.5, 1])
def test_text_scales_read_as_floats(scale: float) -> None:
    read = TEXT_SCALE.read(scale)
    assert read == scale
    assert type(read) is float


@pytest.mark.parametrize("value", [True, 0.99, 1.16, 1.51, 2.0, "1.0"])
def test_text_scales_refuse_all_else(value: object) -> None:
    assert_refused(lambda: TEXT_SCALE.read(value),
                   f"text_scale: {value!r} is not one of the offered sizes",
                   ProblemCode.NOT_ONE_OF, choices=("1.0", "1.15", "1.3", "1.5"))


@pytest.mark.parametrize(("text", "clock"), [
    ("04:00", time(4, 0)), ("04:01", time(4, 1)), ("11:58", time(11, 58)),
    ("11:59", time(11, 59)), ("08:00", time(8, 0)),
])
def test_checkin_from_04_00_to_11_59(text: str, clock: time) -> None:
    assert parse_checkin_time(text) == clock
    assert CHECKIN_REMINDER_AT.read(text) == clock
    assert CHECKIN_REMINDER_AT.write(clock) == text


@pytest.mark.parametrize("value", ["03:59", "12:00", "00:00", "23:59", "8:00", "", None])
def test_checkin_outside_the_morning_is_refused(value: object) -> None:
    assert_refused(lambda: parse_checkin_time(value), f"checkin_reminder: {value!r} {MORNING}",
                   ProblemCode.NOT_MORNING)


def test_checkin_setting_names_its_own_key() -> None:
    assert_refused(lambda: CHECKIN_REMINDER_AT.read("12:00"),
                   f"checkin_reminder_at: '12:00' {MORNING}", ProblemCode.NOT_MORNING)
    assert_refused(lambda: CHECKIN_REMINDER_AT.read(800),
                   "checkin_reminder_at: 800 is not a time like 08:00", ProblemCode.NOT_A_TIME)
    assert_refused(lambda: CHECKIN_REMINDER_AT.write(time(12, 0)),
                   f"checkin_reminder_at: '12:00' {MORNING}", ProblemCode.NOT_MORNING)


def test_report_name_of_80_fits_81_does_not() -> None:
    assert parse_report_name("  " + "n" * 80 + "  ") == "n" * 80
    assert REPORT_NAME.write("n" * 80) == "n" * 80
    assert REPORT_NAME.read("  Anna  ") == "Anna"
    assert_refused(lambda: REPORT_NAME.read("n" * 81),
                   f"report_name: {'n' * 81!r} is longer than 80 characters",
                   ProblemCode.TOO_LONG, max=80)
    assert_refused(lambda: parse_report_name(" " + "n" * 81 + " "),
                   f": {'n' * 81!r} is longer than 80 characters", ProblemCode.TOO_LONG,
                   max=80)  # the field is named by the setting; alone it has none
    assert_refused(lambda: REPORT_NAME.write("a\nb"),
                   "report_name: 'a\\nb' holds a line break; it must be one line",
                   ProblemCode.LINE_BREAK, char="U+000A")


# ------------------------------------------------------------------ refusals, word for word


@pytest.mark.parametrize(("setting", "stored", "text", "code", "params"), [
    (BEDTIME, 2130, "bedtime: 2130 is not a time like 21:30", ProblemCode.NOT_A_TIME, {}),
    (BEDTIME, "24:00", "bedtime: '24:00' has an hour outside 00-23", ProblemCode.NOT_A_TIME,
     {}),
    (CHECKIN_REMINDER, 1, "checkin_reminder: 1 is not true or false", ProblemCode.WRONG_TYPE,
     {"expected": "true or false"}),
    (ONSET_SOURCE, "learned", "onset_source: 'learned' is not typed or diary",
     ProblemCode.NOT_ONE_OF, {"choices": ("typed", "diary")}),
    (LANGUAGE, "fr", "language: 'fr' is not one of system, en, de", ProblemCode.NOT_ONE_OF,
     {"choices": ("system", "en", "de")}),
    (REMINDER_STYLE, "email", "reminder_style: 'email' is not notification or tray",
     ProblemCode.NOT_ONE_OF, {"choices": ("notification", "tray")}),
    (THEME_MODE, "dark", "theme_mode: 'dark' is not auto, night or day",
     ProblemCode.NOT_ONE_OF, {"choices": tuple(ThemeMode)}),
    (THEME_MODE, 1, "theme_mode: 1 is not auto, night or day",
     ProblemCode.NOT_ONE_OF, {"choices": tuple(ThemeMode)}),
    (PAUSED_NIGHT, 20260101, "paused_night: 20260101 is not a date like 2026-03-14",
     ProblemCode.NOT_A_DATE, {}),
    (PAUSED_NIGHT, "2026-02-30", "paused_night: '2026-02-30' is not a date like 2026-03-14",
     ProblemCode.NOT_A_DATE, {}),
    (PAUSE, {"until": "soon"},
     "pause: {'until': 'soon'} is not a pause (until a time, or until resumed)",
     ProblemCode.WRONG_TYPE, {"expected": "pause"}),
    (LONG_SIT, "on", "long_sit: 'on' is not a long sit (start, until, every)",
     ProblemCode.WRONG_TYPE, {"expected": "long sit"}),
    (PEAK_APPLIED, "22:00", "peak_applied: '22:00' is not a night with its onset",
     ProblemCode.WRONG_TYPE, {"expected": "night and onset"}),
    (PEAK_APPLIED, {"onset": "22:00"}, "peak_applied: {'onset': '22:00'} cannot be read "
     "('night')", ProblemCode.WRONG_TYPE, {"expected": "peak_applied"}),
    (PEAK_APPLIED, {"night": "2026-01-01", "onset": 2200},
     "peak_applied: {'night': '2026-01-01', 'onset': 2200} is not a time like 21:30",
     ProblemCode.NOT_A_TIME, {}),
    (MEDICATION_PINNED, [3], "medication_pinned: [3] is not a map of step ids",
     ProblemCode.WRONG_TYPE, {"expected": "map of step ids"}),
], ids=lambda v: v.key if isinstance(v, Setting) else None)
def test_a_stored_value_refused_reads_well(setting: Setting[Any], stored: object, text: str,
                                           code: ProblemCode, params: dict[str, Any]) -> None:
    err = assert_refused(lambda: setting.read(stored), text, code, **params)
    assert (err.field, err.value) == (setting.key, stored)


@pytest.mark.parametrize(("setting", "value", "text"), [
    (BEDTIME, "21:30", "bedtime: '21:30' is not a value this setting takes"),
    (CHECKIN_REMINDER, 1, "checkin_reminder: 1 is not a value this setting takes"),
    (PAUSED_NIGHT, "2026-01-01", "paused_night: '2026-01-01' is not a value this setting takes"),
    (PAUSE, "1h", "pause: '1h' is not a value this setting takes"),
    (THEME_MODE, "dark", "theme_mode: 'dark' is not a value this setting takes"),
], ids=lambda v: v.key if isinstance(v, Setting) else None)
def test_a_value_of_the_wrong_type_is_refused_before_it_is_stored(
        setting: Setting[Any], value: object, text: str) -> None:
    assert_refused(lambda: setting.write(value), text, ProblemCode.WRONG_TYPE,
                   expected=setting.key)


def test_an_optional_setting_writes_none_as_unset() -> None:
    assert USUAL_ONSET.write(None) is None
    assert PAUSED_NIGHT.write(None) is None
    assert USUAL_ONSET.read(None) is None


def test_a_value_that_cannot_be_stored_is_refused_by_its_own_reason() -> None:
    assert_refused(lambda: ONSET_SOURCE.write("learned"),
                   "onset_source: 'learned' is not typed or diary", ProblemCode.NOT_ONE_OF,
                   choices=("typed", "diary"))


# ------------------------------------------------------------------ stored forms


def test_applied_peak_reads_its_previous_onset_or_none() -> None:
    stored = {"night": "2026-03-28", "onset": "21:40", "previous": "21:10"}
    peak = PEAK_APPLIED.read(stored)
    assert peak == AppliedPeak(date(2026, 3, 28), time(21, 40), time(21, 10))
    assert PEAK_APPLIED.write(peak) == stored
    for empty in (None, ""):
        assert PEAK_APPLIED.read({**stored, "previous": empty}).previous is None
    assert PEAK_APPLIED.read({"night": "2026-03-28", "onset": "21:40"}).previous is None


def test_pins_keep_what_reads_and_write_keys_as_text() -> None:
    stored = {"11": {"minutes": 30}, "12": {"minutes": 90, "clock": "19:30"},
              "13": {"minutes": 0, "clock": "21:00"}, "14": {"minutes": 30, "clock": 2100}}
    assert MEDICATION_PINNED.read(stored) == {12: PinnedMedication(90, time(19, 30)),
                                              13: PinnedMedication(0, time(21, 0))}
    assert MEDICATION_PINNED.write({12: PinnedMedication(90, time(19, 30))}) \
        == {"12": {"minutes": 90, "clock": "19:30"}}


def test_a_pause_until_a_time_and_until_resumed() -> None:
    until = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert PAUSE.write(Pause(until)) == {"until": "2026-03-29T01:30:00+00:00"}
    assert PAUSE.read({"until": "2026-03-29T01:30:00+00:00"}) == Pause(until)
    assert PAUSE.write(Pause(None)) == {"until": None}
    assert PAUSE.read({"until": None}) == Pause(None)


def test_followed_and_internal_flags() -> None:
    assert BEDTIME.followed and not BEDTIME.internal
    assert not REPORT_NAME.followed and not REPORT_NAME.internal
    assert PAUSE.followed and PAUSE.internal
    assert not LONG_SIT.followed and LONG_SIT.internal
