"""When the night look starts and ends, minute by minute at its edges (lead before bed,
across midnight, a bedtime just after midnight, a window of a whole day), and colour
contrast figures exactly (WCAG 2.x). Written for the survivors of `make mutation`."""

from __future__ import annotations

from datetime import time

import pytest

from rlsdesk.domain.appearance import (
    ThemeMode,
    contrast_ratio,
    night_look_due,
    relative_luminance,
    uses_night_look,
)


@pytest.mark.parametrize(("now", "due"), [
    (time(20, 59), False), (time(21, 0), True), (time(23, 59), True), (time(0, 0), True),
    (time(6, 59), True), (time(7, 0), False), (time(12, 0), False),
])
def test_a_window_across_midnight_from_lead_before_bed_until_07_00(now: time,
                                                                   due: bool) -> None:
    assert night_look_due(now, time(23, 0), 120) is due


@pytest.mark.parametrize(("now", "due"), [
    (time(0, 59), False), (time(1, 0), True), (time(6, 59), True), (time(7, 0), False),
    (time(23, 0), False),
])
def test_a_window_that_starts_after_midnight(now: time, due: bool) -> None:
    assert night_look_due(now, time(2, 0), 60) is due


@pytest.mark.parametrize(("now", "due"), [
    (time(23, 29), False), (time(23, 30), True), (time(0, 0), True), (time(6, 59), True),
    (time(7, 0), False),
])
def test_a_lead_that_reaches_back_before_midnight(now: time, due: bool) -> None:
    assert night_look_due(now, time(0, 30), 60) is due


def test_a_lead_of_zero_starts_at_bedtime() -> None:
    assert not night_look_due(time(22, 29), time(22, 30), 0)
    assert night_look_due(time(22, 30), time(22, 30), 0)


@pytest.mark.parametrize("now", [time(7, 0), time(12, 0), time(6, 59), time(23, 0)])
def test_a_window_that_starts_when_morning_comes_lasts_all_day(now: time) -> None:
    assert night_look_due(now, time(9, 0), 120)          # 07:00 to 07:00
    assert night_look_due(now, time(8, 0), 60, time(7, 0))


def test_another_morning_ends_the_window() -> None:
    assert night_look_due(time(8, 59), time(23, 0), 60, time(9, 0))
    assert not night_look_due(time(9, 0), time(23, 0), 60, time(9, 0))


@pytest.mark.parametrize(("now", "night_mode", "day_mode", "auto"), [
    (time(12, 0), True, False, False),
    (time(22, 0), True, False, True),
])
def test_each_mode(now: time, night_mode: bool, day_mode: bool, auto: bool) -> None:
    assert uses_night_look(ThemeMode.NIGHT, now, time(23, 0), 60) is night_mode
    assert uses_night_look(ThemeMode.DAY, now, time(23, 0), 60) is day_mode
    assert uses_night_look(ThemeMode.AUTO, now, time(23, 0), 60) is auto


@pytest.mark.parametrize(("colour", "luminance"), [
    ("#ffffff", 1.0), ("#000000", 0.0), ("ffffff", 1.0),
    ("#ff0000", 0.2126), ("#00ff00", 0.7152), ("#0000ff", 0.0722),
    ("#0a0a0a", 10 / 255 / 12.92),                         # at or under 0.04045: linear
    ("#0b0b0b", ((11 / 255 + 0.055) / 1.055) ** 2.4),       # over it: the curve
    ("#808080", ((128 / 255 + 0.055) / 1.055) ** 2.4),
])
def test_relative_luminance_by_the_wcag_formula(colour: str, luminance: float) -> None:
    assert relative_luminance(colour) == pytest.approx(luminance, abs=1e-12)


@pytest.mark.parametrize("colour", ["#fff", "#fffffff", "", "X#ffffff"])
def test_a_colour_that_is_not_rrggbb_is_refused(colour: str) -> None:
    with pytest.raises(ValueError, match=rf"^{colour!r} is not a #rrggbb colour$"):
        relative_luminance(colour)


def test_contrast_is_the_lighter_over_the_darker_either_way() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    grey = relative_luminance("#808080")
    assert contrast_ratio("#808080", "#ffffff") == pytest.approx(1.05 / (grey + 0.05))
    assert contrast_ratio("#ffffff", "#808080") == pytest.approx(1.05 / (grey + 0.05))
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)
