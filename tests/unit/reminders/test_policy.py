"""The pure reminder decisions, with instants given by the test (no sleeping, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from rlsdesk.domain.reminder_policy import (
    ClockWatch,
    Controls,
    Entry,
    LongSit,
    Occurrence,
    QuietHours,
    State,
    decide,
    next_up,
    parse_quiet_hours,
)

BERLIN = ZoneInfo("Europe/Berlin")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def occ(step_id: int, when: str, title: str = "Stretch") -> Occurrence:
    return Occurrence(step_id, title, at(when))


def test_future_reminder_waits_until_its_time() -> None:
    o = occ(1, "2026-11-21T21:10")
    d = decide(at("2026-11-21T21:00"), [o], {}, Controls(), BERLIN)
    assert d.deliver == [] and d.wakeups == {"step:1": o.due}


def test_due_reminder_is_shown_on_time() -> None:
    d = decide(at("2026-11-21T21:10:01"), [occ(1, "2026-11-21T21:10")], {}, Controls(), BERLIN)
    assert [x.late for x in d.deliver] == [False]


def test_shown_or_answered_reminders_are_never_shown_again() -> None:
    o = occ(1, "2026-11-21T21:10")
    for state in (State.NOTIFIED, State.DONE, State.SKIPPED, State.MISSED):
        entries = {1: Entry(1, state, o.due)}
        d = decide(at("2026-11-21T21:11"), [o], entries, Controls(), BERLIN)
        assert not d.deliver and not d.missed and not d.wakeups, state


def test_late_start_within_30_minutes_is_shown_marked_late() -> None:
    d = decide(at("2026-11-21T21:35"), [occ(1, "2026-11-21T21:10")], {}, Controls(), BERLIN)
    assert [x.late for x in d.deliver] == [True]
    assert "late: was due 21:10" in d.deliver[0].body(BERLIN)


def test_older_than_30_minutes_is_missed() -> None:
    d = decide(at("2026-11-21T21:41"), [occ(1, "2026-11-21T21:10")], {}, Controls(), BERLIN)
    assert d.deliver == [] and d.missed == [1]


def test_pre_bed_step_is_not_shown_late_after_bedtime() -> None:
    controls = Controls(bedtime=at("2026-11-21T22:30"))
    o = occ(1, "2026-11-21T22:20")
    d = decide(at("2026-11-21T22:35"), [o], {}, controls, BERLIN)
    assert d.missed == [1]
    # ... but on time it is shown, and a step planned after bedtime may still come late
    assert decide(at("2026-11-21T22:20:30"), [o], {}, controls, BERLIN).deliver
    night_med = occ(2, "2026-11-22T02:00")
    assert decide(at("2026-11-22T02:20"), [night_med], {}, controls, BERLIN).deliver


def test_snooze_fires_at_its_end_even_across_midnight() -> None:
    o = occ(1, "2026-11-21T23:55")
    entry = Entry(1, State.SNOOZED, o.due, snoozed_until=at("2026-11-22T00:05"))
    d = decide(at("2026-11-22T00:00"), [o], {1: entry}, Controls(), BERLIN)
    assert d.wakeups == {"step:1": at("2026-11-22T00:05")}
    d = decide(at("2026-11-22T00:05:02"), [o], {1: entry}, Controls(), BERLIN)
    assert [(x.late, x.snoozed) for x in d.deliver] == [(False, True)]


def test_pause_skips_instead_of_showing() -> None:
    d = decide(at("2026-11-21T21:10"), [occ(1, "2026-11-21T21:10")], {},
               Controls(paused=True), BERLIN)
    assert d.deliver == [] and d.skipped == [(1, "paused")]


def test_quiet_hours_skip_reminders_inside_them() -> None:
    quiet = parse_quiet_hours("23:00", "07:00")
    assert quiet == QuietHours(time(23, 0), time(7, 0))
    controls = Controls(quiet=quiet)
    inside = decide(at("2026-11-22T02:00"), [occ(1, "2026-11-22T02:00")], {}, controls, BERLIN)
    assert inside.skipped == [(1, "quiet hours")]
    before = decide(at("2026-11-21T22:50"), [occ(1, "2026-11-21T22:50")], {}, controls, BERLIN)
    assert before.deliver
    # due before quiet hours but only looked at inside them (late start): still skipped
    late = decide(at("2026-11-21T23:05"), [occ(1, "2026-11-21T22:50")], {}, controls, BERLIN)
    assert late.skipped == [(1, "quiet hours")]


def test_quiet_hours_settings_that_mean_none() -> None:
    assert parse_quiet_hours(None, "07:00") is None
    assert parse_quiet_hours("07:00", "07:00") is None
    assert parse_quiet_hours("25:00", "07:00") is None
    day = parse_quiet_hours("13:00", "15:00")
    assert day is not None and day.contains(at("2026-11-21T14:00"), BERLIN)
    assert not day.contains(at("2026-11-21T15:00"), BERLIN)


def test_next_up_is_the_earliest_still_to_come() -> None:
    a, b = occ(1, "2026-11-21T21:10", "A"), occ(2, "2026-11-21T21:30", "B")
    now = at("2026-11-21T21:00")
    assert next_up(now, [b, a], {})[0] == a  # type: ignore[index]
    done = {1: Entry(1, State.DONE, a.due)}
    assert next_up(now, [a, b], done)[0] == b  # type: ignore[index]
    assert next_up(at("2026-11-21T23:00"), [a, b], {}) is None


def test_long_sit_cadence_and_no_backlog_after_a_gap() -> None:
    start = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)
    sit = LongSit.begin(start, hours=2, every=30)
    assert sit.last_index == 4 and sit.next_time() == start + timedelta(minutes=30)
    assert sit.due_index(start + timedelta(minutes=29)) is None
    assert sit.due_index(start + timedelta(minutes=30)) == 1
    sit = sit.mark_sent(1)
    assert sit.due_index(start + timedelta(minutes=31)) is None
    # the machine slept from 0:31 to 1:35: only prompt 3 is shown, not 2 and 3
    assert sit.due_index(start + timedelta(minutes=95)) == 3
    sit = sit.mark_sent(3)
    assert sit.next_time() == start + timedelta(minutes=120)
    sit = sit.mark_sent(sit.due_index(start + timedelta(minutes=120)) or 0)
    assert sit.sent == 4 and sit.next_time() is None and sit.finished(start + timedelta(hours=2))
    assert LongSit.from_json(sit.to_json()) == sit
    assert LongSit.from_json({"start": "nonsense"}) is None


def test_clock_watch_sees_jumps_both_ways_but_not_normal_ticks() -> None:
    watch = ClockWatch(threshold_seconds=3)
    assert watch.observe(1000.0, 50.0) is None
    assert watch.observe(1005.0, 55.0) is None  # a normal tick
    assert watch.observe(1005.0 + 2405, 60.0) == 2400  # 40 min of suspend
    assert watch.observe(3410.0 - 3600, 65.0) == -3605  # clock set back an hour
