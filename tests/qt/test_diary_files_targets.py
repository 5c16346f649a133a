"""The Diary page writes only a new or ordinary file outside the data folder, and imports
only an ordinary file; a refusal is one calm line in the page and changes nothing."""

from __future__ import annotations

import os
from pathlib import Path

from rlsdesk.system.paths import DataPaths
from rlsdesk.ui.pages.diary_page import DiaryPage
from tests.qt.test_diary_files import dialogs, page, service  # noqa: F401 (fixtures)
from tests.unit.conftest import dump


def _refused(widget: DiaryPage, button: str) -> str:
    getattr(widget.files, button).click()
    assert widget.files.status.isHidden()
    assert not widget.files.error.isHidden()
    return widget.files.error.text()


def test_the_diarys_own_files_are_never_export_targets(
    page: DiaryPage, dialogs, data_paths: DataPaths, tmp_path: Path,  # noqa: F811
) -> None:
    database = data_paths.database.read_bytes()
    (tmp_path / "link.csv").symlink_to(data_paths.database)
    for target in (data_paths.database, data_paths.root / "new.csv", tmp_path / "link.csv"):
        dialogs["save"] = target
        for button in ("export_csv_button", "export_ics_button"):
            text = _refused(page, button)
            assert "data folder" in text and "Nothing was written" in text, text
    assert data_paths.database.read_bytes() == database
    assert not (data_paths.root / "new.csv").exists()


def test_devices_pipes_and_folders_are_refused(page: DiaryPage, dialogs,  # noqa: F811
                                               tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    for target in ("/dev/null", tmp_path / "pipe"):
        dialogs["save"] = target
        assert "not an ordinary file" in _refused(page, "export_csv_button")
    dialogs["save"] = tmp_path
    assert "is a folder" in _refused(page, "export_ics_button")


def test_importing_a_pipe_does_not_wait_and_changes_nothing(
    page: DiaryPage, dialogs, data_paths: DataPaths, tmp_path: Path,  # noqa: F811
) -> None:
    os.mkfifo(tmp_path / "pipe.csv")  # nobody writes to it
    before = dump(data_paths.root)
    dialogs["open"] = tmp_path / "pipe.csv"
    text = _refused(page, "import_csv_button")
    assert "not an ordinary file" in text and "Nothing was changed" in text
    assert dump(data_paths.root) == before


def test_a_formula_note_is_exported_as_text(page: DiaryPage, dialogs, service,  # noqa: F811
                                            tmp_path: Path) -> None:
    from datetime import date

    from rlsdesk.domain.diary import NightEntry

    service.save(NightEntry(date(2026, 11, 18), 2, note="=HYPERLINK(\"http://x\")"))
    dialogs["save"] = tmp_path / "out.csv"
    page.files.export_csv_button.click()
    assert "'=HYPERLINK" in (tmp_path / "out.csv").read_text(encoding="utf-8")
