"""What seems to help: for each step with enough nights on both sides, the difference in
mean severity between nights it was done and nights it was planned but not done, drawn as a
bar from a zero line (milder to the left, worse to the right), largest difference first,
with how many nights stand behind each side. Steps with too few nights get no bar, only a
note. An association in the person's own diary, not proof."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from rlsdesk.domain.insights import MIN_NIGHTS_EACH_SIDE, StepEffect
from rlsdesk.domain.summary import ranked_effects
from rlsdesk.paint.axes import draw_lines
from rlsdesk.paint.colours import ChartColours
from rlsdesk.paint.plot import PAD
from rlsdesk.paint.text_flow import Box, TextLine, block_height, heading_lines
from rlsdesk.services.diary import Insights
from rlsdesk.text.i18n import fill, plural
from rlsdesk.ui.charts.base import ChartWidget

_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap


def _signed(value: float) -> str:
    from PySide6.QtCore import QLocale

    return ("+" if value >= 0 else "\u2212") + QLocale().toString(abs(value), "f", 1)


class HelpsChart(ChartWidget):
    page_step = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What seems to help"), parent)
        self.effects: list[StepEffect] = []   # enough nights, largest difference first
        self.lines: list[str] = []            # their sentences, for the cursor
        self.too_few: list[str] = []          # titles of the steps left out
        self.too_few_lines: list[str] = []    # their sentences
        self._rows: list[float] = []          # the top of each step's group
        self._left = 0.0
        self._right = 0.0
        self._span = 1.0                      # points from the zero line to either edge
        self._heads: list[TextLine] = []      # "milder" and "worse" over the bars
        self._foot: list[TextLine] = []       # what the bars measure, under them

    def set_data(self, data: Insights, lines: list[str]) -> None:
        """``lines``: insight_text.helps_lines for ``data`` (one per effect, in its order);
        shown here largest difference first (``ranked_effects``)."""
        said = {id(e): line for e, line in zip(data.effects, lines, strict=True)}
        self.effects = ranked_effects(data.effects)
        self.lines = [said[id(e)] for e in self.effects]
        left_out = [e for e in data.effects if e.difference is None]
        self.too_few = [e.step.title for e in left_out]
        self.too_few_lines = [said[id(e)] for e in left_out]
        largest = max((abs(e.difference or 0.0) for e in self.effects), default=0.0)
        self._span = float(max(1, math.ceil(largest - 1e-9)))
        self.refresh()

    def ordered_lines(self) -> list[str]:
        """Every step's sentence in the chart's order, those with too few nights last."""
        return self.lines + self.too_few_lines

    def count(self) -> int:
        return len(self.effects)

    def describe(self, index: int) -> str:
        return self.lines[index]

    def direction(self, index: int) -> int:
        """-1: the bar goes left (milder on nights done), 1: right (worse), 0: none."""
        diff = self.effects[index].difference or 0.0
        return 0 if abs(diff) < 0.05 else (-1 if diff < 0 else 1)

    def bar_span(self, index: int) -> tuple[float, float]:
        """The bar's left and right x (after :meth:`arrange`)."""
        x0, x1 = self._x(0.0), self._x(self.effects[index].difference or 0.0)
        return min(x0, x1), max(x0, x1)

    # --- layout -------------------------------------------------------------------------
    def _bar_height(self) -> float:
        return self.label_metrics().height() + 4

    def _group_height(self) -> float:
        return 2 * self.label_metrics().height() + self._bar_height() + 16

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

    def _texts(self, width: float) -> tuple[list[TextLine], list[TextLine], float]:
        """The two heads over the bars ("milder" left of the zero line, right-aligned to
        it; "worse" right of it), each wrapped in its half of ``width``, and how tall the
        taller is; at x 0 (arrange() moves them)."""
        metrics = self.label_metrics()
        measure, line = metrics.horizontalAdvance, metrics.height()
        half = width / 2 - 6
        left = heading_lines(self.tr("← milder on nights done"), measure, line, half)
        left = [TextLine(t.text, Box(half - t.box.width, t.box.y, t.box.width, line))
                for t in left]
        right = heading_lines(self.tr("worse on nights done →"), measure, line, half,
                              width / 2 + 6)
        return left, right, max(block_height(left), block_height(right))

    def _footnote(self, width: float, x: float = 0.0, y: float = 0.0) -> list[TextLine]:
        metrics = self.label_metrics()
        return heading_lines(self.tr("Difference in mean severity (0 to 10 scale), nights "
                                     "done minus nights not done"),
                             metrics.horizontalAdvance, metrics.height(), width, x, y)

    def _bars_height(self, width: float) -> float:
        """From the heads to the footnote's end (0 without bars)."""
        if not self.effects:
            return 0.0
        line = self.label_metrics().height()
        heads = self._texts(width)[2]
        return (heads + 6 + len(self.effects) * self._group_height() - 6 + line + 4
                + block_height(self._footnote(width)) + 12)

    def preferred_height(self) -> int:
        width = self.width() - 2 * PAD - 3
        return round(2 * PAD + 3 + self._bars_height(width) + self._note_height(width))

    def arrange(self) -> None:
        inner = self.inner()
        self._left, self._right = inner.left() + 8, inner.right() - 8
        left, right, heads = self._texts(inner.width())
        moved = [TextLine(t.text, Box(t.box.x + inner.left(), t.box.y + inner.top(),
                                      t.box.width, t.box.height)) for t in (*left, *right)]
        top = inner.top() + heads + 6  # under the "milder / worse" heads
        self._rows = [top + i * self._group_height() for i in range(len(self.effects))]
        self._heads = moved if self.effects else []
        bottom = (self._rows[-1] + self._group_height() - 6) if self.effects else top
        line = self.label_metrics().height()
        self._foot = (self._footnote(inner.width(), inner.left(), bottom + line + 4)
                      if self.effects else [])

    def text_boxes(self) -> list[Box]:
        return [t.box for t in (*self._heads, *self._foot)]

    def _x(self, difference: float) -> float:
        middle = (self._left + self._right) / 2
        return middle + (self._right - middle) * max(-1.0, min(1.0, difference / self._span))

    def _count_text(self, nights: int) -> str:
        return fill(plural(nights, self.tr("%1 night"), self.tr("%1 nights")), nights)

    def _bar_label(self, effect: StepEffect) -> str:
        return fill(self.tr("%1 points · %2 done, %3 not done"), _signed(effect.difference or 0.0),
                    self._count_text(effect.nights_done), effect.nights_not_done)

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
        zero = self._x(0.0)
        if self.effects:
            draw_lines(painter, self._heads, colours.muted)
            bottom = self._rows[-1] + self._group_height() - 6
            step = 1 if self._span <= 4 else 2
            for tick in range(-int(self._span), int(self._span) + 1, step):
                x = self._x(tick)
                painter.setPen(QPen(colours.text if tick == 0 else colours.grid,
                                    2 if tick == 0 else 1))
                painter.drawLine(QPointF(x, self._rows[0] - 4), QPointF(x, bottom))
                painter.setPen(colours.muted)
                painter.drawText(QRectF(x - 24, bottom + 2, 48, line),
                                 Qt.AlignmentFlag.AlignHCenter,
                                 "0" if tick == 0 else ("+" if tick > 0 else "\u2212")
                                 + str(abs(tick)))
            draw_lines(painter, self._foot, colours.muted)
        for index, (effect, top) in enumerate(zip(self.effects, self._rows, strict=True)):
            painter.setFont(bold)
            painter.setPen(colours.text)
            painter.drawText(QRectF(inner.left(), top, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft, effect.step.title)
            painter.setFont(self.label_font())
            y = top + line + 4
            left, right = self.bar_span(index)
            direction = self.direction(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.done if direction < 0 else colours.high)
            if direction == 0:
                left, right = zero - 1.5, zero + 1.5
            painter.drawRect(QRectF(left, y + 3, max(3.0, right - left), self._bar_height() - 6))
            painter.setPen(colours.text)
            label_y = y + self._bar_height() + 2
            painter.drawText(QRectF(inner.left(), label_y, inner.width(), line),
                             Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
                                 self._bar_label(effect), Qt.TextElideMode.ElideRight,
                                 inner.width()))
        note = self._note()
        if note:
            top = inner.top() + self._bars_height(inner.width())
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
