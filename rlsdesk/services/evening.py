"""The evening use cases, shared by the window and the command line.

Joins the pure domain (routine, peak model, planner) to the store. Holds no Qt.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cached_property
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import format_clock, parse_clock, to_noon_minutes
from rlsdesk.domain.errors import ProblemCode, ValidationError
from rlsdesk.domain.guidance import Guidance
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.peak import (
    PeakEstimate,
    estimate_peak,
    estimate_peak_from_nights,
    night_of,
    stabilize_peak,
)
from rlsdesk.domain.planner import NightPlan, NoteCode, PlanNote, plan_night
from rlsdesk.domain.reminder_policy import Entry
from rlsdesk.domain.routine import (
    Step,
    pin_medication_anchor,
    routine_from_document,
    step_from_dict,
    step_to_dict,
)
from rlsdesk.domain.settings_schema import (
    BEDTIME,
    DEFAULT_BEDTIME,
    MEDICATION_PINNED,
    ONSET_SOURCE,
    ONSET_SOURCES,
    PEAK_APPLIED,
    ROUTINE_SEEDED,
    USUAL_ONSET,
    AppliedPeak,
    PinnedMedication,
)
from rlsdesk.services.preferences import Preferences
from rlsdesk.services.settings import Settings
from rlsdesk.store.diary_repo import DiaryRepo
from rlsdesk.store.ledger_repo import LedgerRepo, ledger_entries, ledger_states
from rlsdesk.store.store import Store
from rlsdesk.system.resources import bibliography, load_json

__all__ = ["DEFAULT_BEDTIME", "Evening", "OnsetChoice", "default_routine", "load_guidance"]
log = logging.getLogger(__name__)
PEAK_WINDOW_DAYS = 28
#: Tonight offers the diary's onset when it is this far from the one the person typed.
SUGGEST_MINUTES = 15


@dataclass(frozen=True, slots=True)
class OnsetChoice:
    """Which usual symptom onset plans the evening, and the two it is chosen from."""

    used: str  # "typed" (the person's own), "diary" (learned) or "default" (typical)
    typed: time | None  # what the person said (Settings, first run)
    diary: time | None  # what the diary suggests, once it has enough nights
    follow_diary: bool  # the person chose to follow the diary over their own words

    @property
    def differ(self) -> bool:
        """Both are known and at least :data:`SUGGEST_MINUTES` apart."""
        if self.typed is None or self.diary is None:
            return False
        delta = abs(to_noon_minutes(self.typed) - to_noon_minutes(self.diary))
        return min(delta, 24 * 60 - delta) >= SUGGEST_MINUTES

    def to_json(self) -> dict[str, Any]:
        return {
            "used": self.used,
            "typed": format_clock(self.typed) if self.typed else None,
            "diary": format_clock(self.diary) if self.diary else None,
            "follow_diary": self.follow_diary,
        }


def load_guidance(language: str = "en") -> Guidance:
    """The guidance in ``language`` ("en" or "de"; the texts are data, translated there)."""
    return Guidance.from_document(load_json("guidance.json"), bibliography(), language)


def builtin_titles(language: str) -> dict[tuple[StepKind, str], str]:
    """``{(kind, English template title): the title in language}``: rlsdesk's own step
    titles, shown in the person's language; a title the person typed is never in it."""
    if language == "en":
        return {}
    english, own = load_guidance(), load_guidance(language)
    titles = {(kind, english.kinds[kind].title): own.kinds[kind].title for kind in StepKind}
    titles.update({(StepKind.SLEEP_HYGIENE, english.sleep_hygiene[item].title):
                   own.sleep_hygiene[item].title for item in english.sleep_hygiene})
    return titles


def default_routine(language: str = "en") -> list[Step]:
    titles = builtin_titles(language)
    return [replace(step, title=titles.get((step.kind, step.title), step.title))
            for step in routine_from_document(load_json("default_routine.json"))]


class Evening:
    def __init__(
        self, store: Store, zone: Callable[[], ZoneInfo], clock: Callable[[], datetime],
        language: str = "en",
    ) -> None:
        """``language``: the guidance's and rlsdesk's own step titles' (the window's)."""
        self.language = language
        self.store = store
        self._zone = zone
        self._clock = clock

    @cached_property
    def settings(self) -> Settings:
        """The stored settings (typed; a write is heard by every listener)."""
        return Settings(self.store.settings)

    @cached_property
    def prefs(self) -> Preferences:
        return Preferences(self.settings)

    @cached_property
    def guidance(self) -> Guidance:
        return load_guidance(self.language)

    @cached_property
    def _builtin_titles(self) -> dict[tuple[StepKind, str], str]:
        return builtin_titles(self.language)

    @property
    def data_folder(self) -> Path:
        """Where the person's data lives (exports must not write into it)."""
        return self.store.paths.root

    # --- the reminders' record -------------------------------------------------------------
    @cached_property
    def ledger(self) -> LedgerRepo:
        """What became of each night's reminders (the reminder service's exactly-once book)."""
        return LedgerRepo(self.store.conn)

    def ledger_states(self, night: date) -> dict[int, str]:
        """``{step_id: state}`` for a night, read only (``rlsdesk tonight --json``)."""
        return ledger_states(self.store.conn, night)

    def ledger_entries(self, night: date) -> dict[int, Entry]:
        """The night's reminder rows, read only (held, snoozed until, ...)."""
        return ledger_entries(self.store.conn, night)

    def checked_in(self, night: date) -> bool:
        """Whether the night has a check-in."""
        return DiaryRepo(self.store.conn).get(night) is not None

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
        return self.settings.get(BEDTIME)

    def usual_onset(self) -> time | None:
        return self.settings.get(USUAL_ONSET)

    def set_times(self, *, bedtime: time | None = None, usual_onset: time | None = None,
                  clear_onset: bool = False) -> None:
        values: dict[Any, object] = {}
        if bedtime is not None:
            values[BEDTIME] = bedtime
        if usual_onset is not None:
            values[USUAL_ONSET] = usual_onset
        elif clear_onset:
            values[USUAL_ONSET] = None
        if USUAL_ONSET in values and values[USUAL_ONSET] != self.usual_onset():
            # The person's own words, newly said: they plan the evening, at once.
            values[PEAK_APPLIED] = None
            values[ONSET_SOURCE] = "typed"
        if values:
            self.settings.set_many(values)

    def set_onset_source(self, source: str) -> None:
        """Follow the onset the person typed ("typed") or the diary's ("diary"), from
        tonight on (at once, not gradually: it is their choice)."""
        if source not in ONSET_SOURCES:
            raise ValidationError("onset_source", source, "is not typed or diary",
                                  ProblemCode.NOT_ONE_OF, choices=("typed", "diary"))
        self.settings.set_many({ONSET_SOURCE: source, PEAK_APPLIED: None})

    def onset_choice(self, night: date | None = None) -> OnsetChoice:
        typed, learned = self._estimates(night or self.tonight())
        diary = learned.onset if learned.source == "personal" else None
        follow = self.settings.get(ONSET_SOURCE) == "diary"
        if typed is not None and (diary is None or not follow):
            used = "typed"
        else:
            used = "diary" if diary is not None else "default"
        return OnsetChoice(used, typed, diary, follow)

    # --- routine --------------------------------------------------------------------------
    def ensure_routine(self) -> None:
        """On first use, start from the embedded default routine (once)."""
        if self.settings.get(ROUTINE_SEEDED) or not self.store.routine.is_empty():
            return
        self.store.routine.replace_all([step_to_dict(s) for s in default_routine(self.language)],
                                      at=self.now())
        self.settings.set(ROUTINE_SEEDED, True)

    def steps(self) -> list[Step]:
        """The routine's steps; a stored step the domain cannot accept is left out."""
        return [step for step_id, record in self.store.routine.records()
                if (step := self._read(step_id, record)) is not None]

    def step(self, step_id: int) -> Step | None:
        record = self.store.routine.get(step_id)
        return None if record is None else self._read(step_id, record)

    def _read(self, step_id: int, record: Mapping[str, Any]) -> Step | None:
        """A stored step, or None (counted, logged) when the domain cannot accept it. A
        medication stored "before onset" (allowed once) is kept from now on at the clock
        time that gave it tonight, saved so, with a note for the person."""
        try:
            pinned = pin_medication_anchor(record, lambda: self.peak_for(self.tonight()).onset)
            if pinned is not None:
                self.store.routine.update(step_id, pinned)
                stored = self.settings.get(MEDICATION_PINNED)
                pins = dict(stored)
                pins[step_id] = PinnedMedication(
                    int(record["anchor"].get("minutes", 0)),
                    parse_clock(pinned["anchor"]["time"], "anchor.time"))
                self.settings.set(MEDICATION_PINNED, pins)
                log.info("medication step %s was anchored before onset; kept at %s from now "
                         "on", step_id, pinned["anchor"]["time"])
                record = pinned
            step = step_from_dict(record)
            title = self._builtin_titles.get((step.kind, step.title), step.title)
            return replace(step, id=step_id, title=title)
        except (ValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
            self.store.routine.note_unreadable(step_id, exc)
            return None

    def pinned_notes(self) -> dict[int, PlanNote]:
        """Medication steps moved off the learned onset onto a clock time, with a note."""
        return {
            step_id: PlanNote(NoteCode.MEDICATION_PINNED,
                              {"minutes": pin.minutes, "clock": pin.clock}, step_id)
            for step_id, pin in self.settings.get(MEDICATION_PINNED).items()
        }

    def _forget_pin(self, step_id: int) -> None:
        stored = self.settings.get(MEDICATION_PINNED)
        pins = dict(stored)
        if pins.pop(step_id, None) is not None:
            self.settings.set(MEDICATION_PINNED, pins)

    def add_step(self, step: Step, position: int | None = None) -> int:
        return self.store.routine.add(step_to_dict(step), position, at=self.now())

    def update_step(self, step: Step) -> None:
        if step.id is None or not self.store.routine.update(step.id, step_to_dict(step),
                                                            at=self.now()):
            raise ValidationError("id", step.id, "is not a step of the routine",
                                  ProblemCode.NOT_A_STEP)
        self._forget_pin(step.id)  # the person has seen and saved its time

    def remove_step(self, step_id: int) -> Step:
        existing = self.step(step_id)
        if existing is None or not self.store.routine.remove(step_id, at=self.now()):
            raise ValidationError("id", step_id, "is not a step of the routine",
                                  ProblemCode.NOT_A_STEP)
        self._forget_pin(step_id)
        return existing

    def reorder(self, ordered_ids: Sequence[int]) -> None:
        self.store.routine.reorder(ordered_ids)

    def replace_routine(self, steps: Sequence[Step]) -> list[int]:
        ids = self.store.routine.replace_all([step_to_dict(s) for s in steps], at=self.now())
        self.settings.set(ROUTINE_SEEDED, True)
        return ids

    # --- symptoms and the peak ------------------------------------------------------------
    def log_onset(self, at: datetime | None = None, severity: int | None = None,
                  source: str = "quick") -> datetime:
        if at is not None and isinstance(at.tzinfo, timezone):
            moment = at  # an offset given with the time (as lived elsewhere): kept as given
        else:
            # through UTC, so a wall time the zone skips is stored as the moment it really is
            moment = (at or self.now()).astimezone(UTC).astimezone(self.zone)
        self.store.symptoms.add(moment, severity, source)
        return moment

    def _estimates(self, night: date) -> tuple[time | None, PeakEstimate]:
        """The onset the person typed, and the diary's estimate (without the typed one)."""
        events = self.store.symptoms.in_nights(night - timedelta(days=PEAK_WINDOW_DAYS), night)
        onsets = [event.at for event in events]
        severities = [(e.at, e.severity) for e in events
                      if e.severity is not None and e.source != "checkin"]
        return self.usual_onset(), estimate_peak(onsets, night, severities=severities)

    def peak_for(self, night: date, *, remember: bool = False) -> PeakEstimate:
        """The estimate for a night. The onset the person typed wins until they choose to
        follow the diary's; the diary's moves at most 30 min from the one applied the night
        before, so the routine stays a habit. ``remember`` records tonight's as applied."""
        typed, learned = self._estimates(night)
        follow = self.settings.get(ONSET_SOURCE) == "diary"
        applied = self.settings.get(PEAK_APPLIED)
        previous = None
        if typed is not None and (learned.source != "personal" or not follow):
            # The person's own words: as they are, not moved gradually from anything.
            peak = replace(
                estimate_peak_from_nights({}, night, typed), nights=learned.nights,
                summary=f"from your setting: usually starts around {format_clock(typed)}",
                # the worst hours stay the diary's (or the studies'): they are on the clock
                band_start=learned.band_start, band_end=learned.band_end,
                band_source=learned.band_source, band_logs=learned.band_logs,
                band_nights=learned.band_nights,
            )
        else:
            if applied is not None and applied.night == night - timedelta(days=1):
                previous = applied.onset
            elif applied is not None and applied.night == night and applied.previous:
                previous = applied.previous
            peak = stabilize_peak(learned, previous)
        if remember and (applied is None
                         or format_clock(applied.onset) != format_clock(peak.onset)):
            self.settings.set(PEAK_APPLIED, AppliedPeak(night, peak.onset, previous))
        return peak

    # --- the plan -------------------------------------------------------------------------
    def plan(self, night: date | None = None) -> NightPlan:
        """A night's plan; tonight's is made at this moment: a step whose time has passed
        stays where it was (as the reminders last had it) and nothing moves into the past.
        The Tonight page, the Routine page, the reminders and the command line all use it."""
        tonight = self.tonight()
        night = night or tonight
        peak = self.peak_for(night, remember=night == tonight)
        under_way = night == tonight
        plan = plan_night(
            self.steps(), peak, self.bedtime(), night, self.zone, guidance=self.guidance,
            now=self.now() if under_way else None,
            previous=self._reminded_times(night) if under_way else None,
        )
        pins = self.pinned_notes()
        if not pins:
            return plan
        steps = [
            replace(s, issues=[*s.issues, replace(pins[s.step_id], title=s.title)])
            if s.step_id in pins else s
            for s in plan.steps
        ]
        return replace(plan, steps=steps)

    def _reminded_times(self, night: date) -> dict[int, datetime]:
        """Each step's time as the reminder ledger last had it tonight."""
        try:
            return {step_id: entry.due
                    for step_id, entry in self.ledger.entries(night).items()}
        except sqlite3.OperationalError:  # an older file without the ledger table
            return {}
