"""Every control a person can reach has a name a screen reader can say, and the keyboard
reaches every control on every page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView,
               QAbstractSlider, QPlainTextEdit, QTextEdit)


def interactive_controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line edit of a spin box or combo box
        if isinstance(widget, (QScrollBar, QHeaderView)):
            continue  # parts of a scroll area or list; the list itself is named
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll bars' buttons and the like)
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def show_every_page(app, qtbot) -> list[str]:
    app.window.show()
    qtbot.waitExposed(app.window)
    keys = ["tonight", "routine", "diary", "insights", "settings", "about"]
    return keys


def test_every_interactive_control_has_an_accessible_name(make_app, qtbot) -> None:
    app = make_app()
    missing = []
    for key in show_every_page(app, qtbot):
        app.window.show_section(key)
        qtbot.wait(50)
        for widget in interactive_controls(app.window):
            if not spoken_name(widget):
                missing.append(f"{key}: {describe(widget)}")
    assert not missing, "controls without an accessible name:\n" + "\n".join(sorted(set(missing)))


def test_tab_reaches_every_control_on_every_page(make_app, qtbot) -> None:
    app = make_app()
    unreachable = []
    for key in show_every_page(app, qtbot):
        app.window.show_section(key)
        qtbot.wait(50)
        chain, widget = set(), app.window.nextInFocusChain()
        for _ in range(2000):
            chain.add(widget)
            widget = widget.nextInFocusChain()
            if widget is app.window:
                break
        for control in interactive_controls(app.window):
            if not control.isEnabled():
                continue
            policy = control.focusPolicy()
            if not (policy & Qt.FocusPolicy.TabFocus) or control not in chain:
                unreachable.append(f"{key}: {describe(control)}")
    assert not unreachable, "not reachable with Tab:\n" + "\n".join(sorted(set(unreachable)))
