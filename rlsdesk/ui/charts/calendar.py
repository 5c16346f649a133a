"""A calendar of the last 53 weeks: a square a night, a column a week, Monday on top;
one map coloured by severity, one by the share of planned steps done. Blank squares:
nothing logged. The two maps stand side by side when the period is short enough for both
to keep good-sized squares (90 nights in the window's width), else one above the other."""

from __future__ import annotations

from dataclasses import dataclass
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
from rlsdesk.paint.axes import TEXT_FLAGS, draw_lines, night_name, qdate
from rlsdesk.paint.colours import ChartColours
from rlsdesk.paint.plot import PAD
from rlsdesk.paint.text_flow import (
    Box,
    TextLine,
    block_height,
    heading_lines,
    heading_with_tail,
    wrap_words,
)
from rlsdesk.services.diary import Insights
from rlsdesk.text.i18n import fill, plural
from rlsdesk.ui.charts.base import ChartWidget

GAP = 2.0
SCALE_BAR = 90.0      # a colour scale's bar, as wide as there is room for up to this
SCALE_MIN_BAR = 40.0
MAX_CELL = 22.0
SIDE_MIN_CELL = 16.0  # side by side only with squares at least this big
SIDE_GAP = 28.0       # between maps side by side
STACK_GAP = 14.0      # between maps one above the other


@dataclass(frozen=True)
class _Layout:
    side: bool
    cell: float
    maps: list[QPointF]            # each map's first square's top left
    titles: list[list[TextLine]]   # each map's title
    scales: list[Box]              # each map's colour scale
    footer: list[TextLine]
    height: float                  # the whole chart's


class CalendarChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar of nights"), parent)
        self.data: Insights | None = None
        self.grid: CalendarGrid | None = None
        self._by_night: dict[date, NightRecord] = {}
        self._cell = 12.0
        self._side = False
        self._maps: list[QPointF] = []  # the top left of each map's first square
        self._arranged = _Layout(False, 12.0, [], [], [], [], 0.0)

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
    def _titles(self) -> tuple[str, str]:
        return self.tr("Severity (0 to 10)"), self.tr("Share of planned steps done")

    def _scale_ends(self, severity: bool) -> tuple[str, str]:
        return ("0", "10") if severity else (self.tr("none"), self.tr("all"))

    def _scale_width(self, severity: bool, room: float) -> float:
        """A scale's width (its two ends and the bar between, the bar 40 to 90 px) in
        ``room``."""
        metrics = self.label_metrics()
        ends = sum(metrics.horizontalAdvance(end) for end in self._scale_ends(severity)) + 16
        return ends + max(SCALE_MIN_BAR, min(SCALE_BAR, room - ends))

    def _footer(self) -> str:
        assert self.grid is not None
        return (self.tr("%1 to %2; an empty square: nothing logged")
                .replace("%1", night_name(self.grid.first))
                .replace("%2", night_name(self.grid.last)))

    def _cell_size(self, width: float) -> tuple[bool, float]:
        """(side by side?, the squares' size) for a chart ``width`` wide: side by side only
        with squares big enough and room beside each map's weekdays for its scale."""
        weeks = self.grid.weeks if self.grid is not None else 53
        left = self._label_width(self.label_metrics())
        room = width - 2 * PAD - 3
        half = (room - SIDE_GAP) / 2
        side = min(MAX_CELL, (half - left) / weeks)
        scales = max(self._scale_width(s, 0.0) for s in (True, False))
        if side >= SIDE_MIN_CELL and half - left >= scales:
            return True, side
        return False, max(6.0, min(MAX_CELL, (room - left) / weeks))

    def _label_width(self, metrics: QFontMetricsF) -> float:
        locale = QLocale()
        names = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        return max(metrics.horizontalAdvance(n) for n in names) + 12

    def _layout(self, width: float) -> _Layout:
        """Every map, title, scale and the footnote for a chart ``width`` wide: the titles
        and the footnote wrap onto more lines when they need them."""
        metrics = self.label_metrics()
        measure, line = metrics.horizontalAdvance, metrics.height()
        side, cell = self._cell_size(width)
        label = self._label_width(metrics)
        left, top = 1.5 + PAD, 1.5 + PAD
        right = width - 1.5 - PAD
        x = left + label
        under_title = 6 + line + 4  # the months' line between a title and its squares
        titles, scales, maps = [], [], []
        if side:
            half = (right - left - 3 - SIDE_GAP) / 2
            xs = (x, x + half + SIDE_GAP)
            room = half - label
            ends = (xs[1] - label - 8, right)  # a title may reach the next map's weekdays
            for index, origin_x in enumerate(xs):
                titles.append(heading_lines(self._titles()[index], measure, line,
                                            ends[index] - origin_x, origin_x, top))
            y = top + max(block_height(t) for t in titles) + under_title
            maps = [QPointF(origin_x, y) for origin_x in xs]
            for index, origin in enumerate(maps):
                severity = index == 0
                scales.append(Box(origin.x(), origin.y() + 7 * cell + 4,
                                  self._scale_width(severity, room), line))
            bottom = y + 7 * cell + 6 + line + 6
        else:
            room = right - x
            y = top
            for index in range(2):
                severity = index == 0
                headed = heading_with_tail(self._titles()[index], measure, line, room,
                                           self._scale_width(severity, room), x, y)
                titles.append(headed.lines)
                scales.append(headed.tail)
                maps.append(QPointF(x, y + headed.height + under_title))
                y = maps[-1].y() + 7 * cell + STACK_GAP
            bottom = maps[-1].y() + 7 * cell + 6
        footer = (heading_lines(self._footer(), measure, line, right - x, x, bottom)
                  if self.grid is not None else [])
        end = footer[-1].box.bottom if footer else bottom
        return _Layout(side, cell, maps, titles, scales, footer, end + PAD + 1.5 + 2)

    def preferred_height(self) -> int:
        return round(self._layout(self.width()).height)

    def arrange(self) -> None:
        self._arranged = self._layout(self.width())
        self._side, self._cell = self._arranged.side, self._arranged.cell
        self._maps = list(self._arranged.maps)

    def text_boxes(self) -> list[Box]:
        """Where the titles, the scales and the footnote are painted (after arrange())."""
        layout = self._arranged
        return [*(line.box for lines in layout.titles for line in lines), *layout.scales,
                *(line.box for line in layout.footer)]

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
        layout = self._arranged
        rated = any(r.severity is not None for r in data.records)
        for index, origin in enumerate(self._maps):
            draw_lines(painter, layout.titles[index], colours.text)
            self._draw_scale(painter, colours, layout.scales[index], index == 0)
            limit = (self._maps[1].x() - self._label_width(metrics) if self._side and index == 0
                     else self.inner().right())
            self._draw_months(painter, colours, origin, origin.y() - line - 4, limit)
            self._draw_weekdays(painter, colours, origin)
            self._draw_cells(painter, colours, origin, index == 0)
        if not rated:
            rows = QRectF(self._maps[0].x(), self._maps[0].y(), grid.weeks * self._cell,
                          7 * self._cell)
            message = self.tr("No nights rated in this period")
            lines = wrap_words(message, metrics.horizontalAdvance, rows.width() - 24)
            width = min(rows.width(), max(metrics.horizontalAdvance(t) for t in lines) + 24)
            height = len(lines) * line + 10
            box = QRectF(rows.center().x() - width / 2, rows.center().y() - height / 2,
                         width, height)
            painter.setBrush(colours.background)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(colours.muted)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             message)
        draw_lines(painter, layout.footer, colours.muted)

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
                     y: float, limit: float) -> None:
        """The months over their first week's column, none running past ``limit``."""
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
            if x < free_from or x + metrics.horizontalAdvance(label) > limit:
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

    def _draw_scale(self, painter: QPainter, colours: ChartColours, box: Box,
                    severity: bool) -> None:
        """A small gradient in ``box`` with its two ends named, low at the left."""
        metrics = QFontMetricsF(painter.font())
        low, high = self._scale_ends(severity)
        high_width = metrics.horizontalAdvance(high)
        low_width = metrics.horizontalAdvance(low)
        bar = QRectF(box.x + low_width + 8, box.y + box.height / 2 - 5,
                     box.width - low_width - high_width - 16, 10)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0, colours.low)
        gradient.setColorAt(1, colours.high if severity else colours.done)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawRoundedRect(bar, 3, 3)
        painter.setPen(colours.muted)
        painter.drawText(QRectF(bar.right() + 8, box.y, high_width, box.height), TEXT_FLAGS,
                         high)
        painter.drawText(QRectF(box.x, box.y, low_width, box.height), TEXT_FLAGS, low)

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
