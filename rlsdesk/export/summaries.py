"""Plain-text summaries of the insights: each chart's text alternative, "what seems to help"
in honest words, and the augmentation banner. Pure (no Qt, no plotting)."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from rlsdesk.diary_service import Insights
from rlsdesk.domain.chart_data import average_window
from rlsdesk.domain.clock import format_clock, from_noon_minutes
from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE, rolling_mean, severity_series


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
                f"worst {format_clock(peak.band_start)}-{format_clock(peak.band_end)} "
                f"({peak.summary}).")
    if not onsets:
        return "Onset: no onset times logged in this period." + expected
    return (f"Onset: symptoms started on {len(onsets)} nights logged, usually around "
            f"{clock(statistics.median(onsets))} (earliest {clock(min(onsets))}, latest "
            f"{clock(max(onsets))}).{expected}")


def adherence_lines(data: Insights) -> list[str]:
    lines = []
    for item in data.adherence:
        label = f" ({item.step.label})" if item.step.label else ""
        if item.planned == 0:
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


def augmentation_banner(data: Insights, text: dict[str, Any]) -> Banner | None:
    if not data.augmentation_warning:
        return None
    signal = data.augmentation
    words = text["augmentation"]
    assert signal.shift_minutes is not None and signal.recent_median is not None
    assert signal.baseline_median is not None
    assert signal.baseline_first is not None and signal.baseline_last is not None
    body = words["body"].format(
        recent_nights=signal.recent_nights, recent=clock(signal.recent_median),
        shift=hours(signal.shift_minutes), baseline=clock(signal.baseline_median),
        baseline_nights=signal.baseline_nights,
        baseline_first=f"{signal.baseline_first:%d %b %Y}",
        baseline_last=f"{signal.baseline_last:%d %b %Y}",
        drugs=" and ".join(data.dopaminergic),
    )
    extent = (words["criteria_four_hours"] if signal.earlier_by_four_hours
              else words["criteria_two_hours"])
    return Banner(words["title"], body, f"{words['criteria']} {extent}", words["source"])
