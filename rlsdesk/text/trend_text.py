"""The answer to "Is it getting worse?" in one plain sentence, for the Insights page and the
clinician's report: the recent nights against the nights before, the numbers it rests on,
and how sure it is (its uncertainty, or that the nights are too few to tell)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.summary import MIN_TREND_NIGHTS, ONSET_SHIFT, STEADY, Trend
from rlsdesk.text.i18n import fill, plural, translate
from rlsdesk.text.timefmt import format_clock, format_date

DATE_FORMAT = "d MMM yyyy"


def _number(value: float, signed: bool = False) -> str:
    """One decimal with the locale's decimal mark (a sign in front when ``signed``)."""
    text = QLocale().toString(abs(float(value)), "f", 1)
    if not signed:
        return text if value >= 0 else "−" + text
    return ("+" if value >= 0 else "−") + text


def _clock(minutes: float) -> str:
    return format_clock(from_noon_minutes(round(minutes)))


def _head(found: Trend) -> str:
    return fill(translate("TrendText", "Last %1 nights (%2 to %3) against the %1 before"),
                found.nights, format_date(found.now[0], DATE_FORMAT),
                format_date(found.now[1], DATE_FORMAT))


def _too_few(found: Trend) -> str:
    rated = fill(plural(found.rated_now, translate("TrendText", "%1 rated night"),
                        translate("TrendText", "%1 rated nights")), found.rated_now)
    return fill(translate("TrendText", "Too few rated nights to tell: %1 in the last %2 and "
                                       "%3 in the %2 before (at least %4 on each side are "
                                       "needed)."),
                rated, found.nights, found.rated_before, MIN_TREND_NIGHTS)


def _severity(found: Trend) -> str:
    change = found.severity
    assert change is not None
    diff, margin = change.difference, change.margin or 0.0
    values = (_number(change.before), _number(change.now), _number(margin))
    if abs(diff) >= STEADY and abs(diff) > margin:
        text = (translate("TrendText", "severity %1 to %2 (worse; the difference is larger "
                                       "than its uncertainty of ±%3)") if diff > 0 else
                translate("TrendText", "severity %1 to %2 (milder; the difference is larger "
                                       "than its uncertainty of ±%3)"))
    elif abs(diff) + margin < STEADY:
        text = translate("TrendText", "severity %1 to %2 (about the same; even with its "
                                      "uncertainty of ±%3 the difference is under half a "
                                      "point)")
    elif abs(diff) <= margin:
        text = translate("TrendText", "severity %1 to %2 (no clear change; the difference is "
                                      "within its uncertainty of ±%3)")
    else:
        text = translate("TrendText", "severity %1 to %2 (no clear change; the difference is "
                                      "under half a point, uncertainty ±%3)")
    return fill(text, *values)


def _onset(found: Trend) -> str:
    change = found.onset
    assert change is not None
    text = fill(translate("TrendText", "symptoms began around %1, then %2"),
                _clock(change.before), _clock(change.now))
    earlier = -change.difference
    if (min(change.n_before, change.n_now) >= MIN_TREND_NIGHTS and earlier >= ONSET_SHIFT
            and earlier > (change.margin or 0.0)):
        text += " " + fill(translate("TrendText", "(%1 minutes earlier, more than its "
                                                  "uncertainty: a sign of worsening)"),
                           round(earlier))
    return text


def trend_sentence(found: Trend) -> str:
    """'Last 30 nights (…) against the 30 before: severity 5.2 to 6.1 (worse; the difference
    is larger than its uncertainty of ±0.6); symptoms began around 21:50, then 20:40.' or,
    with few rated nights, how many there are and how many it takes."""
    if found.verdict == "too_few" or found.severity is None:
        text = f"{_head(found)}: {_too_few(found)}"
        if found.onset is not None:
            text += " " + fill(translate("TrendText", "Onset: %1."), _onset(found))
        return text
    parts = [_severity(found)]
    if found.onset is not None:
        parts.append(_onset(found))
    return fill(translate("TrendText", "%1: %2."), _head(found), "; ".join(parts))
