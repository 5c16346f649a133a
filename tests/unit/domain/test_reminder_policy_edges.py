"""The reminder rules at their limits (session 6, from mutation testing): a reminder comes
exactly once and on time. On time up to 90 s after its time, late up to 30 min, missed
after; bedtime exactly at the moment of a late reminder; quiet hours by the time it fires
or the time it would be shown; which hold holds what; a change of plan at the grace's
edge; the pause, long sit and long-sit offer at their ends."""

from __future__ import annotations

import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.reminder_policy import (
    LATE_LIMIT,
    ON_TIME_GRACE,
    BodyWords,
    ClockWatch,
    Controls,
    Decision,
    Delivery,
    Entry,
    Hold,
    LongSit,
    Occurrence,
    Pause,
    QuietHours,
    State,
    decide,
    fire_time,
    fullscreen_offer_at,
    held_misses,
    missed_by_change,
    next_up,
    offer_long_sit,
    parse_quiet_hours,
)

BERLIN = ZoneInfo("Europe/Berlin")
DUE = datetime(2026, 11, 21, 21, 10, tzinfo=BERLIN)
TICK = timedelta(microseconds=1)
STEP = Occurrence(1, "Magnesium", DUE, minutes=5, why="spaced from the iron tablet")


NO_CONTROLS = Controls()


def _decide(now: datetime, controls: Controls = NO_CONTROLS, entry: Entry | None = None,
            occurrence: Occurrence = STEP) -> Decision:
    entries = {} if entry is None else {occurrence.step_id: entry}
    return decide(now, [occurrence], entries, controls, BERLIN)


def _shown(decision: Decision) -> list[tuple[int, bool]]:
    return [(d.occurrence.step_id, d.late) for d in decision.deliver]


# ------------------------------------------------------------------ on time, late, missed


def test_a_reminder_is_shown_at_its_time_and_not_a_moment_before() -> None:
    before = _decide(DUE - TICK)
    assert before.deliver == [] and before.wakeups == {"step:1": DUE}
    assert not before.changes_ledger
    assert _shown(_decide(DUE)) == [(1, False)]


def test_on_time_until_90_seconds_after_late_from_then_on() -> None:
    assert timedelta(seconds=90) == ON_TIME_GRACE
    assert _shown(_decide(DUE + ON_TIME_GRACE)) == [(1, False)]
    assert _shown(_decide(DUE + ON_TIME_GRACE + TICK)) == [(1, True)]


def test_late_until_30_minutes_after_missed_from_then_on() -> None:
    assert timedelta(minutes=30) == LATE_LIMIT
    assert _shown(_decide(DUE + LATE_LIMIT)) == [(1, True)]
    missed = _decide(DUE + LATE_LIMIT + TICK)
    assert missed.deliver == [] and missed.missed == [1] and missed.changes_ledger


def test_a_late_pre_bed_step_is_missed_from_the_moment_bedtime_comes() -> None:
    bedtime = DUE + timedelta(minutes=10)
    controls = Controls(bedtime=bedtime)
    assert _shown(_decide(bedtime - TICK, controls)) == [(1, True)]
    assert _decide(bedtime, controls).missed == [1]
    # within the grace it is on time, and shown even after bedtime
    at_bed = Controls(bedtime=DUE + timedelta(seconds=30))
    assert _shown(_decide(DUE + ON_TIME_GRACE, at_bed)) == [(1, False)]


def test_a_step_planned_at_bedtime_is_still_shown_late_after_it() -> None:
    controls = Controls(bedtime=DUE)
    assert _shown(_decide(DUE + timedelta(minutes=20), controls)) == [(1, True)]


def test_missed_wins_over_pause_quiet_hours_and_a_hold() -> None:
    late = DUE + LATE_LIMIT + TICK
    quiet = QuietHours(time(21), time(23))
    for controls in (Controls(paused=True), Controls(quiet=quiet), Controls(hold=Hold.AWAY)):
        decision = _decide(late, controls)
        assert (decision.missed, decision.skipped, decision.held) == ([1], [], [])



def test_a_step_later_or_settled_in_the_list_holds_back_none_after_it() -> None:
    """The plan's order is not the order of time: a step still to come, or one already
    done, listed before a due one must not keep the due one from being shown."""
    later = Occurrence(2, "Stretch", DUE + timedelta(minutes=20))
    done = Occurrence(3, "Bath", DUE - timedelta(minutes=5))
    decision = decide(DUE, [later, done, STEP], {3: Entry(3, State.DONE, done.due)},
                      NO_CONTROLS, BERLIN)
    assert _shown(decision) == [(1, False)]
    assert decision.wakeups == {"step:2": later.due}

# ------------------------------------------------------------------ pause, quiet hours, holds


def test_paused_reminders_are_skipped_with_the_reason() -> None:
    decision = _decide(DUE, Controls(paused=True, hold=Hold.AWAY))
    assert decision.skipped == [(1, "paused")] and decision.deliver == []
    assert decision.changes_ledger


@pytest.mark.parametrize(("start", "end", "now"), [
    (time(21, 10), time(23), DUE),  # fires at the quiet hours' start
    (time(21, 5), time(21, 11), DUE + timedelta(seconds=80)),  # fired inside, shown after
    (time(21, 11), time(23), DUE + timedelta(minutes=2)),  # fired before, shown inside
])
def test_quiet_hours_skip_by_the_time_it_fires_or_the_time_it_would_be_shown(
    start: time, end: time, now: datetime,
) -> None:
    decision = _decide(now, Controls(quiet=QuietHours(start, end)))
    assert decision.skipped == [(1, "quiet hours")] and decision.deliver == []


def test_quiet_hours_ending_as_it_fires_do_not_skip_it() -> None:
    decision = _decide(DUE, Controls(quiet=QuietHours(time(20), time(21, 10))))
    assert _shown(decision) == [(1, False)] and decision.skipped == []


def test_away_holds_every_step_do_not_disturb_all_but_the_marked() -> None:
    away = _decide(DUE, Controls(hold=Hold.AWAY, through_dnd=frozenset({1})))
    assert away.held == [(1, Hold.AWAY)] and away.deliver == [] and away.changes_ledger
    dnd = _decide(DUE, Controls(hold=Hold.DND))
    assert dnd.held == [(1, Hold.DND)] and dnd.deliver == []
    through = _decide(DUE, Controls(hold=Hold.DND, through_dnd=frozenset({1})))
    assert through.held == [] and [d.urgent for d in through.deliver] == [True]
    plain = _decide(DUE, Controls(through_dnd=frozenset({2})))
    assert [d.urgent for d in plain.deliver] == [False]


# ------------------------------------------------------------------ snooze and the ledger


def test_fire_time_by_the_ledger_state() -> None:
    until = DUE + timedelta(minutes=10)
    assert fire_time(STEP, None) == DUE
    assert fire_time(STEP, Entry(1, State.PENDING, DUE)) == DUE
    assert fire_time(STEP, Entry(1, State.SNOOZED, DUE, snoozed_until=until)) == until
    assert fire_time(STEP, Entry(1, State.SNOOZED, DUE)) == DUE
    for state in (State.NOTIFIED, State.DONE, State.SKIPPED, State.MISSED):
        assert fire_time(STEP, Entry(1, state, DUE)) is None


def test_a_snooze_is_shown_at_its_end_marked_snoozed_and_timed_from_it() -> None:
    until = DUE + timedelta(minutes=10)
    snoozed = Entry(1, State.SNOOZED, DUE, snoozed_until=until, notified_at=DUE)
    (delivery,) = _decide(until, entry=snoozed).deliver
    assert (delivery.snoozed, delivery.late, delivery.fire_at) == (True, False, until)
    assert _decide(until + LATE_LIMIT + TICK, entry=snoozed).missed == [1]
    (pending,) = _decide(DUE, entry=Entry(1, State.PENDING, DUE)).deliver
    assert not pending.snoozed


def test_the_body_says_the_time_the_minutes_late_or_snoozed_and_why() -> None:
    on_time = Delivery(STEP, DUE, late=False, snoozed=False)
    assert on_time.body(BERLIN) == "21:10 · 5 min\nspaced from the iron tablet"
    assert on_time.body(BERLIN, why="") == "21:10 · 5 min"
    late = Delivery(STEP, DUE + timedelta(minutes=3), late=True, snoozed=True)
    assert late.body(BERLIN, why="other") == "21:10 · 5 min\nlate: was due 21:13\nother"
    snoozed = Delivery(Occurrence(2, "Stretch", DUE), DUE, late=False, snoozed=True)
    assert snoozed.body(ZoneInfo("UTC")) == "20:10\nsnoozed reminder"
    words = BodyWords(minutes="%1 Min.", late="verspätet: %1", snoozed="erneut",
                      clock=lambda t: f"{t.hour % 12}.{t.minute:02d} pm")
    assert late.body(BERLIN, words, "") == "9.10 pm · 5 Min.\nverspätet: 9.13 pm"
    assert snoozed.body(BERLIN, words) == "9.10 pm\nerneut"


# ------------------------------------------------------------------ after a hold


def test_misses_while_held_are_told_once_in_order_and_not_while_paused() -> None:
    def missed(step: int, reason: str | None, told: datetime | None = None) -> Entry:
        return Entry(step, State.MISSED, DUE, reason=reason, told_at=told)

    entries = {3: missed(3, "away"), 1: missed(1, "do not disturb"), 2: missed(2, None),
               4: missed(4, "away", DUE), 5: Entry(5, State.SKIPPED, DUE, reason="away"),
               6: missed(6, "paused")}
    assert held_misses(entries, Controls()) == ([1, 3], True)
    assert held_misses(entries, Controls(paused=True)) == ([1, 3], False)
    assert held_misses(entries, Controls(hold=Hold.DND)) == ([], False)
    assert held_misses({}, Controls()) == ([], False)


# ------------------------------------------------------------------ a change of plan


def test_a_change_of_plan_misses_steps_past_the_grace_only() -> None:
    now = DUE + timedelta(minutes=5)
    edge = now - ON_TIME_GRACE
    due = {1: edge, 2: edge - TICK, 3: edge - timedelta(minutes=1)}
    assert missed_by_change(now, due, None) == set()
    assert missed_by_change(now, due, {}) == {2, 3}  # all new: the two past the grace
    same = {1: edge, 2: edge - TICK, 3: (edge - timedelta(minutes=1)).astimezone(UTC)}
    assert missed_by_change(now, due, same) == set()  # same instants: no change
    assert missed_by_change(now, due, {3: edge - timedelta(minutes=2)}) == {2, 3}


def test_a_change_within_the_same_second_is_no_change() -> None:
    now = DUE + timedelta(minutes=5)
    old = DUE.replace(microsecond=200)
    assert missed_by_change(now, {1: DUE.replace(microsecond=900)}, {1: old}) == set()
    assert missed_by_change(now, {1: DUE + timedelta(seconds=1)}, {1: old}) == {1}


# ------------------------------------------------------------------ what comes next


def test_next_up_keeps_what_is_still_on_time_and_the_earliest() -> None:
    now = DUE + ON_TIME_GRACE
    first = Occurrence(1, "A", DUE)  # exactly at the grace's end: still to come
    gone = Occurrence(2, "B", DUE - TICK)
    twin = Occurrence(3, "C", DUE)  # the same time: the first listed stays
    assert next_up(now, [gone, first, twin], {}) == (first, DUE, False)
    assert next_up(now, [gone], {}) is None
    later = Occurrence(4, "D", DUE + timedelta(minutes=9))
    snooze = {1: Entry(1, State.DONE, DUE),
              4: Entry(4, State.SNOOZED, later.due, snoozed_until=DUE + timedelta(minutes=1))}
    assert next_up(now, [first, later], snooze) == (later, DUE + timedelta(minutes=1), True)
    assert next_up(now, [first], {1: Entry(1, State.DONE, DUE)}) is None


# ------------------------------------------------------------------ pause from the tray


def test_a_pause_for_minutes_ends_at_the_whole_second_in_utc() -> None:
    now = datetime(2026, 11, 21, 21, 0, 5, 900_000, tzinfo=BERLIN)
    pause = Pause.for_minutes(now, 1)
    assert pause.until == datetime(2026, 11, 21, 20, 1, 5, tzinfo=UTC)
    assert pause.until.tzinfo is UTC
    assert pause.active(pause.until - TICK) and not pause.ended(pause.until - TICK)
    assert not pause.active(pause.until) and pause.ended(pause.until)
    forever = Pause(None)
    assert forever.active(now + timedelta(days=400)) and not forever.ended(now)
    for minutes in (0, -5):
        with pytest.raises(ValueError) as caught:
            Pause.for_minutes(now, minutes)
        assert str(caught.value) == "a pause needs a positive length"


def test_a_pause_reads_back_what_it_wrote_and_nothing_odd() -> None:
    pause = Pause.for_minutes(DUE, 30)
    assert pause.to_json() == {"until": "2026-11-21T20:40:00+00:00"}
    assert Pause.from_json(pause.to_json()) == pause
    assert Pause.from_json(Pause(None).to_json()) == Pause(None)
    for odd in (None, [], {}, {"until": "soon"}, {"until": "2026-11-21T20:40:00"}, "x"):
        assert Pause.from_json(odd) is None


# ------------------------------------------------------------------ long sit


START = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)


def test_long_sit_begins_on_the_whole_second_and_needs_positive_lengths() -> None:
    sit = LongSit.begin(START.replace(microsecond=300).astimezone(BERLIN), 2, 30)
    assert (sit.start, sit.until, sit.every, sit.sent) == (
        START, START + timedelta(hours=2), 30, 0)
    assert sit.start.tzinfo is UTC and sit.last_index == 4
    for hours, every in ((0, 30), (2, 0), (-1, 30), (2, -30)):
        with pytest.raises(ValueError) as caught:
            LongSit.begin(START, hours, every)
        assert str(caught.value) == "long sit needs a positive duration and interval"
    shortest = LongSit.begin(START, 0.5, 1)  # a prompt every minute is allowed
    assert (shortest.every, shortest.last_index) == (1, 30)


def test_long_sit_prompts_from_the_first_interval_to_its_end_at_most_30_min_late() -> None:
    sit = LongSit(START, START + timedelta(minutes=95), 30)
    assert sit.last_index == 3 and sit.prompt_time(2) == START + timedelta(minutes=60)
    assert sit.due_index(START - TICK) is None
    assert sit.due_index(START + timedelta(minutes=30) - TICK) is None  # prompt 0 never
    assert sit.due_index(START + timedelta(minutes=30)) == 1
    assert sit.due_index(START + timedelta(minutes=119)) == 3  # capped at the last
    assert sit.due_index(START + timedelta(minutes=120)) == 3  # 30 min late: still
    assert sit.due_index(START + timedelta(minutes=120) + TICK) is None
    sent = sit.mark_sent(2)
    assert sent.due_index(START + timedelta(minutes=89)) is None  # 2 already shown
    assert sent.due_index(START + timedelta(minutes=90)) == 3
    assert sent.mark_sent(1).sent == 2  # never back


def test_long_sit_knows_its_next_prompt_and_when_it_is_finished() -> None:
    sit = LongSit(START, START + timedelta(minutes=60), 30)
    assert sit.next_time() == START + timedelta(minutes=30)
    assert not sit.finished(START + timedelta(minutes=59))
    last = sit.mark_sent(1)
    assert last.next_time() == START + timedelta(minutes=60)
    assert not last.finished(START + timedelta(minutes=60))  # its last prompt is due
    assert last.finished(START + timedelta(minutes=91))  # too late to show: done
    done = last.mark_sent(2)
    assert done.next_time() is None and done.finished(START)
    # hourly until 100 min: at its end the last prompt is 40 min old, too late to show
    hourly = LongSit(START, START + timedelta(minutes=100), 60)
    assert hourly.finished(START + timedelta(minutes=100))
    assert not hourly.finished(START + timedelta(minutes=100) - TICK)


def test_long_sit_reads_back_what_it_wrote_and_nothing_odd() -> None:
    sit = LongSit(START, START + timedelta(hours=1), 20, sent=2)
    assert sit.to_json() == {"start": "2026-11-21T19:00:00+00:00",
                             "until": "2026-11-21T20:00:00+00:00", "every": 20, "sent": 2}
    assert LongSit.from_json(sit.to_json()) == sit
    data = sit.to_json()
    del data["sent"]
    assert LongSit.from_json(data) == LongSit(START, START + timedelta(hours=1), 20)
    for odd in (None, [], {"start": "x", "until": "y", "every": 1}, {"every": 5},
                {**sit.to_json(), "every": "often"}, {**sit.to_json(), "every": None}):
        assert LongSit.from_json(odd) is None


# ------------------------------------------------------------------ long-sit offers


NIGHT = date(2026, 11, 21)
ONSET = datetime(2026, 11, 21, 21, 30, tzinfo=BERLIN)
BEDTIME = datetime(2026, 11, 21, 23, 0, tzinfo=BERLIN)


def test_long_sit_is_offered_from_an_hour_before_the_onset_until_bedtime() -> None:
    def offer(now: datetime, quiet: QuietHours | None = None, offered_night: date | None = None,
              sitting: bool = False) -> bool:
        return offer_long_sit(now, NIGHT, ONSET, BEDTIME, quiet, BERLIN, offered_night, sitting)

    hour_before = ONSET - timedelta(hours=1)
    assert not offer(hour_before - TICK) and offer(hour_before)
    assert offer(BEDTIME) and not offer(BEDTIME + TICK)
    assert not offer(ONSET, sitting=True)
    assert not offer(ONSET, offered_night=NIGHT)
    assert offer(ONSET, offered_night=NIGHT - timedelta(days=1))
    assert not offer(ONSET, quiet=QuietHours(time(21, 30), time(7)))
    assert offer(ONSET, quiet=QuietHours(time(22), time(7)))


def test_full_screen_offers_after_three_minutes_in_the_window_not_past_bedtime() -> None:
    assert fullscreen_offer_at(None, ONSET, BEDTIME) is None
    early = ONSET - timedelta(hours=3)
    assert fullscreen_offer_at(early, ONSET, BEDTIME) == ONSET - timedelta(hours=1)
    assert fullscreen_offer_at(ONSET, ONSET, BEDTIME) == ONSET + timedelta(minutes=3)
    last = BEDTIME - timedelta(minutes=3)
    assert fullscreen_offer_at(last, ONSET, BEDTIME) == BEDTIME
    assert fullscreen_offer_at(last + TICK, ONSET, BEDTIME) is None


# ------------------------------------------------------------------ settings and clock jumps


def test_quiet_hours_settings_read_as_the_person_wrote_them() -> None:
    assert parse_quiet_hours("22:00", "07:00") == QuietHours(time(22), time(7))
    for start, end in (("", "07:00"), ("22:00", None), ("22:00", "22:00"),
                       ("late", "07:00"), ("22:00", "25:00")):
        assert parse_quiet_hours(start, end) is None


def test_a_clock_jump_is_a_gap_of_more_than_the_threshold_either_way() -> None:
    watch = ClockWatch()
    assert watch.threshold == 3.0
    assert watch.observe(1000.0, 50.0) is None  # the first reading has nothing to compare
    assert watch.observe(1013.0, 60.0) is None  # exactly 3 s apart: a normal tick
    assert watch.observe(1024.5, 70.0) is None  # 1.5 s: under the threshold
    assert watch.observe(1031.5, 80.0) is None  # exactly 3 s behind
    watch.reset()
    assert watch.observe(5000.0, 80.0) is None
    assert watch.observe(5100.0, 90.0) == pytest.approx(90.0)
    assert watch.observe(5050.0, 100.0) == pytest.approx(-60.0)
    odd = ClockWatch(threshold_seconds=0.5)
    odd.observe(0.0, 0.0)
    assert odd.observe(10.6, 10.0) == pytest.approx(0.6)


@pytest.fixture
def machine_in_kolkata(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This machine's zone at UTC+05:30, so that a time written in it shows."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


@pytest.mark.usefixtures("machine_in_kolkata")
def test_a_pause_and_a_long_sit_are_stored_in_utc_whatever_the_machine_zone() -> None:
    assert Pause.for_minutes(DUE, 30).to_json() == {"until": "2026-11-21T20:40:00+00:00"}
    local = LongSit(START.astimezone(BERLIN), (START + timedelta(hours=1)).astimezone(BERLIN), 20)
    assert local.to_json()["start"] == "2026-11-21T19:00:00+00:00"
    assert local.to_json()["until"] == "2026-11-21T20:00:00+00:00"
