"""The insights' windows and thresholds at their edges, found by mutation testing: the
rolling mean's 7 nights, the baseline's cut-offs (the medicine's first night, the recent
14 nights) and its 7-night minimum, each sign at its count, 5 nights each side."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import (
    SIGN_DAYTIME,
    SIGN_EARLIER,
    SIGN_WORSE,
    AugmentationNote,
    MedicineStart,
    StepEffect,
    StepInfo,
    adherence,
    augmentation_note,
    dopaminergic_names,
    rolling_mean,
    step_effects,
    weekday_counts,
)

TODAY = date(2026, 10, 30)


def day(back: int) -> date:
    return TODAY - timedelta(days=back)


def rec(back: int, onset: int | None = 600, severity: int | None = 4,
        morning: tuple[int, ...] = (), done: frozenset[int] = frozenset()) -> NightRecord:
    entry = NightEntry(day(back), severity) if severity is not None else None
    onsets = ((onset,) if onset is not None else ()) + morning
    return NightRecord(day(back), entry, onsets, done=done)


# ------------------------------------------------------------------ rolling mean


def test_the_rolling_mean_takes_exactly_seven_nights() -> None:
    points = [(day(7), 80.0)] + [(day(b), 0.0) for b in range(7)]  # 8 nights in a row
    means = dict(rolling_mean(points))
    assert means[day(1)] == pytest.approx(80 / 7)  # day(7)..day(1): seven nights
    assert means[day(0)] == 0.0  # day(6)..day(0): the 80 is eight nights back, out
    assert dict(rolling_mean(points, days=1)) == dict(points)


def test_missing_nights_shrink_the_window() -> None:
    points = [(day(9), 10.0), (day(6), 20.0), (day(0), 30.0)]
    assert rolling_mean(points) == [(day(9), 10.0), (day(6), 15.0), (day(0), 25.0)]
    assert rolling_mean(list(reversed(points))) == rolling_mean(points)
    assert rolling_mean([]) == []
    with pytest.raises(ValueError, match="at least 1"):
        rolling_mean(points, days=0)


# ------------------------------------------------------------------ the baseline


def drift(medicine_back: int, count: int = 60, before: int = 600,
          after: int = 450) -> list[NightRecord]:
    """``count`` nights; onset ``before`` until ``medicine_back`` nights ago, then ``after``."""
    return [rec(b, before if b > medicine_back else after) for b in range(count)]


def test_the_nights_before_the_medicine_are_the_baseline_from_seven_on() -> None:
    """Seven nights with an onset before the medicine's first night make a baseline; the
    medicine's first night itself is not one of them."""
    med = MedicineStart("Pramipexole 0.125 mg", day(20), "pramipexole")
    seven = [rec(b) for b in range(21, 28)] + [rec(b, 450) for b in range(21)]
    note = augmentation_note(seven, TODAY, med)
    assert (note.baseline, note.baseline_nights) == ("before_medicine", 7)
    assert (note.baseline_first, note.baseline_last) == (day(27), day(21))
    assert (note.baseline_onset, note.recent_onset, note.shift_minutes) == (600, 450, 150)
    assert SIGN_EARLIER in note.signs and note.show
    assert (note.medicine, note.medicine_start, note.drug) == (
        "Pramipexole 0.125 mg", day(20), "pramipexole")
    six = seven[1:]
    fallback = augmentation_note(six, TODAY, med)
    assert fallback.baseline == "first_nights"
    # the first nights before the recent 14: day(27)..day(14) but day(21), 13 of them
    assert (fallback.baseline_first, fallback.baseline_last) == (day(27), day(14))
    assert fallback.baseline_nights == 13


def test_a_medicine_without_a_drug_name_is_called_by_its_name() -> None:
    med = MedicineStart("Ropinirol 1 mg", day(20))
    assert augmentation_note(drift(20), TODAY, med).drug == "Ropinirol 1 mg"


def test_the_baseline_takes_at_most_28_nights_nearest_the_medicine() -> None:
    med = MedicineStart("Pramipexole", day(20))
    records = [rec(b, 300 if b > 48 else 600) for b in range(21, 60)] + [
        rec(b, 600) for b in range(21)]
    note = augmentation_note(records, TODAY, med)
    assert note.baseline_nights == 28 and note.baseline_first == day(48)
    assert note.baseline_onset == 600  # the older 300s are past the 28


def test_first_nights_stop_where_the_recent_fourteen_begin() -> None:
    """Without a medicine: the baseline is the first nights before the last 14; a night
    14 days back belongs to the baseline, 13 days back to the recent nights."""
    records = [rec(b) for b in range(14, 21)] + [rec(b, 450) for b in range(14)]
    note = augmentation_note(records, TODAY)
    assert (note.baseline, note.baseline_nights) == ("first_nights", 7)
    assert note.baseline_last == day(14)
    assert (note.recent_nights, note.recent_onset) == (14, 450)
    assert note.shift_minutes == 150
    six = augmentation_note(records[1:], TODAY)
    assert (six.baseline_nights, six.baseline_onset, six.shift_minutes) == (6, None, None)
    assert six.signs == frozenset()


def test_seven_recent_nights_give_a_recent_onset_six_do_not() -> None:
    base = [rec(b) for b in range(14, 30)]
    seven = base + [rec(b, 450) for b in range(7)]
    assert augmentation_note(seven, TODAY).recent_onset == 450
    assert augmentation_note(base + [rec(b, 450) for b in range(6)], TODAY).recent_onset is None


def test_nights_after_today_are_not_counted() -> None:
    records = [rec(b) for b in range(14, 30)] + [rec(b, 450) for b in range(-3, 7)]
    note = augmentation_note(records, TODAY)
    assert note.recent_nights == 7


@pytest.mark.parametrize(("recent", "earlier"), [(480, True), (481, False), (479, True)])
def test_two_hours_earlier_is_a_sign_a_minute_less_is_not(recent: int, earlier: bool) -> None:
    records = [rec(b) for b in range(14, 30)] + [rec(b, recent) for b in range(14)]
    assert (SIGN_EARLIER in augmentation_note(records, TODAY).signs) is earlier


@pytest.mark.parametrize(("worse", "sign"), [(4, False), (5, True)])
def test_worse_on_five_of_the_last_seven_nights(worse: int, sign: bool) -> None:
    """Baseline severity 4; nights rated 5 are worse, a night rated 4 is not; the night
    seven days back is outside the week."""
    records = [rec(b, severity=4) for b in range(14, 30)]
    records += [rec(b, severity=5 if b < worse else 4) for b in range(7)]
    records += [rec(b, severity=9) for b in range(7, 14)]  # before the week: not counted
    note = augmentation_note(records, TODAY)
    assert note.worse_nights == worse and (note.worse_of, note.daytime_of) == (7, 7)
    assert (SIGN_WORSE in note.signs) is sign


def test_no_worse_nights_without_a_rated_baseline() -> None:
    records = [rec(b, severity=None) for b in range(14, 30)]
    records += [rec(b, severity=9) for b in range(7)]
    assert augmentation_note(records, TODAY).worse_nights == 0


@pytest.mark.parametrize(("mornings", "sign"), [(1, False), (2, True)])
def test_symptoms_before_noon_on_two_days_of_the_week(mornings: int, sign: bool) -> None:
    records = [rec(b) for b in range(14, 30)]
    records += [rec(b, morning=(1200,) if b < mornings else ()) for b in range(14)]
    note = augmentation_note(records, TODAY)
    assert note.daytime_days == mornings and (SIGN_DAYTIME in note.signs) is sign
    eighth = augmentation_note(
        [r for r in records if r.night != day(7)] + [rec(7, morning=(1200,))], TODAY)
    assert eighth.daytime_days == mornings  # seven days back is not this week


def test_mornings_show_only_together_with_worse_nights() -> None:
    def note(signs: set[str]) -> AugmentationNote:
        return AugmentationNote(frozenset(signs), "first_nights", None, None, 0, None, 0, None)

    assert not note({SIGN_DAYTIME}).show and not note({SIGN_WORSE}).show
    assert note({SIGN_DAYTIME, SIGN_WORSE}).show and note({SIGN_EARLIER}).show
    assert note(set()).shift_minutes is None


# ------------------------------------------------------------------ steps


def test_a_step_effect_needs_five_nights_each_side() -> None:
    step = StepInfo(1, "Magnesium")
    assert StepEffect(step, 5, 5, 3.0, 5.0).difference == -2.0
    assert StepEffect(step, 4, 9, 3.0, 5.0).difference is None
    assert StepEffect(step, 9, 4, 3.0, 5.0).difference is None
    assert not StepEffect(step, 5, 4, 3.0, 5.0).enough


def test_step_effects_count_from_the_first_night_it_was_done() -> None:
    step = StepInfo(1, "Stretch")
    records = [rec(b, severity=8) for b in range(20, 25)]  # before it was ever done
    records += [rec(b, severity=2, done=frozenset({1})) for b in range(10, 15)]
    records += [rec(b, severity=6) for b in range(5)]
    records += [rec(6, severity=None, done=frozenset({1}))]  # no severity: not counted
    (effect,) = step_effects(records, [step])
    assert (effect.nights_done, effect.nights_not_done) == (5, 5)
    assert (effect.mean_done, effect.mean_not_done) == (2.0, 6.0)
    (never,) = step_effects(records, [StepInfo(2, "Bath")])
    assert (never.nights_done, never.nights_not_done, never.mean_done) == (0, 0, None)


def test_weekday_counts_at_whole_weeks_and_a_day_over() -> None:
    monday = date(2026, 10, 26)
    assert weekday_counts(monday, monday + timedelta(days=6)) == [1] * 7
    assert weekday_counts(monday, monday + timedelta(days=7)) == [2, 1, 1, 1, 1, 1, 1]
    assert weekday_counts(monday, monday) == [1, 0, 0, 0, 0, 0, 0]
    assert weekday_counts(monday, monday - timedelta(days=1)) == [0] * 7


def test_adherence_counts_planned_weekdays_and_done_nights() -> None:
    monday = date(2026, 10, 26)
    weekdays = StepInfo(1, "Walk", days=frozenset({0, 2, 4}))
    records = [NightRecord(monday, done=frozenset({1})),
               NightRecord(monday + timedelta(days=1), done=frozenset({1})),  # a Tuesday
               NightRecord(monday + timedelta(days=14), done=frozenset({1}))]  # after last
    (walk,) = adherence(records, [weekdays], monday, monday + timedelta(days=13))
    assert (walk.done, walk.planned, walk.share) == (1, 6, 1 / 6)
    (none,) = adherence([], [weekdays], monday, monday - timedelta(days=1))
    assert (none.planned, none.share) == (0, None)


def test_dopaminergic_names_are_found_as_words_in_any_case_once() -> None:
    known = ["Pramipexol", "pramipexole", "Ropinirole", "Sifrol"]
    texts = ["PRAMIPEXOL 0.18 mg", "pramipexol again", "Sifrolx", "ropinirole-ratiopharm"]
    assert dopaminergic_names(texts, known) == ["Pramipexol", "Ropinirole"]
