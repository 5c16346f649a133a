"""The short first-run questions: usual bedtime and when symptoms usually start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rlsdesk.text.timefmt import clock_display_format


@dataclass(frozen=True)
class FirstRunAnswers:
    bedtime: time
    usual_onset: time | None


class FirstRunDialog(QDialog):
    def __init__(self, bedtime: time, onset: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to rlsdesk"))
        self.setObjectName("firstRunDialog")
        intro = QLabel(
            self.tr(
                "Two questions so tonight's routine fits your evening. You can change both "
                "later in Settings, and rlsdesk learns your timing from what you log."
            )
        )
        intro.setWordWrap(True)
        self.bedtime_edit = QTimeEdit(QTime(bedtime.hour, bedtime.minute))
        self.bedtime_edit.setDisplayFormat(clock_display_format())
        self.bedtime_edit.setAccessibleName(self.tr("Usual bedtime"))
        self.onset_edit = QTimeEdit(QTime(onset.hour, onset.minute))
        self.onset_edit.setDisplayFormat(clock_display_format())
        self.onset_edit.setAccessibleName(self.tr("When symptoms usually start"))
        self.unsure = QCheckBox(self.tr("I'm not sure yet"))
        self.unsure.setAccessibleName(self.tr("Not sure when symptoms start"))
        self.unsure.toggled.connect(lambda on: self.onset_edit.setEnabled(not on))

        form = QFormLayout()
        form.addRow(self.tr("Usual bedtime"), self.bedtime_edit)
        form.addRow(self.tr("Legs usually start"), self.onset_edit)
        form.addRow("", self.unsure)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip for now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answers(self) -> FirstRunAnswers:
        bed = self.bedtime_edit.time()
        onset = self.onset_edit.time()
        return FirstRunAnswers(
            bedtime=time(bed.hour(), bed.minute()),
            usual_onset=None if self.unsure.isChecked() else time(onset.hour(), onset.minute()),
        )
