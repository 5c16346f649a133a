"""The Diary page's file buttons: CSV export (atomic, the dialog's overwrite question is the
consent), CSV import (counts, asks, all or nothing, errors in the page), calendar export.
The file dialogs are replaced by stand-ins returning real paths; files and the SQLite
database are checked for real."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from rlsdesk.domain.diary import NightEntry
from rlsdesk.domain.kinds import StepKind
from rlsdesk.domain.routine import Anchor, Step
from rlsdesk.formats.diary_csv import SLEEP_COLUMNS
from rlsdesk.services.diary import DiaryService
from rlsdesk.services.evening import Evening
from rlsdesk.store.ledger_repo import LedgerRepo
from rlsdesk.store.store import open_store
from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.diary_page import DiaryPage
from tests.unit.conftest import dump

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 21, 8, 30, tzinfo=ZONE)
HEADER = "night,severity,onset,sleep_hours,awakenings,irls_total,note,quick_logs,steps_done"


@pytest.fixture
def service(data_paths: DataPaths) -> Iterator[DiaryService]:
    store = open_store(data_paths)
    evening = Evening(store, lambda: ZONE, lambda: NOW)
    evening.replace_routine([
        Step(StepKind.CUSTOM, "Heat; then cold", Anchor.at(time(21, 0))),
        Step(StepKind.CUSTOM, "Calf stretch", Anchor.at(time(21, 30))),
    ])
    service = DiaryService(evening)
    service.save(NightEntry(date(2026, 11, 19), 6, note='drive; "long", late'))
    heat = next(s.id for s in service.steps() if s.title.startswith("Heat"))
    LedgerRepo(store.conn).mark_done(date(2026, 11, 19), heat, NOW, NOW)
    yield service
    store.close()


@pytest.fixture
def page(qtbot, service: DiaryService) -> DiaryPage:
    widget = DiaryPage(service)
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    return widget


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the stand-in dialogs answer, and what they were asked."""
    answers: dict[str, object] = {"save": "", "open": "", "confirm": True, "asked": []}

    def save(*args: object, **kwargs: object) -> tuple[str, str]:
        answers["asked"].append(("save", args[1:]))  # type: ignore[union-attr]
        return str(answers["save"]), ""

    def open_(*args: object, **kwargs: object) -> tuple[str, str]:
        answers["asked"].append(("open", args[1:]))  # type: ignore[union-attr]
        return str(answers["open"]), ""

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        answers["asked"].append(("question", text))  # type: ignore[union-attr]
        return (QMessageBox.StandardButton.Yes if answers["confirm"]
                else QMessageBox.StandardButton.No)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return answers


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def questions(dialogs: dict[str, object]) -> list[str]:
    return [text for kind, text in dialogs["asked"] if kind == "question"]  # type: ignore[union-attr]


def test_export_writes_a_private_csv_that_reads_back(page: DiaryPage, dialogs, tmp_path) -> None:
    target = tmp_path / "diary.csv"
    dialogs["save"] = target
    page.files.export_csv_button.click()
    assert rows(target) == [{
        "night": "2026-11-19", "severity": "6", "onset": "", "sleep_hours": "",
        "awakenings": "", "irls_total": "", "note": 'drive; "long", late', "quick_logs": "",
        "steps_done": "Heat\\; then cold", "triggers": "",
        **dict.fromkeys(SLEEP_COLUMNS, ""),  # no sleep-diary answers that night
    }]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert page.files.status.text() == f"Wrote 1 night (19 Nov 2026 to 20 Nov 2026) to {target}."
    assert page.files.error.isHidden()
    assert not list(tmp_path.glob(".diary.csv.*")), "no temp file left behind"


def test_the_save_dialogs_consent_replaces_a_file_and_cancel_writes_nothing(
    page: DiaryPage, dialogs, tmp_path,
) -> None:
    target = tmp_path / "diary.csv"
    target.write_text("old content\n")
    dialogs["save"] = ""  # cancelled
    page.files.export_csv_button.click()
    assert target.read_text() == "old content\n" and page.files.status.text() == ""
    dialogs["save"] = target  # the dialog asked "replace?" and the person said yes
    page.files.export_csv_button.click()
    assert rows(target)[0]["night"] == "2026-11-19"


def test_a_folder_that_cannot_be_written_is_told_in_the_page(
    page: DiaryPage, dialogs, tmp_path,
) -> None:
    dialogs["save"] = tmp_path / "no such folder" / "diary.csv"
    page.files.export_csv_button.click()
    assert not page.files.error.isHidden()
    assert "Could not write" in page.files.error.text()
    assert "Nothing was written" in page.files.error.text()


def test_import_counts_asks_then_writes(qtbot, page: DiaryPage, service, dialogs,
                                        tmp_path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        f"{HEADER}\n"
        "2026-11-18,3,22:10,6.5,2,,new night,21:50=3,Calf stretch\n"
        "2026-11-19,2,,,,,edited,,Heat\\; then cold; calf stretch\n",
        encoding="utf-8")
    dialogs["open"] = source
    with qtbot.waitSignal(page.changed):
        page.files.import_csv_button.click()
    [asked] = questions(dialogs)
    assert asked.startswith("Import 2 nights (18 Nov 2026 to 19 Nov 2026) from in.csv?\n\n")
    assert "New nights added: 1" in asked and "Nights replaced" in asked
    assert "Already the same: 0" in asked
    new = service.entry(date(2026, 11, 18))
    assert new is not None and (new.severity, new.sleep_hours, new.note) == (3, 6.5, "new night")
    assert service.entry(date(2026, 11, 19)).note == "edited"
    done = service.records(date(2026, 11, 19), date(2026, 11, 19))[0].done
    assert len(done) == 2
    assert page.files.status.text() == "Imported in.csv: 1 new night, 1 replaced."
    assert page.table.rowCount() == 2, "the history shows the imported night"

    page.files.import_csv_button.click()  # the same file again: nothing to do, not asked
    assert len(questions(dialogs)) == 1
    assert "Nothing to import" in page.files.status.text()


def test_counts_read_right_for_one_night_and_for_more(page: DiaryPage, dialogs,
                                                      tmp_path) -> None:
    one = tmp_path / "one.csv"
    one.write_text(f"{HEADER}\n2026-11-10,4,,,,,,,\n", encoding="utf-8")
    dialogs["open"] = one
    page.files.import_csv_button.click()
    assert questions(dialogs)[-1].startswith("Import 1 night (10 Nov 2026) from one.csv?\n\n")
    assert "New nights added: 1\n" in questions(dialogs)[-1]
    assert page.files.status.text() == "Imported one.csv: 1 new night, 0 replaced."

    two = tmp_path / "two.csv"
    two.write_text(f"{HEADER}\n2026-11-11,4,,,,,,,\n2026-11-12,5,,,,,,,\n", encoding="utf-8")
    dialogs["open"] = two
    page.files.import_csv_button.click()
    assert questions(dialogs)[-1].startswith(
        "Import 2 nights (11 Nov 2026 to 12 Nov 2026) from two.csv?\n\n")
    assert page.files.status.text() == "Imported two.csv: 2 new nights, 0 replaced."

    target = tmp_path / "diary.csv"
    dialogs["save"] = target
    page.files.export_csv_button.click()
    assert page.files.status.text() == (
        f"Wrote 4 nights (10 Nov 2026 to 20 Nov 2026) to {target}.")


def test_counts_in_german(german, qtbot, service, dialogs, tmp_path) -> None:
    page = DiaryPage(service)  # built with the German catalog installed
    qtbot.addWidget(page)
    one = tmp_path / "one.csv"
    one.write_text(f"{HEADER}\n2026-11-10,4,,,,,,,\n", encoding="utf-8")
    dialogs["open"] = one
    page.files.import_csv_button.click()
    assert questions(dialogs)[-1].startswith("1 Nacht (10 Nov. 2026) aus one.csv importieren?")
    assert page.files.status.text() == "one.csv importiert: 1 neue Nacht, 0 ersetzt."
    target = tmp_path / "diary.csv"
    dialogs["save"] = target
    page.files.export_csv_button.click()
    assert page.files.status.text().startswith("2 Nächte (10 Nov. 2026 bis 20 Nov. 2026) in ")


def test_declining_the_import_changes_nothing(page: DiaryPage, dialogs, tmp_path,
                                              data_paths) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f"{HEADER}\n2026-11-10,4,,,,,,,\n", encoding="utf-8")
    dialogs["open"], dialogs["confirm"] = source, False
    before = dump(data_paths.root)
    page.files.import_csv_button.click()
    assert questions(dialogs)
    assert dump(data_paths.root) == before
    assert "cancelled" in page.files.status.text()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (f"{HEADER}\n2026-11-10,4,,,,,,,\n2026-11-11,eleven,,,,,,,\n",
         "line 3, severity: 'eleven' is not a whole number 0-10"),
        (f"{HEADER}\n2026-11-10,4,,,,,,,Yoga\n",
         "line 2, steps_done: 'Yoga' is not a step of your routine"),
        ("night,mood\n2026-11-10,fine\n", "line 1: unknown column 'mood'"),
        (f"{HEADER}\n2999-01-01,4,,,,,,,\n", "line 2, night: '2999-01-01' is in the future"),
        ("\xff\xfe not text", "not UTF-8"),
    ],
)
def test_a_bad_file_is_explained_in_the_page_and_changes_nothing(
    page: DiaryPage, dialogs, tmp_path, data_paths, content: str, message: str,
) -> None:
    source = tmp_path / "bad.csv"
    source.write_bytes(content.encode("latin-1") if content.startswith("\xff")
                       else content.encode("utf-8"))
    dialogs["open"] = source
    before = dump(data_paths.root)
    page.files.import_csv_button.click()
    assert not page.files.error.isHidden()
    text = page.files.error.text()
    assert message in text and "Nothing was changed" in text
    assert "Traceback" not in text
    assert questions(dialogs) == [], "nothing to confirm"
    assert dump(data_paths.root) == before


def test_a_missing_file_is_told_not_raised(page: DiaryPage, dialogs, tmp_path) -> None:
    dialogs["open"] = tmp_path / "gone.csv"
    page.files.import_csv_button.click()
    assert "Could not read" in page.files.error.text()


def test_calendar_export(page: DiaryPage, dialogs, tmp_path) -> None:
    target = tmp_path / "routine.ics"
    dialogs["save"] = target
    page.files.export_ics_button.click()
    data = target.read_text(encoding="utf-8")
    assert data.startswith("BEGIN:VCALENDAR") and "Calf stretch" in data
    assert "calendar" in page.files.status.text()


def test_the_file_buttons_are_named_and_reachable(page: DiaryPage) -> None:
    from PySide6.QtCore import Qt

    for button in (page.files.export_csv_button, page.files.import_csv_button,
                   page.files.export_ics_button):
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_a_database_failure_during_the_import_is_told_and_changes_nothing(
    page: DiaryPage, service, dialogs, tmp_path, data_paths, monkeypatch
) -> None:
    import sqlite3

    source = tmp_path / "in.csv"
    source.write_text(f"{HEADER}\n2026-11-10,4,,,,,,,\n", encoding="utf-8")
    dialogs["open"] = source
    before = dump(data_paths.root)

    def disk_full(_nights) -> None:  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(service, "replace_nights", disk_full)
    page.files.import_csv_button.click()
    assert not page.files.error.isHidden()
    assert "nothing was changed" in page.files.error.text()
    assert dump(data_paths.root) == before
