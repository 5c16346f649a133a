"""Severity over time: each night's rating (or, when nights share a pixel column, how
often each rating came up), the rolling average, and a strip per step showing the nights
it was marked done. Painted on the Insights page and in the clinician's report."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from rlsdesk.domain.chart_data import (
    SEVERITY_MAX,
    average_window,
    column_stats,
    done_columns,
    severity_counts,
)
from rlsdesk.domain.diary import NightRecord
from rlsdesk.domain.insights import StepInfo, rolling_mean, severity_series
from rlsdesk.domain.medicine_events import MedicineEvent
from rlsdesk.paint.axes import (
    NightAxis,
    Swatch,
    draw_date_labels,
    draw_legend,
    draw_lines,
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
from rlsdesk.paint.plot import Plot
from rlsdesk.paint.text_flow import Box, LegendLayout, TextLine, block_height, heading_lines
from rlsdesk.services.diary import Insights
from rlsdesk.text.i18n import translate

MAX_STEPS = 12


class SeverityPlot(Plot):
    def __init__(self, max_steps: int = MAX_STEPS) -> None:
        super().__init__()
        self.max_steps = max_steps
        self.data: Insights | None = None
        self._by_night: dict[date, NightRecord] = {}
        self._series: list[tuple[date, int]] = []
        self._means: dict[date, float] = {}
        self._window = 7
        self.axis: NightAxis | None = None
        self._plot = QRectF()
        self._strips = QRectF()
        self._label_width = 0.0
        self._legend = LegendLayout([], 0.0)
        self._strips_heading: list[TextLine] = []
        self._medicine: dict[date, list[MedicineEvent]] = {}

    # --- data ---------------------------------------------------------------------------
    def set_data(self, data: Insights) -> None:
        self.data = data
        self._by_night = {r.night: r for r in data.records}
        self._medicine = events_by_night(data.medicine_events)
        self._series = severity_series(data.records)
        self._window = average_window(data.first, data.last)
        self._means = dict(rolling_mean([(n, float(v)) for n, v in self._series],
                                        self._window))

    def count(self) -> int:
        return 0 if self.data is None else (self.data.last - self.data.first).days + 1

    def describe(self, index: int) -> str:
        assert self.data is not None
        night = self.data.first + timedelta(days=index)
        return self._describe_night(night) + self._medicine_words(night)

    def _medicine_words(self, night: date) -> str:
        events = self._medicine.get(night)
        return "" if not events else translate("SeverityChart", "; medicine change: %1").replace(
            "%1", night_events_text(events))

    def _describe_night(self, night: date) -> str:
        record = self._by_night.get(night)
        name = night_name(night)
        if record is None:
            return translate("SeverityChart", "%1: nothing logged").replace("%1", name)
        if record.severity is None:
            text = translate("SeverityChart", "%1: not rated").replace("%1", name)
        else:
            text = (translate("SeverityChart", "%1: severity %2 of 10").replace("%1", name)
                    .replace("%2", str(record.severity)))
            mean = self._means.get(night)
            if mean is not None:
                text += translate("SeverityChart", "; %1-night average %2").replace(
                    "%1", str(self._window)).replace("%2", f"{mean:.1f}")
        done = [s.title for s in self._steps() if s.id in record.done]
        if done:
            text += translate("SeverityChart", "; done: %1").replace("%1", ", ".join(done))
        elif any(s.planned_on(night, record.done) for s in self._steps()):
            text += translate("SeverityChart", "; no steps marked done")
        return text

    def _steps(self) -> list[StepInfo]:
        return [] if self.data is None else self.data.steps[:self.max_steps]

    # --- layout -------------------------------------------------------------------------
    def _row_height(self) -> float:
        return self.label_metrics().height() + 6

    def _plot_height(self) -> float:
        return max(160.0, self.label_metrics().height() * 9)

    def _aggregated_at(self, width: float) -> bool:
        """Whether nights will share columns at a plot ``width`` wide (as arrange() does)."""
        return self.data is not None and NightAxis.fit(
            self.data.first, self.data.last, 0.0, width).aggregated

    def _legend_labels(self, plot_width: float) -> list[str]:
        nights = (translate("SeverityChart", "middle half of the nights' ratings (0 to 10)")
                  if self._aggregated_at(plot_width)
                  else translate("SeverityChart", "each night's rating (0 to 10)"))
        return [nights, translate("SeverityChart", "%1-night average").replace(
            "%1", str(self._window))]

    def _strips_title(self) -> str:
        return translate("SeverityChart", "Steps marked done (a mark for each night)")

    def _columns(self) -> tuple[float, float]:
        """The step labels' width and the plot's left edge for the placed rectangle."""
        metrics = self.label_metrics()
        inner = self.inner()
        titles = [metrics.horizontalAdvance(s.title) for s in self._steps()]
        label_width = min(inner.width() * 0.24,
                          max([metrics.horizontalAdvance("10"), *titles]))
        return label_width, inner.left() + label_width + 12

    def _layout(self) -> tuple[LegendLayout, list[TextLine]]:
        """The legend over the plot and the heading over the step strips (at 0, 0 for
        their heights until arrange() places them)."""
        metrics = self.label_metrics()
        _label, left = self._columns()
        width = self.inner().right() - left
        legend = legend_layout(metrics, self._legend_labels(width - 6), left,
                               self.inner().top(), width)
        heading = (heading_lines(self._strips_title(), metrics.horizontalAdvance,
                                 metrics.height(), width, left, 0.0)
                   if self._steps() else [])
        return legend, heading

    def preferred_height(self) -> int:
        line = self.label_metrics().height()
        steps = len(self._steps())
        legend, heading = self._layout()
        strips = (block_height(heading) + 10 + steps * self._row_height()) if steps else 0
        return round(2 * 12 + legend.height + 12 + self._plot_height() + 8 + strips + line
                     + 10 + 3)

    def arrange(self) -> None:
        if self.data is None:
            return
        metrics = self.label_metrics()
        inner = self.inner()
        self._label_width, left = self._columns()
        self._legend, heading = self._layout()
        top = inner.top() + self._legend.height + 12
        self._plot = QRectF(left, top, inner.right() - 6 - left, self._plot_height())
        rows = len(self._steps())
        heading_top = self._plot.bottom() + 8
        self._strips_heading = heading_lines(
            self._strips_title(), metrics.horizontalAdvance, metrics.height(),
            inner.right() - left, left, heading_top) if rows else []
        strips_top = heading_top + block_height(heading) + 10
        self._strips = QRectF(left, strips_top, self._plot.width(),
                              rows * self._row_height()) if rows else QRectF()
        self.axis = NightAxis.fit(self.data.first, self.data.last, left, self._plot.width())

    def text_boxes(self) -> list[Box]:
        return [*self._legend.boxes(), *(line.box for line in self._strips_heading)]

    def _y(self, value: float) -> float:
        plot = self._plot
        return plot.bottom() - 6 - (plot.height() - 12) * value / SEVERITY_MAX

    def index_at(self, point: QPointF) -> int | None:
        if self.axis is None or self.data is None:
            return None
        band = self._plot.united(self._strips) if not self._strips.isNull() else self._plot
        if not band.adjusted(-4, 0, 4, 0).contains(point):
            return None
        return self.axis.night_at(point.x())

    # --- painting -----------------------------------------------------------------------
    def draw(self, painter: QPainter, colours: ChartColours) -> None:
        if self.data is None or self.axis is None:
            return
        metrics = QFontMetricsF(painter.font())
        plot, axis = self._plot, self.axis
        nights: Swatch = (
            (lambda p, r: p.fillRect(r, soft(colours.points, 80))) if self._aggregated()
            else (lambda p, r: _dot(p, r.center(), 4.0, soft(colours.points, 215))))
        draw_legend(painter, self._legend, [nights, lambda p, r: _line(p, r, colours.accent)],
                    colours.text)
        # severity grid
        for value in range(0, SEVERITY_MAX + 1, 2):
            y = self._y(value)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            painter.drawText(QRectF(plot.left() - 40, y - metrics.height() / 2, 32,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        bottom = self._strips.bottom() if not self._strips.isNull() else plot.bottom()
        draw_date_labels(painter, axis, bottom + 4, colours,
                         QRectF(plot.left(), plot.top(), plot.width(), bottom - plot.top()))
        if not self._series:
            painter.setPen(colours.muted)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             translate("SeverityChart", "No nights rated in this period"))
        else:
            self._draw_points(painter, colours)
            self._draw_average(painter, colours)
        draw_medicine_marks(painter, axis, plot, list(self._medicine), colours)
        self._draw_strips(painter, colours, metrics)

    def _aggregated(self) -> bool:
        return self.axis is not None and self.axis.aggregated

    def _draw_points(self, painter: QPainter, colours: ChartColours) -> None:
        assert self.axis is not None
        axis = self.axis
        if self._aggregated():
            coarse = axis.coarser()
            stats = column_stats([(n, float(v)) for n, v in self._series], coarse.columns)
            gap = coarse.columns_spanning(self._window)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(soft(colours.points, 80))
            painter.drawPath(ribbon_path(coarse, stats, self._y, gap))
            return
        radius = max(3.0, min(4.5, axis.step / 2.2))
        for column, row in enumerate(severity_counts(self._series, axis.columns)):
            for value, n in enumerate(row):
                if n:
                    _dot(painter, QPointF(axis.x(column), self._y(value)), radius,
                         soft(colours.points, 215))

    def _draw_average(self, painter: QPainter, colours: ChartColours) -> None:
        assert self.axis is not None
        stats = column_stats(self._means.items(), self.axis.columns)
        path = line_path(self.axis, stats, self._y, self.axis.columns_spanning(self._window))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.background, 5, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)
        painter.setPen(QPen(colours.accent, 2.5, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)

    def _draw_strips(self, painter: QPainter, colours: ChartColours,
                     metrics: QFontMetricsF) -> None:
        assert self.axis is not None and self.data is not None
        steps = self._steps()
        if not steps:
            return
        strips, axis = self._strips, self.axis
        draw_lines(painter, self._strips_heading, colours.muted)
        shares = done_columns(self.data.records, steps, axis.columns)
        row_height = self._row_height()
        width = max(1.5, axis.step - (1.0 if axis.step >= 4 else 0.0))
        for row, step in enumerate(steps):
            top = strips.top() + row * row_height
            label = metrics.elidedText(step.title, Qt.TextElideMode.ElideRight,
                                       self._label_width)
            painter.setPen(colours.text)
            painter.drawText(QRectF(strips.left() - self._label_width - 12, top,
                                    self._label_width, row_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.grid)
            # the track starts with the step's first night in the routine: nights before
            # it existed are left blank, not drawn as "not done"
            first = next((c for c, share in enumerate(shares[step.id]) if share is not None),
                         None)
            if first is not None:
                left = strips.left() if first == 0 else axis.x(first) - width / 2
                painter.drawRoundedRect(QRectF(left, top + 3, strips.right() - left,
                                               row_height - 6), 3, 3)
            for column, share in enumerate(shares[step.id]):
                if not share:
                    continue
                painter.setBrush(soft(colours.done, round(255 * (0.3 + 0.7 * share))))
                painter.drawRect(QRectF(axis.x(column) - width / 2, top + 3, width,
                                        row_height - 6))

    def draw_cursor(self, painter: QPainter, colours: ChartColours, index: int) -> None:
        if self.axis is None or self.data is None:
            return
        night = self.data.first + timedelta(days=index)
        x = self.axis.night_x(night)
        bottom = self._strips.bottom() if not self._strips.isNull() else self._plot.bottom()
        painter.setPen(QPen(soft(colours.focus, 210), 2))
        painter.drawLine(QPointF(x, self._plot.top()), QPointF(x, bottom))
        record = self._by_night.get(night)
        if record is not None and record.severity is not None:
            painter.setBrush(colours.background)
            painter.setPen(QPen(colours.focus, 2.5))
            painter.drawEllipse(QPointF(x, self._y(record.severity)), 6, 6)


def _dot(painter: QPainter, centre: QPointF, radius: float, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(centre, radius, radius)


def _line(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    painter.setPen(QPen(colour, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    y = rect.center().y()
    painter.drawLine(QPointF(rect.left() + 2, y), QPointF(rect.right() - 2, y))
