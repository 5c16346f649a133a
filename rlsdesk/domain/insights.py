"""Statistics over the diary: trends, adherence, "what seems to help", augmentation signal.

Pure and deterministic. Input is a sequence of :class:`NightRecord` (any order); clock
times are minutes since 12:00 (see :mod:`rlsdesk.domain.clock`). Everything here describes
association in the person's own diary; nothing is a proof of cause, and nothing advises on
medication.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rlsdesk.domain.diary import NightRecord

__all__ = [
    "AUGMENTATION_ALONE_MINUTES",
    "AUGMENTATION_MINUTES",
    "MIN_NIGHTS_EACH_SIDE",
    "AugmentationSignal",
    "StepAdherence",
    "StepEffect",
    "StepInfo",
    "adherence",
    "augmentation_signal",
    "dopaminergic_names",
    "onset_series",
    "rolling_mean",
    "severity_series",
    "step_effects",
    "weekday_counts",
]

MIN_NIGHTS_EACH_SIDE = 5
AUGMENTATION_MINUTES = 120        # 2 h earlier: worth raising with a clinician
AUGMENTATION_ALONE_MINUTES = 240  # 4 h earlier: the onset criterion on its own
BASELINE_NIGHTS = 28
RECENT_DAYS = 14
MIN_BASELINE_NIGHTS = 14
MIN_RECENT_NIGHTS = 7


@dataclass(frozen=True, slots=True)
class StepInfo:
    """What the statistics need to know of a routine step."""

    id: int
    title: str
    days: frozenset[int] = frozenset(range(7))  # weekdays 0=Mon..6=Sun it is planned on
    label: str = ""  # e.g. "200 mg citrate"


@dataclass(frozen=True, slots=True)
class StepEffect:
    """Mean severity on nights a step was done versus planned but not done."""

    step: StepInfo
    nights_done: int
    nights_not_done: int
    mean_done: float | None
    mean_not_done: float | None

    @property
    def enough(self) -> bool:
        return min(self.nights_done, self.nights_not_done) >= MIN_NIGHTS_EACH_SIDE

    @property
    def difference(self) -> float | None:
        """Done minus not done (negative: milder on nights it was done). None if too few."""
        if not self.enough or self.mean_done is None or self.mean_not_done is None:
            return None
        return self.mean_done - self.mean_not_done


@dataclass(frozen=True, slots=True)
class StepAdherence:
    step: StepInfo
    done: int
    planned: int

    @property
    def share(self) -> float | None:
        return None if self.planned == 0 else self.done / self.planned


@dataclass(frozen=True, slots=True)
class AugmentationSignal:
    """Median first onset of the baseline versus the last ``RECENT_DAYS`` nights."""

    baseline_median: int | None   # minutes since 12:00
    recent_median: int | None
    baseline_nights: int
    recent_nights: int
    baseline_first: date | None = None
    baseline_last: date | None = None

    @property
    def shift_minutes(self) -> int | None:
        """How much earlier recent onsets are (positive = earlier). None without data."""
        if self.baseline_median is None or self.recent_median is None:
            return None
        return round(self.baseline_median - self.recent_median)

    @property
    def earlier_by_two_hours(self) -> bool:
        shift = self.shift_minutes
        return shift is not None and shift >= AUGMENTATION_MINUTES

    @property
    def earlier_by_four_hours(self) -> bool:
        shift = self.shift_minutes
        return shift is not None and shift >= AUGMENTATION_ALONE_MINUTES


def severity_series(records: Iterable[NightRecord]) -> list[tuple[date, int]]:
    """(night, severity) for nights with a severity, oldest first."""
    return sorted((r.night, r.severity) for r in records if r.severity is not None)


def onset_series(records: Iterable[NightRecord]) -> list[tuple[date, int]]:
    """(night, first onset in minutes since 12:00), oldest first."""
    return sorted((r.night, r.onset) for r in records if r.onset is not None)


def rolling_mean(points: Sequence[tuple[date, float]], days: int = 7) -> list[tuple[date, float]]:
    """For each point, the mean of the points in the ``days`` nights ending on it.

    Calendar-based: missing nights shrink the window rather than stretch it.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    ordered = sorted(points)
    out: list[tuple[date, float]] = []
    start, total = 0, 0.0
    for end, (night, value) in enumerate(ordered):
        total += value
        while ordered[start][0] <= night - timedelta(days=days):
            total -= ordered[start][1]
            start += 1
        out.append((night, total / (end - start + 1)))
    return out


def step_effects(
    records: Iterable[NightRecord], steps: Sequence[StepInfo]
) -> list[StepEffect]:
    """For each step: nights done vs planned-but-not-done, among nights with a severity.

    Only nights from the first night the step was ever marked done count (before that the
    step was probably not in the routine).
    """
    rated = sorted((r for r in records if r.severity is not None), key=lambda r: r.night)
    nights = [(r.night, r.night.weekday(), r.severity, r.done) for r in rated]
    effects = []
    for step in steps:
        first_done = next((night for night, _, _, ids in nights if step.id in ids), None)
        done: list[int] = []
        not_done: list[int] = []
        if first_done is not None:
            for night, weekday, severity, ids in nights:
                if night < first_done or weekday not in step.days:
                    continue
                assert severity is not None
                (done if step.id in ids else not_done).append(severity)
        effects.append(StepEffect(
            step, len(done), len(not_done),
            statistics.fmean(done) if done else None,
            statistics.fmean(not_done) if not_done else None,
        ))
    return effects


def adherence(
    records: Iterable[NightRecord], steps: Sequence[StepInfo], first: date, last: date
) -> list[StepAdherence]:
    """How many of the nights ``first..last`` on which a step was planned it was done."""
    marks = [(r.night.weekday(), r.done) for r in records if first <= r.night <= last and r.done]
    weekdays = weekday_counts(first, last)
    out = []
    for step in steps:
        planned = sum(weekdays[day] for day in step.days if 0 <= day <= 6)
        done = sum(1 for weekday, ids in marks if step.id in ids and weekday in step.days)
        out.append(StepAdherence(step, done, planned))
    return out


def weekday_counts(first: date, last: date) -> list[int]:
    """How many Mondays, Tuesdays, ... Sundays (index 0..6) the nights ``first..last`` hold."""
    total = (last - first).days + 1
    if total <= 0:
        return [0] * 7
    weeks, rest = divmod(total, 7)
    counts = [weeks] * 7
    for offset in range(rest):
        counts[(first.weekday() + offset) % 7] += 1
    return counts


def augmentation_signal(
    records: Iterable[NightRecord], today: date, *,
    baseline_nights: int = BASELINE_NIGHTS, recent_days: int = RECENT_DAYS,
    min_baseline: int = MIN_BASELINE_NIGHTS, min_recent: int = MIN_RECENT_NIGHTS,
) -> AugmentationSignal:
    """Baseline: the first ``baseline_nights`` nights with an onset, before the recent
    window. Recent: nights with an onset among the ``recent_days`` nights ending ``today``.
    Medians are None when there are fewer than ``min_baseline``/``min_recent`` nights."""
    onsets = onset_series(records)
    recent_start = today - timedelta(days=recent_days - 1)
    recent = [m for night, m in onsets if recent_start <= night <= today]
    baseline = [(night, m) for night, m in onsets if night < recent_start][:baseline_nights]
    base_values = [m for _, m in baseline]
    return AugmentationSignal(
        baseline_median=statistics.median(base_values) if len(base_values) >= min_baseline
        else None,
        recent_median=statistics.median(recent) if len(recent) >= min_recent else None,
        baseline_nights=len(base_values),
        recent_nights=len(recent),
        baseline_first=baseline[0][0] if baseline else None,
        baseline_last=baseline[-1][0] if baseline else None,
    )


def dopaminergic_names(texts: Iterable[str], known: Iterable[str]) -> list[str]:
    """The known dopaminergic drug names (generic or brand) found as words in ``texts``."""
    found = []
    words = {w for text in texts for w in re.findall(r"[a-z]+", text.lower())}
    for name in known:
        if name.lower() in words and name not in found:
            found.append(name)
    return found
