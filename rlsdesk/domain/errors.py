"""The one error type the domain raises for bad input, and the kinds of problem it names."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

__all__ = ["ProblemCode", "ValidationError"]


class ProblemCode(StrEnum):
    """What is wrong with a value; the parameters each code carries are listed with it.
    The window words a code with ``tr()`` (``rlsdesk.text.problem_text``); ``str()`` of the
    error stays the English sentence the command line prints."""

    UNSPECIFIED = "unspecified"  # (a caller outside the domain that gave no code)
    NOT_WHOLE_NUMBER = "not_whole_number"  # min, max, unit
    NOT_A_NUMBER = "not_a_number"  # min, max, unit (a number that may have decimals)
    OUT_OF_RANGE = "out_of_range"  # min, max, unit
    NOT_A_TIME = "not_a_time"  # (like 21:30)
    NOT_A_DATE = "not_a_date"  # (like 2024-03-31)
    NOT_A_MOMENT = "not_a_moment"  # (a date and a time, like 2024-03-31 21:30)
    NOT_ON_CALENDAR = "not_on_calendar"  # (a date the calendar does not have)
    BAD_OFFSET = "bad_offset"  # (a UTC offset not like +02:00, or outside +-14:00)
    SKIPPED_TIME = "skipped_time"  # zone, night (a date or None): the clocks skip it
    TOO_EARLY = "too_early"  # earliest (a date)
    IN_FUTURE = "in_future"
    TOO_LATE = "too_late"  # latest (a date)
    EMPTY = "empty"  # (text that must not be empty)
    REQUIRED = "required"  # kind (the step kind that needs it), or other (the field given)
    MISSING = "missing"  # (a key a file must have)
    NOT_ALLOWED = "not_allowed"  # kind (the step kind that does not take it)
    MEDICATION_ANCHOR = "medication_anchor"  # (a medicine never follows the learned onset)
    TOO_LONG = "too_long"  # max (characters)
    TOO_MANY = "too_many"  # max
    NOT_TEXT = "not_text"
    LINE_BREAK = "line_break"  # (in a one-line field)
    LINE_SEPARATOR = "line_separator"  # char ("U+2028")
    CONTROL_CHARACTER = "control_character"  # char ("U+0007")
    DIRECTION_CHARACTER = "direction_character"  # char ("U+202E")
    NOT_UTF8 = "not_utf8"
    NOT_ONE_OF = "not_one_of"  # choices (a tuple of the accepted words)
    NO_WEEKDAY = "no_weekday"  # (a step must happen on at least one day)
    NOT_WEEKDAYS = "not_weekdays"  # (weekday numbers 0=Mon..6=Sun)
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"  # expected ("object", "list", "true or false", ...)
    UNSUPPORTED_FORMAT = "unsupported_format"  # expected (the format name or version)
    UNKNOWN_STRETCH = "unknown_stretch"
    NOT_A_QUICK_LOG = "not_a_quick_log"  # (like 21:40 or 21:40=6)
    NOT_A_STEP = "not_a_step"  # (no step of the routine has this id or title)
    AMBIGUOUS_STEP = "ambiguous_step"  # (more than one step has this title)
    DOSE_IN_TEMPLATE = "dose_in_template"  # (a template never presumes a dose or product)
    UNKNOWN_SOURCE = "unknown_source"  # (not a key in sources.json)
    NOT_HTTPS = "not_https"
    NOT_A_YEAR = "not_a_year"
    SAME_START_END = "same_start_end"
    NOT_MORNING = "not_morning"  # min, max (a morning clock time)
    OUT_OF_ORDER = "out_of_order"  # before (the field it must not come before)
    LONGER_THAN_NIGHT = "longer_than_night"  # max (the minutes there were for it)
    NAME_TAKEN = "name_taken"  # (a name already in the list, ignoring case)


class ValidationError(ValueError):
    """Bad input, naming the field (or field path), the value and what is wrong.

    ``str(err)`` reads like ``dose_mg: 99999 is outside 1-1000 mg``; ``err.code`` and
    ``err.params`` say the same as data (``OUT_OF_RANGE``, ``{"min": 1, "max": 1000,
    "unit": "mg"}``) for wording it in another language.
    """

    field: str
    value: object
    problem: str
    code: ProblemCode
    params: dict[str, Any]

    def __init__(
        self,
        field: str,
        value: object,
        problem: str,
        code: ProblemCode = ProblemCode.UNSPECIFIED,
        **params: Any,
    ) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        self.code = code
        self.params = params
        super().__init__(f"{field}: {_show(value)} {problem}")

    def under(self, prefix: str) -> ValidationError:
        """The same error with its field nested under ``prefix`` (``steps[2]`` + ``dose_mg``)."""
        joiner = "" if self.field.startswith("[") else "."
        field = f"{prefix}{joiner}{self.field}" if self.field else prefix
        return ValidationError(field, self.value, self.problem, self.code, **self.params)


def _show(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
