"""The quicker ways of reading the diary give the same insights as the plain ones, on a
generated diary with a note on every night (English, German, emoji and CJK text) and some
sleep-diary answers: the text check's quick path against its character-by-character loop,
and the sleep diary from the records already read against reading the entries again."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain import text_rules
from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.sleep_diary import SleepDiary, SleepTime
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir
from tests.demo_diary import TITLES, make_csv

ZONE = ZoneInfo("Europe/Berlin")
NOTES = ("long drive; legs bad in the car", "Lange Autofahrt, Beine unruhig 🚗",
         "walked 5 km,\ncalmer evening 🙂", "夜中に足がむずむずした", "")


def _with_notes(csv: Path) -> None:
    lines = csv.read_text(encoding="utf-8").splitlines()
    out = [lines[0]]
    for index, line in enumerate(lines[1:]):
        head, _, tail = line.partition(',"')
        _, _, rest = tail.partition('",')
        out.append(f'{head},"{NOTES[index % len(NOTES)]}",{rest}')
    csv.write_text("\n".join(out) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    folder = tmp_path_factory.mktemp("same")
    store = open_store(prepare_data_dir(folder / "data"))
    evening = Evening(store, lambda: ZONE, lambda: datetime.now(ZONE))
    evening.ensure_routine()
    service = DiaryService(evening)
    csv = folder / "diary.csv"
    make_csv(csv, 400, worse_without={TITLES[0]: 2})
    _with_notes(csv)
    service.replace_nights(service.read_csv(csv.read_bytes()))
    last = service.last_night()
    for back in range(0, 40, 3):
        night = last - timedelta(days=back)
        service.save(NightEntry(night, 4, sleep=SleepDiary(
            into_bed=SleepTime(time(23, 0)), try_sleep=SleepTime(time(23, 10)),
            minutes_to_sleep=20, minutes_awake=back, final_wake=SleepTime(time(6, 30)),
            out_of_bed=SleepTime(time(7, 0)), quality=3)))
    yield service
    store.close()


def test_notes_are_on_the_nights(service: DiaryService) -> None:
    notes = [r.entry.note for r in service.insights().records if r.entry is not None]
    assert "夜中に足がむずむずした" in notes and "walked 5 km,\ncalmer evening 🙂" in notes


def test_the_quick_text_check_gives_the_same_insights(
        service: DiaryService, monkeypatch: pytest.MonkeyPatch) -> None:
    last = service.last_night()
    periods = [(None, last), (last - timedelta(days=89), last)]
    quick = [service.insights(first, last) for first, last in periods]
    monkeypatch.setattr(text_rules, "_SUSPECT", re.compile(r"[\s\S]"))  # always the loop
    plain = [service.insights(first, last) for first, last in periods]
    assert quick == plain
    assert [[r.onset for r in d.records] for d in quick] == \
        [[r.onset for r in d.records] for d in plain]
    assert [service.trend(d) for d in quick] == [service.trend(d) for d in plain]


def test_the_sleep_diary_from_records_read_once_is_the_same(service: DiaryService) -> None:
    last = service.last_night()
    for first in (last - timedelta(days=29), last - timedelta(days=89), last - timedelta(days=9)):
        data = service.insights(first, last)
        from_records = service.sleep_period(first, last, data.records)
        assert from_records == service.sleep_period(first, last)
        assert from_records.nights  # the answers are there to compare
