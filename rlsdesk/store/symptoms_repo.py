"""Symptom events: the quick "legs acting up now" log, one row per moment.

Each row keeps the moment as it was lived (`at`: local ISO 8601 with the offset it was
logged at), the same instant in UTC (`at_utc`, for ordering) and the night it belongs to
(`night`, from the wall time of `at`), so a night stays the night it was lived on whatever
zone the computer is in later.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime

from rlsdesk.domain.clock import night_as_lived
from rlsdesk.store.database import transaction
from rlsdesk.store.reading import UNREADABLE, UnreadableRows, plausible_night


@dataclass(frozen=True)
class SymptomEvent:
    id: int
    at: datetime          # aware, at the offset it was logged at (its wall time as lived)
    severity: int | None
    source: str
    night: date           # the night it was lived on (D 12:00 to D+1 12:00, wall clock)


class SymptomRepo:
    """Events that cannot be read are left out of every answer and noted in ``unreadable``."""

    def __init__(self, conn: sqlite3.Connection,
                 unreadable: UnreadableRows | None = None) -> None:
        self._conn = conn
        self.unreadable = unreadable or UnreadableRows()

    def add(self, at: datetime, severity: int | None = None, source: str = "quick") -> int:
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError("symptom event time must be timezone-aware")
        with transaction(self._conn):
            cursor = self._conn.execute(
                "INSERT INTO symptom_events(at, at_utc, night, severity, source) "
                "VALUES (?, ?, ?, ?, ?)",
                event_row(at, severity, source),
            )
        return int(cursor.lastrowid or 0)

    def between(self, start: datetime, end: datetime) -> list[SymptomEvent]:
        """Events with start <= at < end (aware datetimes), oldest first."""
        rows = self._conn.execute(
            "SELECT id, at, severity, source, night FROM symptom_events "
            "WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id",
            (_utc(start), _utc(end)),
        )
        return [event for row in rows if (event := self._read(row)) is not None]

    def _read(self, row: sqlite3.Row) -> SymptomEvent | None:
        try:
            return _event(row)
        except UNREADABLE as exc:
            self.unreadable.note("symptom_events", row["id"], exc)
            return None

    def in_nights(self, first: date, last: date) -> list[SymptomEvent]:
        """Events lived on the nights ``first..last`` (their stored night), oldest first."""
        rows = self._conn.execute(
            "SELECT id, at, severity, source, night FROM symptom_events "
            "WHERE night BETWEEN ? AND ? ORDER BY at_utc, id",
            (first.isoformat(), last.isoformat()),
        )
        return [_event(row) for row in rows]

    def delete(self, event_id: int) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM symptom_events WHERE id = ?", (event_id,))
        return cursor.rowcount > 0

    def count(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM symptom_events").fetchone()[0])


def event_row(at: datetime, severity: int | None, source: str
              ) -> tuple[str, str, str, int | None, str]:
    """(at, at_utc, night, severity, source) for an aware moment, as it was lived: a wall
    time the zone skips is first made the real instant it stands for."""
    lived = at.astimezone(UTC).astimezone(at.tzinfo)  # the same, unless in a gap
    return lived.isoformat(), _utc(lived), night_as_lived(lived).isoformat(), severity, source


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _event(row: sqlite3.Row) -> SymptomEvent:
    at = datetime.fromisoformat(row["at"])
    if at.utcoffset() is None:
        raise ValueError(f"time {row['at']!r} has no offset")
    plausible_night(at.date())
    severity = row["severity"]
    if severity is not None and (type(severity) is not int or not 0 <= severity <= 10):
        raise ValueError(f"severity {severity!r} is not a whole number 0-10")
    night = date.fromisoformat(row["night"]) if row["night"] else night_as_lived(at)
    return SymptomEvent(id=row["id"], at=at, severity=severity, source=row["source"],
                        night=night)
