"""A 0-10 scale as a row of big numbered squares, for rating a night at a glance.

A :class:`QSlider` underneath: the keyboard (arrow keys, Home, End, Page Up/Down), the
value, the signals and what a screen reader is told are the slider's; only the look and the
pointer differ (a click on a square picks it). The ends are named under the row.

The scale starts unchosen (:data:`UNSET`, no square marked): a night nobody rated is not a
night without symptoms. The first arrow key or click picks a square; Home picks 0.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QSlider, QWidget

from rlsdesk.ui.calm import muted_text, soft
from rlsdesk.ui.errors import guard_overrides

GAP = 6.0
MARGIN = 4.0  # room for the focus ring around the chosen square
SQUARE_MIN = 34.0
SQUARE_MAX = 44.0
UNSET = -1  # nothing chosen yet


@guard_overrides
class SeverityScale(QSlider):
    def __init__(self, parent: QWidget | None = None, maximum: int = 10) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("severityScale")
        self.setRange(UNSET, maximum)
        self.setValue(UNSET)
        self.setSingleStep(1)
        self.setPageStep(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.low_text = self.tr("none")
        self.high_text = self.tr("worst")
        self.valueChanged.connect(lambda _v: self.update())

    def is_set(self) -> bool:
        return self.value() != UNSET

    def clear(self) -> None:
        self.setValue(UNSET)

    # --- geometry ---------------------------------------------------------------------
    def _first(self) -> int:
        return 0

    def _count(self) -> int:
        return self.maximum() - self._first() + 1

    def _square(self) -> float:
        width = (self.width() - 2 * MARGIN - GAP * (self._count() - 1)) / self._count()
        return max(SQUARE_MIN, min(SQUARE_MAX, width))

    def square_rect(self, value: int) -> QRectF:
        side = self._square()
        index = value - self._first()
        return QRectF(MARGIN + index * (side + GAP), MARGIN, side, side)

    def value_at(self, point: QPointF) -> int | None:
        for value in range(self._first(), self.maximum() + 1):
            rect = self.square_rect(value).adjusted(-GAP / 2, -MARGIN, GAP / 2, MARGIN)
            if rect.contains(point):
                return value
        return None

    def squares_height(self) -> int:
        """The height of the row of squares (the ends' names are beneath it)."""
        return round(self._square() + 2 * MARGIN)

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        width = self._count() * (SQUARE_MAX + GAP) - GAP + 2 * MARGIN
        return QSize(round(width), round(SQUARE_MAX + 2 * MARGIN + line))

    def minimumSizeHint(self) -> QSize:
        width = self._count() * (SQUARE_MIN + GAP) - GAP + 2 * MARGIN
        return QSize(round(width), self.sizeHint().height())

    # --- keyboard: the squares are 0 to the maximum; unset is only where it starts -----------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        lower = (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        if key == Qt.Key.Key_Home or (key in lower and self.value() <= self._first()):
            self.setValue(self._first())
            event.accept()
            return
        super().keyPressEvent(event)

    # --- pointer ----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        value = self.value_at(event.position())
        if value is not None:
            self.setValue(value)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            value = self.value_at(event.position())
            if value is not None:
                self.setValue(value)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    # --- painting ---------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        role = QPalette.ColorRole
        enabled = self.isEnabled()
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        base = palette.color(group, role.Button)
        text = palette.color(group, role.ButtonText)
        accent = palette.color(group, role.Highlight)
        on_accent = palette.color(group, role.HighlightedText)
        edge = soft(palette.color(group, role.WindowText), 70)
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        for value in range(self._first(), self.maximum() + 1):
            rect = self.square_rect(value)
            chosen = value == self.value()
            painter.setPen(QPen(accent if chosen else edge, 1.5))
            painter.setBrush(accent if chosen else base)
            painter.drawRoundedRect(rect, 7, 7)
            font.setBold(chosen)
            painter.setFont(font)
            painter.setPen(on_accent if chosen else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))
        if self.hasFocus():  # around the chosen square, or the whole row while unchosen
            painter.setPen(QPen(palette.color(role.WindowText), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = (self.square_rect(self.value()) if self.is_set() else
                    self.square_rect(self._first()).united(self.square_rect(self.maximum())))
            painter.drawRoundedRect(ring.adjusted(-3, -3, 3, 3), 9, 9)
        painter.setFont(self.font())
        painter.setPen(muted_text(palette))
        line = QFontMetricsF(self.font()).height()
        first, last = self.square_rect(self._first()), self.square_rect(self.maximum())
        below = first.bottom() + MARGIN - 2
        painter.drawText(QRectF(first.left(), below, 200, line),
                         Qt.AlignmentFlag.AlignLeft, self.low_text)
        painter.drawText(QRectF(last.right() - 200, below, 200, line),
                         Qt.AlignmentFlag.AlignRight, self.high_text)
        painter.end()
