"""The data watch looks every second while the window shows, rarely while it is hidden in
the tray (so rlsdesk sleeps there), and at once when the window comes back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rlsdesk.ui.data_watch import HIDDEN_POLL_MS, POLL_MS, DataWatch


def test_polls_fast_only_while_the_window_shows(qtbot) -> None:
    versions = iter(range(100))
    asked: list[int] = []

    def version() -> int:
        asked.append(1)
        return next(versions)

    window = QWidget()
    qtbot.addWidget(window)
    watch = DataWatch(version)
    watch.follow_visibility(window)
    watch.start()
    assert watch.interval_ms() == HIDDEN_POLL_MS  # starting in the tray
    heard: list[bool] = []
    watch.changed.connect(lambda: heard.append(True))
    before = len(asked)
    window.show()
    qtbot.waitExposed(window)
    assert watch.interval_ms() == POLL_MS
    assert len(asked) > before and heard  # looked at once on showing
    window.hide()
    assert watch.interval_ms() == HIDDEN_POLL_MS
    watch.stop()
