"""A chart with its title, a status line telling what the cursor points at, and the text
summary beneath."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from rlsdesk.ui.calm import set_muted, set_scaled
from rlsdesk.ui.charts.base import ChartWidget
from rlsdesk.ui.errors import guard_overrides


@guard_overrides
class ChartPanel(QFrame):
    def __init__(self, title: str, chart: ChartWidget, hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPanel")
        self.chart = chart
        self.hint = hint
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        set_scaled(self.title, 1.1, bold=True)
        self.status = QLabel(hint)
        self.status.setObjectName("chartStatus")
        self.status.setWordWrap(True)
        set_muted(self.status)
        # room for two lines, so the page does not jump as the cursor moves
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel("")
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 4, 0, 10)
        self._column.setSpacing(6)
        for widget in (self.title, chart, self.status, self.summary):
            self._column.addWidget(widget)
        chart.cursor_changed.connect(self._cursor_changed)

    def add_under_title(self, widget: QWidget) -> None:
        """A widget between the title and the chart (an introduction, say)."""
        self._column.insertWidget(1, widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        super().changeEvent(event)

    def _cursor_changed(self, text: str) -> None:
        self.status.setText(text or self.hint)

    def set_summary(self, summary: str) -> None:
        self.summary.setText(summary)
        self.chart.set_summary(summary)
