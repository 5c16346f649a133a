""""What the planner expected" for a night comes from the nights logged before it only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 20, 9, 0, tzinfo=ZONE)  # the morning after the night of 19 March
LAST = NOW.date() - timedelta(days=1)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DiaryService]:
    store = open_store(prepare_data_dir(tmp_path / "data"))
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


def expected_for_last_night(service: DiaryService) -> int:
    data = service.insights(LAST - timedelta(days=13), LAST)
    return dict(data.expected_onsets)[LAST]


def test_a_nights_own_onset_does_not_change_what_was_expected_for_it(
    service: DiaryService,
) -> None:
    # four nights before: one short of what the planner needs to learn a personal time
    for days_before in range(1, 5):
        service.save(NightEntry(LAST - timedelta(days=days_before), 4, time(20, 0)))
    before = expected_for_last_night(service)
    assert before != 8 * 60  # not yet 20:00 (minutes since 12:00): still the default
    service.save(NightEntry(LAST, 8, time(20, 0)))  # the fifth night, logged that night
    assert expected_for_last_night(service) == before
    the_day_after = dict(service.insights(LAST, LAST + timedelta(days=1)).expected_onsets)
    assert the_day_after[LAST + timedelta(days=1)] == 8 * 60  # learned for the next night
