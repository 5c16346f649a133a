"""What a clinician reads first, as numbers: the key figures of a period, the trend against
the period before, the period summarised by week, month or quarter (as the paper diary's
summary sheet does), the notes worth their time, and when medicines started or stopped.

Pure and deterministic; clock times are minutes since 12:00 (see :mod:`rlsdesk.domain.clock`).
Returns codes and numbers, never sentences: the Insights page and the report word them.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.insights import StepEffect
from rlsdesk.domain.step_life import OPENS

__all__ = [
    "MIN_TREND_NIGHTS",
    "MODERATE",
    "Change",
    "KeyFigures",
    "MedicineChange",
    "PeriodRow",
    "Trend",
    "grain_for",
    "key_figures",
    "medicine_changes",
    "period_rows",
    "ranked_effects",
    "report_notes",
    "trend",
    "trend_windows",
]

#: A night rated this or worse counts as moderate or worse (the 0-10 scale's middle).
MODERATE = 5
#: Fewer rated nights than this on either side: no verdict, only the numbers.
MIN_TREND_NIGHTS = 7
#: The severity change below which two periods read as "about the same".
STEADY = 0.5
#: How much earlier (minutes) an onset must move to count as earlier.
ONSET_SHIFT = 30

Grain = Literal["week", "month", "quarter"]
Verdict = Literal["worse", "better", "steady", "unclear", "too_few"]


@dataclass(frozen=True, slots=True)
class KeyFigures:
    nights: int                     # nights in the period
    logged: int                     # nights with a rating or an onset
    with_symptoms: int              # nights rated above 0, or with an onset
    rated: int
    mean_severity: float | None
    worst_severity: int | None
    moderate_share: float | None    # of rated nights, the share rated MODERATE or worse
    onset_nights: int
    usual_onset: float | None       # median first onset, minutes since 12:00
    sleep_nights: int
    mean_sleep: float | None
    awakening_nights: int
    mean_awakenings: float | None


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def key_figures(records: Iterable[NightRecord], first: date, last: date) -> KeyFigures:
    """The figures of the nights ``first..last`` (records outside are left out)."""
    inside = [r for r in records if first <= r.night <= last]
    pairs = [(r.severity, r.onset) for r in inside]  # each a computed property: once
    severities = [s for s, _ in pairs if s is not None]
    onsets = [o for _, o in pairs if o is not None]
    sleep = [r.entry.sleep_hours for r in inside
             if r.entry is not None and r.entry.sleep_hours is not None]
    woken = [float(r.entry.awakenings) for r in inside
             if r.entry is not None and r.entry.awakenings is not None]
    return KeyFigures(
        nights=max(0, (last - first).days + 1),
        logged=sum(1 for s, o in pairs if s is not None or o is not None),
        with_symptoms=sum(1 for s, o in pairs if (s is not None and s > 0) or o is not None),
        rated=len(severities),
        mean_severity=_mean([float(s) for s in severities]),
        worst_severity=max(severities) if severities else None,
        moderate_share=(sum(1 for s in severities if s >= MODERATE) / len(severities)
                        if severities else None),
        onset_nights=len(onsets),
        usual_onset=statistics.median(onsets) if onsets else None,
        sleep_nights=len(sleep), mean_sleep=_mean(sleep),
        awakening_nights=len(woken), mean_awakenings=_mean(woken),
    )


@dataclass(frozen=True, slots=True)
class Change:
    """One measure before and now, with how many nights stand behind each."""

    before: float
    now: float
    n_before: int
    n_now: int
    #: half the width of an approximate 95% interval of ``now - before`` (None: too few)
    margin: float | None = None

    @property
    def difference(self) -> float:
        return self.now - self.before


@dataclass(frozen=True, slots=True)
class Trend:
    """The recent nights against the nights before them, and what that says."""

    now: tuple[date, date]
    before: tuple[date, date]
    severity: Change | None
    onset: Change | None       # medians, minutes since 12:00 (smaller: earlier)
    verdict: Verdict
    rated_before: int = 0      # rated nights on each side (also when there is no Change)
    rated_now: int = 0

    @property
    def nights(self) -> int:
        return (self.now[1] - self.now[0]).days + 1


def trend_windows(first: date, last: date, diary_first: date | None,
                  most: int = 30) -> tuple[tuple[date, date], tuple[date, date]]:
    """Which nights to compare: the period against the equally long period before it when
    the diary reaches back that far; otherwise, inside the period, its last nights against
    as many before them (at most ``most`` each, at least one)."""
    nights = (last - first).days + 1
    if diary_first is not None and diary_first <= first - timedelta(days=nights):
        return (first, last), (first - timedelta(days=nights), first - timedelta(days=1))
    half = max(1, min(most, nights // 2))
    now = (last - timedelta(days=half - 1), last)
    return now, (now[0] - timedelta(days=half), now[0] - timedelta(days=1))


def _margin(a: Sequence[float], b: Sequence[float]) -> float | None:
    """1.96 standard errors of the difference of two means (Welch), None below 2 each."""
    if len(a) < 2 or len(b) < 2:
        return None
    return 1.96 * math.sqrt(statistics.variance(a) / len(a) + statistics.variance(b) / len(b))


def trend(records: Iterable[NightRecord], now: tuple[date, date],
          before: tuple[date, date], min_nights: int = MIN_TREND_NIGHTS) -> Trend:
    """Mean severity and median onset of the nights ``now`` against ``before``.

    The verdict rests on severity: "worse" or "better" when the change is at least
    STEADY and its 95% interval leaves out zero; "steady" when the whole interval lies
    within STEADY of zero; "unclear" otherwise; "too_few" under ``min_nights`` rated
    nights on a side. An onset ONSET_SHIFT minutes or more earlier, clear of its own
    spread, also reads as worse (an earlier start is a sign a clinician asks about)."""
    def inside(span: tuple[date, date]) -> list[NightRecord]:
        return [r for r in records_list if span[0] <= r.night <= span[1]]

    records_list = list(records)
    a, b = inside(before), inside(now)
    sev_a = [float(r.severity) for r in a if r.severity is not None]
    sev_b = [float(r.severity) for r in b if r.severity is not None]
    on_a = [float(r.onset) for r in a if r.onset is not None]
    on_b = [float(r.onset) for r in b if r.onset is not None]
    severity = (Change(statistics.fmean(sev_a), statistics.fmean(sev_b), len(sev_a),
                       len(sev_b), _margin(sev_a, sev_b)) if sev_a and sev_b else None)
    onset = (Change(statistics.median(on_a), statistics.median(on_b), len(on_a), len(on_b),
                    _margin(on_a, on_b)) if on_a and on_b else None)
    verdict: Verdict
    if severity is None or min(severity.n_before, severity.n_now) < min_nights:
        verdict = "too_few"
    else:
        diff, margin = severity.difference, severity.margin or 0.0
        if abs(diff) >= STEADY and abs(diff) > margin:
            verdict = "worse" if diff > 0 else "better"
        elif abs(diff) + margin < STEADY:
            verdict = "steady"
        else:
            verdict = "unclear"
        if (verdict in ("steady", "unclear", "better") and onset is not None
                and min(onset.n_before, onset.n_now) >= min_nights
                and -onset.difference >= ONSET_SHIFT
                and -onset.difference > (onset.margin or 0.0)):
            verdict = "worse"
    return Trend(now, before, severity, onset, verdict, len(sev_a), len(sev_b))


# --- the period summarised, as the paper diary's summary sheet -------------------------
def grain_for(first: date, last: date) -> Grain:
    """Weeks up to about four months, months up to three years, quarters beyond: a table
    of at most some 40 rows."""
    nights = (last - first).days + 1
    if nights <= 126:
        return "week"
    if nights <= 3 * 366:
        return "month"
    return "quarter"


def _bucket_start(night: date, grain: Grain) -> date:
    if grain == "week":
        return night - timedelta(days=night.weekday())
    if grain == "month":
        return night.replace(day=1)
    return date(night.year, 3 * ((night.month - 1) // 3) + 1, 1)


def _next_start(start: date, grain: Grain) -> date:
    if grain == "week":
        return start + timedelta(days=7)
    months = 1 if grain == "month" else 3
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """One week, month or quarter of the period (clipped to ``first..last``): its
    figures and its records, for any further column a report may want."""

    first: date
    last: date
    figures: KeyFigures
    records: tuple[NightRecord, ...]

    def done_share(self, step_id: int, planned: int) -> tuple[int, int]:
        """(nights the step was marked done, ``planned``) for a column of taken steps."""
        return sum(1 for r in self.records if step_id in r.done), planned


def period_rows(records: Iterable[NightRecord], first: date, last: date,
                grain: Grain | None = None) -> list[PeriodRow]:
    """The nights ``first..last`` in consecutive weeks (Monday first), calendar months or
    quarters, oldest first; every night of the period lies in exactly one row."""
    grain = grain or grain_for(first, last)
    by_start: dict[date, list[NightRecord]] = {}
    for record in records:
        if first <= record.night <= last:
            by_start.setdefault(_bucket_start(record.night, grain), []).append(record)
    rows = []
    start = _bucket_start(first, grain)
    while start <= last:
        end = _next_start(start, grain) - timedelta(days=1)
        lo, hi = max(start, first), min(end, last)
        found = tuple(sorted(by_start.get(start, []), key=lambda r: r.night))
        rows.append(PeriodRow(lo, hi, key_figures(found, lo, hi), found))
        start = _next_start(start, grain)
    return rows


# --- notes ------------------------------------------------------------------------------
def report_notes(records: Iterable[NightRecord], last: date, recent_days: int = 14,
                 flagged: frozenset[date] = frozenset()) -> list[tuple[date, str]]:
    """The notes a clinician should see: those of nights in ``flagged`` (marked for the
    clinician) and those of the last ``recent_days`` nights up to ``last``; oldest first."""
    since = last - timedelta(days=recent_days - 1)
    return [(r.night, r.entry.note) for r in sorted(records, key=lambda r: r.night)
            if r.entry is not None and r.entry.note and r.night <= last
            and (r.night >= since or r.night in flagged)]


# --- medicines --------------------------------------------------------------------------
ChangeKind = Literal["started", "stopped", "restarted"]


@dataclass(frozen=True, slots=True)
class MedicineChange:
    night: date
    title: str
    label: str
    kind: ChangeKind


def medicine_changes(steps: Iterable[tuple[str, str, Sequence[tuple[str, date]]]],
                     first: date | None = None, last: date | None = None
                     ) -> list[MedicineChange]:
    """When each medicine or supplement (title, label, its step events) started, stopped
    or started again, within ``first..last`` when given; oldest first. Repeated events
    (switched on while on) say nothing new and are left out."""
    out = []
    for title, label, events in steps:
        on, started_once = False, False
        for event, night in sorted(events, key=lambda e: e[1]):
            kind: ChangeKind | None = None
            if event in OPENS and not on:
                kind = "restarted" if started_once else "started"
                on, started_once = True, True
            elif event not in OPENS and on:
                kind, on = "stopped", False
            if kind is None:
                continue
            if (first is None or night >= first) and (last is None or night <= last):
                out.append(MedicineChange(night, title, label, kind))
    return sorted(out, key=lambda c: (c.night, c.title))


# --- what seems to help -----------------------------------------------------------------
def ranked_effects(effects: Iterable[StepEffect]) -> list[StepEffect]:
    """The steps with enough nights to compare, largest difference first (either way);
    those without enough nights are left out."""
    found = [e for e in effects if e.difference is not None]
    return sorted(found, key=lambda e: (-abs(e.difference or 0.0), e.step.title))
