"""Tonight's plan: the routine's steps placed on the clock of one night.

Pure and deterministic. The night of date D runs from D 12:00 to D+1 12:00 local time.
Times are worked out on the wall clock (bedtime minus 30 min is the wall time 30 min
earlier), then localized: a wall time that does not exist (spring-forward gap) moves to
the first valid instant after it, with a note; an ambiguous one (fall-back) is taken as
its first occurrence (fold=0). Ordering, gaps and safety spacing are then done on instants.

Ties between steps at the same instant are ordered by anchor (before_onset, before_bed,
clock), then id (unsaved steps last), then their order in the input.

Medicines keep their time: a medication step is never moved, spread or anchored to the
learned onset. When a rule cannot be met without moving a step past bedtime or into the
past, the step stays and the plan says so with a :class:`PlanNote` (a code and its values,
worded by the window in the person's language and by the command line in English).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.guidance import Guidance, InteractionGroup
from rlsdesk.domain.kinds import AnchorKind, SleepHygieneItem, StepKind
from rlsdesk.domain.peak import PeakEstimate
from rlsdesk.domain.routine import Step
from rlsdesk.domain.safety import (
    interaction_group,
    magnesium_total_warnings,
    spacing_ok,
    worsening_cautions,
)

__all__ = [
    "NightPlan",
    "NoteCode",
    "PlanNote",
    "PlannedStep",
    "keeps_its_time",
    "localize",
    "night_bounds",
    "place_on_night",
    "plan_night",
    "plan_to_json",
]

NOON = time(12, 0)
_ANCHOR_RANK = {AnchorKind.BEFORE_ONSET: 0, AnchorKind.BEFORE_BED: 1, AnchorKind.CLOCK: 2}


class NoteCode(StrEnum):
    """What a :class:`PlanNote` says; its values are listed with each code."""

    MOVED_LATER = "moved_later"  # minutes, other (the step it makes room after)
    MOVED_EARLIER = "moved_earlier"  # minutes, other (the step it makes room before)
    CROWDED = "crowded"  # gap: no time kept the gap without moving past bedtime or the past
    #: medication, group, after_hours, before_hours, source: magnesium could not be kept
    #: apart from a medicine without moving it past bedtime or into the past
    SPACING_UNRESOLVED = "spacing_unresolved"
    #: minutes, clock: a medication stored "before symptom onset" now keeps a clock time
    MEDICATION_PINNED = "medication_pinned"
    #: clock: the step's wall time happens twice tonight (clocks go back); the first is used
    CLOCK_REPEATED = "clock_repeated"
    #: clock, moved_to: the wall time does not exist tonight (clocks go forward)
    CLOCK_SKIPPED = "clock_skipped"
    #: clock, moved_to: the step would fall before the evening starts (12:00)
    BEFORE_EVENING = "before_evening"
    #: minutes, later (bool), medication, group, after_hours, before_hours, source, text:
    #: magnesium moved to keep it apart from a medicine (``text``: the guidance's English)
    SPACING_MOVED = "spacing_moved"
    #: key, label, source, text: the step names a substance that may worsen restless legs
    CAUTION = "caution"
    #: hours, source, text: a caffeine cut-off step later than that many hours before bed
    CAFFEINE_LATE = "caffeine_late"
    #: clock, moved_to: bedtime does not exist tonight (clocks go forward); a plan warning
    BEDTIME_SKIPPED = "bedtime_skipped"
    #: total_mg, limit_mg, source, text: tonight's magnesium is above the adult upper limit
    MAGNESIUM_UPPER_LIMIT = "magnesium_upper_limit"
    #: total_mg, limit_mg, source, text: tonight's magnesium is at the laxative level
    MAGNESIUM_LAXATIVE = "magnesium_laxative"


@dataclass(frozen=True, slots=True)
class PlanNote:
    """A structured note about a planned step (or, in :attr:`NightPlan.issues`, the night):
    ``values`` are ints, text or clock times, never prose to parse."""

    code: NoteCode
    values: dict[str, Any] = field(default_factory=dict)
    step_id: int | None = None
    title: str = ""


@dataclass(frozen=True, slots=True)
class PlannedStep:
    step_id: int | None
    kind: StepKind
    title: str
    at: datetime  # aware, in the plan's time zone: when it will be reminded tonight
    minutes: int
    why: str
    notes: list[PlanNote] = field(default_factory=list)  # DST, safety and caution notes
    usual: datetime | None = None  # its own time tonight, from its anchor, before any move
    issues: list[PlanNote] = field(default_factory=list)

    @property
    def moved(self) -> bool:
        """Tonight's time differs from the step's own (as instants: in the repeated hour of
        a fall-back night two equal wall times may differ)."""
        return self.usual is not None and self.usual.astimezone(UTC) != self.at.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class NightPlan:
    night: date
    timezone: str
    bedtime: datetime
    peak: PeakEstimate
    onset: datetime
    band_start: datetime
    band_end: datetime
    steps: list[PlannedStep]
    warnings: list[PlanNote]  # the night's: bedtime skipped, magnesium totals
    issues: list[PlanNote] = field(default_factory=list)  # the steps' problems, for a summary


# ---------------------------------------------------------------------------- wall clock


def place_on_night(clock: time, night: date) -> datetime:
    """A naive wall time on the night of ``night``: before 12:00 means the next day."""
    day = night if clock >= NOON else night + timedelta(days=1)
    return datetime.combine(day, clock.replace(tzinfo=None))


def night_bounds(night: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The night's start (D 12:00) and end (D+1 12:00) as aware datetimes."""
    start = datetime.combine(night, NOON)
    return localize(start, tz)[0], localize(start + timedelta(days=1), tz)[0]


def _exists(naive: datetime, tz: ZoneInfo) -> bool:
    aware = naive.replace(tzinfo=tz, fold=0)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == naive


def _ambiguous(naive: datetime, tz: ZoneInfo) -> bool:
    return (
        naive.replace(tzinfo=tz, fold=0).utcoffset() != naive.replace(tzinfo=tz, fold=1).utcoffset()
    )


def localize(naive: datetime, tz: ZoneInfo) -> tuple[datetime, PlanNote | None]:
    """An aware datetime for a wall time, and a note when the wall time had to change.

    A time in a spring-forward gap moves to the first valid instant after the gap; an
    ambiguous fall-back time is its first occurrence (fold=0).
    """
    if _exists(naive, tz):
        aware = naive.replace(tzinfo=tz, fold=0)
        if _ambiguous(naive, tz):
            return aware, PlanNote(NoteCode.CLOCK_REPEATED, {"clock": naive.time()})
        return aware, None
    # In a gap: the offset before the change is the earlier instant bound; the first
    # valid instant after the gap is the transition itself. Find it by the two offsets.
    before = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    after = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    lo, hi = min(before, after), max(before, after)
    # The transition lies in (lo, hi]; bisect to the minute on the wall-clock jump.
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        if mid.astimezone(tz).replace(tzinfo=None) > naive:
            hi = mid
        else:
            lo = mid
    moved = hi.replace(microsecond=0)
    if moved.second:
        moved += timedelta(seconds=60 - moved.second)
    result = moved.astimezone(tz)
    return result, PlanNote(NoteCode.CLOCK_SKIPPED,
                            {"clock": naive.time(), "moved_to": result.time()})


# ---------------------------------------------------------------------------- planning


@dataclass(slots=True)
class _Item:
    index: int
    step: Step
    intended: datetime  # UTC, from the step's anchor
    target: datetime  # UTC, after a safety move
    at: datetime  # UTC, final
    lo: datetime  # UTC: never moved before this (the night's start, or now)
    hi: datetime  # UTC: never moved after this (bedtime, or the night's end)
    fixed: bool = False  # kept where it is: a medicine, Bedtime, or tonight's past
    dst_note: PlanNote | None = None
    early_note: PlanNote | None = None
    safety_reason: tuple[Step, InteractionGroup] | None = None
    spacing_unresolved: tuple[Step, InteractionGroup] | None = None
    crowded: bool = False

    @property
    def is_magnesium(self) -> bool:
        return self.step.kind is StepKind.MAGNESIUM

    def sort_key(self) -> tuple[Any, ...]:
        return (self.at, *self._rank())

    def target_key(self) -> tuple[Any, ...]:
        return (self.target, *self._rank())

    def _rank(self) -> tuple[Any, ...]:
        step_id = self.step.id
        return (_ANCHOR_RANK[self.step.anchor.kind], step_id is None, step_id or 0, self.index)


def keeps_its_time(step: Step) -> bool:
    """Medicines are taken at the time the person (and their prescriber) chose; Bedtime is
    the time the evening is planned around. The planner never moves either."""
    return step.kind in (StepKind.MEDICATION, StepKind.BEDTIME)


def plan_night(
    steps: Sequence[Step],
    peak: PeakEstimate,
    bedtime: time,
    night: date,
    tz: ZoneInfo,
    *,
    guidance: Guidance,
    min_gap_minutes: int = 5,
    caffeine_cutoff_hours: int = 6,
    now: datetime | None = None,
    previous: Mapping[int, datetime] | None = None,
) -> NightPlan:
    """Place tonight's steps: enabled ones whose ``days`` hold ``night``'s weekday.

    Medicines and Bedtime keep their time. Other steps move around them (the minimum gap,
    magnesium apart from interacting medicines), never past bedtime when they were meant
    before it, and never past the night's end. With ``now`` inside the night, a step whose
    time has passed stays where it was (``previous``: ``{step_id: time}`` as last planned or
    reminded, else where the plan without ``now`` puts it) and nothing moves into the past.
    What cannot be placed well stays at its time and carries a :class:`PlanNote`.
    """
    gap = timedelta(minutes=min_gap_minutes)
    warnings: list[PlanNote] = []
    start_naive = datetime.combine(night, NOON)
    end_naive = start_naive + timedelta(days=1)
    start, end = night_bounds(night, tz)
    start_utc, end_utc = start.astimezone(UTC), end.astimezone(UTC)
    last_utc = end_utc - timedelta(minutes=1)

    bed_naive = place_on_night(bedtime, night)
    onset_naive = place_on_night(peak.onset, night)
    bed_at, bed_note = localize(bed_naive, tz)
    onset_at, _ = localize(onset_naive, tz)
    bed_utc = bed_at.astimezone(UTC)
    if bed_note is not None and not _exists(bed_naive, tz):
        warnings.append(PlanNote(NoteCode.BEDTIME_SKIPPED, bed_note.values))
    band_start_at, band_end_at = _band(peak, onset_naive, tz)

    items: list[_Item] = []
    weekday = night.weekday()
    for index, step in enumerate(s for s in steps if s.enabled and weekday in s.days):
        anchor = step.anchor
        if anchor.kind is AnchorKind.BEFORE_ONSET:
            naive = onset_naive - timedelta(minutes=anchor.minutes)
        elif anchor.kind is AnchorKind.BEFORE_BED:
            naive = bed_naive - timedelta(minutes=anchor.minutes)
        else:
            assert anchor.clock is not None
            naive = place_on_night(anchor.clock, night)
        early_note = None
        if naive < start_naive:
            early_note = PlanNote(NoteCode.BEFORE_EVENING,
                                  {"clock": naive.time(), "moved_to": NOON})
            naive = start_naive
        naive = min(naive, end_naive - timedelta(minutes=1))
        aware, dst_note = localize(naive, tz)
        utc = aware.astimezone(UTC)
        hi = bed_utc if utc <= bed_utc else last_utc
        items.append(_Item(index, step, utc, utc, utc, start_utc, hi,
                           keeps_its_time(step), dst_note, early_note))

    medicines = [
        (item, group)
        for item in items
        if (group := interaction_group(item.step, guidance)) is not None
    ]
    under_way = now is not None and start_utc <= now.astimezone(UTC) < end_utc
    if under_way:
        assert now is not None
        now_utc = now.astimezone(UTC).replace(second=0, microsecond=0)
        if now_utc < now.astimezone(UTC):
            now_utc += timedelta(minutes=1)  # moves go to whole minutes not yet begun
        natural = {item.index: item.at
                   for item in _arrange(_fresh(items), medicines, gap, guidance)}
        earlier = previous or {}
        for item in items:
            was = earlier.get(item.step.id) if item.step.id is not None else None
            was = was.astimezone(UTC) if was is not None else None
            if was is not None and keeps_its_time(item.step) and was != item.intended:
                was = None  # the person gave a medicine a new time: that time counts now
            if was is not None and was < now_utc:  # already past tonight: it stays there
                item.target = item.at = was
                item.fixed = True
            elif item.intended < now_utc and natural[item.index] < now_utc:
                # its own time (set so by the person, or by their onset) has passed: it is
                # placed there, not moved to "now" (the reminders record it as missed)
                item.target = item.at = natural[item.index]
                item.fixed = True
            else:  # still ahead: it may move, but not into the past
                item.lo = now_utc
    ordered = _arrange(items, medicines, gap, guidance)

    # notes and warnings
    s = guidance.safety
    notes: dict[int, list[PlanNote]] = {item.index: [] for item in items}
    issues: dict[int, list[PlanNote]] = {item.index: [] for item in items}
    plan_issues: list[PlanNote] = []
    for item in items:
        n = notes[item.index]
        if item.early_note:
            n.append(item.early_note)
        if item.dst_note:
            n.append(item.dst_note)
        if item.safety_reason is not None and item.target != item.intended:
            med, group = item.safety_reason
            delta = _minutes(item.target - item.intended)
            text = s.spacing_moved_text.format(
                minutes=abs(delta),
                direction="later" if delta > 0 else "earlier",
                after_hours=s.spacing_after_hours,
                before_hours=s.spacing_before_hours,
                medication=med.name or med.title,
                group=group.label,
            )
            n.append(PlanNote(NoteCode.SPACING_MOVED, {
                "minutes": abs(delta), "later": delta > 0,
                "medication": med.name or med.title, "group": group.label,
                "after_hours": s.spacing_after_hours, "before_hours": s.spacing_before_hours,
                "source": s.spacing_source, "text": text,
            }, item.step.id, item.step.title))
        move = _move_note(item, items, gap, guidance)
        if move is not None:
            issues[item.index].append(move)
        if item.crowded:
            note = PlanNote(NoteCode.CROWDED, {"gap": min_gap_minutes},
                            item.step.id, item.step.title)
            issues[item.index].append(note)
            plan_issues.append(note)
    for item in (i for i in items if i.is_magnesium):
        bad = _violations(item.at, medicines, guidance)
        if bad:
            med_item, group = bad[0]
            note = PlanNote(NoteCode.SPACING_UNRESOLVED, {
                "medication": med_item.step.name or med_item.step.title,
                "group": group.label,
                "after_hours": s.spacing_after_hours,
                "before_hours": s.spacing_before_hours,
                "source": s.spacing_source,
            }, item.step.id, item.step.title)
            issues[item.index].append(note)
            plan_issues.append(note)
    total_mg = sum(item.step.dose_mg or 0 for item in items if item.is_magnesium)
    warnings.extend(  # the night's total: once
        PlanNote(NoteCode(w.code), {"total_mg": w.total_mg, "limit_mg": w.limit_mg,
                                    "source": w.source, "text": w.text})
        for w in magnesium_total_warnings(total_mg, guidance)
    )
    for item in items:
        for caution in worsening_cautions(item.step, guidance):
            notes[item.index].append(PlanNote(NoteCode.CAUTION, {
                "key": caution.key, "label": caution.label, "source": caution.source,
                "text": caution.text,
            }, item.step.id, item.step.title))
    cutoff = bed_utc - timedelta(hours=caffeine_cutoff_hours)
    for item in items:
        if item.step.item is SleepHygieneItem.CAFFEINE_CUTOFF and item.at > cutoff:
            text = s.caffeine_late_text.format(hours=caffeine_cutoff_hours)
            notes[item.index].append(PlanNote(NoteCode.CAFFEINE_LATE, {
                "hours": caffeine_cutoff_hours, "source": s.caffeine_source, "text": text,
            }, item.step.id, item.step.title))

    planned = [
        PlannedStep(
            step_id=item.step.id,
            kind=item.step.kind,
            title=item.step.title,
            at=item.at.astimezone(tz),
            minutes=item.step.minutes,
            why=guidance.why_for(item.step),
            notes=notes[item.index],
            usual=item.intended.astimezone(tz),
            issues=issues[item.index],
        )
        for item in ordered
    ]
    return NightPlan(
        night=night,
        timezone=tz.key,
        bedtime=bed_at,
        peak=peak,
        onset=onset_at,
        band_start=band_start_at,
        band_end=band_end_at,
        steps=planned,
        warnings=warnings,
        issues=plan_issues,
    )


def _fresh(items: list[_Item]) -> list[_Item]:
    """Copies of the items as first read (for the plan without ``now``)."""
    return [replace(item) for item in items]


def _arrange(
    items: list[_Item],
    medicines: list[tuple[_Item, InteractionGroup]],
    gap: timedelta,
    guidance: Guidance,
) -> list[_Item]:
    """Give each movable item its time, in place; returns the items in time order.

    1. Magnesium in conflict with a medicine goes to the nearest time in its window
       (``lo``..``hi``) that keeps it apart from every medicine, else stays, unresolved.
    2. Forward, in order of time: each movable item takes the earliest time from its own on
       that keeps ``gap`` from every item already placed (and magnesium's spacing).
    3. Backward, from the last: each takes the latest such time no later than where it is
       and its ``hi`` (so no step is pushed past bedtime or the night's end), and no
       earlier than its ``lo``. One with no such time stays at its own, ``crowded``.
    """
    movable = [item for item in items if not item.fixed]
    fixed = [item for item in items if item.fixed]
    for item in movable:
        item.at = item.target
        if item.is_magnesium:
            _space_magnesium(item, medicines, fixed, gap, guidance)
    placed = list(fixed)
    for item in sorted(movable, key=_Item.target_key):
        start = max(item.target, item.lo)
        item.at = _earliest(start, _forbidden(item, placed, medicines, gap, guidance))
        placed.append(item)
    placed = list(fixed)
    for item in sorted(movable, key=_Item.sort_key, reverse=True):
        latest = _latest(min(item.at, item.hi), item.lo,
                         _forbidden(item, placed, medicines, gap, guidance))
        item.crowded = latest is None
        item.at = max(item.target, item.lo) if latest is None else latest
        placed.append(item)
    return sorted(items, key=_Item.sort_key)


def _space_magnesium(
    item: _Item,
    medicines: list[tuple[_Item, InteractionGroup]],
    fixed: list[_Item],
    gap: timedelta,
    guidance: Guidance,
) -> None:
    """Move a magnesium step the least distance (earlier on a tie) within its window that
    keeps it apart from every medicine and ``gap`` from every step that keeps its time;
    leave it where it is when there is none."""
    bad = _violations(item.intended, medicines, guidance)
    if not bad:
        return
    after = timedelta(hours=guidance.safety.spacing_after_hours)
    before = timedelta(hours=guidance.safety.spacing_before_hours)
    forbidden = [(med.at - before, med.at + after) for med, _ in medicines]
    if gap:
        forbidden += [(other.at - gap, other.at + gap) for other in fixed]
    options = [t for t in (_earliest(item.intended, forbidden),
                           _latest(item.intended, item.lo, forbidden))
               if t is not None and item.lo <= t <= item.hi]
    if options:
        item.safety_reason = (bad[0][0].step, bad[0][1])
        item.target = item.at = min(options, key=lambda t: (abs(t - item.intended), t))


def _forbidden(
    item: _Item,
    placed: list[_Item],
    medicines: list[tuple[_Item, InteractionGroup]],
    gap: timedelta,
    guidance: Guidance,
) -> list[tuple[datetime, datetime]]:
    """The open intervals ``item`` may not start in: too close to a placed step, or (for
    magnesium that can be kept apart at all) too close to an interacting medicine."""
    out = [(other.at - gap, other.at + gap) for other in placed] if gap else []
    if item.is_magnesium and not _violations(item.target, medicines, guidance):
        after = timedelta(hours=guidance.safety.spacing_after_hours)
        before = timedelta(hours=guidance.safety.spacing_before_hours)
        out.extend((med.at - before, med.at + after) for med, _ in medicines)
    return out


def _allowed(moment: datetime, forbidden: list[tuple[datetime, datetime]]) -> bool:
    return all(not lo < moment < hi for lo, hi in forbidden)


def _earliest(start: datetime, forbidden: list[tuple[datetime, datetime]]) -> datetime:
    """The earliest allowed time from ``start`` on (one always exists: the last end)."""
    for moment in sorted({start, *(hi for _lo, hi in forbidden if hi > start)}):
        if _allowed(moment, forbidden):
            return moment
    raise AssertionError("the latest interval end is always allowed")  # pragma: no cover


def _latest(
    bound: datetime, floor: datetime, forbidden: list[tuple[datetime, datetime]]
) -> datetime | None:
    """The latest allowed time from ``floor`` to ``bound``, or None."""
    for moment in sorted({bound, *(lo for lo, _hi in forbidden if lo < bound)}, reverse=True):
        if moment < floor:
            return None
        if _allowed(moment, forbidden):
            return moment
    return None


def _move_note(
    item: _Item, items: list[_Item], gap: timedelta, guidance: Guidance
) -> PlanNote | None:
    """Why a step is not at its time (beyond a safety move): the step it makes room for."""
    if item.crowded or item.at == item.target:
        return None
    later = item.at > item.target
    others = [o for o in items if o is not item]
    after = timedelta(hours=guidance.safety.spacing_after_hours)
    before = timedelta(hours=guidance.safety.spacing_before_hours)
    if later:
        touching = [o for o in others if o.at + gap == item.at]
        if item.is_magnesium:
            touching += [o for o in others if o.step.kind is StepKind.MEDICATION
                         and o.at + after == item.at]
        nearest = sorted((o for o in others if o.at <= item.at), key=lambda o: item.at - o.at)
    else:
        touching = [o for o in others if o.at - gap == item.at]
        if item.is_magnesium:
            touching += [o for o in others if o.step.kind is StepKind.MEDICATION
                         and o.at - before == item.at]
        nearest = sorted((o for o in others if o.at >= item.at), key=lambda o: o.at - item.at)
    candidates = touching or nearest
    other = candidates[0] if candidates else None
    return PlanNote(
        NoteCode.MOVED_LATER if later else NoteCode.MOVED_EARLIER,
        {"minutes": abs(_minutes(item.at - item.target)),
         "other": other.step.title if other is not None else ""},
        item.step.id, item.step.title,
    )


def _band(peak: PeakEstimate, onset_naive: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The worst band as instants: on the night, never before onset, end after start."""

    def after(clock: time, floor: datetime) -> datetime:
        """The first wall time at ``clock`` not before ``floor`` (within a day of it)."""
        naive = datetime.combine(floor.date(), clock)
        return naive if naive >= floor else naive + timedelta(days=1)

    start_naive = after(peak.band_start, onset_naive)
    end_naive = after(peak.band_end, start_naive)
    return localize(start_naive, tz)[0], localize(end_naive, tz)[0]


def _minutes(delta: timedelta) -> int:
    return round(delta.total_seconds() / 60)


def _violations(
    moment: datetime, medicines: list[tuple[_Item, InteractionGroup]], guidance: Guidance
) -> list[tuple[_Item, InteractionGroup]]:
    return [(m, g) for m, g in medicines if not spacing_ok(moment, m.at, guidance)]


# ---------------------------------------------------------------------------- JSON


def plan_to_json(plan: NightPlan) -> dict[str, Any]:
    """The plan as a JSON-friendly dict (ISO 8601 times with offsets)."""
    return {
        "date": plan.night.isoformat(),
        "timezone": plan.timezone,
        "bedtime": plan.bedtime.isoformat(),
        "peak": {
            "onset": plan.onset.isoformat(),
            "band_start": plan.band_start.isoformat(),
            "band_end": plan.band_end.isoformat(),
            "source": plan.peak.source,
            "nights": plan.peak.nights,
            "summary": plan.peak.summary,
        },
        "steps": [
            {
                "id": s.step_id,
                "kind": str(s.kind),
                "title": s.title,
                "at": s.at.isoformat(),
                "minutes": s.minutes,
                "why": s.why,
                "notes": [_note_json(n) for n in s.notes],
                "usual": s.usual.isoformat() if s.usual is not None else None,
                "issues": [_note_json(n) for n in s.issues],
            }
            for s in plan.steps
        ],
        "warnings": [_note_json(n) for n in plan.warnings],
        "issues": [_note_json(n) for n in plan.issues],
    }


def _note_json(note: PlanNote) -> dict[str, Any]:
    values = {k: format_clock(v) if isinstance(v, time) else v for k, v in note.values.items()}
    return {"code": str(note.code), "step_id": note.step_id, "title": note.title,
            "values": values}
