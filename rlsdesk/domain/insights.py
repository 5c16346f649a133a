"""Statistics over the diary: trends, adherence, "what seems to help", and the changes a
clinician should hear about (earlier onset, symptoms before noon, worse nights).

Pure and deterministic. Input is a sequence of :class:`NightRecord` (any order); clock
times are minutes since 12:00 (see :mod:`rlsdesk.domain.clock`). Everything here describes
association in the person's own diary; nothing is a proof of cause, and nothing advises on
medication.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.step_life import Span, active_nights, in_spans

__all__ = [
    "EARLIER_MINUTES",
    "MIN_NIGHTS_EACH_SIDE",
    "SIGN_DAYTIME",
    "SIGN_EARLIER",
    "SIGN_WORSE",
    "AugmentationNote",
    "MedicineStart",
    "StepAdherence",
    "StepEffect",
    "StepInfo",
    "TriggerEffect",
    "adherence",
    "augmentation_note",
    "dopaminergic_names",
    "onset_series",
    "rolling_mean",
    "severity_series",
    "step_effects",
    "trigger_effects",
    "weekday_counts",
]

MIN_NIGHTS_EACH_SIDE = 5
MIN_NOTABLE_POINTS = 1.0  # a trigger's difference smaller than this is "no clear difference"

# The changes worth raising with a clinician, after the signs in the Max Planck Institute
# criteria (Garcia-Borreguero et al., Sleep Med 2007; 8:520-30): judged against the state
# before the dopaminergic medicine, over 5 of 7 days. The app counts them; it never judges.
SIGN_EARLIER = "earlier_onset"    # symptoms start EARLIER_MINUTES or more earlier
SIGN_DAYTIME = "daytime"          # symptoms logged before noon on DAYTIME_DAYS of the week
SIGN_WORSE = "worse"              # severity above the baseline's on WORSE_NIGHTS of 7
EARLIER_MINUTES = 120
BASELINE_NIGHTS = 28      # at most this many nights with an onset make the baseline
RECENT_DAYS = 14          # the onset of "now": the median of these nights
MIN_BASELINE_NIGHTS = 7
MIN_RECENT_NIGHTS = 7
WEEK = 7
WORSE_NIGHTS = 5
DAYTIME_DAYS = 2


@dataclass(frozen=True, slots=True)
class StepInfo:
    """What the statistics need to know of a routine step."""

    id: int
    title: str
    days: frozenset[int] = frozenset(range(7))  # weekdays 0=Mon..6=Sun it is planned on
    label: str = ""  # e.g. "200 mg citrate"
    #: the nights it was in the routine and switched on (see step_life); None: not known,
    #: every night counts
    spans: tuple[Span, ...] | None = None

    def active_on(self, night: date, done: frozenset[int] = frozenset()) -> bool:
        """In the routine and switched on that night (a night it was marked done counts)."""
        return self.spans is None or self.id in done or in_spans(self.spans, night)

    def planned_on(self, night: date, done: frozenset[int] = frozenset()) -> bool:
        return night.weekday() in self.days and self.active_on(night, done)


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
class TriggerEffect:
    """Mean severity on nights with a trigger versus nights without it, counted from the
    first night any trigger was recorded (before that, nobody was noting them)."""

    name: str
    nights_with: int
    nights_without: int
    mean_with: float | None
    mean_without: float | None
    spread: float | None = None  # the standard error of the difference, when computable

    @property
    def enough(self) -> bool:
        return min(self.nights_with, self.nights_without) >= MIN_NIGHTS_EACH_SIDE

    @property
    def difference(self) -> float | None:
        """With minus without (positive: worse on nights with it). None if too few."""
        if not self.enough or self.mean_with is None or self.mean_without is None:
            return None
        return self.mean_with - self.mean_without

    @property
    def notable(self) -> bool:
        """A difference worth showing as one: at least MIN_NOTABLE_POINTS and more than
        twice its standard error (so a trigger that changes nothing is not reported)."""
        diff = self.difference
        if diff is None or abs(diff) < MIN_NOTABLE_POINTS:
            return False
        return self.spread is None or abs(diff) > 2 * self.spread


@dataclass(frozen=True, slots=True)
class StepAdherence:
    step: StepInfo
    done: int
    planned: int

    @property
    def share(self) -> float | None:
        return None if self.planned == 0 else self.done / self.planned


@dataclass(frozen=True, slots=True)
class MedicineStart:
    """A dopaminergic medicine in the routine and the first night it was there."""

    name: str    # the name as the routine lists it, e.g. "Pramipexole 0.125 mg"
    night: date
    drug: str = ""  # the dopaminergic name found in it, e.g. "pramipexole"


Baseline = Literal["before_medicine", "first_nights"]


@dataclass(frozen=True, slots=True)
class AugmentationNote:
    """What the diary shows against a baseline, as codes and numbers (no words: the
    command line, the report and the window word it, each in its own language).

    ``baseline`` is "before_medicine" (the nights before ``medicine`` was started on
    ``medicine_start``) or "first_nights" (the diary's first nights: no dopaminergic
    medicine with a known start, or too few nights logged before it).
    """

    signs: frozenset[str]
    baseline: Baseline
    baseline_first: date | None
    baseline_last: date | None
    baseline_nights: int          # nights with an onset in the baseline
    baseline_onset: float | None  # their median, minutes since 12:00
    recent_nights: int            # nights with an onset among the last RECENT_DAYS
    recent_onset: float | None
    worse_nights: int = 0         # of the last WEEK nights, rated above the baseline median
    worse_of: int = WEEK
    daytime_days: int = 0         # of the last WEEK days, with symptoms logged before noon
    daytime_of: int = WEEK
    medicine: str | None = None
    medicine_start: date | None = None
    drug: str | None = None       # the medicine's dopaminergic name, e.g. "pramipexole"

    @property
    def shift_minutes(self) -> int | None:
        """How much earlier symptoms start now (positive: earlier). None without data."""
        if self.baseline_onset is None or self.recent_onset is None:
            return None
        return round(self.baseline_onset - self.recent_onset)

    @property
    def show(self) -> bool:
        """Worth raising with a clinician: onset 2 h or more earlier, or symptoms before noon
        together with worse nights."""
        return SIGN_EARLIER in self.signs or {SIGN_DAYTIME, SIGN_WORSE} <= self.signs


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

    Only nights the step was in the routine and switched on count (its ``spans``); when
    those are not known, nights from the first night it was ever marked done.
    """
    rated = sorted((r for r in records if r.severity is not None), key=lambda r: r.night)
    effects = []
    for step in steps:
        first_done = next((r.night for r in rated if step.id in r.done), None)
        done: list[int] = []
        not_done: list[int] = []
        for record in rated:
            if not step.planned_on(record.night, record.done):
                continue
            if step.spans is None and (first_done is None or record.night < first_done):
                continue
            assert record.severity is not None
            (done if step.id in record.done else not_done).append(record.severity)
        effects.append(StepEffect(
            step, len(done), len(not_done),
            statistics.fmean(done) if done else None,
            statistics.fmean(not_done) if not_done else None,
        ))
    return effects


def trigger_effects(records: Iterable[NightRecord], names: Sequence[str]
                    ) -> list[TriggerEffect]:
    """For each trigger name: rated nights with it vs without it, from the first night on
    which any trigger was recorded (nights before that say nothing about triggers)."""
    rated = sorted((r for r in records if r.severity is not None), key=lambda r: r.night)
    start = next((r.night for r in rated if r.triggers), None)
    counted = [] if start is None else [r for r in rated if r.night >= start]
    effects = []
    for name in names:
        with_: list[int] = []
        without: list[int] = []
        for record in counted:
            assert record.severity is not None
            (with_ if name in record.triggers else without).append(record.severity)
        effects.append(TriggerEffect(
            name, len(with_), len(without),
            statistics.fmean(with_) if with_ else None,
            statistics.fmean(without) if without else None,
            _standard_error(with_, without),
        ))
    return effects


def _standard_error(a: Sequence[int], b: Sequence[int]) -> float | None:
    """Welch's standard error of the difference of two means (None below 2 nights a side)."""
    if len(a) < 2 or len(b) < 2:
        return None
    return float((statistics.variance(a) / len(a) + statistics.variance(b) / len(b)) ** 0.5)


def adherence(
    records: Iterable[NightRecord], steps: Sequence[StepInfo], first: date, last: date
) -> list[StepAdherence]:
    """How many of the nights ``first..last`` on which a step was planned it was done.

    A night is planned when it falls on one of the step's weekdays while the step was in
    the routine and switched on (its ``spans``): nights before it was added, or while it
    was off, are not missed nights. A night it was marked done always counts as planned.
    """
    marks = [(r.night, r.done) for r in records if first <= r.night <= last and r.done]
    out = []
    for step in steps:
        ranges = ([(first, last)] if step.spans is None
                  else active_nights(step.spans, first, last))
        planned = 0
        for lo, hi in ranges:
            weekdays = weekday_counts(lo, hi)
            planned += sum(weekdays[day] for day in step.days if 0 <= day <= 6)
        done = 0
        for night, ids in marks:
            if step.id in ids and night.weekday() in step.days:
                done += 1
                if step.spans is not None and not in_spans(step.spans, night):
                    planned += 1  # it plainly was in use that night
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


def augmentation_note(
    records: Iterable[NightRecord], today: date, medicine: MedicineStart | None = None, *,
    baseline_nights: int = BASELINE_NIGHTS, recent_days: int = RECENT_DAYS,
    min_baseline: int = MIN_BASELINE_NIGHTS, min_recent: int = MIN_RECENT_NIGHTS,
) -> AugmentationNote:
    """Count the signs in the diary up to the night ``today``.

    Baseline: with a ``medicine``, the last ``baseline_nights`` nights with an onset before
    its start; otherwise (or with fewer than ``min_baseline`` such nights) the diary's first
    ``baseline_nights`` nights with an onset before the recent window. Recent onset: the
    median of the nights with an onset among the ``recent_days`` nights ending ``today``.
    Worse nights and daytime symptoms: the last 7 nights ending ``today`` (a night's
    daytime symptoms are those logged the next morning, 06:00-11:59).
    """
    ordered = sorted((r for r in records if r.night <= today), key=lambda r: r.night)
    recent_start = today - timedelta(days=recent_days - 1)
    kind: Baseline = "first_nights"
    base: list[NightRecord] = []
    if medicine is not None:
        base = [r for r in ordered if r.night < medicine.night and r.onset is not None]
        base = base[-baseline_nights:]
        kind = "before_medicine"
    if len(base) < min_baseline:
        kind = "first_nights"
        base = [r for r in ordered if r.night < recent_start and r.onset is not None]
        base = base[:baseline_nights]
    base_onsets = [r.onset for r in base if r.onset is not None]
    recent = [r.onset for r in ordered if r.night >= recent_start and r.onset is not None]
    baseline_onset = statistics.median(base_onsets) if len(base_onsets) >= min_baseline \
        else None
    recent_onset = statistics.median(recent) if len(recent) >= min_recent else None

    week_start = today - timedelta(days=WEEK - 1)
    week = [r for r in ordered if r.night >= week_start]
    base_first = base[0].night if base else None
    base_last = base[-1].night if base else None
    base_severities = [r.severity for r in ordered if base_first is not None
                       and base_last is not None and base_first <= r.night <= base_last
                       and r.severity is not None]
    worse = 0
    if len(base_severities) >= min_baseline:
        usual = statistics.median(base_severities)
        worse = sum(1 for r in week if r.severity is not None and r.severity > usual)
    daytime = sum(1 for r in week if r.daytime)

    note = AugmentationNote(
        signs=frozenset(), baseline=kind, baseline_first=base_first, baseline_last=base_last,
        baseline_nights=len(base_onsets), baseline_onset=baseline_onset,
        recent_nights=len(recent), recent_onset=recent_onset,
        worse_nights=worse, daytime_days=daytime,
        medicine=medicine.name if medicine else None,
        medicine_start=medicine.night if medicine else None,
        drug=(medicine.drug or medicine.name) if medicine else None,
    )
    signs = set()
    shift = note.shift_minutes
    if shift is not None and shift >= EARLIER_MINUTES:
        signs.add(SIGN_EARLIER)
    if worse >= WORSE_NIGHTS:
        signs.add(SIGN_WORSE)
    if daytime >= DAYTIME_DAYS:
        signs.add(SIGN_DAYTIME)
    return replace(note, signs=frozenset(signs))


def dopaminergic_names(texts: Iterable[str], known: Iterable[str]) -> list[str]:
    """The known dopaminergic drug names (generic or brand) found as words in ``texts``,
    in any case (so "PRAMIPEXOL" finds "Pramipexol")."""
    found = []
    words = {w for text in texts for w in re.findall(r"[^\W\d_]+", text.casefold())}
    for name in known:
        if name.casefold() in words and name not in found:
            found.append(name)
    return found
