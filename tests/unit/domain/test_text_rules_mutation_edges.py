"""Which character a one-line field or a note refuses, and the sentence and code that say
so: each kind of problem in a title and in a note, the excerpt's 40-character edge, and
how a message is written on one line for a terminal. Written for the survivors of
`make mutation`."""

from __future__ import annotations

import pytest

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.text_rules import check_text, one_line


def refusal(value: object, multiline: bool) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        check_text(value, "note" if multiline else "title", multiline=multiline)
    return info.value


@pytest.mark.parametrize(("char", "multiline", "problem", "code"), [
    ("\n", False, "holds a line break; it must be one line", ProblemCode.LINE_BREAK),
    ("\r", False, "holds a line break; it must be one line", ProblemCode.LINE_BREAK),
    ("\x1c", False, "holds a line break; it must be one line", ProblemCode.LINE_BREAK),
    ("\x85", False, "holds a line break; it must be one line", ProblemCode.LINE_BREAK),
    ("\u2028", False, "holds a line break; it must be one line", ProblemCode.LINE_BREAK),
    ("\r", True, "holds a control character (U+000D)", ProblemCode.CONTROL_CHARACTER),
    ("\x85", True, "holds a control character (U+0085)", ProblemCode.CONTROL_CHARACTER),
    ("\u2028", True, "holds a line or paragraph separator (U+2028); use an ordinary line "
     "break", ProblemCode.LINE_SEPARATOR),
    ("\u2029", True, "holds a line or paragraph separator (U+2029); use an ordinary line "
     "break", ProblemCode.LINE_SEPARATOR),
    ("\x00", False, "holds a control character (U+0000)", ProblemCode.CONTROL_CHARACTER),
    ("\x07", True, "holds a control character (U+0007)", ProblemCode.CONTROL_CHARACTER),
    ("\t", False, "holds a control character (U+0009)", ProblemCode.CONTROL_CHARACTER),
    ("\x7f", True, "holds a control character (U+007F)", ProblemCode.CONTROL_CHARACTER),
    ("\x9f", False, "holds a control character (U+009F)", ProblemCode.CONTROL_CHARACTER),
    ("\udc80", True, "holds bytes that are not UTF-8 text", ProblemCode.NOT_UTF8),
    ("\ud800", False, "holds bytes that are not UTF-8 text", ProblemCode.NOT_UTF8),
    ("\u202e", True, "holds an invisible character that changes the text's direction "
     "(U+202E)", ProblemCode.DIRECTION_CHARACTER),
    ("\u200f", False, "holds an invisible character that changes the text's direction "
     "(U+200F)", ProblemCode.DIRECTION_CHARACTER),
    ("\u2069", True, "holds an invisible character that changes the text's direction "
     "(U+2069)", ProblemCode.DIRECTION_CHARACTER),
])
def test_each_refused_character_is_named_with_its_problem(
        char: str, multiline: bool, problem: str, code: ProblemCode) -> None:
    value = f"ab{char}c"
    err = refusal(value, multiline)
    field = "note" if multiline else "title"
    assert str(err) == f"{field}: {value!r} {problem}"
    assert (err.field, err.value, err.problem, err.code) == (field, value, problem, code)
    assert err.params == {"char": f"U+{ord(char):04X}"}


def test_the_first_refused_character_is_the_one_named() -> None:
    err = refusal("ok\u202eand\x07", multiline=True)
    assert err.params == {"char": "U+202E"}


@pytest.mark.parametrize("text", ["a\nb", "a\n\nb\n", "\n"])
def test_a_note_keeps_line_feeds_as_they_are(text: str) -> None:
    assert check_text(text, "note", multiline=True) is text


@pytest.mark.parametrize("text", ["", "Calf stretch", "\u200d\u00a0\u2060 zwj nbsp", "😴\u0301"])
def test_plain_text_is_kept_as_it_is(text: str) -> None:
    assert check_text(text, "title", multiline=False) is text
    assert check_text(text, "note", multiline=True) is text


@pytest.mark.parametrize("value", [None, 3, b"bytes", ["a"]])
def test_what_is_not_text_is_refused(value: object) -> None:
    err = refusal(value, multiline=False)
    assert str(err) == f"title: {value!r} is not text"
    assert err.code is ProblemCode.NOT_TEXT
    assert err.params == {}


def test_the_value_shown_is_cut_after_40_characters() -> None:
    forty = "x" * 39 + "\x07"
    assert refusal(forty, multiline=True).value == forty
    forty_one = "x" * 40 + "\x07"
    assert refusal(forty_one, multiline=True).value == "x" * 40 + "..."
    assert str(refusal(forty_one, multiline=True)) \
        == f"note: '{'x' * 40}...' holds a control character (U+0007)"


@pytest.mark.parametrize(("message", "shown"), [
    ("plain words, spaces kept", "plain words, spaces kept"),
    ("Übung für Waden 睡眠 😴", "Übung für Waden 睡眠 😴"),
    ("two\nlines", "two\\nlines"),
    ("tab\there", "tab\\there"),
    ("a\u202eb", "a\\u202eb"),
    ("a\u2066b", "a\\u2066b"),
    ("bad \udc80 byte", "bad \\udc80 byte"),
    ("nbsp\u00a0", "nbsp\\xa0"),
    ("sep\u2028", "sep\\u2028"),
    ("", ""),
])
def test_one_line_writes_what_a_terminal_would_not_show_as_escapes(message: str,
                                                                   shown: str) -> None:
    assert one_line(message) == shown
