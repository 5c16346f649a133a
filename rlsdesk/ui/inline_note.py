"""A short answer right beside the control that caused it: "Saved", "Backup written", an
import's result, a problem with a field.

A confirmation is calm (muted) and fades after a while or gives way to the next message; a
problem stays (bold, in the theme's warning words) until it is fixed or replaced. The note
wraps its words and never asks for more width than it is given, so a long message adds a
line instead of widening (and side-scrolling) the page. Screen readers hear each message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from rlsdesk.ui.calm import set_muted, unset_muted

#: How long a confirmation stays before it fades (an error stays until fixed).
CONFIRMATION_MS = 10_000


class InlineNote(QLabel):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineNote")
        self.setAccessibleName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Any width it is given, no wider: the words wrap instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(0)
        self._problem = False
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(CONFIRMATION_MS)
        self._fade.timeout.connect(self.clear_note)
        self.hide()

    # --- telling --------------------------------------------------------------------------
    def confirm(self, text: str) -> None:
        """A calm confirmation; it fades after :data:`CONFIRMATION_MS`."""
        self._show(text, problem=False)
        self._fade.start()

    def inform(self, text: str) -> None:
        """A calm note that stays until replaced (what the form now shows)."""
        self._show(text, problem=False)
        self._fade.stop()

    def warn(self, text: str) -> None:
        """Worth knowing, though nothing is wrong: in full-strength text, staying until
        replaced or cleared."""
        self._show(text, problem=False, muted=False)
        self._fade.stop()

    def problem(self, text: str) -> None:
        """Something to fix: it stays until :meth:`clear_note` or the next message."""
        self._show(text, problem=True)
        self._fade.stop()

    def clear_note(self) -> None:
        self._fade.stop()
        self._problem = False
        self.setText("")
        self.hide()

    # --- reading (tests, screen readers) ----------------------------------------------------
    def is_problem(self) -> bool:
        return self._problem and self.isVisibleTo(self.parentWidget() or self)

    def fades(self) -> bool:
        """True while a confirmation is waiting to fade."""
        return self._fade.isActive()

    def _show(self, text: str, *, problem: bool, muted: bool = True) -> None:
        self._problem = problem
        self.setProperty("problem", problem)
        font = self.font()
        font.setBold(problem)
        self.setFont(font)
        if problem or not muted:
            unset_muted(self)
        else:
            set_muted(self)
        self.setText(text)
        self.setVisible(bool(text))
        if text:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
