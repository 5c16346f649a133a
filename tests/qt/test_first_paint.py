"""Deferred start-up work runs once, after the first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rlsdesk.ui.first_paint import AfterFirstPaint


def test_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    AfterFirstPaint(widget, lambda: calls.append("ran"))
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == ["ran"], timeout=3000)
    widget.repaint()
    widget.hide()
    widget.show()
    qtbot.wait(50)
    assert calls == ["ran"]



def test_a_widget_never_painted_runs_nothing(qtbot: QtBot) -> None:
    widget = QWidget()  # never shown: the app's own deadline covers this case
    qtbot.addWidget(widget)
    calls: list[str] = []
    AfterFirstPaint(widget, lambda: calls.append("ran"))
    qtbot.wait(100)
    assert calls == []
