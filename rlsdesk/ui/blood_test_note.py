"""Tonight's line about tomorrow morning's blood test, when one is planned with its
reminder: when the reminder comes, and the guideline's note on the morning draw (with its
source). Information, never advice. Hidden on other nights."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QLabel, QWidget

from rlsdesk.services.evening import Evening
from rlsdesk.services.labs import LabsService
from rlsdesk.text.i18n import fill
from rlsdesk.text.labs_text import blood_test_note, blood_test_title
from rlsdesk.text.timefmt import format_clock
from rlsdesk.ui.errors import guard_overrides


@guard_overrides
class BloodTestNote(QLabel):
    def __init__(self, evening: Evening, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bloodTestNote")
        self.labs = LabsService(evening)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(10)
        self.setAccessibleName(self.tr("Blood test tomorrow morning"))
        self.hide()

    def show_for(self, night: date) -> None:
        found = self.labs.reminder_tonight(night)
        if found is None:
            self.setText("")
            self.hide()
            return
        plan, at = found
        when = format_clock(at.astimezone(self.labs.evening.zone).time())
        self.setText("\n".join((
            blood_test_title(plan.planned),
            fill(self.tr("Reminder at %1 tonight."), when),
            blood_test_note())))
        self.show()
