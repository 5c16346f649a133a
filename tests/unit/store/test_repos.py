from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.store.store import Store, open_store
from rlsdesk.system.paths import DataPaths


@pytest.fixture
def store(data_paths: DataPaths) -> Store:
    opened = open_store(data_paths)
    yield opened
    opened.close()


def test_settings_round_trip_json(store: Store) -> None:
    store.settings.set_many({"bedtime": "22:30", "usual_onset": None, "flag": True})
    assert store.settings.all() == {"bedtime": "22:30", "usual_onset": None, "flag": True}
    store.settings.delete("flag")
    assert store.settings.get("flag", "gone") == "gone"


def test_routine_order_insert_reorder_remove(store: Store) -> None:
    a = store.routine.add({"title": "a"})
    b = store.routine.add({"title": "b"})
    c = store.routine.add({"title": "c"}, position=0)
    assert [r["title"] for _, r in store.routine.records()] == ["c", "a", "b"]
    store.routine.reorder([b, a, c])
    assert [i for i, _ in store.routine.records()] == [b, a, c]
    assert store.routine.remove(a)
    assert not store.routine.remove(a)
    assert [i for i, _ in store.routine.records()] == [b, c]
    with pytest.raises(ValueError):
        store.routine.reorder([b])


def test_replace_all_is_one_transaction(store: Store) -> None:
    store.routine.add({"title": "old"})
    ids = store.routine.replace_all([{"title": "x"}, {"title": "y", "id": 999}])
    records = store.routine.records()
    assert [i for i, _ in records] == ids
    assert all("id" not in r for _, r in records)


def test_symptom_events_are_aware_and_ordered_across_zones(store: Store) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    late = datetime(2026, 11, 21, 23, 50, tzinfo=berlin)
    early = datetime(2026, 11, 21, 22, 0, tzinfo=UTC)  # 23:00 in Berlin
    store.symptoms.add(late, 6)
    store.symptoms.add(early, None)
    events = store.symptoms.between(late - timedelta(hours=3), late + timedelta(hours=1))
    assert [e.at for e in events] == [early, late]
    assert events[1].severity == 6
    with pytest.raises(ValueError):
        store.symptoms.add(datetime(2026, 11, 21, 22, 0))
