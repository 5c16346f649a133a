"""What Tonight shows, at its edges: a step exactly at its time, a minute before and after,
its window's end (15 minutes, or the step's length when longer) to the minute and the
second, the 30-second rounding rule, and midnight."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.tonight_view import (
    StepTiming,
    TonightView,
    countdown_minutes,
    derive_view,
    next_minute,
    shown_minute,
    shown_time,
)

ZONE = ZoneInfo("Europe/Berlin")
DUE = datetime(2026, 11, 20, 21, 30, tzinfo=ZONE)
MINUTE = timedelta(minutes=1)
SECOND = timedelta(seconds=1)


@pytest.mark.parametrize(("now", "state", "next_index"), [
    (DUE - MINUTE, None, 0),
    (DUE, None, 0),                                  # at its time: still next
    (DUE + MINUTE, None, 0),
    (DUE + 15 * MINUTE - SECOND, None, 0),           # the last second of its window
    (DUE + 15 * MINUTE, "missed", 1),                # the window is over: missed
    (DUE + 16 * MINUTE, "missed", 1),
])
def test_an_unanswered_step_is_next_until_its_window_ends(now, state, next_index) -> None:
    steps = [StepTiming(1, DUE), StepTiming(2, DUE + timedelta(hours=1))]
    view = derive_view(steps, {}, now)
    assert view == TonightView((state, None), next_index)


@pytest.mark.parametrize(("minutes", "missed_from"), [
    (0, 15), (14, 15), (15, 15), (16, 16), (45, 45),
])
def test_a_long_step_stays_next_for_its_length(minutes: int, missed_from: int) -> None:
    step = StepTiming(1, DUE, minutes)
    assert step.window_end == DUE + missed_from * MINUTE
    assert derive_view([step], {1: "notified"}, DUE + (missed_from - 1) * MINUTE).states == (
        "notified",)
    assert derive_view([step], {1: "notified"}, DUE + missed_from * MINUTE).states == (
        "missed",)


def test_a_window_ending_on_a_half_minute_ends_at_its_shown_minute() -> None:
    # a step at 21:29:30 is shown at 21:30; its window ends when 21:44:30 is shown, 21:45
    step = StepTiming(1, DUE - timedelta(seconds=30))
    assert derive_view([step], {}, DUE + 14 * MINUTE + 59 * SECOND).states == (None,)
    assert derive_view([step], {}, DUE + 15 * MINUTE).states == ("missed",)


@pytest.mark.parametrize("answer", ["done", "skipped", "snoozed", "missed"])
def test_an_answer_is_shown_as_given_even_long_after(answer: str) -> None:
    view = derive_view([StepTiming(1, DUE), StepTiming(2, DUE + MINUTE)], {1: answer},
                       DUE + timedelta(hours=3))
    assert view.states == (answer, "missed")


@pytest.mark.parametrize(("answer", "next_index"), [
    ("done", 1), ("skipped", 1), ("missed", 1), ("snoozed", 0), ("notified", 0),
])
def test_next_is_the_first_step_not_finished(answer: str, next_index: int) -> None:
    view = derive_view([StepTiming(1, DUE), StepTiming(2, DUE + MINUTE)], {1: answer}, DUE)
    assert view.states == (answer, None) and view.next_index == next_index


def test_everything_finished_leaves_no_next() -> None:
    view = derive_view([StepTiming(1, DUE), StepTiming(2, DUE + MINUTE)],
                       {1: "done", 2: "skipped"}, DUE)
    assert view == TonightView(("done", "skipped"), None)
    assert derive_view([], {}, DUE) == TonightView((), None)


def test_a_step_without_an_id_has_no_ledger_entry() -> None:
    # a step not yet saved (no id): nothing recorded for it, but its window still passes
    steps = [StepTiming(None, DUE), StepTiming(1, DUE)]
    ledger = {1: "done"}
    assert derive_view(steps, ledger, DUE).states == (None, "done")
    assert derive_view(steps, ledger, DUE + 15 * MINUTE).states == ("missed", "done")


@pytest.mark.parametrize(("now", "minutes"), [
    (DUE - MINUTE, 1), (DUE - MINUTE + 59 * SECOND, 1), (DUE, 0), (DUE + 59 * SECOND, 0),
    (DUE + MINUTE, -1), (DUE - timedelta(hours=2), 120),
])
def test_the_countdown_at_one_minute_either_side(now: datetime, minutes: int) -> None:
    assert countdown_minutes(DUE, now) == minutes


def test_the_countdown_reads_the_clocks_minute_to_the_microsecond() -> None:
    # 21:29:00.5 shows 21:29 on the clock: one minute to go, not "now"
    assert countdown_minutes(DUE, DUE - MINUTE + timedelta(microseconds=500_000)) == 1
    assert countdown_minutes(DUE, DUE - timedelta(microseconds=1)) == 1
    assert countdown_minutes(DUE, DUE + timedelta(microseconds=1)) == 0


def test_the_countdown_across_midnight() -> None:
    midnight = datetime(2026, 11, 21, 0, 0, tzinfo=ZONE)
    assert countdown_minutes(midnight, midnight - MINUTE) == 1
    assert countdown_minutes(midnight, midnight - 30 * SECOND) == 1  # the clock shows 23:59
    assert countdown_minutes(midnight - timedelta(seconds=31), midnight) == -1
    assert countdown_minutes(midnight - timedelta(seconds=30), midnight) == 0
    assert countdown_minutes(midnight + timedelta(hours=1), midnight - MINUTE) == 61


def test_the_rounding_edge_is_thirty_seconds() -> None:
    assert shown_minute(DUE + 29 * SECOND) == DUE
    assert shown_minute(DUE + 30 * SECOND) == DUE + MINUTE
    assert shown_minute(DUE - 30 * SECOND) == DUE
    assert shown_minute(DUE - 31 * SECOND) == DUE - MINUTE
    assert shown_minute(DUE + timedelta(seconds=29, microseconds=999_999)) == DUE
    assert shown_minute(DUE).tzinfo is ZONE


def test_the_next_minute_boundary() -> None:
    assert next_minute(DUE) == DUE + MINUTE
    assert next_minute(DUE + timedelta(seconds=59, microseconds=999_999)) == DUE + MINUTE
    last = datetime(2026, 11, 20, 23, 59, 59, 500_000, tzinfo=ZONE)
    assert next_minute(last) == datetime(2026, 11, 21, 0, 0, tzinfo=ZONE)


@pytest.mark.parametrize(("clock", "shown"), [
    (time(21, 29, 29), time(21, 29)), (time(21, 29, 30), time(21, 30)),
    (time(21, 29, 29, 999_999), time(21, 29)), (time(21, 29, 30, 1), time(21, 30)),
    (time(21, 29, 59, 500_000), time(21, 30)), (time(0, 0), time(0, 0)),
    (time(0, 0, 29), time(0, 0)), (time(23, 59, 29), time(23, 59)),
    (time(23, 59, 30), time(0, 0)), (time(12, 0), time(12, 0)), (time(11, 59, 45), time(12, 0)),
    (time(9, 5), time(9, 5)), (time(9, 5, 30), time(9, 6)),
])
def test_a_clock_time_rounds_like_a_moment(clock: time, shown: time) -> None:
    assert shown_time(clock) == shown


def test_a_clock_time_keeps_its_zone() -> None:
    assert shown_time(time(21, 29, 40, tzinfo=ZONE)) == time(21, 30, tzinfo=ZONE)
    assert shown_time(time(21, 29, 40, tzinfo=ZONE)).tzinfo is ZONE


@given(st.integers(0, 24 * 3600 * 1_000_000 - 1))
def test_a_clock_time_and_a_moment_round_alike_to_the_microsecond(micros: int) -> None:
    moment = datetime(2026, 11, 20, tzinfo=ZONE) + timedelta(microseconds=micros)
    assert shown_time(moment.timetz()) == shown_minute(moment).timetz()
