"""A calendar of the last 53 weeks: a square a night, a column a week, Monday on top;
one map coloured by severity, one by the share of planned steps done. Blank squares:
nothing logged. The two maps stand side by side when the period is short enough for both
to keep good-sized squares (90 nights in the window's width), else one above the other."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QLinearGradient, QPainter, QPen
from PySide6.QtWidgets import QWidget

from rlsdesk.domain.chart_data import (
    SEVERITY_MAX,
    CalendarGrid,
    calendar_grid,
    done_share,
)
from rlsdesk.domain.diary import NightRecord
from rlsdesk.paint.axes import night_name, qdate
from rlsdesk.paint.colours import ChartColours
from rlsdesk.paint.plot import PAD
from rlsdesk.services.diary import Insights
from rlsdesk.text.i18n import fill, plural
from rlsdesk.ui.charts.base import ChartWidget

GAP = 2.0
MAX_CELL = 22.0
SIDE_MIN_CELL = 16.0  # side by side only with squares at least this big
SIDE_GAP = 28.0       # between maps side by side
STACK_GAP = 14.0      # between maps one above the other


class CalendarChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar of nights"), parent)
        self.data: Insights | None = None
        self.grid: CalendarGrid | None = None
        self._by_night: dict[date, NightRecord] = {}
        self._cell = 12.0
        self._side = False
        self._maps: list[QPointF] = []  # the top left of each map's first square

    def set_data(self, data: Insights) -> None:
        self.data = data
        self.grid = calendar_grid(data.first, data.last)
        self._by_night = {r.night: r for r in data.records}
        self.refresh()

    def count(self) -> int:
        grid = self.grid
        return 0 if grid is None else (grid.last - grid.first).days + 1

    def describe(self, index: int) -> str:
        assert self.grid is not None and self.data is not None
        night = self.grid.first + timedelta(days=index)
        record = self._by_night.get(night)
        name = night_name(night)
        if record is None:
            return self.tr("%1: nothing logged").replace("%1", name)
        text = (self.tr("%1: not rated").replace("%1", name) if record.severity is None
                else self.tr("%1: severity %2 of 10").replace("%1", name)
                .replace("%2", str(record.severity)))
        planned = [s for s in self.data.steps if night.weekday() in s.days]
        if planned:
            done = sum(s.id in record.done for s in planned)
            text += fill(plural(len(planned), self.tr("; %1 of %2 planned step done"),
                                self.tr("; %1 of %2 planned steps done")), done, len(planned))
        return text

    # --- layout -------------------------------------------------------------------------
    def _cell_size(self, width: float) -> tuple[bool, float]:
        """(side by side?, the squares' size) for a chart ``width`` wide."""
        weeks = self.grid.weeks if self.grid is not None else 53
        left = self._label_width(self.label_metrics())
        room = width - 2 * PAD - 3
        side = min(MAX_CELL, ((room - SIDE_GAP) / 2 - left) / weeks)
        if side >= SIDE_MIN_CELL:
            return True, side
        return False, max(6.0, min(MAX_CELL, (room - left) / weeks))

    def _label_width(self, metrics: QFontMetricsF) -> float:
        locale = QLocale()
        names = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        return max(metrics.horizontalAdvance(n) for n in names) + 12

    def _map_height(self, cell: float, side: bool) -> float:
        """Title, months and the squares (and, side by side, the scale beneath them)."""
        line = self.label_metrics().height()
        return line + 6 + line + 4 + 7 * cell + (6 + line if side else 0)

    def preferred_height(self) -> int:
        side, cell = self._cell_size(self.width())
        line = self.label_metrics().height()
        maps = (self._map_height(cell, side) if side
                else 2 * self._map_height(cell, side) + STACK_GAP)
        return round(2 * PAD + 3 + maps + line + 6)

    def arrange(self) -> None:
        metrics = self.label_metrics()
        inner = self.inner()
        self._side, self._cell = self._cell_size(self.width())
        label = self._label_width(metrics)
        line = metrics.height()
        top = inner.top() + line + 6 + line + 4
        first = QPointF(inner.left() + label, top)
        if self._side:
            half = (inner.width() - 3 - SIDE_GAP) / 2
            self._maps = [first, QPointF(first.x() + half + SIDE_GAP, top)]
        else:
            self._maps = [first, QPointF(first.x(), top + self._map_height(self._cell, False)
                                         + STACK_GAP)]

    def _rect(self, column: int, row: int, origin: QPointF) -> QRectF:
        cell = self._cell
        return QRectF(origin.x() + column * cell, origin.y() + row * cell,
                      cell - GAP, cell - GAP)

    def index_at(self, point: QPointF) -> int | None:
        if self.grid is None:
            return None
        for origin in self._maps:
            if point.x() < origin.x() or point.y() < origin.y():
                continue
            column = int((point.x() - origin.x()) // self._cell)
            row = int((point.y() - origin.y()) // self._cell)
            night = self.grid.night_at(column, row)
            if night is not None:
                return (night - self.grid.first).days
        return None

    # --- painting -----------------------------------------------------------------------
    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        grid, data = self.grid, self.data
        if grid is None or data is None:
            return
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        titles = (self.tr("Severity (0 to 10)"), self.tr("Share of planned steps done"))
        rated = any(r.severity is not None for r in data.records)
        for index, origin in enumerate(self._maps):
            title_y = origin.y() - 2 * line - 10
            painter.setPen(colours.text)
            painter.drawText(QRectF(origin.x(), title_y, 400, line),
                             Qt.AlignmentFlag.AlignLeft, titles[index])
            if self._side:  # beneath the squares, from their left
                self._draw_scale(painter, colours, origin.y() + 7 * self._cell + 4,
                                 index == 0, left=origin.x())
            else:  # on the title line, at the right
                self._draw_scale(painter, colours, title_y, index == 0)
            self._draw_months(painter, colours, origin, origin.y() - line - 4)
            self._draw_weekdays(painter, colours, origin)
            self._draw_cells(painter, colours, origin, index == 0)
        if not rated:
            rows = QRectF(self._maps[0].x(), self._maps[0].y(), grid.weeks * self._cell,
                          7 * self._cell)
            message = self.tr("No nights rated in this period")
            width = min(rows.width(), metrics.horizontalAdvance(message) + 24)
            box = QRectF(rows.center().x() - width / 2, rows.center().y() - line / 2 - 5,
                         width, line + 10)
            painter.setBrush(colours.background)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(colours.muted)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, message)
        painter.setPen(colours.muted)
        bottom = self._maps[1].y() + 7 * self._cell + 6 + (line + 6 if self._side else 0)
        left = self._maps[0].x()
        painter.drawText(QRectF(left, bottom, self.inner().right() - left, line),
                         Qt.AlignmentFlag.AlignLeft,
                         self.tr("%1 to %2; an empty square: nothing logged")
                         .replace("%1", night_name(grid.first))
                         .replace("%2", night_name(grid.last)))

    def _draw_cells(self, painter: QPainter, colours: ChartColours, origin: QPointF,
                    severity: bool) -> None:
        assert self.grid is not None and self.data is not None
        grid, steps = self.grid, self.data.steps
        painter.setPen(Qt.PenStyle.NoPen)
        night = grid.first
        while night <= grid.last:
            column, row = grid.cell(night)
            rect = self._rect(column, row, origin)
            record = self._by_night.get(night)
            value: float | None
            if severity:
                value = None if record is None or record.severity is None \
                    else record.severity / SEVERITY_MAX
            else:
                value = done_share(record, steps, night)
            if value is None:
                painter.setPen(QPen(colours.grid, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
                painter.setPen(Qt.PenStyle.NoPen)
            else:
                painter.setBrush(colours.heat(value) if severity else colours.done_heat(value))
                painter.drawRoundedRect(rect, 2, 2)
            night += timedelta(days=1)

    def _draw_months(self, painter: QPainter, colours: ChartColours, origin: QPointF,
                     y: float) -> None:
        assert self.grid is not None
        grid, locale = self.grid, QLocale()
        metrics = QFontMetricsF(painter.font())
        painter.setPen(colours.muted)
        free_from = origin.x()
        for column in range(grid.weeks):
            monday = grid.start + timedelta(weeks=column)
            if monday.day > 7 and column > 0:
                continue
            label = locale.toString(qdate(monday), "MMM" if monday.month != 1 or column == 0
                                    else "MMM yyyy")
            x = origin.x() + column * self._cell
            if x < free_from:
                continue
            painter.drawText(QRectF(x, y, metrics.horizontalAdvance(label) + 2,
                                    metrics.height()), Qt.AlignmentFlag.AlignLeft, label)
            free_from = x + metrics.horizontalAdvance(label) + 8

    def _draw_weekdays(self, painter: QPainter, colours: ChartColours,
                       origin: QPointF) -> None:
        locale = QLocale()
        metrics = QFontMetricsF(painter.font())
        painter.setPen(colours.muted)
        rows = (0, 2, 4, 6) if self._cell < metrics.height() else range(7)
        width = self._label_width(metrics)
        for row in rows:
            y = origin.y() + row * self._cell + (self._cell - GAP) / 2
            name = locale.dayName(row + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(origin.x() - width, y - metrics.height() / 2,
                                    width - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)

    def _draw_scale(self, painter: QPainter, colours: ChartColours, y: float,
                    severity: bool, left: float | None = None) -> None:
        """A small gradient with its two ends named: from ``left``, or else right-aligned
        (on the title line)."""
        metrics = QFontMetricsF(painter.font())
        low, high = ("0", "10") if severity else (self.tr("none"), self.tr("all"))
        high_width = metrics.horizontalAdvance(high)
        low_width = metrics.horizontalAdvance(low)
        bar_left = (left + low_width + 8 if left is not None
                    else self.inner().right() - 6 - high_width - 8 - 90)
        bar = QRectF(bar_left, y + metrics.height() / 2 - 5, 90, 10)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0, colours.low)
        gradient.setColorAt(1, colours.high if severity else colours.done)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 3, 3)
        painter.setPen(colours.muted)
        painter.drawText(QRectF(bar.right() + 8, y, high_width + 2, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, high)
        painter.drawText(QRectF(bar.left() - 8 - low_width, y, low_width + 2, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, low)

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        if self.grid is None:
            return
        night = self.grid.first + timedelta(days=index)
        column, row = self.grid.cell(night)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.text, 2))
        for origin in self._maps:
            painter.drawRoundedRect(
                self._rect(column, row, origin).adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
