"""The reminder ledger: one row per (night, step) occurrence and what became of it.

Every transition is one transaction and a conditional UPDATE, so it is idempotent: a Done
arriving twice is one done, a reminder is claimed for showing at most once. Times are
stored as ISO 8601 UTC.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Mapping
from datetime import UTC, date, datetime

from rlsdesk.domain.reminder_policy import Entry, State
from rlsdesk.store.database import transaction

_SHOWABLE = (State.PENDING, State.SNOOZED)


def _utc(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("ledger times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


class LedgerRepo:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    # --- reading --------------------------------------------------------------------------
    def entries(self, night: date) -> dict[int, Entry]:
        rows = self._conn.execute(
            "SELECT * FROM reminder_ledger WHERE night = ? ORDER BY due_utc, step_id",
            (night.isoformat(),),
        )
        return {row["step_id"]: _entry(row) for row in rows}

    def entry(self, night: date, step_id: int) -> Entry | None:
        row = self._conn.execute(
            "SELECT * FROM reminder_ledger WHERE night = ? AND step_id = ?",
            (night.isoformat(), step_id),
        ).fetchone()
        return None if row is None else _entry(row)

    def states_for(self, night: date) -> dict[int, str]:
        """``{step_id: state}`` for a night (steps with no row yet are absent)."""
        return {step_id: str(e.state) for step_id, e in self.entries(night).items()}

    # --- the plan -------------------------------------------------------------------------
    def sync_plan(self, night: date, due: Mapping[int, datetime], now: datetime,
                  missed: Collection[int] = (), reason: str | None = None) -> None:
        """Make the night's rows match the plan: new steps get a pending row, pending rows
        follow their step's time, pending rows of steps no longer planned go away.
        Rows already shown or acted on are history and are never changed here.
        ``missed``: steps whose new time is already past (a change of plan): recorded missed
        with ``reason`` in the same transaction, never left pending to be shown late."""
        key, stamp = night.isoformat(), _utc(now)
        with transaction(self._conn):
            for step_id, at in due.items():
                state = "missed" if step_id in missed else "pending"
                self._conn.execute(
                    "INSERT INTO reminder_ledger(night, step_id, state, due_utc, updated_at, "
                    "reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(night, step_id) DO UPDATE "
                    "SET state = excluded.state, due_utc = excluded.due_utc, "
                    "reason = excluded.reason, updated_at = excluded.updated_at, held = 0 "
                    "WHERE state = 'pending' AND (due_utc != excluded.due_utc "
                    "OR excluded.state != 'pending')",
                    (key, step_id, state, _utc(at), stamp,
                     reason if step_id in missed else None),
                )
            rows = self._conn.execute(
                "SELECT step_id FROM reminder_ledger WHERE night = ? AND state = 'pending'",
                (key,),
            ).fetchall()
            for row in rows:
                if row["step_id"] not in due:
                    self._conn.execute(
                        "DELETE FROM reminder_ledger WHERE night = ? AND step_id = ?",
                        (key, row["step_id"]),
                    )

    def close_nights_before(self, night: date, now: datetime) -> int:
        """Earlier nights are over: what is still pending or snoozed there was missed."""
        with transaction(self._conn):
            cursor = self._conn.execute(
                "UPDATE reminder_ledger SET state = 'missed', snoozed_until = NULL, held = 0, "
                "updated_at = ? WHERE night < ? AND state IN ('pending', 'snoozed')",
                (_utc(now), night.isoformat()),
            )
        return cursor.rowcount

    # --- transitions (each returns True if it changed something) ---------------------------
    def claim(self, night: date, step_id: int, now: datetime, *, late: bool, due: datetime
              ) -> bool:
        """pending/snoozed -> notified. True means: show it now (nobody else did)."""
        return self._move(night, step_id, due, now, State.NOTIFIED, _SHOWABLE,
                          notified_at=_utc(now), late=int(late))

    def mark_done(self, night: date, step_id: int, now: datetime, due: datetime) -> bool:
        return self._move(night, step_id, due, now, State.DONE,
                          (State.PENDING, State.NOTIFIED, State.SNOOZED, State.SKIPPED,
                           State.MISSED))

    def skip(self, night: date, step_id: int, now: datetime, due: datetime,
             reason: str | None = None) -> bool:
        return self._move(night, step_id, due, now, State.SKIPPED,
                          (State.PENDING, State.NOTIFIED, State.SNOOZED, State.MISSED),
                          reason=reason)

    def snooze(self, night: date, step_id: int, now: datetime, due: datetime,
               until: datetime) -> bool:
        """Snoozing again moves the end; a done or skipped step is not snoozed."""
        return self._move(night, step_id, due, now, State.SNOOZED,
                          (State.PENDING, State.NOTIFIED, State.SNOOZED, State.MISSED),
                          snoozed_until=_utc(until))

    def mark_missed(self, night: date, step_id: int, now: datetime, due: datetime,
                    reason: str | None = None) -> bool:
        return self._move(night, step_id, due, now, State.MISSED, _SHOWABLE, reason=reason)

    def hold(self, night: date, step_id: int, now: datetime, due: datetime, why: str) -> bool:
        """A due pending/snoozed reminder waits (the person is away, or Do Not Disturb).
        Its state stays; ``held_at`` keeps the first time. True if it was not held yet."""
        key, stamp = night.isoformat(), _utc(now)
        with transaction(self._conn):
            self._conn.execute(
                "INSERT OR IGNORE INTO reminder_ledger(night, step_id, state, due_utc, "
                "updated_at) VALUES (?, ?, 'pending', ?, ?)",
                (key, step_id, _utc(due), stamp),
            )
            cursor = self._conn.execute(
                "UPDATE reminder_ledger SET held = 1, reason = ?, "
                "held_at = COALESCE(held_at, ?), updated_at = ? "
                "WHERE night = ? AND step_id = ? AND state IN ('pending', 'snoozed') "
                "AND (held = 0 OR reason IS NOT ?)",
                (why, stamp, stamp, key, step_id, why),
            )
            return cursor.rowcount > 0

    def mark_told(self, night: date, step_ids: Iterable[int], now: datetime) -> int:
        """The misses of a hold were summarised to the person (once)."""
        key, stamp = night.isoformat(), _utc(now)
        changed = 0
        with transaction(self._conn):
            for step_id in step_ids:
                changed += self._conn.execute(
                    "UPDATE reminder_ledger SET told_at = ? WHERE night = ? AND step_id = ? "
                    "AND state = 'missed' AND told_at IS NULL",
                    (stamp, key, step_id),
                ).rowcount
        return changed

    def apply(self, night: date, moves: Iterable[tuple[int, State, str | None]],
              now: datetime, due: Mapping[int, datetime]) -> int:
        """Several missed/skipped moves from one decision; returns how many changed."""
        changed = 0
        for step_id, state, reason in moves:
            if state is State.MISSED:
                changed += self.mark_missed(night, step_id, now, due[step_id], reason)
            else:
                changed += self._move(night, step_id, due[step_id], now, state, _SHOWABLE,
                                      reason=reason)
        return changed

    def _move(self, night: date, step_id: int, due: datetime, now: datetime, to: State,
              allowed: Iterable[State], **columns: object) -> bool:
        key, stamp = night.isoformat(), _utc(now)
        # a move to the state a row is in changes nothing, except a snooze: it moves the end
        allowed_names = tuple(str(s) for s in allowed if s is not to or to is State.SNOOZED)
        sets = {"snoozed_until": None, "reason": None, "held": 0, **columns}
        assignments = ", ".join(f"{name} = ?" for name in sets)
        marks = ", ".join("?" for _ in allowed_names)
        with transaction(self._conn):
            self._conn.execute(
                "INSERT OR IGNORE INTO reminder_ledger(night, step_id, state, due_utc, "
                "updated_at) VALUES (?, ?, 'pending', ?, ?)",
                (key, step_id, _utc(due), stamp),
            )
            cursor = self._conn.execute(
                f"UPDATE reminder_ledger SET state = ?, {assignments}, updated_at = ? "
                f"WHERE night = ? AND step_id = ? AND state IN ({marks})",
                (str(to), *sets.values(), stamp, key, step_id, *allowed_names),
            )
            return cursor.rowcount > 0


def _entry(row: sqlite3.Row) -> Entry:
    due = _parse(row["due_utc"])
    assert due is not None
    return Entry(
        step_id=row["step_id"],
        state=State(row["state"]),
        due=due,
        snoozed_until=_parse(row["snoozed_until"]),
        notified_at=_parse(row["notified_at"]),
        late=bool(row["late"]),
        reason=row["reason"],
        held=bool(row["held"]) and row["state"] in ("pending", "snoozed"),
        held_at=_parse(row["held_at"]),
        told_at=_parse(row["told_at"]),
    )


def ledger_states(conn: sqlite3.Connection, night: date) -> dict[int, str]:
    """Read-only: ``{step_id: state}`` for a night (for ``rlsdesk tonight --json``)."""
    try:
        return LedgerRepo(conn).states_for(night)
    except sqlite3.OperationalError:  # an older file without the ledger table
        return {}


def ledger_entries(conn: sqlite3.Connection, night: date) -> dict[int, Entry]:
    """Read-only: the night's ledger rows (for ``rlsdesk tonight --json``)."""
    try:
        return LedgerRepo(conn).entries(night)
    except sqlite3.OperationalError:  # an older file without the ledger table
        return {}
