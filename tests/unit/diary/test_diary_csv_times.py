"""Diary CSV times across DST: a wall time the clocks repeat carries its offset and reads
back exactly; one they skip is refused with the line and field; plain HH:MM otherwise, and
export - import - export is byte-identical."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.formats.diary_csv import DiaryFileError
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir

BERLIN = ZoneInfo("Europe/Berlin")
FALL_BACK = date(2026, 10, 24)      # 03:00 CEST becomes 02:00 CET on the 25th
SPRING_FORWARD = date(2026, 3, 28)  # 02:00 CET becomes 03:00 CEST on the 29th
HEADER = "night,severity,onset,sleep_hours,awakenings,irls_total,note,quick_logs,steps_done"
#: an export also writes the triggers and the sleep-diary columns (empty here)
SLEEP_HEADER = ",into_bed,try_sleep,minutes_to_sleep,minutes_awake,final_wake,out_of_bed," \
    "sleep_quality"
EXPORTED = HEADER + ",triggers" + SLEEP_HEADER  # a file read may have fewer columns
NO_TRIGGERS_NOR_SLEEP_DIARY = ",,,,,,,,"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DiaryService]:
    store = open_store(prepare_data_dir(tmp_path / "data"))
    yield DiaryService(Evening(store, lambda: BERLIN,
                               lambda: datetime(2026, 11, 2, 9, 0, tzinfo=BERLIN)))
    store.close()


def _log(service: DiaryService, text: str, severity: int | None = None) -> None:
    service.evening.store.symptoms.add(datetime.fromisoformat(text), severity)


def test_the_repeated_hour_is_written_with_offsets_and_read_back_exactly(
    service: DiaryService,
) -> None:
    _log(service, "2026-10-24T22:00:00+02:00", 3)
    _log(service, "2026-10-25T02:30:00+02:00", 5)  # the first 02:30
    _log(service, "2026-10-25T02:30:00+01:00", 7)  # an hour later, the second 02:30
    _log(service, "2026-10-25T03:10:00+01:00")
    text = service.export_csv(FALL_BACK, FALL_BACK)
    assert text == (f"{EXPORTED}\r\n"
                    "2026-10-24,,,,,,,22:00=3; 02:30+02:00=5; 02:30+01:00=7; 03:10,"
                    f"{NO_TRIGGERS_NOR_SLEEP_DIARY}\r\n")
    before = _rows(service)
    service.replace_nights(service.read_csv(text.encode()))
    assert _rows(service) == before  # the same instants, nights and offsets
    assert service.export_csv(FALL_BACK, FALL_BACK) == text


def test_a_checkin_onset_in_the_repeated_hour_keeps_which_one_it_was(
    service: DiaryService,
) -> None:
    data = (f"{EXPORTED}\r\n2026-10-24,6,02:15+01:00,,,,,,"
            f"{NO_TRIGGERS_NOR_SLEEP_DIARY}\r\n").encode()
    nights = service.read_csv(data)
    assert nights[0].entry is not None and nights[0].entry.onset_offset == timedelta(hours=1)
    service.replace_nights(nights)
    at = service.evening.store.conn.execute(
        "SELECT at FROM symptom_events WHERE source = 'checkin'").fetchone()[0]
    assert at == "2026-10-25T02:15:00+01:00"
    assert service.export_csv(FALL_BACK, FALL_BACK).encode() == data
    # saved again from the form (no offset): still the second 02:15
    service.save(NightEntry(FALL_BACK, 4, onset=time(2, 15)))
    assert service.export_csv(FALL_BACK, FALL_BACK) == (
        f"{EXPORTED}\r\n2026-10-24,4,02:15+01:00,,,,,,{NO_TRIGGERS_NOR_SLEEP_DIARY}\r\n")


def test_a_plain_time_in_the_repeated_hour_is_the_first_one(service: DiaryService) -> None:
    service.replace_nights(service.read_csv(
        f"{HEADER}\n2026-10-24,,,,,,,02:30=4,\n".encode()))
    assert _rows(service) == [("2026-10-25T02:30:00+02:00", "2026-10-24")]
    assert "02:30+02:00=4" in service.export_csv(FALL_BACK, FALL_BACK)


@pytest.mark.parametrize(("row", "message"), [
    ("2026-03-28,,,,,,,21:00; 02:30=4,",
     "line 3, quick_logs: '02:30' does not exist on the night of 2026-03-28 in "
     "Europe/Berlin (the clocks go forward then)"),
    ("2026-03-28,5,02:00,,,,,,",
     "line 3, onset: '02:00' does not exist on the night of 2026-03-28"),
    ("2026-10-24,5,02:30+3:00,,,,,,", "line 3, onset: '02:30+3:00' is not a time"),
    ("2026-10-24,,,,,,,02:30+15:00,", "line 3, quick_logs: '02:30+15:00' has an offset outside"),
])
def test_times_that_were_never_lived_are_refused_with_line_and_field(
    service: DiaryService, row: str, message: str,
) -> None:
    data = f"{HEADER}\n2026-03-27,2,,,,,,,\n{row}\n".encode()
    with pytest.raises(DiaryFileError) as caught:
        service.read_csv(data)
    assert message in str(caught.value)


def test_a_skipped_hour_lived_elsewhere_is_written_with_its_offset(
    service: DiaryService,
) -> None:
    """02:30 on Berlin's spring-forward night, lived in New York: written with its offset
    (a plain 02:30 would not read back in Berlin), and it reads back exactly."""
    _log(service, "2026-03-29T02:30:00-04:00", 4)
    _log(service, "2026-03-28T22:00:00-04:00")
    text = service.export_csv(SPRING_FORWARD, SPRING_FORWARD)
    assert "22:00; 02:30-04:00=4" in text
    before = _rows(service)
    service.replace_nights(service.read_csv(text.encode()))
    assert _rows(service) == before
    assert service.export_csv(SPRING_FORWARD, SPRING_FORWARD) == text


def test_the_preview_counts_an_offset_the_file_changes(service: DiaryService) -> None:
    _log(service, "2026-10-25T02:30:00+02:00", 5)
    same = service.read_csv(f"{HEADER}\n2026-10-24,,,,,,,02:30+02:00=5,\n".encode())
    other = service.read_csv(f"{HEADER}\n2026-10-24,,,,,,,02:30+01:00=5,\n".encode())
    assert (service.preview_import(same).same, service.preview_import(other).replaced) == (1, 1)


def _rows(service: DiaryService) -> list[tuple[str, str]]:
    rows = service.evening.store.conn.execute(
        "SELECT at, night FROM symptom_events ORDER BY at_utc").fetchall()
    return [tuple(r) for r in rows]
