"""The ledger's record of held reminders: held once (first time kept), released by any
move, never left 'held' on a row the plan moved or a night closed, and the told mark."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rlsdesk.domain.reminder_policy import State
from rlsdesk.store.ledger_repo import LedgerRepo
from rlsdesk.store.store import open_store

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = date(2026, 11, 21)
DUE = datetime(2026, 11, 21, 21, 10, tzinfo=BERLIN)


def test_hold_release_plan_move_and_night_close(data_paths) -> None:
    store = open_store(data_paths)
    try:
        ledger = LedgerRepo(store.conn)
        later = DUE + timedelta(minutes=5)
        assert ledger.hold(NIGHT, 1, DUE, DUE, "away")
        assert not ledger.hold(NIGHT, 1, later, DUE, "away")  # already held
        assert ledger.hold(NIGHT, 1, later, DUE, "do not disturb")  # the reason moved on
        entry = ledger.entry(NIGHT, 1)
        assert entry is not None and entry.held and entry.held_at == DUE
        assert ledger.claim(NIGHT, 1, later, late=True, due=DUE)
        entry = ledger.entry(NIGHT, 1)
        assert entry is not None and entry.state is State.NOTIFIED and not entry.held
        assert entry.held_at == DUE and entry.notified_at == later  # held, then delivered

        assert ledger.hold(NIGHT, 2, DUE, DUE, "away")
        ledger.sync_plan(NIGHT, {2: DUE + timedelta(hours=1)}, later)  # the plan moved it
        entry = ledger.entry(NIGHT, 2)
        assert entry is not None and entry.state is State.PENDING and not entry.held

        assert ledger.hold(NIGHT, 3, DUE, DUE, "away")
        ledger.close_nights_before(NIGHT + timedelta(days=1), later)
        entry = ledger.entry(NIGHT, 3)
        assert entry is not None and entry.state is State.MISSED and not entry.held

        assert ledger.mark_missed(NIGHT, 4, later, DUE, reason="away")
        assert ledger.mark_told(NIGHT, [4], later) == 1
        assert ledger.mark_told(NIGHT, [4], later) == 0  # told once
        assert ledger.entry(NIGHT, 4).told_at == later  # type: ignore[union-attr]
    finally:
        store.close()
