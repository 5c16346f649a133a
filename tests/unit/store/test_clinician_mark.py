"""The note's mark for the clinician is written in the check-in's own transaction: a
check-in that fails to land leaves no mark, and a mark that fails to land leaves the
check-in as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 8, 30, tzinfo=ZONE)
NIGHT = date(2026, 11, 20)


@pytest.fixture
def store(data_paths: DataPaths) -> Iterator[Store]:
    opened = open_store(data_paths)
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store) -> DiaryService:
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    return DiaryService(evening)


def _flagged(service: DiaryService) -> frozenset[date]:
    return service.flagged_nights(date(2026, 11, 1), NIGHT)


def _refuse(store: Store, table: str) -> None:
    """Make every write to ``table`` fail, as a full disk or a broken row would."""
    for when in ("INSERT", "DELETE"):
        store.conn.execute(
            f"CREATE TEMP TRIGGER refuse_{table}_{when.lower()} BEFORE {when} ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END")


def test_check_in_and_mark_are_saved_together(service: DiaryService) -> None:
    service.save(NightEntry(NIGHT, 5, note="worse after wine"), for_clinician=True)
    assert service.entry(NIGHT) is not None and _flagged(service) == {NIGHT}
    service.save(NightEntry(NIGHT, 4, note="checked again"), for_clinician=False)
    assert service.entry(NIGHT).severity == 4 and _flagged(service) == frozenset()


def test_without_a_choice_the_mark_stays_as_it_was(service: DiaryService) -> None:
    service.save(NightEntry(NIGHT, 5), for_clinician=True)
    service.save(NightEntry(NIGHT, 6))  # for_clinician not given: the mark is untouched
    assert _flagged(service) == {NIGHT}


def test_a_mark_that_cannot_be_written_takes_the_check_in_back(
        service: DiaryService, store: Store) -> None:
    service.save(NightEntry(NIGHT, 3, note="first"))
    _refuse(store, "clinician_notes")
    with pytest.raises(sqlite3.DatabaseError):
        service.save(NightEntry(NIGHT, 7, note="second"), for_clinician=True)
    kept = service.entry(NIGHT)
    assert kept is not None and (kept.severity, kept.note) == (3, "first")
    assert _flagged(service) == frozenset()


def test_a_check_in_that_cannot_be_written_leaves_no_mark(
        service: DiaryService, store: Store) -> None:
    _refuse(store, "diary_nights")
    with pytest.raises(sqlite3.DatabaseError):
        service.save(NightEntry(NIGHT, 7), for_clinician=True)
    assert service.entry(NIGHT) is None and _flagged(service) == frozenset()
