"""The clinician's summary at its edges: the period's first and last night, a rating of 0,
1, 4 and 5 (moderate from 5), the trend's 7-night minimum at 6 and 7, a severity change of
exactly 0.5 and an onset exactly 30 minutes earlier, the windows when the diary reaches
back exactly far enough, week / month / quarter at 126, 127, 1098 and 1099 nights and
across a year's end, the notes' 14th night back, and medicine changes on the period's
first and last night."""

from __future__ import annotations

import math
from datetime import date, time, timedelta

import pytest

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import StepEffect, StepInfo
from rlsdesk.domain.summary import (
    Change,
    KeyFigures,
    MedicineChange,
    Trend,
    grain_for,
    key_figures,
    medicine_changes,
    period_rows,
    ranked_effects,
    report_notes,
    trend,
    trend_windows,
)

NIGHT = date(2026, 11, 2)  # a Monday


def day(offset: int) -> date:
    return NIGHT + timedelta(days=offset)


def rated(offset: int, severity: int, onset: int | None = None, note: str = "",
          done: frozenset[int] = frozenset()) -> NightRecord:
    return NightRecord(day(offset), NightEntry(day(offset), severity, note=note),
                       onsets=(onset,) if onset is not None else (), done=done)


# --- key figures -------------------------------------------------------------------------
def test_key_figures_of_a_week_with_every_kind_of_night() -> None:
    records = [
        rated(-1, 9, 100),                                      # the night before: out
        NightRecord(day(0), NightEntry(day(0), 0, sleep_hours=7.5, awakenings=2)),
        NightRecord(day(1), onsets=(600,)),                     # a logged moment only
        NightRecord(day(2), NightEntry(day(2), 5, sleep_hours=6.0, awakenings=0)),
        NightRecord(day(3), NightEntry(day(3), 4, onset=time(21, 0))),
        NightRecord(day(4), quick_severities=(3, 2)),           # quick logs only
        NightRecord(day(5)),                                    # nothing logged
        rated(6, 1),
        rated(7, 10, 50),                                       # the night after: out
    ]
    assert key_figures(records, day(0), day(6)) == KeyFigures(
        nights=7, logged=6, with_symptoms=5, rated=5, mean_severity=13 / 5,
        worst_severity=5, moderate_share=1 / 5, onset_nights=2, usual_onset=570,
        sleep_nights=2, mean_sleep=6.75, awakening_nights=2, mean_awakenings=1.0)


def test_key_figures_of_one_night_and_of_none() -> None:
    assert key_figures([rated(0, 5)], day(0), day(0)).nights == 1
    one = key_figures([rated(0, 5)], day(0), day(0))
    assert (one.moderate_share, one.with_symptoms, one.worst_severity) == (1.0, 1, 5)
    empty = key_figures([rated(0, 5)], day(1), day(-1))  # last before first: no nights
    assert empty == KeyFigures(0, 0, 0, 0, None, None, None, 0, None, 0, None, 0, None)
    assert key_figures([NightRecord(day(0))], day(0), day(0)).logged == 0  # nothing logged
    assert key_figures([NightRecord(day(0), onsets=(600,))], day(0), day(0)).logged == 1


def test_a_rating_of_four_is_not_moderate_and_zero_is_no_symptom() -> None:
    figures = key_figures([rated(0, 4), rated(1, 0), rated(2, 0, 600)], day(0), day(2))
    assert figures.moderate_share == 0.0 and figures.worst_severity == 4
    assert figures.with_symptoms == 2  # the 4, and the 0 with an onset
    assert figures.mean_severity == 4 / 3 and figures.usual_onset == 600


# --- the trend ----------------------------------------------------------------------------
def series(start: int, severities: list[int], onsets: list[int] | None = None
           ) -> list[NightRecord]:
    onsets = onsets or [None] * len(severities)  # type: ignore[list-item]
    return [rated(start + i, s, o) for i, (s, o) in enumerate(zip(severities, onsets,
                                                                  strict=True))]


BEFORE = (day(0), day(29))
NOW = (day(30), day(59))


def verdict_of(before: list[int], now: list[int], onsets_before: list[int] | None = None,
               onsets_now: list[int] | None = None, **kw: int) -> Trend:
    records = series(0, before, onsets_before) + series(30, now, onsets_now)
    return trend(records, NOW, BEFORE, **kw)


def test_seven_rated_nights_a_side_give_a_verdict_and_six_do_not() -> None:
    assert verdict_of([3] * 7, [3] * 7).verdict == "steady"
    six = verdict_of([3] * 6, [3] * 7)
    assert six.verdict == "too_few" and (six.rated_before, six.rated_now) == (6, 7)
    assert verdict_of([3] * 7, [3] * 6).verdict == "too_few"
    assert verdict_of([3] * 2, [3] * 2, min_nights=2).verdict == "steady"
    assert verdict_of([3], [3], min_nights=2).verdict == "too_few"


def test_a_change_of_exactly_half_a_point_counts() -> None:
    half = [3, 3, 3, 3, 4, 4, 4, 4]  # mean 3.5, a small spread
    worse = verdict_of([3] * 8, half)
    assert worse.verdict == "worse"
    assert worse.severity is not None and worse.severity.difference == 0.5
    assert worse.severity.margin is not None and worse.severity.margin < 0.5
    assert verdict_of(half, [3] * 8).verdict == "better"


def test_a_change_inside_its_own_spread_is_unclear() -> None:
    # 0.71 worse on average, but the nights before swing from 0 to 10
    found = verdict_of([0, 10, 0, 10, 0, 10, 0], [5] * 7)
    assert found.severity is not None and found.severity.difference >= 0.5
    assert found.verdict == "unclear"
    # under half a point, but not clearly within it either
    assert verdict_of([3] * 7, [3, 3, 3, 3, 4, 4, 4]).verdict == "unclear"


def test_a_change_exactly_as_wide_as_its_margin_is_unclear() -> None:
    # 4.083... points worse, and the margin is 4.083... too (found by search): the
    # interval touches zero, so it does not leave it out
    found = verdict_of([0, 2, 6], [4, 6, 8, 9], min_nights=3)
    assert found.severity is not None
    assert found.severity.difference == found.severity.margin
    assert found.verdict == "unclear"


def test_steady_needs_the_whole_interval_within_half_a_point() -> None:
    alternating = [3, 4] * 10
    found = verdict_of(alternating, alternating)
    assert found.severity is not None and 0 < (found.severity.margin or 0) < 0.5
    assert found.verdict == "steady"


def test_the_margin_is_196_standard_errors_and_needs_two_nights_a_side() -> None:
    found = verdict_of([1, 3], [2, 4], min_nights=1)
    assert found.severity == Change(2.0, 3.0, 2, 2, 1.96 * math.sqrt(2 / 2 + 2 / 2))
    assert found.severity.margin == pytest.approx(2.7719, abs=1e-4)
    assert verdict_of([1], [2, 4], min_nights=1).severity == Change(1.0, 3.0, 1, 2, None)
    assert verdict_of([1, 3], [2], min_nights=1).severity == Change(2.0, 2.0, 2, 1, None)
    # one night each side, no margin: the whole change counts
    assert verdict_of([2], [3], min_nights=1).verdict == "worse"
    assert verdict_of([2], [2], min_nights=1).verdict == "steady"


def test_an_onset_30_minutes_earlier_reads_as_worse_and_29_does_not() -> None:
    assert verdict_of([3] * 7, [3] * 7, [600] * 7, [570] * 7).verdict == "worse"
    assert verdict_of([3] * 7, [3] * 7, [600] * 7, [571] * 7).verdict == "steady"
    assert verdict_of([3] * 7, [3] * 7, [570] * 7, [600] * 7).verdict == "steady"  # later
    earlier = verdict_of([3] * 7, [3] * 7, [600] * 7, [570] * 7)
    assert earlier.onset == Change(600.0, 570.0, 7, 7, 0.0)


def test_an_earlier_onset_turns_unclear_and_better_into_worse() -> None:
    assert verdict_of([0, 10, 0, 10, 0, 10, 0], [5] * 7, [600] * 7,
                      [560] * 7).verdict == "worse"
    half = [3, 3, 3, 3, 4, 4, 4, 4]
    assert verdict_of(half, [3] * 8, [600] * 8, [560] * 8).verdict == "worse"
    assert verdict_of([3] * 8, half, [600] * 8, [560] * 8).verdict == "worse"


def test_an_earlier_onset_exactly_as_wide_as_its_margin_is_not_worse() -> None:
    # before: 575 and 625 (median 600, margin 1.96 * 25 = 49); now 551: 49 earlier
    edge = verdict_of([3, 3], [3, 3], [575, 625], [551, 551], min_nights=2)
    assert edge.onset is not None and edge.onset.margin == 49.0
    assert -edge.onset.difference == 49.0
    assert edge.verdict == "steady"
    assert verdict_of([3, 3], [3, 3], [575, 625], [550, 550], min_nights=2).verdict == "worse"


def test_an_earlier_onset_needs_seven_nights_a_side_and_to_clear_its_spread() -> None:
    assert verdict_of([3] * 7, [3] * 7, [600] * 6 + [None], [560] * 7).verdict == "steady"  # type: ignore[list-item]
    assert verdict_of([3] * 7, [3] * 7, [600] * 7, [560] * 6 + [None]).verdict == "steady"  # type: ignore[list-item]
    # the onsets before swing 200 minutes: 30 minutes earlier is within that
    spread = verdict_of([3] * 7, [3] * 7, [500, 700, 500, 700, 500, 700, 600], [570] * 7)
    assert spread.onset is not None and spread.onset.difference == -30
    assert spread.verdict == "steady"
    # too few rated nights stays too few, whatever the onsets say
    assert verdict_of([3] * 6, [3] * 7, [600] * 6, [500] * 7).verdict == "too_few"


def test_the_trend_counts_only_its_two_windows() -> None:
    records = series(0, [1] * 30) + series(30, [9] * 30) + [rated(60, 0), rated(-1, 10)]
    found = trend(records, NOW, BEFORE)
    assert found.severity is not None
    assert (found.severity.before, found.severity.now) == (1.0, 9.0)
    assert (found.rated_before, found.rated_now, found.nights) == (30, 30, 30)
    assert (found.now, found.before) == (NOW, BEFORE)
    assert found.onset is None
    nothing = trend([], NOW, BEFORE)
    assert (nothing.severity, nothing.verdict, nothing.rated_now) == (None, "too_few", 0)


def test_a_side_with_no_ratings_or_no_onsets_has_no_change() -> None:
    only_now = trend(series(30, [4] * 7, [600] * 7), NOW, BEFORE)
    assert (only_now.severity, only_now.onset, only_now.verdict) == (None, None, "too_few")
    assert (only_now.rated_before, only_now.rated_now) == (0, 7)
    only_before = trend(series(0, [4] * 7, [600] * 7), NOW, BEFORE)
    assert (only_before.severity, only_before.onset) == (None, None)
    # ratings on both sides, onsets on one: a severity change and no onset change
    one_sided = trend(series(0, [4] * 7, [600] * 7) + series(30, [4] * 7), NOW, BEFORE)
    assert one_sided.severity is not None and one_sided.onset is None
    assert one_sided.verdict == "steady"


def test_the_windows_when_the_diary_reaches_back_exactly_far_enough() -> None:
    first, last = day(10), day(19)  # ten nights
    assert trend_windows(first, last, day(0)) == ((first, last), (day(0), day(9)))
    assert trend_windows(first, last, day(-5)) == ((first, last), (day(0), day(9)))
    # a night short: inside the period, its last five against the five before
    inside = ((day(15), day(19)), (day(10), day(14)))
    assert trend_windows(first, last, day(1)) == inside
    assert trend_windows(first, last, None) == inside


@pytest.mark.parametrize(("nights", "half"), [(1, 1), (2, 1), (3, 1), (4, 2), (59, 29),
                                               (60, 30), (61, 30), (200, 30)])
def test_the_windows_inside_a_period_hold_half_of_it_up_to_30(nights: int, half: int) -> None:
    first, last = day(0), day(nights - 1)
    now, before = trend_windows(first, last, None)
    assert now == (last - timedelta(days=half - 1), last)
    assert before == (now[0] - timedelta(days=half), now[0] - timedelta(days=1))


def test_the_windows_inside_a_period_respect_most() -> None:
    now, before = trend_windows(day(0), day(19), None, most=4)
    assert (now, before) == ((day(16), day(19)), (day(12), day(15)))


# --- the period by week, month, quarter ---------------------------------------------------
@pytest.mark.parametrize(("nights", "grain"), [(1, "week"), (126, "week"), (127, "month"),
                                               (1098, "month"), (1099, "quarter")])
def test_the_grain_at_its_edges(nights: int, grain: str) -> None:
    assert grain_for(day(0), day(nights - 1)) == grain


def test_months_across_a_years_end() -> None:
    records = [NightRecord(d, NightEntry(d, 2)) for d in (
        date(2025, 11, 14), date(2025, 11, 15), date(2025, 11, 30), date(2025, 12, 1),
        date(2025, 12, 31), date(2026, 1, 1), date(2026, 2, 3), date(2026, 2, 4))]
    rows = period_rows(records, date(2025, 11, 15), date(2026, 2, 3), "month")
    assert [(r.first, r.last) for r in rows] == [
        (date(2025, 11, 15), date(2025, 11, 30)), (date(2025, 12, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 3))]
    assert [[r.night.day for r in row.records] for row in rows] == [[15, 30], [1, 31], [1],
                                                                     [3]]
    assert [row.figures.nights for row in rows] == [16, 31, 31, 3]


def test_quarters_across_a_years_end() -> None:
    records = [NightRecord(d, NightEntry(d, 2)) for d in (
        date(2024, 2, 14), date(2024, 3, 31), date(2024, 4, 1), date(2024, 9, 30),
        date(2024, 10, 1), date(2024, 12, 31), date(2025, 1, 1))]
    rows = period_rows(records, date(2024, 2, 15), date(2025, 1, 10), "quarter")
    assert [(r.first, r.last) for r in rows] == [
        (date(2024, 2, 15), date(2024, 3, 31)), (date(2024, 4, 1), date(2024, 6, 30)),
        (date(2024, 7, 1), date(2024, 9, 30)), (date(2024, 10, 1), date(2024, 12, 31)),
        (date(2025, 1, 1), date(2025, 1, 10))]
    assert [len(r.records) for r in rows] == [1, 1, 1, 2, 1]
    assert rows[0].figures.nights == 46


def test_weeks_run_monday_to_sunday_and_keep_their_records_in_order() -> None:
    # NIGHT is a Monday; the period starts on the Wednesday
    records = [rated(8, 4), rated(1, 9), rated(2, 3), rated(6, 5), rated(7, 6), rated(9, 7)]
    rows = period_rows(records, day(2), day(8), "week")
    assert [(r.first, r.last) for r in rows] == [(day(2), day(6)), (day(7), day(8))]
    assert [[r.night for r in row.records] for row in rows] == [[day(2), day(6)],
                                                                 [day(7), day(8)]]
    assert [row.figures.mean_severity for row in rows] == [4.0, 5.0]


def test_a_row_counts_the_nights_a_step_was_done() -> None:
    records = [rated(0, 3, done=frozenset({1, 2})), rated(1, 3, done=frozenset({2})),
               rated(2, 3)]
    row = period_rows(records, day(0), day(6), "week")[0]
    assert row.done_share(2, 7) == (2, 7) and row.done_share(1, 5) == (1, 5)
    assert row.done_share(3, 7) == (0, 7)


# --- notes --------------------------------------------------------------------------------
def test_notes_from_the_14th_night_back_and_flagged_ones_up_to_the_last() -> None:
    records = [rated(d, 2, note=f"n{d}") for d in range(70)]
    records.append(NightRecord(day(50)))                 # no check-in: no note
    records.append(rated(51, 2))                         # an empty note
    flagged = frozenset({day(3), day(62)})               # 62: after the last night
    notes = report_notes(list(reversed(records)), day(59), flagged=flagged)
    assert [n for _, n in notes] == ["n3", *(f"n{d}" for d in range(46, 60))]
    assert notes[0] == (day(3), "n3")
    assert report_notes(records, day(59), recent_days=1) == [(day(59), "n59")]


# --- medicines ----------------------------------------------------------------------------
EVENTS = [("removed", day(40)), ("added", day(0)), ("enabled", day(1)),
          ("disabled", day(10)), ("disabled", day(11)), ("enabled", day(20)),
          ("enabled", day(21))]


def kinds(changes: list[MedicineChange]) -> list[tuple[str, int]]:
    return [(c.kind, (c.night - NIGHT).days) for c in changes]


def test_repeated_events_say_nothing_new_and_events_are_read_in_date_order() -> None:
    found = medicine_changes([("Tablet", "pramipexole", EVENTS)])
    assert kinds(found) == [("started", 0), ("stopped", 10), ("restarted", 20),
                            ("stopped", 40)]
    assert found[0] == MedicineChange(day(0), "Tablet", "pramipexole", "started")


def test_changes_on_the_first_and_last_night_are_in_the_period() -> None:
    steps = [("Tablet", "", EVENTS)]
    assert kinds(medicine_changes(steps, day(10), day(20))) == [("stopped", 10),
                                                                 ("restarted", 20)]
    assert kinds(medicine_changes(steps, day(11), day(19))) == []
    # a start before the period still makes the later one a restart
    assert kinds(medicine_changes(steps, day(15))) == [("restarted", 20), ("stopped", 40)]
    assert kinds(medicine_changes(steps, None, day(0))) == [("started", 0)]


def test_a_step_removed_while_off_and_two_steps_on_one_night() -> None:
    off_then_removed = [("added", day(0)), ("disabled", day(2)), ("removed", day(3))]
    found = medicine_changes([("Zinc", "", off_then_removed),
                              ("Magnesium", "200 mg", [("added", day(2))])])
    assert [(c.title, c.kind, (c.night - NIGHT).days) for c in found] == [
        ("Zinc", "started", 0), ("Magnesium", "started", 2), ("Zinc", "stopped", 2)]
    assert medicine_changes([]) == []


# --- what seems to help -------------------------------------------------------------------
def effect(step_id: int, title: str, done: float | None, not_done: float | None,
           n: int = 10) -> StepEffect:
    return StepEffect(StepInfo(step_id, title), n, n, done, not_done)


def test_effects_rank_by_size_either_way_then_by_title() -> None:
    found = ranked_effects([effect(1, "b", 4, 5), effect(2, "a", 6, 5), effect(3, "c", 3, 6),
                            effect(4, "d", 5, 5), effect(5, "e", 1, 9, n=4),
                            effect(6, "f", None, 5)])
    assert [e.step.id for e in found] == [3, 2, 1, 4]
    # no difference at all ranks after any difference, whatever its title
    assert [e.step.id for e in ranked_effects([effect(7, "a", 5, 5),
                                               effect(8, "z", 5, 5.5)])] == [8, 7]
    assert ranked_effects([]) == []
