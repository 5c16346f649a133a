"""Onset times: when symptoms started each night, against what the planner expected and
the band it now expects them to be worst in. Earlier in the evening is at the top, as on
a timetable; clock times in the locale's 12 or 24 hour form. Painted on the Insights page
and in the clinician's report."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from rlsdesk.domain.chart_data import clock_range, clock_ticks, column_stats
from rlsdesk.domain.clock import from_noon_minutes, to_noon_minutes
from rlsdesk.domain.insights import onset_series
from rlsdesk.domain.medicine_events import MedicineEvent
from rlsdesk.paint.axes import (
    COLUMN_PX,
    NightAxis,
    Swatch,
    draw_date_labels,
    draw_legend,
    legend_layout,
    line_path,
    night_name,
    ribbon_path,
)
from rlsdesk.paint.colours import ChartColours, soft
from rlsdesk.paint.medicine_marks import (
    draw_medicine_marks,
    events_by_night,
    night_events_text,
)
from rlsdesk.paint.plot import PAD, Plot
from rlsdesk.paint.text_flow import Box, LegendLayout
from rlsdesk.services.diary import Insights
from rlsdesk.text.i18n import translate
from rlsdesk.text.timefmt import format_clock


def clock_text(minutes: float) -> str:
    """Minutes since 12:00 as the locale shows a clock time."""
    return format_clock(from_noon_minutes(round(minutes)))


class OnsetPlot(Plot):
    def __init__(self) -> None:
        super().__init__()
        self.data: Insights | None = None
        self._onsets: dict[date, int] = {}
        self._expected: dict[date, int] = {}
        self._medicine: dict[date, list[MedicineEvent]] = {}
        self._band = (0, 0)
        self._range = (480, 660)
        self.axis: NightAxis | None = None
        self._plot = QRectF()
        self._legend = LegendLayout([], 0.0)

    def set_data(self, data: Insights) -> None:
        self.data = data
        self._onsets = dict(onset_series(data.records))
        self._expected = dict(data.expected_onsets)
        self._medicine = events_by_night(data.medicine_events)
        peak = data.peak
        start, end = to_noon_minutes(peak.band_start), to_noon_minutes(peak.band_end)
        self._band = (start, max(start, end))
        self._range = clock_range([*self._onsets.values(), *self._expected.values(),
                                   *self._band, to_noon_minutes(peak.onset)])

    def count(self) -> int:
        return 0 if self.data is None else (self.data.last - self.data.first).days + 1

    def describe(self, index: int) -> str:
        assert self.data is not None
        night = self.data.first + timedelta(days=index)
        onset = self._onsets.get(night)
        if onset is None:
            text = translate("OnsetChart", "%1: no onset logged").replace(
                "%1", night_name(night))
        else:
            text = (translate("OnsetChart", "%1: symptoms started %2")
                    .replace("%1", night_name(night)).replace("%2", clock_text(onset)))
        expected = self._expected.get(night)
        if expected is not None:
            text += translate("OnsetChart", "; the planner expected %1").replace(
                "%1", clock_text(expected))
        events = self._medicine.get(night)
        if events:
            text += translate("OnsetChart", "; medicine change: %1").replace(
                "%1", night_events_text(events))
        return text

    # --- layout -------------------------------------------------------------------------
    def _legend_labels(self) -> list[str]:
        each = (translate("OnsetChart", "first symptoms: middle half of the nights, and the median")
                if self.data is not None and self._columns_for_width() < self.count()
                else translate("OnsetChart", "first symptoms each night"))
        return [
            (translate("OnsetChart", "worst %1 to %2 (your logged severities)")
             if self.data is not None and self.data.peak.band_source == "personal"
             else translate("OnsetChart", "usually worst %1 to %2 (sleep studies)"))
            .replace("%1", clock_text(self._band[0])).replace("%2", clock_text(self._band[1])),
            translate("OnsetChart", "what the planner expected"),
            each,
        ]

    def _columns_for_width(self) -> int:
        """How many columns the nights get at the current width (as arrange() will do)."""
        width = self.inner().width() - self._label_width() - 6
        return int(max(1.0, width) // COLUMN_PX)

    def _legend_layout(self) -> LegendLayout:
        inner = self.inner()
        left = inner.left() + self._label_width()
        return legend_layout(self.label_metrics(), self._legend_labels(), left, inner.top(),
                             inner.right() - left)

    def _legend_height(self) -> float:
        return self._legend_layout().height

    def text_boxes(self) -> list[Box]:
        return self._legend.boxes()

    def _label_width(self) -> float:
        metrics = self.label_metrics()
        return max(metrics.horizontalAdvance(clock_text(m)) for m in (0, 570, 690, 1430)) + 12

    def _plot_height(self) -> float:
        return max(180.0, self.label_metrics().height() * 10)

    def preferred_height(self) -> int:
        line = self.label_metrics().height()
        return round(2 * PAD + 3 + self._legend_height() + 12 + self._plot_height()
                     + 4 + line + 10)

    def arrange(self) -> None:
        if self.data is None:
            return
        inner = self.inner()
        left = inner.left() + self._label_width()
        self._legend = self._legend_layout()
        top = inner.top() + self._legend.height + 12
        self._plot = QRectF(left, top, inner.right() - 6 - left, self._plot_height())
        self.axis = NightAxis.fit(self.data.first, self.data.last, left, self._plot.width())

    def _y(self, minutes: float) -> float:
        low, high = self._range
        plot = self._plot
        return plot.top() + plot.height() * (minutes - low) / max(1, high - low)

    def index_at(self, point: QPointF) -> int | None:
        if self.axis is None or not self._plot.adjusted(-4, 0, 4, 0).contains(point):
            return None
        return self.axis.night_at(point.x())

    # --- painting -----------------------------------------------------------------------
    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        if self.data is None or self.axis is None:
            return
        metrics = QFontMetricsF(painter.font())
        inner, plot, axis = self.inner(), self._plot, self.axis
        nights: Swatch = (
            (lambda p, r: _ribbon_swatch(p, r, colours)) if self._aggregated()
            else (lambda p, r: _dot(p, r.center(), colours)))
        draw_legend(painter, self._legend, [
            lambda p, r: p.fillRect(r, colours.band),
            lambda p, r: _line(p, r, colours),
            nights,
        ], colours.text)
        # the band, under everything
        top, bottom = self._y(self._band[0]), self._y(self._band[1])
        painter.fillRect(QRectF(plot.left(), top, plot.width(), max(2.0, bottom - top)),
                         colours.band)
        low, high = self._range
        most = max(2, int(plot.height() // (metrics.height() * 1.8)))
        for minutes in clock_ticks(low, high, most):
            y = self._y(minutes)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(QRectF(inner.left(), y - metrics.height() / 2,
                                    plot.left() - inner.left() - 10, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             clock_text(minutes))
        draw_date_labels(painter, axis, plot.bottom() + 4, colours, plot)
        self._draw_expected(painter, colours)
        draw_medicine_marks(painter, axis, plot, list(self._medicine), colours)
        if not self._onsets:
            painter.setPen(colours.muted)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             translate("OnsetChart", "No onset times logged in this period"))
            return
        self._draw_onsets(painter, colours)

    def _draw_expected(self, painter: QPainter, colours: ChartColours) -> None:
        assert self.axis is not None
        axis = self.axis
        stats = column_stats(self._expected.items(), axis.columns)
        path = QPainterPath()
        previous: float | None = None
        for column, item in enumerate(stats):
            if item.mean is None:
                previous = None
                continue
            y = self._y(item.mean)
            left, right = axis.x(column) - axis.step / 2, axis.x(column) + axis.step / 2
            if previous is None:
                path.moveTo(left, y)
            else:
                path.lineTo(left, y)  # a step, as the planner changes its mind at night
            path.lineTo(right, y)
            previous = y
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.accent, 2.2, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)

    def _aggregated(self) -> bool:
        return self.axis is not None and self.axis.aggregated

    def _draw_onsets(self, painter: QPainter, colours: ChartColours) -> None:
        assert self.axis is not None
        axis = self.axis
        if self._aggregated():
            coarse = axis.coarser()
            stats = column_stats(self._onsets.items(), coarse.columns)
            gap = coarse.columns_spanning(14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(soft(colours.points, 80))
            painter.drawPath(ribbon_path(coarse, stats, self._y, gap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(soft(colours.points, 230), 1.5, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.drawPath(line_path(coarse, stats, self._y, gap, "median"))
            return
        stats = column_stats(self._onsets.items(), axis.columns)
        radius = max(3.0, min(4.5, axis.step / 2.2))
        for column, item in enumerate(stats):
            if item.median is not None:
                _dot(painter, QPointF(axis.x(column), self._y(item.median)), colours, radius)

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        if self.axis is None or self.data is None:
            return
        night = self.data.first + timedelta(days=index)
        x = self.axis.night_x(night)
        painter.setPen(QPen(soft(colours.focus, 210), 2))
        painter.drawLine(QPointF(x, self._plot.top()), QPointF(x, self._plot.bottom()))
        onset = self._onsets.get(night)
        if onset is not None:
            painter.setBrush(colours.background)
            painter.setPen(QPen(colours.focus, 2.5))
            painter.drawEllipse(QPointF(x, self._y(onset)), 6, 6)


def _dot(painter: QPainter, centre: QPointF, colours: ChartColours,
         radius: float = 4.0) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(soft(colours.points, 220))
    painter.drawEllipse(centre, radius, radius)


def _ribbon_swatch(painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
    painter.fillRect(rect, soft(colours.points, 80))
    painter.setPen(QPen(soft(colours.points, 230), 1.5))
    y = rect.center().y()
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


def _line(painter: QPainter, rect: QRectF, colours: ChartColours) -> None:
    painter.setPen(QPen(colours.accent, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    y = rect.center().y()
    painter.drawLine(QPointF(rect.left() + 2, y), QPointF(rect.right() - 2, y))
