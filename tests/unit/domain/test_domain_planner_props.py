"""Property tests: the planner's promises hold for any routine, night and zone."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rlsdesk.domain.guidance import Guidance
from rlsdesk.domain.kinds import AnchorKind, StepKind
from rlsdesk.domain.peak import PeakEstimate, estimate_peak
from rlsdesk.domain.planner import (
    NoteCode,
    localize,
    night_bounds,
    place_on_night,
    plan_night,
    plan_to_json,
)
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.domain.safety import interaction_group, spacing_ok
from tests.hypothesis_budget import examples
from tests.unit.domain.conftest import load_json
from tests.unit.domain.strategies import plan_steps_strategy

GUIDANCE = Guidance.from_document(load_json("guidance.json"), load_json("sources.json"))
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Pacific/Chatham", "UTC"]


def _dst_nights(zone: str) -> list[date]:
    """Nights (D) of 2025 whose 12:00-to-12:00 span holds a change of UTC offset."""
    tz = ZoneInfo(zone)
    out = []
    for n in range(365):
        d = date(2025, 1, 1) + timedelta(days=n)
        a = datetime.combine(d, time(12), tzinfo=tz).utcoffset()
        b = datetime.combine(d + timedelta(days=1), time(12), tzinfo=tz).utcoffset()
        if a != b:
            out.append(d)
    return out


DST_NIGHTS = {zone: _dst_nights(zone) for zone in ZONES}


def test_dst_nights_found() -> None:
    for zone in ZONES[:4]:
        assert len(DST_NIGHTS[zone]) == 2, zone


@st.composite
def scenarios(draw: st.DrawFn) -> tuple:
    zone = draw(st.sampled_from(ZONES))
    if DST_NIGHTS[zone] and draw(st.booleans()):
        night = draw(st.sampled_from(DST_NIGHTS[zone]))
    else:
        night = draw(st.dates(date(2024, 1, 1), date(2027, 12, 31)))
    steps = draw(st.lists(plan_steps_strategy, max_size=12))
    if draw(st.booleans()):  # a routine usually ends with its Bedtime step
        steps.insert(draw(st.integers(0, len(steps))),
                     Step(StepKind.BEDTIME, "Bedtime", Anchor.before_bed(0)))
    # as stored: every step has its own id (two with one id would be paired wrongly below)
    steps = [replace(s, id=i + 1) for i, s in enumerate(steps)]
    onset = draw(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
    peak = estimate_peak([], night, usual_onset=onset)
    bedtime = draw(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
    gap = draw(st.sampled_from([0, 5, 10, 15]))
    now = None
    if draw(st.booleans()):  # a night under way: planned (again) at some moment of it
        start, end = night_bounds(night, ZoneInfo(zone))
        seconds = draw(st.integers(0, int((end - start).total_seconds()) - 1))
        now = (start.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(ZoneInfo(zone))
    return steps, peak, bedtime, night, ZoneInfo(zone), gap, now


def _plan(
    steps: list[Step], peak: PeakEstimate, bedtime: time, night: date, tz: ZoneInfo, gap: int,
    now: datetime | None = None,
):
    return plan_night(steps, peak, bedtime, night, tz, guidance=GUIDANCE, min_gap_minutes=gap,
                      now=now)


def _own_time(step: Step, bedtime: time, night: date, tz: ZoneInfo) -> datetime:
    """Where a clock or before-bed anchor puts a step tonight, worked out independently (on
    the wall clock: bedtime minus 30 min is the wall time 30 min earlier)."""
    if step.anchor.kind is AnchorKind.CLOCK:
        assert step.anchor.clock is not None
        naive = place_on_night(step.anchor.clock, night)
    else:
        naive = place_on_night(bedtime, night) - timedelta(minutes=step.anchor.minutes)
    naive = max(naive, datetime.combine(night, time(12)))
    return localize(naive, tz)[0]


def _utc(moment: datetime) -> datetime:
    """Aware datetimes sharing a tzinfo compare by wall time (fold ignored): compare instants."""
    return moment.astimezone(UTC)


def _codes(ps) -> set[NoteCode]:
    return {n.code for n in ps.issues}


@settings(max_examples=examples(150))
@given(scenarios())
def test_plan_promises(scenario: tuple) -> None:
    steps, peak, bedtime, night, tz, gap, now = scenario
    p = _plan(steps, peak, bedtime, night, tz, gap, now)
    start, end = night_bounds(night, tz)

    # nothing vanishes or appears twice
    expected = [s for s in steps if s.enabled and night.weekday() in s.days]
    assert Counter((s.title, s.kind) for s in p.steps) == Counter(
        (s.title, s.kind) for s in expected
    )

    # every time exists on the wall clock, in the plan's zone, within the night
    for s in [*p.steps]:
        assert s.at.tzinfo is tz
        naive = s.at.replace(tzinfo=None)
        again = naive.replace(tzinfo=tz, fold=s.at.fold)
        assert again.astimezone(UTC) == s.at.astimezone(UTC)
        assert again.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive
        assert start <= s.at < end
    assert start <= p.bedtime < end
    assert start <= p.onset < end

    pairs = _match(p, expected)

    # medicines keep their time, whatever the routine around them (and Bedtime too)
    for ps, st_ in pairs:
        if st_.kind is StepKind.MEDICATION:
            assert not ps.moved
            assert _utc(ps.at) == _utc(_own_time(st_, bedtime, night, tz))
        if st_.kind is StepKind.BEDTIME:
            assert not ps.moved

    # nothing meant for the evening is moved past bedtime
    for ps in p.steps:
        if _utc(ps.usual) <= _utc(p.bedtime):
            assert _utc(ps.at) <= _utc(p.bedtime), (ps.title, ps.usual, ps.at)

    # nothing is moved into the past of a night under way: a step before now is where the
    # plan made without ``now`` has it (where it was when its time came)
    if now is not None:
        natural = _plan(steps, peak, bedtime, night, tz, gap)
        for ps in p.steps:
            if _utc(ps.at) < _utc(now):
                assert _utc(ps.at) in {_utc(q.at) for q in natural.steps
                                       if (q.title, q.kind, q.step_id) == (ps.title, ps.kind,
                                                                           ps.step_id)}
            elif ps.moved:
                assert _utc(ps.at) >= _utc(now)

    # ordered by instant, with the minimum gap unless both keep their time or one says
    # it could not be placed well
    instants = [s.at.astimezone(UTC) for s in p.steps]
    assert instants == sorted(instants)

    def keeps(ps) -> bool:
        return keeps_its_time_kind(ps.kind) or (now is not None and _utc(ps.at) < _utc(now))

    for a, b in pairwise(p.steps):
        if _utc(b.at) - _utc(a.at) < timedelta(minutes=gap) and not (keeps(a) and keeps(b)):
            assert NoteCode.CROWDED in _codes(a) | _codes(b)
    for ps in p.steps:
        if NoteCode.CROWDED in _codes(ps):
            assert any(n.code is NoteCode.CROWDED and n.title == ps.title for n in p.issues)

    # a step moved tonight says why (a move note, or the safety move's note)
    for ps in p.steps:
        if ps.moved and not (now is not None and _utc(ps.at) < _utc(now)):
            assert {NoteCode.MOVED_LATER, NoteCode.MOVED_EARLIER, NoteCode.CROWDED} & _codes(
                ps) or any(
                n.code is NoteCode.SPACING_MOVED for n in ps.notes), (ps.title, ps.notes,
                                                                      ps.issues)

    # safety: magnesium kept apart from interacting medicines, or a warning says so
    meds = [
        ps
        for ps, st_ in pairs
        if st_.kind is StepKind.MEDICATION and interaction_group(st_, GUIDANCE)
    ]
    for ps, st_ in pairs:
        if st_.kind is not StepKind.MAGNESIUM:
            continue
        for med in meds:
            if not spacing_ok(ps.at, med.at, GUIDANCE):
                assert NoteCode.SPACING_UNRESOLVED in _codes(ps)
                assert any(n.code is NoteCode.SPACING_UNRESOLVED and n.title == st_.title
                           for n in p.issues)

    # a Bedtime step at bedtime stays there
    beds = [ps for ps, st_ in pairs
            if st_.kind is StepKind.BEDTIME and st_.anchor == Anchor.before_bed(0)]
    for bed in beds:
        assert _utc(bed.at) == _utc(p.bedtime)

    # magnesium totals warned
    total = sum(s.dose_mg or 0 for s in expected if s.kind is StepKind.MAGNESIUM)
    assert (total > 350) == any(w.code is NoteCode.MAGNESIUM_UPPER_LIMIT for w in p.warnings)

    # deterministic
    assert _plan(steps, peak, bedtime, night, tz, gap, now) == p
    assert plan_to_json(_plan(steps, peak, bedtime, night, tz, gap, now)) == plan_to_json(p)


def keeps_its_time_kind(kind: StepKind) -> bool:
    return kind in (StepKind.MEDICATION, StepKind.BEDTIME)


def _match(p, steps: list[Step]):
    """Pair planned steps with their source steps (by identity of content order)."""
    remaining = list(steps)
    out = []
    for ps in p.steps:
        for i, s in enumerate(remaining):
            if s.title == ps.title and s.kind is ps.kind and s.id == ps.step_id:
                out.append((ps, remaining.pop(i)))
                break
    return out


@settings(max_examples=examples(60))
@given(
    st.sampled_from(ZONES),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_bedtime_and_onset_on_every_dst_night(zone: str, bedtime: time, onset: time) -> None:
    tz = ZoneInfo(zone)
    for night in DST_NIGHTS[zone] or [date(2025, 3, 30)]:
        peak = estimate_peak([], night, usual_onset=onset)
        p = plan_night([], peak, bedtime, night, tz, guidance=GUIDANCE)
        start, end = night_bounds(night, tz)
        assert start <= p.bedtime < end
        assert p.onset <= p.band_start <= p.band_end
        j = plan_to_json(p)
        # compare instants: Python never calls an ambiguous time equal across tzinfos
        assert datetime.fromisoformat(j["bedtime"]).astimezone(UTC) == p.bedtime.astimezone(UTC)
        for key in ("onset", "band_start", "band_end"):
            parsed = datetime.fromisoformat(j["peak"][key]).astimezone(UTC)
            assert parsed == getattr(p, key).astimezone(UTC)


@settings(max_examples=examples(80))
@given(
    st.sampled_from(ZONES),
    st.lists(st.integers(0, 20), min_size=1, max_size=6),
    st.times(time(18, 0), time(23, 59)).map(lambda t: t.replace(second=0, microsecond=0)),
    st.sampled_from([5, 10, 15]),
)
def test_steps_crowding_bedtime_move_earlier_not_bedtime(
    zone: str, minutes_before: list[int], bedtime: time, gap: int
) -> None:
    tz = ZoneInfo(zone)
    night = date(2025, 6, 18)
    steps = [Step(StepKind.CUSTOM, f"Step {i}", Anchor.before_bed(m))
             for i, m in enumerate(minutes_before)]
    steps.append(Step(StepKind.BEDTIME, "Bedtime", Anchor.before_bed(0)))
    peak = estimate_peak([], night)
    p = _plan(steps, peak, bedtime, night, tz, gap)
    assert p.steps[-1].title == "Bedtime" and p.steps[-1].at == p.bedtime
    instants = [s.at for s in p.steps]
    assert all(b - a >= timedelta(minutes=gap) for a, b in pairwise(instants))


@settings(max_examples=examples(100))
@given(scenarios(), st.integers(1, 600))
def test_replanning_later_never_moves_a_step_into_the_past(scenario: tuple, later: int) -> None:
    """The same routine planned again later in the night, with the times the reminders had
    (``previous``): a step still ahead stays ahead, one already past stays where it was. So
    replanning alone never records a step missed."""
    steps, peak, bedtime, night, tz, gap, now = scenario
    steps = [replace(s, id=i + 1) for i, s in enumerate(steps)]  # as stored: ids
    start, end = night_bounds(night, tz)
    first_now = now or start
    second_now = first_now + timedelta(minutes=later)
    if _utc(second_now) >= _utc(end):
        return
    first = _plan(steps, peak, bedtime, night, tz, gap, first_now)
    previous = {s.step_id: s.at for s in first.steps if s.step_id is not None}
    second = plan_night(steps, peak, bedtime, night, tz, guidance=GUIDANCE,
                        min_gap_minutes=gap, now=second_now, previous=previous)
    for step in second.steps:
        was = previous[step.step_id]
        if _utc(was) < _utc(second_now):
            assert _utc(step.at) == _utc(was), "past: where it was"
        else:
            assert _utc(step.at) >= _utc(second_now), "ahead: still ahead"
