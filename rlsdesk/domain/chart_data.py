"""What a chart a few hundred pixels wide can show of many nights. Pure.

A decade of nights does not fit one pixel column each, so nights are grouped into
:class:`Columns` of consecutive nights, and each column is summarised (:func:`column_stats`,
:func:`severity_counts`, :func:`done_columns`). Also the calendar grid of the last weeks
(:class:`CalendarGrid`), the share of planned steps done each night (:func:`done_share`),
and where to put date and clock-time ticks (:func:`date_ticks`, :func:`clock_range`,
:func:`clock_ticks`). Clock times are minutes since 12:00 (see :mod:`rlsdesk.domain.clock`).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.insights import StepInfo

__all__ = [
    "CALENDAR_WEEKS",
    "SEVERITY_MAX",
    "CalendarGrid",
    "ColumnStats",
    "Columns",
    "Tick",
    "average_window",
    "calendar_grid",
    "clock_range",
    "clock_ticks",
    "column_stats",
    "date_ticks",
    "done_columns",
    "done_share",
    "severity_counts",
]

CALENDAR_WEEKS = 53
SEVERITY_MAX = 10


def average_window(first: date, last: date) -> int:
    """Nights in the rolling average of severity: 7 for a season or less, 30 for longer
    periods, so the trend stays readable."""
    return 7 if (last - first).days <= 200 else 30


@dataclass(frozen=True, slots=True)
class Columns:
    """The nights ``first..last`` split into ``count`` columns of consecutive nights.

    Every column holds at least one night; column sizes differ by at most one night.
    """

    first: date
    nights: int   # how many nights first..last (at least 1)
    count: int    # how many columns (1..nights)

    @classmethod
    def fit(cls, first: date, last: date, most: int) -> Columns:
        """One column a night, or ``most`` columns when there are more nights than that."""
        nights = max(1, (last - first).days + 1)
        return cls(first, nights, max(1, min(nights, most)))

    @property
    def last(self) -> date:
        return self.first + timedelta(days=self.nights - 1)

    def index(self, night: date) -> int:
        """The column of ``night`` (clamped to the first or last column outside the span)."""
        day = min(max((night - self.first).days, 0), self.nights - 1)
        return day * self.count // self.nights

    def start(self, column: int) -> int:
        """Day offset (from ``first``) of the column's first night."""
        return -(-column * self.nights // self.count)  # ceil

    def bounds(self, column: int) -> tuple[date, date]:
        """The first and last night of ``column``."""
        return (self.first + timedelta(days=self.start(column)),
                self.first + timedelta(days=self.start(column + 1) - 1))

    def lookup(self) -> Mapping[date, int]:
        """``{night: column}`` for every night of the columns (made once, then shared)."""
        return _lookup(self.first, self.nights, self.count)


@lru_cache(maxsize=8)
def _lookup(first: date, nights: int, count: int) -> Mapping[date, int]:
    return {first + timedelta(days=day): day * count // nights for day in range(nights)}


@dataclass(frozen=True, slots=True)
class ColumnStats:
    """The values falling in one column; ``count`` 0 means none (the others are None)."""

    count: int = 0
    low: float | None = None
    high: float | None = None
    mean: float | None = None
    median: float | None = None
    lower_quartile: float | None = None   # the middle half of the values lies between
    upper_quartile: float | None = None   # the two quartiles


def _group(points: Iterable[tuple[date, float]], columns: Columns) -> list[list[float]]:
    groups: list[list[float]] = [[] for _ in range(columns.count)]
    lookup = columns.lookup()
    for night, value in points:
        column = lookup.get(night)
        if column is not None:
            groups[column].append(value)
    return groups


def column_stats(points: Iterable[tuple[date, float]], columns: Columns) -> list[ColumnStats]:
    """For each column, the count, range, mean, median and quartiles of the values of its
    nights.

    Points outside the columns' nights are left out."""
    out = []
    for values in _group(points, columns):
        if not values:
            out.append(ColumnStats())
            continue
        if len(values) > 1:
            q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
        else:
            q1 = q2 = q3 = values[0]
        out.append(ColumnStats(len(values), min(values), max(values),
                               statistics.fmean(values), q2, q1, q3))
    return out


def severity_counts(points: Iterable[tuple[date, int]], columns: Columns,
                    top: int = SEVERITY_MAX) -> list[tuple[int, ...]]:
    """For each column, how many nights had each severity ``0..top``."""
    counts = [[0] * (top + 1) for _ in range(columns.count)]
    lookup = columns.lookup()
    for night, value in points:
        column = lookup.get(night)
        if column is not None and 0 <= value <= top:
            counts[column][value] += 1
    return [tuple(c) for c in counts]


def done_columns(records: Iterable[NightRecord], steps: Sequence[int | StepInfo],
                 columns: Columns) -> dict[int, list[float | None]]:
    """For each step (an id, or a StepInfo whose spans say which nights it was in the
    routine and switched on), for each column: the share of the column's logged nights
    (nights with a record) on which the step was marked done, counting only nights it was
    active; None for a column without such a night. One pass over the records."""
    infos: dict[int, StepInfo | None] = {}
    for step in steps:
        if isinstance(step, StepInfo):
            infos[step.id] = step
        else:
            infos[step] = None
    total = {step: [0] * columns.count for step in infos}
    hits = {step: [0] * columns.count for step in infos}
    lookup = columns.lookup()
    for record in records:
        column = lookup.get(record.night)
        if column is None:
            continue
        for step, info in infos.items():
            if info is not None and not info.active_on(record.night, record.done):
                continue
            total[step][column] += 1
            hits[step][column] += step in record.done
    return {step: [None if n == 0 else h / n for h, n in zip(hits[step], total[step],
                                                            strict=True)]
            for step in infos}


def done_share(record: NightRecord | None, steps: Sequence[StepInfo],
               night: date) -> float | None:
    """The share of the steps planned on ``night`` (its weekday, while in the routine and
    switched on) that were marked done; None when nothing was logged that night or no step
    was planned."""
    done = record.done if record is not None else frozenset()
    planned = [s for s in steps if s.planned_on(night, done)]
    if record is None or not planned:
        return None
    return sum(s.id in record.done for s in planned) / len(planned)


@dataclass(frozen=True, slots=True)
class CalendarGrid:
    """The nights ``first..last`` as a grid: a column a week (Monday first), a row a weekday."""

    first: date
    last: date
    start: date   # the Monday of the first column
    weeks: int

    def cell(self, night: date) -> tuple[int, int]:
        """(column, row) of ``night``; row 0 is Monday."""
        return (night - self.start).days // 7, night.weekday()

    def night_at(self, column: int, row: int) -> date | None:
        """The night in a cell, or None outside the grid or the nights shown."""
        if not (0 <= column < self.weeks and 0 <= row < 7):
            return None
        night = self.start + timedelta(days=7 * column + row)
        return night if self.first <= night <= self.last else None


def calendar_grid(first: date, last: date, weeks: int = CALENDAR_WEEKS) -> CalendarGrid:
    """The last ``weeks`` weeks of ``first..last`` (fewer when the period is shorter)."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    last = max(first, last)
    start_week = last - timedelta(days=last.weekday()) - timedelta(weeks=weeks - 1)
    shown_first = max(first, start_week)
    start = shown_first - timedelta(days=shown_first.weekday())
    return CalendarGrid(shown_first, last, start, (last - start).days // 7 + 1)


@dataclass(frozen=True, slots=True)
class Tick:
    night: date
    unit: Literal["day", "month", "year"]


_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50)


def _month_starts(first: date, last: date, every: int) -> list[date]:
    out = []
    year, month = first.year, first.month
    if first.day != 1:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    while (found := date(year, month, 1)) <= last:
        if (month - 1) % every == 0:
            out.append(found)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def date_ticks(first: date, last: date, most: int) -> list[Tick]:
    """Round dates inside ``first..last`` to label an axis with at most ``most`` labels
    (at least one): days (every 1, 2, 7 or 14), month starts (every 1, 2, 3 or 6 months)
    or new years (every 1, 2, 5... years), whichever is finest and fits."""
    most = max(1, most)
    last = max(first, last)
    nights = (last - first).days + 1
    for every in (1, 2, 7, 14):
        if every == 7 or every == 14:
            offset = (7 - first.weekday()) % 7  # Mondays
            days = list(range(offset, nights, every))
        else:
            days = list(range(0, nights, every))
        if 0 < len(days) <= most:
            return [Tick(first + timedelta(days=d), "day") for d in days]
    for every in _MONTH_STEPS:
        months = _month_starts(first, last, every)
        if 0 < len(months) <= most:
            return [Tick(m, "month") for m in months]
    for every in _YEAR_STEPS:
        years = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1) if y % every == 0]
        if 0 < len(years) <= most:
            return [Tick(y, "year") for y in years]
    return [Tick(first, "day")]


def clock_range(values: Iterable[float], pad: int = 30) -> tuple[int, int]:
    """Whole hours (minutes since 12:00) around ``values`` with ``pad`` minutes to spare;
    at least two hours; (8 pm, 11 pm) without values."""
    found = list(values)
    if not found:
        return 480, 660
    low = math.floor((min(found) - pad) / 60) * 60
    high = math.ceil((max(found) + pad) / 60) * 60
    if high - low < 120:
        high = low + 120
    return low, high


def clock_ticks(low: int, high: int, most: int) -> list[int]:
    """Clock times (minutes since 12:00) on a round step of 30 min, 1, 2, 3, 4 or 6 h
    within ``low..high``, at most ``most`` of them (at least one)."""
    most = max(1, most)
    for step in (30, 60, 120, 180, 240, 360, 720):
        first = -(-low // step) * step
        ticks = list(range(first, high + 1, step))
        if len(ticks) <= most:
            return ticks or [low]
    return [low]
