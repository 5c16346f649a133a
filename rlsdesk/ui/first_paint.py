"""Run deferred start-up work once the window has been painted, so it never delays the
first window the person sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once: on the turn after ``widget`` first paints, or after
    ``fallback_ms`` if it never does (a window shown minimised or off screen)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None],
                 fallback_ms: int = 1500) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        if callback is not None:
            callback()
