"""Plain-text summaries of the insights, in English (the command line and the clinician's
report; the window words the same in the person's language): each chart's text alternative,
"what seems to help" in honest words, adherence, and the note on what the diary shows
against its baseline. Pure (no Qt, no plotting)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

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

#: Where the signs the note counts come from (the diary can show only some of them).
AUGMENTATION_SOURCE = "García-Borreguero D, et al. Sleep Med 2007; 8:520-30."


def clock(minutes: float) -> str:
    """Minutes since 12:00 as a clock time."""
    return format_clock(from_noon_minutes(round(minutes)))


def hours(minutes: float) -> str:
    minutes = round(minutes)
    h, m = divmod(abs(minutes), 60)
    return f"{h} h {m:02d} min" if m else f"{h} h"


def period_text(data: Insights) -> str:
    return (f"{data.first:%d %b %Y} to {data.last:%d %b %Y}: {data.nights_logged} nights "
            f"logged out of {(data.last - data.first).days + 1}")


def severity_summary(data: Insights) -> str:
    series = severity_series(data.records)
    if not series:
        return "Severity: no nights rated in this period."
    values = [v for _, v in series]
    window = average_window(data.first, data.last)
    means = rolling_mean([(n, float(v)) for n, v in series], window)
    text = (f"Severity: {len(values)} nights rated, average {statistics.fmean(values):.1f} "
            f"of 10 (lowest {min(values)}, highest {max(values)}).")
    if len(means) >= 2 * window:
        text += (f" The {window}-night average went from {means[window - 1][1]:.1f} to "
                 f"{means[-1][1]:.1f}.")
    return text


def onset_summary(data: Insights) -> str:
    onsets = [r.onset for r in data.records if r.onset is not None]
    peak = data.peak
    expected = (f" The planner now expects symptoms around {format_clock(peak.onset)}, "
                f"{worst_band_text(peak)}.")
    if not onsets:
        return "Onset: no onset times logged in this period." + expected
    return (f"Onset: symptoms started on {len(onsets)} nights logged, usually around "
            f"{clock(statistics.median(onsets))} (earliest {clock(min(onsets))}, latest "
            f"{clock(max(onsets))}).{expected}")


def worst_band_text(peak: PeakEstimate) -> str:
    """When symptoms are usually worst, and where that comes from."""
    band = f"{format_clock(peak.band_start)}-{format_clock(peak.band_end)}"
    if peak.band_source == "personal":
        return (f"usually worst {band}, the hours your logged severity is highest "
                f"({peak.band_logs} logs on {peak.band_nights} nights)")
    return f"usually worst {band}, as in sleep studies ({BAND_SOURCE_TYPICAL})"


def adherence_lines(data: Insights) -> list[str]:
    """Nights done of nights planned, counting only the nights each step was in the
    routine and switched on."""
    lines = []
    for item in data.adherence:
        label = f" ({item.step.label})" if item.step.label else ""
        spans = item.step.spans
        if item.planned == 0 and spans and spans[0][0] > data.last:
            lines.append(f"{item.step.title}{label}: added {spans[0][0]:%d %b %Y}, no nights "
                         "to count yet")
        elif item.planned == 0:
            lines.append(f"{item.step.title}{label}: not planned in this period")
        else:
            lines.append(f"{item.step.title}{label}: done {item.done} of {item.planned} "
                         f"planned nights ({100 * item.done / item.planned:.0f}%)")
    return lines


def calendar_summary(data: Insights) -> str:
    rated = [r for r in data.records if r.severity is not None]
    if not rated:
        return "Calendar: no nights rated in this period."
    worst = max(rated, key=lambda r: (r.severity, r.night))
    mild = sum(1 for r in rated if (r.severity or 0) <= 3)
    return (f"Calendar: {len(rated)} nights rated; {mild} were mild (3 or less); the worst "
            f"recent night was {worst.night:%a %d %b %Y} at {worst.severity}.")


def helps_lines(data: Insights, text: dict[str, Any]) -> list[str]:
    words = text["helps"]
    lines = []
    for effect in data.effects:
        name = effect.step.title
        if effect.difference is None:
            lines.append(f"{name}: " + words["too_few"].format(
                min=MIN_NIGHTS_EACH_SIDE, n_done=effect.nights_done,
                n_not=effect.nights_not_done))
            continue
        values = {
            "diff": abs(effect.difference), "done": effect.mean_done,
            "not_done": effect.mean_not_done, "n_done": effect.nights_done,
            "n_not": effect.nights_not_done,
        }
        key = "same" if abs(effect.difference) < 0.05 else (
            "lower" if effect.difference < 0 else "higher")
        lines.append(f"{name}: " + words[key].format(**values))
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
        sentences.append(f"Only a clinician can tell whether this is augmentation, a known "
                         f"effect of medicines like {note.drug}, or has another cause.")
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
