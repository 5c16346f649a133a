"""'What else happened' compared like 'what seems to help': on generated diaries with a
trigger built to add a known number of points, that trigger is found with its size and
counts; one built to add nothing is never reported as an effect; below the minimum nights
nothing is reported."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry, NightRecord
from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE, trigger_effects
from tests.hypothesis_budget import examples

START = date(2025, 1, 1)


def _diary(bases_with: list[int], bases_without: list[int],
           effects: dict[str, int]) -> list[NightRecord]:
    """Nights whose severity is a base value plus, on nights with "alcohol", its built-in
    effect; the nights with and without it take turns on the calendar."""
    records = []
    labelled = [(b, True) for b in bases_with] + [(b, False) for b in bases_without]
    labelled.sort(key=lambda item: hash(item) % 7)  # mixed, deterministically
    for i, (base, with_) in enumerate(labelled):
        names = frozenset({"alcohol"} if with_ else {"short-night"})
        severity = min(10, base + (effects.get("alcohol", 0) if with_ else 0))
        night = START + timedelta(days=i)
        records.append(NightRecord(night, NightEntry(night, severity), triggers=names))
    return records


@settings(max_examples=examples(200), deadline=None)
@given(data=st.data(), pairs=st.integers(12, 30), extra=st.integers(1, 3))
def test_a_trigger_built_to_add_two_points_is_found(data: st.DataObject, pairs: int,
                                                    extra: int) -> None:
    # the same base severities on nights with and without it (each without-base repeated
    # ``extra`` times), so the true difference is exactly 2
    bases = data.draw(st.lists(st.integers(2, 5), min_size=pairs, max_size=pairs))
    records = _diary(bases, bases * extra, {"alcohol": 2})
    (effect,) = trigger_effects(records, ["alcohol"])
    assert (effect.nights_with, effect.nights_without) == (pairs, pairs * extra)
    assert effect.difference is not None and abs(effect.difference - 2) < 1e-9
    assert effect.notable


@settings(max_examples=examples(200), deadline=None)
@given(data=st.data(), nights=st.integers(20, 80))
def test_a_trigger_built_to_add_nothing_is_not_reported(data: st.DataObject,
                                                        nights: int) -> None:
    # "exercise" is noted on a drawn half of the nights, balanced against the base
    # severities (each base value once with and once without), and changes nothing;
    # "alcohol" on others adds 2, so the diary itself has real variation
    half = nights // 2
    bases = data.draw(st.lists(st.integers(0, 6), min_size=half, max_size=half))
    alcohol = data.draw(st.lists(st.booleans(), min_size=half, max_size=half))
    # every base appears twice, same alcohol mark, once with exercise and once without
    records = []
    for i, (base, drink) in enumerate(zip(bases, alcohol, strict=True)):
        for j, exercise in enumerate((True, False)):
            night = START + timedelta(days=2 * i + j)
            names = {"exercise"} if exercise else set()
            names |= {"alcohol"} if drink else set()
            records.append(NightRecord(night, NightEntry(night, base + 2 * drink),
                                       triggers=frozenset(names | {"short-night"})))
    by_name = {e.name: e for e in trigger_effects(records, ["exercise", "alcohol"])}
    exercise = by_name["exercise"]
    assert exercise.enough and exercise.difference == 0
    assert not exercise.notable


def test_below_the_minimum_nights_there_is_no_difference() -> None:
    few = MIN_NIGHTS_EACH_SIDE - 1
    records = _diary([8] * few, [1] * 40, {})
    (effect,) = trigger_effects(records, ["alcohol"])
    assert effect.nights_with == few and not effect.enough
    assert effect.difference is None and not effect.notable


def test_noisy_small_differences_are_not_notable() -> None:
    # 1.2 points apart on average but with a wide spread: within twice the standard error
    with_ = [0, 10, 0, 10, 1, 9, 0, 10, 4, 9]
    without = [0, 9, 1, 10, 0, 8, 0, 9, 1, 3] * 2
    (effect,) = trigger_effects(_diary(with_, without, {}), ["alcohol"])
    assert effect.difference is not None and abs(effect.difference - 1.2) < 1e-9
    assert effect.spread is not None and effect.difference < 2 * effect.spread
    assert not effect.notable


def test_nights_before_any_trigger_was_noted_do_not_count_as_without() -> None:
    early = [NightRecord(START - timedelta(days=d), NightEntry(START - timedelta(days=d), 9))
             for d in range(1, 30)]
    records = early + _diary([5] * 6, [3] * 6, {})
    (effect,) = trigger_effects(records, ["alcohol"])
    assert (effect.nights_with, effect.nights_without) == (6, 6)
    assert effect.difference == 2


def test_no_triggers_ever_noted_gives_no_nights() -> None:
    records = [NightRecord(START + timedelta(days=d), NightEntry(START + timedelta(days=d), 4))
               for d in range(30)]
    (effect,) = trigger_effects(records, ["alcohol"])
    assert (effect.nights_with, effect.nights_without) == (0, 0)


def test_the_english_lines_for_the_report() -> None:
    from rlsdesk.domain.insights import TriggerEffect
    from rlsdesk.domain.medicine_events import MedicineEvent
    from rlsdesk.domain.triggers import trigger_counts
    from rlsdesk.export.trigger_summaries import (
        counts_text,
        medicine_event_line,
        trigger_lines,
    )

    effects = [TriggerEffect("exercise", 20, 30, 4.0, 4.1, 0.4),
               TriggerEffect("alcohol", 12, 40, 5.8, 4.0, 0.5),
               TriggerEffect("nicotine", 3, 40, 9.0, 4.0, 1.0)]
    assert trigger_lines(effects) == [
        "On nights with alcohol: 1.8 points worse (12 nights with, 40 without)",
        "On nights with exercise: no clear difference (20 nights with, 30 without)"]
    records = _diary([5] * 3, [3] * 4, {})
    counts = trigger_counts(records, START, START + timedelta(days=6))
    assert counts == {"alcohol": 3, "short-night": 4}
    assert counts_text(counts) == "alcohol 3, short-night 4"
    event = MedicineEvent(START, 1, "dose_changed", "Magnesium", "magnesium 300 mg",
                          "magnesium 200 mg")
    assert medicine_event_line(event) == (
        "2025-01-01: Magnesium changed from magnesium 200 mg to magnesium 300 mg")
