"""A clear ring around the field that has the keyboard focus, in the day and night look.

Buttons, lists and text boxes get their ring from the theme's style sheet. Fields whose
native focus frame is a faint hairline (combo and spin boxes, time and date edits, line
edits, check boxes) get this one: a ring drawn just outside the field, in the theme's focus
colour (see theme.FOCUS_PROPERTY), over the page, taking no clicks. One ring for the whole
application follows the focus; the field itself is drawn as the system draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QRadioButton,
    QWidget,
)
from shiboken6 import isValid

from rlsdesk.ui.errors import guard_overrides
from rlsdesk.ui.theme import FOCUS_PROPERTY

WIDTH = 3.0   # the ring's line
GAP = 2       # between the field and the ring


def wants_ring(widget: QWidget | None) -> bool:
    """A field whose own focus frame is too faint to see when tired."""
    if widget is None or isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
        return False  # the text inside a spin or combo box: the box gets the ring
    return isinstance(widget, QAbstractSpinBox | QComboBox | QLineEdit | QCheckBox | QRadioButton)


def focus_colour() -> QColor:
    app = QApplication.instance()
    named = app.property(FOCUS_PROPERTY) if app is not None else None
    if named:
        return QColor(str(named))
    return QApplication.palette().color(QPalette.ColorRole.Highlight)


@guard_overrides
class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = widget if wants_ring(widget) else None
        if self.target is None or self.target.parentWidget() is None:
            self.target = None
            self.hide()
            return
        self.setParent(self.target.parentWidget())
        self.target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        margin = round(WIDTH) + GAP
        self.setGeometry(target.geometry().adjusted(-margin, -margin, margin, margin))
        self.show()
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(focus_colour(), WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 6, 6)
        painter.end()


_RING: list[FocusRing] = []
_INSTALLED: list[bool] = []


def ring() -> FocusRing:
    """The application's ring (made again if the page it last stood on was deleted with it)."""
    if not _RING or not isValid(_RING[0]):
        _RING[:] = [FocusRing()]
    return _RING[0]


def install(app: QApplication) -> None:
    """One ring for the application, following the focus (again is harmless)."""
    if not _INSTALLED:
        _INSTALLED.append(True)
        app.focusChanged.connect(lambda _old, new: ring().follow(new))
