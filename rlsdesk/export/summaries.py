"""Plain-text summaries of the insights, in English (the command line and the clinician's
report; the window words the same in the person's language): each chart's text alternative,
"what seems to help" in honest words, adherence, and the note on what the diary shows
against its baseline. Pure (no Qt, no plotting)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from rlsdesk.domain.chart_data import average_window
from rlsdesk.domain.clock import format_clock, from_noon_minutes
from rlsdesk.domain.insights import (
    DAYTIME_DAYS,
    EARLIER_MINUTES,
    MIN_NIGHTS_EACH_SIDE,
    SIGN_DAYTIME,
    SIGN_EARLIER,
    SIGN_WORSE,
    WORSE_NIGHTS,
    AugmentationNote,
    rolling_mean,
    severity_series,
)
from rlsdesk.domain.peak import BAND_SOURCE_TYPICAL, PeakEstimate
from rlsdesk.services.diary import Insights
from rlsdesk.text.note_text import AUGMENTATION_SOURCE


def clock(minutes: float) -> str:
    """Minutes since 12:00 as a clock time."""
    return format_clock(from_noon_minutes(round(minutes)))


def hours(minutes: float) -> str:
    minutes = round(minutes)
    h, m = divmod(abs(minutes), 60)
    return f"{h} h {m:02d} min" if m else f"{h} h"


# --- the summaries as data: the window words these in the person's language -------------
@dataclass(frozen=True)
class SeverityFacts:
    nights: int
    mean: float
    lowest: int
    highest: int
    window: int  # nights in the rolling average
    trend: tuple[float, float] | None  # the average's first and last value, with enough nights


@dataclass(frozen=True)
class OnsetFacts:
    nights: int
    median: float  # minutes since 12:00
    earliest: int
    latest: int


@dataclass(frozen=True)
class CalendarFacts:
    rated: int
    mild: int  # severity 3 or less
    worst_night: date
    worst_severity: int


AdherenceState = Literal["not_yet", "not_planned", "counted"]


@dataclass(frozen=True)
class AdherenceFacts:
    title: str
    label: str
    state: AdherenceState
    added: date | None = None  # for "not_yet": the day the step was added
    done: int = 0
    planned: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.planned) if self.planned else 0


HelpsKey = Literal["too_few", "lower", "higher", "same"]


@dataclass(frozen=True)
class HelpsFacts:
    title: str
    key: HelpsKey
    n_done: int
    n_not: int
    diff: float = 0.0
    done: float = 0.0
    not_done: float = 0.0
    min: int = MIN_NIGHTS_EACH_SIDE


def severity_facts(data: Insights) -> SeverityFacts | None:
    series = severity_series(data.records)
    if not series:
        return None
    values = [v for _, v in series]
    window = average_window(data.first, data.last)
    means = rolling_mean([(n, float(v)) for n, v in series], window)
    trend = (means[window - 1][1], means[-1][1]) if len(means) >= 2 * window else None
    return SeverityFacts(len(values), statistics.fmean(values), min(values), max(values),
                         window, trend)


def onset_facts(data: Insights) -> OnsetFacts | None:
    onsets = [r.onset for r in data.records if r.onset is not None]
    if not onsets:
        return None
    return OnsetFacts(len(onsets), statistics.median(onsets), min(onsets), max(onsets))


def calendar_facts(data: Insights) -> CalendarFacts | None:
    rated = [r for r in data.records if r.severity is not None]
    if not rated:
        return None
    worst = max(rated, key=lambda r: (r.severity, r.night))
    mild = sum(1 for r in rated if (r.severity or 0) <= 3)
    return CalendarFacts(len(rated), mild, worst.night, worst.severity or 0)


def adherence_facts(data: Insights) -> list[AdherenceFacts]:
    """Nights done of nights planned, counting only the nights each step was in the
    routine and switched on."""
    out = []
    for item in data.adherence:
        spans = item.step.spans
        title, label = item.step.title, item.step.label or ""
        if item.planned == 0 and spans and spans[0][0] > data.last:
            out.append(AdherenceFacts(title, label, "not_yet", added=spans[0][0]))
        elif item.planned == 0:
            out.append(AdherenceFacts(title, label, "not_planned"))
        else:
            out.append(AdherenceFacts(title, label, "counted", done=item.done,
                                      planned=item.planned))
    return out


def helps_facts(data: Insights) -> list[HelpsFacts]:
    out = []
    for effect in data.effects:
        if effect.difference is None:
            out.append(HelpsFacts(effect.step.title, "too_few", effect.nights_done,
                                  effect.nights_not_done))
            continue
        key: HelpsKey = "same" if abs(effect.difference) < 0.05 else (
            "lower" if effect.difference < 0 else "higher")
        out.append(HelpsFacts(effect.step.title, key, effect.nights_done,
                              effect.nights_not_done, abs(effect.difference),
                              effect.mean_done or 0.0, effect.mean_not_done or 0.0))
    return out


# --- the same in English, for the command line and the clinician's report ----------------
def period_text(data: Insights) -> str:
    return (f"{data.first:%d %b %Y} to {data.last:%d %b %Y}: {data.nights_logged} nights "
            f"logged out of {(data.last - data.first).days + 1}")


def severity_summary(data: Insights) -> str:
    facts = severity_facts(data)
    if facts is None:
        return "Severity: no nights rated in this period."
    text = (f"Severity: {facts.nights} nights rated, average {facts.mean:.1f} "
            f"of 10 (lowest {facts.lowest}, highest {facts.highest}).")
    if facts.trend is not None:
        text += (f" The {facts.window}-night average went from {facts.trend[0]:.1f} to "
                 f"{facts.trend[1]:.1f}.")
    return text


def onset_summary(data: Insights) -> str:
    facts = onset_facts(data)
    peak = data.peak
    expected = (f" The planner now expects symptoms around {format_clock(peak.onset)}, "
                f"{worst_band_text(peak)}.")
    if facts is None:
        return "Onset: no onset times logged in this period." + expected
    return (f"Onset: symptoms started on {facts.nights} nights logged, usually around "
            f"{clock(facts.median)} (earliest {clock(facts.earliest)}, latest "
            f"{clock(facts.latest)}).{expected}")


def worst_band_text(peak: PeakEstimate) -> str:
    """When symptoms are usually worst, and where that comes from."""
    band = f"{format_clock(peak.band_start)}-{format_clock(peak.band_end)}"
    if peak.band_source == "personal":
        return (f"usually worst {band}, the hours your logged severity is highest "
                f"({peak.band_logs} logs on {peak.band_nights} nights)")
    return f"usually worst {band}, as in sleep studies ({BAND_SOURCE_TYPICAL})"


def adherence_lines(data: Insights) -> list[str]:
    lines = []
    for item in adherence_facts(data):
        name = item.title + (f" ({item.label})" if item.label else "")
        if item.state == "not_yet":
            lines.append(f"{name}: added {item.added:%d %b %Y}, no nights to count yet")
        elif item.state == "not_planned":
            lines.append(f"{name}: not planned in this period")
        else:
            lines.append(f"{name}: done {item.done} of {item.planned} "
                         f"planned nights ({100 * item.done / item.planned:.0f}%)")
    return lines


def calendar_summary(data: Insights) -> str:
    facts = calendar_facts(data)
    if facts is None:
        return "Calendar: no nights rated in this period."
    return (f"Calendar: {facts.rated} nights rated; {facts.mild} were mild (3 or less); the "
            f"worst recent night was {facts.worst_night:%a %d %b %Y} at "
            f"{facts.worst_severity}.")


def helps_lines(data: Insights, text: dict[str, Any]) -> list[str]:
    words = text["helps"]
    lines = []
    for item in helps_facts(data):
        if item.key == "too_few":
            lines.append(f"{item.title}: " + words["too_few"].format(
                min=item.min, n_done=item.n_done, n_not=item.n_not))
            continue
        lines.append(f"{item.title}: " + words[item.key].format(
            diff=item.diff, done=item.done, not_done=item.not_done, n_done=item.n_done,
            n_not=item.n_not))
    return lines


@dataclass(frozen=True)
class Banner:
    title: str
    body: str
    criteria: str
    source: str


def augmentation_banner(data: Insights, text: dict[str, Any] | None = None) -> Banner | None:
    """The note on what the diary shows, in English; None when there is nothing to raise.
    It describes the diary and never names a condition: only a clinician can judge."""
    note = data.augmentation
    if not note.show:
        return None
    sentences = []
    since = _baseline_words(note)
    shift = note.shift_minutes
    if SIGN_EARLIER in note.signs and shift is not None and note.recent_onset is not None:
        assert note.baseline_onset is not None
        sentences.append(
            f"Your diary shows symptoms starting about {hours(shift)} earlier than {since}: "
            f"around {clock(note.recent_onset)} over the last {note.recent_nights} nights "
            f"with an onset, against around {clock(note.baseline_onset)} over "
            f"{note.baseline_nights} nights before.")
    if SIGN_WORSE in note.signs:
        sentences.append(
            f"On {note.worse_nights} of the last {note.worse_of} nights they were also worse "
            "than before." if sentences else
            f"Your diary shows that on {note.worse_nights} of the last {note.worse_of} nights "
            f"symptoms were worse than {since}.")
    if SIGN_DAYTIME in note.signs:
        sentences.append(f"On {note.daytime_days} of the last {note.daytime_of} days you "
                         "logged symptoms before noon.")
    if note.drug:
        sentences.append(f"Only a clinician can tell what this means: it may be linked to "
                         f"medicines like {note.drug}, or have another cause.")
    else:
        sentences.append("Only a clinician can tell what this means.")
    sentences.append("Please raise it with them soon and bring this diary. Do not change a "
                     "medicine on your own.")
    criteria = (f"What rlsdesk counts: symptoms starting {EARLIER_MINUTES // 60} hours or more "
                f"earlier than the baseline; symptoms logged before noon (06:00-11:59) on "
                f"{DAYTIME_DAYS} or more of the last 7 days; severity above the baseline's "
                f"usual on {WORSE_NIGHTS} or more of the last 7 nights. A diary cannot show "
                "everything a clinician asks about.")
    return Banner("Something to raise with your clinician soon", " ".join(sentences),
                  criteria, AUGMENTATION_SOURCE)


def _baseline_words(note: AugmentationNote) -> str:
    if note.baseline == "before_medicine" and note.medicine and note.medicine_start:
        return f"before you started {note.medicine} on {note.medicine_start:%d %b %Y}"
    if note.baseline_first and note.baseline_last:
        return (f"in your first nights logged ({note.baseline_first:%d %b %Y} to "
                f"{note.baseline_last:%d %b %Y})")
    return "in your first nights logged"
