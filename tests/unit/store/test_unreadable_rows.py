"""Rows that cannot be read (written by hand, an older version or a bad command line) are
left out of every reader and counted, never a crash. Each poison is written by raw SQL into
a real database file, as it would be found on disk."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.formats.diary_csv import read_csv
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.diary_repo import read_done_marks
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
LAST = date(2026, 11, 20)


@pytest.fixture
def store(data_paths: DataPaths) -> Iterator[Store]:
    store = open_store(data_paths)
    yield store
    store.close()


@pytest.fixture
def service(store: Store) -> DiaryService:
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    service = DiaryService(evening)
    for night in (LAST - timedelta(days=2), LAST):  # two good nights around the poison
        service.save(NightEntry(night, 4, onset=time(22, 0)))
        evening.log_onset(datetime.combine(night, time(21, 45), ZONE), 3)
    return service


def poison(store: Store, sql: str, *params: object) -> None:
    """Write as a hand, an old version or an outside tool might: checks off, raw SQL."""
    raw = sqlite3.connect(store.paths.database)
    try:
        raw.execute("PRAGMA ignore_check_constraints = ON")
        raw.execute(sql, params)
        raw.commit()
    finally:
        raw.close()


def event(store: Store, at: str, at_utc: str, severity: object = None) -> None:
    poison(store, "INSERT INTO symptom_events(at, at_utc, severity, source) "
                  "VALUES (?, ?, ?, 'cli')", at, at_utc, severity)


def checkin(store: Store, night: str, severity: object = 5, onset: object = None,
            sleep: object = None) -> None:
    poison(store, "INSERT INTO diary_nights(night, severity, onset, sleep_hours, note, "
                  "updated_at) VALUES (?, ?, ?, ?, '', '2026-11-21T08:00:00Z')",
           night, severity, onset, sleep)


def test_an_onset_in_the_year_1_is_left_out_everywhere(store: Store, service) -> None:
    # what `rlsdesk log onset --at "0001-01-01 00:30"` wrote before it was refused
    event(store, "0001-01-01T00:30:00+00:53", "1-01-01T00:30:00.000000Z")
    assert service.span() == (LAST - timedelta(days=2), LAST)
    with store.unreadable.tally() as left_out:
        data = service.insights()
    assert data.first == LAST - timedelta(days=2)
    assert data.nights_logged == 2 and data.left_out == 1 and len(left_out) == 1
    assert store.symptoms.between(datetime(1, 1, 2, tzinfo=ZONE), NOW) == store.symptoms.between(
        datetime(2000, 1, 1, tzinfo=ZONE), NOW)


def test_an_impossible_date_and_out_of_range_values_in_check_ins(store: Store, service) -> None:
    checkin(store, "2026-11-31")                          # no such day
    checkin(store, "2026-11-19", severity=11)            # beyond 0-10
    checkin(store, "2026-11-17", onset="25:99")          # no such time
    checkin(store, "2026-11-16", sleep=-3.0)             # negative sleep
    checkin(store, "2026-11-15", severity="bad")         # not a number
    repo = service.repo
    assert repo.get(date(2026, 11, 19)) is None
    assert [e.night for e in repo.entries(date(2026, 11, 1), date(2026, 11, 30))] == [
        LAST - timedelta(days=2), LAST]
    assert repo.span() == (LAST - timedelta(days=2), LAST)
    with repo.unreadable.tally() as left_out:
        records = service.records(date(2026, 11, 1), LAST)
    assert [r.night for r in records if r.entry] == [LAST - timedelta(days=2), LAST]
    assert len(left_out) == 4  # the 31st is outside the range asked for (text order)
    text, count = service.export_csv_counted(date(2026, 11, 1), LAST)
    assert count == 4
    readable = read_csv(text.encode(), service.step_titles(), LAST, service.evening.zone)
    assert len(readable) == 2  # a readable file
    assert service.left_out(date(2026, 11, 1), LAST) == 4


def test_unreadable_quick_logs(store: Store, service) -> None:
    event(store, "2026-11-20T22:10:00+01:00", "2026-11-20T21:10:00.000000Z", 99)  # severity
    event(store, "garbage", "2026-11-20T21:20:00.000000Z")                       # no time
    event(store, "2026-13-20T22:10:00+01:00", "2026-11-20T21:30:00.000000Z")     # month 13
    with store.unreadable.tally() as left_out:
        logs = service.quick_logs(LAST, LAST)[LAST]
        record = service.records(LAST, LAST)[0]
        between = store.symptoms.between(datetime(2026, 11, 20, 12, tzinfo=ZONE), NOW)
    assert [log.severity for log in logs] == [3]
    assert record.quick_severities == (3,)
    assert len(between) == 2  # the good quick log and the check-in's onset
    assert len(left_out) == 3
    assert Evening(store, lambda: ZONE, lambda: NOW).plan().steps  # the planner reads on


def test_a_step_with_bad_json_or_impossible_values(store: Store, service) -> None:
    evening = service.evening
    before = [s.title for s in evening.steps()]
    poison(store, "INSERT INTO steps(position, data) VALUES (99, '{not json')")
    poison(store, "INSERT INTO steps(position, data) VALUES (100, '[1, 2]')")
    poison(store, "INSERT INTO steps(position, data) VALUES (101, ?)",
           '{"kind": "magnesium", "title": "Mg", "dose_mg": -5, "anchor": "bedtime"}')
    with store.unreadable.tally() as left_out:
        assert [s.title for s in evening.steps()] == before
        assert evening.plan().steps
    assert len(left_out) == 3
    bad_id = store.conn.execute("SELECT MAX(id) FROM steps").fetchone()[0]
    assert evening.step(bad_id) is None
    assert service.insights().left_out == 3


def test_a_setting_that_is_not_json_reads_as_its_default(store: Store) -> None:
    poison(store, "INSERT OR REPLACE INTO settings(key, value) VALUES ('bedtime', '{23:00')")
    assert store.settings.get("bedtime", "22:30") == "22:30"
    assert store.settings.all()["bedtime"] is None
    assert Evening(store, lambda: ZONE, lambda: NOW).bedtime() == time(22, 30)


def test_a_done_mark_on_an_impossible_night(store: Store, service) -> None:
    poison(store, "INSERT INTO reminder_ledger(night, step_id, state, due_utc, updated_at) "
                  "VALUES ('2026-11-2x', 1, 'done', '2026-11-20T20:00:00Z', 'x')")
    poison(store, "INSERT INTO reminder_ledger(night, step_id, state, due_utc, updated_at) "
                  "VALUES ('2026-11-20', 1, 'done', '2026-11-20T20:00:00Z', 'x')")
    with store.unreadable.tally() as left_out:
        marks = read_done_marks(store.conn, date(2026, 11, 1), date(2026, 11, 30),
                                store.unreadable)
    assert marks == {LAST: frozenset({1})}
    assert len(left_out) == 1
    assert service.span() == (LAST - timedelta(days=2), LAST)


def test_each_unreadable_row_is_logged_once(store: Store, service, caplog) -> None:
    event(store, "0001-01-01T00:30:00+00:53", "1-01-01T00:30:00.000000Z")
    for _ in range(3):
        service.insights()
    lines = [r for r in caplog.records if "unreadable row" in r.getMessage()]
    assert len(lines) == 1 and "symptom_events" in lines[0].getMessage()


def test_a_row_that_breaks_a_rule_does_not_make_the_file_unreadable(
        store: Store, service) -> None:
    """SQLite's quick_check reports a row that breaks a CHECK rule; that is one bad row for
    the readers to leave out, not a damaged file to move aside on the next start."""
    checkin(store, "2026-11-19", severity=11)
    store.close()
    reopened = open_store(store.paths)
    try:
        assert reopened.moved_aside is None and reopened.problem is None
        assert store.paths.database.exists()
        assert not list(store.paths.root.glob("rlsdesk.db.unreadable-*"))
        again = DiaryService(Evening(reopened, lambda: ZONE, lambda: NOW))
        nights = [e.night for e in again.repo.entries(date(2026, 11, 1), LAST)]
        assert date(2026, 11, 19) not in nights and LAST in nights
    finally:
        reopened.close()
