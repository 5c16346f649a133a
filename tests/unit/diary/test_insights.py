"""Statistics over the diary, including tiny and empty diaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import (
    MIN_NIGHTS_EACH_SIDE,
    StepInfo,
    adherence,
    dopaminergic_names,
    onset_series,
    rolling_mean,
    severity_series,
    step_effects,
    weekday_counts,
)

START = date(2026, 1, 5)  # a Monday
BATH = StepInfo(1, "Warm bath")


def night(n: int, severity: int | None = None, onset: int | None = None,
          done: frozenset[int] = frozenset()) -> NightRecord:
    day = START + timedelta(days=n)
    entry = NightEntry(day, severity) if severity is not None else None
    return NightRecord(day, entry, (onset,) if onset is not None else (), (), done)


def test_empty_diary_gives_empty_results() -> None:
    assert severity_series([]) == [] and onset_series([]) == []
    assert rolling_mean([]) == []
    effect = step_effects([], [BATH])[0]
    assert effect.nights_done == effect.nights_not_done == 0
    assert not effect.enough and effect.difference is None
    assert adherence([], [BATH], START, START)[0].done == 0


def test_one_night() -> None:
    records = [night(0, 4, 570)]
    assert severity_series(records) == [(START, 4)]
    assert rolling_mean([(START, 4.0)]) == [(START, 4.0)]


def test_rolling_mean_is_calendar_based() -> None:
    points = [(START, 2.0), (START + timedelta(days=1), 4.0), (START + timedelta(days=10), 9.0)]
    assert rolling_mean(points, days=7) == [
        (START, 2.0), (START + timedelta(days=1), 3.0), (START + timedelta(days=10), 9.0),
    ]
    with pytest.raises(ValueError):
        rolling_mean(points, days=0)


@given(st.lists(st.integers(0, 10), min_size=1, max_size=60), st.integers(1, 30))
def test_rolling_mean_stays_within_the_values(values: list[int], days: int) -> None:
    points = [(START + timedelta(days=i), float(v)) for i, v in enumerate(values)]
    means = rolling_mean(points, days)
    assert len(means) == len(points)
    assert all(min(values) - 1e-9 <= m <= max(values) + 1e-9 for _, m in means)
    assert means[0][1] == values[0]


def test_what_seems_to_help_needs_enough_nights_each_side() -> None:
    records = [night(i, 3, done=frozenset({1})) for i in range(MIN_NIGHTS_EACH_SIDE)]
    records += [night(10 + i, 6) for i in range(MIN_NIGHTS_EACH_SIDE - 1)]
    effect = step_effects(records, [BATH])[0]
    assert (effect.nights_done, effect.nights_not_done) == (5, 4)
    assert not effect.enough and effect.difference is None
    records.append(night(20, 6))
    effect = step_effects(records, [BATH])[0]
    assert effect.enough and effect.difference == pytest.approx(-3.0)
    assert effect.mean_done == 3 and effect.mean_not_done == 6


def test_what_seems_to_help_skips_unplanned_nights_and_nights_before_the_step() -> None:
    weekdays_only = StepInfo(1, "Bath", frozenset(range(5)))
    records = [night(-3, 9)]  # before it was ever done: not counted
    records += [night(i, 2, done=frozenset({1})) for i in range(5)]  # Mon-Fri done
    records += [night(5, 8), night(6, 8)]  # the weekend: not planned
    effect = step_effects(records, [weekdays_only])[0]
    assert (effect.nights_done, effect.nights_not_done) == (5, 0)


def test_adherence_counts_planned_nights() -> None:
    step = StepInfo(1, "Bath", frozenset({0, 2}))  # Mon, Wed
    records = [night(0, done=frozenset({1})), night(1, done=frozenset({1}))]
    result = adherence(records, [step], START, START + timedelta(days=6))[0]
    assert (result.done, result.planned) == (1, 2) and result.share == 0.5


def test_dopaminergic_names_match_words_in_any_case() -> None:
    known = ["pramipexole", "Requip", "levodopa"]
    found = dopaminergic_names(["PRAMIPEXOLE 0.125 mg", "requip xl", "Magnesium"], known)
    assert found == ["pramipexole", "Requip"]
    assert dopaminergic_names(["levodopamine"], known) == []


def _adherence_day_by_day(records, steps, first, last):  # type: ignore[no-untyped-def]
    done_by_night = {r.night: r.done for r in records if first <= r.night <= last}
    out = []
    for step in steps:
        planned = done = 0
        day = first
        while day <= last:
            if day.weekday() in step.days:
                planned += 1
                done += step.id in done_by_night.get(day, frozenset())
            day += timedelta(days=1)
        out.append((planned, done))
    return out


@given(
    st.dictionaries(st.integers(0, 60), st.frozensets(st.integers(1, 3), max_size=3),
                    max_size=40),
    st.lists(st.frozensets(st.integers(0, 6), min_size=1), min_size=1, max_size=3),
    st.integers(0, 30), st.integers(-1, 40),
)
def test_adherence_counts_as_a_walk_over_the_nights_would(
        marks: dict[int, frozenset[int]], days: list[frozenset[int]], start: int,
        length: int) -> None:
    records = [night(n, done=done) for n, done in marks.items()]
    steps = [StepInfo(i + 1, f"step {i + 1}", d) for i, d in enumerate(days)]
    first = START + timedelta(days=start)
    last = first + timedelta(days=length)
    found = [(a.planned, a.done) for a in adherence(records, steps, first, last)]
    assert found == _adherence_day_by_day(records, steps, first, last)


@given(st.integers(0, 3000), st.integers(-3, 800))
def test_weekday_counts(start: int, length: int) -> None:
    first = START + timedelta(days=start)
    last = first + timedelta(days=length)
    counts = weekday_counts(first, last)
    assert sum(counts) == max(0, length + 1)
    walked = [0] * 7
    for d in range(length + 1):
        walked[(first + timedelta(days=d)).weekday()] += 1
    assert counts == walked
