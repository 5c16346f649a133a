"""The routine's steps, in the person's order. Rows hold the domain's JSON form of a step."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from rlsdesk.store.database import transaction
from rlsdesk.store.reading import UNREADABLE, UnreadableRows

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
            record = json.loads(data)  # type: ignore[arg-type]
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

    def add(self, record: StepRecord, position: int | None = None) -> int:
        with transaction(self._conn):
            return self._insert(record, position)

    def update(self, step_id: int, record: StepRecord) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute(
                "UPDATE steps SET data = ? WHERE id = ?", (_dump(record), step_id)
            )
        return cursor.rowcount > 0

    def remove(self, step_id: int) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM steps WHERE id = ?", (step_id,))
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

    def replace_all(self, records: Sequence[StepRecord]) -> list[int]:
        """Swap the whole routine in one transaction (import, first run)."""
        with transaction(self._conn):
            self._conn.execute("DELETE FROM steps")
            return [self._insert(record, None) for record in records]

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


def _dump(record: StepRecord) -> str:
    clean = {key: value for key, value in record.items() if key != "id"}
    return json.dumps(clean, sort_keys=True)
