"""Key figures, the trend against the period before, the period by week / month / quarter,
the notes for the clinician, medicine changes and "what seems to help" ranked."""

from __future__ import annotations

import itertools
import statistics
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import StepEffect, StepInfo
from rlsdesk.domain.summary import (
    MODERATE,
    grain_for,
    key_figures,
    medicine_changes,
    period_rows,
    ranked_effects,
    report_notes,
    trend,
    trend_windows,
)

START = date(2020, 1, 1)


def night(offset: int, severity: int | None = None, onset: int | None = None,
          note: str = "") -> NightRecord:
    day = START + timedelta(days=offset)
    entry = NightEntry(day, severity, note=note) if severity is not None else None
    return NightRecord(day, entry, onsets=(onset,) if onset is not None else ())


diaries = st.lists(st.tuples(st.integers(0, 1500), st.integers(0, 10),
                             st.one_of(st.none(), st.integers(300, 800))),
                   max_size=120, unique_by=lambda t: t[0]).map(
    lambda rows: [night(d, s, o) for d, s, o in rows])


@given(diaries, st.integers(0, 1500), st.integers(0, 400))
def test_key_figures_count_only_the_period(records: list[NightRecord], start: int,
                                           length: int) -> None:
    first = START + timedelta(days=start)
    last = first + timedelta(days=length)
    inside = [r for r in records if first <= r.night <= last]
    figures = key_figures(records, first, last)
    assert figures.nights == length + 1
    assert figures.logged == len(inside) == figures.rated
    assert figures.with_symptoms <= figures.logged
    if inside:
        values = [r.severity for r in inside]
        assert figures.worst_severity == max(values)
        assert figures.mean_severity is not None
        assert abs(figures.mean_severity - statistics.fmean(values)) < 1e-9
        assert figures.moderate_share == sum(v >= MODERATE for v in values) / len(values)
    else:
        assert figures.mean_severity is None and figures.moderate_share is None


@given(diaries, st.integers(0, 1500), st.integers(0, 1200))
def test_period_rows_hold_every_night_once(records: list[NightRecord], start: int,
                                           length: int) -> None:
    first = START + timedelta(days=start)
    last = first + timedelta(days=length)
    rows = period_rows(records, first, last)
    assert rows[0].first == first and rows[-1].last == last
    for before, after in itertools.pairwise(rows):
        assert after.first == before.last + timedelta(days=1)
    assert sum(r.figures.nights for r in rows) == length + 1
    assert sum(len(r.records) for r in rows) == sum(first <= r.night <= last for r in records)
    assert len(rows) <= 45  # a table of a page or so, whatever the period


def test_grain_grows_with_the_period() -> None:
    assert grain_for(START, START + timedelta(days=89)) == "week"
    assert grain_for(START, START + timedelta(days=364)) == "month"
    assert grain_for(START, START + timedelta(days=3649)) == "quarter"
    rows = period_rows([], date(2024, 1, 3), date(2024, 1, 16), "week")
    assert [(r.first, r.last) for r in rows] == [
        (date(2024, 1, 3), date(2024, 1, 7)), (date(2024, 1, 8), date(2024, 1, 14)),
        (date(2024, 1, 15), date(2024, 1, 16))]


@given(st.integers(1, 800), st.one_of(st.none(), st.integers(-2000, 0)))
def test_trend_windows_are_equal_and_back_to_back(nights: int, back: int | None) -> None:
    first = START + timedelta(days=1000)
    last = first + timedelta(days=nights - 1)
    diary_first = None if back is None else first + timedelta(days=back)
    now, before = trend_windows(first, last, diary_first)
    assert now[1] == last
    assert before[1] == now[0] - timedelta(days=1)
    assert (now[1] - now[0]).days == (before[1] - before[0]).days


def test_trend_says_worse_with_the_numbers_it_rests_on() -> None:
    records = [night(d, 3, 600) for d in range(30)] + [night(d, 7, 520) for d in range(30, 60)]
    found = trend(records, (START + timedelta(days=30), START + timedelta(days=59)),
                  (START, START + timedelta(days=29)))
    assert found.verdict == "worse"
    assert found.severity is not None and (found.severity.before, found.severity.now) == (3, 7)
    assert found.onset is not None and found.onset.difference == -80


def test_trend_with_few_nights_gives_no_verdict() -> None:
    records = [night(0, 2), night(1, 9), night(5, 9)]
    found = trend(records, (START + timedelta(days=3), START + timedelta(days=5)),
                  (START, START + timedelta(days=2)))
    assert found.verdict == "too_few" and found.severity is not None


@given(st.lists(st.integers(0, 10), min_size=8, max_size=40),
       st.lists(st.integers(0, 10), min_size=8, max_size=40))
def test_trend_verdict_agrees_with_its_numbers(before: list[int], now: list[int]) -> None:
    records = [night(i, s) for i, s in enumerate(before)]
    records += [night(100 + i, s) for i, s in enumerate(now)]
    found = trend(records, (START + timedelta(days=100), START + timedelta(days=199)),
                  (START, START + timedelta(days=99)))
    assert found.severity is not None
    diff, margin = found.severity.difference, found.severity.margin or 0.0
    if found.verdict == "worse":
        assert diff > margin and diff >= 0.5
    elif found.verdict == "better":
        assert -diff > margin and diff <= -0.5
    elif found.verdict == "steady":
        assert abs(diff) + margin < 0.5


def test_notes_are_the_flagged_and_the_last_two_weeks() -> None:
    records = [night(d, 4, note=f"n{d}") for d in range(60)]
    flagged = frozenset({START + timedelta(days=3)})
    notes = report_notes(records, START + timedelta(days=59), flagged=flagged)
    assert [n for _, n in notes] == ["n3", *(f"n{d}" for d in range(46, 60))]


def test_medicine_changes_from_step_events() -> None:
    d = START
    events = [("added", d), ("enabled", d + timedelta(days=1)),
              ("disabled", d + timedelta(days=10)), ("enabled", d + timedelta(days=20)),
              ("removed", d + timedelta(days=40))]
    found = medicine_changes([("Evening tablet", "pramipexole", events)])
    assert [(c.kind, (c.night - d).days) for c in found] == [
        ("started", 0), ("stopped", 10), ("restarted", 20), ("stopped", 40)]
    inside = medicine_changes([("Evening tablet", "", events)], d + timedelta(days=5),
                              d + timedelta(days=30))
    assert [c.kind for c in inside] == ["stopped", "restarted"]


def test_ranked_effects_biggest_difference_first() -> None:
    def effect(step_id: int, done: float, not_done: float, n: int = 10) -> StepEffect:
        return StepEffect(StepInfo(step_id, f"s{step_id}"), n, n, done, not_done)

    found = ranked_effects([effect(1, 4, 4.5), effect(2, 3, 6), effect(3, 6, 4),
                            effect(4, 1, 9, n=2)])
    assert [e.step.id for e in found] == [2, 3, 1]
