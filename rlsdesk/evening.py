"""The evening use cases, shared by the window and the command line.

Joins the pure domain (routine, peak model, planner) to the store. Holds no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import format_clock, parse_clock
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.guidance import Guidance
from rlsdesk.domain.peak import PeakEstimate, estimate_peak, night_of, stabilize_peak
from rlsdesk.domain.planner import NightPlan, night_bounds, plan_night
from rlsdesk.domain.routine import Step, routine_from_document, step_from_dict, step_to_dict
from rlsdesk.preferences import DEFAULT_BEDTIME, Preferences
from rlsdesk.resources import load_json
from rlsdesk.store.store import Store

__all__ = ["DEFAULT_BEDTIME", "Evening", "default_routine", "load_guidance"]
PEAK_WINDOW_DAYS = 28
_APPLIED_PEAK_KEY = "peak_applied"  # {"night": "YYYY-MM-DD", "onset": "HH:MM"}


def load_guidance() -> Guidance:
    return Guidance.from_document(load_json("guidance.json"))


def default_routine() -> list[Step]:
    return routine_from_document(load_json("default_routine.json"))


class Evening:
    def __init__(
        self, store: Store, zone: Callable[[], ZoneInfo], clock: Callable[[], datetime],
    ) -> None:
        self.store = store
        self._zone = zone
        self._clock = clock

    @cached_property
    def guidance(self) -> Guidance:
        return load_guidance()

    # --- time -----------------------------------------------------------------------------
    @property
    def zone(self) -> ZoneInfo:
        return self._zone()

    def now(self) -> datetime:
        return self._clock().astimezone(self.zone)

    def tonight(self) -> date:
        return night_of(self.now(), self.zone)

    # --- settings -------------------------------------------------------------------------
    def bedtime(self) -> time:
        return Preferences(self.store.settings).bedtime()

    def usual_onset(self) -> time | None:
        raw = self.store.settings.get("usual_onset")
        return parse_clock(raw, "usual_onset") if raw else None

    def set_times(self, *, bedtime: time | None = None, usual_onset: time | None = None,
                  clear_onset: bool = False) -> None:
        values: dict[str, object] = {}
        if bedtime is not None:
            values["bedtime"] = format_clock(bedtime)
        if usual_onset is not None:
            values["usual_onset"] = format_clock(usual_onset)
        elif clear_onset:
            values["usual_onset"] = None
        if "usual_onset" in values:
            values[_APPLIED_PEAK_KEY] = None  # the person's own edit applies at once
        if values:
            self.store.settings.set_many(values)

    # --- routine --------------------------------------------------------------------------
    def ensure_routine(self) -> None:
        """On first use, start from the embedded default routine (once)."""
        if self.store.settings.get("routine_seeded") or not self.store.routine.is_empty():
            return
        self.store.routine.replace_all([step_to_dict(s) for s in default_routine()])
        self.store.settings.set("routine_seeded", True)

    def steps(self) -> list[Step]:
        """The routine's steps; a stored step the domain cannot accept is left out."""
        return [step for step_id, record in self.store.routine.records()
                if (step := self._step(step_id, record)) is not None]

    def step(self, step_id: int) -> Step | None:
        record = self.store.routine.get(step_id)
        return None if record is None else self._step(step_id, record)

    def _step(self, step_id: int, record: dict[str, object]) -> Step | None:
        try:
            return replace(step_from_dict(record), id=step_id)
        except (ValidationError, ValueError, TypeError, KeyError) as exc:
            self.store.routine.note_unreadable(step_id, exc)
            return None

    def add_step(self, step: Step, position: int | None = None) -> int:
        return self.store.routine.add(step_to_dict(step), position)

    def update_step(self, step: Step) -> None:
        if step.id is None or not self.store.routine.update(step.id, step_to_dict(step)):
            raise ValidationError("id", step.id, "is not a step of the routine")

    def remove_step(self, step_id: int) -> Step:
        existing = self.step(step_id)
        if existing is None or not self.store.routine.remove(step_id):
            raise ValidationError("id", step_id, "is not a step of the routine")
        return existing

    def reorder(self, ordered_ids: Sequence[int]) -> None:
        self.store.routine.reorder(ordered_ids)

    def replace_routine(self, steps: Sequence[Step]) -> list[int]:
        ids = self.store.routine.replace_all([step_to_dict(s) for s in steps])
        self.store.settings.set("routine_seeded", True)
        return ids

    # --- symptoms and the peak ------------------------------------------------------------
    def log_onset(self, at: datetime | None = None, severity: int | None = None,
                  source: str = "quick") -> datetime:
        moment = (at or self.now()).astimezone(self.zone)
        self.store.symptoms.add(moment, severity, source)
        return moment

    def peak_for(self, night: date, *, remember: bool = False) -> PeakEstimate:
        """The estimate for a night, moved at most 30 min from the one applied the night
        before, so the routine stays a habit. ``remember`` records tonight's as applied."""
        zone = self.zone
        start, _ = night_bounds(night - timedelta(days=PEAK_WINDOW_DAYS), zone)
        _, end = night_bounds(night, zone)
        onsets = [event.at for event in self.store.symptoms.between(start, end)]
        raw = estimate_peak(onsets, night, zone, self.usual_onset())
        applied = self.store.settings.get(_APPLIED_PEAK_KEY) or {}
        previous = None
        if applied.get("night") == (night - timedelta(days=1)).isoformat():
            previous = parse_clock(applied["onset"], "peak_applied.onset")
        elif applied.get("night") == night.isoformat() and applied.get("previous"):
            previous = parse_clock(applied["previous"], "peak_applied.previous")
        peak = stabilize_peak(raw, previous)
        if remember and applied.get("onset") != format_clock(peak.onset):
            self.store.settings.set(_APPLIED_PEAK_KEY, {
                "night": night.isoformat(),
                "onset": format_clock(peak.onset),
                "previous": format_clock(previous) if previous else None,
            })
        return peak

    # --- the plan -------------------------------------------------------------------------
    def plan(self, night: date | None = None) -> NightPlan:
        tonight = self.tonight()
        night = night or tonight
        peak = self.peak_for(night, remember=night == tonight)
        return plan_night(
            self.steps(), peak, self.bedtime(), night, self.zone, guidance=self.guidance
        )
