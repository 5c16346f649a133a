"""What free text may hold: titles and names are one line, notes may have line breaks.

Refused everywhere (the window, the command line, the diary CSV all build domain values
through here): control characters (C0 and C1; a note keeps its line feeds), and the
invisible characters that change the direction text is shown in (U+200E, U+200F, U+061C,
U+202A-U+202E, U+2066-U+2069), which can make a note or title display as something other
than what it holds. Lone surrogates (bytes that were not UTF-8) are refused too.
"""

from __future__ import annotations

import re
import unicodedata

from rlsdesk.domain.errors import ProblemCode, ValidationError

__all__ = ["BIDI_CONTROLS", "check_text", "one_line"]

BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c"
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
)
#: What str.splitlines() breaks at: none of it belongs in a one-line field.
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_EXCERPT = 40
#: Every character _problem may object to (Cc is exactly U+0000-001F and U+007F-009F, Cs
#: the surrogates): text without any is allowed as it is, with no per-character loop (ten
#: years of notes are checked each time the diary is read).
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029"
                      + "".join(sorted(BIDI_CONTROLS)) + "]")


def check_text(value: object, field: str, *, multiline: bool) -> str:
    """``value`` unchanged if it may be kept as ``field``'s text; else ValidationError
    naming the field and the first character that is not allowed."""
    if not isinstance(value, str):
        raise ValidationError(field, value, "is not text", ProblemCode.NOT_TEXT)
    if _SUSPECT.search(value) is None:
        return value
    for char in value:
        found = _problem(char, multiline)
        if found is not None:
            problem, code = found
            raise ValidationError(field, _excerpt(value), problem, code, char=f"U+{ord(char):04X}")
    return value


def _problem(char: str, multiline: bool) -> tuple[str, ProblemCode] | None:
    """What is wrong with ``char`` in the text, in English and as a code; None if nothing."""
    if char == "\n" and multiline:
        return None
    code = f"U+{ord(char):04X}"
    if char in _LINE_BREAKS and not multiline:
        return "holds a line break; it must be one line", ProblemCode.LINE_BREAK
    if char in ("\u2028", "\u2029"):
        return (f"holds a line or paragraph separator ({code}); use an ordinary line break",
        ProblemCode.LINE_SEPARATOR)
    category = unicodedata.category(char)
    if category == "Cc":
        return f"holds a control character ({code})", ProblemCode.CONTROL_CHARACTER
    if category == "Cs":
        return "holds bytes that are not UTF-8 text", ProblemCode.NOT_UTF8
    if char in BIDI_CONTROLS:
        return (f"holds an invisible character that changes the text's direction ({code})",
        ProblemCode.DIRECTION_CHARACTER)
    return None


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


def one_line(message: str) -> str:
    """``message`` on one line for a terminal: line breaks, control and direction
    characters written as escapes (a path or value in a message may hold any of them)."""
    return "".join(
        char if char == " " or (char.isprintable() and char not in BIDI_CONTROLS)
        else char.encode("unicode_escape", "backslashreplace").decode("ascii")
        for char in message
    )
