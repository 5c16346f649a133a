"""The Diary page's files: export the diary as CSV, import one back, export the routine as
a calendar, and the lab results' own CSV file (export, import). The same formats and checks
as ``rlsdesk export csv|ics|labs`` / ``import csv|labs``.

Writing is atomic (a private temp file renamed into place) and only to a new or ordinary
file outside the data folder (never the diary's own files, a folder or a device); the save
dialog's own "replace?" question is the consent to replace a file. Importing reads only an
ordinary file, shows what would change and asks first; a file that cannot be read is
explained in the page (line and field named) and changes nothing.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.formats.diary_csv import DiaryFileError
from rlsdesk.formats.labs_csv import LabsFileError
from rlsdesk.formats.targets import Problem, TargetError, export_target, read_source, write_export
from rlsdesk.services.diary import DiaryService, ImportPreview
from rlsdesk.services.labs import LabsService
from rlsdesk.text.i18n import plural
from rlsdesk.text.timefmt import format_date
from rlsdesk.ui.flow import FlowLayout
from rlsdesk.ui.inline_note import InlineNote
from rlsdesk.ui.left_out import left_out_text

log = logging.getLogger(__name__)

# How the messages name a night: "20 Nov 2026", in the locale's words.
DAY_FORMAT = "d MMM yyyy"


def _start_folder() -> Path:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


class DiaryFiles(QGroupBox):
    imported = Signal()  # nights were imported: the diary changed

    def __init__(self, service: DiaryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.labs = LabsService(service.evening)
        self.setTitle(self.tr("Files"))
        self._folder: Path | None = None

        self.export_csv_button = QPushButton(self.tr("Export diary as CSV…"))
        self.export_csv_button.setAccessibleName(self.tr("Export diary as CSV"))
        self.export_csv_button.setToolTip(self.tr(
            "Every night as one row of a spreadsheet file: for a backup, another computer "
            "or your clinician"))
        self.export_csv_button.clicked.connect(self.export_csv)
        self.import_csv_button = QPushButton(self.tr("Import diary from CSV…"))
        self.import_csv_button.setAccessibleName(self.tr("Import diary from CSV"))
        self.import_csv_button.setToolTip(self.tr(
            "Read a diary CSV back; shows what would change and asks before changing "
            "anything"))
        self.import_csv_button.clicked.connect(self.import_csv)
        self.export_ics_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.export_ics_button.setAccessibleName(self.tr("Export routine as calendar"))
        self.export_ics_button.setToolTip(self.tr(
            "Your routine as weekly calendar events with alarms, for a phone or calendar app"))
        self.export_ics_button.clicked.connect(self.export_ics)
        self.export_labs_button = QPushButton(self.tr("Export lab results…"))
        self.export_labs_button.setAccessibleName(self.tr("Export lab results as CSV"))
        self.export_labs_button.setToolTip(self.tr(
            "Your lab results, one per row (date, test, value, unit), in their own CSV file"))
        self.export_labs_button.clicked.connect(self.export_labs)
        self.import_labs_button = QPushButton(self.tr("Import lab results…"))
        self.import_labs_button.setAccessibleName(self.tr("Import lab results from CSV"))
        self.import_labs_button.setToolTip(self.tr(
            "Read a lab file back; each date in it replaces that date's results, after "
            "asking"))
        self.import_labs_button.clicked.connect(self.import_labs)

        # under the buttons, shown with a result: no empty line while there is none
        self.status = InlineNote(self.tr("File result"))
        self.error = InlineNote(self.tr("File problem"))

        buttons = FlowLayout()  # a second line when the page is narrow
        for button in (self.export_csv_button, self.import_csv_button, self.export_ics_button):
            buttons.addWidget(button)
        lab_buttons = FlowLayout()  # the lab file: a row of its own, wrapping when narrow
        for button in (self.export_labs_button, self.import_labs_button):
            lab_buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(lab_buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    # --- telling --------------------------------------------------------------------------
    def _tell(self, text: str) -> None:
        self.error.clear_note()
        self.status.confirm(text)

    def _problem(self, text: str) -> None:
        self.status.clear_note()
        self.error.problem(text)

    def _folder_for_dialog(self) -> Path:
        return self._folder or _start_folder()

    # --- export ---------------------------------------------------------------------------
    def _ask_target(self, title: str, name: str, kinds: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, title, str(self._folder_for_dialog() / name), kinds)
        if not chosen:
            return None
        path = Path(chosen)
        self._folder = path.parent
        return path

    def _write(self, path: Path, data: bytes) -> bool:
        try:  # replace=True: the save dialog has asked before naming an existing file
            target = export_target(path, self.service.evening.data_folder, replace=True)
            write_export(target, data, replace=True, shown=str(path))
        except TargetError as exc:
            log.warning("could not write %s: %s", path, exc)
            self._problem(self._write_problem(path, exc))
            return False
        return True

    def _write_problem(self, path: Path, exc: TargetError) -> str:
        if exc.problem is Problem.DATA_FOLDER:
            return self.tr("{0} is in rlsdesk's own data folder; choose a file elsewhere. "
                           "Nothing was written.").format(str(path))
        if exc.problem is Problem.FOLDER:
            return self.tr("{0} is a folder; give a file name. Nothing was written.").format(
                str(path))
        if exc.problem in (Problem.DEVICE, Problem.PIPE, Problem.SOCKET, Problem.SPECIAL):
            return self.tr("{0} is not an ordinary file. Nothing was written.").format(
                str(path))
        if exc.problem is Problem.NO_FOLDER:
            return self.tr("Could not write {0}: its folder does not exist. Nothing was "
                           "written.").format(str(path))
        if exc.problem is Problem.EXISTS:
            return self.tr("{0} appeared while writing; it was kept. Nothing was written."
                           ).format(str(path))
        return self.tr("Could not write {0}: {1}. Nothing was written.").format(
            str(path), exc.detail or str(exc))

    def export_csv(self) -> None:
        first, last = self.service.whole_period()
        path = self._ask_target(
            self.tr("Export diary as CSV"), f"rlsdesk-diary-{last.isoformat()}.csv",
            self.tr("CSV files (*.csv);;All files (*)"))
        if path is None:
            return
        text, left_out = self.service.export_csv_counted(first, last)
        rows = sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1
        if self._write(path, text.encode("utf-8")):
            message = plural(rows, self.tr("Wrote {0} night ({1} to {2}) to {3}."),
                             self.tr("Wrote {0} nights ({1} to {2}) to {3}.")).format(
                rows, format_date(first, DAY_FORMAT), format_date(last, DAY_FORMAT), str(path))
            if left_out:
                message += " " + left_out_text(left_out)
            self._tell(message)

    def export_ics(self) -> None:
        from rlsdesk.export.ics import evening_calendar

        path = self._ask_target(
            self.tr("Export routine as calendar"), "rlsdesk-routine.ics",
            self.tr("Calendar files (*.ics);;All files (*)"))
        if path is None:
            return
        if self._write(path, evening_calendar(self.service.evening)):
            self._tell(self.tr("Wrote your routine as a calendar to {0}.").format(str(path)))

    # --- import ---------------------------------------------------------------------------
    def import_csv(self) -> None:
        chosen = self._choose_source(self.tr("Import diary from CSV"))
        if chosen is None:
            return
        path, data = chosen
        try:
            nights = self.service.read_csv(data)
        except DiaryFileError as exc:
            self._problem(self.tr("{0} was not imported: {1}. Nothing was changed.").format(
                path.name, str(exc)))
            return
        preview = self.service.preview_import(nights)
        if not preview.changes_anything:
            self._tell(self.tr(
                "Nothing to import: every night in {0} is already in your diary as it is."
            ).format(path.name))
            return
        if not self._confirm(path, preview):
            self._tell(self.tr("Import cancelled; nothing was changed."))
            return
        try:
            self.service.replace_nights(nights)  # one transaction: all or nothing
        except (sqlite3.Error, OSError):
            log.exception("diary import from %s failed", path)
            self._problem(self.tr(
                "{0} could not be written into your diary; nothing was changed. Details are "
                "in rlsdesk.log in your data folder.").format(path.name))
            return
        self._tell(plural(preview.added, self.tr("Imported {0}: {1} new night, {2} replaced."),
                          self.tr("Imported {0}: {1} new nights, {2} replaced.")).format(
            path.name, preview.added, preview.replaced))
        self.imported.emit()

    def _choose_source(self, title: str) -> tuple[Path, bytes] | None:
        """A CSV file the person picks and its bytes, or None (cancelled, or the problem
        told)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, title, str(self._folder_for_dialog()),
            self.tr("CSV files (*.csv);;All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
        self._folder = path.parent
        data = self._read(path)
        return None if data is None else (path, data)

    def _read(self, path: Path) -> bytes | None:
        """The file's bytes, or None (the problem told) if it cannot be read."""
        try:
            return read_source(path)
        except TargetError as exc:
            log.warning("could not read %s: %s", path, exc)
            if exc.problem is Problem.READ:
                self._problem(self.tr("Could not read {0}: {1}. Nothing was changed.").format(
                    str(path), exc.detail))
            elif exc.problem is Problem.TOO_BIG:
                self._problem(self.tr(
                    "{0} is too large to import. Nothing was changed.").format(str(path)))
            else:
                self._problem(self.tr(
                    "{0} is not an ordinary file. Nothing was changed.").format(str(path)))
            return None

    # --- the lab file ---------------------------------------------------------------------
    def export_labs(self) -> None:
        today = self.service.evening.now().date()
        path = self._ask_target(
            self.tr("Export lab results"), f"rlsdesk-labs-{today.isoformat()}.csv",
            self.tr("CSV files (*.csv);;All files (*)"))
        if path is None:
            return
        count = len(self.labs.results())
        if self._write(path, self.labs.export_csv().encode("utf-8")):
            self._tell(plural(count, self.tr("Wrote {0} lab result to {1}."),
                              self.tr("Wrote {0} lab results to {1}.")).format(count, str(path)))

    def import_labs(self) -> None:
        chosen = self._choose_source(self.tr("Import lab results"))
        if chosen is None:
            return
        path, data = chosen
        try:
            results = self.labs.read_csv(data)
        except LabsFileError as exc:
            self._problem(self.tr("{0} was not imported: {1}. Nothing was changed.").format(
                path.name, str(exc)))
            return
        if not results:
            self._tell(self.tr("Nothing to import: {0} holds no lab results.").format(
                path.name))
            return
        dates = sorted({r.drawn for r in results})
        kept = {r.drawn for r in self.labs.results()}
        replaced = sum(d in kept for d in dates)
        question = plural(len(results),
                          self.tr("Import {0} lab result ({1} to {2}) from {3}?"),
                          self.tr("Import {0} lab results ({1} to {2}) from {3}?")).format(
            len(results), format_date(dates[0], DAY_FORMAT), format_date(dates[-1], DAY_FORMAT),
            path.name)
        details = self.tr(
            "Dates drawn in the file: {0}, of which {1} already have results; those dates "
            "get exactly the file's results.\n\nDates not in the file are kept.").format(
            len(dates), replaced)
        answer = QMessageBox.question(self, self.tr("Import lab results"),
                                      f"{question}\n\n{details}")
        if answer != QMessageBox.StandardButton.Yes:
            self._tell(self.tr("Import cancelled; nothing was changed."))
            return
        try:
            self.labs.import_results(results)  # one transaction: all or nothing
        except (sqlite3.Error, OSError):
            log.exception("lab import from %s failed", path)
            self._problem(self.tr(
                "{0} could not be written into your lab results; nothing was changed. "
                "Details are in rlsdesk.log in your data folder.").format(path.name))
            return
        self._tell(plural(len(results), self.tr("Imported {0}: {1} lab result."),
                          self.tr("Imported {0}: {1} lab results.")).format(
            path.name, len(results)))
        self.imported.emit()

    def _confirm(self, path: Path, preview: ImportPreview) -> bool:
        first = min(n.night for n in preview.nights)
        last = max(n.night for n in preview.nights)
        count = len(preview.nights)
        question = plural(count, self.tr("Import {0} night ({1}) from {3}?"),
                          self.tr("Import {0} nights ({1} to {2}) from {3}?")).format(
            count, format_date(first, DAY_FORMAT), format_date(last, DAY_FORMAT), path.name)
        details = self.tr(
            "New nights added: {0}\n"
            "Nights replaced (their check-in, quick logs and done marks): {1}\n"
            "Already the same: {2}\n\n"
            "Nights not in the file are kept."
        ).format(preview.added, preview.replaced, preview.same)
        text = f"{question}\n\n{details}"
        answer = QMessageBox.question(self, self.tr("Import diary"), text)
        return answer == QMessageBox.StandardButton.Yes

