"""Deferred start-up work runs once, after the first paint (or a fallback delay)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rlsdesk.ui.first_paint import AfterFirstPaint


def test_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[str] = []
    AfterFirstPaint(widget, lambda: calls.append("ran"), fallback_ms=60_000)
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == ["ran"], timeout=3000)
    widget.repaint()
    widget.hide()
    widget.show()
    qtbot.wait(50)
    assert calls == ["ran"]


def test_a_widget_never_painted_still_gets_its_work_done(qtbot: QtBot) -> None:
    widget = QWidget()  # never shown
    qtbot.addWidget(widget)
    calls: list[str] = []
    AfterFirstPaint(widget, lambda: calls.append("ran"), fallback_ms=20)
    qtbot.waitUntil(lambda: calls == ["ran"], timeout=2000)
    qtbot.wait(50)
    assert calls == ["ran"]
