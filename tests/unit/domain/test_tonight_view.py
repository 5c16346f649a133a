"""Tonight's one derivation: states, the next step and every shown time, from the ledger and
the clock (hypothesis over random evenings)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.tonight_view import (
    FINISHED,
    NEXT_GRACE,
    StepTiming,
    countdown_minutes,
    derive_view,
    next_minute,
    shown_minute,
    shown_time,
)

START = datetime(2026, 11, 21, 17, 0, tzinfo=UTC)
moments = st.integers(0, 8 * 3600).map(lambda s: START + timedelta(seconds=s))
ledger_states = st.sampled_from([None, "pending", "notified", "snoozed", "done", "skipped",
                                 "missed"])
evenings = st.lists(st.tuples(moments, st.integers(0, 60), ledger_states), max_size=8)


def build(evening):
    steps = [StepTiming(i, at, minutes) for i, (at, minutes, _s) in enumerate(
        sorted(evening, key=lambda e: e[0]))]
    ledger = {i: state for i, (_a, _m, state) in enumerate(sorted(evening, key=lambda e: e[0]))
              if state is not None}
    return steps, ledger


@given(evenings, moments, st.integers(1, 3 * 3600))
def test_missed_never_comes_undone_as_time_goes_on(evening, now, later) -> None:
    steps, ledger = build(evening)
    first = derive_view(steps, ledger, now)
    second = derive_view(steps, ledger, now + timedelta(seconds=later))
    for before, after in zip(first.states, second.states, strict=True):
        if before == "missed":
            assert after == "missed"


@given(evenings, moments)
def test_next_is_the_first_step_not_finished(evening, now) -> None:
    steps, ledger = build(evening)
    view = derive_view(steps, ledger, now)
    open_steps = [i for i, s in enumerate(view.states) if s not in FINISHED]
    assert view.next_index == (open_steps[0] if open_steps else None)


@given(evenings, moments)
def test_an_unanswered_step_past_its_window_is_missed(evening, now) -> None:
    steps, ledger = build(evening)
    view = derive_view(steps, ledger, now)
    for step, state in zip(steps, view.states, strict=True):
        recorded = ledger.get(step.step_id)
        if recorded in ("done", "skipped", "snoozed"):
            assert state == recorded  # an answer is shown as given
        elif now >= shown_minute(step.at + max(NEXT_GRACE, timedelta(minutes=step.minutes))):
            assert state == "missed"


@given(evenings, moments, st.integers(0, 59))
def test_the_view_changes_only_at_minute_boundaries(evening, now, seconds) -> None:
    steps, ledger = build(evening)
    minute = now.replace(second=0)
    assert derive_view(steps, ledger, minute) == derive_view(
        steps, ledger, minute + timedelta(seconds=seconds))


@given(moments, moments)
def test_one_rounding_rule_for_times_and_countdowns(at, now) -> None:
    shown = shown_minute(at)
    assert abs((shown - at).total_seconds()) <= 30
    assert shown_time(at.time()) == shown.time()
    # the countdown is the shown minute less the minute the clock shows
    clock = now.replace(second=0, microsecond=0)
    assert countdown_minutes(at, now) * 60 == (shown - clock).total_seconds()
    assert now < next_minute(now) <= now + timedelta(minutes=1)


def test_the_reported_times_read_alike() -> None:
    onset = datetime(2026, 11, 21, 21, 29, 40, tzinfo=UTC)
    assert shown_minute(onset).time() == time(21, 30)  # not 21:29 in one place, 21:30 in another
    assert shown_time(time(19, 59, 30)) == time(20, 0)
    assert shown_time(time(23, 59, 45)) == time(0, 0)
    assert shown_time(time(19, 59, 29)) == time(19, 59)
