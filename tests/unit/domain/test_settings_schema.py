"""The settings declaration: every setting reads its default, refuses bad values naming its
key, and what it writes reads back as the same value (through JSON, as stored)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.appearance import ThemeMode
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.reminder_policy import LongSit, Pause
from rlsdesk.domain.settings_schema import (
    ALL_SETTINGS,
    BEDTIME,
    CHECKIN_REMINDER,
    CHECKIN_REMINDER_AT,
    FIRST_RUN_DONE,
    LANGUAGE,
    LANGUAGES,
    LONG_SIT,
    LONG_SIT_OFFERED,
    MEDICATION_PINNED,
    NIGHT_LEAD_MINUTES,
    ONSET_SOURCE,
    ONSET_SOURCES,
    PAUSE,
    PAUSED_NIGHT,
    PEAK_APPLIED,
    QUIET_END,
    QUIET_START,
    REMINDER_STYLE,
    REMINDER_STYLES,
    REPORT_NAME,
    ROUTINE_SEEDED,
    SETTINGS_BY_KEY,
    SLEEP_DIARY_OPEN,
    SNOOZE_MINUTES,
    TEXT_SCALE,
    TEXT_SCALES,
    THEME_MODE,
    TOLD_STILL_IN_TRAY,
    USUAL_ONSET,
    AppliedPeak,
    PinnedMedication,
    Setting,
)

clocks = st.times().map(lambda t: t.replace(second=0, microsecond=0))
morning_clocks = clocks.filter(lambda t: time(4, 0) <= t <= time(11, 59))
nights = st.dates(date(2000, 1, 1), date(2100, 12, 31))
flags = st.booleans()
long_sits = st.builds(
    lambda start, hours, every, sent: LongSit.begin(start, hours, every).mark_sent(sent),
    st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC)),
    st.integers(1, 12), st.integers(5, 120), st.integers(0, 20),
)

#: A strategy of valid typed values for each setting (None included where it is unset).
VALUES: dict[Setting[Any], st.SearchStrategy[Any]] = {
    BEDTIME: clocks,
    USUAL_ONSET: st.none() | clocks,
    ONSET_SOURCE: st.sampled_from(ONSET_SOURCES),
    THEME_MODE: st.sampled_from(list(ThemeMode)),
    NIGHT_LEAD_MINUTES: st.integers(0, 360),
    TEXT_SCALE: st.sampled_from(TEXT_SCALES),
    LANGUAGE: st.sampled_from(LANGUAGES),
    REMINDER_STYLE: st.sampled_from(REMINDER_STYLES),
    QUIET_START: st.none() | clocks,
    QUIET_END: st.none() | clocks,
    CHECKIN_REMINDER: flags,
    CHECKIN_REMINDER_AT: morning_clocks,
    SNOOZE_MINUTES: st.sampled_from((5, 10, 15, 20, 30)),
    LONG_SIT_OFFERED: st.dates(),
    PAUSE: st.one_of(st.just(Pause(None)), st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
        timezones=st.just(UTC)).map(lambda d: Pause(d.replace(microsecond=0)))),
    PAUSED_NIGHT: st.none() | nights,
    LONG_SIT: st.none() | long_sits,
    PEAK_APPLIED: st.none() | st.builds(AppliedPeak, nights, clocks, st.none() | clocks),
    MEDICATION_PINNED: st.dictionaries(
        st.integers(1, 10_000), st.builds(PinnedMedication, st.integers(0, 720), clocks),
        max_size=5),
    ROUTINE_SEEDED: flags,
    FIRST_RUN_DONE: flags,
    TOLD_STILL_IN_TRAY: flags,
    SLEEP_DIARY_OPEN: flags,
    REPORT_NAME: st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=80)
    .map(str.strip),
}

#: Stored JSON values each setting must refuse (besides the list every one refuses).
BAD_STORED: dict[Setting[Any], list[object]] = {
    BEDTIME: ["25:00", "9pm", 2130],
    USUAL_ONSET: ["21:60", True],
    ONSET_SOURCE: ["learned", 1],
    THEME_MODE: ["dark", 0],
    NIGHT_LEAD_MINUTES: [-1, 361, 120.5, "120", True],
    TEXT_SCALE: [2.0, "1.0", True],
    LANGUAGE: ["fr", "EN"],
    REMINDER_STYLE: ["email", ""],
    QUIET_START: ["24:00", 7],
    QUIET_END: ["7", 7.0],
    CHECKIN_REMINDER: ["yes", 1],
    CHECKIN_REMINDER_AT: ["03:59", "12:00", "20:00", 8],
    SNOOZE_MINUTES: [0, 4, 7, 31, "10", True, 10.5, 10.0],
    PAUSE: [{}, {"until": "tomorrow"}, {"until": "2026-11-21T22:00"}, "1h", 3],
    LONG_SIT_OFFERED: ["tonight", "2026-13-01", 20261121],
    PAUSED_NIGHT: ["2026-02-30", "tonight", 20260101],
    LONG_SIT: [{"start": "x"}, {"until": "2026-01-01T00:00:00+00:00"}, "on"],
    PEAK_APPLIED: [{"night": "2026-01-01"}, {"night": "x", "onset": "22:00"}, "22:00"],
    MEDICATION_PINNED: ["3", 3],
    ROUTINE_SEEDED: ["true", 0],
    FIRST_RUN_DONE: [1, "done"],
    TOLD_STILL_IN_TRAY: ["no", 0],
    SLEEP_DIARY_OPEN: ["yes", 1],
    REPORT_NAME: ["x" * 81, "two\nlines", "a\u202eb", 7, ["Anna"]],
}


def test_every_setting_is_declared_once_and_covered_here() -> None:
    keys = [s.key for s in ALL_SETTINGS]
    assert len(keys) == len(set(keys)) == len(SETTINGS_BY_KEY)
    assert set(VALUES) == set(ALL_SETTINGS) == set(BAD_STORED)
    assert all(s.description.strip() for s in ALL_SETTINGS)
    internal = {s.key for s in ALL_SETTINGS if s.internal}
    assert internal == {"paused_night", "pause", "long_sit", "long_sit_offered", "peak_applied",
                        "medication_pinned", "routine_seeded", "first_run_done",
                        "told_still_in_tray", "sleep_diary_open"}


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.key)
def test_the_default_writes_and_reads_back(setting: Setting[Any]) -> None:
    stored = json.loads(json.dumps(setting.write(setting.default)))
    assert setting.read(stored) == setting.default
    assert setting.read(None) == setting.default  # a stored null is unset


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.key)
def test_a_bad_stored_value_is_refused_naming_the_key(setting: Setting[Any]) -> None:
    for bad in [*BAD_STORED[setting], [1, 2], {"nested": {"deep": []}}]:
        if setting is MEDICATION_PINNED and isinstance(bad, dict):
            continue  # a map whose entries cannot be read reads as no pins (tested below)
        with pytest.raises(ValidationError) as caught:
            setting.read(bad)
        assert caught.value.field == setting.key
        assert str(caught.value).startswith(f"{setting.key}: ")


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.key)
def test_a_bad_value_is_refused_before_anything_is_stored(setting: Setting[Any]) -> None:
    words = "two\nlines" if setting is REPORT_NAME else "not a value"  # one line is a name
    for bad in [words, object(), 10**9]:
        with pytest.raises(ValidationError) as caught:
            setting.write(bad)
        assert caught.value.field == setting.key


@pytest.mark.parametrize("setting", [s for s in ALL_SETTINGS if not s.optional],
                         ids=lambda s: s.key)
def test_a_setting_that_is_never_unset_refuses_none(setting: Setting[Any]) -> None:
    with pytest.raises(ValidationError, match=f"^{setting.key}: None must be set"):
        setting.write(None)


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.key)
@given(data=st.data())
def test_what_is_written_reads_back_the_same(setting: Setting[Any], data: st.DataObject) -> None:
    value = data.draw(VALUES[setting])
    stored = json.loads(json.dumps(setting.write(value)))
    assert setting.read(stored) == value
    assert setting.write(setting.read(stored)) == stored


def test_stored_formats_are_the_ones_earlier_versions_wrote() -> None:
    assert BEDTIME.write(time(21, 5)) == "21:05"
    assert PAUSED_NIGHT.write(date(2026, 3, 14)) == "2026-03-14"
    assert THEME_MODE.write(ThemeMode.NIGHT) == "night"
    assert PEAK_APPLIED.write(AppliedPeak(date(2026, 3, 14), time(21, 40))) == {
        "night": "2026-03-14", "onset": "21:40", "previous": None}
    assert MEDICATION_PINNED.write({7: PinnedMedication(60, time(20, 30))}) == {
        "7": {"minutes": 60, "clock": "20:30"}}
    start = datetime(2026, 3, 14, 18, 0, tzinfo=UTC)
    sit = LongSit(start, start + timedelta(hours=2), 30, 1)
    assert LONG_SIT.write(sit) == sit.to_json()


def test_a_pin_that_cannot_be_read_is_left_out_and_the_others_kept() -> None:
    stored = {"3": {"minutes": 45, "clock": "20:15"}, "x": {"minutes": 1, "clock": "20:00"},
              "4": {"minutes": "many"}, "5": "20:00"}
    assert MEDICATION_PINNED.read(stored) == {3: PinnedMedication(45, time(20, 15))}


def test_theme_accepts_its_word_as_well_as_the_mode() -> None:
    assert THEME_MODE.write("day") == "day"  # type: ignore[arg-type]
