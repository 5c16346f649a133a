"""The nights axis shared by the time charts: nights to pixel columns and back, date
labels in the person's locale, and nights named in words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from rlsdesk.domain.chart_data import Columns, ColumnStats, Tick, date_ticks
from rlsdesk.paint.colours import ChartColours
from rlsdesk.paint.text_flow import Box, LegendLayout, TextLine, flow_legend

#: The narrowest a column of nights is drawn; more nights than fit share a column.
COLUMN_PX = 3.0
#: The narrowest a column is when nights are summarised (middle half of their values), so
#: each summary stands on enough nights to be steady.
SUMMARY_PX = 8.0


def qdate(night: date) -> QDate:
    return QDate(night.year, night.month, night.day)


def night_name(night: date, locale: QLocale | None = None) -> str:
    """``Sat 21 Nov 2026`` in the locale's words."""
    return (locale or QLocale()).toString(qdate(night), "ddd d MMM yyyy")


def tick_label(tick: Tick, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if tick.unit == "year":
        return str(tick.night.year)
    if tick.unit == "month":
        return locale.toString(qdate(tick.night), "MMM yyyy" if tick.night.month == 1
                               else "MMM")
    return locale.toString(qdate(tick.night), "d MMM")


@dataclass(frozen=True)
class NightAxis:
    """Nights ``columns.first..columns.last`` across ``left..left + width`` pixels."""

    columns: Columns
    left: float
    width: float

    @classmethod
    def fit(cls, first: date, last: date, left: float, width: float,
            px: float = COLUMN_PX) -> NightAxis:
        width = max(1.0, width)
        return cls(Columns.fit(first, last, int(width // px)), left, width)

    def coarser(self, px: float = SUMMARY_PX) -> NightAxis:
        """The same nights and pixels in columns at least ``px`` wide."""
        return NightAxis.fit(self.columns.first, self.columns.last, self.left, self.width, px)

    @property
    def aggregated(self) -> bool:
        """True when nights share columns (a long period)."""
        return self.columns.count < self.columns.nights

    def columns_spanning(self, nights: int) -> int:
        """About how many columns ``nights`` nights take (at least one): how wide a gap in
        the data a line may bridge."""
        return max(1, round(nights * self.columns.count / self.columns.nights))

    @property
    def step(self) -> float:
        """The width of one column."""
        return self.width / self.columns.count

    def x(self, column: int) -> float:
        """The centre of ``column``."""
        return self.left + (column + 0.5) * self.step

    def night_x(self, night: date) -> float:
        return self.x(self.columns.index(night))

    def night_at(self, x: float) -> int:
        """The night (as an offset from the first) under ``x``, clamped to the nights."""
        nights = self.columns.nights
        return min(max(int((x - self.left) / self.width * nights), 0), nights - 1)

    def night(self, offset: int) -> date:
        return self.columns.first + timedelta(days=offset)


def _runs(stats: list[ColumnStats], gap: int) -> list[list[int]]:
    """Columns with values, in runs broken where more than ``gap`` columns are empty."""
    runs: list[list[int]] = []
    for column, item in enumerate(stats):
        if item.count == 0:
            continue
        if runs and column - runs[-1][-1] <= gap:
            runs[-1].append(column)
        else:
            runs.append([column])
    return runs


def ribbon_path(axis: NightAxis, stats: list[ColumnStats], y: Callable[[float], float],
                gap: int = 1) -> QPainterPath:
    """An area from each column's lower to upper quartile (the middle half of its nights)."""
    path = QPainterPath()
    for run in _runs(stats, gap):
        half = axis.step / 2
        top = [(axis.x(c), stats[c].upper_quartile) for c in run]
        bottom = [(axis.x(c), stats[c].lower_quartile) for c in reversed(run)]
        first_x = top[0][0] - half
        path.moveTo(first_x, y(top[0][1] or 0.0))
        for x, value in top:
            path.lineTo(x, y(value or 0.0))
        path.lineTo(top[-1][0] + half, y(top[-1][1] or 0.0))
        path.lineTo(bottom[0][0] + half, y(bottom[0][1] or 0.0))
        for x, value in bottom:
            path.lineTo(x, y(value or 0.0))
        path.lineTo(first_x, y(bottom[-1][1] or 0.0))
        path.closeSubpath()
    return path


def line_path(axis: NightAxis, stats: list[ColumnStats], y: Callable[[float], float],
              gap: int = 1, value: str = "mean") -> QPainterPath:
    """A line through each column's ``value`` ("mean" or "median"), broken at gaps."""
    path = QPainterPath()
    for run in _runs(stats, gap):
        for index, column in enumerate(run):
            point = QPointF(axis.x(column), y(getattr(stats[column], value) or 0.0))
            if index == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
    return path


def draw_date_labels(painter: QPainter, axis: NightAxis, top: float, colours: ChartColours,
                     grid: QRectF | None = None) -> None:
    """Date labels under the nights (starting at ``top``), with light grid lines up
    through ``grid`` when given."""
    metrics = QFontMetricsF(painter.font())
    widest = metrics.horizontalAdvance("Sep 2026") + 24
    ticks = date_ticks(axis.columns.first, axis.columns.last, int(axis.width // widest))
    for tick in ticks:
        x = axis.left + ((tick.night - axis.columns.first).days) * axis.width \
            / axis.columns.nights
        label = tick_label(tick)
        width = metrics.horizontalAdvance(label)
        if grid is not None:
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
        painter.setPen(QPen(colours.muted, 1))
        painter.drawLine(QPointF(x, top), QPointF(x, top + 4))
        left = min(max(x - width / 2, axis.left - 4), axis.left + axis.width - width + 4)
        painter.drawText(QRectF(left, top + 5, width + 2, metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, label)


Swatch = Callable[[QPainter, QRectF], None]

#: Painted text is drawn in the box it was measured for, unclipped: the layout decides.
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                 | Qt.TextFlag.TextDontClip)


def qrect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def legend_layout(metrics: QFontMetricsF, labels: Sequence[str], left: float, top: float,
                  width: float) -> LegendLayout:
    """Where :func:`draw_legend` puts each swatch and each line of its label."""
    return flow_legend(labels, metrics.horizontalAdvance, metrics.height(), width, left, top)


def draw_lines(painter: QPainter, lines: Sequence[TextLine], colour: QColor) -> None:
    painter.setPen(colour)
    for line in lines:
        painter.drawText(qrect(line.box), TEXT_FLAGS, line.text)


def draw_legend(painter: QPainter, layout: LegendLayout, swatches: Sequence[Swatch],
                text: QColor) -> None:
    """The legend laid out by :func:`legend_layout`; ``swatches[i]`` paints entry i's
    swatch into its rectangle."""
    for entry, draw_swatch in zip(layout.entries, swatches, strict=True):
        painter.save()
        draw_swatch(painter, qrect(entry.swatch))
        painter.restore()
        draw_lines(painter, entry.lines, text)
