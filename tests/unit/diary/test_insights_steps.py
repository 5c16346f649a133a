"""Which routine steps the insights speak of: a step turned off is left out unless it was
done in the period (then it was in use, and its nights count)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
LAST = date(2026, 11, 20)


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.ensure_routine()
    yield DiaryService(evening)
    store.close()


def fill(service: DiaryService, done: frozenset[int], nights: int = 20) -> None:
    service.replace_nights([
        NightImport(LAST - timedelta(days=n), NightEntry(LAST - timedelta(days=n), 4), (),
                    done)
        for n in range(nights)
    ])


def test_a_step_turned_off_and_never_done_is_left_out(service: DiaryService) -> None:
    steps = service.steps()
    off = next(s for s in steps if not s.enabled)  # the default routine has one
    on = [s.id for s in steps if s.enabled]
    fill(service, frozenset(on[:3]))
    data = service.insights(LAST - timedelta(days=29), LAST)
    assert off.id not in {s.id for s in data.steps}
    assert off.id not in {a.step.id for a in data.adherence}
    assert off.id not in {e.step.id for e in data.effects}
    assert {s.id for s in data.steps} == set(on), "steps turned on count, done or not"


def test_a_step_turned_off_but_done_in_the_period_is_kept(service: DiaryService) -> None:
    off = next(s for s in service.steps() if not s.enabled)
    assert off.id is not None
    fill(service, frozenset({off.id}), nights=3)
    data = service.insights(LAST - timedelta(days=29), LAST)
    assert off.id in {s.id for s in data.steps}
    assert next(a for a in data.adherence if a.step.id == off.id).done == 3
