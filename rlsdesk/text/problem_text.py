"""A :class:`ValidationError` in the person's language, from its code and parameters (the
English sentence, ``str(err)``, is the command line's). Forms show :func:`problem_text`
under the field it names, so the words say what to do, not which field it was."""

from __future__ import annotations

from datetime import date

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_date

_C = "ProblemText"


def unit_text(unit: str) -> str:
    """A unit the domain names (``"mg"``, ``"min"``, ``"h"``) in the person's language."""
    units = {
        "mg": translate(_C, "mg"),
        "min": translate(_C, "min"),
        "h": translate(_C, "h"),
        "s": translate(_C, "s"),
    }
    return units.get(unit, unit)


def _range(err: ValidationError) -> str:
    p = err.params
    unit = str(p.get("unit") or "")
    if not unit:
        return fill(translate(_C, "Choose a number from %1 to %2."), p["min"], p["max"])
    return fill(translate(_C, "Choose a number from %1 to %2 %3."), p["min"], p["max"],
                unit_text(unit))


def _skipped(err: ValidationError) -> str:
    night = err.params.get("night")
    zone = err.params.get("zone", "")
    if isinstance(night, date):
        return fill(translate(_C, "This time does not exist on the night of %1 in %2: the "
                              "clocks go forward then. Choose another time."),
                    format_date(night, "ddd d MMM yyyy"), zone)
    return fill(translate(_C, "This time does not exist in %1: the clocks skip it. Choose "
                          "another time."), zone)


def problem_text(err: ValidationError) -> str:
    """What is wrong and what to do, as one or two short sentences."""
    code, p = err.code, err.params
    if code in (ProblemCode.OUT_OF_RANGE, ProblemCode.NOT_WHOLE_NUMBER):
        return _range(err)
    if code is ProblemCode.NOT_A_NUMBER:
        return fill(translate(_C, "Enter a number from %1 to %2 %3, like 6.5."),
                    p["min"], p["max"], unit_text(str(p.get("unit") or "")))
    if code is ProblemCode.SKIPPED_TIME:
        return _skipped(err)
    if code is ProblemCode.TOO_EARLY:
        earliest = p["earliest"]
        return fill(translate(_C, "Choose a date from %1 on."),
                    format_date(earliest, "d MMM yyyy") if isinstance(earliest, date)
                    else earliest)
    if code is ProblemCode.TOO_LONG:
        return fill(translate(_C, "Please keep it to %1 characters or fewer."), p["max"])
    if code is ProblemCode.TOO_MANY:
        return fill(translate(_C, "Choose %1 or fewer."), p["max"])
    if code is ProblemCode.LINE_SEPARATOR:
        return fill(translate(_C, "It holds a line or paragraph separator (%1); use an "
                              "ordinary line break."), p["char"])
    if code is ProblemCode.CONTROL_CHARACTER:
        return fill(translate(_C, "It holds a control character (%1); please remove it."),
                    p["char"])
    if code is ProblemCode.DIRECTION_CHARACTER:
        return fill(translate(_C, "It holds an invisible character that changes the text's "
                              "direction (%1); please remove it."), p["char"])
    if code is ProblemCode.REQUIRED and "other" in p:
        return fill(translate(_C, "This is needed when %1 is given."), p["other"])
    plain = _plain_texts().get(code)
    if plain is not None:
        return plain
    return err.problem[:1].upper() + err.problem[1:] + "."  # UNSPECIFIED: a caller's English


def _plain_texts() -> dict[ProblemCode, str]:
    """The words for codes that need no parameter."""
    return {
        ProblemCode.NOT_A_TIME: translate(_C, "Enter a time like 21:30."),
        ProblemCode.NOT_A_DATE: translate(_C, "Enter a date like 2026-11-21."),
        ProblemCode.NOT_A_MOMENT: translate(_C, "Enter a date and a time like 2026-11-21 21:40."),
        ProblemCode.NOT_ON_CALENDAR: translate(_C, "This date is not on the calendar."),
        ProblemCode.BAD_OFFSET: translate(_C, "The offset from UTC must be like +02:00, from "
                                          "-14:00 to +14:00."),
        ProblemCode.IN_FUTURE: translate(_C, "The night cannot be in the future."),
        ProblemCode.EMPTY: translate(_C, "Please fill this in."),
        ProblemCode.REQUIRED: translate(_C, "Please fill this in."),
        ProblemCode.MISSING: translate(_C, "This is missing."),
        ProblemCode.NOT_ALLOWED: translate(_C, "This does not belong to this kind of step."),
        ProblemCode.MEDICATION_ANCHOR: translate(
            _C, "A medicine keeps its own time: a clock time or minutes before bed, never the "
                "learned symptom onset."),
        ProblemCode.NOT_TEXT: translate(_C, "Please enter text."),
        ProblemCode.LINE_BREAK: translate(_C, "It must be one line."),
        ProblemCode.NOT_UTF8: translate(_C, "It holds bytes that are not text (not UTF-8)."),
        ProblemCode.NOT_ONE_OF: translate(_C, "Choose one of the offered options."),
        ProblemCode.NO_WEEKDAY: translate(_C, "Choose at least one day."),
        ProblemCode.NOT_WEEKDAYS: translate(_C, "Choose days of the week."),
        ProblemCode.UNKNOWN_FIELD: translate(_C, "This field is not known."),
        ProblemCode.WRONG_TYPE: translate(_C, "This value is not in the expected form."),
        ProblemCode.UNSUPPORTED_FORMAT: translate(_C, "This file is not in a format or version "
                                                  "rlsdesk reads."),
        ProblemCode.UNKNOWN_STRETCH: translate(_C, "Choose a stretch from the list."),
        ProblemCode.NOT_A_QUICK_LOG: translate(_C, "Enter times like 21:40, or 21:40=6 with a "
                                               "severity, separated by ;."),
        ProblemCode.NOT_A_STEP: translate(_C, "This is not a step of your routine."),
        ProblemCode.AMBIGUOUS_STEP: translate(_C, "More than one step has this name; use its "
                                              "number (#ID)."),
        ProblemCode.DOSE_IN_TEMPLATE: translate(_C, "A template never sets a dose or product; the "
                                                "person enters it."),
        ProblemCode.UNKNOWN_SOURCE: translate(_C, "This is not a source in the bibliography."),
        ProblemCode.NOT_HTTPS: translate(_C, "This is not a public https address."),
        ProblemCode.NOT_A_YEAR: translate(_C, "This is not a year."),
        ProblemCode.SAME_START_END: translate(_C, "The start and end must differ."),
        ProblemCode.NOT_MORNING: translate(_C, "Choose a morning time from 04:00 to 11:59."),
    }

