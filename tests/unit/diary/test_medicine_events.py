"""Medicine changes on the timeline: adding, changing the dose of, pausing, resuming or
removing a medication or supplement step records a dated event (other steps record none),
in the same transaction as the change; the migration dates the steps already there; the
service lists them between dates, and the augmentation note takes its baseline from them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.medicine_events import medicine_changes, taken_detail
from rlsdesk.domain.routine import Anchor, Step, step_to_dict
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store import migrations
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2026, 6, 1, 9, 0, tzinfo=ZONE)


def _magnesium(dose: int = 200, enabled: bool = True) -> Step:
    return Step(StepKind.MAGNESIUM, "Magnesium", Anchor.at(time(19, 0)), dose_mg=dose,
                form="citrate", enabled=enabled)


def _medicine(name: str = "Pramipexole 0.125 mg") -> Step:
    return Step(StepKind.MEDICATION, "Evening tablet", Anchor.at(time(21, 0)), name=name)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[DiaryService, Clock]]:
    clock = Clock()
    store = open_store(prepare_data_dir(tmp_path / "data"))
    yield DiaryService(Evening(store, lambda: ZONE, clock)), clock
    store.close()


# --- the domain ---------------------------------------------------------------------------
def test_changes_between_two_versions_of_a_step() -> None:
    mg = step_to_dict(_magnesium(200))
    assert taken_detail(mg) == "magnesium citrate 200 mg"
    assert medicine_changes(None, mg) == [("added", "Magnesium", "magnesium citrate 200 mg", "")]
    assert medicine_changes(mg, step_to_dict(_magnesium(300, enabled=False))) == [
        ("dose_changed", "Magnesium", "magnesium citrate 300 mg", "magnesium citrate 200 mg"),
        ("paused", "Magnesium", "magnesium citrate 300 mg", "")]
    assert medicine_changes(step_to_dict(_magnesium(enabled=False)), mg) == [
        ("resumed", "Magnesium", "magnesium citrate 200 mg", "")]
    assert medicine_changes(mg, None) == [("removed", "Magnesium", "magnesium citrate 200 mg", "")]
    assert medicine_changes(mg, mg) == []
    stretch = step_to_dict(Step(StepKind.CUSTOM, "Stretch", Anchor.at(time(21, 0))))
    assert medicine_changes(None, stretch) == [] and medicine_changes(stretch, None) == []


@given(st.lists(st.tuples(st.integers(50, 350), st.booleans()), min_size=1, max_size=8))
def test_replaying_the_changes_tells_the_dose_and_state_at_each_step(
        versions: list[tuple[int, bool]]) -> None:
    before = None
    dose, on, present = None, False, False
    for mg, enabled in versions:
        after = step_to_dict(_magnesium(mg, enabled))
        for change, _title, detail, _was in medicine_changes(before, after):
            dose = detail
            on = {"added": True, "resumed": True, "paused": False}.get(change, on)
            present = True
        assert present and dose == f"magnesium citrate {mg} mg" and on is enabled
        before = after


# --- the store and the service ---------------------------------------------------------------
def test_each_change_is_recorded_on_its_local_date(setup) -> None:
    service, clock = setup
    evening = service.evening
    mg_id = evening.add_step(_magnesium(200))
    evening.add_step(Step(StepKind.CUSTOM, "Stretch", Anchor.at(time(21, 0))))
    clock.now = START + timedelta(days=10)
    evening.update_step(replace(_magnesium(300), id=mg_id))
    clock.now = START + timedelta(days=20)
    evening.update_step(replace(_magnesium(300, enabled=False), id=mg_id))
    clock.now = START + timedelta(days=30)
    med_id = evening.add_step(_medicine())
    evening.remove_step(mg_id)
    events = service.medicine_events(date(2026, 1, 1), date(2026, 12, 31))
    assert [(e.night.isoformat(), e.step_id, e.change, e.detail, e.before) for e in events] == [
        ("2026-06-01", mg_id, "added", "magnesium citrate 200 mg", ""),
        ("2026-06-11", mg_id, "dose_changed", "magnesium citrate 300 mg",
         "magnesium citrate 200 mg"),
        ("2026-06-21", mg_id, "paused", "magnesium citrate 300 mg", ""),
        ("2026-07-01", med_id, "added", "Pramipexole 0.125 mg", ""),
        ("2026-07-01", mg_id, "removed", "magnesium citrate 300 mg", ""),
    ]
    assert [e.change for e in service.medicine_events(date(2026, 6, 5), date(2026, 6, 25))] \
        == ["dose_changed", "paused"]
    insights = service.insights(date(2026, 6, 5), date(2026, 6, 25))
    assert [e.change for e in insights.medicine_events] == ["dose_changed", "paused"]


def test_the_migration_dates_medicines_already_in_the_routine(tmp_path: Path) -> None:
    index = next(i for i, m in enumerate(migrations.MIGRATIONS) if "medicine_events" in m)
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    for script in migrations.MIGRATIONS[:index]:
        for statement in migrations._statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {index}")
    conn.execute("INSERT INTO steps(id, position, data) VALUES (1, 0, ?), (2, 1, ?), "
                 "(3, 2, 'not json')",
                 ('{"kind": "magnesium", "title": "Mg", "dose_mg": 250, "form": "other"}',
                  '{"kind": "medication", "title": "Tablet", "name": "Ropinirole 0.25 mg"}'))
    conn.executemany("INSERT INTO step_history(step_id, event, night, at_utc) VALUES "
                     "(?, ?, ?, '2026-01-01T00:00:00Z')",
                     [(1, "added", "2026-03-01"), (2, "added", "2026-04-01"),
                      (1, "disabled", "2026-05-01"), (3, "added", "2026-04-01")])
    migrations.migrate(conn)
    rows = conn.execute("SELECT step_id, change, night, detail, source FROM medicine_events "
                        "ORDER BY night, id").fetchall()
    assert rows == [(1, "added", "2026-03-01", "magnesium 250 mg", "migration"),
                    (2, "added", "2026-04-01", "Ropinirole 0.25 mg", "migration"),
                    (1, "paused", "2026-05-01", "magnesium 250 mg", "migration")]
    conn.close()


def test_the_augmentation_baseline_is_the_medicine_start_event(setup) -> None:
    service, clock = setup
    evening = service.evening
    clock.now = datetime(2026, 3, 1, 9, 0, tzinfo=ZONE)
    for d in range(40):  # onset 23:00 for 40 nights, before the medicine
        night = date(2026, 1, 20) + timedelta(days=d)
        service.save(NightEntry(night, 3, onset=time(23, 0)))
    evening.add_step(_medicine())  # added on 2026-03-01
    clock.now = datetime(2026, 3, 31, 9, 0, tzinfo=ZONE)
    for d in range(29):  # then onset at 20:30
        night = date(2026, 3, 1) + timedelta(days=d)
        service.save(NightEntry(night, 3, onset=time(20, 30)))
    note = service.insights().augmentation
    assert note.baseline == "before_medicine"
    assert note.medicine_start == date(2026, 3, 1)
    assert note.baseline_last == date(2026, 2, 28)
    assert note.shift_minutes == 150
