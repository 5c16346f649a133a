"""Titles are one line; titles and notes hold no control or direction-changing characters."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.domain.text_rules import BIDI_CONTROLS, check_text, one_line

NIGHT = date(2026, 11, 20)
REFUSED_ANYWHERE = ["\x00", "\x07", "\t", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029",
                    "\udc80", *sorted(BIDI_CONTROLS)]


def _step(title: str) -> Step:
    return Step(StepKind.CUSTOM, title, Anchor.at(time(21, 0)))


@pytest.mark.parametrize("char", [*REFUSED_ANYWHERE, "\n", "\r", "\r\n", "\x0b", "\x0c"])
def test_a_title_is_one_plain_line(char: str) -> None:
    with pytest.raises(ValidationError) as info:
        _step(f"Calf{char}stretch")
    assert info.value.field == "title"
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("char", REFUSED_ANYWHERE)
def test_a_note_refuses_controls_and_direction_overrides(char: str) -> None:
    with pytest.raises(ValidationError) as info:
        NightEntry(NIGHT, 3, note=f"calm{char}night")
    assert info.value.field == "note"
    assert "\n" not in str(info.value)


def test_the_message_says_which_character() -> None:
    with pytest.raises(ValidationError, match=r"direction \(U\+202E\)"):
        NightEntry(NIGHT, 3, note="txt.exe\u202egnp")
    with pytest.raises(ValidationError, match="one line"):
        _step("a\nb")


def test_a_note_keeps_its_line_breaks_and_any_script() -> None:
    note = "Lange Fahrt\nзатем ванна\n睡眠 👣 ‍ zwj"
    assert NightEntry(NIGHT, 3, note=note).note == note
    assert NightEntry(NIGHT, 3, note="a\r\nb\rc").note == "a\nb\nc"


@given(st.text())
def test_accepted_text_holds_nothing_refused(text: str) -> None:
    try:
        kept = check_text(text, "title", multiline=False)
    except ValidationError:
        return
    assert kept == text
    assert not any(c in text for c in [*REFUSED_ANYWHERE, "\n", "\r"])


@given(st.text())
def test_one_line_is_one_printable_line(text: str) -> None:
    shown = one_line(text)
    assert shown.splitlines() in ([shown], [])
    assert not any(c in shown for c in BIDI_CONTROLS)
    shown.encode("utf-8")  # never a lone surrogate a terminal cannot print


def _allowed_char_by_char(value: str, multiline: bool) -> bool:
    """The rule as stated, one character at a time (what the quick check must agree with)."""
    import unicodedata
    for char in value:
        if char == "\n" and multiline:
            continue
        if (unicodedata.category(char) in ("Cc", "Cs") or char in ("\u2028", "\u2029")
                or char in BIDI_CONTROLS):
            return False
    return True


@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from([*REFUSED_ANYWHERE, "\n"])),
               max_size=30), st.booleans())
def test_the_quick_check_agrees_with_the_rule(value: str, multiline: bool) -> None:
    allowed = _allowed_char_by_char(value, multiline)
    if allowed:
        assert check_text(value, "note", multiline=multiline) is value
    else:
        with pytest.raises(ValidationError):
            check_text(value, "note", multiline=multiline)
