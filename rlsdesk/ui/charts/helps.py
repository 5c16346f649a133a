"""What seems to help: for each step with enough nights on both sides, the mean severity on
nights it was done against nights it was planned but not done, with how many nights stand
behind each bar. Steps with too few nights get no bars, only a note. An association in
the person's own diary, not proof."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from rlsdesk.domain.chart_data import SEVERITY_MAX
from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE, StepEffect
from rlsdesk.paint.colours import ChartColours
from rlsdesk.paint.plot import PAD
from rlsdesk.services.diary import Insights
from rlsdesk.text.i18n import fill, plural
from rlsdesk.ui.charts.base import ChartWidget

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


class HelpsChart(ChartWidget):
    page_step = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What seems to help"), parent)
        self.effects: list[StepEffect] = []   # the ones with enough nights, shown as bars
        self.lines: list[str] = []            # their sentences, for the cursor
        self.too_few: list[str] = []          # titles of the steps left out
        self._rows: list[float] = []          # the top of each step's group
        self._left = 0.0
        self._right = 0.0

    def set_data(self, data: Insights, lines: list[str]) -> None:
        """``lines``: summaries.helps_lines for ``data`` (one per effect, in order)."""
        pairs = list(zip(data.effects, lines, strict=True))
        self.effects = [e for e, _ in pairs if e.difference is not None]
        self.lines = [line for e, line in pairs if e.difference is not None]
        self.too_few = [e.step.title for e in data.effects if e.difference is None]
        self.refresh()

    def count(self) -> int:
        return len(self.effects)

    def describe(self, index: int) -> str:
        return self.lines[index]

    # --- layout -------------------------------------------------------------------------
    def _bar_height(self) -> float:
        return self.label_metrics().height() + 4

    def _group_height(self) -> float:
        return self.label_metrics().height() + 4 + 2 * (self._bar_height() + 4) + 8

    def _note(self) -> str:
        needs = (self.tr("needs %1 nights done and %1 not done")
                 .replace("%1", str(MIN_NIGHTS_EACH_SIDE)))
        if not self.effects and not self.too_few:
            return self.tr("No routine steps yet.")
        if not self.effects:
            return self.tr("Not enough nights yet to compare any step (%1).").replace("%1", needs)
        if self.too_few:
            return (self.tr("Not shown, not enough nights yet (%1): %2").replace("%1", needs)
                    .replace("%2", ", ".join(self.too_few)))
        return ""

    def _note_height(self, width: float) -> float:
        note = self._note()
        if not note:
            return 0.0
        rect = self.label_metrics().boundingRect(QRectF(0, 0, max(50.0, width), 10_000),
                                                 int(_WRAP), note)
        return rect.height() + 8

    def preferred_height(self) -> int:
        width = self.width() - 2 * PAD - 3
        line = self.label_metrics().height()
        bars = (len(self.effects) * self._group_height() + 2 * line + 14) if self.effects \
            else 0
        return round(2 * PAD + 3 + bars + self._note_height(width))

    def arrange(self) -> None:
        inner = self.inner()
        metrics = self.label_metrics()
        labels = (self.tr("done"), self.tr("not done"))
        self._left = inner.left() + max(metrics.horizontalAdvance(t) for t in labels) + 14
        widest = f"10.0  ·  {self._count_text(9999)}"
        self._right = inner.right() - metrics.horizontalAdvance(widest) - 16
        self._rows = [inner.top() + i * self._group_height() for i in range(len(self.effects))]

    def _x(self, severity: float) -> float:
        return self._left + (self._right - self._left) * severity / SEVERITY_MAX

    def _count_text(self, nights: int) -> str:
        return fill(plural(nights, self.tr("%1 night"), self.tr("%1 nights")), nights)

    def index_at(self, point: QPointF) -> int | None:
        for index, top in enumerate(self._rows):
            if top <= point.y() < top + self._group_height():
                return index
        return None

    # --- painting -----------------------------------------------------------------------
    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        metrics = QFontMetricsF(painter.font())
        inner, line = self.inner(), metrics.height()
        bold = QFont(painter.font())
        bold.setWeight(QFont.Weight.DemiBold)
        if self.effects:
            bottom = self._rows[-1] + self._group_height() - 6
            for tick in range(0, SEVERITY_MAX + 1, 2):
                x = self._x(tick)
                painter.setPen(QPen(colours.grid, 1))
                painter.drawLine(QPointF(x, inner.top() + line + 2), QPointF(x, bottom))
                painter.setPen(colours.muted)
                painter.drawText(QRectF(x - 20, bottom + 2, 40, line),
                                 Qt.AlignmentFlag.AlignHCenter, str(tick))
            painter.drawText(QRectF(self._left, bottom + line + 4, inner.right() - self._left,
                                    line), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Mean severity of those nights, 0 to 10 (lower is milder)"))
        for effect, top in zip(self.effects, self._rows, strict=True):
            painter.setFont(bold)
            painter.setPen(colours.text)
            painter.drawText(QRectF(inner.left(), top, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft, effect.step.title)
            painter.setFont(self.label_font())
            bars = (
                (self.tr("done"), effect.mean_done, effect.nights_done, colours.done),
                (self.tr("not done"), effect.mean_not_done, effect.nights_not_done,
                 colours.not_done),
            )
            for row, (label, mean, nights, colour) in enumerate(bars):
                y = top + line + 4 + row * (self._bar_height() + 4)
                height = self._bar_height()
                painter.setPen(colours.muted)
                painter.drawText(QRectF(inner.left(), y, self._left - inner.left() - 10, height),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 label)
                value = mean or 0.0
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(self._left, y + 3, max(3.0, self._x(value)
                                                                      - self._left),
                                               height - 6), 3, 3)
                painter.setPen(colours.text)
                text = f"{value:.1f}  ·  {self._count_text(nights)}"
                painter.drawText(QRectF(self._x(value) + 8, y, 400, height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 text)
        note = self._note()
        if note:
            top = (self._rows[-1] + self._group_height() + 2 * line + 14) if self.effects \
                else inner.top()
            painter.setPen(colours.muted)
            painter.drawText(QRectF(inner.left(), top, inner.width(), 10_000), int(_WRAP), note)

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        if index >= len(self._rows):
            return
        inner = self.inner()
        top = self._rows[index]
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.focus, 2))
        painter.drawRoundedRect(QRectF(inner.left() - 6, top - 4, inner.width() + 12,
                                       self._group_height() - 4), 6, 6)
