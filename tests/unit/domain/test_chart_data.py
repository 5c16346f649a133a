"""Nights grouped into pixel columns, the calendar grid, ticks: what a chart can show."""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.chart_data import (
    CALENDAR_WEEKS,
    Columns,
    average_window,
    calendar_grid,
    clock_range,
    clock_ticks,
    column_stats,
    date_ticks,
    done_columns,
    done_share,
    severity_counts,
)
from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.insights import StepInfo

START = date(2016, 11, 21)
days = st.integers(0, 4000)
nights_and_widths = st.tuples(st.integers(1, 4000), st.integers(1, 2000))


@given(nights_and_widths)
def test_columns_cover_every_night_once_in_order(case: tuple[int, int]) -> None:
    nights, most = case
    columns = Columns.fit(START, START + timedelta(days=nights - 1), most)
    assert columns.count == min(nights, most)
    seen = [columns.index(START + timedelta(days=d)) for d in range(nights)]
    assert seen == sorted(seen)
    assert set(seen) == set(range(columns.count))  # no empty column
    sizes = [seen.count(c) for c in range(columns.count)]
    assert max(sizes) - min(sizes) <= 1
    for column in range(columns.count):
        first, last = columns.bounds(column)
        assert columns.index(first) == column == columns.index(last)
        assert (last - first).days + 1 == sizes[column]


def test_one_night_and_nights_outside_are_clamped() -> None:
    columns = Columns.fit(START, START, 700)
    assert (columns.nights, columns.count) == (1, 1)
    assert columns.index(START - timedelta(days=3)) == 0
    assert columns.index(START + timedelta(days=3)) == 0
    assert Columns.fit(START, START - timedelta(days=5), 10).nights == 1


def test_a_decade_in_233_columns() -> None:
    columns = Columns.fit(START, START + timedelta(days=3649), 233)
    assert columns.count == 233
    assert columns.bounds(0)[0] == START
    assert columns.bounds(232)[1] == START + timedelta(days=3649)
    lookup = columns.lookup()
    assert len(lookup) == 3650 and lookup[START] == 0
    assert all(lookup[n] == columns.index(n) for n in lookup)


@given(st.lists(st.tuples(days, st.integers(0, 10)), max_size=200), st.integers(1, 300))
def test_column_stats_agree_with_the_values(points: list[tuple[int, int]], most: int) -> None:
    dated = [(START + timedelta(days=d), float(v)) for d, v in points]
    columns = Columns.fit(START, START + timedelta(days=999), most)
    stats = column_stats(dated, columns)
    assert len(stats) == columns.count
    inside = [(n, v) for n, v in dated if n <= columns.last]
    assert sum(s.count for s in stats) == len(inside)
    for column, item in enumerate(stats):
        values = [v for n, v in inside if columns.index(n) == column]
        if not values:
            assert item.count == 0 and item.mean is None and item.median is None
            continue
        assert item.low == min(values) and item.high == max(values)
        assert item.mean == pytest.approx(statistics.fmean(values))
        assert item.median == pytest.approx(statistics.median(values))
        assert item.lower_quartile is not None and item.upper_quartile is not None
        assert item.low <= item.lower_quartile <= item.median <= item.upper_quartile
        assert item.upper_quartile <= item.high


@given(st.lists(st.tuples(days, st.integers(0, 10)), max_size=200), st.integers(1, 300))
def test_severity_counts_count_every_night_once(points: list[tuple[int, int]],
                                                 most: int) -> None:
    dated = [(START + timedelta(days=d), v) for d, v in points]
    columns = Columns.fit(START, START + timedelta(days=4000), most)
    counts = severity_counts(dated, columns)
    assert len(counts) == columns.count and all(len(c) == 11 for c in counts)
    assert sum(map(sum, counts)) == len(dated)
    for value in range(11):
        assert sum(c[value] for c in counts) == sum(1 for _, v in dated if v == value)


def test_done_columns() -> None:
    columns = Columns.fit(START, START + timedelta(days=3), 2)  # two nights a column
    records = [NightRecord(START, done=frozenset({1, 2})),
               NightRecord(START + timedelta(days=1), done=frozenset({2})),
               NightRecord(START + timedelta(days=3), done=frozenset({9})),
               NightRecord(START + timedelta(days=9), done=frozenset({1}))]  # outside
    assert done_columns(records, [1, 2, 3], columns) == {
        1: [0.5, 0.0], 2: [1.0, 0.0], 3: [0.0, 0.0]}
    assert done_columns([], [1], columns) == {1: [None, None]}


@given(st.dictionaries(days, st.frozensets(st.integers(1, 4), max_size=4), max_size=100),
       st.integers(1, 500))
def test_done_columns_are_shares_of_logged_nights(marks: dict[int, frozenset[int]],
                                                  most: int) -> None:
    columns = Columns.fit(START, START + timedelta(days=4000), most)
    records = [NightRecord(START + timedelta(days=d), done=done) for d, done in marks.items()]
    shares = done_columns(records, [1, 2], columns)
    logged = {columns.index(r.night) for r in records}
    for step in (1, 2):
        assert len(shares[step]) == columns.count
        assert {c for c, s in enumerate(shares[step]) if s is not None} == logged
        assert all(s is None or 0 <= s <= 1 for s in shares[step])
        marked = {columns.index(r.night) for r in records if step in r.done}
        assert {c for c, s in enumerate(shares[step]) if s} == marked


def test_done_share_counts_only_steps_planned_that_weekday() -> None:
    monday = date(2026, 11, 16)
    steps = [StepInfo(1, "Bath"), StepInfo(2, "Walk", frozenset({0})),
             StepInfo(3, "Weekend", frozenset({5, 6}))]
    record = NightRecord(monday, done=frozenset({1}))
    assert done_share(record, steps, monday) == 0.5
    assert done_share(None, steps, monday) is None
    assert done_share(record, [StepInfo(3, "Weekend", frozenset({5}))], monday) is None


def test_calendar_grid_is_53_weeks_monday_first() -> None:
    last = date(2026, 11, 20)  # a Friday
    grid = calendar_grid(date(2016, 1, 1), last)
    assert grid.weeks == CALENDAR_WEEKS
    assert grid.start.weekday() == 0
    assert grid.cell(last) == (CALENDAR_WEEKS - 1, 4)
    assert grid.cell(grid.first)[0] == 0
    assert grid.night_at(CALENDAR_WEEKS - 1, 5) is None  # Saturday, after the last night
    assert grid.night_at(CALENDAR_WEEKS - 1, 4) == last
    assert grid.night_at(-1, 0) is None and grid.night_at(0, 7) is None


@given(days, st.integers(0, 800), st.integers(1, 60))
def test_calendar_cells_round_trip(offset: int, length: int, weeks: int) -> None:
    first = START + timedelta(days=offset)
    grid = calendar_grid(first, first + timedelta(days=length), weeks)
    assert grid.weeks <= weeks
    assert grid.first >= first
    night = grid.first
    while night <= grid.last:
        column, row = grid.cell(night)
        assert 0 <= column < grid.weeks and 0 <= row < 7
        assert grid.night_at(column, row) == night
        night += timedelta(days=1)


def test_one_night_calendar() -> None:
    grid = calendar_grid(START, START)
    assert grid.weeks == 1 and grid.first == grid.last == START


@given(days, st.integers(0, 4000), st.integers(1, 20))
def test_date_ticks_fit_and_are_inside(offset: int, length: int, most: int) -> None:
    first = START + timedelta(days=offset)
    last = first + timedelta(days=length)
    ticks = date_ticks(first, last, most)
    assert 1 <= len(ticks) <= most
    assert all(first <= t.night <= last for t in ticks)
    assert [t.night for t in ticks] == sorted({t.night for t in ticks})


def test_date_ticks_pick_round_dates() -> None:
    season = date_ticks(START, START + timedelta(days=89), 8)
    assert {t.unit for t in season} == {"day"} and all(t.night.weekday() == 0 for t in season)
    months = date_ticks(START, START + timedelta(days=89), 4)
    assert [t.night for t in months] == [date(2016, 12, 1), date(2017, 1, 1), date(2017, 2, 1)]
    decade = date_ticks(START, START + timedelta(days=3649), 8)
    assert {t.unit for t in decade} == {"year"} and all(t.night.month == 1 for t in decade)
    week = date_ticks(START, START + timedelta(days=6), 8)
    assert [t.night for t in week] == [START + timedelta(days=d) for d in range(7)]


@given(st.lists(st.integers(0, 1439), max_size=50))
def test_clock_range_is_whole_hours_around_the_values(values: list[int]) -> None:
    low, high = clock_range(values)
    assert low % 60 == 0 and high % 60 == 0 and high - low >= 120
    assert all(low < v < high for v in values)


@given(st.integers(-120, 1440), st.integers(0, 1500), st.integers(1, 30))
def test_clock_ticks(low: int, span: int, most: int) -> None:
    ticks = clock_ticks(low, low + span, most)
    assert 1 <= len(ticks) <= most
    assert ticks == sorted(ticks)
    if len(ticks) > 1:
        step = ticks[1] - ticks[0]
        assert all(t % step == 0 for t in ticks)
        assert all(low <= t <= low + span for t in ticks)


def test_average_window() -> None:
    assert average_window(START, START + timedelta(days=89)) == 7
    assert average_window(START, START + timedelta(days=3649)) == 30
