"""The reminder ledger: transitions, idempotence, plan sync, and the read-only helper."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rlsdesk.domain.reminder_policy import State
from rlsdesk.store.ledger_repo import LedgerRepo, ledger_states
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths

NIGHT = date(2026, 11, 21)
DUE = datetime(2026, 11, 21, 20, 10, tzinfo=UTC)
NOW = DUE + timedelta(seconds=5)


@pytest.fixture
def store(data_paths: DataPaths) -> Store:
    s = open_store(data_paths)
    yield s
    s.close()


@pytest.fixture
def ledger(store: Store) -> LedgerRepo:
    return LedgerRepo(store.conn)


def test_claim_happens_once(ledger: LedgerRepo) -> None:
    ledger.sync_plan(NIGHT, {1: DUE}, NOW)
    assert ledger.states_for(NIGHT) == {1: "pending"}
    assert ledger.claim(NIGHT, 1, NOW, late=False, due=DUE)
    assert not ledger.claim(NIGHT, 1, NOW, late=False, due=DUE)
    entry = ledger.entry(NIGHT, 1)
    assert entry is not None and entry.state is State.NOTIFIED and entry.notified_at == NOW


def test_done_twice_is_one_done(ledger: LedgerRepo, store: Store) -> None:
    ledger.claim(NIGHT, 1, NOW, late=False, due=DUE)
    assert ledger.mark_done(NIGHT, 1, NOW, DUE)
    before = store.conn.total_changes
    assert not ledger.mark_done(NIGHT, 1, NOW + timedelta(seconds=1), DUE)
    assert ledger.states_for(NIGHT) == {1: "done"}
    row = store.conn.execute("SELECT updated_at FROM reminder_ledger").fetchone()
    assert row[0] == "2026-11-21T20:10:05Z"  # the second Done changed nothing
    assert store.conn.total_changes - before <= 1  # at most the no-op insert attempt


def test_transitions(ledger: LedgerRepo) -> None:
    until = NOW + timedelta(minutes=10)
    assert ledger.snooze(NIGHT, 2, NOW, DUE, until)
    assert ledger.entry(NIGHT, 2).snoozed_until == until  # type: ignore[union-attr]
    assert ledger.claim(NIGHT, 2, until, late=False, due=DUE)  # snoozed -> notified
    assert ledger.skip(NIGHT, 2, until, DUE)
    assert not ledger.snooze(NIGHT, 2, until, DUE, until)  # skipped is not snoozed
    assert ledger.mark_done(NIGHT, 2, until, DUE)  # done it anyway after all
    assert not ledger.skip(NIGHT, 2, until, DUE)  # a skip does not undo a done
    assert ledger.mark_missed(NIGHT, 3, NOW, DUE)
    assert not ledger.claim(NIGHT, 3, NOW, late=True, due=DUE)  # missed is never shown
    assert ledger.states_for(NIGHT) == {2: "done", 3: "missed"}


def test_sync_plan_follows_pending_rows_only(ledger: LedgerRepo) -> None:
    ledger.sync_plan(NIGHT, {1: DUE, 2: DUE, 3: DUE}, NOW)
    ledger.claim(NIGHT, 1, NOW, late=False, due=DUE)
    later = DUE + timedelta(minutes=20)
    ledger.sync_plan(NIGHT, {1: later, 2: later}, NOW)
    entries = ledger.entries(NIGHT)
    assert entries[1].due == DUE and entries[1].state is State.NOTIFIED  # shown: history
    assert entries[2].due == later  # pending follows the plan
    assert 3 not in entries  # no longer planned, never shown: gone


def test_earlier_nights_close_as_missed(ledger: LedgerRepo) -> None:
    ledger.sync_plan(NIGHT, {1: DUE}, NOW)
    ledger.snooze(NIGHT, 2, NOW, DUE, NOW + timedelta(minutes=10))
    ledger.mark_done(NIGHT, 3, NOW, DUE)
    assert ledger.close_nights_before(NIGHT + timedelta(days=1), NOW) == 2
    assert ledger.states_for(NIGHT) == {1: "missed", 2: "missed", 3: "done"}


def test_ledger_states_reads_from_another_connection(data_paths: DataPaths,
                                                     store: Store) -> None:
    LedgerRepo(store.conn).mark_done(NIGHT, 7, NOW, DUE)
    other = open_store(data_paths)
    try:
        assert ledger_states(other.conn, NIGHT) == {7: "done"}
        assert ledger_states(other.conn, NIGHT + timedelta(days=1)) == {}
    finally:
        other.close()


def test_naive_times_are_refused(ledger: LedgerRepo) -> None:
    with pytest.raises(ValueError):
        ledger.mark_done(NIGHT, 1, datetime(2026, 11, 21, 21, 0), DUE)
