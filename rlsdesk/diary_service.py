"""The diary use cases, shared by the window and the command line: the nightly check-in,
the per-night records, the insights and the data the exports need. Holds no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from rlsdesk.domain.diary import NightEntry, NightRecord, QuickLog
from rlsdesk.domain.insights import (
    BASELINE_NIGHTS,
    AugmentationSignal,
    StepAdherence,
    StepEffect,
    StepInfo,
    adherence,
    augmentation_signal,
    dopaminergic_names,
    step_effects,
)
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.peak import PeakEstimate, estimate_peak_from_nights, night_of
from rlsdesk.domain.routine import Step
from rlsdesk.evening import Evening
from rlsdesk.export.diary_csv import read_csv, write_csv
from rlsdesk.resources import load_json
from rlsdesk.store.diary_repo import DiaryRepo, NightImport

#: Kinds a report lists as "medications and supplements".
TAKEN_KINDS = (StepKind.MAGNESIUM, StepKind.MEDICATION)


def diary_text() -> dict[str, Any]:
    return load_json("diary_text.json")


def step_label(step: Step) -> str:
    """What was taken, with its dose where the routine knows one."""
    if step.kind is StepKind.MAGNESIUM:
        form = "" if step.form in (None, "other") else f" {step.form}"
        return f"magnesium{form} {step.dose_mg} mg"  # read inside parentheses: none of its own
    if step.kind is StepKind.MEDICATION:
        return step.name or step.title
    return ""


def step_info(step: Step) -> StepInfo:
    assert step.id is not None
    return StepInfo(step.id, step.title, step.days, step_label(step))


@dataclass(frozen=True)
class Insights:
    """Everything the Insights page and the report show, for nights ``first..last``."""

    first: date
    last: date
    records: list[NightRecord]
    steps: list[StepInfo]
    effects: list[StepEffect]
    adherence: list[StepAdherence]
    augmentation: AugmentationSignal
    dopaminergic: list[str]       # dopaminergic drug names the routine lists
    peak: PeakEstimate            # what the planner expects tonight
    expected_onsets: list[tuple[date, int]]  # the planner's estimate for each shown night
    left_out: int = 0             # stored entries that could not be read (not counted here)

    @property
    def nights_logged(self) -> int:
        return sum(1 for r in self.records if r.severity is not None or r.onset is not None)

    @property
    def augmentation_warning(self) -> bool:
        return bool(self.dopaminergic) and self.augmentation.earlier_by_two_hours


@dataclass(frozen=True)
class ImportPreview:
    """What importing a diary file would do, counted by night."""

    nights: Sequence[NightImport]
    added: int      # nights with nothing recorded yet
    replaced: int   # nights whose check-in, quick logs or done marks the file changes
    same: int       # nights already exactly as in the file

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.replaced)


class DiaryService:
    def __init__(self, evening: Evening) -> None:
        self.evening = evening
        self.repo = DiaryRepo(evening.store.conn, evening.store.unreadable)

    @cached_property
    def text(self) -> dict[str, Any]:
        return diary_text()

    # --- time -----------------------------------------------------------------------------
    def last_night(self) -> date:
        """The night a morning check-in is about: the one that ended most recently."""
        return night_of(self.evening.now() - timedelta(hours=12), self.evening.zone)

    # --- logging --------------------------------------------------------------------------
    def log_now(self, severity: int | None = None) -> datetime:
        return self.evening.log_onset(severity=severity, source="quick")

    def entry(self, night: date) -> NightEntry | None:
        return self.repo.get(night)

    def save(self, entry: NightEntry) -> None:
        self.repo.save(entry, self.evening.zone, self.evening.now())

    def delete(self, night: date) -> bool:
        return self.repo.delete(night, self.evening.zone)

    def entries(self, first: date, last: date) -> list[NightEntry]:
        return self.repo.entries(first, last)

    # --- reading --------------------------------------------------------------------------
    def span(self) -> tuple[date, date] | None:
        return self.repo.span()

    def records(self, first: date, last: date) -> list[NightRecord]:
        return self.repo.records(first, last, self.evening.zone)

    def quick_logs(self, first: date, last: date) -> dict[date, tuple[QuickLog, ...]]:
        return self.repo.quick_logs(first, last, self.evening.zone)

    def steps(self) -> list[Step]:
        return self.evening.steps()

    def step_infos(self) -> list[StepInfo]:
        return [step_info(s) for s in self.steps()]

    def replace_nights(self, nights: Sequence[NightImport]) -> None:
        self.repo.replace_nights(nights, self.evening.zone, self.evening.now())

    # --- diary files (CSV, documented in README.md) ----------------------------------------
    def step_titles(self) -> dict[int, str]:
        return {s.id: s.title for s in self.steps() if s.id is not None}

    def whole_period(self) -> tuple[date, date]:
        """From the diary's first night to last night (both last night when it is empty)."""
        last = self.last_night()
        span = self.span()
        return (min(span[0], last) if span else last), last

    def export_csv(self, first: date, last: date) -> str:
        return self.export_csv_counted(first, last)[0]

    def export_csv_counted(self, first: date, last: date) -> tuple[str, int]:
        """The diary file, and how many stored entries could not be read and are left out."""
        with self.repo.unreadable.tally() as left_out:
            text = write_csv(self.records(first, last), self.quick_logs(first, last),
                             self.step_titles())
        return text, len(left_out)

    def left_out(self, first: date, last: date) -> int:
        """How many stored entries of nights ``first..last`` cannot be read."""
        with self.repo.unreadable.tally() as left_out:
            self.records(first, last)
            self.steps()
        return len(left_out)

    def read_csv(self, data: bytes) -> list[NightImport]:
        """Parse a diary file (raises DiaryFileError naming the line and field)."""
        return read_csv(data, self.step_titles(), self.evening.tonight())

    def preview_import(self, nights: Sequence[NightImport]) -> ImportPreview:
        """How many nights a file would add, replace, or leave as they are."""
        if not nights:
            return ImportPreview(nights, 0, 0, 0)
        first, last = min(n.night for n in nights), max(n.night for n in nights)
        records = {r.night: r for r in self.records(first, last)}
        logs = self.quick_logs(first, last)
        added = replaced = 0
        for item in nights:
            record = records.get(item.night)
            held = logs.get(item.night, ())
            if record is None and not held:
                added += 1
            elif (record is None or record.entry != item.entry or record.done != item.done
                  or _log_key(held) != _log_key(item.quick_logs)):
                replaced += 1
        return ImportPreview(nights, added, replaced, len(nights) - added - replaced)

    # --- insights -------------------------------------------------------------------------
    def insights(self, first: date | None = None, last: date | None = None) -> Insights:
        """Statistics over ``first..last`` (default: the whole diary up to last night).

        The augmentation check always uses the whole diary (its baseline is the start).
        Entries that cannot be read are left out and counted (``left_out``)."""
        with self.repo.unreadable.tally() as left_out:
            found = self._insights(first, last)
        return replace(found, left_out=len(left_out)) if left_out else found

    def _insights(self, first: date | None, last: date | None) -> Insights:
        tonight = self.evening.tonight()
        span = self.span()
        last = last or tonight
        first = first or (span[0] if span else last)
        first = min(first, last)
        end = max(last, tonight)
        records_to_end = self.records(first, end)
        records = [r for r in records_to_end if r.night <= last]
        baseline = self._baseline_records(span[0] if span else first, first)
        all_records = baseline + records_to_end
        steps = self.steps()
        # a step turned off counts only if it was done in the period (it was in use then):
        # otherwise it would read "done 0 of 90 planned nights" while planned on none
        marked = frozenset().union(*(r.done for r in records))
        infos = [step_info(s) for s in steps
                 if s.id is not None and (s.enabled or s.id in marked)]
        known = self.text["dopaminergic"]["generic"] + self.text["dopaminergic"]["brand"]
        drugs = dopaminergic_names(
            [f"{s.title} {s.name or ''}" for s in steps
             if s.enabled and s.kind is StepKind.MEDICATION], known,
        )
        return Insights(
            first=first, last=last, records=records, steps=infos,
            effects=step_effects(records, infos),
            adherence=adherence(records, infos, first, last),
            augmentation=augmentation_signal(all_records, tonight),
            dopaminergic=drugs,
            peak=self.evening.peak_for(tonight),
            expected_onsets=_expected_onsets(all_records, first, last, self.evening),
        )

    def _baseline_records(self, whole_first: date, first: date) -> list[NightRecord]:
        """The nights before ``first`` the augmentation baseline needs (its first nights
        with an onset), read in slices so a long diary is not read whole."""
        found: list[NightRecord] = []
        start = whole_first
        while start < first and sum(r.onset is not None for r in found) < BASELINE_NIGHTS:
            stop = min(first - timedelta(days=1), start + timedelta(days=119))
            found += self.records(start, stop)
            start = stop + timedelta(days=1)
        return found


def _log_key(logs: Sequence[QuickLog]) -> list[tuple[int, int]]:
    return sorted((q.minutes, -1 if q.severity is None else q.severity) for q in logs)


def _expected_onsets(records: Sequence[NightRecord], first: date, last: date,
                     evening: Evening, limit: int = 400) -> list[tuple[date, int]]:
    """The planner's raw onset estimate for each of the last ``limit`` nights shown, from
    the nights logged before each (what it had learned by then)."""
    from rlsdesk.domain.clock import to_noon_minutes

    start = max(first, last - timedelta(days=limit - 1))
    window_start = start - timedelta(days=28)
    onsets = sorted((r.night, r.onset) for r in records
                    if r.onset is not None and window_start <= r.night <= last)
    nights = [n for n, _ in onsets]
    out = []
    usual = evening.usual_onset()
    night = start
    while night <= last:
        lo = bisect_right(nights, night - timedelta(days=28))
        hi = bisect_left(nights, night)  # not the night itself: it was not known yet
        estimate = estimate_peak_from_nights(dict(onsets[lo:hi]), night, usual)
        out.append((night, to_noon_minutes(estimate.onset)))
        night += timedelta(days=1)
    return out
