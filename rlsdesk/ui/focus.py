"""Focus goes back where it was when a window opened from the main window (a guided timer)
closes, so a keyboard or screen-reader user carries on from the same place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


def return_focus_after(window: QObject, fallback: Callable[[], QWidget | None]) -> None:
    """When ``window`` is destroyed, give focus back to the widget that had it when this was
    called; if that widget is gone (the page was rebuilt meanwhile), to ``fallback()``."""
    had = QApplication.focusWidget()

    def give_back() -> None:
        try:
            target = had if had is not None and isValid(had) and had.isVisible() else fallback()
        except RuntimeError:  # the window itself is being torn down (quitting)
            return
        if target is None or not isValid(target):
            return
        top = target.window()
        top.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    window.destroyed.connect(give_back)
