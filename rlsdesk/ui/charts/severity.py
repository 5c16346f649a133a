"""Severity over time on the Insights page: the widget around
:class:`rlsdesk.paint.severity.SeverityPlot` (the report paints the same plot)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rlsdesk.paint.axes import NightAxis
from rlsdesk.paint.severity import MAX_STEPS, SeverityPlot
from rlsdesk.services.diary import Insights
from rlsdesk.ui.charts.base import PlotChart

__all__ = ["MAX_STEPS", "SeverityChart"]


class SeverityChart(PlotChart):
    plot: SeverityPlot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Severity over time"), SeverityPlot(), parent)

    @property
    def axis(self) -> NightAxis | None:
        return self.plot.axis

    @property
    def data(self) -> Insights | None:
        return self.plot.data

    def set_data(self, data: Insights) -> None:
        self.plot.set_data(data)
        self.refresh()
