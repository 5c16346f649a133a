from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.commands.tonight import note_english
from rlsdesk.domain.guidance import Guidance, template_step
from rlsdesk.domain.kinds import SleepHygieneItem, StepKind
from rlsdesk.domain.peak import estimate_peak
from rlsdesk.domain.planner import (
    NightPlan,
    NoteCode,
    localize,
    night_bounds,
    plan_night,
    plan_to_json,
)
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.domain.safety import spacing_ok

#: What a person enters from their label: no template fills a dose or form in.
OWN_DOSE = {"dose_mg": 200, "form": "citrate"}

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2025, 6, 18)  # a Wednesday
DEFAULT_PEAK = estimate_peak([], NIGHT)


def plan(
    steps: list[Step],
    guidance: Guidance,
    *,
    bedtime: time = time(22, 30),
    night: date = NIGHT,
    tz: ZoneInfo = BERLIN,
    onset: time | None = None,
    **kw: object,
) -> NightPlan:
    peak = estimate_peak([], night, usual_onset=onset)
    return plan_night(steps, peak, bedtime, night, tz, guidance=guidance, **kw)  # type: ignore[arg-type]


def at_clock(guidance: Guidance, kind: str, clock: time, **kw: object) -> Step:
    return template_step(kind, guidance, anchor=Anchor.at(clock), **kw)


def by_title(p: NightPlan, title: str):
    return next(s for s in p.steps if s.title == title)


def wall(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


def moves(p: NightPlan, title: str) -> list[tuple[str, int, str]]:
    """A step's move notes as (code, minutes, the step it makes room for)."""
    return [(str(n.code), n.values["minutes"], n.values["other"])
            for n in by_title(p, title).issues
            if n.code in (NoteCode.MOVED_LATER, NoteCode.MOVED_EARLIER)]


# ------------------------------------------------------------------ basics


def test_default_routine_plan(default_routine: list[Step], guidance: Guidance) -> None:
    p = plan(default_routine, guidance)
    assert p.timezone == "Europe/Berlin"
    assert wall(p.bedtime) == "2025-06-18 22:30"
    kinds = [s.kind for s in p.steps]
    assert StepKind.CONTRAST_PACKS not in kinds  # disabled in the default
    assert kinds[-1] is StepKind.BEDTIME
    assert wall(by_title(p, "Last caffeine of the day").at) == "2025-06-18 16:30"
    assert StepKind.MAGNESIUM not in kinds  # no supplement is presumed
    assert p.warnings == []
    for s in p.steps:
        assert s.why.endswith(")") and "(" in s.why


def test_anchors(guidance: Guidance) -> None:
    steps = [
        template_step("bath", guidance, anchor=Anchor.before_bed(90)),
        template_step("heat_pack", guidance, anchor=Anchor.before_onset(0)),
        at_clock(guidance, "custom", time(11, 0), title="Late morning"),
        at_clock(guidance, "custom", time(19, 15), title="Evening"),
    ]
    p = plan(steps, guidance, bedtime=time(23, 0), onset=time(21, 0))
    assert [wall(s.at) for s in p.steps] == [
        "2025-06-18 19:15",
        "2025-06-18 21:00",
        "2025-06-18 21:30",
        "2025-06-19 11:00",
    ]


def test_days_and_enabled_filter(guidance: Guidance) -> None:
    wednesday_only = template_step("bath", guidance, days=frozenset({2}), title="Wed bath")
    monday_only = template_step("bath", guidance, days=frozenset({0}), title="Mon bath")
    off = template_step("massage", guidance, enabled=False)
    p = plan([wednesday_only, monday_only, off], guidance)
    assert [s.title for s in p.steps] == ["Wed bath"]


def test_midnight_crossing(guidance: Guidance) -> None:
    steps = [
        template_step("bedtime", guidance),
        template_step("heat_pack", guidance, title="At onset"),
        template_step("massage", guidance, anchor=Anchor.before_bed(45), title="Massage"),
    ]
    late = plan(steps, guidance, bedtime=time(0, 30), onset=time(0, 20))
    assert wall(late.bedtime) == "2025-06-19 00:30"
    assert [(s.title, wall(s.at)) for s in late.steps] == [
        ("Massage", "2025-06-18 23:45"),
        ("At onset", "2025-06-19 00:20"),
        ("Bedtime", "2025-06-19 00:30"),
    ]
    early = plan(steps, guidance, bedtime=time(0, 30), onset=time(23, 50))
    assert wall(by_title(early, "At onset").at) == "2025-06-18 23:50"
    assert wall(early.onset) == "2025-06-18 23:50"
    assert wall(late.onset) == "2025-06-19 00:20"


def test_collisions_spread_in_order(guidance: Guidance) -> None:
    a = template_step("custom", guidance, title="A", anchor=Anchor.at(time(21, 0)), id=3)
    b = template_step("custom", guidance, title="B", anchor=Anchor.before_onset(0), id=9)
    c = template_step("custom", guidance, title="C", anchor=Anchor.before_bed(60), id=2)
    d = template_step("custom", guidance, title="D", anchor=Anchor.at(time(21, 0)), id=1)
    e = template_step("custom", guidance, title="E", anchor=Anchor.at(time(21, 7)), id=4)
    p = plan([a, b, c, d, e], guidance, bedtime=time(22, 0), onset=time(21, 0))
    # ties at 21:00: before_onset, then before_bed, then clock (by id)
    assert [(s.title, wall(s.at)[-5:]) for s in p.steps] == [
        ("B", "21:00"),
        ("C", "21:05"),
        ("D", "21:10"),
        ("A", "21:15"),
        ("E", "21:20"),
    ]
    assert by_title(p, "C").notes == []  # placement is said by structured notes
    assert moves(p, "C") == [("moved_later", 5, "B")]
    assert moves(p, "E") == [("moved_later", 13, "A")]
    assert moves(p, "B") == []
    assert not by_title(p, "B").moved and by_title(p, "E").moved


def test_min_gap_zero_keeps_times(guidance: Guidance) -> None:
    a = at_clock(guidance, "custom", time(21, 0), title="A")
    b = at_clock(guidance, "custom", time(21, 0), title="B")
    p = plan([a, b], guidance, min_gap_minutes=0)
    assert [wall(s.at) for s in p.steps] == ["2025-06-18 21:00"] * 2


def test_never_past_the_night_end(guidance: Guidance) -> None:
    steps = [at_clock(guidance, "custom", time(11, 58), title=f"S{i}") for i in range(4)]
    p = plan(steps, guidance)
    _, end = night_bounds(NIGHT, BERLIN)
    assert all(s.at < end for s in p.steps)
    assert [wall(s.at)[-5:] for s in p.steps] == ["11:44", "11:49", "11:54", "11:59"]
    assert moves(p, "S0") == [("moved_earlier", 14, "S1")]


def test_before_the_evening_is_clamped_to_noon(guidance: Guidance) -> None:
    step = template_step("custom", guidance, anchor=Anchor.before_bed(720), title="Early")
    p = plan([step], guidance, bedtime=time(20, 0))
    assert wall(p.steps[0].at) == "2025-06-18 12:00"
    note = p.steps[0].notes[0]
    assert note.code is NoteCode.BEFORE_EVENING
    assert note.values == {"clock": time(8, 0), "moved_to": time(12, 0)}
    assert "before the evening starts" in note_english(note)


def test_plan_to_json_shape(default_routine: list[Step], guidance: Guidance) -> None:
    p = plan(default_routine, guidance, bedtime=time(0, 30))
    j = plan_to_json(p)
    assert set(j) == {"date", "timezone", "bedtime", "peak", "steps", "warnings", "issues"}
    assert j["date"] == "2025-06-18"
    assert j["timezone"] == "Europe/Berlin"
    assert j["bedtime"] == "2025-06-19T00:30:00+02:00"
    assert set(j["peak"]) == {"onset", "band_start", "band_end", "source", "nights", "summary"}
    assert j["peak"]["onset"] == "2025-06-18T21:30:00+02:00"
    assert j["peak"]["band_start"] == "2025-06-19T00:00:00+02:00"
    assert j["peak"]["band_end"] == "2025-06-19T01:00:00+02:00"
    assert j["peak"]["source"] == "default"
    assert j["issues"] == []
    for s in j["steps"]:
        assert set(s) == {"id", "kind", "title", "at", "minutes", "why", "notes", "usual",
                          "issues"}
        assert datetime.fromisoformat(s["at"]).utcoffset() is not None
    import json

    assert json.loads(json.dumps(j)) == j


def test_deterministic(default_routine: list[Step], guidance: Guidance) -> None:
    assert plan(default_routine, guidance) == plan(default_routine, guidance)


# ------------------------------------------------------------------ DST


@pytest.mark.parametrize(
    ("zone", "night", "clock", "expected", "word"),
    [
        ("Europe/Berlin", date(2025, 3, 29), time(2, 30), "2025-03-30 03:00 +0200", "forward"),
        ("America/New_York", date(2025, 3, 8), time(2, 15), "2025-03-09 03:00 -0400", "forward"),
        ("Australia/Sydney", date(2025, 10, 4), time(2, 59), "2025-10-05 03:00 +1100", "forward"),
        ("Pacific/Chatham", date(2025, 9, 27), time(3, 0), "2025-09-28 03:45 +1345", "forward"),
        ("Europe/Berlin", date(2025, 10, 25), time(2, 30), "2025-10-26 02:30 +0200", "back"),
        ("America/New_York", date(2025, 11, 1), time(1, 30), "2025-11-02 01:30 -0400", "back"),
        ("Australia/Sydney", date(2025, 4, 5), time(2, 30), "2025-04-06 02:30 +1100", "back"),
        ("Pacific/Chatham", date(2025, 4, 5), time(3, 0), "2025-04-06 03:00 +1345", "back"),
    ],
)
def test_dst_nights(
    guidance: Guidance, zone: str, night: date, clock: time, expected: str, word: str
) -> None:
    tz = ZoneInfo(zone)
    step = at_clock(guidance, "custom", clock, title="Odd hour")
    p = plan([step], guidance, night=night, tz=tz, bedtime=time(1, 0))
    at = p.steps[0].at
    assert at.strftime("%Y-%m-%d %H:%M %z") == expected
    codes = {"back": NoteCode.CLOCK_REPEATED, "forward": NoteCode.CLOCK_SKIPPED}
    assert any(n.code is codes[word] for n in p.steps[0].notes)
    assert any(f"clocks go {word}" in note_english(n) for n in p.steps[0].notes)


def test_fall_back_hour_keeps_both_steps_in_order(guidance: Guidance) -> None:
    tz = BERLIN
    night = date(2025, 10, 25)
    steps = [
        at_clock(guidance, "custom", time(2, 10), title="First"),
        at_clock(guidance, "custom", time(2, 50), title="Second"),
        at_clock(guidance, "custom", time(3, 10), title="Third"),
    ]
    p = plan(steps, guidance, night=night, tz=tz)
    assert [s.title for s in p.steps] == ["First", "Second", "Third"]
    utc = [s.at.astimezone(UTC) for s in p.steps]
    assert utc == sorted(utc)
    assert (utc[2] - utc[1]) == timedelta(minutes=80)  # the repeated hour lies between


def test_spring_forward_before_bed_arithmetic_is_wall_clock(guidance: Guidance) -> None:
    night = date(2025, 3, 29)
    step = template_step("massage", guidance, anchor=Anchor.before_bed(60), title="M")
    p = plan([step], guidance, night=night, bedtime=time(3, 30))
    assert p.steps[0].at.strftime("%H:%M %z") == "03:00 +0200"
    assert wall(p.bedtime) == "2025-03-30 03:30"


def test_localize_gap_and_fold() -> None:
    aware, note = localize(datetime(2025, 3, 30, 2, 30), BERLIN)
    assert aware.astimezone(UTC) == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)
    assert note is not None and note.code is NoteCode.CLOCK_SKIPPED
    assert note.values == {"clock": time(2, 30), "moved_to": time(3, 0)}
    assert "03:00" in note_english(note)
    aware, note = localize(datetime(2025, 10, 26, 2, 30), BERLIN)
    assert aware.fold == 0 and aware.utcoffset() == timedelta(hours=2)
    aware, note = localize(datetime(2025, 6, 1, 2, 30), BERLIN)
    assert note is None


# ------------------------------------------------------------------ safety


def test_magnesium_moved_after_doxycycline(guidance: Guidance) -> None:
    med = at_clock(guidance, "medication", time(19, 0), name="Doxycycline")
    mg = template_step("magnesium", guidance, **OWN_DOSE)  # 90 min before onset 21:30 -> 20:00
    p = plan([med, mg], guidance)
    mg_at = by_title(p, "Magnesium")
    assert wall(mg_at.at) == "2025-06-18 21:00"
    assert any(n.code is NoteCode.SPACING_MOVED and n.values["minutes"] == 60
               and n.values["later"] for n in mg_at.notes)
    assert any("Moved 60 min later" in n and "tetracycline" in n
               for n in map(note_english, mg_at.notes))
    assert p.warnings == []


def test_magnesium_prefers_smallest_move_then_earlier(guidance: Guidance) -> None:
    med = at_clock(guidance, "medication", time(22, 0), name="Cipro")
    mg = template_step("magnesium", guidance, **OWN_DOSE, anchor=Anchor.at(time(20, 0)))
    p = plan([med, mg], guidance)
    # 18:00 (4 h before) is 120 min away; 00:00 (2 h after) is 240 min away
    assert wall(by_title(p, "Magnesium").at) == "2025-06-18 18:00"


def test_magnesium_spacing_survives_spreading(guidance: Guidance) -> None:
    med = at_clock(guidance, "medication", time(19, 0), name="Fosamax")
    mg = template_step("magnesium", guidance, **OWN_DOSE)
    crowd = [at_clock(guidance, "custom", time(21, 0), title=f"C{i}") for i in range(3)]
    p = plan([*crowd, med, mg], guidance)
    mg_at = by_title(p, "Magnesium").at
    assert spacing_ok(mg_at, by_title(p, "Fosamax").at, guidance)
    times = [s.at for s in p.steps]
    assert all(b - a >= timedelta(minutes=5) for a, b in itertools.pairwise(times))


def test_magnesium_cannot_be_spaced_warns(guidance: Guidance) -> None:
    meds = [
        at_clock(guidance, "medication", time(h % 24, 0), name="Doxycycline", title=f"Doxy {h}")
        for h in range(13, 13 + 24, 3)
    ]
    mg = template_step("magnesium", guidance, **OWN_DOSE)
    p = plan([*meds, mg], guidance)
    mg_step = by_title(p, "Magnesium")
    assert wall(mg_step.at) == "2025-06-18 20:00"
    unresolved = [n for n in mg_step.issues if n.code is NoteCode.SPACING_UNRESOLVED]
    assert len(unresolved) == 1 and unresolved[0] in p.issues
    assert unresolved[0].values["group"] == "tetracycline antibiotics"
    assert unresolved[0].values["medication"] == "Doxycycline"


def test_magnesium_totals(guidance: Guidance) -> None:
    two = [
        template_step("magnesium", guidance, **OWN_DOSE, title="Mg 1"),
        template_step("magnesium", guidance, **OWN_DOSE, title="Mg 2",
                      anchor=Anchor.before_bed(0)),
    ]
    p = plan(two, guidance)
    assert [w.code for w in p.warnings] == [NoteCode.MAGNESIUM_UPPER_LIMIT]
    assert p.warnings[0].values["total_mg"] == 400 and p.warnings[0].values["limit_mg"] == 350
    english = note_english(p.warnings[0])
    assert "400 mg" in english and "350" in english
    assert "Office of Dietary Supplements" in english
    big = plan([template_step("magnesium", guidance, dose_mg=600, form="oxide")], guidance)
    assert [w.code for w in big.warnings] == [NoteCode.MAGNESIUM_UPPER_LIMIT,
                                              NoteCode.MAGNESIUM_LAXATIVE]
    assert any("diarrhoea" in note_english(w) for w in big.warnings)
    # said once, for the night, not again under each magnesium step
    assert not any(w in step.notes for w in big.warnings for step in big.steps)
    assert not any(w in step.notes for w in p.warnings for step in p.steps)


def test_worsening_cautions_on_steps(guidance: Guidance) -> None:
    steps = [
        at_clock(guidance, "medication", time(21, 0), name="Unisom"),
        at_clock(guidance, "custom", time(21, 30), title="Melatonin gummy"),
    ]
    p = plan(steps, guidance)
    assert all(s.notes[0].code is NoteCode.CAUTION for s in p.steps)
    first, second = (note_english(s.notes[0]) for s in p.steps)
    assert "doxylamine" not in first.lower()  # own wording, names the class
    assert "antihistamines" in first
    assert "Whittom" in second and "8 people" in second
    assert "dopamine" not in second  # no mechanism the study did not show
    assert all(n.rstrip().endswith(")") and "ask your prescriber" in n
               for n in (first, second))


def test_caffeine_cutoff_late_note(guidance: Guidance) -> None:
    late = template_step(
        "sleep_hygiene", guidance, item="caffeine_cutoff", anchor=Anchor.before_bed(120)
    )
    ok = template_step("sleep_hygiene", guidance, item=SleepHygieneItem.CAFFEINE_CUTOFF)
    notes = plan([late], guidance).steps[0].notes
    assert [n.code for n in notes] == [NoteCode.CAFFEINE_LATE] and notes[0].values["hours"] == 6
    assert "Drake" in note_english(notes[0])
    assert plan([ok], guidance).steps[0].notes == []
    assert plan([late], guidance, caffeine_cutoff_hours=1).steps[0].notes == []


def test_bedtime_keeps_its_time_and_steps_before_it_move_earlier(guidance: Guidance) -> None:
    steps = [
        template_step("magnesium", guidance, **OWN_DOSE, title="Mg at bed",
                      anchor=Anchor.before_bed(0)),
        template_step("stretching", guidance, title="Stretch", anchor=Anchor.before_bed(2)),
        template_step("bedtime", guidance, title="Bedtime", anchor=Anchor.before_bed(0)),
    ]
    p = plan(steps, guidance, bedtime=time(22, 30))
    assert wall(by_title(p, "Bedtime").at) == "2025-06-18 22:30"
    assert by_title(p, "Bedtime").notes == []
    assert [s.title for s in p.steps] == ["Stretch", "Mg at bed", "Bedtime"]
    assert wall(by_title(p, "Mg at bed").at) == "2025-06-18 22:25"
    assert wall(by_title(p, "Stretch").at) == "2025-06-18 22:20"
    assert moves(p, "Mg at bed") == [("moved_earlier", 5, "Bedtime")]
    assert moves(p, "Stretch") == [("moved_earlier", 8, "Mg at bed")]


def test_a_step_without_a_reminder_yet_is_never_placed_in_the_past(guidance) -> None:
    """Evening under way (17:09), nothing reminded yet: an antibiotic at 20:30 would push
    magnesium (20:00) to 16:30, already past. It stays ahead, with a note, never in the
    past silently."""
    antibiotic = Step(StepKind.MEDICATION, "Doxycycline", Anchor.at(time(20, 30)),
                      name="Doxycycline", id=1)
    magnesium = Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(20, 0)), id=2,
                     **OWN_DOSE)
    now = datetime.combine(NIGHT, time(17, 9), BERLIN)
    p = plan([antibiotic, magnesium], guidance, now=now, bedtime=time(22, 0))
    by_title = {s.title: s for s in p.steps}
    assert by_title["Doxycycline"].at.time() == time(20, 30)
    assert by_title["Magnesium"].at >= now
    moved_or_noted = by_title["Magnesium"].issues or by_title["Magnesium"].notes
    assert moved_or_noted


def test_a_medicine_given_a_new_time_is_reminded_at_it_the_same_night(guidance) -> None:
    """The reminders had Levodopa at 21:00 (past); the person moves it to 23:00 at 21:30:
    tonight's plan has it at 23:00, not at the old recorded time."""
    med = Step(StepKind.MEDICATION, "Levodopa", Anchor.at(time(23, 0)), name="Levodopa", id=1)
    now = datetime.combine(NIGHT, time(21, 30), BERLIN)
    previous = {1: datetime.combine(NIGHT, time(21, 0), BERLIN)}
    p = plan([med], guidance, now=now, previous=previous, bedtime=time(23, 30))
    assert p.steps[0].at.time() == time(23, 0)


def test_spacing_counts_real_hours_across_the_hour_the_clocks_go_back(guidance) -> None:
    """New York, 2 Nov 2025: 00:00 EDT to 01:00 EST is two real hours (the wall clock says
    one). Python compares two datetimes of one zone on the wall clock; the rule must not."""
    ny = ZoneInfo("America/New_York")
    medicine = datetime(2025, 11, 2, 0, 0, tzinfo=ny)
    magnesium = datetime(2025, 11, 2, 1, 0, fold=1, tzinfo=ny)  # the second 01:00 (EST)
    assert magnesium.astimezone(UTC) - medicine.astimezone(UTC) == timedelta(hours=2)
    assert spacing_ok(magnesium, medicine, guidance)
    assert not spacing_ok(datetime(2025, 11, 2, 1, 0, fold=0, tzinfo=ny), medicine, guidance)
