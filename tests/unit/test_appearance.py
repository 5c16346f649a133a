from __future__ import annotations

from datetime import time

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.appearance import ThemeMode, contrast_ratio, night_look_due, uses_night_look
from rlsdesk.system.resources import load_json

AA_TEXT = 4.5


def test_night_colours_meet_wcag_aa_for_text() -> None:
    theme = load_json("theme/night.json")
    colours = theme["colours"]
    assert theme["text_pairs"], "the theme lists its text/background pairs"
    for text, background in theme["text_pairs"]:
        ratio = contrast_ratio(colours[text], colours[background])
        assert ratio >= AA_TEXT, f"{text} on {background}: {ratio:.2f}"


def test_night_colours_are_low_in_blue() -> None:
    colours = load_json("theme/night.json")["colours"]
    for name in ("window", "base", "text", "highlight"):
        value = colours[name].lstrip("#")
        red, blue = int(value[0:2], 16), int(value[4:6], 16)
        assert blue <= red, name


def test_contrast_of_black_on_white_is_21() -> None:
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0


def test_night_look_window_wraps_past_midnight() -> None:
    bed = time(23, 0)
    assert not night_look_due(time(20, 59), bed, 120)
    assert night_look_due(time(21, 0), bed, 120)
    assert night_look_due(time(2, 30), bed, 120)
    assert not night_look_due(time(7, 0), bed, 120)


def test_early_morning_bedtime() -> None:
    assert night_look_due(time(23, 30), time(0, 30), 60)
    assert not night_look_due(time(23, 29), time(0, 30), 60)


@given(st.times(), st.times(), st.integers(0, 360))
def test_modes(now: time, bed: time, lead: int) -> None:
    assert uses_night_look(ThemeMode.NIGHT, now, bed, lead)
    assert not uses_night_look(ThemeMode.DAY, now, bed, lead)
    assert uses_night_look(ThemeMode.AUTO, now, bed, lead) == night_look_due(now, bed, lead)
