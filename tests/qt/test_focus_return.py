"""After a guided timer's window closes, focus is back on the button that opened it (or, if
Tonight was rebuilt meanwhile, on that step's first button)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from rlsdesk.ui.focus import return_focus_after


def test_focus_goes_back_to_where_it_was(qtbot) -> None:
    main = QWidget()
    layout = QVBoxLayout(main)
    first, start = QPushButton("first"), QPushButton("Start")
    layout.addWidget(first)
    layout.addWidget(start)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    timer = QWidget()
    return_focus_after(timer, lambda: first)
    timer.show()
    qtbot.waitExposed(timer)
    first.setFocus()  # focus went elsewhere while the timer ran (a rebuild, the desktop)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not start)
    with qtbot.waitSignal(timer.destroyed):
        timer.deleteLater()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)


def test_a_rebuilt_page_gives_focus_to_the_fallback(qtbot) -> None:
    main = QWidget()
    layout = QVBoxLayout(main)
    gone, fallback = QPushButton("Start"), QPushButton("Done")
    layout.addWidget(gone)
    layout.addWidget(fallback)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    gone.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is gone)
    timer = QWidget()
    return_focus_after(timer, lambda: fallback)
    with qtbot.waitSignal(gone.destroyed):
        gone.deleteLater()  # Tonight rebuilt its rows while the timer ran
    main.setFocus()  # focus is nowhere in particular
    with qtbot.waitSignal(timer.destroyed):
        timer.deleteLater()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fallback)
