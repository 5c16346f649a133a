"""The insights at the edges mutation testing found open (session 6): a step's spans and the
nights it was marked done outside them, the week's oldest night, a baseline rated on exactly
seven nights (its first and last included), a weekday number out of range."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import (
    SIGN_DAYTIME,
    SIGN_WORSE,
    StepInfo,
    TriggerEffect,
    adherence,
    augmentation_note,
    onset_series,
    rolling_mean,
    step_effects,
    trigger_effects,
)

TODAY = date(2026, 10, 30)


def day(back: int) -> date:
    return TODAY - timedelta(days=back)


def rec(back: int, onset: int | None = 600, severity: int | None = 4,
        morning: tuple[int, ...] = (), done: frozenset[int] = frozenset()) -> NightRecord:
    entry = NightEntry(day(back), severity) if severity is not None else None
    onsets = ((onset,) if onset is not None else ()) + morning
    return NightRecord(day(back), entry, onsets, done=done)


# ------------------------------------------------------------------ a step's nights

#: in the routine from 20 nights back until 10 nights back (that night no longer)
STRETCH = StepInfo(1, "Stretch", spans=((day(20), day(10)),))


def test_a_step_is_active_inside_its_spans_and_on_any_night_it_was_done() -> None:
    assert STRETCH.active_on(day(15)) and STRETCH.planned_on(day(15))
    assert STRETCH.active_on(day(20)) and not STRETCH.active_on(day(10))
    assert not STRETCH.active_on(day(5))
    assert STRETCH.active_on(day(5), frozenset({1}))  # marked done: it was in use
    assert STRETCH.planned_on(day(5), frozenset({1}))
    assert not STRETCH.planned_on(day(5), frozenset({2}))
    assert StepInfo(2, "Bath").active_on(day(300))  # spans not known: every night


def test_a_night_done_outside_the_spans_counts_as_done_in_the_step_effect() -> None:
    records = [rec(b, severity=2, done=frozenset({1})) for b in range(11, 16)]
    records += [rec(b, severity=6) for b in range(16, 21)]
    records += [rec(b, severity=1, done=frozenset({1})) for b in range(3)]  # after its span
    records += [rec(b, severity=9) for b in range(3, 6)]  # after its span, not done: no
    (effect,) = step_effects(records, [STRETCH])
    assert effect.step is STRETCH
    assert (effect.nights_done, effect.nights_not_done) == (8, 5)
    assert effect.mean_done == pytest.approx((5 * 2 + 3 * 1) / 8)
    assert effect.mean_not_done == 6.0


def test_a_weekday_number_out_of_range_plans_nothing() -> None:
    monday = date(2026, 10, 26)
    odd = StepInfo(1, "Walk", days=frozenset({0, 7, -1}))
    (walk,) = adherence([], [odd], monday, monday + timedelta(days=13))
    assert walk.planned == 2  # the two Mondays only


def test_the_onset_series_lists_nights_with_an_onset_oldest_first() -> None:
    records = [rec(1, 700), rec(3, None), rec(2, 650)]
    assert onset_series(records) == [(day(2), 650), (day(1), 700)]


def test_a_rolling_window_under_one_night_is_refused_in_words() -> None:
    with pytest.raises(ValueError) as caught:
        rolling_mean([], days=0)
    assert str(caught.value) == "days must be at least 1"


# ------------------------------------------------------------------ the note's week and baseline


def test_the_seventh_night_back_is_the_oldest_of_the_week() -> None:
    """The week is the nights today-6..today: worse nights and mornings on the oldest of
    them count as much as on tonight."""
    records = [rec(b, severity=4) for b in range(14, 30)]
    records += [rec(b, severity=5 if b >= 2 else 4, morning=(1200,) if b >= 5 else ())
                for b in range(7)]  # worse on nights 2-6 back, mornings on 5 and 6 back
    records += [rec(b, severity=9, morning=(1200,)) for b in range(7, 14)]
    note = augmentation_note(records, TODAY)
    assert (note.worse_nights, note.daytime_days) == (5, 2)
    assert {SIGN_WORSE, SIGN_DAYTIME} <= note.signs and note.show


def test_a_baseline_rated_on_exactly_seven_nights_judges_worse_nights() -> None:
    """The baseline is nights 14-20 back (seven with an onset, its first and last rated
    too): every night of the week rated above its median (4) is worse."""
    records = [rec(b, severity=4) for b in range(14, 21)]
    records += [rec(b, severity=5) for b in range(14)]
    note = augmentation_note(records, TODAY)
    assert (note.baseline_first, note.baseline_last, note.baseline_nights) == (
        day(20), day(14), 7)
    assert note.worse_nights == 7
    unrated_end = [r if r.night != day(14) else rec(14, severity=None) for r in records]
    assert augmentation_note(unrated_end, TODAY).worse_nights == 0  # six rated: too few
    unrated_start = [r if r.night != day(20) else rec(20, severity=None) for r in records]
    assert augmentation_note(unrated_start, TODAY).worse_nights == 0


# ------------------------------------------------------------------ a trigger's spread


def _trigger_nights(with_: list[int], without: list[int]) -> list[NightRecord]:
    nights = [NightRecord(day(i), NightEntry(day(i), s), triggers=frozenset({"coffee"}))
              for i, s in enumerate(with_)]
    nights += [NightRecord(day(10 + i), NightEntry(day(10 + i), s), triggers=frozenset({"x"}))
               for i, s in enumerate(without)]
    return nights


def _trigger_effects(with_: list[int], without: list[int]) -> list[TriggerEffect]:
    return trigger_effects(_trigger_nights(with_, without), ["coffee"])


def test_a_trigger_spread_from_two_nights_a_side_is_welchs_standard_error() -> None:
    (two,) = _trigger_effects([2, 4], [6, 8])
    assert two.spread == pytest.approx(2 ** 0.5)  # sqrt(2/2 + 2/2)
    (wider,) = _trigger_effects([2, 4, 6], [6, 8])
    assert wider.spread == pytest.approx((4 / 3 + 2 / 2) ** 0.5)
    for one_side in (([2], [6, 8]), ([2, 4], [6])):
        (few,) = _trigger_effects(*one_side)
        assert few.spread is None


