"""Onset times on the Insights page: the widget around
:class:`rlsdesk.paint.onsets.OnsetPlot` (the report paints the same plot)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from rlsdesk.paint.axes import NightAxis
from rlsdesk.paint.onsets import OnsetPlot, clock_text
from rlsdesk.services.diary import Insights
from rlsdesk.ui.charts.base import PlotChart

__all__ = ["OnsetChart", "clock_text"]


class OnsetChart(PlotChart):
    plot: OnsetPlot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Onset times and the planner"), OnsetPlot(), parent)

    @property
    def axis(self) -> NightAxis | None:
        return self.plot.axis

    @property
    def data(self) -> Insights | None:
        return self.plot.data

    def set_data(self, data: Insights) -> None:
        self.plot.set_data(data)
        self.refresh()
