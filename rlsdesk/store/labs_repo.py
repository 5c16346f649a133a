"""Lab results (lab_results) and planned blood tests (lab_plans)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime

from rlsdesk.domain.labs import LabResult, PlannedTest
from rlsdesk.store.database import transaction
from rlsdesk.store.reading import UNREADABLE, UnreadableRows


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class LabsRepo:
    """Rows that cannot be read are left out of every answer and noted in ``unreadable``."""

    def __init__(self, conn: sqlite3.Connection,
                 unreadable: UnreadableRows | None = None) -> None:
        self._conn = conn
        self.unreadable = unreadable or UnreadableRows()

    def add(self, result: LabResult, now: datetime) -> LabResult:
        with transaction(self._conn):
            cursor = self._conn.execute(
                "INSERT INTO lab_results(drawn, test, value, unit, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (result.drawn.isoformat(), result.test.value, result.value, result.unit,
                 _stamp(now)))
        return LabResult(result.drawn, result.test, result.value, result.unit,
                         cursor.lastrowid)

    def delete(self, result_id: int) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM lab_results WHERE id = ?", (result_id,))
        return cursor.rowcount > 0

    def delete_drawn(self, drawn: date) -> int:
        """Every result drawn on ``drawn``; how many there were."""
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM lab_results WHERE drawn = ?",
                                        (drawn.isoformat(),))
        return cursor.rowcount

    def results(self) -> list[LabResult]:
        """Every readable result, by date drawn and then as entered."""
        found = []
        for row in self._conn.execute(
                "SELECT id, drawn, test, value, unit FROM lab_results ORDER BY drawn, id"):
            try:
                found.append(LabResult(date.fromisoformat(row[1]), row[2], row[3], row[4],
                                       row[0]))
            except UNREADABLE as exc:
                self.unreadable.note("lab_results", row[0], exc)
        return found

    def replace_dates(self, results: Sequence[LabResult], now: datetime) -> None:
        """The results of each date in ``results`` become exactly those, in one
        transaction (every date lands or none); other dates are kept."""
        with transaction(self._conn):
            for drawn in sorted({r.drawn for r in results}):
                self._conn.execute("DELETE FROM lab_results WHERE drawn = ?",
                                   (drawn.isoformat(),))
            self._conn.executemany(
                "INSERT INTO lab_results(drawn, test, value, unit, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(r.drawn.isoformat(), r.test.value, r.value, r.unit, _stamp(now))
                 for r in results])

    # --- planned blood tests ------------------------------------------------------------
    def plan(self, planned: date, remind: bool = True) -> None:
        """Plan a test (planned again: its reminder choice is the new one)."""
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO lab_plans(planned, remind) VALUES (?, ?) "
                "ON CONFLICT(planned) DO UPDATE SET remind = excluded.remind",
                (planned.isoformat(), int(remind)))

    def unplan(self, planned: date) -> bool:
        with transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM lab_plans WHERE planned = ?",
                                        (planned.isoformat(),))
        return cursor.rowcount > 0

    def plans(self) -> list[PlannedTest]:
        found = []
        for text, remind in self._conn.execute(
                "SELECT planned, remind FROM lab_plans ORDER BY planned"):
            try:
                found.append(PlannedTest(date.fromisoformat(text), bool(remind)))
            except UNREADABLE as exc:
                self.unreadable.note("lab_plans", text, exc)
        return found

    def fingerprint(self) -> tuple[object, ...]:
        return tuple(self._conn.execute(
            "SELECT (SELECT COUNT(*) FROM lab_results), (SELECT MAX(updated_at) FROM "
            "lab_results), (SELECT COUNT(*) FROM lab_plans), (SELECT group_concat(planned || "
            "':' || remind) FROM lab_plans)").fetchone())
