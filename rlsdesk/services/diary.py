"""The diary use cases, shared by the window and the command line: the nightly check-in,
the per-night records, the insights and the data the exports need. Holds no Qt.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from rlsdesk.domain.diary import NightEntry, NightImport, NightRecord, QuickLog
from rlsdesk.domain.insights import (
    BASELINE_NIGHTS,
    AugmentationNote,
    MedicineStart,
    StepAdherence,
    StepEffect,
    StepInfo,
    TriggerEffect,
    adherence,
    augmentation_note,
    dopaminergic_names,
    step_effects,
    trigger_effects,
)
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.medicine_events import MedicineEvent, events_between
from rlsdesk.domain.morning import CheckinPrefill, checkin_prefill
from rlsdesk.domain.parsing import EARLIEST_NIGHT
from rlsdesk.domain.peak import PeakEstimate, estimate_peak_from_nights, night_of
from rlsdesk.domain.routine import Step
from rlsdesk.domain.settings_schema import SLEEP_DIARY_OPEN
from rlsdesk.domain.sleep_diary import (
    NightSleep,
    SleepPeriod,
    check_sleep_order,
    sleep_period,
    summarise_night,
)
from rlsdesk.domain.step_life import active_nights, active_spans
from rlsdesk.domain.summary import Trend, trend, trend_windows
from rlsdesk.domain.triggers import TriggerChoice
from rlsdesk.formats.diary_csv import read_csv, write_csv
from rlsdesk.services.evening import Evening
from rlsdesk.store.diary_repo import DiaryRepo
from rlsdesk.system.resources import load_cited, load_json

#: Kinds a report lists as "medications and supplements".
TAKEN_KINDS = (StepKind.MAGNESIUM, StepKind.MEDICATION)


def diary_text() -> dict[str, Any]:
    return load_cited("diary_text.json")


def diary_words(section: str, key: str, language: str = "en") -> str:
    """A text of diary_text.json in ``language``: ``key`` in English, the translation
    beside it as ``key_de`` (same sources) in German."""
    texts = diary_text()[section]
    return str(texts[key if language == "en" else f"{key}_{language}"])


def step_label(step: Step) -> str:
    """What was taken, with its dose where the routine knows one."""
    if step.kind is StepKind.MAGNESIUM:
        form = "" if step.form in (None, "other") else f" {step.form}"
        return f"magnesium{form} {step.dose_mg} mg"  # read inside parentheses: none of its own
    if step.kind is StepKind.MEDICATION:
        return step.name or step.title
    return ""


def dopaminergic_known() -> list[str]:
    """Dopaminergic medicine names, generic (English, German) and brand (resources/)."""
    names = load_json("dopaminergic.json")
    return [*names["generic"], *names["generic_de"], *names["brand"]]


def step_info(step: Step, history: dict[int, list[tuple[str, date]]] | None = None,
              first_done: dict[int, date] | None = None) -> StepInfo:
    """``history``: the store's step events; without it (or for a step it does not know)
    every night counts. ``first_done``: each step's first night marked done."""
    assert step.id is not None
    events = (history or {}).get(step.id)
    spans = active_spans(events, (first_done or {}).get(step.id)) if events else None
    return StepInfo(step.id, step.title, step.days, step_label(step), spans)


@dataclass(frozen=True)
class Insights:
    """Everything the Insights page and the report show, for nights ``first..last``."""

    first: date
    last: date
    records: list[NightRecord]
    steps: list[StepInfo]
    effects: list[StepEffect]
    adherence: list[StepAdherence]
    augmentation: AugmentationNote  # what the diary shows against its baseline
    dopaminergic: list[str]       # dopaminergic drug names the routine lists
    peak: PeakEstimate            # what the planner expects tonight
    expected_onsets: list[tuple[date, int]]  # the planner's estimate for each shown night
    left_out: int = 0             # stored entries that could not be read (not counted here)
    #: nights with each trigger vs without (see domain.insights.trigger_effects)
    triggers: list[TriggerEffect] = field(default_factory=list)
    #: medication and supplement changes on the nights shown, oldest first
    medicine_events: list[MedicineEvent] = field(default_factory=list)

    @property
    def nights_logged(self) -> int:
        return sum(1 for r in self.records if r.severity is not None or r.onset is not None)

    @property
    def augmentation_warning(self) -> bool:
        """The diary shows changes worth raising with a clinician (see AugmentationNote)."""
        return self.augmentation.show


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

    def fingerprint(self) -> tuple[object, ...]:
        """Changes whenever anything the diary shows changes (cheap to ask)."""
        return self.repo.fingerprint()

    def unreadable_tally(self) -> AbstractContextManager[set[tuple[str, object]]]:
        """``with service.unreadable_tally() as left_out:`` the entries that could not be
        read while the block reads (each counted once)."""
        return self.repo.unreadable.tally()

    @cached_property
    def text(self) -> dict[str, Any]:
        return diary_text()

    def words(self, section: str, key: str) -> str:
        """A text of diary_text.json in the window's language."""
        return diary_words(section, key, self.evening.language)

    # --- time -----------------------------------------------------------------------------
    def last_night(self) -> date:
        """The night a morning check-in is about: the one that ended most recently."""
        return night_of(self.evening.now() - timedelta(hours=12), self.evening.zone)

    # --- logging --------------------------------------------------------------------------
    def log_now(self, severity: int | None = None) -> datetime:
        return self.evening.log_onset(severity=severity, source="quick")

    def entry(self, night: date) -> NightEntry | None:
        return self.repo.get(night)

    def save(self, entry: NightEntry, triggers: Sequence[str] | None = None, *,
             for_clinician: bool | None = None) -> None:
        """Add or replace a check-in (raises ValidationError for an onset the clocks skip
        on that night: it was never lived, or for sleep-diary times out of order). With
        ``triggers``, the night's triggers become exactly those, and with ``for_clinician``
        the note's mark for the report is set: saved together with the check-in, so a
        failed write leaves neither."""
        check_sleep_order(entry.sleep, entry.night, self.evening.zone)
        self.repo.save(entry, self.evening.zone, self.evening.now(), triggers,
                       flagged=for_clinician)

    def prefill(self, night: date) -> CheckinPrefill:
        """What the night's quick logs and done marks say, for the morning check-in."""
        records = self.records(night, night)
        logs = self.quick_logs(night, night).get(night, ())
        return checkin_prefill(night, logs, records[0].done if records else frozenset())

    # --- the sleep diary ------------------------------------------------------------------
    def sleep_diary_open(self) -> bool:
        """Whether the check-in shows its sleep-diary questions unfolded."""
        return self.evening.settings.get(SLEEP_DIARY_OPEN)

    def set_sleep_diary_open(self, opened: bool) -> None:
        self.evening.settings.set(SLEEP_DIARY_OPEN, bool(opened))

    def sleep_nights(self, first: date, last: date,
                     records: Sequence[NightRecord] | None = None) -> list[NightSleep]:
        """Each night ``first..last`` with sleep-diary answers: time in bed, total sleep
        time, sleep efficiency and quality as far as the answers allow. ``records``: the
        nights already read (``Insights.records``), so ten years are not read again."""
        zone = self.evening.zone
        entries = (self.entries(first, last) if records is None else
                   [r.entry for r in records if r.entry is not None and first <= r.night <= last])
        return [summarise_night(e.night, e.sleep, zone, e.awakenings)
                for e in entries if not e.sleep.is_empty]

    def sleep_period(self, first: date, last: date,
                     records: Sequence[NightRecord] | None = None) -> SleepPeriod:
        """The sleep diary over ``first..last``: the nights and their means."""
        return sleep_period(self.sleep_nights(first, last, records))

    def delete(self, night: date) -> bool:
        return self.repo.delete(night)

    def entries(self, first: date, last: date) -> list[NightEntry]:
        return self.repo.entries(first, last)

    # --- reading --------------------------------------------------------------------------
    def span(self) -> tuple[date, date] | None:
        return self.repo.span()

    def records(self, first: date, last: date) -> list[NightRecord]:
        return self.repo.records(first, last)

    def quick_logs(self, first: date, last: date) -> dict[date, tuple[QuickLog, ...]]:
        return self.repo.quick_logs(first, last)

    def steps(self) -> list[Step]:
        return self.evening.steps()

    def step_infos(self) -> list[StepInfo]:
        routine = self.evening.store.routine
        history, first_done = routine.history(), routine.first_done_nights()
        return [step_info(s, history, first_done) for s in self.steps()]

    # --- triggers (domain.triggers) -----------------------------------------------------------
    def trigger_choices(self) -> list[TriggerChoice]:
        """Every trigger, built in then the person's own, each saying if it is hidden."""
        return self.repo.triggers.choices()

    def add_trigger(self, name: str) -> str:
        """Add one of the person's own triggers (ValidationError for a bad or taken name)."""
        return self.repo.triggers.add_own(name)

    def rename_trigger(self, old: str, new: str) -> str:
        """Rename one of the person's own triggers, on every night it was noted too."""
        return self.repo.triggers.rename_own(old, new)

    def hide_trigger(self, name: str, hidden: bool = True) -> None:
        """Hide a trigger from the chips (nights that have it keep it), or show it again."""
        self.repo.triggers.set_hidden(name, hidden)

    def resolve_trigger(self, name: str) -> str:
        """The trigger ``name`` means (a built-in key or an own name, any case);
        ValidationError (field ``trigger``) for any other."""
        return self.repo.triggers.resolve(name)

    def night_triggers(self, night: date) -> frozenset[str]:
        return self.repo.triggers.nights(night, night).get(night, frozenset())

    def set_triggers(self, night: date, names: Sequence[str]) -> frozenset[str]:
        """Make the night's triggers exactly ``names`` (built-in keys or own names, any
        case; ValidationError for another name, and nothing changes)."""
        return self.repo.triggers.set_night(night, names, self.evening.now())

    def set_trigger(self, night: date, name: str, on: bool) -> frozenset[str]:
        """Note one trigger for the night, or take it off (the tray's quick log)."""
        held = set(self.night_triggers(night))
        name = self.repo.triggers.resolve(name)
        (held.add if on else held.discard)(name)
        return self.set_triggers(night, sorted(held))

    def trigger_effects(self, first: date, last: date) -> list[TriggerEffect]:
        """Nights with each trigger vs without, over ``first..last``: every trigger shown
        on the chips, and any other noted in the period."""
        records = self.records(first, last)
        return trigger_effects(records, self._trigger_names(records))

    def _trigger_names(self, records: Sequence[NightRecord]) -> list[str]:
        names = [c.name for c in self.trigger_choices() if not c.hidden]
        noted = sorted(set().union(*(r.triggers for r in records)) - set(names))
        return names + noted

    # --- medicine changes (domain.medicine_events) -------------------------------------------
    def medicine_events(self, first: date, last: date) -> list[MedicineEvent]:
        """Medication and supplement steps added, dose changed, paused, resumed or removed on
        nights ``first..last`` (the local date of the change), oldest first."""
        return events_between(self.evening.store.routine.medicine_events(first, last),
                              first, last)

    def flagged_nights(self, first: date, last: date) -> frozenset[date]:
        """The nights ``first..last`` whose note is marked for the clinician."""
        return self.repo.flagged_nights(first, last)

    def set_for_clinician(self, night: date, flagged: bool) -> None:
        """Mark (or unmark) the night's note for the clinician: the report shows it."""
        self.repo.set_flagged(night, flagged)

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
                             self.step_titles(), self.evening.zone)
        return text, len(left_out)

    def left_out(self, first: date, last: date) -> int:
        """How many stored entries of nights ``first..last`` cannot be read."""
        with self.repo.unreadable.tally() as left_out:
            self.records(first, last)
            self.steps()
        return len(left_out)

    def read_csv(self, data: bytes) -> list[NightImport]:
        """Parse a diary file (raises DiaryFileError naming the line and field)."""
        return read_csv(data, self.step_titles(), self.evening.tonight(),
                        self.evening.zone)

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
                  or record.triggers != item.triggers
                  or _onset_offset_differs(record.entry, item.entry)
                  or _log_key(held, item.quick_logs) != _log_key(item.quick_logs)):
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
        steps = [s for s in self.steps() if s.id is not None]
        history = self.evening.store.routine.history()
        first_done = self.evening.store.routine.first_done_nights()
        # a step turned off counts only if it was on, or done, in the period (it was in use
        # then); one turned on is listed even before its first night, as not planned yet
        marked = frozenset().union(*(r.done for r in records))
        infos = [info for s in steps for info in [step_info(s, history, first_done)]
                 if s.enabled or s.id in marked
                 or (info.spans is not None and active_nights(info.spans, first, last))]
        medicine = self._dopaminergic_start(steps, history, first_done)
        drugs = dopaminergic_names(
            [f"{s.title} {s.name or ''}" for s in steps
             if s.enabled and s.kind is StepKind.MEDICATION], dopaminergic_known(),
        )
        logged_tonight = any(r.night == tonight for r in records_to_end)
        note_until = tonight if logged_tonight else tonight - timedelta(days=1)
        whole_first = span[0] if span else first
        return Insights(
            first=first, last=last, records=records, steps=infos,
            effects=step_effects(records, infos),
            triggers=trigger_effects(records, self._trigger_names(records)),
            medicine_events=self.medicine_events(first, last),
            adherence=adherence(records, infos, first, last),
            augmentation=augmentation_note(
                self._augmentation_records(whole_first, first, medicine, all_records),
                note_until, medicine),
            dopaminergic=drugs,
            peak=self.evening.peak_for(tonight),
            expected_onsets=_expected_onsets(all_records, first, last, self.evening),
        )

    def trend(self, data: Insights) -> Trend:
        """Is it getting worse: the period's last nights against the nights before them
        (the period against the one before it when the diary reaches back that far)."""
        span = self.span()
        now, before = trend_windows(data.first, data.last, span[0] if span else None)
        records: Sequence[NightRecord] = data.records
        if before[0] < data.first:
            records = [*self.records(before[0], min(before[1], data.first - timedelta(days=1))),
                       *records]
        return trend(records, now, before)

    def _dopaminergic_start(self, steps: Sequence[Step],
                            history: dict[int, list[tuple[str, date]]],
                            first_done: dict[int, date]) -> MedicineStart | None:
        """The switched-on dopaminergic medicine step that entered the routine first, with
        the first night it was in it (None when there is none, or its start is unknown).
        The start is the night its medicine event says it was added (see
        :meth:`medicine_events`) or, if earlier, the first night it was in use (an imported
        diary marking it done before it was added here)."""
        known = dopaminergic_known()
        added: dict[int, date] = {}
        for event in self.evening.store.routine.medicine_events(EARLIEST_NIGHT,
                                                                self.evening.tonight()):
            if event.change == "added":
                added.setdefault(event.step_id, event.night)
        found: list[MedicineStart] = []
        for step in steps:
            if not step.enabled or step.kind is not StepKind.MEDICATION or step.id is None:
                continue
            names = dopaminergic_names([f"{step.title} {step.name or ''}"], known)
            spans = active_spans(history.get(step.id, ()), first_done.get(step.id))
            starts = [d for d in (added.get(step.id), spans[0][0] if spans else None) if d]
            start = min(starts) if starts else None
            if names and start is not None:
                found.append(MedicineStart(step.name or step.title, start, names[0]))
        return min(found, key=lambda m: m.night) if found else None

    def _augmentation_records(self, whole_first: date, first: date,
                              medicine: MedicineStart | None,
                              loaded: Sequence[NightRecord]) -> list[NightRecord]:
        """The records the augmentation note compares: those ``loaded`` (the diary's first
        nights and the period on) and the nights before the medicine's start."""
        extra: list[NightRecord] = []
        if medicine is not None:
            lo = max(whole_first, medicine.night - timedelta(days=180))
            hi = min(medicine.night, first) - timedelta(days=1)
            if lo <= hi:
                extra += self.records(lo, hi)
        by_night = {r.night: r for r in extra}
        by_night.update((r.night, r) for r in loaded)
        return [by_night[night] for night in sorted(by_night)]

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


def _log_key(logs: Sequence[QuickLog], like: Sequence[QuickLog] | None = None
             ) -> list[tuple[int, int, float]]:
    """What a file's quick logs say: wall time, severity, and the offset where the file
    gives one (``like``: the file's logs, when keying what the store holds)."""
    given = {q.clock for q in (logs if like is None else like) if q.offset is not None}
    return sorted(
        (q.minutes, -1 if q.severity is None else q.severity,
         q.offset.total_seconds() if q.offset is not None and q.clock in given else 0.0)
        for q in logs
    )


def _onset_offset_differs(held: NightEntry | None, given: NightEntry | None) -> bool:
    """A file's onset with an offset differs from the stored one lived at another."""
    return (held is not None and given is not None and given.onset_offset is not None
            and held.onset_offset != given.onset_offset)


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
