"""Every branch of the planner's conflict handling reached, and its edges: noon, the clocks
going forward under bedtime, a night too full, magnesium moved earlier or past a medicine
that keeps its time. Found by mutation testing (`make mutation`)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from rlsdesk.commands.tonight import note_english
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.peak import estimate_peak
from rlsdesk.domain.planner import (
    NightPlan,
    NoteCode,
    PlannedStep,
    place_on_night,
    plan_night,
    plan_to_json,
)
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.domain.safety import spacing_ok

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2025, 6, 18)
SPRING_FORWARD = date(2025, 3, 29)  # Berlin: 30 March 02:00 -> 03:00
MG = {"dose_mg": 200, "form": "citrate"}


def plan(steps: list[Step], guidance: Guidance, *, bedtime: time = time(22, 30),
         night: date = NIGHT, **kw: object) -> NightPlan:
    peak = estimate_peak([], night)
    return plan_night(steps, peak, bedtime, night, BERLIN, guidance=guidance,
                      **kw)  # type: ignore[arg-type]


def step(p: NightPlan, title: str) -> PlannedStep:
    return next(s for s in p.steps if s.title == title)


def wall(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


def codes(notes: list) -> list[str]:
    return [str(n.code) for n in notes]


def medicine(guidance: Guidance, name: str, clock: time, **kw: object) -> Step:
    return template_step("medication", guidance, name=name, title=name,
                         anchor=Anchor.at(clock), **kw)


def magnesium(guidance: Guidance, clock: time, **kw: object) -> Step:
    return template_step("magnesium", guidance, **MG, anchor=Anchor.at(clock), **kw)


# ------------------------------------------------------------------ the clock of one night


def test_noon_is_the_first_minute_of_its_own_night() -> None:
    assert place_on_night(time(12, 0), NIGHT) == datetime(2025, 6, 18, 12, 0)
    assert place_on_night(time(11, 59), NIGHT) == datetime(2025, 6, 19, 11, 59)
    assert place_on_night(time(12, 1), NIGHT) == datetime(2025, 6, 18, 12, 1)


def test_a_step_at_noon_is_planned_at_the_start_of_the_evening(guidance: Guidance) -> None:
    noon = template_step("custom", guidance, title="Walk", anchor=Anchor.at(time(12, 0)))
    p = plan([noon], guidance)
    assert wall(p.steps[0].at) == "2025-06-18 12:00"
    assert p.steps[0].notes == [] and p.steps[0].issues == []


def test_a_bedtime_the_clocks_skip_is_a_plan_warning(guidance: Guidance) -> None:
    p = plan([], guidance, bedtime=time(2, 30), night=SPRING_FORWARD)
    assert codes(p.warnings) == ["bedtime_skipped"]
    assert p.warnings[0].values == {"clock": time(2, 30), "moved_to": time(3, 0)}
    assert note_english(p.warnings[0]) == (
        "Bedtime: 02:30 does not exist tonight (clocks go forward); moved to 03:00")
    assert wall(p.bedtime) == "2025-03-30 03:00"


def test_a_bedtime_after_the_skipped_hour_is_no_warning(guidance: Guidance) -> None:
    assert plan([], guidance, bedtime=time(3, 0), night=SPRING_FORWARD).warnings == []
    assert plan([], guidance, bedtime=time(1, 59), night=SPRING_FORWARD).warnings == []


# ------------------------------------------------------------------ magnesium and a medicine


def test_magnesium_moved_earlier_says_earlier(guidance: Guidance) -> None:
    """Cipro at 22:00, magnesium at 20:00: 4 h before (18:00) is nearer than 2 h after."""
    p = plan([medicine(guidance, "Cipro", time(22, 0)), magnesium(guidance, time(20, 0))],
             guidance)
    mg = step(p, "Magnesium")
    assert wall(mg.at) == "2025-06-18 18:00"
    (moved,) = [n for n in mg.notes if n.code is NoteCode.SPACING_MOVED]
    assert moved.values["minutes"] == 120 and moved.values["later"] is False
    assert moved.values["medication"] == "Cipro"
    assert moved.values["group"] == "fluoroquinolone antibiotics"
    assert (moved.values["after_hours"], moved.values["before_hours"]) == (2, 4)
    assert moved.values["text"].startswith(
        "Moved 120 min earlier to keep magnesium at least 2 h after or 4 h before Cipro:")
    assert "fluoroquinolone antibiotics" in moved.values["text"]
    assert "Office of Dietary Supplements" in note_english(moved)
    assert mg.moved and mg.usual is not None and wall(mg.usual) == "2025-06-18 20:00"
    assert mg.issues == [] and p.issues == []


def test_magnesium_moved_later_says_later(guidance: Guidance) -> None:
    p = plan([medicine(guidance, "Doxycycline", time(19, 0)), magnesium(guidance, time(20, 0))],
             guidance)
    (moved,) = [n for n in step(p, "Magnesium").notes if n.code is NoteCode.SPACING_MOVED]
    assert moved.values["later"] is True and moved.values["minutes"] == 60
    assert moved.values["text"].startswith("Moved 60 min later ")


def test_magnesium_finds_the_next_free_minute_past_a_medicine_that_keeps_its_time(
    guidance: Guidance,
) -> None:
    """2 h after the antibiotic (21:00) is taken by another medicine: magnesium goes to the
    first time that keeps both the spacing and the 5 min gap, 21:05."""
    p = plan([medicine(guidance, "Doxycycline", time(19, 0)),
              medicine(guidance, "Ropinirole", time(21, 0)),
              magnesium(guidance, time(20, 0))], guidance)
    mg = step(p, "Magnesium")
    assert wall(mg.at) == "2025-06-18 21:05"
    (moved,) = [n for n in mg.notes if n.code is NoteCode.SPACING_MOVED]
    assert moved.values["minutes"] == 65 and moved.values["later"] is True
    assert wall(step(p, "Ropinirole").at) == "2025-06-18 21:00"
    assert mg.issues == []


def test_magnesium_looks_for_the_free_minute_earlier_too(guidance: Guidance) -> None:
    """Cipro at 22:00 wants magnesium by 18:00; a medicine at 18:00 takes that minute, so
    the nearest free one is 17:55 (4 h 5 min before Cipro)."""
    p = plan([medicine(guidance, "Cipro", time(22, 0)),
              medicine(guidance, "Ropinirole", time(18, 0)),
              magnesium(guidance, time(20, 0))], guidance)
    assert wall(step(p, "Magnesium").at) == "2025-06-18 17:55"


def test_magnesium_with_no_gap_may_share_a_minute_with_a_medicine(guidance: Guidance) -> None:
    p = plan([medicine(guidance, "Doxycycline", time(19, 0)),
              medicine(guidance, "Ropinirole", time(21, 0)),
              magnesium(guidance, time(20, 0))], guidance, min_gap_minutes=0)
    assert wall(step(p, "Magnesium").at) == "2025-06-18 21:00"


def test_spreading_never_pushes_magnesium_back_into_an_antibiotic_window(
    guidance: Guidance,
) -> None:
    """Magnesium is moved to 21:00 (2 h after doxycycline at 19:00); three steps at bedtime
    (21:10) then spread back to 20:55-21:05 and push it earlier. It may not land in the
    antibiotic's window (15:00-21:00): it goes to 15:00, 4 h before, and says why."""
    steps = [
        medicine(guidance, "Doxycycline", time(19, 0)),
        magnesium(guidance, time(20, 0)),
        template_step("bedtime", guidance, title="Bedtime", anchor=Anchor.before_bed(0)),
        *(template_step("custom", guidance, title=f"C{i}", anchor=Anchor.before_bed(0))
          for i in range(3)),
    ]
    p = plan(steps, guidance, bedtime=time(21, 10))
    mg = step(p, "Magnesium")
    assert spacing_ok(mg.at, step(p, "Doxycycline").at, guidance)
    assert wall(mg.at) == "2025-06-18 15:00"
    assert p.issues == [] and codes(mg.issues) == ["moved_earlier"]
    # it makes room before the antibiotic it keeps 4 h ahead of
    assert mg.issues[0].values == {"minutes": 360, "other": "Doxycycline"}
    assert [wall(step(p, f"C{i}").at)[-5:] for i in range(3)] == ["20:55", "21:00", "21:05"]


def test_magnesium_before_an_antibiotic_stays_out_of_its_window_when_crowded_earlier(
    guidance: Guidance,
) -> None:
    """Cipro at 23:00 and magnesium at 19:00 (exactly 4 h before) with steps crowding 19:00
    from behind: magnesium may only move earlier (later breaks the 4 h), so the crowd goes
    after it and not magnesium after them."""
    steps = [
        medicine(guidance, "Cipro", time(23, 0)),
        magnesium(guidance, time(19, 0)),
        *(template_step("custom", guidance, title=f"C{i}", anchor=Anchor.at(time(18, 55)))
          for i in range(3)),
    ]
    p = plan(steps, guidance, bedtime=time(23, 30))
    mg = step(p, "Magnesium")
    assert spacing_ok(mg.at, step(p, "Cipro").at, guidance)
    assert mg.at <= datetime(2025, 6, 18, 19, 0, tzinfo=BERLIN)
    assert mg.issues == [] and p.issues == []


def test_magnesium_that_cannot_be_kept_apart_tonight_says_so(guidance: Guidance) -> None:
    """Under way at 21:00 with bedtime 22:00: the antibiotic at 21:30 leaves no time for
    magnesium (20:00 has passed, 23:30 is after bedtime): it stays, unresolved."""
    now = datetime(2025, 6, 18, 21, 0, tzinfo=BERLIN)
    mg = Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(21, 15)), id=2, **MG)
    med = Step(StepKind.MEDICATION, "Doxy", Anchor.at(time(21, 30)), name="Doxycycline", id=1)
    p = plan([med, mg], guidance, bedtime=time(22, 0), now=now)
    planned = step(p, "Magnesium")
    assert wall(planned.at) == "2025-06-18 21:15"
    assert not any(n.code is NoteCode.SPACING_MOVED for n in planned.notes)
    (unresolved,) = [n for n in planned.issues if n.code is NoteCode.SPACING_UNRESOLVED]
    assert unresolved in p.issues
    assert unresolved.values == {
        "medication": "Doxycycline", "group": "tetracycline antibiotics",
        "after_hours": 2, "before_hours": 4, "source": guidance.safety.spacing_source,
    }
    assert "Ask your pharmacist" in note_english(unresolved)


# ------------------------------------------------------------------ a night too full


def test_too_many_steps_to_fit_before_bedtime_are_crowded_not_moved_into_the_past(
    guidance: Guidance,
) -> None:
    """22:20, bedtime 22:30, four steps at 22:25 keeping 5 min apart: three fit (22:20,
    22:25, 22:30); the fourth has no time and stays at its own, with a note."""
    now = datetime(2025, 6, 18, 22, 20, tzinfo=BERLIN)
    steps = [Step(StepKind.CUSTOM, f"S{i}", Anchor.at(time(22, 25)), id=i + 1)
             for i in range(4)]
    p = plan(steps, guidance, now=now)
    assert [wall(s.at)[-5:] for s in p.steps] == ["22:20", "22:25", "22:25", "22:30"]
    crowded = [s for s in p.steps if NoteCode.CROWDED in [n.code for n in s.issues]]
    assert len(crowded) == 1
    (note,) = [n for n in crowded[0].issues if n.code is NoteCode.CROWDED]
    assert note.values == {"gap": 5} and note in p.issues
    assert wall(crowded[0].at)[-5:] == "22:25" and not crowded[0].moved
    assert note_english(note).startswith("no time tonight keeps 5 min from the steps")
    assert all(s.at >= now for s in p.steps)


def test_a_step_moved_for_another_names_it_and_its_direction(guidance: Guidance) -> None:
    """Two steps at 21:00: the second moves 5 min later, after the first; one at 22:30
    before a Bedtime at 22:30 moves 5 min earlier, before Bedtime."""
    steps = [
        template_step("custom", guidance, title="First", anchor=Anchor.at(time(21, 0))),
        template_step("custom", guidance, title="Second", anchor=Anchor.at(time(21, 0))),
        template_step("custom", guidance, title="Late", anchor=Anchor.before_bed(0)),
        template_step("bedtime", guidance, title="Bedtime", anchor=Anchor.before_bed(0)),
    ]
    p = plan(steps, guidance)
    (later,) = step(p, "Second").issues
    assert (later.code, later.values) == (NoteCode.MOVED_LATER, {"minutes": 5, "other": "First"})
    assert note_english(later) == "tonight 5 min later than usual, to make room after First"
    (earlier,) = step(p, "Late").issues
    assert (earlier.code, earlier.values) == (
        NoteCode.MOVED_EARLIER, {"minutes": 5, "other": "Bedtime"})
    assert step(p, "First").issues == [] and step(p, "Bedtime").issues == []


def test_magnesium_pushed_past_an_antibiotic_window_names_the_antibiotic(
    guidance: Guidance,
) -> None:
    """Magnesium at 16:30 (exactly 4 h before doxycycline at 20:30) shares its minute with a
    walk: 5 min later is inside the antibiotic's window, so it goes to 22:30 (2 h after),
    and its note names the antibiotic, not the walk."""
    steps = [
        template_step("custom", guidance, title="Walk", anchor=Anchor.at(time(16, 30))),
        magnesium(guidance, time(16, 30)),
        medicine(guidance, "Doxycycline", time(20, 30)),
    ]
    p = plan(steps, guidance, bedtime=time(23, 0))
    mg = step(p, "Magnesium")
    assert wall(mg.at) == "2025-06-18 22:30"
    assert not any(n.code is NoteCode.SPACING_MOVED for n in mg.notes)  # it was apart
    assert [(n.code, n.values) for n in mg.issues] == [
        (NoteCode.MOVED_LATER, {"minutes": 360, "other": "Doxycycline"})]
    assert wall(step(p, "Walk").at) == "2025-06-18 16:30" and p.issues == []


def test_a_late_caffeine_cutoff_is_compared_with_bedtime_to_the_minute(
    guidance: Guidance,
) -> None:
    def cutoff(minutes_before_bed: int) -> list[str]:
        s = template_step("sleep_hygiene", guidance, item="caffeine_cutoff",
                          anchor=Anchor.before_bed(minutes_before_bed))
        return codes(plan([s], guidance).steps[0].notes)

    assert cutoff(6 * 60) == []  # exactly 6 h before bed is in time
    assert cutoff(6 * 60 - 1) == ["caffeine_late"]
    assert cutoff(6 * 60 + 1) == []


def test_a_step_after_bedtime_may_run_to_the_end_of_the_night(guidance: Guidance) -> None:
    """Bedtime 22:30; steps at 11:58 next morning crowd toward the night's last minute
    (11:59), not back to bedtime."""
    steps = [template_step("custom", guidance, title=f"M{i}", anchor=Anchor.at(time(11, 58)))
             for i in range(2)]
    p = plan(steps, guidance)
    end = datetime(2025, 6, 19, 11, 59, tzinfo=BERLIN)
    assert [s.at for s in p.steps] == [end - timedelta(minutes=5), end]


def test_magnesium_may_be_moved_to_bedtime_itself(guidance: Guidance) -> None:
    """Doxycycline at 20:30: magnesium at 21:00 goes to 22:30, 2 h after, which is bedtime:
    the last minute it may have, not out of reach."""
    p = plan([medicine(guidance, "Doxycycline", time(20, 30)), magnesium(guidance, time(21, 0))],
             guidance, bedtime=time(22, 30))
    assert wall(step(p, "Magnesium").at) == "2025-06-18 22:30"


def test_magnesium_may_be_moved_to_this_very_minute(guidance: Guidance) -> None:
    """16:30 now, doxycycline at 20:30: magnesium (17:00) may still be taken now, 4 h
    before, rather than after bedtime's 22:30."""
    now = datetime(2025, 6, 18, 16, 30, tzinfo=BERLIN)
    p = plan([medicine(guidance, "Doxycycline", time(20, 30)), magnesium(guidance, time(17, 0))],
             guidance, bedtime=time(23, 0), now=now)
    assert step(p, "Magnesium").at == now


def test_the_plan_as_json_says_each_note_and_time_as_read(guidance: Guidance) -> None:
    """What `rlsdesk tonight --json` prints: codes, clock times as HH:MM, the usual time."""
    steps = [Step(StepKind.CUSTOM, "Early", Anchor.at(time(2, 30)), id=7),
             Step(StepKind.CUSTOM, "Late", Anchor.at(time(3, 0)), id=8)]
    p = plan(steps, guidance, bedtime=time(1, 0), night=SPRING_FORWARD, min_gap_minutes=5)
    j = plan_to_json(p)
    early, late = j["steps"]
    assert (early["kind"], early["id"], early["title"]) == ("custom", 7, "Early")
    assert early["notes"] == [{"code": "clock_skipped", "step_id": None, "title": "",
                               "values": {"clock": "02:30", "moved_to": "03:00"}}]
    assert early["usual"] == "2025-03-30T03:00:00+02:00"
    assert late["at"] == "2025-03-30T03:05:00+02:00"
    assert late["usual"] == "2025-03-30T03:00:00+02:00"
    assert late["issues"] == [{"code": "moved_later", "step_id": 8, "title": "Late",
                               "values": {"minutes": 5, "other": "Early"}}]
    crowded = plan_to_json(plan(
        [Step(StepKind.CUSTOM, f"S{i}", Anchor.at(time(22, 25)), id=i + 1) for i in range(4)],
        guidance, now=datetime(2025, 6, 18, 22, 20, tzinfo=BERLIN)))
    assert crowded["issues"] == [{"code": "crowded", "step_id": 1, "title": "S0",
                                  "values": {"gap": 5}}]
