"""Telling the person, kindly and clearly, that their data file could not be read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # QMessageBox loads when a message is shown, not with the window
    from PySide6.QtWidgets import QWidget

    from rlsdesk.store.backups import Backup


def ask_restore_after_unreadable(
    parent: QWidget | None, problem: str, kept_as: Path, latest: Backup | None
) -> bool:
    """Returns True if the person wants the latest backup restored."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("unreadableDataDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("rlsdesk could not read your data")
    box.setText("Your rlsdesk data file could not be read, so a fresh one was started.")
    details = (
        f"Nothing was deleted: the old file is kept, unchanged, as\n{kept_as}\n\n"
        f"What was wrong: {problem}."
    )
    if latest is not None:
        details += f"\n\nA backup from {latest.day:%A %d %B %Y} is available."
    box.setInformativeText(details)
    restore = None
    if latest is not None:
        restore = box.addButton("Restore the backup", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Start fresh", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def tell(parent: QWidget | None, title: str, text: str, warning: bool = False) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()
