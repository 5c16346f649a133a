"""Holding reminders while the person is away or in Do Not Disturb: the pure rules.

A hold never shows a due reminder and never loses one: each look while held either holds
it, records it missed (too old, or past bedtime) or skips it (pause, quiet hours). Once the
hold ends it is shown exactly once, marked late with its time when it is late, or it was
missed and the miss is told once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rlsdesk.domain.reminder_policy import (
    LATE_LIMIT,
    ON_TIME_GRACE,
    Controls,
    Entry,
    Hold,
    Occurrence,
    State,
    decide,
    held_misses,
)
from tests.hypothesis_budget import examples

BERLIN = ZoneInfo("Europe/Berlin")
DUE = datetime(2026, 11, 21, 21, 10, tzinfo=BERLIN)
BED = datetime(2026, 11, 21, 23, 0, tzinfo=BERLIN)
STRETCH = Occurrence(1, "Stretch", DUE)


def test_due_while_away_is_held_not_shown() -> None:
    d = decide(DUE, [STRETCH], {}, Controls(hold=Hold.AWAY), BERLIN)
    assert d.deliver == [] and d.held == [(1, Hold.AWAY)] and not d.missed


def test_do_not_disturb_holds_but_a_step_marked_to_come_through_is_shown_urgent() -> None:
    dnd = Controls(hold=Hold.DND, through_dnd=frozenset({1}))
    d = decide(DUE, [STRETCH, Occurrence(2, "Bath", DUE)], {}, dnd, BERLIN)
    assert [(x.occurrence.step_id, x.urgent) for x in d.deliver] == [(1, True)]
    assert d.held == [(2, Hold.DND)]
    away = Controls(hold=Hold.AWAY, through_dnd=frozenset({1}))
    assert decide(DUE, [STRETCH], {}, away, BERLIN).held == [(1, Hold.AWAY)]


def test_a_marked_step_is_sent_urgent_even_when_no_do_not_disturb_is_seen() -> None:
    """A desktop whose switch rlsdesk cannot read (XFCE's) still lets a critical
    notification through: the mark alone makes it urgent; unmarked steps stay normal."""
    marked = Controls(through_dnd=frozenset({1}))
    d = decide(DUE, [STRETCH, Occurrence(2, "Bath", DUE)], {}, marked, BERLIN)
    assert [(x.occurrence.step_id, x.urgent) for x in d.deliver] == [(1, True), (2, False)]


def test_delivered_on_return_marked_with_the_time_it_was_due() -> None:
    held = {1: Entry(1, State.PENDING, DUE, held=True, held_at=DUE, reason=str(Hold.AWAY))}
    d = decide(DUE + timedelta(minutes=12), [STRETCH], held, Controls(), BERLIN)
    assert [x.late for x in d.deliver] == [True] and not d.deliver[0].urgent
    assert "late: was due 21:10" in d.deliver[0].body(BERLIN)


def test_quiet_hours_and_pause_still_win_over_a_hold() -> None:
    paused = decide(DUE, [STRETCH], {}, Controls(paused=True, hold=Hold.DND), BERLIN)
    assert paused.skipped == [(1, "paused")] and not paused.held


def test_missed_misses_are_told_once_after_the_hold_and_never_while_it_lasts() -> None:
    entries = {
        1: Entry(1, State.MISSED, DUE, reason=str(Hold.AWAY), held_at=DUE),
        2: Entry(2, State.MISSED, DUE, reason=None),  # missed for another reason
        3: Entry(3, State.MISSED, DUE, reason=str(Hold.DND), held_at=DUE, told_at=DUE),
    }
    assert held_misses(entries, Controls(hold=Hold.AWAY)) == ([], False)
    assert held_misses(entries, Controls()) == ([1], True)
    assert held_misses(entries, Controls(paused=True)) == ([1], False)  # settled unshown


@settings(max_examples=examples(300), deadline=None)
@given(
    hold_minutes=st.integers(min_value=0, max_value=120),
    looks=st.lists(st.integers(min_value=0, max_value=120), max_size=6),
    hold=st.sampled_from(list(Hold)),
    after_bedtime=st.booleans(),
)
def test_a_hold_shows_nothing_and_its_end_shows_exactly_once_or_misses(
    hold_minutes: int, looks: list[int], hold: Hold, after_bedtime: bool
) -> None:
    """Looks at random moments while held, then after: a ledger replayed as the service
    does (held, missed, delivered), one reminder at most, never shown during the hold."""
    bedtime = DUE + timedelta(minutes=20) if after_bedtime else BED
    entry: Entry | None = None
    shown: list[datetime] = []
    end = DUE + timedelta(minutes=hold_minutes)
    # the scheduler's wake-up at the due time, then random looks while held
    moments = sorted({DUE, *(DUE + timedelta(minutes=m) for m in looks if m <= hold_minutes)})
    moments += [end, end + timedelta(seconds=1), end + timedelta(minutes=5)]
    for now in moments:
        held = now < end
        controls = Controls(bedtime=bedtime, hold=hold if held else None)
        d = decide(now, [STRETCH], {1: entry} if entry else {}, controls, BERLIN)
        if held:
            assert d.deliver == []
        for sid, why in d.held:
            entry = Entry(sid, State.PENDING, DUE, held=True, held_at=DUE, reason=str(why))
        for _ in d.missed:
            reason = entry.reason if entry is not None and entry.held else None
            entry = Entry(1, State.MISSED, DUE, reason=reason,
                          held_at=entry.held_at if entry else None)
        for x in d.deliver:
            shown.append(now)
            assert x.late == (now - DUE > ON_TIME_GRACE)
            entry = Entry(1, State.NOTIFIED, DUE, notified_at=now)
    assert len(shown) <= 1
    overdue = end - DUE
    in_time = overdue <= LATE_LIMIT and not (overdue > ON_TIME_GRACE and end >= bedtime)
    assert bool(shown) == in_time
    if not shown:
        assert entry is not None and entry.state is State.MISSED
        told, show = held_misses({1: entry}, Controls())
        assert told == [1] and show  # it was held at its time, so its miss is told


# --- the long-sit offer -------------------------------------------------------------------
ONSET = datetime(2026, 11, 21, 22, 30, tzinfo=BERLIN)
NIGHT = DUE.date()


@settings(max_examples=examples(200), deadline=None)
@given(minutes=st.integers(min_value=-300, max_value=300), offered=st.booleans(),
       sitting=st.booleans(), quiet=st.booleans())
def test_long_sit_is_offered_only_in_the_evening_window_once_and_never_in_quiet_hours(
    minutes: int, offered: bool, sitting: bool, quiet: bool
) -> None:
    from datetime import time

    from rlsdesk.domain.reminder_policy import QuietHours, offer_long_sit

    now = ONSET + timedelta(minutes=minutes)
    hours = QuietHours(time(22, 0), time(23, 0)) if quiet else None
    offer = offer_long_sit(now, NIGHT, ONSET, BED, hours, BERLIN,
                           NIGHT if offered else None, sitting)
    in_window = ONSET - timedelta(hours=1) <= now <= BED
    in_quiet = quiet and hours is not None and hours.contains(now, BERLIN)
    assert offer == (in_window and not offered and not sitting and not in_quiet)


@settings(max_examples=examples(300), deadline=None)
@given(start=st.integers(min_value=-240, max_value=120), length=st.integers(0, 200),
       quiet=st.booleans(), again=st.integers(0, 60))
def test_a_window_full_screen_for_a_few_minutes_in_the_evening_offers_long_sit_once(
    start: int, length: int, quiet: bool, again: int
) -> None:
    """Looked at every minute through the evening, a full-screen spell (and a second one
    ``again`` minutes after it) offers long sit only after FULLSCREEN_SETTLE without a break,
    in the evening window, outside quiet hours, at most once a night."""
    from datetime import time

    from rlsdesk.domain.reminder_policy import (
        FULLSCREEN_SETTLE,
        QuietHours,
        fullscreen_offer_at,
        offer_long_sit,
    )

    hours = QuietHours(time(22, 0), time(23, 0)) if quiet else None
    since = ONSET + timedelta(minutes=start)
    spells = [(since, since + timedelta(minutes=length))]
    spells.append((spells[0][1] + timedelta(minutes=again),
                   spells[0][1] + timedelta(minutes=again + length)))
    offered: list[datetime] = []
    offered_night = None
    now = ONSET - timedelta(hours=5)
    while now <= BED + timedelta(hours=1):
        spell = next((s for s in spells if s[0] <= now < s[1]), None)
        at = fullscreen_offer_at(spell[0] if spell else None, ONSET, BED)
        if at is not None and now >= at and offer_long_sit(
                now, NIGHT, ONSET, BED, hours, BERLIN, offered_night, False):
            offered.append(now)
            offered_night = NIGHT
        now += timedelta(minutes=1)
    assert len(offered) <= 1
    if length < FULLSCREEN_SETTLE.total_seconds() / 60:
        assert offered == []
    for moment in offered:
        spell = next(s for s in spells if s[0] <= moment < s[1])
        assert moment - spell[0] >= FULLSCREEN_SETTLE
        assert ONSET - timedelta(hours=1) <= moment <= BED
        assert hours is None or not hours.contains(moment, BERLIN)
    settled = spells[0][0] + FULLSCREEN_SETTLE
    if not quiet and ONSET - timedelta(hours=1) <= settled < min(spells[0][1], BED):
        assert offered == [settled]  # settling in during the window: offered right then


def test_full_screen_offer_time_waits_for_the_window_and_not_past_bedtime() -> None:
    from rlsdesk.domain.reminder_policy import FULLSCREEN_SETTLE, fullscreen_offer_at

    assert fullscreen_offer_at(None, ONSET, BED) is None
    assert fullscreen_offer_at(ONSET, ONSET, BED) == ONSET + FULLSCREEN_SETTLE
    early = ONSET - timedelta(hours=3)  # a film from well before: offered as the window opens
    assert fullscreen_offer_at(early, ONSET, BED) == ONSET - timedelta(hours=1)
    assert fullscreen_offer_at(BED - timedelta(minutes=1), ONSET, BED) is None
