"""A :class:`ValidationError` in the person's language, from its code and parameters (the
English sentence, ``str(err)``, is the command line's). Forms show :func:`problem_text`
under the field it names, so the words say what to do, not which field it was."""

from __future__ import annotations

from datetime import date

from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_date


def unit_text(unit: str) -> str:
    """A unit the domain names (``"mg"``, ``"min"``, ``"h"``) in the person's language."""
    units = {
        "mg": translate("ProblemText", "mg"),
        "min": translate("ProblemText", "min"),
        "h": translate("ProblemText", "h"),
        "s": translate("ProblemText", "s"),
    }
    return units.get(unit, unit)


def _range(err: ValidationError) -> str:
    p = err.params
    unit = str(p.get("unit") or "")
    if not unit:
        return fill(translate("ProblemText", "Choose a number from %1 to %2."), p["min"], p["max"])
    return fill(translate("ProblemText", "Choose a number from %1 to %2 %3."), p["min"], p["max"],
                unit_text(unit))


def _skipped(err: ValidationError) -> str:
    night = err.params.get("night")
    zone = err.params.get("zone", "")
    if isinstance(night, date):
        return fill(translate("ProblemText", "This time does not exist on the night of %1 in %2: "
                                             "the "
                              "clocks go forward then. Choose another time."),
                    format_date(night, "ddd d MMM yyyy"), zone)
    return fill(translate("ProblemText", "This time does not exist in %1: the clocks skip it. "
                                         "Choose "
                          "another time."), zone)


def problem_text(err: ValidationError) -> str:
    """What is wrong and what to do, as one or two short sentences."""
    code, p = err.code, err.params
    if code in (ProblemCode.OUT_OF_RANGE, ProblemCode.NOT_WHOLE_NUMBER):
        return _range(err)
    if code is ProblemCode.NOT_A_NUMBER:
        return fill(translate("ProblemText", "Enter a number from %1 to %2 %3, like 6.5."),
                    p["min"], p["max"], unit_text(str(p.get("unit") or "")))
    if code is ProblemCode.SKIPPED_TIME:
        return _skipped(err)
    if code is ProblemCode.TOO_EARLY:
        earliest = p["earliest"]
        return fill(translate("ProblemText", "Choose a date from %1 on."),
                    format_date(earliest, "d MMM yyyy") if isinstance(earliest, date)
                    else earliest)
    if code is ProblemCode.TOO_LATE:
        latest = p["latest"]
        return fill(translate("ProblemText", "Choose a date up to %1."),
                    format_date(latest, "d MMM yyyy") if isinstance(latest, date) else latest)
    if code is ProblemCode.TOO_LONG:
        return fill(translate("ProblemText", "Please keep it to %1 characters or fewer."), p["max"])
    if code is ProblemCode.TOO_MANY:
        return fill(translate("ProblemText", "Choose %1 or fewer."), p["max"])
    if code is ProblemCode.LINE_SEPARATOR:
        return fill(translate("ProblemText", "It holds a line or paragraph separator (%1); use an "
                              "ordinary line break."), p["char"])
    if code is ProblemCode.CONTROL_CHARACTER:
        return fill(translate("ProblemText", "It holds a control character (%1); please "
                              "remove it."), p["char"])
    if code is ProblemCode.DIRECTION_CHARACTER:
        return fill(translate("ProblemText", "It holds an invisible character that changes the "
                                             "text's "
                              "direction (%1); please remove it."), p["char"])
    if code is ProblemCode.LONGER_THAN_NIGHT:
        return fill(translate("ProblemText", "The minutes to fall asleep and awake add up to "
                              "more than the %1 min from trying to sleep to the final "
                              "waking."), p["max"])
    if code is ProblemCode.REQUIRED and "other" in p:
        return fill(translate("ProblemText", "This is needed when %1 is given."), p["other"])
    plain = _plain_texts().get(code)
    if plain is not None:
        return plain
    return err.problem[:1].upper() + err.problem[1:] + "."  # UNSPECIFIED: a caller's English


def _plain_texts() -> dict[ProblemCode, str]:
    """The words for codes that need no parameter."""
    return {
        ProblemCode.NOT_A_TIME: translate("ProblemText", "Enter a time like 21:30."),
        ProblemCode.NOT_A_DATE: translate("ProblemText", "Enter a date like 2026-11-21."),
        ProblemCode.NOT_A_MOMENT: translate("ProblemText", "Enter a date and a time like "
                                                           "2026-11-21 21:40."),
        ProblemCode.NOT_ON_CALENDAR: translate("ProblemText", "This date is not on the calendar."),
        ProblemCode.BAD_OFFSET: translate("ProblemText", "The offset from UTC must be like "
                                                         "+02:00, from "
                                          "-14:00 to +14:00."),
        ProblemCode.IN_FUTURE: translate("ProblemText", "The night cannot be in the future."),
        ProblemCode.EMPTY: translate("ProblemText", "Please fill this in."),
        ProblemCode.REQUIRED: translate("ProblemText", "Please fill this in."),
        ProblemCode.MISSING: translate("ProblemText", "This is missing."),
        ProblemCode.NOT_ALLOWED: translate("ProblemText", "This does not belong to this kind of "
                                                          "step."),
        ProblemCode.MEDICATION_ANCHOR: translate(
            "ProblemText", "A medicine keeps its own time: a clock time or minutes before bed, "
                           "never the "
                "learned symptom onset."),
        ProblemCode.NOT_TEXT: translate("ProblemText", "Please enter text."),
        ProblemCode.LINE_BREAK: translate("ProblemText", "It must be one line."),
        ProblemCode.NOT_UTF8: translate("ProblemText", "It holds bytes that are not text (not "
                                                       "UTF-8)."),
        ProblemCode.NOT_ONE_OF: translate("ProblemText", "Choose one of the offered options."),
        ProblemCode.NAME_TAKEN: translate("ProblemText", "This name is already in the list; "
                                                         "choose another."),
        ProblemCode.NO_WEEKDAY: translate("ProblemText", "Choose at least one day."),
        ProblemCode.NOT_WEEKDAYS: translate("ProblemText", "Choose days of the week."),
        ProblemCode.UNKNOWN_FIELD: translate("ProblemText", "This field is not known."),
        ProblemCode.WRONG_TYPE: translate("ProblemText", "This value is not in the expected form."),
        ProblemCode.UNSUPPORTED_FORMAT: translate("ProblemText", "This file is not in a format "
                                                                 "or version "
                                                  "rlsdesk reads."),
        ProblemCode.UNKNOWN_STRETCH: translate("ProblemText", "Choose a stretch from the list."),
        ProblemCode.NOT_A_QUICK_LOG: translate("ProblemText", "Enter times like 21:40, or "
                                                              "21:40=6 with a "
                                               "severity, separated by ;."),
        ProblemCode.NOT_A_STEP: translate("ProblemText", "This is not a step of your routine."),
        ProblemCode.AMBIGUOUS_STEP: translate("ProblemText", "More than one step has this name; "
                                                             "use its "
                                              "number (#ID)."),
        ProblemCode.DOSE_IN_TEMPLATE: translate("ProblemText", "A template never sets a dose or "
                                                               "product; the "
                                                "person enters it."),
        ProblemCode.UNKNOWN_SOURCE: translate("ProblemText", "This is not a source in the "
                                                             "bibliography."),
        ProblemCode.NOT_HTTPS: translate("ProblemText", "This is not a public https address."),
        ProblemCode.NOT_A_YEAR: translate("ProblemText", "This is not a year."),
        ProblemCode.SAME_START_END: translate("ProblemText", "The start and end must differ."),
        ProblemCode.OUT_OF_ORDER: translate("ProblemText", "The times must follow the "
                                            "night: into bed, trying to sleep, final waking, "
                                            "out of bed."),
        ProblemCode.NOT_MORNING: translate("ProblemText", "Choose a morning time from 04:00 to "
                                                          "11:59."),
    }

