"""The sleep-diary columns of the diary CSV: every answer round-trips exactly (export,
import, export is byte-identical and the check-in reads back equal), bad answers are
refused with the line and the column named and nothing changed; and the morning
check-in's prefill from the night's quick logs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rlsdesk.domain.clock import from_noon_minutes
from rlsdesk.domain.diary import NightEntry, NightImport
from rlsdesk.domain.errors import ValidationError
from rlsdesk.domain.sleep_diary import SleepDiary, SleepTime
from rlsdesk.formats.diary_csv import COLUMNS, SLEEP_COLUMNS, DiaryFileError
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=ZONE)
NIGHT = date(2026, 11, 20)
FALL_BACK = date(2026, 10, 24)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DiaryService]:
    paths = prepare_data_dir(tmp_path_factory.mktemp("sleepcsv") / "data")
    store = open_store(paths)
    yield DiaryService(Evening(store, lambda: ZONE, lambda: NOW))
    store.close()


def _maybe(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(st.none(), strategy)


@st.composite
def _sleep(draw: st.DrawFn) -> SleepDiary:
    """Any set of answers that fit together on an ordinary night (each may be missing)."""
    minutes = sorted(draw(st.lists(st.integers(0, 1439), min_size=4, max_size=4)))
    clocks: list[SleepTime | None] = [
        draw(_maybe(st.just(SleepTime(from_noon_minutes(m))))) for m in minutes]  # type: ignore[misc]
    span = minutes[2] - minutes[1] if clocks[1] and clocks[2] else 720
    latency = draw(_maybe(st.integers(0, min(span, 720))))
    awake = draw(_maybe(st.integers(0, span - (latency or 0))))
    return SleepDiary(into_bed=clocks[0], try_sleep=clocks[1], minutes_to_sleep=latency,
                      minutes_awake=awake, final_wake=clocks[2], out_of_bed=clocks[3],
                      quality=draw(_maybe(st.integers(1, 5))))


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(sleep=_sleep(), severity=st.integers(0, 10), awakenings=_maybe(st.integers(0, 50)))
def test_every_sleep_answer_round_trips_exactly(
    service: DiaryService, sleep: SleepDiary, severity: int, awakenings: int | None,
) -> None:
    entry = NightEntry(NIGHT, severity, awakenings=awakenings, sleep=sleep)
    service.save(entry)
    exported = service.export_csv(NIGHT, NIGHT)
    nights = service.read_csv(exported.encode("utf-8"))
    assert [n.entry for n in nights] == [entry]
    assert service.preview_import(nights).changes_anything is False
    service.replace_nights([NightImport(NIGHT, None)])
    service.replace_nights(nights)
    assert service.entry(NIGHT) == entry
    assert service.export_csv(NIGHT, NIGHT) == exported


def test_the_columns_are_written_in_order_with_quality_as_words(service: DiaryService) -> None:
    service.save(NightEntry(NIGHT, 3, sleep=SleepDiary(
        into_bed=SleepTime(time(22, 40)), try_sleep=SleepTime(time(23, 5)),
        minutes_to_sleep=25, minutes_awake=30, final_wake=SleepTime(time(6, 10)),
        out_of_bed=SleepTime(time(6, 45)), quality=2)))
    header, row = service.export_csv(NIGHT, NIGHT).splitlines()
    assert header.split(",")[-len(SLEEP_COLUMNS):] == list(SLEEP_COLUMNS)
    assert row.endswith(",22:40,23:05,25,30,06:10,06:45,poor")


def test_a_time_with_its_offset_in_the_repeated_hour_round_trips(service: DiaryService) -> None:
    data = (b"night,severity,try_sleep,minutes_to_sleep,minutes_awake,final_wake\r\n"
            b"2026-10-24,2,23:00,0,0,02:30+01:00\r\n")
    nights = service.read_csv(data)
    entry = nights[0].entry
    assert entry is not None and entry.sleep.final_wake == SleepTime(time(2, 30),
                                                                     timedelta(hours=1))
    service.replace_nights(nights)
    assert service.sleep_nights(FALL_BACK, FALL_BACK)[0].total_sleep == 270  # 4.5 real hours
    again = service.read_csv(service.export_csv(FALL_BACK, FALL_BACK).encode())
    assert again[0].entry == entry


@pytest.mark.parametrize(("cells", "message"), [
    ({"into_bed": "9:30"}, "line 3, into_bed: '9:30' is not a time"),
    ({"minutes_to_sleep": "ten"}, "line 3, minutes_to_sleep: 'ten' is not a whole number"),
    ({"minutes_awake": "1441"}, "line 3, minutes_awake: '1441' is outside 0-1440 min"),
    ({"sleep_quality": "great"}, "line 3, sleep_quality: 'great' is not one of very poor"),
    ({"try_sleep": "23:00", "final_wake": "22:00"},
     "line 3, final_wake: '22:00' is before try_sleep"),
    ({"try_sleep": "23:00", "final_wake": "00:00", "minutes_to_sleep": "61"},
     "line 3, minutes_to_sleep: 61 with the other minutes awake is longer than the 60 min"),
    ({"final_wake": "02:30", "night": "2026-03-28"}, "line 3, final_wake: '02:30' does not "
     "exist on the night of 2026-03-28"),
])
def test_bad_sleep_answers_are_refused_with_line_and_column(
    service: DiaryService, cells: dict[str, str], message: str,
) -> None:
    service.save(NightEntry(NIGHT, 5))
    before = service.export_csv(date(2026, 1, 1), NIGHT)
    row = {"night": "2026-11-19", "severity": "4", **cells}
    good = ",".join({"night": "2026-11-18", "severity": "1"}.get(c, "") for c in COLUMNS)
    data = (",".join(COLUMNS) + "\n" + good + "\n"
            + ",".join(row.get(c, "") for c in COLUMNS) + "\n").encode()
    with pytest.raises(DiaryFileError) as caught:
        service.replace_nights(service.read_csv(data))
    assert str(caught.value).startswith(message), str(caught.value)
    assert service.export_csv(date(2026, 1, 1), NIGHT) == before


def test_sleep_answers_need_a_severity(service: DiaryService) -> None:
    with pytest.raises(DiaryFileError, match="line 2, severity: '' is needed when into_bed"):
        service.read_csv(b"night,into_bed\n2026-11-19,23:00\n")


def test_the_service_refuses_answers_out_of_order(service: DiaryService) -> None:
    with pytest.raises(ValidationError, match="out_of_bed"):
        service.save(NightEntry(NIGHT, 1, sleep=SleepDiary(
            into_bed=SleepTime(time(23, 0)), out_of_bed=SleepTime(time(22, 0)))))


def test_the_morning_prefill_takes_the_nights_quick_logs(service: DiaryService) -> None:
    night = date(2026, 11, 10)
    symptoms = service.evening.store.symptoms
    symptoms.add(datetime(2026, 11, 10, 22, 50, tzinfo=ZONE), 3)
    symptoms.add(datetime(2026, 11, 10, 21, 40, tzinfo=ZONE), None)
    symptoms.add(datetime(2026, 11, 11, 0, 20, tzinfo=ZONE), 6)
    symptoms.add(datetime(2026, 11, 11, 9, 15, tzinfo=ZONE), 8)  # the next morning: daytime
    found = service.prefill(night)
    assert found.onset == time(21, 40)
    assert found.severity == 6  # the worst rating of the night (09:15 is the next day's)
    assert [q.clock for q in found.quick_logs] == [time(21, 40), time(22, 50), time(0, 20),
                                                   time(9, 15)]
    # a check-in's own onset is not a quick log: the prefill keeps to the logs
    service.save(NightEntry(night, 2, onset=time(20, 0)))
    assert service.prefill(night).onset == time(21, 40)
    assert service.prefill(date(2026, 11, 1)).anything is False
