"""Chart data at its edges: the 200-night switch of the rolling window, columns of one
night and of uneven size, severities 0 and 10 and just outside, a step's active spans in
the done shares, the calendar's first and last cells, ticks across a year's end, and clock
ranges at whole hours. Written for the survivors of `make mutation`."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rlsdesk.domain.chart_data import (
    Columns,
    ColumnStats,
    Tick,
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

D = date(2026, 1, 5)  # a Monday


def day(n: int) -> date:
    return D + timedelta(days=n)


@pytest.mark.parametrize(("span", "window"), [(0, 7), (199, 7), (200, 7), (201, 30),
                                              (3650, 30)])
def test_the_rolling_window_is_7_up_to_200_days_then_30(span: int, window: int) -> None:
    assert average_window(D, day(span)) == window


def test_columns_fit_one_a_night_or_at_most_most() -> None:
    assert Columns.fit(D, day(9), 10) == Columns(D, 10, 10)
    assert Columns.fit(D, day(9), 11) == Columns(D, 10, 10)
    assert Columns.fit(D, day(9), 9) == Columns(D, 10, 9)
    assert Columns.fit(D, day(-3), 5) == Columns(D, 1, 1)   # last before first: one night
    assert Columns.fit(D, D, 0) == Columns(D, 1, 1)          # never no column
    assert Columns.fit(D, day(9), 3).last == day(9)


def test_uneven_columns_by_index_start_and_bounds() -> None:
    columns = Columns(D, 10, 3)  # 10 nights in 3 columns: 4, 3, 3 by the ceiling starts
    assert [columns.index(day(n)) for n in range(10)] == [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]
    assert [columns.start(c) for c in range(4)] == [0, 4, 7, 10]
    assert [columns.bounds(c) for c in range(3)] == [(day(0), day(3)), (day(4), day(6)),
                                                     (day(7), day(9))]
    assert columns.index(day(-1)) == 0 and columns.index(day(10)) == 2  # clamped
    assert dict(columns.lookup()) == {day(n): columns.index(day(n)) for n in range(10)}


def test_column_stats_of_one_value_and_of_several() -> None:
    columns = Columns(D, 4, 2)
    stats = column_stats([(day(0), 4.0), (day(2), 1.0), (day(3), 2.0), (day(3), 6.0),
                          (day(4), 9.0), (day(-1), 9.0)], columns)
    assert stats[0] == ColumnStats(1, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0)
    assert stats[1] == ColumnStats(3, 1.0, 6.0, 3.0, 2.0, 1.5, 4.0)
    assert column_stats([], columns) == [ColumnStats(), ColumnStats()]
    two = column_stats([(day(0), 2.0), (day(1), 6.0)], Columns(D, 2, 1))
    assert two == [ColumnStats(2, 2.0, 6.0, 4.0, 4.0, 3.0, 5.0)]


def test_severity_counts_take_0_to_top_and_leave_the_rest_out() -> None:
    columns = Columns(D, 2, 2)
    points = [(day(0), 0), (day(0), 10), (day(0), 10), (day(1), -1), (day(1), 11),
              (day(1), 5), (day(2), 5)]
    assert severity_counts(points, columns) == [
        (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2), (0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0)]
    assert severity_counts([(day(0), 3), (day(0), 4)], Columns(D, 1, 1), top=3) == [(0, 0, 0, 1)]


def test_done_columns_count_only_nights_a_step_was_active() -> None:
    columns = Columns(D, 4, 2)
    added_on_night_2 = StepInfo(1, "Bath", spans=((day(2), None),))
    removed_on_night_1 = StepInfo(2, "Walk", spans=((day(0), day(1)),))
    records = [NightRecord(day(-1), done=frozenset({1, 2})),  # before the columns: left out
               NightRecord(day(0), done=frozenset({2})), NightRecord(day(1)),
               NightRecord(day(2), done=frozenset({1})), NightRecord(day(3)),
               NightRecord(day(1), done=frozenset({1}))]  # done before it was added: counts
    assert done_columns(records, [added_on_night_2, removed_on_night_1, 3], columns) == {
        1: [1.0, 0.5], 2: [1.0, None], 3: [0.0, 0.0]}


def test_done_share_of_planned_steps() -> None:
    monday = D
    steps = [StepInfo(1, "a"), StepInfo(2, "b"), StepInfo(3, "c"),
             StepInfo(4, "later", spans=((day(1), None),))]
    assert done_share(NightRecord(monday, done=frozenset({1, 2, 3})), steps, monday) == 1.0
    assert done_share(NightRecord(monday, done=frozenset({1})), steps, monday) \
        == pytest.approx(1 / 3)
    assert done_share(NightRecord(monday, done=frozenset({4})), steps, monday) == 0.25
    assert done_share(NightRecord(monday), [], monday) is None


def test_a_calendar_needs_a_week_and_shows_the_last_weeks() -> None:
    with pytest.raises(ValueError, match=r"^weeks must be at least 1$"):
        calendar_grid(D, day(30), 0)
    one = calendar_grid(D, day(30), 1)   # day(30) is a Wednesday
    assert (one.first, one.last, one.start, one.weeks) == (day(28), day(30), day(28), 1)
    two = calendar_grid(D, day(13), 2)
    assert (two.first, two.start, two.weeks) == (D, D, 2)
    shorter = calendar_grid(day(2), day(8), 53)
    assert (shorter.first, shorter.start, shorter.weeks) == (day(2), D, 2)
    backwards = calendar_grid(day(2), day(-5), 53)
    assert (backwards.first, backwards.last) == (day(2), day(2))


def test_calendar_cells_at_the_grid_edges() -> None:
    grid = calendar_grid(day(2), day(8), 53)   # Wednesday to the next Tuesday
    assert grid.cell(day(2)) == (0, 2) and grid.cell(day(8)) == (1, 1)
    assert grid.night_at(0, 1) is None          # before the first night
    assert grid.night_at(0, 2) == day(2)
    assert grid.night_at(1, 1) == day(8)
    assert grid.night_at(1, 2) is None          # after the last night
    assert grid.night_at(2, 0) is None          # past the last column
    assert grid.night_at(1, 6) is None
    assert grid.night_at(0, -1) is None and grid.night_at(0, 7) is None


def test_day_ticks_every_1_2_7_or_14_nights() -> None:
    assert [t.night for t in date_ticks(D, day(3), 4)] == [day(0), day(1), day(2), day(3)]
    assert [t.night for t in date_ticks(D, day(3), 2)] == [day(0), day(2)]
    wed = day(2)
    assert [t.night for t in date_ticks(wed, day(20), 3)] == [day(7), day(14)]
    assert [t.night for t in date_ticks(wed, day(30), 2)] == [day(7), day(21)]
    assert date_ticks(D, day(5), 0) == [Tick(D, "day")]  # at least one label
    assert date_ticks(D, day(1), 0) == [Tick(D, "day")]  # and no more than one


def test_week_ticks_fall_on_mondays_from_the_first_night_if_it_is_one() -> None:
    assert [t.night for t in date_ticks(D, day(20), 3)] == [day(0), day(7), day(14)]
    # one Monday in the range is one label, when only one fits
    assert date_ticks(day(2), day(8), 1) == [Tick(day(7), "day")]
    # no Monday in a short range: no week ticks; the first night stands alone
    assert date_ticks(day(2), day(4), 1) == [Tick(day(2), "day")]


def test_a_single_night_has_one_tick() -> None:
    assert date_ticks(D, D, 1) == [Tick(D, "day")]
    assert date_ticks(D, day(-4), 5) == [Tick(D, "day")]


def test_month_ticks_across_the_year_end() -> None:
    ticks = date_ticks(date(2025, 11, 15), date(2026, 3, 10), 4)
    assert ticks == [Tick(date(2025, 12, 1), "month"), Tick(date(2026, 1, 1), "month"),
                     Tick(date(2026, 2, 1), "month"), Tick(date(2026, 3, 1), "month")]
    from_first = date_ticks(date(2025, 12, 1), date(2026, 3, 10), 2)
    assert from_first == [Tick(date(2026, 1, 1), "month"), Tick(date(2026, 3, 1), "month")]
    from_mid_december = date_ticks(date(2025, 12, 15), date(2026, 3, 10), 3)
    assert [t.night for t in from_mid_december] == [date(2026, 1, 1), date(2026, 2, 1),
                                                    date(2026, 3, 1)]
    to_a_month_start = date_ticks(date(2025, 11, 15), date(2026, 3, 1), 4)
    assert to_a_month_start[-1] == Tick(date(2026, 3, 1), "month")  # the last night counts
    quarters = date_ticks(date(2025, 1, 1), date(2025, 12, 31), 4)
    assert [t.night.month for t in quarters] == [1, 4, 7, 10]


def test_one_month_start_or_one_new_year_is_a_label_when_one_fits() -> None:
    assert date_ticks(date(2026, 1, 15), date(2026, 2, 20), 1) == [Tick(date(2026, 2, 1),
                                                                        "month")]
    assert date_ticks(date(2025, 6, 1), date(2026, 3, 1), 1) == [Tick(date(2026, 1, 1),
                                                                      "year")]


def test_year_ticks_on_round_years() -> None:
    ticks = date_ticks(date(2000, 6, 1), date(2030, 6, 1), 4)
    assert ticks == [Tick(date(y, 1, 1), "year") for y in (2010, 2020, 2030)]
    assert [t.night.year for t in date_ticks(date(2000, 6, 1), date(2004, 6, 1), 4)] \
        == [2001, 2002, 2003, 2004]


def test_clock_range_pads_to_whole_hours_and_two_hours_at_least() -> None:
    assert clock_range([]) == (480, 660)
    assert clock_range([570]) == (540, 660)              # 21:30: 21:00 to 23:00, two hours
    assert clock_range([540, 690]) == (480, 720)               # 690+30 = 720 exactly: ceil keeps it
    assert clock_range([540, 691]) == (480, 780)
    assert clock_range([510]) == (480, 600)               # 510-30 = 480 exactly: floor keeps it
    assert clock_range([509]) == (420, 540)
    assert clock_range([600], pad=0) == (600, 720)
    assert clock_range([601, 900], pad=0) == (600, 900)


def test_clock_ticks_on_the_finest_round_step_that_fits() -> None:
    assert clock_ticks(480, 660, 7) == [480, 510, 540, 570, 600, 630, 660]
    assert clock_ticks(480, 660, 6) == [480, 540, 600, 660]
    assert clock_ticks(481, 660, 10) == [510, 540, 570, 600, 630, 660]
    assert clock_ticks(0, 1440, 3) == [0, 720, 1440]
    assert clock_ticks(0, 1440, 2) == [0]
    assert clock_ticks(10, 20, 0) == [10]                  # no round time inside: the start
    assert clock_ticks(0, 720, 1) == [0]                   # two would not fit one
    assert clock_ticks(0, 59, 10) == [0, 30]               # never past the high end


@pytest.mark.parametrize(("most", "step"), [(13, 120), (9, 180), (7, 240), (5, 360), (3, 720)])
def test_clock_ticks_each_step_of_a_day(most: int, step: int) -> None:
    assert clock_ticks(0, 1440, most) == list(range(0, 1441, step))
