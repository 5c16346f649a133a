"""Tonight's plan: the routine's steps placed on the clock of one night.

Pure and deterministic. The night of date D runs from D 12:00 to D+1 12:00 local time.
Times are worked out on the wall clock (bedtime minus 30 min is the wall time 30 min
earlier), then localized: a wall time that does not exist (spring-forward gap) moves to
the first valid instant after it, with a note; an ambiguous one (fall-back) is taken as
its first occurrence (fold=0). Ordering, gaps and safety spacing are then done on instants.

Ties between steps at the same instant are ordered by anchor (before_onset, before_bed,
clock), then id (unsaved steps last), then their order in the input.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import format_clock
from rlsdesk.domain.guidance import Guidance, InteractionGroup
from rlsdesk.domain.kinds import AnchorKind, SleepHygieneItem, StepKind
from rlsdesk.domain.peak import BAND_END_OFFSET, BAND_START_OFFSET, PeakEstimate
from rlsdesk.domain.routine import Step
from rlsdesk.domain.safety import (
    interaction_group,
    magnesium_total_warnings,
    spacing_ok,
    worsening_cautions,
)

__all__ = [
    "NightPlan",
    "PlannedStep",
    "localize",
    "night_bounds",
    "place_on_night",
    "plan_night",
    "plan_to_json",
]

NOON = time(12, 0)
_ANCHOR_RANK = {AnchorKind.BEFORE_ONSET: 0, AnchorKind.BEFORE_BED: 1, AnchorKind.CLOCK: 2}
_MAX_SAFETY_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class PlannedStep:
    step_id: int | None
    kind: StepKind
    title: str
    at: datetime  # aware, in the plan's time zone
    minutes: int
    why: str
    notes: list[str] = field(default_factory=list)


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
    warnings: list[str]


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


def localize(naive: datetime, tz: ZoneInfo) -> tuple[datetime, str | None]:
    """An aware datetime for a wall time, and a note when the wall time had to change.

    A time in a spring-forward gap moves to the first valid instant after the gap; an
    ambiguous fall-back time is its first occurrence (fold=0).
    """
    if _exists(naive, tz):
        aware = naive.replace(tzinfo=tz, fold=0)
        if _ambiguous(naive, tz):
            return aware, (
                f"{format_clock(naive.time())} happens twice tonight (clocks go back); "
                "this is the first one"
            )
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
    return result, (
        f"{format_clock(naive.time())} does not exist tonight (clocks go forward); "
        f"moved to {format_clock(result.time())}"
    )


# ---------------------------------------------------------------------------- planning


@dataclass(slots=True)
class _Item:
    index: int
    step: Step
    intended: datetime  # UTC
    target: datetime  # UTC, after safety moves
    at: datetime  # UTC, final
    dst_note: str | None = None
    early_note: str | None = None
    pushed_after: str | None = None
    pulled_before: str | None = None
    safety_reason: tuple[Step, InteractionGroup] | None = None

    def sort_key(self) -> tuple[Any, ...]:
        step_id = self.step.id
        return (
            self.at,
            _ANCHOR_RANK[self.step.anchor.kind],
            step_id is None,
            step_id or 0,
            self.index,
        )


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
) -> NightPlan:
    """Place tonight's steps: enabled ones whose ``days`` hold ``night``'s weekday."""
    gap = timedelta(minutes=min_gap_minutes)
    warnings: list[str] = []
    start_naive = datetime.combine(night, NOON)
    end_naive = start_naive + timedelta(days=1)
    start, end = night_bounds(night, tz)
    start_utc, end_utc = start.astimezone(UTC), end.astimezone(UTC)
    last_utc = end_utc - timedelta(minutes=1)

    bed_naive = place_on_night(bedtime, night)
    onset_naive = place_on_night(peak.onset, night)
    bed_at, bed_note = localize(bed_naive, tz)
    onset_at, _ = localize(onset_naive, tz)
    if bed_note is not None and not _exists(bed_naive, tz):
        warnings.append(f"Bedtime: {bed_note}")
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
            early_note = (
                f"would fall at {format_clock(naive.time())}, before the evening starts; "
                f"moved to {format_clock(NOON)}"
            )
            naive = start_naive
        naive = min(naive, end_naive - timedelta(minutes=1))
        aware, dst_note = localize(naive, tz)
        utc = aware.astimezone(UTC)
        items.append(_Item(index, step, utc, utc, utc, dst_note, early_note))

    medicines = [
        (item, group)
        for item in items
        if (group := interaction_group(item.step, guidance)) is not None
    ]
    magnesium = [item for item in items if item.step.kind is StepKind.MAGNESIUM]

    # 1. keep magnesium apart from interacting medicines at their intended times
    for item in magnesium:
        _move_magnesium(item, medicines, items, start_utc, last_utc, gap, guidance, free=False)
    # 2. spread, then re-check spacing against the final times and fix in free slots
    ordered = _spread(items, gap, start_utc, last_utc, warnings, from_target=True)
    for _ in range(_MAX_SAFETY_ROUNDS):
        bad = [m for m in magnesium if _violations(m, medicines, guidance)]
        if not bad:
            break
        for item in bad:
            _move_magnesium(item, medicines, items, start_utc, last_utc, gap, guidance, free=True)
        ordered = _spread(items, gap, start_utc, last_utc, warnings, from_target=False)

    # 3. notes and warnings
    s = guidance.safety
    notes: dict[int, list[str]] = {item.index: [] for item in items}
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
            n.append(f"{text} ({s.spacing_source})")
        moved = _minutes(item.at - item.target)
        if moved > 0 and item.pushed_after is not None:
            n.append(f"moved {moved} min later to make room after {item.pushed_after}")
        elif moved < 0 and item.pulled_before is not None:
            n.append(f"moved {-moved} min earlier to keep {item.pulled_before} on time")
        elif moved < 0:
            n.append(f"moved {-moved} min earlier to fit before the night ends at 12:00")
    for item in magnesium:
        for med, group in _violations(item, medicines, guidance):
            text = s.spacing_unresolved_text.format(
                after_hours=s.spacing_after_hours,
                before_hours=s.spacing_before_hours,
                medication=med.step.name or med.step.title,
                group=group.label,
            )
            message = f"{text} ({s.spacing_source})"
            notes[item.index].append(message)
            warnings.append(f"{item.step.title}: {message}")
    total_mg = sum(item.step.dose_mg or 0 for item in magnesium)
    warnings.extend(magnesium_total_warnings(total_mg, guidance))  # the night's total: once
    for item in items:
        for caution in worsening_cautions(item.step, guidance):
            notes[item.index].append(f"{caution.text} ({caution.source})")
    cutoff = bed_at.astimezone(UTC) - timedelta(hours=caffeine_cutoff_hours)
    for item in items:
        if item.step.item is SleepHygieneItem.CAFFEINE_CUTOFF and item.at > cutoff:
            text = s.caffeine_late_text.format(hours=caffeine_cutoff_hours)
            notes[item.index].append(f"{text} ({s.caffeine_source})")

    planned = [
        PlannedStep(
            step_id=item.step.id,
            kind=item.step.kind,
            title=item.step.title,
            at=item.at.astimezone(tz),
            minutes=item.step.minutes,
            why=guidance.why_for(item.step),
            notes=notes[item.index],
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
    )


def _band(peak: PeakEstimate, onset_naive: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The worst band as instants: on the night, never before onset, end after start."""

    def after(clock: time, floor: datetime, fallback: int) -> datetime:
        naive = datetime.combine(floor.date(), clock)
        while naive < floor:
            naive += timedelta(days=1)
        if naive - floor >= timedelta(days=1):  # pragma: no cover - defensive
            naive = floor + timedelta(minutes=fallback)
        return naive

    start_naive = after(peak.band_start, onset_naive, BAND_START_OFFSET)
    end_naive = after(peak.band_end, start_naive, BAND_END_OFFSET)
    return localize(start_naive, tz)[0], localize(end_naive, tz)[0]


def _minutes(delta: timedelta) -> int:
    return round(delta.total_seconds() / 60)


def _violations(
    item: _Item, medicines: list[tuple[_Item, InteractionGroup]], guidance: Guidance
) -> list[tuple[_Item, InteractionGroup]]:
    return [(m, g) for m, g in medicines if not spacing_ok(item.at, m.at, guidance)]


def _move_magnesium(
    item: _Item,
    medicines: list[tuple[_Item, InteractionGroup]],
    items: list[_Item],
    start: datetime,
    last: datetime,
    gap: timedelta,
    guidance: Guidance,
    *,
    free: bool,
) -> None:
    """Move a magnesium step the least distance that keeps it apart from every medicine.

    With ``free``, the new time must also keep ``gap`` from every other step (so spreading
    afterwards does not push it back into a conflict). Leaves it alone when impossible.
    """
    bad = _violations(item, medicines, guidance)
    if not bad:
        return
    after = timedelta(hours=guidance.safety.spacing_after_hours)
    before = timedelta(hours=guidance.safety.spacing_before_hours)
    candidates: list[datetime] = []
    steps = range(0, 49) if free and gap else range(1)
    for med, _ in medicines:
        for k in steps:
            candidates.append(med.at + after + k * gap)
            candidates.append(med.at - before - k * gap)
    others = [o.at for o in items if o is not item]

    def feasible(t: datetime) -> bool:
        if not start <= t <= last:
            return False
        if not all(spacing_ok(t, m.at, guidance) for m, _ in medicines):
            return False
        return not free or all(abs(t - o) >= gap for o in others)

    options = sorted((t for t in candidates if feasible(t)), key=lambda t: (abs(t - item.at), t))
    if not options:
        return
    item.safety_reason = (bad[0][0].step, bad[0][1])
    item.target = item.at = options[0]


def _spread(
    items: list[_Item],
    gap: timedelta,
    start: datetime,
    last: datetime,
    warnings: list[str],
    *,
    from_target: bool,
) -> list[_Item]:
    """Order by instant and keep consecutive starts ``gap`` apart, pushing later ones later
    (and, only if the night's end is reached, pulling earlier ones earlier)."""
    if from_target:
        for item in items:
            item.at = item.target
    ordered = sorted(items, key=_Item.sort_key)
    for prev, item in pairwise(ordered):
        if item.at < prev.at + gap:
            item.at = prev.at + gap
            item.pushed_after = prev.step.title
    if ordered and ordered[-1].at > last:
        limit = last
        for item in reversed(ordered):
            item.at = min(item.at, limit)
            limit = item.at - gap
        if ordered[0].at < start:
            message = "Too many steps to fit into tonight with the minimum gap between them."
            if message not in warnings:
                warnings.append(message)
    _keep_bedtime(ordered, gap, start)
    return ordered


def _keep_bedtime(ordered: list[_Item], gap: timedelta, start: datetime) -> None:
    """Bedtime is the one time people plan the evening around: when spreading pushed it
    later, pull the steps before it earlier instead (if they still fit after noon)."""
    for position, bed in enumerate(ordered):
        if bed.step.kind is not StepKind.BEDTIME or bed.at <= bed.target:
            continue
        moves: list[tuple[_Item, datetime]] = []
        limit = bed.target
        for prev in reversed(ordered[:position]):
            latest = limit - gap
            if prev.at <= latest:
                break
            moves.append((prev, latest))
            limit = latest
        if any(at < start for _item, at in moves):
            continue
        bed.at, bed.pushed_after = bed.target, None
        for item, at in moves:
            item.at, item.pulled_before = at, bed.step.title


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
                "notes": list(s.notes),
            }
            for s in plan.steps
        ],
        "warnings": list(plan.warnings),
    }
