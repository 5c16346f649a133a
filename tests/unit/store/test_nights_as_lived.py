"""Every symptom event keeps the night it was lived on, whatever zone the computer is in
later: files from before the `night` column get it from each event's own local time, and
deleting, replacing, reading and learning from a night go by it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry, NightImport, QuickLog
from rlsdesk.domain.errors import ValidationError
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store import migrations
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths, prepare_data_dir

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
PREVIOUS_SCHEMA = 3  # the shipped schema before nights were stored (migrations 1-3)

# (at as the previous version stored it, the night it was lived on)
OLD_EVENTS = [
    ("2026-11-20T23:30:00+01:00", "2026-11-20"),  # Berlin, before midnight
    ("2026-11-21T00:20:00+01:00", "2026-11-20"),  # Berlin, after midnight: the same night
    ("2026-11-21T12:00:00+01:00", "2026-11-21"),  # Berlin, noon exactly: the next night
    ("2026-11-21T08:00:00-05:00", "2026-11-20"),  # New York: 14:00 in Berlin, yet night 20
    ("2026-11-21T11:59:00-05:00", "2026-11-20"),  # New York, one minute before noon
    ("2026-11-22T00:10:00-05:00", "2026-11-21"),  # New York: 06:10 in Berlin
]


def _old_file(path: Path) -> None:
    """A data file as the previous version wrote it: its schema, its rows (no night)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in migrations.MIGRATIONS[:PREVIOUS_SCHEMA]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {PREVIOUS_SCHEMA}")
    for at, _ in OLD_EVENTS:
        utc = datetime.fromisoformat(at).astimezone(ZoneInfo("UTC"))
        conn.execute(
            "INSERT INTO symptom_events(at, at_utc, severity, source) VALUES (?, ?, 4, 'quick')",
            (at, utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
        )
    conn.close()


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return prepare_data_dir(tmp_path / "data")


def _service(store: Store, zone: ZoneInfo, now: datetime) -> DiaryService:
    return DiaryService(Evening(store, lambda: zone, lambda: now))


@pytest.fixture
def old_store(paths: DataPaths) -> Iterator[Store]:
    _old_file(paths.database)
    store = open_store(paths)
    yield store
    store.close()


def test_an_old_file_gets_each_events_night_as_lived(old_store: Store) -> None:
    assert migrations.current_version(old_store.conn) == migrations.SCHEMA_VERSION
    rows = old_store.conn.execute("SELECT at, night FROM symptom_events ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == OLD_EVENTS
    index = old_store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'symptom_events' "
        "AND sql LIKE '%night%'").fetchall()
    assert index


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, ZoneInfo("Asia/Tokyo")])
def test_nights_and_clock_times_read_the_same_in_every_zone(old_store: Store, zone) -> None:
    service = _service(old_store, zone, datetime(2026, 11, 25, 9, 0, tzinfo=zone))
    logs = service.quick_logs(date(2026, 11, 20), date(2026, 11, 21))
    clocks = {night: [(q.clock, q.offset) for q in found] for night, found in logs.items()}
    hours = timedelta(hours=1)
    assert clocks == {  # in wall-clock order on the night, each at its own offset
        date(2026, 11, 20): [(time(23, 30), hours), (time(0, 20), hours),
                             (time(8, 0), -5 * hours), (time(11, 59), -5 * hours)],
        date(2026, 11, 21): [(time(12, 0), hours), (time(0, 10), -5 * hours)],
    }
    records = {r.night: r.onsets for r in service.records(date(2026, 11, 19),
                                                           date(2026, 11, 22))}
    assert records == {date(2026, 11, 20): (690, 740, 1200, 1439),
                       date(2026, 11, 21): (0, 730)}
    assert service.span() == (date(2026, 11, 20), date(2026, 11, 21))


def test_importing_a_night_keeps_the_night_before_lived_in_another_zone(
    old_store: Store,
) -> None:
    """The bug: in Berlin, night 21 computed from today's zone began at 12:00 Berlin, which
    swallowed 08:00 New York (14:00 Berlin) of night 20, so importing night 21 lost it."""
    service = _service(old_store, BERLIN, datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN))
    service.replace_nights([NightImport(date(2026, 11, 21), NightEntry(date(2026, 11, 21), 2),
                                        (QuickLog(time(22, 0), 5),))])
    logs = service.quick_logs(date(2026, 11, 20), date(2026, 11, 21))
    assert [q.clock for q in logs[date(2026, 11, 20)]] == [
        time(23, 30), time(0, 20), time(8, 0), time(11, 59)]
    assert [(q.clock, q.severity) for q in logs[date(2026, 11, 21)]] == [(time(22, 0), 5)]
    service.delete(date(2026, 11, 21))
    assert len(service.quick_logs(date(2026, 11, 20), date(2026, 11, 20))[
        date(2026, 11, 20)]) == 4


def test_reimporting_elsewhere_keeps_the_offset_each_moment_was_lived_at(
    old_store: Store,
) -> None:
    berlin = _service(old_store, BERLIN, datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN))
    before = old_store.conn.execute(
        "SELECT at, at_utc, night FROM symptom_events ORDER BY at_utc").fetchall()
    text = berlin.export_csv(date(2026, 11, 20), date(2026, 11, 21))
    assert "23:30=4; 00:20=4; 08:00=4; 11:59=4" in text  # plain: nothing repeats here
    berlin.replace_nights(berlin.read_csv(text.encode()))
    after = old_store.conn.execute(
        "SELECT at, at_utc, night FROM symptom_events ORDER BY at_utc").fetchall()
    assert [tuple(r) for r in after] == [tuple(r) for r in before]


def test_the_learned_onset_is_the_clock_time_as_lived(paths: DataPaths) -> None:
    """Six nights lived in New York at 21:00, read on a computer set to Berlin: the usual
    onset is 21:00, not 03:00 (what converting through today's zone gave)."""
    store = open_store(paths)
    try:
        for back in range(6):
            day = date(2026, 11, 20) - timedelta(days=back)
            store.symptoms.add(datetime.combine(day, time(21, 0), tzinfo=NEW_YORK))
        evening = Evening(store, lambda: BERLIN,
                          lambda: datetime(2026, 11, 21, 9, 0, tzinfo=BERLIN))
        peak = evening.peak_for(date(2026, 11, 20))
        assert (peak.source, peak.onset, peak.nights) == ("personal", time(21, 0), 6)
    finally:
        store.close()


def test_a_checkin_onset_the_clocks_skip_is_refused_and_changes_nothing(
    paths: DataPaths,
) -> None:
    store = open_store(paths)
    try:
        service = _service(store, BERLIN, datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN))
        night = date(2026, 3, 28)  # Berlin goes from 02:00 to 03:00 on the 29th
        service.save(NightEntry(night, 3, onset=time(1, 30)))
        with pytest.raises(ValidationError, match="onset: '02:30' does not exist on the night"):
            service.save(NightEntry(night, 5, onset=time(2, 30)))
        assert service.entry(night) == NightEntry(night, 3, onset=time(1, 30))
        service.save(NightEntry(night, 5, onset=time(3, 0)))
        assert service.records(night, night)[0].onsets == (900,)
    finally:
        store.close()


def test_a_moment_logged_in_a_skipped_hour_is_stored_as_the_time_it_really_was(
    paths: DataPaths,
) -> None:
    store = open_store(paths)
    try:
        evening = Evening(store, lambda: BERLIN,
                          lambda: datetime(2026, 3, 29, 9, 0, tzinfo=BERLIN))
        moment = evening.log_onset(datetime(2026, 3, 29, 2, 30, tzinfo=BERLIN))
        assert moment.isoformat() == "2026-03-29T03:30:00+02:00"
        row = store.conn.execute("SELECT at, night FROM symptom_events").fetchone()
        assert tuple(row) == ("2026-03-29T03:30:00+02:00", "2026-03-28")
    finally:
        store.close()
