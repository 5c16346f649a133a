"""Telling the person, kindly and clearly, that their data file could not be read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rlsdesk.text.i18n import fill, translate
from rlsdesk.text.timefmt import format_clock, format_date

if TYPE_CHECKING:  # QMessageBox loads when a message is shown, not with the window
    from PySide6.QtWidgets import QWidget

    from rlsdesk.services.data_care import Backup


def ask_restore_after_unreadable(
    parent: QWidget | None, problem: str, kept_as: Path, latest: Backup | None
) -> bool:
    """Returns True if the person wants the latest backup restored."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("unreadableDataDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DataDialogs", "rlsdesk could not read your data"))
    box.setText(translate(
        "DataDialogs", "Your rlsdesk data file could not be read, so a fresh one was started."))
    details = fill(translate(
        "DataDialogs",
        "Nothing was deleted: the old file is kept, unchanged, as\n%1\n\nWhat was wrong: %2."),
        kept_as, problem)
    if latest is not None:
        details += "\n\n" + fill(translate("DataDialogs", "A backup from %1 is available."),
                                  format_date(latest.day, "dddd dd MMMM yyyy"))
    box.setInformativeText(details)
    restore = None
    if latest is not None:
        restore = box.addButton(translate("DataDialogs", "Restore the backup"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("DataDialogs", "Start fresh"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def backup_label(backup: Backup) -> str:
    """One copy as the Settings page lists it: its day, its time and what kind it is."""
    kinds = {
        "daily": translate("DataDialogs", "daily backup"),
        "manual": translate("DataDialogs", "backup you made"),
        "before-restore": translate("DataDialogs", "your data before a restore"),
    }
    return fill(translate("DataDialogs", "%1, %2: %3"),
                format_date(backup.day, "dddd dd MMMM yyyy"), format_clock(backup.made),
                kinds.get(backup.kind, backup.kind))


def tell(parent: QWidget | None, title: str, text: str, warning: bool = False) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
