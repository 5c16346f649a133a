"""The nightly check-in (diary_nights), and the per-night view joined from the quick log
(symptom_events) and the done marks of the reminder ledger (reminder_ledger).

A check-in's onset is also written as a symptom event with source 'checkin', so the peak
model (which reads symptom events) learns from check-ins too; it is replaced or removed
with the check-in.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rlsdesk.domain.clock import format_clock, moment_on_night, parse_clock
from rlsdesk.domain.diary import NightEntry, NightImport, NightRecord, QuickLog
from rlsdesk.domain.planner import night_bounds
from rlsdesk.domain.sleep_diary import SleepDiary, SleepTime, parse_sleep_time
from rlsdesk.store.database import transaction
from rlsdesk.store.reading import (
    EARLIEST_NIGHT,
    LATEST_NIGHT,
    UNREADABLE,
    UnreadableRows,
    plausible_night,
)
from rlsdesk.store.symptoms_repo import event_row
from rlsdesk.store.triggers_repo import TriggersRepo

CHECKIN_SOURCE = "checkin"
IMPORT_SOURCE = "import"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(row: sqlite3.Row) -> NightEntry:
    return NightEntry(
        night=plausible_night(date.fromisoformat(row["night"])),
        severity=row["severity"],
        onset=parse_clock(row["onset"], "onset") if row["onset"] else None,
        sleep_hours=row["sleep_hours"],
        awakenings=row["awakenings"],
        note=row["note"],
        irls_total=row["irls_total"],
        sleep=SleepDiary(
            into_bed=_sleep_time(row["into_bed"]), try_sleep=_sleep_time(row["try_sleep"]),
            minutes_to_sleep=row["minutes_to_sleep"], minutes_awake=row["minutes_awake"],
            final_wake=_sleep_time(row["final_wake"]),
            out_of_bed=_sleep_time(row["out_of_bed"]), quality=row["sleep_quality"],
        ),
    )


def _sleep_time(text: object) -> SleepTime | None:
    return None if text is None else parse_sleep_time(text, "sleep diary time")


def _sleep_cell(value: SleepTime | None) -> str | None:
    return None if value is None else str(value)


class DiaryRepo:
    """Rows that cannot be read are left out of every answer and noted in ``unreadable``."""

    def __init__(self, conn: sqlite3.Connection,
                 unreadable: UnreadableRows | None = None) -> None:
        self._conn = conn
        self.unreadable = unreadable or UnreadableRows()
        self.triggers = TriggersRepo(conn, self.unreadable)

    # --- reading --------------------------------------------------------------------------
    def get(self, night: date) -> NightEntry | None:
        """The night's check-in (None if there is none, or it cannot be read)."""
        row = self._conn.execute(
            "SELECT * FROM diary_nights WHERE night = ?", (night.isoformat(),)
        ).fetchone()
        return None if row is None else self._read_entry(row)

    def entries(self, first: date, last: date) -> list[NightEntry]:
        rows = self._conn.execute(
            "SELECT * FROM diary_nights WHERE night BETWEEN ? AND ? ORDER BY night",
            (first.isoformat(), last.isoformat()),
        )
        return [entry for row in rows if (entry := self._read_entry(row)) is not None]

    def _read_entry(self, row: sqlite3.Row) -> NightEntry | None:
        try:
            return _entry(row)
        except UNREADABLE as exc:
            self.unreadable.note("diary_nights", row["night"], exc)
            return None

    def _event_night(self, event_id: int, at: object,
                     severity: object = None) -> date | None:
        """The night of a symptom event's stored local time, or None (noted) if unreadable."""
        try:
            if not isinstance(at, str):
                raise TypeError(f"time {at!r} is not text")
            night = plausible_night(_night_of_text(at))
            _noon_minutes_of_text(at)
            if severity is not None and (type(severity) is not int
                                         or not 0 <= severity <= 10):
                raise ValueError(f"severity {severity!r} is not a whole number 0-10")
            return night
        except UNREADABLE as exc:
            self.unreadable.note("symptom_events", event_id, exc)
            return None

    def span(self) -> tuple[date, date] | None:
        """The first and last night with anything logged (check-in, event or done mark),
        over the rows that can be read."""
        firsts, lasts = [], []
        nights = "SELECT * FROM diary_nights ORDER BY night"

        def night(row: sqlite3.Row) -> date | None:
            entry = self._read_entry(row)
            return None if entry is None else entry.night

        found = _first_readable(self._conn, nights, night)
        if found is not None:
            firsts.append(found)
            lasts.append(_first_readable(self._conn, nights + " DESC", night) or found)
        events = "SELECT id, at, severity FROM symptom_events ORDER BY night, at_utc"
        first_event = _first_readable(self._conn, events, lambda r: self._event_night(*r))
        if first_event is not None:
            firsts.append(first_event)
            lasts.append(_first_readable(self._conn, "SELECT id, at, severity FROM "
                                         "symptom_events ORDER BY night DESC, at_utc DESC",
                                         lambda r: self._event_night(*r)) or first_event)
        row = _done_span(self._conn)
        if row is not None:
            firsts.append(row[0])
            lasts.append(row[1])
        return (min(firsts), max(lasts)) if firsts else None

    def records(self, first: date, last: date) -> list[NightRecord]:
        """Every night ``first..last`` with anything logged, oldest first. Events count on
        the night they were lived on, at the wall time they were lived at."""
        entries = {e.night: e for e in self.entries(first, last)}
        onsets: dict[date, list[int]] = defaultdict(list)
        severities: dict[date, list[int]] = defaultdict(list)
        for event_id, at, severity, source in self._events(first, last):
            night = self._event_night(event_id, at, severity)
            if night is None:
                continue
            onsets[night].append(_noon_minutes_of_text(at))
            if source == CHECKIN_SOURCE:
                entry = entries.get(night)
                if entry is not None and entry.onset is not None:
                    entries[night] = entry.with_onset_offset(_offset_of_text(at))
            elif severity is not None:
                severities[night].append(severity)
        done = read_done_marks(self._conn, first, last, self.unreadable)
        triggers = self.triggers.nights(first, last)
        nights = sorted(set(entries) | set(onsets) | set(done) | set(triggers))
        return [
            NightRecord(
                night, entries.get(night), tuple(sorted(onsets.get(night, ()))),
                tuple(severities.get(night, ())), done.get(night, frozenset()),
                triggers.get(night, frozenset()),
            )
            for night in nights
        ]

    def quick_logs(self, first: date, last: date) -> dict[date, tuple[QuickLog, ...]]:
        """The quick-log moments (not the check-in's onset) of each night, by wall clock as
        lived, each with the offset it was lived at; unreadable rows are left out."""
        found: dict[date, list[QuickLog]] = defaultdict(list)
        for event_id, at, severity, source in self._events(first, last):
            if source == CHECKIN_SOURCE:
                continue
            night = self._event_night(event_id, at, severity)
            if night is not None:
                found[night].append(
                    QuickLog(parse_clock(at[11:16]), severity, _offset_of_text(at)))
        return {night: tuple(sorted(logs, key=lambda q: q.order))
                for night, logs in found.items()}

    def _events(self, first: date, last: date) -> list[tuple[int, Any, Any, str]]:
        """Symptom events of nights ``first..last`` (the night each was lived on)."""
        return self._conn.execute(
            "SELECT id, at, severity, source FROM symptom_events "
            "WHERE night BETWEEN ? AND ? ORDER BY at_utc, id",
            (first.isoformat(), last.isoformat()),
        ).fetchall()

    def fingerprint(self) -> tuple[object, ...]:
        """Changes whenever anything the diary shows changes (cheap to ask)."""
        row = self._conn.execute(
            "SELECT (SELECT COUNT(*) FROM symptom_events), (SELECT MAX(id) FROM symptom_events),"
            " (SELECT COUNT(*) FROM diary_nights), (SELECT MAX(updated_at) FROM diary_nights)"
        ).fetchone()
        try:
            ledger = self._conn.execute(
                "SELECT COUNT(*), MAX(updated_at) FROM reminder_ledger WHERE state = 'done'"
            ).fetchone()
        except sqlite3.OperationalError:
            ledger = (0, None)
        return (*tuple(row), *tuple(ledger), *self.triggers.fingerprint())

    # --- writing --------------------------------------------------------------------------
    # A night is always found by its stored night, never by a range of instants computed
    # from the zone in force now. A time written without an offset is placed in ``zone``
    # (the one in force now), unless the night already holds an event at that wall time:
    # then it keeps the offset it was lived at, so re-importing a file elsewhere moves
    # nothing. A wall time ``zone`` skips that night raises ValidationError.
    def save(self, entry: NightEntry, zone: ZoneInfo, now: datetime,
             triggers: Iterable[str] | None = None, *,
             flagged: bool | None = None) -> None:
        """Add or replace the check-in of ``entry.night``; with ``triggers``, make the
        night's triggers exactly those, and with ``flagged``, set the note's mark for the
        clinician: all in the same transaction."""
        with transaction(self._conn):
            self._write_entry(entry, zone, now, self._held_offsets(entry.night))
            if triggers is not None:
                self.triggers.write_night(entry.night, triggers, now, add_unknown=False)
            if flagged is not None:
                self._write_flag(entry.night, flagged)

    def flagged_nights(self, first: date, last: date) -> frozenset[date]:
        """Nights ``first..last`` whose note is marked for the clinician."""
        try:
            rows = self._conn.execute(
                "SELECT night FROM clinician_notes WHERE night BETWEEN ? AND ?",
                (first.isoformat(), last.isoformat())).fetchall()
        except sqlite3.OperationalError:  # a file from before the table
            return frozenset()
        found = set()
        for (night,) in rows:
            try:
                found.add(plausible_night(date.fromisoformat(night)))
            except UNREADABLE as exc:
                self.unreadable.note("clinician_notes", night, exc)
        return frozenset(found)

    def set_flagged(self, night: date, flagged: bool) -> None:
        """Mark (or unmark) the night's note for the clinician."""
        with transaction(self._conn):
            self._write_flag(night, flagged)

    def _write_flag(self, night: date, flagged: bool) -> None:
        if flagged:
            self._conn.execute("INSERT OR IGNORE INTO clinician_notes(night) VALUES (?)",
                               (night.isoformat(),))
        else:
            self._conn.execute("DELETE FROM clinician_notes WHERE night = ?",
                               (night.isoformat(),))

    def delete(self, night: date) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute(
                "DELETE FROM diary_nights WHERE night = ?", (night.isoformat(),)
            )
            self._delete_events(night, only_checkin=True)
        return cursor.rowcount > 0

    def replace_nights(self, nights: Sequence[NightImport], zone: ZoneInfo,
                       now: datetime) -> None:
        """Each night given replaces that night's check-in, quick logs and done marks,
        all in one transaction: every night lands, or none. Other nights are untouched."""
        with transaction(self._conn):
            for item in nights:
                key = item.night.isoformat()
                held = self._held_offsets(item.night)
                self._conn.execute("DELETE FROM diary_nights WHERE night = ?", (key,))
                self._delete_events(item.night, only_checkin=False)
                if item.entry is not None:
                    self._write_entry(item.entry, zone, now, held)
                self._conn.executemany(
                    "INSERT INTO symptom_events(at, at_utc, night, severity, source) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [
                        _row(item.night, log.clock, log.offset, held.get(("log", log.clock)),
                             zone, "quick_logs", log.severity, IMPORT_SOURCE)
                        for log in item.quick_logs
                    ],
                )
                _write_done_marks(self._conn, item.night, item.done, zone, now)
                self.triggers.write_night(item.night, item.triggers, now, add_unknown=True)

    def _write_entry(self, entry: NightEntry, zone: ZoneInfo, now: datetime,
                     held: Mapping[tuple[str, time], list[timedelta]]) -> None:
        sleep = entry.sleep
        self._conn.execute(
            "INSERT INTO diary_nights(night, severity, onset, sleep_hours, awakenings, "
            "irls_total, note, updated_at, into_bed, try_sleep, minutes_to_sleep, "
            "minutes_awake, final_wake, out_of_bed, sleep_quality) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(night) DO UPDATE SET severity = excluded.severity, "
            "onset = excluded.onset, sleep_hours = excluded.sleep_hours, "
            "awakenings = excluded.awakenings, irls_total = excluded.irls_total, "
            "note = excluded.note, updated_at = excluded.updated_at, "
            "into_bed = excluded.into_bed, try_sleep = excluded.try_sleep, "
            "minutes_to_sleep = excluded.minutes_to_sleep, "
            "minutes_awake = excluded.minutes_awake, final_wake = excluded.final_wake, "
            "out_of_bed = excluded.out_of_bed, sleep_quality = excluded.sleep_quality",
            (
                entry.night.isoformat(), entry.severity,
                format_clock(entry.onset) if entry.onset else None,
                entry.sleep_hours, entry.awakenings, entry.irls_total, entry.note,
                _stamp(now), _sleep_cell(sleep.into_bed), _sleep_cell(sleep.try_sleep),
                sleep.minutes_to_sleep, sleep.minutes_awake, _sleep_cell(sleep.final_wake),
                _sleep_cell(sleep.out_of_bed), sleep.quality,
            ),
        )
        self._delete_events(entry.night, only_checkin=True)
        if entry.onset is not None:
            self._conn.execute(
                "INSERT INTO symptom_events(at, at_utc, night, severity, source) "
                "VALUES (?, ?, ?, ?, ?)",
                _row(entry.night, entry.onset, entry.onset_offset,
                     held.get((CHECKIN_SOURCE, entry.onset)), zone, "onset", None,
                     CHECKIN_SOURCE),
            )

    def _held_offsets(self, night: date) -> dict[tuple[str, time], list[timedelta]]:
        """The offsets the night's events were lived at, by kind and wall time, oldest
        first: ``{("log" | "checkin", 01:30): [+02:00, +01:00]}``."""
        held: dict[tuple[str, time], list[timedelta]] = defaultdict(list)
        for _, at, _, source in self._events(night, night):
            kind = CHECKIN_SOURCE if source == CHECKIN_SOURCE else "log"
            held[(kind, parse_clock(at[11:16]))].append(_offset_of_text(at))
        return held

    def _delete_events(self, night: date, *, only_checkin: bool) -> None:
        sql = "DELETE FROM symptom_events WHERE night = ?"
        params: tuple[object, ...] = (night.isoformat(),)
        if only_checkin:
            sql += " AND source = ?"
            params += (CHECKIN_SOURCE,)
        self._conn.execute(sql, params)


# --- done marks: the reminder ledger's 'done' rows ------------------------------------------
def read_done_marks(conn: sqlite3.Connection, first: date, last: date,
                    unreadable: UnreadableRows | None = None) -> dict[date, frozenset[int]]:
    """``{night: step ids marked done}`` for nights ``first..last`` (empty without a ledger)."""
    try:
        rows = conn.execute(
            "SELECT night, step_id FROM reminder_ledger WHERE night BETWEEN ? AND ? "
            "AND state = 'done'",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
    except sqlite3.OperationalError:  # a file from before the ledger
        return {}
    found: dict[date, set[int]] = defaultdict(set)
    nights: dict[object, date] = {}  # each night's text read once (a night has several marks)
    for night, step_id in rows:
        try:
            if type(step_id) is not int:
                raise TypeError(f"step id {step_id!r} is not a whole number")
            day = nights.get(night)
            if day is None:
                day = nights[night] = plausible_night(date.fromisoformat(night))
            found[day].add(step_id)
        except UNREADABLE as exc:
            if unreadable is not None:
                unreadable.note("reminder_ledger", (night, step_id), exc)
    return {night: frozenset(ids) for night, ids in found.items()}


def _first_readable(conn: sqlite3.Connection, sql: str,
                    read: Callable[[sqlite3.Row], Any]) -> Any:
    """The first row of ``sql`` that ``read`` makes something of (unreadable rows are
    passed over: normally the first row is the answer)."""
    for row in conn.execute(sql):
        value = read(row)
        if value:
            return value
    return None


def _done_span(conn: sqlite3.Connection) -> tuple[date, date] | None:
    try:
        row = conn.execute(
            "SELECT MIN(night), MAX(night) FROM reminder_ledger WHERE state = 'done' "
            "AND night BETWEEN ? AND ?", (EARLIEST_NIGHT.isoformat(), LATEST_NIGHT.isoformat()),
        ).fetchone()
    except sqlite3.OperationalError:
        return None
    try:
        return (date.fromisoformat(row[0]), date.fromisoformat(row[1])) if row[0] else None
    except ValueError:  # an impossible date: the span of the readable ones
        nights = read_done_marks(conn, EARLIEST_NIGHT, LATEST_NIGHT)
        return (min(nights), max(nights)) if nights else None


def _write_done_marks(conn: sqlite3.Connection, night: date, done: Iterable[int],
                      zone: ZoneInfo, now: datetime) -> None:
    """Make the night's done marks exactly ``done``: listed steps become 'done', others
    that were 'done' become 'missed' (with the reason), other ledger rows stay."""
    key, stamp = night.isoformat(), _stamp(now)
    done = set(done)
    due = _stamp(night_bounds(night, zone)[0])  # the plan's time is not known for a file
    keep = f" AND step_id NOT IN ({', '.join('?' for _ in done)})" if done else ""
    conn.execute(
        "UPDATE reminder_ledger SET state = 'missed', reason = 'not done (diary import)', "
        f"updated_at = ? WHERE night = ? AND state = 'done'{keep}",
        (stamp, key, *sorted(done)),
    )
    conn.executemany(
        "INSERT INTO reminder_ledger(night, step_id, state, due_utc, reason, updated_at) "
        "VALUES (?, ?, 'done', ?, 'diary import', ?) ON CONFLICT(night, step_id) DO UPDATE "
        "SET state = 'done', snoozed_until = NULL, updated_at = excluded.updated_at "
        "WHERE state != 'done'",
        [(key, step_id, due, stamp) for step_id in sorted(done)],
    )


# --- fast paths over the stored local ISO text ('2026-11-21T21:40:00+01:00') ---------------
def _night_of_text(at: str) -> date:
    """The night a stored local time was lived on (the same rule as the ``night`` column)."""
    day = date(int(at[0:4]), int(at[5:7]), int(at[8:10]))
    return day if int(at[11:13]) >= 12 else day - timedelta(days=1)


def _noon_minutes_of_text(at: str) -> int:
    return ((int(at[11:13]) * 60 + int(at[14:16])) - 720) % 1440


def _offset_of_text(at: str) -> timedelta:
    offset = datetime.fromisoformat(at).utcoffset()
    return offset if offset is not None else timedelta(0)


def _row(night: date, clock: time, offset: timedelta | None, held: list[timedelta] | None,
         zone: ZoneInfo, field: str, severity: int | None, source: str
         ) -> tuple[str, str, str, int | None, str]:
    """The symptom_events row for a wall time on a night: at the offset given, else the
    one an event at that wall time was lived at (each used once), else in ``zone``."""
    if offset is None and held:
        offset = held.pop(0)
    moment = moment_on_night(clock, night, zone, offset, field)
    return event_row(moment, severity, source)
