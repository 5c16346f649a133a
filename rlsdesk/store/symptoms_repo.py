"""Symptom events: the quick "legs acting up now" log, one row per moment."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from rlsdesk.store.database import transaction


@dataclass(frozen=True)
class SymptomEvent:
    id: int
    at: datetime          # aware, in the zone it was logged in
    severity: int | None
    source: str


class SymptomRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, at: datetime, severity: int | None = None, source: str = "quick") -> int:
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError("symptom event time must be timezone-aware")
        with transaction(self._conn):
            cursor = self._conn.execute(
                "INSERT INTO symptom_events(at, at_utc, severity, source) VALUES (?, ?, ?, ?)",
                (at.isoformat(), _utc(at), severity, source),
            )
        return int(cursor.lastrowid or 0)

    def between(self, start: datetime, end: datetime) -> list[SymptomEvent]:
        """Events with start <= at < end (aware datetimes), oldest first."""
        rows = self._conn.execute(
            "SELECT id, at, severity, source FROM symptom_events "
            "WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            (_utc(start), _utc(end)),
        )
        return [_event(row) for row in rows]

    def delete(self, event_id: int) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM symptom_events WHERE id = ?", (event_id,))
        return cursor.rowcount > 0

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM symptom_events").fetchone()[0])


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _event(row: sqlite3.Row) -> SymptomEvent:
    return SymptomEvent(
        id=row["id"], at=datetime.fromisoformat(row["at"]), severity=row["severity"],
        source=row["source"],
    )
