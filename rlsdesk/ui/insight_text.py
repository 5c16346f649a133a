"""The Insights page's written summaries in the person's language, from the facts
``export/summaries.py`` computes (which also words them in English for the command line and
the clinician's report)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QLocale

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.peak import BAND_SOURCE_TYPICAL, PeakEstimate
from rlsdesk.domain.routine import Step
from rlsdesk.export.summaries import (
    adherence_facts,
    calendar_facts,
    helps_facts,
    onset_facts,
    severity_facts,
)
from rlsdesk.services.diary import Insights
from rlsdesk.text.dose_text import dose_text
from rlsdesk.text.i18n import fill, plural, translate
from rlsdesk.text.timefmt import format_clock, format_date

DATE_FORMAT = "d MMM yyyy"


def _clock(minutes: float) -> str:
    return format_clock(from_noon_minutes(round(minutes)))


def _number(value: float) -> str:
    """One decimal, with the locale's decimal mark."""
    return QLocale().toString(float(value), "f", 1)


def _nights(count: int) -> str:
    return fill(plural(count, translate("InsightText", "%1 night"),
                       translate("InsightText", "%1 nights")), count)


def period_text(data: Insights) -> str:
    days = (data.last - data.first).days + 1
    return fill(translate("InsightText", "%1 to %2: %3 logged out of %4"),
                format_date(data.first, DATE_FORMAT), format_date(data.last, DATE_FORMAT),
                _nights(data.nights_logged), days)


def severity_summary(data: Insights) -> str:
    facts = severity_facts(data)
    if facts is None:
        return translate("InsightText", "Severity: no nights rated in this period.")
    text = fill(translate("InsightText", "Severity: %1 rated, average %2 of 10 (lowest %3, "
                                         "highest %4)."),
                _nights(facts.nights), _number(facts.mean), facts.lowest, facts.highest)
    if facts.trend is not None:
        text += " " + fill(translate("InsightText", "The %1-night average went from %2 to %3."),
                           facts.window, _number(facts.trend[0]), _number(facts.trend[1]))
    return text


def worst_band_text(peak: PeakEstimate) -> str:
    start, end = format_clock(peak.band_start), format_clock(peak.band_end)
    if peak.band_source == "personal":
        return fill(translate("InsightText", "usually worst %1 to %2, the hours your logged "
                                             "severity is "
                              "highest (%3 logs on %4)"),
                    start, end, peak.band_logs, _nights(peak.band_nights))
    return fill(translate("InsightText", "usually worst %1 to %2, as in sleep studies (%3)"),
                start, end, BAND_SOURCE_TYPICAL)


def onset_summary(data: Insights) -> str:
    facts = onset_facts(data)
    expected = " " + fill(translate("InsightText", "The planner now expects symptoms around %1, "
                                                   "%2."),
                          format_clock(data.peak.onset), worst_band_text(data.peak))
    if facts is None:
        return translate("InsightText", "Onset: no onset times logged in this period.") + expected
    return fill(translate("InsightText", "Onset: symptoms started on %1 logged, usually around %2 "
                          "(earliest %3, latest %4)."),
                _nights(facts.nights), _clock(facts.median), _clock(facts.earliest),
                _clock(facts.latest)) + expected


def calendar_summary(data: Insights) -> str:
    facts = calendar_facts(data)
    if facts is None:
        return translate("InsightText", "Calendar: no nights rated in this period.")
    return fill(translate("InsightText", "Calendar: %1 rated; %2 mild (3 or less); the worst "
                                         "recent "
                          "night was %3 at %4."),
                _nights(facts.rated), facts.mild,
                format_date(facts.worst_night, "ddd d MMM yyyy"), facts.worst_severity)


def dose_labels(steps: Iterable[Step]) -> dict[int, str]:
    """Each step's dose or medicine as entered, in the window's language, by step id (the
    services' own label is English, for the command line)."""
    return {s.id: dose_text(s) for s in steps if s.id is not None}


def adherence_lines(data: Insights, labels: Mapping[int, str] | None = None) -> list[str]:
    """``labels``: :func:`dose_labels` of the routine (else the English ones in ``data``)."""
    lines = []
    for step, item in zip(data.adherence, adherence_facts(data), strict=True):
        label = item.label if labels is None else labels.get(step.step.id, "")
        name = item.title + (f" ({label})" if label else "")
        if item.state == "not_yet" and item.added is not None:
            text = fill(translate("InsightText", "added %1, no nights to count yet"),
                        format_date(item.added, DATE_FORMAT))
        elif item.state == "not_planned":
            text = translate("InsightText", "not planned in this period")
        else:
            text = fill(plural(item.planned,
                               translate("InsightText", "done %1 of %2 planned night (%3%)"),
                               translate("InsightText", "done %1 of %2 planned nights (%3%)")),
                        item.done, item.planned, item.percent)
        lines.append(fill(translate("InsightText", "%1: %2"), name, text))
    return lines


def helps_lines(data: Insights) -> list[str]:
    lines = []
    for item in helps_facts(data):
        if item.key == "too_few":
            text = fill(translate("InsightText", "not enough nights yet: %1 done and %2 not done "
                                                 "so far, "
                                  "%3 of each needed"), item.n_done, item.n_not, item.min)
        else:
            means = fill(translate("InsightText", "mean %1 over %2 vs %3 over %4"),
                         _number(item.done), _nights(item.n_done),
                         _number(item.not_done), _nights(item.n_not))
            if item.key == "lower":
                text = fill(translate("InsightText", "%1 points milder on nights done (%2)"),
                            _number(item.diff), means)
            elif item.key == "higher":
                text = fill(translate("InsightText", "%1 points worse on nights done (%2)"),
                            _number(item.diff), means)
            else:
                text = fill(translate("InsightText", "no difference (%1)"), means)
        lines.append(fill(translate("InsightText", "%1: %2"), item.title, text))
    return lines
