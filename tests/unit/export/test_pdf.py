"""export pdf: the report's text read back with pdftotext (poppler-utils)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.domain.sleep_diary import SleepDiary, SleepTime
from rlsdesk.export.report import build_report
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import prepare_data_dir

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_report_has_what_a_clinician_needs(cli, tmp_path: Path) -> None:
    # the person's own magnesium, as on their label (no routine starts with one)
    cli("routine", "add", "--kind", "magnesium", "--title", "Magnesium with dinner",
        "--before-onset", "90", "--dose-mg", "200", "--form", "citrate")
    cli("routine", "add", "--kind", "medication", "--title", "Evening tablet",
        "--before-bed", "120", "--name", "pramipexole 0.125 mg")
    lines = ["night,severity,onset,sleep_hours,awakenings,irls_total,note,steps_done"]
    for day in range(1, 29):
        note = "long car trip" if day == 7 else ""
        irls = "23" if day == 14 else ""
        lines.append(f"2026-10-{day:02d},{3 + day % 4},21:{10 + day:02d},6.5,2,{irls},{note},"
                     "Magnesium with dinner; Evening tablet")
    source = tmp_path / "diary.csv"
    source.write_text("\n".join(lines) + "\n")
    assert cli("import", "csv", str(source))[0] == 0
    target = tmp_path / "report.pdf"
    code, out, err = cli("export", "pdf", str(target), "--from", "2026-10-01",
                         "--to", "2026-10-28")
    assert (code, err) == (0, "") and "Wrote the report" in out
    text = _text(target)
    for expected in (
        "Restless legs diary report",
        "Period: 1 Oct 2026 to 28 Oct 2026 (28 nights)",
        "Nights logged", "28 of 28",
        "A self-kept diary, not a clinical assessment.",
        "Key figures", "Average severity (0-10)", "Usual onset (median)",
        "Is it getting worse?", "Last 14 nights (15 Oct 2026 to 28 Oct 2026) against the 14",
        "Severity over time", "When symptoms started",
        "Magnesium with dinner", "magnesium citrate 200 mg", "28 of 28 nights",
        "Evening tablet", "pramipexole 0.125 mg",
        "Week by week", "What seems to help",
        "page 1 of",
        "Questions for the clinician",
        "75 ng/mL",
        "Winkelman et al., J Clin Sleep Med 2025",
    ):
        assert expected in text, expected
    # a note older than two weeks shows only when marked for the clinician
    assert "long car trip" not in text
    assert cli("log", "night", "--date", "2026-10-07", "--severity", "4", "--note",
               "long car trip", "--for-clinician")[0] == 0
    assert cli("export", "pdf", str(target), "--from", "2026-10-01", "--to", "2026-10-28",
               "--force")[0] == 0
    assert "long car trip" in _text(target)


def test_a_ten_year_diary_is_a_few_pages_with_one_log_line(cli, tmp_path: Path) -> None:
    lines = ["night,severity,onset,sleep_hours,awakenings,irls_total,note,steps_done"]
    start = date(2016, 1, 1)
    for day in range(3650):
        night = start + timedelta(days=day)
        lines.append(f"{night},{day % 9},21:{day % 60:02d},6.5,2,,Notiz 夜 🙂 {day},")
    source = tmp_path / "diary.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli("import", "csv", str(source))[0] == 0
    log = cli.data / "rlsdesk.log"
    before = log.read_text().splitlines()
    target = tmp_path / "decade.pdf"
    code, _out, err = cli("export", "pdf", str(target), "--from", "2016-01-01",
                          "--to", "2025-12-28")
    assert (code, err) == (0, "")
    added = log.read_text().splitlines()[len(before):]
    assert len(added) == 1 and "report 2016-01-01 to 2025-12-28" in added[0], added
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines()
                     if line.startswith("Pages:")))
    assert pages <= 4
    text = _text(target)
    assert "Quarter by quarter" in text
    assert "3649" in text and "Notiz" in text  # the notes of the last two weeks
    assert "Notiz 夜 🙂 100 " not in text  # never a dump of every note


def test_report_of_an_empty_diary_and_no_overwrite(cli, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    assert cli("export", "pdf", str(target))[0] == 0
    text = _text(target)
    assert "0 of 90" in text and "No notes to show for this period." in text
    code, _out, err = cli("export", "pdf", str(target))
    assert code == 2 and "--force" in err


# --- what other parts of the diary add to the report ---------------------------------------
ZONE = ZoneInfo("Europe/Berlin")
FIRST, LAST = date(2026, 10, 1), date(2026, 10, 28)


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _tablet(name: str, step_id: int | None = None) -> Step:
    return Step(StepKind.MEDICATION, "Evening tablet", Anchor.at(time(21, 0)), name=name,
                id=step_id)


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[tuple[DiaryService, _Clock]]:
    clock = _Clock(datetime(2026, 9, 30, 18, 0, tzinfo=ZONE))
    store = open_store(prepare_data_dir(tmp_path / "data"))
    yield DiaryService(Evening(store, lambda: ZONE, clock)), clock
    store.close()


def _report_text(service: DiaryService, tmp_path: Path) -> str:
    target = tmp_path / "report.pdf"
    target.write_bytes(build_report(service, FIRST, LAST, language="en"))
    return _text(target)


def _plain(text: str) -> str:
    return " ".join(text.split())


def test_report_shows_triggers_medicine_changes_labs_sleep_and_the_name(diary, tmp_path):
    service, clock = diary
    evening = service.evening
    tablet = evening.add_step(_tablet("Pramipexole 0.125 mg"))
    service.add_trigger("Sauna")
    for n in range(28):
        night = FIRST + timedelta(days=n)
        alcohol = n % 2 == 0  # 14 nights with, 14 without: 6 against 3
        sleep = SleepDiary(
            into_bed=SleepTime(time(22, 30)), try_sleep=SleepTime(time(23, 0)),
            minutes_to_sleep=30, minutes_awake=30, final_wake=SleepTime(time(7, 0)),
            out_of_bed=SleepTime(time(7, 30)), quality=4,
        ) if n < 10 else SleepDiary()
        triggers = (["alcohol"] if alcohol else []) + (["Sauna"] if night.day in (20, 21) else [])
        service.save(NightEntry(night, 6 if alcohol else 3, time(21, 30), note=f"note {n}",
                                sleep=sleep), triggers)
    clock.now = datetime(2026, 10, 15, 20, 0, tzinfo=ZONE)
    evening.update_step(_tablet("Pramipexole 0.25 mg", tablet))
    labs = LabsService(evening)
    labs.log("ferritin", "48", drawn=date(2026, 10, 10))
    labs.log("tsat", "18", drawn=date(2026, 10, 10))
    labs.log("ferritin", "30", drawn=date(2026, 8, 1))  # before the period: not shown
    evening.prefs.set_report_name("Anna Beispiel")
    clock.now = datetime(2026, 10, 29, 9, 0, tzinfo=ZONE)

    raw = _report_text(service, tmp_path)
    text = _plain(raw)
    assert "Name: Anna Beispiel" in text
    # sleep diary on page 1: 23:00 + 30 min to 07:00 less 30 min awake = 7 h of 9 h in bed
    page_one = _plain(raw.split("\f")[0])
    assert "Sleep diary" in page_one
    assert "Total sleep time, average 7 h 00 min 10 nights" in page_one
    assert "Sleep efficiency, average 78% 10 nights" in page_one
    assert "4.0 10 nights" in page_one
    # the medicine's dose change, dated
    assert ("15 Oct 2026: Evening tablet changed from Pramipexole 0.125 mg to Pramipexole "
            "0.25 mg") in text
    assert "Dose changes are not recorded" not in text
    # labs of the period, with the guideline as cited information
    assert "Lab results" in text and "10 Oct 2026 48 ng/mL 18 % –" in text
    assert "30 ng/mL" not in text
    assert "For information, not advice: the 2024 AASM guideline" in text
    assert "Winkelman" in text
    # triggers: the comparison with its counts, only with enough nights; the weekly column
    assert "On nights with Alcohol: 3.0 points worse (14 nights with, 14 without)" in text
    assert "not proof of a cause" in text
    assert "On nights with Sauna" not in text  # 2 nights: below the minimum
    rows = {line.split("2026")[0].strip(): line for line in raw.splitlines()
            if line.strip().endswith(("alcohol 1", "alcohol 2", "alcohol 3", "alcohol 4",
                                      "Sauna 2"))}
    assert "Triggers (nights)" in text
    assert rows["19 Oct – 25 Oct"].endswith("alcohol 4, Sauna 2")  # own name as typed
    assert rows["1 Oct – 4 Oct"].endswith("alcohol 2")  # the 1st and the 3rd
    assert rows["26 Oct – 28 Oct"].endswith("alcohol 1")


def test_report_without_that_data_has_none_of_it(diary, tmp_path):
    service, clock = diary
    for n in range(28):
        service.save(NightEntry(FIRST + timedelta(days=n), 3 + n % 3))
    clock.now = datetime(2026, 10, 29, 9, 0, tzinfo=ZONE)
    text = _plain(_report_text(service, tmp_path))
    assert "Restless legs diary report" in text and "Week by week" in text
    for absent in ("Name:", "Sleep diary", "Total sleep time", "Lab results", "ng/mL 18",
                   "For information, not advice", "Triggers", "On nights with",
                   "Changes in this period"):
        assert absent not in text, absent


def test_a_dose_change_outside_the_period_is_not_listed_and_no_changes_are_said(diary,
                                                                               tmp_path):
    service, clock = diary
    service.evening.add_step(_tablet("Pramipexole 0.125 mg"))  # 30 Sep: before the period
    service.save(NightEntry(FIRST, 4))
    clock.now = datetime(2026, 10, 29, 9, 0, tzinfo=ZONE)
    text = _plain(_report_text(service, tmp_path))
    assert "No medicine or supplement changes recorded in this period." in text
    assert "Evening tablet added" not in text
