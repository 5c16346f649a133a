"""Values by date as points joined by a line, with an optional reference line (a
threshold from a guideline, say); the cursor reads each point."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from rlsdesk.paint.colours import ChartColours
from rlsdesk.text.timefmt import format_date, format_number
from rlsdesk.ui.calm import soft
from rlsdesk.ui.charts.base import ChartWidget


class DatedValueChart(ChartWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.points: list[tuple[date, float]] = []
        self.low, self.high = 0.0, 100.0
        self.reference: tuple[float, str] | None = None
        self.read: Callable[[date, float], str] = lambda d, v: f"{d}: {format_number(v)}"
        self.empty_text = ""
        self._plot = QRectF()

    def set_points(self, points: Sequence[tuple[date, float]], low: float, high: float,
                   read: Callable[[date, float], str], empty_text: str,
                   reference: tuple[float, str] | None = None) -> None:
        self.points = sorted(points)
        self.low, self.high = low, max(high, low + 1)
        self.read, self.empty_text, self.reference = read, empty_text, reference
        self.refresh()

    def count(self) -> int:
        return len(self.points)

    def describe(self, index: int) -> str:
        night, value = self.points[index]
        return self.read(night, value)

    def preferred_height(self) -> int:
        return round(max(180.0, self.label_metrics().height() * 10))

    def arrange(self) -> None:
        metrics = self.label_metrics()
        inner = self.inner()
        left = inner.left() + metrics.horizontalAdvance(format_number(self.high)) + 12
        self._plot = QRectF(left, inner.top() + 6, inner.right() - left - 6,
                            inner.height() - metrics.height() - 14)

    def _x(self, index: int) -> float:
        if len(self.points) < 2:
            return self._plot.center().x()
        first, last = self.points[0][0], self.points[-1][0]
        span = max((last - first).days, 1)
        return self._plot.left() + self._plot.width() * (self.points[index][0] - first).days / span

    def _y(self, value: float) -> float:
        share = (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)
        return self._plot.bottom() - self._plot.height() * share

    def index_at(self, point: QPointF) -> int | None:
        if not self.points or not self._plot.adjusted(-8, -8, 8, 8).contains(point):
            return None
        return min(range(len(self.points)), key=lambda i: abs(self._x(i) - point.x()))

    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        metrics = QFontMetricsF(painter.font())
        plot = self._plot
        for value in (self.low, self.high):
            y = self._y(value)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(QRectF(self.inner().left(), y - metrics.height() / 2,
                                    plot.left() - self.inner().left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             format_number(value))
        if self.reference is not None:
            value, label = self.reference
            y = self._y(value)
            painter.setPen(QPen(colours.accent, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.text)
            painter.drawText(QRectF(plot.left() + 4, y - metrics.height() - 2,
                                    plot.width() - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight, label)
        if not self.points:
            painter.setPen(colours.muted)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        painter.setPen(colours.muted)
        for index in (0, len(self.points) - 1):
            x = self._x(index)
            painter.drawText(QRectF(x - 80, plot.bottom() + 4, 160, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter,
                             format_date(self.points[index][0], "d MMM yyyy"))
        painter.setPen(QPen(soft(colours.points, 200), 2))
        for index in range(1, len(self.points)):
            painter.drawLine(QPointF(self._x(index - 1), self._y(self.points[index - 1][1])),
                             QPointF(self._x(index), self._y(self.points[index][1])))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.points)
        for index, (_, value) in enumerate(self.points):
            painter.drawEllipse(QPointF(self._x(index), self._y(value)), 4, 4)

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        x, y = self._x(index), self._y(self.points[index][1])
        painter.setPen(QPen(soft(colours.focus, 210), 2))
        painter.drawLine(QPointF(x, self._plot.top()), QPointF(x, self._plot.bottom()))
        painter.setBrush(colours.background)
        painter.setPen(QPen(colours.focus, 2.5))
        painter.drawEllipse(QPointF(x, y), 6, 6)
