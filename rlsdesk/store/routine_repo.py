"""The routine's steps, in the person's order. Rows hold the domain's JSON form of a step.

Every add, switch on or off, and removal is also written to step_history with the local
date it happened on (``at``, by default the computer's clock), in the same transaction, so
the insights know which nights a step was in the routine (rlsdesk.domain.step_life). For a
medication or supplement step the same changes, and a changed dose, are written to
medicine_events (rlsdesk.domain.medicine_events).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from rlsdesk.domain.medicine_events import CHANGES, MedicineEvent, medicine_changes
from rlsdesk.store.database import transaction
from rlsdesk.store.reading import UNREADABLE, UnreadableRows, plausible_night

StepRecord = dict[str, Any]


class RoutineRepo:
    """Steps whose JSON cannot be read are left out and noted in ``unreadable``."""

    def __init__(self, conn: sqlite3.Connection,
                 unreadable: UnreadableRows | None = None) -> None:
        self._conn = conn
        self.unreadable = unreadable or UnreadableRows()

    def records(self) -> list[tuple[int, StepRecord]]:
        rows = self._conn.execute("SELECT id, data FROM steps ORDER BY position, id")
        return [(row["id"], record) for row in rows
                if (record := self._read(row["id"], row["data"])) is not None]

    def get(self, step_id: int) -> StepRecord | None:
        row = self._conn.execute("SELECT data FROM steps WHERE id = ?", (step_id,)).fetchone()
        return None if row is None else self._read(step_id, row["data"])

    def _read(self, step_id: int, data: object) -> StepRecord | None:
        try:
            record = json.loads(data)  # type: ignore[arg-type]  # any stored type: TypeError
            if not isinstance(record, dict):
                raise TypeError("a step is not a JSON object")
            return record
        except UNREADABLE as exc:
            self.unreadable.note("steps", step_id, exc)
            return None

    def note_unreadable(self, step_id: int, problem: BaseException) -> None:
        """A record that is JSON but not a step the domain accepts (evening.steps())."""
        self.unreadable.note("steps", step_id, problem)

    def is_empty(self) -> bool:
        return self._conn.execute("SELECT 1 FROM steps LIMIT 1").fetchone() is None

    def history(self) -> dict[int, list[tuple[str, date]]]:
        """``{step_id: [(event, local date), ...]}`` in the order they happened (removed
        steps included); empty for a file from before step_history."""
        try:
            rows = self._conn.execute(
                "SELECT step_id, event, night FROM step_history ORDER BY night, id"
            ).fetchall()
        except sqlite3.OperationalError:
            return {}
        found: dict[int, list[tuple[str, date]]] = defaultdict(list)
        for step_id, event, night in rows:
            try:
                found[step_id].append((event, plausible_night(date.fromisoformat(night))))
            except UNREADABLE as exc:
                self.unreadable.note("step_history", (step_id, night), exc)
        return dict(found)

    def first_done_nights(self) -> dict[int, date]:
        """``{step_id: first night marked done}`` from the reminder ledger."""
        try:
            rows = self._conn.execute(
                "SELECT step_id, MIN(night) FROM reminder_ledger WHERE state = 'done' "
                "GROUP BY step_id"
            ).fetchall()
        except sqlite3.OperationalError:  # a file from before the ledger
            return {}
        found: dict[int, date] = {}
        for step_id, night in rows:
            try:
                found[step_id] = plausible_night(date.fromisoformat(night))
            except UNREADABLE as exc:  # MIN() of text: an impossible date sorts anywhere
                self.unreadable.note("reminder_ledger", (step_id, night), exc)
        return found

    def add(self, record: StepRecord, position: int | None = None, *,
            at: datetime | None = None) -> int:
        with transaction(self._conn):
            step_id = self._insert(record, position)
            self._record(step_id, "added", at)
            if record.get("enabled") is False:
                self._record(step_id, "disabled", at)
            self._medicine(step_id, None, record, at)
            return step_id

    def update(self, step_id: int, record: StepRecord, *, at: datetime | None = None) -> bool:
        with transaction(self._conn):
            before = self.get(step_id)
            cursor = self._conn.execute(
                "UPDATE steps SET data = ? WHERE id = ?", (_dump(record), step_id)
            )
            was_on = before is not None and before.get("enabled", True) is not False
            is_on = record.get("enabled", True) is not False
            if cursor.rowcount and was_on != is_on:
                self._record(step_id, "enabled" if is_on else "disabled", at)
            if cursor.rowcount:
                self._medicine(step_id, before, record, at)
        return cursor.rowcount > 0

    def remove(self, step_id: int, *, at: datetime | None = None) -> bool:
        with transaction(self._conn):
            before = self.get(step_id)
            cursor = self._conn.execute("DELETE FROM steps WHERE id = ?", (step_id,))
            if cursor.rowcount:
                self._record(step_id, "removed", at)
                self._medicine(step_id, before, None, at)
            self._renumber()
        return cursor.rowcount > 0

    def reorder(self, ordered_ids: Sequence[int]) -> None:
        with transaction(self._conn):
            known = {row[0] for row in self._conn.execute("SELECT id FROM steps")}
            if set(ordered_ids) != known or len(ordered_ids) != len(known):
                raise ValueError("reorder needs every step id exactly once")
            for position, step_id in enumerate(ordered_ids):
                self._conn.execute(
                    "UPDATE steps SET position = ? WHERE id = ?", (position, step_id)
                )

    def replace_all(self, records: Sequence[StepRecord], *,
                    at: datetime | None = None) -> list[int]:
        """Swap the whole routine in one transaction (import, first run)."""
        with transaction(self._conn):
            for (old,) in self._conn.execute("SELECT id FROM steps").fetchall():
                self._record(old, "removed", at)
                self._medicine(old, self.get(old), None, at)
            self._conn.execute("DELETE FROM steps")
            ids = []
            for record in records:
                step_id = self._insert(record, None)
                self._record(step_id, "added", at)
                if record.get("enabled") is False:
                    self._record(step_id, "disabled", at)
                self._medicine(step_id, None, record, at)
                ids.append(step_id)
            return ids

    def _record(self, step_id: int, event: str, at: datetime | None) -> None:
        moment = _moment(at)
        self._conn.execute(
            "INSERT INTO step_history(step_id, event, night, at_utc) VALUES (?, ?, ?, ?)",
            (step_id, event, moment.date().isoformat(),
             moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
        )

    def _medicine(self, step_id: int, before: StepRecord | None, after: StepRecord | None,
                  at: datetime | None) -> None:
        moment = _moment(at)
        self._conn.executemany(
            "INSERT INTO medicine_events(step_id, change, night, at_utc, title, detail, before)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(step_id, change, moment.date().isoformat(), _utc(moment), title, detail, was)
             for change, title, detail, was in medicine_changes(before, after)],
        )

    def medicine_events(self, first: date, last: date) -> list[MedicineEvent]:
        """The medicine changes on nights ``first..last``, oldest first (unreadable rows
        are left out and noted)."""
        try:
            rows = self._conn.execute(
                "SELECT id, step_id, change, night, title, detail, before FROM "
                "medicine_events WHERE night BETWEEN ? AND ? ORDER BY night, id",
                (first.isoformat(), last.isoformat()),
            ).fetchall()
        except sqlite3.OperationalError:  # a file from before medicine_events
            return []
        found = []
        for row_id, step_id, change, night, title, detail, was in rows:
            try:
                if change not in CHANGES or type(step_id) is not int:
                    raise ValueError(f"change {change!r} of step {step_id!r}")
                found.append(MedicineEvent(plausible_night(date.fromisoformat(night)),
                                           step_id, change, str(title), str(detail),
                                           str(was)))
            except UNREADABLE as exc:
                self.unreadable.note("medicine_events", row_id, exc)
        return found

    def _insert(self, record: StepRecord, position: int | None) -> int:
        if position is None:
            row = self._conn.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM steps")
            position = int(row.fetchone()[0])
        else:
            self._conn.execute(
                "UPDATE steps SET position = position + 1 WHERE position >= ?", (position,)
            )
        cursor = self._conn.execute(
            "INSERT INTO steps(position, data) VALUES (?, ?)", (position, _dump(record))
        )
        return int(cursor.lastrowid or 0)

    def _renumber(self) -> None:
        ids = [row[0] for row in self._conn.execute("SELECT id FROM steps ORDER BY position, id")]
        for position, step_id in enumerate(ids):
            self._conn.execute("UPDATE steps SET position = ? WHERE id = ?", (position, step_id))


def _moment(at: datetime | None) -> datetime:
    moment = at if at is not None else datetime.now().astimezone()
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("step history times must be timezone-aware")
    return moment


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dump(record: StepRecord) -> str:
    clean = {key: value for key, value in record.items() if key != "id"}
    return json.dumps(clean, sort_keys=True)
