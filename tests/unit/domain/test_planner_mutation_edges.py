"""The planner's edges that `make mutation` found unpinned: a wall time given with its fold,
a gap in the clocks that ends between two minutes, the first and last minute of a night
under way, "now" between two minutes, steps already past tonight, the band of the worst
hours, how ties are ordered, and which step a moved step names."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from rlsdesk.commands.tonight import note_english
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.peak import estimate_peak
from rlsdesk.domain.planner import NoteCode, localize, plan_night, plan_to_json
from rlsdesk.domain.routine import Anchor, Step
from tests.unit.domain.test_planner_boundaries import (
    BERLIN,
    NIGHT,
    magnesium,
    medicine,
    plan,
    step,
    wall,
)

FALL_BACK = date(2025, 10, 25)  # Berlin: 26 October 03:00 -> 02:00


def at(hour: int, minute: int, second: int = 0, microsecond: int = 0) -> datetime:
    return datetime(2025, 6, 18, hour, minute, second, microsecond, tzinfo=BERLIN)


def custom(title: str, clock: time, step_id: int | None = None) -> Step:
    return Step(StepKind.CUSTOM, title, Anchor.at(clock), id=step_id)


# ------------------------------------------------------------------ wall times and their fold


def test_a_repeated_wall_time_is_its_first_occurrence_whatever_fold_it_comes_with() -> None:
    """02:30 on the night the clocks go back happens twice; the plan uses the first (summer
    time, +02:00) and says so, even when the wall time arrives marked as the second."""
    for fold in (0, 1):
        aware, note = localize(datetime(2025, 10, 26, 2, 30, fold=fold), BERLIN)
        assert aware.utcoffset() == timedelta(hours=2)
        assert note is not None and note.code is NoteCode.CLOCK_REPEATED


def test_a_skipped_wall_time_moves_to_the_end_of_the_gap_whatever_fold_it_comes_with() -> None:
    for fold in (0, 1):
        aware, note = localize(datetime(2025, 3, 30, 2, 30, fold=fold), BERLIN)
        assert aware == datetime(2025, 3, 30, 3, 0, tzinfo=BERLIN)
        assert note is not None and note.values["moved_to"] == time(3, 0)


def test_a_gap_that_ends_between_two_minutes_moves_to_the_next_whole_minute() -> None:
    """Abidjan left local mean time (GMT-0:16:08) for GMT on 1 January 1912: wall times
    00:00 to 00:16:07 never happened, the clocks went on at 00:16:08. A step at 00:05 goes
    to the first whole minute after the jump, 00:17, not back before it nor past it."""
    abidjan = ZoneInfo("Africa/Abidjan")
    aware, note = localize(datetime(1912, 1, 1, 0, 5), abidjan)
    assert aware == datetime(1912, 1, 1, 0, 17, tzinfo=abidjan)
    assert note is not None and note.code is NoteCode.CLOCK_SKIPPED
    assert note.values == {"clock": time(0, 5), "moved_to": time(0, 17)}


def test_a_bedtime_the_clocks_repeat_is_no_plan_warning(guidance: Guidance) -> None:
    """02:30 happens twice when the clocks go back: bedtime exists (the first), so the night
    has no 'bedtime skipped' warning; only a skipped bedtime is one."""
    p = plan([], guidance, bedtime=time(2, 30), night=FALL_BACK)
    assert p.warnings == []
    assert p.bedtime == datetime(2025, 10, 26, 2, 30, tzinfo=BERLIN)
    assert p.bedtime.utcoffset() == timedelta(hours=2)


# ------------------------------------------------- the night's first and last minute


def test_a_step_at_the_last_minute_of_the_night_keeps_it(guidance: Guidance) -> None:
    p = plan([custom("Late", time(11, 59))], guidance)
    assert p.steps[0].at == datetime(2025, 6, 19, 11, 59, tzinfo=BERLIN)
    assert not p.steps[0].moved and p.steps[0].issues == []


def test_noon_is_already_under_way_and_the_next_noon_no_longer(guidance: Guidance) -> None:
    """A plan made at 12:00 sharp is a plan for a night under way: a step reminded at 11:59
    by an earlier plan stays there. At 12:00 the next day the night is over: the plan is
    the one made without a clock (nothing is held in the past, moves are explained)."""
    walk = custom("Walk", time(20, 0), 1)
    noon = datetime(2025, 6, 18, 12, 0, tzinfo=BERLIN)
    held = plan([walk], guidance, now=noon, previous={1: noon - timedelta(minutes=1)})
    assert wall(step(held, "Walk").at) == "2025-06-18 11:59"

    steps = [custom("First", time(21, 0), 1), custom("Second", time(21, 0), 2)]
    fresh = plan(steps, guidance)
    over = plan(steps, guidance, now=noon + timedelta(days=1), previous={1: at(20, 0)})
    assert over == fresh
    assert [(n.code, n.values) for n in step(over, "Second").issues] == [
        (NoteCode.MOVED_LATER, {"minutes": 5, "other": "First"})]


# ------------------------------------------------------------------ a night under way


def pushed_then_past(guidance: Guidance, now: datetime) -> datetime:
    """A and B are both at 20:10; the plan puts B at 20:15, after A. A was reminded at 20:05
    (an earlier plan), so B's own 20:10 has passed but its planned 20:15 has not: B may
    move, but only to a whole minute that has not yet begun."""
    steps = [custom("A", time(20, 10), 1), custom("B", time(20, 10), 2)]
    return step(plan(steps, guidance, now=now, previous={1: at(20, 5)}), "B").at


def test_a_step_moves_to_the_next_whole_minute_not_yet_begun(guidance: Guidance) -> None:
    assert pushed_then_past(guidance, at(20, 12, 30)) == at(20, 13)
    assert pushed_then_past(guidance, at(20, 12, 0, 500)) == at(20, 13)
    assert pushed_then_past(guidance, at(20, 13)) == at(20, 13)  # this minute: not begun yet


def test_a_step_moved_to_now_names_the_step_before_it(guidance: Guidance) -> None:
    steps = [custom("A", time(20, 10), 1), custom("B", time(20, 10), 2)]
    p = plan(steps, guidance, now=at(20, 12, 30), previous={1: at(20, 5)})
    (note,) = step(p, "B").issues
    assert (note.code, note.values) == (NoteCode.MOVED_LATER, {"minutes": 3, "other": "A"})


def test_steps_already_past_tonight_stay_even_closer_than_the_gap(guidance: Guidance) -> None:
    """At 20:30: A's own 20:05 has passed and B was reminded at 20:07. Both stay where they
    were, two minutes apart, and neither says it moved: the past is not re-planned."""
    steps = [custom("A", time(20, 5), 1), custom("B", time(20, 30), 2)]
    p = plan(steps, guidance, now=at(20, 30), previous={2: at(20, 7)})
    assert [wall(s.at)[-5:] for s in p.steps] == ["20:05", "20:07"]
    assert all(s.issues == [] for s in p.steps) and p.issues == []


def test_a_step_due_this_very_minute_has_not_passed(guidance: Guidance) -> None:
    """Bedtime 20:10 and a step due at bedtime: the plan puts it at 20:05. At 20:10 that
    20:05 has passed but its own time has not: it stays at 20:10 (too crowded to keep the
    gap), not placed back at 20:05."""
    steps = [template_step("bedtime", guidance, title="Bedtime", anchor=Anchor.before_bed(0)),
             template_step("custom", guidance, title="Late", anchor=Anchor.before_bed(0))]
    assert wall(step(plan(steps, guidance, bedtime=time(20, 10)), "Late").at)[-5:] == "20:05"
    p = plan(steps, guidance, bedtime=time(20, 10), now=at(20, 10))
    late = step(p, "Late")
    assert wall(late.at)[-5:] == "20:10"
    assert [n.code for n in late.issues] == [NoteCode.CROWDED]


def test_a_step_planned_for_this_very_minute_may_still_move(guidance: Guidance) -> None:
    """Walk at 19:05 goes to 19:10, after the medicine at 19:05. At 19:10 the walk's planned
    minute has not passed; Stretch was reminded at 19:08, so the walk moves on to 19:13."""
    steps = [medicine(guidance, "Ropinirole", time(19, 5)),
             template_step("custom", guidance, title="Walk", anchor=Anchor.at(time(19, 5))),
             custom("Stretch", time(21, 0), 3)]
    assert wall(step(plan(steps, guidance), "Walk").at)[-5:] == "19:10"
    p = plan(steps, guidance, now=at(19, 10), previous={3: at(19, 8)})
    assert wall(step(p, "Walk").at)[-5:] == "19:13"
    assert wall(step(p, "Stretch").at)[-5:] == "19:08"


# ------------------------------------------------------------------ magnesium's spacing note


def test_magnesium_moved_one_minute_later_says_later(guidance: Guidance) -> None:
    """Doxycycline at 19:00, magnesium at 20:59: 2 h after is one minute later."""
    p = plan([medicine(guidance, "Doxycycline", time(19, 0)),
              magnesium(guidance, time(20, 59))], guidance)
    (moved,) = [n for n in step(p, "Magnesium").notes if n.code is NoteCode.SPACING_MOVED]
    assert (moved.values["minutes"], moved.values["later"]) == (1, True)
    assert moved.values["text"].startswith("Moved 1 min later ")


def test_the_spacing_note_names_the_medicine_by_its_name_not_its_title(
    guidance: Guidance,
) -> None:
    """The step is titled "Evening antibiotic", the medicine in it is doxycycline: the note
    says which medicine magnesium is kept apart from."""
    med = Step(StepKind.MEDICATION, "Evening antibiotic", Anchor.at(time(19, 0)),
               name="Doxycycline")
    p = plan([med, magnesium(guidance, time(20, 0))], guidance)
    (moved,) = [n for n in step(p, "Magnesium").notes if n.code is NoteCode.SPACING_MOVED]
    assert moved.values["medication"] == "Doxycycline"
    assert " before Doxycycline: " in moved.values["text"]


# ------------------------------------------------------------------ which step a move names


def test_magnesium_pushed_past_an_antibiotic_window_names_the_antibiotic_not_others(
    guidance: Guidance,
) -> None:
    """Magnesium at 16:30 shares its minute with a walk and goes to 22:30, 2 h after
    doxycycline (20:30). Another medicine (Ropinirole, listed first) and a step nearer to
    22:30 (Reading, 21:00) are not what it made room after: the antibiotic is."""
    steps = [
        medicine(guidance, "Ropinirole", time(18, 0)),
        template_step("custom", guidance, title="Walk", anchor=Anchor.at(time(16, 30))),
        magnesium(guidance, time(16, 30)),
        medicine(guidance, "Doxycycline", time(20, 30)),
        template_step("custom", guidance, title="Reading", anchor=Anchor.at(time(21, 0))),
    ]
    p = plan(steps, guidance, bedtime=time(23, 0))
    mg = step(p, "Magnesium")
    assert wall(mg.at)[-5:] == "22:30"
    assert [(n.code, n.values) for n in mg.issues] == [
        (NoteCode.MOVED_LATER, {"minutes": 360, "other": "Doxycycline"})]
    assert note_english(mg.issues[0]).endswith("to make room after Doxycycline")


def test_magnesium_pulled_before_an_antibiotic_names_the_antibiotic_not_others(
    guidance: Guidance,
) -> None:
    """Spread back from bedtime (21:10), magnesium goes to 15:00, 4 h before doxycycline
    (19:00). Ropinirole at 18:00, listed first and nearer, is not what it makes room for."""
    steps = [
        medicine(guidance, "Ropinirole", time(18, 0)),
        medicine(guidance, "Doxycycline", time(19, 0)),
        magnesium(guidance, time(20, 0)),
        template_step("bedtime", guidance, title="Bedtime", anchor=Anchor.before_bed(0)),
        *(template_step("custom", guidance, title=f"C{i}", anchor=Anchor.before_bed(0))
          for i in range(3)),
    ]
    p = plan(steps, guidance, bedtime=time(21, 10))
    mg = step(p, "Magnesium")
    assert wall(mg.at)[-5:] == "15:00"
    assert [(n.code, n.values) for n in mg.issues] == [
        (NoteCode.MOVED_EARLIER, {"minutes": 360, "other": "Doxycycline"})]


# ------------------------------------------------------------------ ties, totals, the band


def test_saved_steps_at_the_same_minute_come_first_and_by_their_id(guidance: Guidance) -> None:
    """Same time, same anchor: the saved step before the unsaved one, whatever the input
    order, and the lower id first, even id 0."""
    p = plan([custom("Unsaved", time(21, 0)), custom("Saved", time(21, 0), 5)], guidance)
    assert [(s.title, wall(s.at)[-5:]) for s in p.steps] == [
        ("Saved", "21:00"), ("Unsaved", "21:05")]
    p = plan([custom("One", time(21, 0), 1), custom("Zero", time(21, 0), 0)], guidance)
    assert [(s.title, wall(s.at)[-5:]) for s in p.steps] == [("Zero", "21:00"), ("One", "21:05")]


def test_a_planned_step_keeps_its_duration(guidance: Guidance) -> None:
    walk = dataclasses.replace(custom("Walk", time(20, 0)), minutes=25)
    assert plan([walk], guidance).steps[0].minutes == 25


def test_the_worst_band_follows_the_onset_across_midnight(guidance: Guidance) -> None:
    """The typical band (00:00-01:00) after an onset at 21:30 is the night's own midnight,
    not a day later, and so is a band from 01:00 to 03:00; a band starting at the onset
    minute starts then, and one that ends where it starts is empty, not a day long."""
    peak = estimate_peak([], NIGHT)
    assert (peak.onset, peak.band_start, peak.band_end) == (time(21, 30), time(0), time(1))
    p = plan_night([], peak, time(22, 30), NIGHT, BERLIN, guidance=guidance)
    assert p.band_start == datetime(2025, 6, 19, 0, 0, tzinfo=BERLIN)
    assert p.band_end == datetime(2025, 6, 19, 1, 0, tzinfo=BERLIN)
    late = dataclasses.replace(peak, band_start=time(1, 0), band_end=time(3, 0))
    p = plan_night([], late, time(22, 30), NIGHT, BERLIN, guidance=guidance)
    assert p.band_start == datetime(2025, 6, 19, 1, 0, tzinfo=BERLIN)
    assert p.band_end == datetime(2025, 6, 19, 3, 0, tzinfo=BERLIN)
    same = dataclasses.replace(peak, band_start=time(21, 30), band_end=time(21, 30))
    p = plan_night([], same, time(22, 30), NIGHT, BERLIN, guidance=guidance)
    assert p.band_start == p.band_end == p.onset == datetime(2025, 6, 18, 21, 30, tzinfo=BERLIN)


def test_the_plan_as_json_writes_no_usual_time_as_null(guidance: Guidance) -> None:
    p = plan([custom("Walk", time(20, 0))], guidance)
    bare = dataclasses.replace(p, steps=[dataclasses.replace(p.steps[0], usual=None)])
    assert plan_to_json(bare)["steps"][0]["usual"] is None
    assert plan_to_json(p)["steps"][0]["usual"] == "2025-06-18T20:00:00+02:00"



# ------------------------------------------------ a night whose end the clocks skipped


APIA = ZoneInfo("Pacific/Apia")
NO_30TH = date(2011, 12, 29)  # Samoa skipped 30 December 2011: midnight to midnight


def _apia_plan(steps: list[Step], guidance: Guidance, gap: int):  # type: ignore[no-untyped-def]
    return plan_night(steps, estimate_peak([], NO_30TH), time(22, 0), NO_30TH, APIA,
                      guidance=guidance, min_gap_minutes=gap)


def test_a_step_pulled_back_into_a_night_that_ends_early_names_nothing_it_does_not_touch(
        guidance: Guidance) -> None:
    """On a night whose morning the clocks skip, a step after the night's real end is pulled
    back to its last minute. Nothing was in its way, so the note says how far it moved and
    names no step (it used to end in "to make room before" with nothing after it)."""
    cases = [([custom("X", time(1, 0)), custom("Y", time(2, 0))], 5),
             ([custom("Y", time(2, 0))], 0)]
    for steps, gap in cases:
        p = _apia_plan(steps, guidance, gap)
        y = next(s for s in p.steps if s.title == "Y")
        assert wall(y.at) == "2011-12-29 23:59"
        moved = [n for n in (*y.notes, *y.issues) if n.code is NoteCode.MOVED_EARLIER]
        assert len(moved) == 1 and moved[0].values["other"] == "", (gap, moved)
        text = note_english(moved[0])
        assert text == "tonight 1 min earlier than usual", text


def test_a_step_pulled_back_names_the_nearest_step_after_it(guidance: Guidance) -> None:
    """With no gap, a step pulled back to the night's last minute that touches nothing names
    the nearest step at or after it (the medicine at 01:30 here)."""
    p = _apia_plan([medicine(guidance, "Ropinirole", time(1, 30)), custom("Y", time(1, 0))],
                   guidance, 0)
    y = next(s for s in p.steps if s.title == "Y")
    notes = [n for n in (*y.notes, *y.issues) if n.code is NoteCode.MOVED_EARLIER]
    assert [n.values["other"] for n in notes] == ["Ropinirole"]
